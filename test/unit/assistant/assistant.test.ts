import { analyse, assist, type AssistantSettings } from '../../../nodes/shared/domain/assistant/assist';
import { compileKnowledgeBase, parseAnswersJson, renderAnswer, ticketFacts } from '../../../nodes/shared/domain/assistant/knowledge';
import { recognizeIntent } from '../../../nodes/shared/domain/assistant/recognize';
import { SHIPPED_ANSWERS } from '../../../nodes/shared/domain/assistant/answers';
import { INTENTS } from '../../../nodes/shared/domain/assistant/lexicon';
import { DomainError } from '../../../nodes/shared/domain/errors';
import type { Ticket } from '../../../nodes/shared/domain/ticket';

const settings: AssistantSettings = {
	kb: compileKnowledgeBase({ useShipped: true }),
	minConfidence: 0.6,
	answeredStatus: 'resolved',
	allowEnglishFallback: false,
	repeatContactLimit: 1,
	answerIntents: null,
	handOffFlaggedPlayers: true,
	now: '2026-03-01T10:00:00.000Z',
};

function ticket(body: string, extra: Partial<Ticket> = {}): Ticket {
	return {
		schemaVersion: 1,
		id: 't',
		channel: 'email',
		externalId: 'e',
		threadKey: 'email:e',
		player: { email: 'a@example.com' },
		body,
		language: 'en',
		category: 'other',
		complexity: 'simple',
		priority: 'normal',
		tags: [],
		status: 'open',
		createdAt: settings.now,
		updatedAt: settings.now,
		history: [],
		...extra,
	};
}

describe('recognizeIntent', () => {
	it.each([
		['en', 'forgot my password', 'password_reset'],
		['it', 'non riesco a prelevare, il prelievo è in attesa da giorni', 'withdrawal_status'],
		['pl', 'nie moge sie zalogowac bo zapomnialem hasla', 'password_reset'],
		['pl', 'Nie mogę się zalogować, bo zapomniałem hasła', 'password_reset'],
		['ru', 'когда придёт вывод? висит в обработке', 'withdrawal_status'],
		['he', 'מה דרישות ההימור של הבונוס?', 'bonus_terms'],
		['es', 'que documentos necesito para verificar la cuenta', 'kyc_documents'],
		['es', 'que documentos necesito para verificacion de la cuenta', 'kyc_documents'],
	])('%s: %s → %s', (language, text, intent) => {
		const recognition = recognizeIntent(text, language);
		expect(recognition.intent).toBe(intent);
		expect(recognition.confidence).toBeGreaterThanOrEqual(0.6);
	});

	it('gives nothing for greetings and off-topic text', () => {
		for (const text of ['hi', 'thanks, bye', 'who won the match last night?']) expect(recognizeIntent(text, 'en').intent).toBeNull();
	});

	it('lowers the confidence when two topics compete', () => {
		const single = recognizeIntent('my withdrawal is still pending', 'en');
		const mixed = recognizeIntent('my withdrawal is still pending and my deposit is not showing on the balance', 'en');
		expect(mixed.scores.length).toBeGreaterThan(1);
		expect(mixed.confidence).toBeLessThan(single.confidence);
		expect(mixed.confidence).toBeLessThan(0.6);
	});

	it('counts a negated topic word for less', () => {
		const plain = recognizeIntent('question about the bonus terms', 'en');
		const negated = recognizeIntent('question, not bonus terms', 'en');
		expect(negated.scores[0].score).toBeLessThan(plain.scores[0].score);
	});

	it('hears a request for a person, but not a passing mention of an agent in a long message', () => {
		expect(recognizeIntent('operatore', 'it').humanRequested).toBe(true);
		expect(recognizeIntent('can I talk to a real person', 'en').humanRequested).toBe(true);
		expect(recognizeIntent('the agent told me to upload my passport again, how long does verification take', 'en').humanRequested).toBe(false);
	});

	it('lets a phrase of one intent take its words away from another (longest match wins)', () => {
		const recognition = recognizeIntent('how many times must I wager the bonus before I can withdraw?', 'en');
		expect(recognition.intent).toBe('bonus_terms');
		expect(recognition.scores.map((score) => score.intent)).not.toContain('withdrawal_status');
	});

	it('lowers the confidence when issues are joined with "also"', () => {
		const plain = recognizeIntent('my withdrawal is still pending', 'en');
		const joined = recognizeIntent('my withdrawal is also still pending', 'en');
		expect(joined.confidence).toBeLessThan(plain.confidence);
	});

	it('hands off responsible-gambling phrases of any language, whatever the stated one (classifier markers)', () => {
		const rg = { outcome: 'handoff', handoff: { reason: 'responsible_gambling' } };
		expect(analyse(ticket('nie panuję nad tym, zablokujcie mi wpłaty', { language: 'en' }), settings).decision).toMatchObject(rg);
		expect(analyse(ticket('ya no controlo lo que juego', { language: 'it' }), settings).decision).toMatchObject(rg);
		expect(analyse(ticket('how do I deposit with paypal?', { language: 'en' }), settings).decision).not.toMatchObject(rg);
	});

	it('reads borrowed English terms in another language at a lower weight', () => {
		const recognition = recognizeIntent('ciao, il mio cashout è pending da giorni', 'it');
		expect(recognition.intent).toBe('withdrawal_status');
	});
});

describe('knowledge base', () => {
	it('ships an answer for every intent in all six languages, without unknown facts', () => {
		for (const intent of INTENTS) {
			for (const language of ['en', 'it', 'pl', 'ru', 'he', 'es']) {
				expect(renderAnswer(settings.kb, intent, language, {})).toMatch(/\S/);
			}
		}
		expect(SHIPPED_ANSWERS.every((entry) => !/\{\{(?!balance|currency|kycStatus|pendingWithdrawal)/.test(entry.text))).toBe(true);
	});

	it('prefers the variant quoting facts when all facts are there', () => {
		const facts = { balance: '10.00', currency: 'EUR' };
		expect(renderAnswer(settings.kb, 'deposit_help', 'en', facts)).toMatch(/^Your current balance is 10\.00 EUR\./);
		expect(renderAnswer(settings.kb, 'deposit_help', 'en', { balance: '10.00' })).toMatch(/^You can deposit/);
	});

	it('lets admin answers replace the shipped ones for that intent and language only', () => {
		const kb = compileKnowledgeBase({ panel: [{ intent: 'bonus_terms', language: 'en', text: 'Ask your VIP manager.' }], useShipped: true });
		expect(renderAnswer(kb, 'bonus_terms', 'en', {})).toBe('Ask your VIP manager.');
		expect(renderAnswer(kb, 'bonus_terms', 'it', {})).toMatch(/requisiti di puntata/);
		const own = compileKnowledgeBase({ panel: [{ intent: 'bonus_terms', language: 'en', text: 'x' }], useShipped: false });
		expect(renderAnswer(own, 'bonus_terms', 'it', {})).toBeNull();
	});

	it('reads JSON as an array or an object with answers, and names the wrong field', () => {
		expect(parseAnswersJson('[{"intent":"a","language":"en","answer":"b"}]')).toEqual([{ intent: 'a', language: 'en', text: 'b' }]);
		expect(parseAnswersJson({ answers: [{ intent: 'a', language: 'en', text: 'b' }] })).toHaveLength(1);
		expect(() => parseAnswersJson('{oops')).toThrow(DomainError);
		const error = (() => {
			try {
				compileKnowledgeBase({ json: [{ intent: 'x', language: 'english', text: 'y' }], useShipped: false });
			} catch (caught) {
				return caught as DomainError;
			}
			return undefined;
		})();
		expect(error?.field).toBe('options.answersJson[0].language');
	});

	it('formats CRM facts for the reader and leaves out what is missing', () => {
		const facts = ticketFacts(
			ticket('x', {
				crm: { balance: 1234.5, currency: 'PLN', accountStatus: null, vipTier: null, kycStatus: 'verified', selfExcluded: false, rgFlags: [], fetchedAt: settings.now, pendingWithdrawal: 0 },
			}),
			'pl',
		);
		expect(facts.balance).toMatch(/^1\s?234,50$/);
		expect(facts.kycStatus).toBe('zweryfikowane');
		expect(facts.pendingWithdrawal).toBeUndefined();
		expect(ticketFacts(ticket('x'), 'en')).toEqual({});
	});
});

describe('assist', () => {
	it('answers in the ticket language and records the answer', () => {
		const result = assist(ticket('Quanto tempo ci vuole per un prelievo su Skrill?', { language: 'it' }), settings);
		expect(result.decision.outcome).toBe('answered');
		expect(result.ticket.reply).toMatchObject({ intent: 'withdrawal_status', language: 'it' });
		expect(result.ticket.history.at(-1)).toMatchObject({ event: 'assistant.answered', at: settings.now });
	});

	it('detects the language itself when the ticket says und', () => {
		const result = assist(ticket('Как сбросить пароль? Не приходит письмо', { language: 'und' }), settings);
		expect(result.ticket.reply).toMatchObject({ intent: 'password_reset', language: 'ru' });
	});

	it('answers an unsupported language in English only when allowed', () => {
		const german = ticket('Ich habe mein password vergessen, reset bitte', { language: 'de' });
		expect(analyse(german, settings).decision).toMatchObject({ outcome: 'handoff', handoff: { reason: 'needs_human' } });
		expect(analyse(german, { ...settings, allowEnglishFallback: true }).decision).toMatchObject({ outcome: 'answered', reply: { language: 'en' } });
	});

	it('hands off RG found by its own check even when intake did not tag it', () => {
		const result = analyse(ticket('how do I deposit? I cannot stop gambling and lost my salary'), { ...settings, minConfidence: 0 });
		expect(result.decision).toMatchObject({ outcome: 'handoff', handoff: { reason: 'responsible_gambling' } });
	});

	it('hands off intents the admin did not enable', () => {
		const result = analyse(ticket('I forgot my password'), { ...settings, answerIntents: new Set(['deposit_help']) });
		expect(result.decision).toMatchObject({ outcome: 'handoff', handoff: { reason: 'needs_human', intent: 'password_reset' } });
	});
});

describe('panel', () => {
	it('offers exactly the intents the recognizer knows', async () => {
		const { supportAssistantProperties } = await import('../../../nodes/SupportAssistant/description');
		const answers = supportAssistantProperties.find((property) => property.name === 'customAnswers');
		const values = (answers?.options?.[0] as { values: Array<{ name: string; options?: Array<{ value: string }> }> }).values;
		const offered = values.find((value) => value.name === 'intent')?.options?.map((option) => option.value) ?? [];
		expect([...offered].sort()).toEqual([...INTENTS].sort());
	});
});
