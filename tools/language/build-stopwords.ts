/**
 * Derives the detector's extra frequent-word table from the `stopwords-iso` package (MIT,
 * https://github.com/stopwords-iso/stopwords-iso, a dev dependency only): its stop-word lists for
 * the four Latin-script languages, lower-cased, letters and apostrophes only, at least three
 * letters (the lists also carry stray letters and country codes such as "b", "bd", "az"; short
 * function words are in the hand-written table words.ts already).
 * Writes nodes/shared/domain/language/stopwords.ts; run after upgrading the package:
 *   TS_NODE_TRANSPILE_ONLY=1 npx ts-node tools/language/build-stopwords.ts
 */
import { writeFileSync } from 'fs';
import { join } from 'path';

const LANGUAGES = ['en', 'it', 'pl', 'es'] as const;
const WORD = /^\p{Ll}+(?:'\p{Ll}+)?$/u;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lists = require('stopwords-iso') as Record<string, string[]>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const version = (require('stopwords-iso/package.json') as { version: string }).version;

const cleaned = Object.fromEntries(
	LANGUAGES.map((language) => {
		const words = new Set<string>();
		for (const raw of lists[language]) {
			const word = raw.normalize('NFC').toLowerCase().replace(/’/g, "'").trim();
			if (WORD.test(word) && [...word].length >= 3) words.add(word);
		}
		return [language, words];
	}),
) as Record<(typeof LANGUAGES)[number], Set<string>>;

const body = LANGUAGES.map((language) => {
	const words = [...cleaned[language]].sort();
	const lines: string[] = [];
	for (let index = 0; index < words.length; index += 16) lines.push(words.slice(index, index + 16).join(' '));
	return `\t${language}: \`${lines.join('\n')}\`,`;
}).join('\n');

const output = `/**
 * Stop words (frequent function words) per Latin-script language, derived by
 * tools/language/build-stopwords.ts from the npm package stopwords-iso@${version} (MIT licence,
 * https://github.com/stopwords-iso/stopwords-iso). Generated file: do not edit by hand.
 */
export const STOP_WORDS: Readonly<Record<'en' | 'it' | 'pl' | 'es', string>> = {
${body}
};
`;
writeFileSync(join(__dirname, '../../nodes/shared/domain/language/stopwords.ts'), output);
console.log(LANGUAGES.map((language) => `${language}: ${cleaned[language].size}`).join(', '));
