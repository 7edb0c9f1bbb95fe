import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { runNode, runWorkflow } from '../harness/engine';

const AT = '2026-03-01T10:00:00.000Z';
const REF = { options: { referenceTime: AT } };
const ANSWERED = 0;
const NEEDS_AGENT = 1;

function ticket(body: string, extra: Partial<Ticket> = {}): Ticket {
	return {
		schemaVersion: 1,
		id: 'tkt_000000000000000000000001',
		channel: 'chat',
		externalId: 'msg-1',
		threadKey: 'chat:conv-1',
		player: { id: 'p-1', name: 'Anna' },
		body,
		language: 'en',
		category: 'other',
		complexity: 'simple',
		priority: 'normal',
		tags: ['channel:chat'],
		status: 'new',
		createdAt: '2026-03-01T09:58:00.000Z',
		updatedAt: '2026-03-01T09:58:00.000Z',
		history: [{ at: '2026-03-01T09:58:00.000Z', event: 'created' }],
		...extra,
	};
}

const crm = (extra: Record<string, unknown> = {}) => ({
	balance: 1234.5,
	currency: 'EUR',
	accountStatus: 'active',
	vipTier: 'silver',
	kycStatus: 'pending',
	selfExcluded: false,
	rgFlags: [],
	fetchedAt: '2026-03-01T09:59:00.000Z',
	...extra,
});

async function run(parameters: Record<string, unknown>, tickets: Ticket[], settings = {}) {
	return await runNode('supportAssistant', { ...REF, ...parameters }, tickets.map((t, i) => ({ ticket: t, keep: i })), {
		outputs: 3,
		settings,
	});
}

describe('Support Assistant node (through the n8n engine)', () => {
	it('answers typical questions on Answered and hands the rest to Needs Agent, every item paired', async () => {
		const result = await run({}, [
			ticket('Hi, I forgot my password and the reset link never arrives'),
			ticket('hola, cuánto tarda un retiro a mi tarjeta? sigue pendiente', { language: 'es' }),
			ticket('what is the weather like in Malta'),
		]);
		const answered = result.items('Node', ANSWERED);
		const handedOff = result.items('Node', NEEDS_AGENT);
		expect(answered.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(handedOff.map((item) => item.pairedItem)).toEqual([{ item: 2 }]);

		const first = assertTicket(answered[0].json.ticket);
		expect(answered[0].json.keep).toBe(0);
		expect(first.reply).toMatchObject({ intent: 'password_reset', language: 'en' });
		expect((first.reply as { text: string }).text).toMatch(/Forgot password/);
		expect((first.reply as { confidence: number }).confidence).toBeGreaterThanOrEqual(0.6);
		expect(first.resolvedBy).toBe('bot');
		expect(first.status).toBe('resolved');
		expect(first.tags).toEqual(['channel:chat', 'bot:answered', 'intent:password_reset']);
		expect(first.history.map((entry) => entry.event)).toEqual(['created', 'assistant.answered']);
		expect(first.history[1].at).toBe(AT);
		expect(first.updatedAt).toBe(AT);
		expect(first.player).toEqual({ id: 'p-1', name: 'Anna' });

		const second = assertTicket(answered[1].json.ticket);
		expect(second.reply).toMatchObject({ intent: 'withdrawal_status', language: 'es' });
		expect((second.reply as { text: string }).text).toMatch(/retiros/);

		const third = assertTicket(handedOff[0].json.ticket);
		expect(third.handoff).toMatchObject({ reason: 'not_typical', intent: null });
		expect(third.resolvedBy).toBeUndefined();
		expect(third.status).toBe('new');
		expect(third.tags).toContain('handoff:not_typical');
		expect(third.history.at(-1)?.event).toBe('assistant.handoff');
	});

	it('leaves the input items unchanged', async () => {
		const input = ticket('how do I reset my password?');
		const snapshot = JSON.stringify(input);
		await run({}, [input]);
		expect(JSON.stringify(input)).toBe(snapshot);
	});

	it('sets the answered status from the panel', async () => {
		const result = await run({ answeredStatus: 'pending' }, [ticket('where can I see the wagering requirements of my bonus?')]);
		const answered = assertTicket(result.json('Node', ANSWERED)[0].ticket);
		expect(answered.status).toBe('pending');
		expect(answered.reply).toMatchObject({ intent: 'bonus_terms' });
	});

	it('quotes CRM facts when the ticket carries them and uses the fact-free answer when it does not', async () => {
		const withFacts = ticket('my withdrawal is still pending, when will it arrive?', {
			crm: crm({ pendingWithdrawal: { amount: 250, currency: 'EUR' } }),
		});
		const withoutFacts = ticket('my withdrawal is still pending, when will it arrive?', { crm: crm({ pendingWithdrawal: null }) });
		const kyc = ticket('Jakie dokumenty są potrzebne do weryfikacji konta?', { language: 'pl', crm: crm({ kycStatus: 'rejected' }) });
		const result = await run({}, [withFacts, withoutFacts, kyc]);
		const [first, second, third] = result.json('Node', ANSWERED).map((json) => assertTicket(json.ticket));
		expect((first.reply as { text: string }).text).toMatch(/^We can see your pending withdrawal of 250\.00 EUR\./);
		expect((second.reply as { text: string }).text).toMatch(/^Withdrawals are reviewed/);
		expect((second.reply as { text: string }).text).not.toMatch(/\{\{|undefined/);
		expect((third.reply as { text: string }).text).toMatch(/^Status weryfikacji Twojego konta: dokumenty odrzucone/);
	});

	it('answers from the panel knowledge base, quoting the balance, and hands off when a quoted fact is missing', async () => {
		const parameters = {
			customAnswers: {
				answers: [{ intent: 'deposit_help', language: 'en', text: 'Hi {{playerName}}, your balance is {{balance}} {{currency}}. Deposit in the Cashier.' }],
			},
		};
		const result = await run(parameters, [
			ticket('how do I deposit with paypal?', { crm: crm() }),
			ticket('how do I deposit with paypal?'),
		]);
		const answered = assertTicket(result.json('Node', ANSWERED)[0].ticket);
		expect((answered.reply as { text: string }).text).toBe('Hi Anna, your balance is 1,234.50 EUR. Deposit in the Cashier.');
		const handedOff = assertTicket(result.json('Node', NEEDS_AGENT)[0].ticket);
		expect(handedOff.handoff).toMatchObject({ reason: 'needs_human', intent: 'deposit_help' });
	});

	it('answers from JSON answers and falls back to English only when allowed', async () => {
		const answersJson = JSON.stringify({ answers: [{ intent: 'game_crash', language: 'en', text: 'Reopen the game: the round is saved.' }] });
		const italian = ticket('la slot si è bloccata durante un giro e non carica più', { language: 'it' });
		const strict = await run({ options: { referenceTime: AT, answersJson, useShippedAnswers: false } }, [italian]);
		expect(assertTicket(strict.json('Node', NEEDS_AGENT)[0].ticket).handoff).toMatchObject({ reason: 'needs_human', intent: 'game_crash' });

		const lenient = await run({ options: { referenceTime: AT, answersJson, useShippedAnswers: false, allowEnglishFallback: true } }, [italian]);
		const answered = assertTicket(lenient.json('Node', ANSWERED)[0].ticket);
		expect(answered.reply).toEqual({ text: 'Reopen the game: the round is saved.', language: 'en', intent: 'game_crash', confidence: expect.any(Number) });
	});

	it('never answers responsible gambling, complaints or a request for a person, whatever the confidence', async () => {
		const result = await run({ minConfidence: 0 }, [
			ticket('I forgot my password, but please also close my account for good, I am addicted to gambling'),
			ticket('how do I deposit?', { category: 'responsible_gambling', tags: ['rg:limit_request'] }),
			ticket('how do I deposit?', { crm: crm({ selfExcluded: true }) }),
			ticket('my withdrawal is pending for 5 days, you are thieves and scammers'),
			ticket('I will do a chargeback with my bank if my deposit is not credited'),
			ticket('reset my password or let me talk to a real person please'),
			ticket('agent'),
		]);
		expect(result.items('Node', ANSWERED)).toHaveLength(0);
		const reasons = result.json('Node', NEEDS_AGENT).map((json) => assertTicket(json.ticket).handoff);
		expect(reasons.map((handoff) => (handoff as { reason: string }).reason)).toEqual([
			'responsible_gambling',
			'responsible_gambling',
			'responsible_gambling',
			'complaint',
			'complaint',
			'player_asked_for_human',
			'player_asked_for_human',
		]);
		const rg = assertTicket(result.json('Node', NEEDS_AGENT)[0].ticket);
		expect(rg.priority).toBe('urgent');
	});

	it('fails safe: RG evidence below the marker threshold and bank reversals go to a person, questions about site limits are answered', async () => {
		const result = await run({ minConfidence: 0 }, [
			// A limit next to withdrawals, not asked as a question: no marker, still a person's call.
			ticket('deposit and withdrawal limit, sort it out'),
			// Hints of two RG groups only (every night, the wife) next to a typical question.
			ticket('how long is a withdrawal? up all night again and the wife is asking'),
			ticket('put a cap of 20 a day on my top ups please'),
			ticket("if the 300 isn't back by friday I'm asking my bank to reverse every deposit"),
			ticket("what's the maximum deposit with paypal?"),
		]);
		const answered = result.json('Node', ANSWERED).map((json) => assertTicket(json.ticket));
		expect(answered.map((each) => (each.reply as { intent?: string } | undefined)?.intent)).toEqual(['deposit_help']);
		const handoffs = result.json('Node', NEEDS_AGENT).map((json) => assertTicket(json.ticket).handoff as { reason: string; detail: string });
		expect(handoffs.map((handoff) => handoff.reason)).toEqual(['responsible_gambling', 'responsible_gambling', 'responsible_gambling', 'complaint']);
		expect(handoffs[0].detail).toBe('cue:limit');
		expect(handoffs[1].detail).toMatch(/^cue:/);
		expect(handoffs[2].detail).toContain('marker:limit_request');
		expect(handoffs[3].detail).toContain('marker:chargeback');
	});

	it('answers a typical question told as a situation without its topic word, in the player language, with the CRM fact', async () => {
		const blik = ticket('zapłaciłem blikiem 50 zł, z konta zeszło a saldo dalej 0', { language: 'pl', crm: crm() });
		const reset = ticket('ho chiesto il reset tre volte ma il link non arriva mai', { language: 'it' });
		const mixed = ticket('my account says restricted and my deposit is not on the balance');
		const result = await run({}, [blik, reset, mixed]);
		const answered = result.json('Node', ANSWERED).map((json) => assertTicket(json.ticket).reply as { intent: string; language: string; text: string });
		expect(answered.map((reply) => [reply.intent, reply.language])).toEqual([
			['deposit_help', 'pl'],
			['password_reset', 'it'],
		]);
		expect(answered[0].text).toContain('1234,50');
		const handedOff = result.json('Node', NEEDS_AGENT).map((json) => (assertTicket(json.ticket).handoff as { reason: string }).reason);
		expect(handedOff).toEqual(['low_confidence']);
	});

	it('hands off repeated contact and low confidence', async () => {
		const answeredBefore = ticket('I forgot my password', {
			history: [
				{ at: '2026-03-01T09:00:00.000Z', event: 'created' },
				{ at: '2026-03-01T09:01:00.000Z', event: 'assistant.answered' },
			],
		});
		const reopened = ticket('I forgot my password', { reopenCount: 2 });
		const mixed = ticket('I deposited yesterday and also my withdrawal is pending and my bonus is gone');
		const result = await run({}, [answeredBefore, reopened, mixed]);
		const reasons = result.json('Node', NEEDS_AGENT).map((json) => (assertTicket(json.ticket).handoff as { reason: string }).reason);
		expect(reasons).toEqual(['repeated_contact', 'repeated_contact', 'low_confidence']);

		const allowed = await run({ options: { referenceTime: AT, repeatContactLimit: 3 } }, [reopened]);
		expect(allowed.items('Node', ANSWERED)).toHaveLength(1);
	});

	it('reads plain text for tool use and reports the decision in `assistant`', async () => {
		const result = await runNode(
			'supportAssistant',
			{ input: 'text', text: '={{ $json.message }}', language: '' },
			[{ message: 'Quali documenti servono per la verifica del conto?' }, { message: 'voglio parlare con un operatore' }],
			{ outputs: 2 },
		);
		expect(result.json('Node', ANSWERED)[0].assistant).toMatchObject({ answered: true, intent: 'kyc_documents', language: 'it' });
		expect(result.json('Node', NEEDS_AGENT)[0].assistant).toMatchObject({ answered: false, reason: 'player_asked_for_human' });
	});

	it('fails an item without a ticket naming the item and field, and honours Continue On Fail', async () => {
		const input = [{ ticket: ticket('I forgot my password') }, { ticket: { id: 'x' } }];
		const stopped = await runNode('supportAssistant', REF, input, { outputs: 2 });
		expect(stopped.status).toBe('error');
		expect(stopped.error?.message).toMatch(/^Item 1: /);

		const continued = await runNode('supportAssistant', REF, input, { outputs: 3, settings: { onError: 'continueErrorOutput' } });
		expect(continued.items('Node', ANSWERED)).toHaveLength(1);
		const errors = continued.items('Node', 2);
		expect(errors).toHaveLength(1);
		expect(errors[0].pairedItem).toEqual({ item: 1 });

		const regular = await runNode('supportAssistant', REF, input, { outputs: 2, settings: { continueOnFail: true } });
		const out = regular.items('Node', ANSWERED);
		expect(out).toHaveLength(2);
		expect(out[1].pairedItem).toEqual({ item: 1 });
		expect(out[1].json.error).toBeDefined();
	});

	it('stops with the field to fix when the knowledge base is wrong', async () => {
		const bad = await runNode('supportAssistant', { options: { answersJson: '[{"intent":"deposit_help","language":"en","text":"Hi {{nickname}}"}]' } }, [{ ticket: ticket('hi') }], { outputs: 2 });
		expect(bad.status).toBe('error');
		expect(bad.error?.message).toMatch(/unknown fact '\{\{nickname\}\}'/);
		expect(bad.error?.description).toMatch(/options\.answersJson\[0\]\.text/);
	});

	it('runs after Ticket Intake in a workflow', async () => {
		const result = await runWorkflow(
			{
				nodes: [
					{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					{ id: '2', name: 'Intake', type: 'n8n-nodes-igaming-support.ticketIntake', typeVersion: 1, position: [200, 0], parameters: REF },
					{ id: '3', name: 'Assistant', type: 'n8n-nodes-igaming-support.supportAssistant', typeVersion: 1, position: [400, 0], parameters: REF },
				],
				connections: {
					Start: { main: [[{ node: 'Intake', type: 'main', index: 0 }]] },
					Intake: { main: [[{ node: 'Assistant', type: 'main', index: 0 }]] },
				},
			},
			{
				input: [
					{ headers: {}, body: { conversationId: 'c1', messageId: 'm1', text: 'Nie pamiętam hasła, jak je zresetować?', sentAt: '2026-03-01T09:58:00Z', player: { id: 'p1' }, source: 'chat' } },
					{ headers: {}, body: { conversationId: 'c2', messageId: 'm2', text: 'Quiero autoexcluirme, tengo un problema con el juego', sentAt: '2026-03-01T09:58:00Z', player: { id: 'p2' }, source: 'chat' } },
				],
			},
		);
		expect(result.error).toBeUndefined();
		const answered = result.json('Assistant', ANSWERED).map((json) => assertTicket(json.ticket));
		const handedOff = result.json('Assistant', NEEDS_AGENT).map((json) => assertTicket(json.ticket));
		expect(answered.map((t) => [t.language, (t.reply as { intent: string }).intent])).toEqual([['pl', 'password_reset']]);
		expect(handedOff.map((t) => (t.handoff as { reason: string }).reason)).toEqual(['responsible_gambling']);
	});
});
