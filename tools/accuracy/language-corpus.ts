/**
 * Language detection on real public text the detector never saw: the fortune-cookie files that
 * Debian ships per language (packages fortunes, fortunes-it, fortunes-es, fortunes-pl,
 * fortunes-ru; quotations, jokes, poems, IRC logs written by people). Measured the way language
 * detectors are usually compared: whole sentences, word pairs and single words drawn from the
 * same text (deterministic sample), accuracy per language and length.
 * Run: apt-get install fortunes fortunes-it fortunes-es fortunes-pl fortunes-ru
 *      npm run accuracy:language-corpus   (LANG_CORPUS_SAMPLE=n per language and length; default 1000)
 * test/unit/language/corpus.test.ts pins the figures as floors.
 * Set LANG_CORPUS_DUMP=file.json to write the sample for other detectors to read.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { detectLanguage } from '../../nodes/shared/domain/language/detect';

import { percent } from './percent';

const ROOT = '/usr/share/games/fortunes';
const FOLDERS: Record<string, string> = { en: '.', it: 'it', es: 'es', pl: 'pl', ru: 'ru' };
const SAMPLE = Number(process.env.LANG_CORPUS_SAMPLE ?? 1000);
const LENGTHS = ['sentence', 'word pair', 'single word'] as const;
type Length = (typeof LENGTHS)[number];

/** A small seeded generator (mulberry32), so every run draws the same sample. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fortune files: entries separated by lines holding only "%". Symlinks and .dat indexes skipped. */
function entries(folder: string): string[] {
	const dir = join(ROOT, folder);
	const texts: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const file = join(dir, name);
		if (name.endsWith('.dat') || name.endsWith('.u8') || !lstatSync(file).isFile()) continue;
		const raw = readFileSync(file);
		const text = raw.toString('utf8');
		if (text.includes('\ufffd')) continue; // not UTF-8 (an older 8-bit encoding)
		for (const entry of text.split(/\n%\n/)) texts.push(entry);
	}
	return texts;
}

/** Lines that are prose: no attribution dashes, code, URLs or ASCII art. */
function sentences(texts: string[]): string[] {
	const out: string[] = [];
	for (const entry of texts) {
		const flat = entry
			.replace(/^\s*(--|—|-)\s.*$/gm, '')
			.replace(/\s+/g, ' ')
			.trim();
		for (const sentence of flat.split(/(?<=[.!?])\s+/)) {
			const words = sentence.split(' ').filter((word) => /\p{L}/u.test(word));
			if (words.length < 5 || words.length > 40) continue;
			if (/[<>{}|\\/_=#@$]|https?:|\t/.test(sentence)) continue;
			out.push(sentence);
		}
	}
	return out;
}

function wordsOf(sentence: string): string[] {
	return sentence
		.split(/\s+/)
		.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
		.filter((word) => /^[\p{L}'’-]+$/u.test(word));
}

function sample<T>(items: T[], count: number, next: () => number): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(next() * (index + 1));
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy.slice(0, count);
}

export interface CorpusItem {
	language: string;
	length: Length;
	text: string;
}

export function buildCorpus(sampleSize = SAMPLE): CorpusItem[] {
	const items: CorpusItem[] = [];
	for (const [language, folder] of Object.entries(FOLDERS)) {
		if (!existsSync(join(ROOT, folder))) throw new Error(`${join(ROOT, folder)} missing: apt-get install fortunes fortunes-it fortunes-es fortunes-pl fortunes-ru`);
		const next = random(language.charCodeAt(0) * 31 + language.charCodeAt(1));
		const lines = sentences(entries(folder));
		const pairs: string[] = [];
		const singles: string[] = [];
		for (const line of lines) {
			const words = wordsOf(line);
			for (let index = 0; index + 1 < words.length; index += 2) pairs.push(`${words[index]} ${words[index + 1]}`);
			for (const word of words) singles.push(word);
		}
		for (const text of sample(lines, sampleSize, next)) items.push({ language, length: 'sentence', text });
		for (const text of sample(pairs, sampleSize, next)) items.push({ language, length: 'word pair', text });
		for (const text of sample(singles, sampleSize, next)) items.push({ language, length: 'single word', text });
	}
	return items;
}

function main(): void {
	const corpus = buildCorpus();
	if (process.env.LANG_CORPUS_DUMP) writeFileSync(process.env.LANG_CORPUS_DUMP, JSON.stringify(corpus));
	const tally = new Map<string, { correct: number; total: number }>();
	const confusions = new Map<string, number>();
	for (const item of corpus) {
		const guess = detectLanguage(item.text).language;
		for (const key of [`${item.language} ${item.length}`, item.length, 'all']) {
			const entry = tally.get(key) ?? { correct: 0, total: 0 };
			entry.total++;
			if (guess === item.language) entry.correct++;
			tally.set(key, entry);
		}
		if (guess !== item.language) confusions.set(`${item.language}→${guess}`, (confusions.get(`${item.language}→${guess}`) ?? 0) + 1);
	}
	const pct = ({ correct, total }: { correct: number; total: number }) => percent(correct, total);
	console.log(`language    ${LENGTHS.join('   ')}`);
	for (const language of Object.keys(FOLDERS)) {
		console.log(`${language.padEnd(11)} ${LENGTHS.map((length) => pct(tally.get(`${language} ${length}`)!).padStart(length.length)).join('   ')}`);
	}
	console.log(`${'all'.padEnd(11)} ${LENGTHS.map((length) => pct(tally.get(length)!).padStart(length.length)).join('   ')}   overall ${pct(tally.get('all')!)}`);
	console.log('most frequent confusions:', [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([key, count]) => `${key} ${count}`).join(', '));
}

if (require.main === module) main();
