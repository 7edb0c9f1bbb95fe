import { analyse } from '../../../nodes/shared/domain/assistant/assist';
import { LEXICON_LANGUAGES, LIMIT_PERIOD, LIMIT_WORDS, OTHER_LIMIT, PLAY_MONEY, SELF_LIMIT, SITE_LIMIT_QUESTION, GENERIC_BREAK, TECH_FAULT } from '../../../nodes/shared/domain/classify/lexicon';
import { classifyMessage } from '../../../nodes/shared/domain/classify/message';
import { detectLanguage } from '../../../nodes/shared/domain/language/detect';
import { EVAL_SETTINGS, intakeTicket } from '../../../tools/accuracy/assistant-accuracy';

/**
 * The concepts of the fail-safe round (docs/rg.md, "Fail-safe round and blind set 4"): limits the
 * player asks for themselves against questions about the site's limits, refusing the player's
 * money, general breaks against breaks from a technical fault, bank reversals, licence bodies and
 * legal representatives, and the assistant's hand-off on evidence below the marker threshold.
 * The sentences are written for these tests, not taken from the blind sets.
 */
function classify(text: string) {
	return classifyMessage(text, detectLanguage(text).language);
}

function decide(text: string) {
	return analyse(intakeTicket({ id: 't', language: 'und', text, expect: 'handoff' }), EVAL_SETTINGS).decision;
}

describe('fail-safe round: concepts in six languages', () => {
	it('has every concept table in all six languages', () => {
		for (const table of [LIMIT_WORDS, PLAY_MONEY, LIMIT_PERIOD, SELF_LIMIT, SITE_LIMIT_QUESTION, OTHER_LIMIT, GENERIC_BREAK, TECH_FAULT]) {
			for (const language of LEXICON_LANGUAGES) expect(table[language].length).toBeGreaterThan(0);
		}
	});

	it.each([
		['en', 'please cap my deposits at 30 a week from now on'],
		['en', 'I want a budget of 200 a month on my top ups, no more'],
		['it', 'impostatemi un tetto di 30 euro sui versamenti, grazie'],
		['pl', 'ustawcie pułap 100 zł na moje wpłaty'],
		['ru', 'установите потолок 5000 на мои пополнения'],
		['he', 'תגדירו לי תקרה של 100 שקל על ההפקדות'],
		['es', 'fijen un techo de 30 euros a mis recargas'],
	])('a limit the player asks for themselves is a limit request (%s: %s)', (_language, text) => {
		const result = classify(text);
		expect(result.markers).toContain('limit_request');
		expect(result.category).toBe('responsible_gambling');
	});

	it.each([
		['en', "what's the maximum deposit with paypal?"],
		['en', 'is there a limit on cashing out per week?'],
		['en', 'is there a cap on what the bonus can pay out?'],
		['it', 'qual è il massimo che si può prelevare al giorno?'],
		['pl', 'jaki jest maksymalny depozyt przez blik?'],
		['ru', 'какой максимальный депозит через сбп?'],
		['he', 'מה הסכום המקסימלי למשיכה בשבוע?'],
		['es', 'cual es el deposito maximo con bizum?'],
	])('a question about the site limits is no RG marker and the assistant may answer it (%s: %s)', (_language, text) => {
		const result = classify(text);
		expect(result.markers).toEqual([]);
		expect(result.rgCues).toEqual([]);
		expect(result.category).not.toBe('responsible_gambling');
	});

	it('a limit next to something else, without a question, is no marker but the assistant hands it off', () => {
		const text = 'deposit and withdrawal limit, sort it out';
		const result = classify(text);
		expect(result.markers).not.toContain('limit_request');
		expect(result.rgCues).toContain('limit');
		const decision = decide(text);
		expect(decision.outcome).toBe('handoff');
		if (decision.outcome === 'handoff') expect([decision.handoff.reason, decision.handoff.detail]).toEqual(['responsible_gambling', 'cue:limit']);
	});

	it.each([
		['en', 'please stop accepting deposits from me'],
		['it', 'non accettate più ricariche da parte mia'],
		['pl', 'nie przyjmujcie ode mnie więcej wpłat'],
		['ru', 'не принимайте от меня пополнения'],
		['he', 'תפסיקו לקבל ממני טעינות'],
		['es', 'no acepten mas recargas mias'],
	])('refusing the player money is a limit request (%s: %s)', (_language, text) => {
		expect(classify(text).markers).toContain('limit_request');
	});

	it.each([
		['en', 'I need a break, can you help'],
		['it', 'ho bisogno di una pausa, aiutatemi'],
		['ru', 'мне нужна пауза, помогите'],
		['es', 'necesito un descanso, ayuda'],
	])('a break asked for in general words is cooling off (%s: %s)', (_language, text) => {
		expect(classify(text).markers).toContain('cooling_off');
	});

	it.each([
		['en', 'the game freezes so often I need a break to restart it'],
		['it', 'il gioco si blocca, devo fare una pausa e riavviare'],
		['es', 'el juego se cuelga y tengo que hacer una pausa para reiniciar'],
	])('a break from a technical fault is no marker, but the assistant still hands it off (%s: %s)', (_language, text) => {
		const result = classify(text);
		expect(result.markers).not.toContain('cooling_off');
		expect(result.rgCues).toContain('break');
		expect(decide(text).outcome).toBe('handoff');
	});

	it.each([
		['en', 'I am going to get my bank to reverse all of these payments'],
		['en', 'filing a dispute with my card issuer today'],
		['it', 'farò stornare tutto dalla banca'],
		['pl', 'idę do banku cofnąć te płatności'],
		['ru', 'буду оспаривать списания через банк'],
		['he', 'אני הולך לבנק לבטל את החיובים'],
		['es', 'voy a pedir al banco que revierta los cargos'],
	])('a reversal through the bank is a chargeback threat and a complaint (%s: %s)', (_language, text) => {
		const result = classify(text);
		expect(result.markers).toContain('chargeback');
		expect(result.category).toBe('complaint');
		expect(decide(text).outcome).toBe('handoff');
	});

	it.each([
		['en', 'my bank reversed the withdrawal, when will you resend it?'],
		['it', 'la banca ha stornato il prelievo, quando lo rimandate?'],
		['es', 'el banco anuló la transferencia del retiro, cuando la reenvian?'],
	])("the bank's own past act is no threat (%s: %s)", (_language, text) => {
		expect(classify(text).markers).not.toContain('chargeback');
	});

	it.each([
		['en', 'this is going to whoever holds your licence'],
		['es', 'esto va al organismo regulador'],
		['pl', 'sprawą zajmie się mój pełnomocnik'],
		['he', 'אני פונה ליועץ משפטי'],
	])('licence bodies and legal representatives are compliance threats (%s: %s)', (_language, text) => {
		const result = classify(text);
		expect(result.markers.some((marker) => marker === 'regulator' || marker === 'legal_threat')).toBe(true);
	});

	it('the assistant hands off on weak cues below the marker threshold, hints of two groups included', () => {
		// Compulsion and secrecy hints only ("all night", "again", "the wife"): no marker, still a person's call.
		const text = 'how long is a withdrawal? up all night again and the wife is asking';
		const result = classify(text);
		expect(result.markers).toEqual([]);
		expect(result.rgCues.length).toBeGreaterThan(0);
		const decision = decide(text);
		expect(decision.outcome).toBe('handoff');
		if (decision.outcome === 'handoff') expect(decision.handoff.reason).toBe('responsible_gambling');
	});

	it('a support topic takes a lone cue back: a password question with "help me" is answered', () => {
		const text = 'помогите, забыл пароль, как его сбросить?';
		expect(classify(text).rgCues).toEqual([]);
		expect(decide(text).outcome).toBe('answered');
	});
});
