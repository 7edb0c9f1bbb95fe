/**
 * Derives the detector's character-trigram profiles from spelling-dictionary word lists in npm
 * dev dependencies (dictionary-en, dictionary-it, dictionary-pl, dictionary-es: Hunspell .dic
 * files; only their stems are read, one count per word, proper nouns and abbreviations skipped).
 * Keeps the most frequent trigrams of each language with their counts and the total, written to
 * nodes/shared/domain/language/trigrams.ts. Run after upgrading the packages:
 *   TS_NODE_TRANSPILE_ONLY=1 npx ts-node tools/language/build-trigrams.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

const SOURCES = { en: 'dictionary-en', it: 'dictionary-it', pl: 'dictionary-pl', es: 'dictionary-es' } as const;
const KEEP = Number(process.env.TRIGRAMS_KEEP ?? 2500);
const WORD = /^\p{Ll}+$/u;
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', đ: 'd', æ: 'ae' };

/** Same folding as the detector: no diacritics, so "wypłacić" and "wyplacic" share trigrams. */
function fold(word: string): string {
	return word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[łßøđæ]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** The package's folder (its exports hide index.dic from require.resolve). */
function packageDir(pkg: string): string {
	const roots = [join(__dirname, '../../node_modules'), ...(process.env.NODE_PATH ?? '').split(':').filter(Boolean)];
	const found = roots.map((root) => join(root, pkg)).find((dir) => existsSync(join(dir, 'index.dic')));
	if (!found) throw new Error(`${pkg} is not installed (npm install --save-dev ${pkg})`);
	return found;
}

function profile(pkg: string): { counts: Array<[string, number]>; total: number; words: number; version: string } {
	const dir = packageDir(pkg);
	const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
	const counts = new Map<string, number>();
	let total = 0;
	let words = 0;
	const seen = new Set<string>();
	for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
		const stem = line.split('/')[0].trim().normalize('NFC');
		if (!WORD.test(stem) || stem.length < 2) continue;
		const folded = fold(stem);
		if (seen.has(folded)) continue;
		seen.add(folded);
		words++;
		const padded = ` ${folded} `;
		for (let index = 0; index + 3 <= padded.length; index++) {
			const trigram = padded.slice(index, index + 3);
			counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
			total++;
		}
	}
	const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP);
	return { counts: kept, total, words, version };
}

const entries = Object.entries(SOURCES).map(([language, pkg]) => {
	const result = profile(pkg);
	console.log(`${language}: ${result.words} words, ${result.counts.length} trigrams kept of total ${result.total}`);
	// A space is written as "_" so each trigram is one token.
	const table = result.counts.map(([trigram, count]) => `${trigram.replace(/ /g, '_')} ${count}`).join(' ');
	return { language, pkg, version: result.version, total: result.total, table };
});

const output = `/**
 * Character-trigram counts per Latin-script language (diacritics folded, "_" = word edge), the
 * ${KEEP} most frequent of each, derived by tools/language/build-trigrams.ts from the stems of the
 * Hunspell dictionaries in ${entries.map((entry) => `${entry.pkg}@${entry.version}`).join(', ')}
 * (npm dev dependencies; see docs/ticket-intake.md for their licences). Generated file: do not edit by hand.
 */
export interface TrigramProfile {
	/** Trigram occurrences counted over the whole word list, kept or not. */
	total: number;
	/** "trigram count" pairs separated by spaces. */
	table: string;
}

export const TRIGRAM_PROFILES: Readonly<Record<'en' | 'it' | 'pl' | 'es', TrigramProfile>> = {
${entries.map((entry) => `\t${entry.language}: {\n\t\ttotal: ${entry.total},\n\t\ttable: '${entry.table}',\n\t},`).join('\n')}
};
`;
writeFileSync(join(__dirname, '../../nodes/shared/domain/language/trigrams.ts'), output);
