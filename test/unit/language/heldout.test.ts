import { detectLanguage, SUPPORTED_LANGUAGES } from '../../../nodes/shared/domain/language/detect';
import heldout from './heldout.json';

interface Labelled {
	language: string;
	text: string;
}

const labelled = heldout as Labelled[];

// Written before the detector's last changes and never used to tune its tables: sentences on
// everyday topics, short phrases, chat shorthand and single words. `tools/accuracy/language-heldout.ts`
// prints the misses.
describe('detectLanguage on the held-out set', () => {
	it('has at least 120 entries, with sentences, short phrases and single words in every language', () => {
		expect(labelled.length).toBeGreaterThanOrEqual(120);
		for (const language of SUPPORTED_LANGUAGES) {
			const subset = labelled.filter((entry) => entry.language === language);
			expect(subset.some((entry) => entry.text.split(/\s+/).length === 1)).toBe(true);
			expect(subset.some((entry) => entry.text.split(/\s+/).length >= 5)).toBe(true);
		}
	});

	it('stays at or above 97% overall and 90% for each language', () => {
		const correct = (entries: Labelled[]) => entries.filter((entry) => detectLanguage(entry.text).language === entry.language).length;
		expect(correct(labelled) / labelled.length).toBeGreaterThanOrEqual(0.97);
		for (const language of SUPPORTED_LANGUAGES) {
			const subset = labelled.filter((entry) => entry.language === language);
			expect(correct(subset) / subset.length).toBeGreaterThanOrEqual(0.9);
		}
	});
});
