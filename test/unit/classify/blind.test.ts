import { LEXICON_LANGUAGES } from '../../../nodes/shared/domain/classify/lexicon';
import { loadBlindSet, measureBlind } from '../../../tools/accuracy/blind-accuracy';

/**
 * Blind sets of player messages (docs/rg.md, docs/assistant.md). blind-2 was written before the
 * normalisation round and then used to find its general weaknesses; blind-3 was written after it
 * and never tuned on. Floors sit a little under the measured figures, so a regression fails while
 * the language detector (which decides the language the classifiers read) may still move a message.
 */
describe('blind sets (test/unit/classify/blind-2.json, blind-3.json)', () => {
	const blind2 = loadBlindSet('blind-2');
	const blind3 = loadBlindSet('blind-3');

	it('have realistic size and labels: blind-2 at least 40 messages per language, blind-3 at least 60 in all', () => {
		for (const language of LEXICON_LANGUAGES) {
			expect(blind2.filter((message) => message.language === language).length).toBeGreaterThanOrEqual(40);
			expect(blind3.filter((message) => message.language === language).length).toBeGreaterThanOrEqual(10);
		}
		expect(blind3.length).toBeGreaterThanOrEqual(60);
		for (const message of [...blind2, ...blind3]) {
			expect(message.expect === 'answer').toBe(message.intent !== null);
			expect(message.rg).toBe(message.category === 'responsible_gambling');
		}
	});

	// Measured: category 96.7% (377/390), RG 72/72 with 0 false alarms of 318, assistant 94.7%
	// right (233/246), 0.8% wrong (3), RG answered 0/72. Before the round: 92.6%, 70/72 and 1,
	// 72.8% and 2.3%.
	it('blind-2: category >= 95%, RG recall >= 97% with at most 2 false alarms, assistant >= 92% right, <= 1.5% wrong, no RG answered', () => {
		const report = measureBlind(blind2);
		expect(report.categoryCorrect / report.total).toBeGreaterThanOrEqual(0.95);
		expect(report.rgCaught / report.rgTotal).toBeGreaterThanOrEqual(0.97);
		expect(report.rgFalseAlarms).toBeLessThanOrEqual(2);
		expect(report.assistant.typicalCorrect / report.assistant.typical).toBeGreaterThanOrEqual(0.92);
		expect(report.assistant.wrong / report.assistant.total).toBeLessThanOrEqual(0.015);
		expect(report.assistant.rgAnswered).toBe(0);
	});

	// First sight, never tuned on: category 78.2% (61/78; 76.9% after a later rule about word endings), RG 8/12 with 1 false alarm of 66,
	// assistant 61.9% right (26/42), 11.5% wrong (9), RG answered 4/12 (limit requests worded as a
	// "cap"/"tetto"/"tope"/"תקרה"; see docs/rg.md). The RG floors allow no regression at all.
	it('blind-3: category >= 75%, RG caught >= 8 of 12 with at most 2 false alarms, assistant >= 59% right, <= 13% wrong, RG answered <= 4', () => {
		const report = measureBlind(blind3);
		expect(report.categoryCorrect / report.total).toBeGreaterThanOrEqual(0.75);
		expect(report.rgCaught).toBeGreaterThanOrEqual(8);
		expect(report.rgFalseAlarms).toBeLessThanOrEqual(2);
		expect(report.assistant.typicalCorrect / report.assistant.typical).toBeGreaterThanOrEqual(0.59);
		expect(report.assistant.wrong / report.assistant.total).toBeLessThanOrEqual(0.13);
		expect(report.assistant.rgAnswered).toBeLessThanOrEqual(4);
	});
});
