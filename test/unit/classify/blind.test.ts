import { LEXICON_LANGUAGES } from '../../../nodes/shared/domain/classify/lexicon';
import { loadBlindSet, measureBlind, type BlindReport } from '../../../tools/accuracy/blind-accuracy';

/**
 * Blind sets of player messages (docs/rg.md, docs/assistant.md). blind-2 was written before the
 * normalisation round and then used to find its general weaknesses; blind-3 was written after it
 * and never tuned on; blind-4 was written before the fail-safe round and then used to find its
 * concepts. Floors sit a little under the measured figures, so a regression fails while
 * the language detector (which decides the language the classifiers read) may still move a message.
 */
describe('blind sets (test/unit/classify/blind-2.json … blind-8.json)', () => {
	const blind2 = loadBlindSet('blind-2');
	const blind3 = loadBlindSet('blind-3');
	const blind4 = loadBlindSet('blind-4');
	const checks = ['blind-5', 'blind-6'].map(loadBlindSet);
	const blind7 = loadBlindSet('blind-7');
	const blind8 = loadBlindSet('blind-8');

	it('have realistic size and labels: blind-2 at least 40 messages per language, blind-3 at least 60 in all, blind-4 at least 15 per language, blind-7 at least 20 typical questions per language, blind-8 at least 10', () => {
		for (const language of LEXICON_LANGUAGES) {
			expect(blind2.filter((message) => message.language === language).length).toBeGreaterThanOrEqual(40);
			expect(blind3.filter((message) => message.language === language).length).toBeGreaterThanOrEqual(10);
		}
		expect(blind3.length).toBeGreaterThanOrEqual(60);
		for (const language of LEXICON_LANGUAGES) expect(blind4.filter((message) => message.language === language).length).toBeGreaterThanOrEqual(15);
		expect(blind4.length).toBeGreaterThanOrEqual(90);
		for (const language of LEXICON_LANGUAGES) {
			expect(blind7.filter((message) => message.language === language && message.expect === 'answer').length).toBeGreaterThanOrEqual(20);
			expect(blind8.filter((message) => message.language === language && message.expect === 'answer').length).toBeGreaterThanOrEqual(10);
		}
		for (const message of [...blind2, ...blind3, ...blind4, ...checks.flat(), ...blind7, ...blind8]) {
			expect(message.expect === 'answer').toBe(message.intent !== null);
			expect(message.rg).toBe(message.category === 'responsible_gambling');
		}
	});

	// Measured: category 96.7% (377/390), RG 72/72 with 0 false alarms of 318, assistant 94.7%
	// right (233/246), 0.8% wrong (3), RG answered 0/72. Before the round: 92.6%, 70/72 and 1,
	// 72.8% and 2.3%.
	it('blind-2: category >= 95%, RG recall >= 97% with at most 2 false alarms, assistant >= 92% right, <= 1.5% wrong, no RG or threat answered', () => {
		expectFloors(measureBlind(blind2), { category: 0.95, rgCaught: Math.ceil(0.97 * 72), falseAlarms: 2, right: 0.92, wrong: 0.015 });
	});

	// First sight, never tuned on: category 78.2% (61/78; 76.9% after a later rule about word endings), RG 8/12 with 1 false alarm of 66,
	// assistant 61.9% right (26/42), 11.5% wrong (9), RG answered 4/12 (limit requests worded as a
	// "cap"/"tetto"/"tope"/"תקרה"), chargeback threats answered 5/6. After the fail-safe round (not
	// tuned on blind-3; its concepts came from blind-4 and general vocabulary): category 88.5%, RG 12/12
	// with 1 false alarm, 61.9% right, 0 wrong, RG answered 0, every threat handed off. RG allows no regression.
	// After the situations round (docs/assistant.md; blind-3's list of misses was read during that
	// round, so this is no longer a first-sight figure): 83.3% right (35/42), 0 wrong.
	it('blind-3: category >= 85%, RG caught 12 of 12 with at most 2 false alarms, assistant >= 80% right, <= 2% wrong, no RG or threat answered', () => {
		expectFloors(measureBlind(blind3), { category: 0.85, rgCaught: 12, falseAlarms: 2, right: 0.8, wrong: 0.02 });
	});

	// Written before the fail-safe round (RG without the obvious keywords, bank reversals, licence and
	// legal threats, ordinary questions that share their words). First sight: category 41.7% (50/120),
	// RG 21/60 with 4 false alarms of 60, assistant 63.9% right (23/36), 7.5% wrong (9), RG answered
	// 2/60, threats answered 6/24. After (the round's concepts were drawn from its kinds of misses,
	// so these are tuned figures): category 92.5%, RG 59/60 with 1 false alarm, 63.9% right, 0.8%
	// wrong (1), RG answered 0/60, threats answered 0/24.
	// After the situations round: 80.6% right (29/36), 0 wrong.
	it('blind-4: category >= 88%, RG caught >= 59 of 60 with at most 2 false alarms, assistant >= 77% right, <= 2% wrong, no RG or threat answered', () => {
		expectFloors(measureBlind(blind4), { category: 0.88, rgCaught: 59, falseAlarms: 2, right: 0.77, wrong: 0.02 });
	});

	// Small first-sight checks written after the round (36 and 30 messages). First sight: blind-5 RG
	// 7/18, RG answered 1 (a Polish "sufit", ceiling); blind-6 RG 6/18, RG answered 2 (a daily
	// maximum "najwyżej", an Italian "bloccate tutto" answered as a locked account). Both were then
	// looked at once each (docs/rg.md), so these floors pin tuned figures: RG 18/18, none answered.
	it('blind-5 and blind-6 (first-sight checks, then looked at once): every RG message caught, none answered, every threat handed off', () => {
		for (const set of checks) {
			const report = measureBlind(set);
			expect(report.rgCaught).toBe(report.rgTotal);
			expect(report.rgFalseAlarms).toBeLessThanOrEqual(1);
			expect(report.assistant.rgAnswered).toBe(0);
			expect(report.assistant.handedOff).toBe(report.assistant.other);
		}
	});

	// Written before the situations round (126 typical questions told the many ways players write them),
	// then used to find its concepts. First sight: category 79.4% (100/126), 1 RG false alarm of 126,
	// assistant 57.9% right (73/126), 0 wrong. After (tuned): 97.6% right (123/126), 0 wrong.
	it('blind-7: category >= 76%, at most 2 RG false alarms, assistant >= 94% right, <= 1% wrong', () => {
		expectFloors(measureBlind(blind7), { category: 0.76, rgCaught: 0, falseAlarms: 2, right: 0.94, wrong: 0.01 });
	});

	// Written after the round, never tuned on (72 typical questions, 12 off-topic or complaints). First
	// sight: category 85.7% (72/84), no RG false alarm, assistant 88.9% right (64/72), 1.2% wrong (1: a
	// card refused "quando provo a caricare soldi" answered as a withdrawal), every other message
	// handed off. After one look (a bare "when" is no waiting): 90.3% right (65/72), 0 wrong.
	it('blind-8: category >= 82%, at most 1 RG false alarm, assistant >= 86% right, <= 1.5% wrong, every complaint and off-topic message handed off', () => {
		expectFloors(measureBlind(blind8), { category: 0.82, rgCaught: 0, falseAlarms: 1, right: 0.86, wrong: 0.015 });
	});
});

/** The floors of one set; no RG message and no message meant for a person (threats, disputes) is ever answered. */
function expectFloors(report: BlindReport, floors: { category: number; rgCaught: number; falseAlarms: number; right: number; wrong: number }): void {
	expect(report.categoryCorrect / report.total).toBeGreaterThanOrEqual(floors.category);
	expect(report.rgCaught).toBeGreaterThanOrEqual(floors.rgCaught);
	expect(report.rgFalseAlarms).toBeLessThanOrEqual(floors.falseAlarms);
	expect(report.assistant.typicalCorrect / report.assistant.typical).toBeGreaterThanOrEqual(floors.right);
	expect(report.assistant.wrong / report.assistant.total).toBeLessThanOrEqual(floors.wrong);
	expect(report.assistant.rgAnswered).toBe(0);
	expect(report.assistant.handedOff).toBe(report.assistant.other);
}
