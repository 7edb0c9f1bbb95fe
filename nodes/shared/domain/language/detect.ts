/**
 * Language detection for player messages. Script first (Hebrew, Cyrillic); Latin-script text is
 * scored by three kinds of evidence: known frequent words, letters typical of one language, and
 * character trigram log-probabilities learned (at module load) from the word tables.
 */
import { FREQUENT_WORDS } from './frequent-words';
import { STOP_WORDS } from './stopwords';
import { TRIGRAM_PROFILES } from './trigrams';
import { COMMON_WORDS } from './words';

/** How much the dictionary trigram profile counts against the hand-written words (1 = as much). */
const PROFILE_WEIGHT = 1;

export const SUPPORTED_LANGUAGES = ['en', 'it', 'pl', 'ru', 'he', 'es'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export interface LanguageGuess {
	/** ISO 639-1 code, or 'und' when the text gives no usable evidence. */
	language: string;
	/** 0..1, how sure the detector is. */
	confidence: number;
	/** Every candidate with its score, best first. */
	scores: Array<{ language: string; score: number }>;
}

type LatinLanguage = 'en' | 'it' | 'pl' | 'es';
const LATIN_LANGUAGES: readonly LatinLanguage[] = ['en', 'it', 'pl', 'es'];

const UNDETERMINED: LanguageGuess = { language: 'und', confidence: 0, scores: [] };

// Letters without a Unicode decomposition still need an ASCII form for "nie moge wyplacic".
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', đ: 'd', æ: 'ae' };

const NON_ASCII = /[\u0080-\uffff]/;

function foldDiacritics(word: string): string {
	if (!NON_ASCII.test(word)) return word;
	return word
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[łßøđæ]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** Soft evidence: letters that occur (almost) only in one of the Latin-script languages. */
const TELLTALE_LETTERS: ReadonlyArray<{ pattern: RegExp; language: LatinLanguage; weight: number }> = [
	{ pattern: /[ąćęłńśźż]/g, language: 'pl', weight: 4 },
	{ pattern: /[ñ¿¡]/g, language: 'es', weight: 4 },
	{ pattern: /[áíú]/g, language: 'es', weight: 1.5 },
	{ pattern: /[àèìòù]/g, language: 'it', weight: 2.5 },
];

interface WordTables {
	exact: Map<string, LatinLanguage[]>;
	folded: Map<string, LatinLanguage[]>;
}

interface TrigramModel {
	logProbability: Map<string, number>;
	unseenLogProbability: number;
}

/** The hand-written frequent words, then the stop words derived from stopwords-iso. */
function wordsOf(language: LatinLanguage): string[] {
	return `${COMMON_WORDS[language]} ${STOP_WORDS[language]}`.split(/\s+/);
}

function addToIndex(index: Map<string, LatinLanguage[]>, word: string, language: LatinLanguage): void {
	const languages = index.get(word) ?? [];
	if (!languages.includes(language)) languages.push(language);
	index.set(word, languages);
}

function buildWordTables(): WordTables {
	const tables: WordTables = { exact: new Map(), folded: new Map() };
	for (const language of LATIN_LANGUAGES) {
		for (const word of wordsOf(language)) {
			if (!word) continue;
			addToIndex(tables.exact, word, language);
			addToIndex(tables.folded, foldDiacritics(word), language);
		}
	}
	return tables;
}

function trigramsOf(word: string): string[] {
	const padded = ` ${word} `;
	const trigrams: string[] = [];
	for (let index = 0; index + 3 <= padded.length; index++) trigrams.push(padded.slice(index, index + 3));
	return trigrams;
}

/** Each Latin language's frequency list, most frequent first, as written and without diacritics (split once). */
const FREQUENT_LISTS: ReadonlyArray<{ words: string[]; folded: string[] }> = LATIN_LANGUAGES.map((language) => {
	const words = FREQUENT_WORDS[language].split(' ');
	return { words, folded: words.map(foldDiacritics) };
});

function trigramCounts(foldedWords: readonly string[]): { counts: Map<string, number>; total: number } {
	const counts = new Map<string, number>();
	let total = 0;
	for (const word of foldedWords) {
		for (const trigram of trigramsOf(word)) {
			counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
			total++;
		}
	}
	return { counts, total };
}

/** Trigram counts from the hand-written words, plus (scaled) those of the dictionary profile and of the frequency list. */
function buildTrigramModel(language: LatinLanguage, index: number): TrigramModel {
	const handWritten = COMMON_WORDS[language].split(/\s+/).filter(Boolean).map(foldDiacritics);
	const { counts, total: handWrittenTotal } = trigramCounts(handWritten);
	let total = handWrittenTotal;
	const profile = TRIGRAM_PROFILES[language];
	const scale = (PROFILE_WEIGHT * total) / profile.total;
	const pairs = profile.table.split(' ');
	for (let pair = 0; pair + 1 < pairs.length; pair += 2) {
		const trigram = pairs[pair].replace(/_/g, ' ');
		counts.set(trigram, (counts.get(trigram) ?? 0) + Number(pairs[pair + 1]) * scale);
	}
	// The frequency list's words (inflected forms as people write them), at the same weight again.
	const frequent = trigramCounts(FREQUENT_LISTS[index].folded);
	const frequentScale = (PROFILE_WEIGHT * total) / frequent.total;
	for (const [trigram, count] of frequent.counts) counts.set(trigram, (counts.get(trigram) ?? 0) + count * frequentScale);
	total += 2 * PROFILE_WEIGHT * total;
	const smoothing = 0.5;
	// Roughly the number of distinct trigrams a Latin alphabet plus spaces can form in practice.
	const vocabulary = 8000;
	const denominator = total + smoothing * vocabulary;
	const logProbability = new Map<string, number>();
	for (const [trigram, count] of counts) logProbability.set(trigram, Math.log((count + smoothing) / denominator));
	return { logProbability, unseenLogProbability: Math.log(smoothing / denominator) };
}

/**
 * A word's frequency rank as evidence, on a Zipf scale: log((N + k) / (rank + k)) + 1, so the most
 * frequent words weigh most, any listed word at least 1, and an unlisted word nothing. This is
 * what settles words shared by several languages ("non", "per", "la", "a") and content words the
 * trigram profiles read wrongly.
 */
const RANK_SMOOTHING = 20;
/** Without diacritics ("perche", "wyplacic") a listed word counts a little less. */
const FOLDED_RANK_WEIGHT = 0.8;

/**
 * Word → offset of its four scores (one per Latin language) in one shared array: about 70,000
 * words, so one typed array instead of an object per word.
 */
interface RankTables {
	exact: Map<string, number>;
	folded: Map<string, number>;
	scores: Float64Array;
}

function buildRankTables(): RankTables {
	const exact = new Map<string, number>();
	const folded = new Map<string, number>();
	const scores = new Float64Array(2 * 4 * FREQUENT_LISTS.reduce((sum, list) => sum + list.words.length, 0));
	let used = 0;
	const add = (index: Map<string, number>, word: string, language: number, score: number) => {
		let offset = index.get(word);
		if (offset === undefined) {
			index.set(word, (offset = used));
			used += 4;
		}
		scores[offset + language] = Math.max(scores[offset + language], score);
	};
	FREQUENT_LISTS.forEach(({ words, folded: foldedWords }, language) => {
		words.forEach((word, rank) => {
			const score = Math.log((words.length + RANK_SMOOTHING) / (rank + 1 + RANK_SMOOTHING)) + 1;
			add(exact, word, language, score);
			add(folded, foldedWords[rank], language, score * FOLDED_RANK_WEIGHT);
		});
	});
	return { exact, folded, scores: scores.slice(0, used) };
}

const WORD_TABLES = buildWordTables();
const RANK_TABLES = buildRankTables();
const TRIGRAM_MODELS: readonly TrigramModel[] = LATIN_LANGUAGES.map(buildTrigramModel);

/** All four models in one map: trigram → log-probability per Latin language (one lookup per trigram). */
/** A trigram of characters below U+0400 as one small integer (10 bits each), or -1. */
function trigramKey(first: number, second: number, third: number): number {
	return first < 0x400 && second < 0x400 && third < 0x400 ? (first << 20) | (second << 10) | third : -1;
}

/**
 * All four models in one map keyed by integer: trigram → log-probability per Latin language, so
 * scoring a word is one lookup per trigram and allocates no substrings.
 */
function combineTrigramModels(models: readonly TrigramModel[]): Map<number, Float64Array> {
	const combined = new Map<number, Float64Array>();
	for (const model of models) {
		for (const trigram of model.logProbability.keys()) {
			const key = trigramKey(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2));
			if (key !== -1 && !combined.has(key)) {
				combined.set(key, Float64Array.from(models, (each) => each.logProbability.get(trigram) ?? each.unseenLogProbability));
			}
		}
	}
	return combined;
}

const TRIGRAM_LOG_PROBABILITIES = combineTrigramModels(TRIGRAM_MODELS);
const UNSEEN_TRIGRAM = Float64Array.from(TRIGRAM_MODELS, (model) => model.unseenLogProbability);

/** Text that is not language: URLs, e-mail addresses, placeholders and tags, masked secrets, numbers. */
// Every pattern is linear in the text (no nested or overlapping repetition): a hostile body such
// as "a@a@a@…" or a 20,000-letter run must not take seconds.
const NOISE_PATTERNS: ReadonlyArray<{ present: RegExp; pattern: RegExp }> = [
	{ present: /https?:\/\/|www\./i, pattern: /\b(?:https?:\/\/|www\.)\S+/gi },
	{ present: /@/, pattern: /[^\s@]+@[^\s@]+\.[^\s@]+/g },
	{ present: /[[{<]/, pattern: /\[[^\][]{0,200}\]|\{\{[^{}]{0,200}\}\}|<[^<>]{0,200}>/g },
	{ present: /[*•#]{2}/, pattern: /(?<!\S)\S*[*•#]{2,}\S*/g },
	{ present: /\d/, pattern: /(?<!\S)\S*\d\S*/g },
];

/** Enough text to tell the language; the rest of a long body adds time, not certainty. */
const MAX_SAMPLE = 4000;

function stripNoise(text: string): string {
	let cleaned = NON_ASCII.test(text) ? text.normalize('NFC') : text;
	// Each pattern only where its telltale character occurs: most messages have none of them.
	for (const { present, pattern } of NOISE_PATTERNS) if (present.test(cleaned)) cleaned = cleaned.replace(pattern, ' ');
	const lower = cleaned.toLowerCase();
	return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function sortedScores(scores: Record<string, number>): Array<{ language: string; score: number }> {
	return Object.entries(scores)
		.map(([language, score]) => ({ language, score: Math.round(score * 1000) / 1000 }))
		.sort((left, right) => right.score - left.score);
}

function countMatches(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}

function detectCyrillic(text: string, cyrillicLetters: number): LanguageGuess {
	// Russian has ы э ъ ё but no і; Ukrainian has і ї є ґ but no ы э ъ ё; Belarusian has ў, and
	// і together with ы э ё.
	const shortU = countMatches(text, /ў/g);
	const dottedI = countMatches(text, /і/g);
	const yeryLike = countMatches(text, /[ыэё]/g);
	const mixesIAndYery = dottedI > 0 && yeryLike > 0;
	const scores: Record<string, number> = {
		ru: 1 + 2 * countMatches(text, /ъ/g) + (dottedI > 0 || shortU > 0 ? 0 : 2 * yeryLike),
		uk: 2 * countMatches(text, /[їєґ]/g) + (yeryLike > 0 || shortU > 0 ? 0 : 2 * dottedI),
		be: 3 * shortU + (mixesIAndYery || shortU > 0 ? 2 * (dottedI + yeryLike) : 0),
	};
	const total = Object.values(scores).reduce((sum, value) => sum + value, 0);
	for (const language of Object.keys(scores)) scores[language] /= total;
	const ranked = sortedScores(scores);
	const best = ranked[0];
	const lengthFactor = Math.min(1, 0.5 + cyrillicLetters / 20);
	return { language: best.language, confidence: round(best.score * lengthFactor), scores: ranked };
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

const SPACE = 0x20;

/** Where each Latin language sits in a score array. */
const LATIN_INDEX: Readonly<Record<LatinLanguage, number>> = { en: 0, it: 1, pl: 2, es: 3 };

/**
 * Adds one word's evidence to `totals` (indexed as LATIN_LANGUAGES): its entry in the word
 * tables, and its trigram log-probabilities relative to the best language, capped so one long
 * word cannot outvote the word table. Returns whether the word is in a table.
 */
function addWordEvidence(word: string, totals: Float64Array): boolean {
	const folded = foldDiacritics(word);
	const exactLanguages = WORD_TABLES.exact.get(word);
	const foldedLanguages = exactLanguages ? undefined : WORD_TABLES.folded.get(folded);
	const wordScores = [0, 0, 0, 0];
	if (exactLanguages) {
		for (const language of exactLanguages) wordScores[LATIN_INDEX[language]] += 2.5 / exactLanguages.length;
	} else if (foldedLanguages) {
		for (const language of foldedLanguages) wordScores[LATIN_INDEX[language]] += 1.8 / foldedLanguages.length;
	}
	const ranked = RANK_TABLES.exact.get(word) ?? RANK_TABLES.folded.get(folded);
	if (ranked !== undefined) for (let index = 0; index < 4; index++) wordScores[index] += RANK_TABLES.scores[ranked + index];
	let en = 0;
	let it = 0;
	let pl = 0;
	let es = 0;
	// The word padded with a space on each side, read three characters at a time.
	const last = folded.length + 1;
	for (let index = 0; index + 2 <= last; index++) {
		const first = index === 0 ? SPACE : folded.charCodeAt(index - 1);
		const second = index + 1 === last ? SPACE : folded.charCodeAt(index);
		const third = index + 2 === last ? SPACE : folded.charCodeAt(index + 1);
		const key = trigramKey(first, second, third);
		const logs = (key === -1 ? undefined : TRIGRAM_LOG_PROBABILITIES.get(key)) ?? UNSEEN_TRIGRAM;
		en += logs[0];
		it += logs[1];
		pl += logs[2];
		es += logs[3];
	}
	const best = Math.max(en, it, pl, es);
	totals[0] += wordScores[0] + Math.max(-3, (en - best) * 0.35);
	totals[1] += wordScores[1] + Math.max(-3, (it - best) * 0.35);
	totals[2] += wordScores[2] + Math.max(-3, (pl - best) * 0.35);
	totals[3] += wordScores[3] + Math.max(-3, (es - best) * 0.35);
	return exactLanguages !== undefined || foldedLanguages !== undefined;
}

/** "l'applicazione" → "l'", "applicazione"; known contractions such as "can't" stay whole. */
function pushSplitElision(word: string, into: string[]): void {
	if (!word.includes("'") || WORD_TABLES.exact.has(word) || WORD_TABLES.folded.has(foldDiacritics(word))) {
		into.push(word);
		return;
	}
	const parts = word.split("'");
	parts.forEach((part, index) => into.push(index < parts.length - 1 ? `${part}'` : part));
}

const LATIN_WORD = /[a-zà-ɏ]+(?:'[a-zà-ɏ]+)*/g;

function latinWords(text: string): string[] {
	const words: string[] = [];
	for (const word of text.match(LATIN_WORD) ?? []) pushSplitElision(word, words);
	return words;
}

interface LatinEvidence {
	scores: Record<LatinLanguage, number>;
	knownWords: number;
	telltaleLetters: number;
}

function scoreLatin(words: string[], text: string): LatinEvidence {
	const totals = new Float64Array(4);
	let knownWords = 0;
	for (const word of words) if (addWordEvidence(word, totals)) knownWords++;
	const scores: Record<LatinLanguage, number> = { en: totals[0], it: totals[1], pl: totals[2], es: totals[3] };
	let telltaleLetters = 0;
	for (const { pattern, language, weight } of TELLTALE_LETTERS) {
		const count = countMatches(text, pattern);
		telltaleLetters += count;
		scores[language] += count * weight;
	}
	return { scores, knownWords, telltaleLetters };
}

function toProbabilities(scores: Record<LatinLanguage, number>): Record<string, number> {
	const best = Math.max(scores.en, scores.it, scores.pl, scores.es);
	const exponentials = LATIN_LANGUAGES.map((language) => Math.exp(scores[language] - best));
	const total = exponentials.reduce((sum, value) => sum + value, 0);
	const probabilities: Record<string, number> = {};
	LATIN_LANGUAGES.forEach((language, index) => (probabilities[language] = exponentials[index] / total));
	return probabilities;
}

const LETTER = /\p{L}/u;

/** Letters per script in one pass (Latin: a-z and à-ɏ, as the word pattern reads them). */
function countScripts(text: string): { hebrewLetters: number; cyrillicLetters: number; latinLetters: number; allLetters: number } {
	let hebrewLetters = 0;
	let cyrillicLetters = 0;
	let latinLetters = 0;
	let allLetters = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) {
			if (code >= 0x61 && code <= 0x7a) {
				latinLetters++;
				allLetters++;
			} else if (code >= 0x41 && code <= 0x5a) {
				allLetters++;
			}
			continue;
		}
		if (code >= 0x05d0 && code <= 0x05ea) hebrewLetters++;
		else if (code >= 0x0400 && code <= 0x04ff) cyrillicLetters++;
		else if (code >= 0xe0 && code <= 0x24f) latinLetters++;
		const codePoint = text.codePointAt(index) as number;
		if (codePoint > 0xffff) index++;
		if (LETTER.test(String.fromCodePoint(codePoint))) allLetters++;
	}
	return { hebrewLetters, cyrillicLetters, latinLetters, allLetters };
}

export function detectLanguage(text: string): LanguageGuess {
	if (typeof text !== 'string' || text.trim() === '') return UNDETERMINED;
	const cleaned = stripNoise(text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text);
	const { hebrewLetters, cyrillicLetters, latinLetters, allLetters } = countScripts(cleaned);
	if (allLetters === 0) return UNDETERMINED;

	const otherLetters = allLetters - hebrewLetters - cyrillicLetters - latinLetters;
	const dominant = Math.max(hebrewLetters, cyrillicLetters, latinLetters, otherLetters);
	if (dominant === hebrewLetters) {
		const confidence = round(Math.min(1, 0.6 + hebrewLetters / 20) * (hebrewLetters / allLetters));
		return { language: 'he', confidence, scores: [{ language: 'he', score: confidence }] };
	}
	if (dominant === cyrillicLetters) return detectCyrillic(cleaned, cyrillicLetters);
	if (dominant === otherLetters) return UNDETERMINED;

	const words = latinWords(cleaned);
	if (words.length === 0) return UNDETERMINED;
	const evidence = scoreLatin(words, cleaned);
	const ranked = sortedScores(toProbabilities(evidence.scores));
	// Several words, none of them frequent in any supported language: most likely another
	// language (French, German, transliterated Russian...), so say so rather than guess.
	if (words.length >= 3 && evidence.knownWords === 0 && evidence.telltaleLetters === 0) {
		return { language: 'und', confidence: 0, scores: ranked };
	}
	const best = ranked[0];
	// Little text, or text made of words the tables do not know, means little certainty.
	const lengthFactor = Math.min(1, 0.4 + latinLetters / 40);
	const coverageFactor = 0.5 + (0.5 * evidence.knownWords) / words.length;
	const confidence = round(best.score * lengthFactor * coverageFactor);
	return { language: best.language, confidence, scores: ranked };
}
