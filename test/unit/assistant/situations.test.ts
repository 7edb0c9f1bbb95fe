import { analyse } from '../../../nodes/shared/domain/assistant/assist';
import { recognizeIntent } from '../../../nodes/shared/domain/assistant/recognize';
import { CONCEPT_LEXICON, CONCEPTS, SITUATIONS } from '../../../nodes/shared/domain/assistant/situations';
import { LEXICON_LANGUAGES } from '../../../nodes/shared/domain/classify/lexicon';
import { EVAL_SETTINGS, intakeTicket } from '../../../tools/accuracy/assistant-accuracy';

/** The assistant's decision on a message that went through Ticket Intake's detection and classification. */
function decide(text: string, language: string) {
	return analyse(intakeTicket({ id: 's', language, text, expect: 'handoff' }), EVAL_SETTINGS).decision;
}

describe('situations: typical questions told without their topic word', () => {
	it('every concept has entries in all six languages and every situation names known concepts', () => {
		for (const concept of CONCEPTS) for (const language of LEXICON_LANGUAGES) expect(CONCEPT_LEXICON[concept][language].length).toBeGreaterThan(0);
		for (const situation of SITUATIONS) for (const concept of [...situation.all, ...(situation.unless ?? [])]) expect(CONCEPTS).toContain(concept);
	});

	it.each([
		// money that left the player and is not on the balance
		['en', 'paid 30 quid with my debit card an hour ago and the balance has not moved', 'deposit_help'],
		['it', 'mi hanno addebitato 50 euro sulla carta ma il saldo resta uguale', 'deposit_help'],
		['pl', 'pobrało mi 80 zł z karty a saldo bez zmian', 'deposit_help'],
		['ru', 'с карты списали 3000, а баланс не изменился', 'deposit_help'],
		['he', 'חויבתי בכרטיס אבל היתרה לא השתנתה', 'deposit_help'],
		['es', 'me han cobrado 40 euros en la tarjeta y el saldo igual', 'deposit_help'],
		// a payment method and a failed payment
		['en', 'my mastercard payment keeps failing, any idea?', 'deposit_help'],
		['ru', 'платеж через qiwi не проходит', 'deposit_help'],
		// money the player waits to receive outside the casino
		['en', 'how long for the money to hit my paypal?', 'withdrawal_status'],
		['pl', 'ile się czeka na pieniądze na paypala?', 'withdrawal_status'],
		['es', 'cuánto tarda en llegar la pasta a paypal?', 'withdrawal_status'],
		// a reset and the link or e-mail it needs
		['en', 'asked for a reset twice, the email just never shows up', 'password_reset'],
		['it', 'ho chiesto il reset ma il link non mi è mai arrivato', 'password_reset'],
		['ru', 'пытаюсь восстановить доступ, ссылка не приходит', 'password_reset'],
		// log-in attempts refused; an account said to be restricted or inactive
		['en', 'after a few tries the site says I cannot log in for 24h', 'account_locked'],
		['es', 'mi cuenta aparece como restringida, qué hago?', 'account_locked'],
		['pl', 'konto ma status nieaktywne, jak to zmienić?', 'account_locked'],
		// thrown out of a game; a game that will not open
		['en', 'the poker table throws me out every time I sit down', 'game_crash'],
		['he', 'המשחק לא נפתח, רק מסך טעינה', 'game_crash'],
		// changing the e-mail
		['en', 'can I swap the email on my profile for my new one? want to update it', 'change_email'],
		['ru', 'нужно обновить почту в аккаунте', 'change_email'],
	])('%s: %s → %s', (language, text, intent) => {
		const recognition = recognizeIntent(text, language);
		expect(recognition.intent).toBe(intent);
		expect(recognition.confidence).toBeGreaterThanOrEqual(0.6);
	});

	it('a situation is ruled out by its unless concepts: waiting for money the player paid in is no withdrawal', () => {
		expect(recognizeIntent('I paid by card, how long until the money arrives?', 'en').intent).not.toBe('withdrawal_status');
		expect(recognizeIntent('paid with card, how long for the money to show?', 'en').intent).toBe('deposit_help');
	});

	it('a bare "when" opens a clause, it does not ask when money comes: a card refused when loading money is no withdrawal', () => {
		expect(recognizeIntent('la carta mi viene rifiutata quando provo a caricare soldi, perché?', 'it').intent).toBe('deposit_help');
		expect(recognizeIntent('the card gets declined when I try to add money', 'en').intent).toBe('deposit_help');
		expect(recognizeIntent('when will the money reach my skrill?', 'en').intent).toBe('withdrawal_status');
	});

	it('being verified is a documents question; "can you check (verificare)?" after a payment is not', () => {
		expect(recognizeIntent('is my account verified yet?', 'en').intent).toBe('kyc_documents');
		expect(recognizeIntent('il mio conto risulta ancora non verificato, cosa devo fare?', 'it').intent).toBe('kyc_documents');
		const check = recognizeIntent('ho fatto un bonifico di 200 euro e non risulta ancora sul conto gioco. Potete verificare?', 'it');
		expect(check.intent).toBe('deposit_help');
		expect(check.scores.map((score) => score.intent)).not.toContain('kyc_documents');
	});

	it('a situation stands in for a missing topic word only: a message naming two topics stays mixed', () => {
		const mixed = recognizeIntent('my account is restricted and my deposit is missing from the balance', 'en');
		expect(mixed.confidence).toBeLessThan(0.6);
	});

	it('concepts far apart in a long message make no situation', () => {
		const filler = ' and then we talked about the weather for a long while'.repeat(3);
		expect(recognizeIntent(`I paid the plumber${filler}. My balance of patience is low.`, 'en').confidence).toBeLessThan(0.6);
	});

	it('ordinary text with the same words is not a support question', () => {
		// Sentences of the kind that once matched in Debian's fortune files (tools/scratch measurement, docs/assistant.md).
		for (const [text, language] of [
			['Show business is just like high school, except you get paid.', 'en'],
			['He tried three times to get into the club.', 'en'],
			['Nothing motivates a man more than to see his boss put in an honest day\'s work.', 'en'],
			['Il ballo è un rozzo tentativo di entrare nel ritmo della vita.', 'it'],
			['Дважды в реку не войти, в пять раз труднее выйти.', 'ru'],
		]) {
			expect(recognizeIntent(text, language).confidence).toBeLessThan(0.6);
		}
	});

	it('the guard still comes first: a situation next to responsible-gambling or complaint words is handed off', () => {
		const rg = decide('sent 200 by card, balance still 0, and honestly I cannot stop depositing, please block me', 'en');
		expect(rg.outcome === 'handoff' && rg.handoff.reason).toBe('responsible_gambling');
		const complaint = decide('zapłaciłem blikiem, saldo dalej 0, oszuści, oddajcie pieniądze', 'pl');
		expect(complaint.outcome === 'handoff' && complaint.handoff.reason).toBe('complaint');
		const answered = decide('zapłaciłem blikiem 50 zł, saldo dalej 0', 'pl');
		expect(answered.outcome === 'answered' && answered.reply.intent).toBe('deposit_help');
	});
});
