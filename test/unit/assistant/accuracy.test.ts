import labelled from '../../data/assistant-eval.json';
import { measureAssistantAccuracy, type EvalMessage } from '../../../tools/accuracy/assistant-accuracy';

const messages = labelled as EvalMessage[];

describe('Support Assistant accuracy on the labelled set', () => {
	const accuracy = measureAssistantAccuracy(messages);

	it('has at least 420 messages in six languages, about half typical, a quarter held out', () => {
		expect(messages.length).toBeGreaterThanOrEqual(420);
		expect(new Set(messages.map((m) => m.language))).toEqual(new Set(['en', 'it', 'pl', 'ru', 'he', 'es']));
		const typical = messages.filter((m) => m.expect === 'answer').length / messages.length;
		expect(typical).toBeGreaterThan(0.4);
		expect(typical).toBeLessThan(0.6);
		const heldout = messages.filter((m) => m.heldout).length / messages.length;
		expect(heldout).toBeGreaterThan(0.2);
	});

	it('answers at least 60% of typical questions with the right intent, overall, held out and in every language', () => {
		expect(accuracy.all.typicalCorrect / accuracy.all.typical).toBeGreaterThanOrEqual(0.6);
		expect(accuracy.heldout.typicalCorrect / accuracy.heldout.typical).toBeGreaterThanOrEqual(0.6);
		for (const tally of Object.values(accuracy.perLanguage)) expect(tally.typicalCorrect / tally.typical).toBeGreaterThanOrEqual(0.6);
	});

	it('answers at most 2% of all messages wrongly', () => {
		expect(accuracy.all.wrong / accuracy.all.total).toBeLessThanOrEqual(0.02);
	});

	it('answers no responsible-gambling message', () => {
		expect(accuracy.all.rg).toBeGreaterThan(0);
		expect(accuracy.all.rgAnswered).toBe(0);
	});
});
