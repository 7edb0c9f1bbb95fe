/**
 * Bodies built to make regular expressions backtrack ("a@a@a@…", a 20,000-letter token before a
 * digit, unclosed brackets): detection still answers (a catastrophic pattern would hang here).
 */
import { detectLanguage } from '../../../nodes/shared/domain/language/detect';

const HOSTILE: Record<string, string> = {
	'repeated at-signs': 'a@'.repeat(25_000),
	'a long token, then a digit': `${'a'.repeat(50_000)} 1`,
	'a long token, then stars': `${'b'.repeat(50_000)} **`,
	'unclosed brackets': '['.repeat(50_000),
	'unclosed placeholders': '{{'.repeat(25_000),
	'angle brackets': '<'.repeat(50_000),
};

describe('language detection on hostile bodies', () => {
	it.each(Object.entries(HOSTILE))('%s: answers', (_name, text) => {
		const guess = detectLanguage(text);
		expect(typeof guess.language).toBe('string');
		expect(guess.confidence).toBeGreaterThanOrEqual(0);
	});

	it('reads the language from the start of a very long body', () => {
		const italian = 'Buongiorno, non riesco a prelevare le mie vincite dal conto. ';
		expect(detectLanguage(italian.repeat(2000)).language).toBe('it');
	});
});
