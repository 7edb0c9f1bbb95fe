/**
 * Language detection on the held-out set test/unit/language/heldout.json: sentences, short
 * phrases and single words written after the detector's tables and never used to tune them.
 * Reports accuracy overall, per language and per length (1 word, 2-4 words, sentences).
 * Run: npx ts-node tools/accuracy/language-heldout.ts
 */
import heldout from '../../test/unit/language/heldout.json';
import { detectLanguage } from '../../nodes/shared/domain/language/detect';
import { percentWithCounts } from './percent';

interface Labelled {
	language: string;
	text: string;
}

function lengthClass(text: string): string {
	const words = text.split(/\s+/).filter(Boolean).length;
	if (words === 1) return 'single word';
	return words <= 4 ? '2-4 words' : 'sentence';
}


const groups = new Map<string, { total: number; correct: number }>();
const misses: string[] = [];
let correct = 0;
for (const entry of heldout as Labelled[]) {
	const guess = detectLanguage(entry.text).language;
	const ok = guess === entry.language;
	if (ok) correct++;
	else misses.push(`  [${entry.language}→${guess}] ${entry.text}`);
	for (const key of [entry.language, lengthClass(entry.text)]) {
		const group = groups.get(key) ?? { total: 0, correct: 0 };
		group.total++;
		if (ok) group.correct++;
		groups.set(key, group);
	}
}
console.log(`Held-out language accuracy: ${percentWithCounts(correct, heldout.length)}`);
for (const [key, group] of groups) console.log(`  ${key}: ${percentWithCounts(group.correct, group.total)}`);
if (misses.length > 0) console.log(`Misses:\n${misses.join('\n')}`);
