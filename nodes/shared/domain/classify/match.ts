/**
 * Text normalisation and lexicon matching. Every entry word must be the start of a text word
 * (words of one or two letters, and words written with a trailing "=", must match whole).
 *
 * Lexicons are compiled once at module load into one index (`compileLexicon`): every distinct
 * entry word goes into a character trie, and every entry is filed under its first word. A text
 * is then matched in one pass: each of its words is walked through the trie once (yielding every
 * entry word it starts with), and only entries whose first word occurred are checked further.
 */
import { FREQUENT_WORDS } from '../language/frequent-words';
import { STOP_WORDS } from '../language/stopwords';
import { COMMON_WORDS } from '../language/words';

const HEBREW_PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
// Hebrew final letters fold to their ordinary forms, so a stem written "ספין" finds "ספינים"
// and "מסמך" finds "מסמכים" (the letter changes shape only at the end of a word).
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
	ł: 'l',
	ё: 'е',
	ß: 'ss',
	'’': "'",
	'‘': "'",
	'״': '"',
	'׳': "'",
	ך: 'כ',
	ם: 'מ',
	ן: 'נ',
	ף: 'פ',
	ץ: 'צ',
};
const EXTRA_FOLD_PATTERN = /[łё’‘״׳ßךםןףץ]/g;
/** Three or more of one letter in a row ("pleeease", "aiutooo"): never spelling in the six languages. */
const REPEATED_LETTERS = /(\p{L})\1{2,}/u;
const REPEATED_LETTERS_ALL = /(\p{L})\1{2,}/gu;
/** Digits written for letters inside a word ("d3p0sit", "w1thdraw"). */
const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LEET_WORD = /^\p{L}+(?:[013457]+\p{L}+)+$/u;
/** Italian elided articles typed without the apostrophe ("carta d identita", "l account"). */
const LONE_ELISIONS = new Set(['l', 'd']);
const VOWEL_START = /^[aeiouh]/;
const WORD_SPLIT = /[^\p{L}\p{N}'"-]+/u;
const EDGE_QUOTES = /^['"-]+|['"-]+$/g;
const COMBINING_MARKS = /\p{M}/gu;
// Only text outside ASCII can need decomposition or extra folds.
const NON_ASCII = /[\u0080-\uffff]/;

function isHebrewLetter(code: number): boolean {
	return code >= 0x05d0 && code <= 0x05ea;
}

function fold(text: string): string {
	const lower = text.toLowerCase();
	if (!NON_ASCII.test(lower)) return lower;
	return lower
		.replace(EXTRA_FOLD_PATTERN, (char) => EXTRA_FOLDS[char] ?? char)
		.normalize('NFD')
		.replace(COMBINING_MARKS, '');
}

export function tokenize(text: string): string[] {
	const words: string[] = [];
	for (const raw of fold(text).split(WORD_SPLIT)) {
		if (raw === '') continue;
		const first = raw.charCodeAt(0);
		const last = raw.charCodeAt(raw.length - 1);
		// Quote or hyphen at an edge: 39 ', 34 ", 45 -.
		const word = first === 39 || first === 34 || first === 45 || last === 39 || last === 34 || last === 45 ? raw.replace(EDGE_QUOTES, '') : raw;
		if (word !== '') words.push(word);
	}
	return words;
}

/**
 * Spellings of a typed word that a writer meant: letters repeated for emphasis cut to one and to
 * two ("pleeease" → "please", "cooool" → "cool"), digits typed for letters read as letters
 * ("w1thdraw" → "withdraw"). The word itself comes first.
 */
function spellingVariants(word: string): string[] {
	// Most words have neither: one pass over the characters decides.
	let repeated = false;
	let digit = false;
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code >= 48 && code <= 57) digit = true;
		else if (index >= 2 && code === word.charCodeAt(index - 1) && code === word.charCodeAt(index - 2)) repeated = true;
	}
	if (!repeated && !digit) return [word];
	const variants = [word];
	if (repeated && REPEATED_LETTERS.test(word)) {
		variants.push(word.replace(REPEATED_LETTERS_ALL, '$1'), word.replace(REPEATED_LETTERS_ALL, '$1$1'));
	}
	if (digit && LEET_WORD.test(word)) variants.push(word.replace(/[013457]/g, (each) => LEET_DIGITS[each] ?? each));
	return variants;
}

/**
 * The word itself plus: for Hebrew, the word without up to three attached prefix letters; for
 * other scripts, the word after an elided article (l'autoesclusione → autoesclusione), and the
 * spellings of `spellingVariants`.
 */
function wordVariants(word: string): string[] {
	const hebrew = isHebrewLetter(word.charCodeAt(0));
	// Elided articles and prepositions: l'autoesclusione, dell'affitto, d'identità.
	const apostrophe = hebrew ? -1 : word.lastIndexOf("'");
	if (apostrophe > 0 && apostrophe < word.length - 1) return [word, word.slice(apostrophe + 1)];
	if (!hebrew) return spellingVariants(word);
	const variants = [word];
	let rest = word;
	while (rest.length > 3 && HEBREW_PREFIX_LETTERS.has(rest.charAt(0)) && variants.length < 4) {
		rest = rest.slice(1);
		variants.push(rest);
	}
	// "And" before a short function word: ואל (and don't), ולא (and not), וגם (and also).
	if (word.length === 3 && word.charAt(0) === 'ו') variants.push(word.slice(1));
	return variants;
}

export interface EntryWord {
	text: string;
	exact: boolean;
	/** A stem that needs more letters after it (a Hebrew word without its final ה). */
	longer?: boolean;
}

/** Whether one variant of a text word is matched by an entry word. */
export function variantMatches(variant: string, word: EntryWord): boolean {
	if (word.exact) return variant === word.text;
	return variant.startsWith(word.text) && (!word.longer || variant.length > word.text.length);
}

export interface CompiledEntry {
	source: string;
	words: EntryWord[];
	/** Entries written with a trailing "!" are decisive terms and count double. */
	strong: boolean;
}

/** Shortest Hebrew stem left when a final ה is dropped from an entry word. */
const MIN_HEBREW_STEM = 3;
/** Shortest word kept after an elided article in an entry word ("d'identita" → "identita"). */
const MIN_ELIDED_WORD = 3;

/**
 * How an entry word is matched: the word after an elided article (the text offers that word as a
 * variant, and players often drop the apostrophe); a Hebrew word ending in ה as its stem, so a
 * singular finds its plural and construct forms (משיכה → משיכות, משיכת).
 */
function entryWord(text: string, exact: boolean): EntryWord {
	if (exact) return { text, exact };
	const apostrophe = text.lastIndexOf("'");
	if (apostrophe > 0 && text.length - apostrophe - 1 >= MIN_ELIDED_WORD && !isHebrewLetter(text.charCodeAt(0))) {
		return { text: text.slice(apostrophe + 1), exact: false };
	}
	// The stem needs a letter after it: "משיכ" finds "משיכה" and "משיכות" but not "ממשיך" (continues).
	if (text.length > MIN_HEBREW_STEM && text.endsWith('ה') && isHebrewLetter(text.charCodeAt(0))) return { text: text.slice(0, -1), exact: false, longer: true };
	return { text, exact: text.length <= 2 };
}

export function compileEntry(written: string): CompiledEntry {
	const strong = written.endsWith('!');
	const entry = strong ? written.slice(0, -1) : written;
	const words = entry
		.split(/\s+/)
		.flatMap((raw) => {
			const exact = raw.endsWith('=');
			return tokenize(exact ? raw.slice(0, -1) : raw).map((text) => entryWord(text, exact));
		});
	return { source: entry, words, strong };
}

/** Typing-slip correction for PreparedText: which words are known, and what an unknown one may have meant. */
export interface Speller {
	/** The lexicon whose entry words make a text word known (then it is never corrected). */
	known: CompiledLexicon;
	corrections(word: string): string[];
}

export class PreparedText {
	readonly words: string[][];
	readonly wordCount: number;
	/** The speller's known lexicon and each word's matches in it, reused by `match` on that lexicon. */
	private readonly matched?: { lexicon: CompiledLexicon; ids: Array<readonly number[]> };

	/**
	 * @param speller when given, a word that no entry word of this lexicon matches also gets the
	 * entry words one typing slip away as variants ("addicetd" → "addict", "exlusion" → "exclus…").
	 */
	constructor(text: string, speller?: Speller) {
		const tokens = tokenize(text);
		// "carta d identita", "l account": the lone article of an elision typed without its apostrophe.
		this.words = tokens.filter((token, index) => !(LONE_ELISIONS.has(token) && VOWEL_START.test(tokens[index + 1] ?? ''))).map(wordVariants);
		this.wordCount = this.words.length;
		if (!speller) return;
		const lexicon = speller.known;
		const ids = this.words.map((variants, position) => {
			const found = lexicon.wordsMatching(variants);
			if (lexicon.knows(found)) return found;
			const corrected = variants.flatMap((variant) => speller.corrections(variant)).filter((each, index, all) => !variants.includes(each) && all.indexOf(each) === index);
			if (corrected.length === 0) return found;
			this.words[position] = [...variants, ...corrected];
			return lexicon.wordsMatching(this.words[position]);
		});
		this.matched = { lexicon, ids };
	}

	contains(entry: CompiledEntry): boolean {
		const needed = entry.words.length;
		if (needed === 0) return false;
		for (let start = 0; start + needed <= this.words.length; start++) {
			if (entry.words.every((word, offset) => this.wordMatches(this.words[start + offset], word))) return true;
		}
		return false;
	}

	/**
	 * The indices of the entries of a compiled lexicon that occur in the text, ascending. Same
	 * verdict as `contains` on every entry, in one pass over the text.
	 */
	match(lexicon: CompiledLexicon, starts?: Map<number, number>): number[] {
		const ids = this.matched?.lexicon === lexicon ? this.matched.ids : this.words.map((variants) => lexicon.wordsMatching(variants));
		return lexicon.entriesAt(ids, starts);
	}

	private wordMatches(variants: string[], word: EntryWord): boolean {
		return variants.some((variant) => variantMatches(variant, word));
	}
}

interface TrieNode {
	children: Map<number, TrieNode>;
	/** Entry words that end here and match any text word starting with them. */
	prefixWords: number[];
	/** Entry words that end here and match only a text word equal to them. */
	exactWords: number[];
	/** Entry words that end here and match a text word that goes on after them. */
	longerWords: number[];
	/** Length of the longest prefix-matching entry word at or below this node (prunes corrections). */
	longestBelow: number;
}

function newTrieNode(): TrieNode {
	return { children: new Map(), prefixWords: [], exactWords: [], longerWords: [], longestBelow: 0 };
}

const NO_WORDS: readonly number[] = [];

/** Words shorter than this are corrected only for two swapped letters ("stpo" → "stop"). */
const MIN_CORRECTED_LENGTH = 5;
const MIN_SWAPPED_LENGTH = 4;
/** The kinds of typing slip, one per word. */
type Slip = 'swap' | 'extra' | 'missing';
/**
 * Shortest entry word each slip may produce. A replaced letter is where inflected forms and other
 * words sit one slip from a stem ("pasenme", pass me, is not "parenme", stop me; "ucciderei", I
 * would kill, is not "uccidermi"; "разрешает" is not "разрушает"): no correction of that kind.
 * A left-out letter only into longer stems ("recio", strong, is not "recaí", relapse).
 */
const MIN_ENTRY_LENGTH: Readonly<Record<Slip, number>> = { swap: 5, extra: 5, missing: 6 };
/**
 * Longest tail (letters of the typed word after the corrected entry word) per slip. Measured on
 * 61,000 real texts nobody here wrote (Debian fortunes in five languages): a letter left out of a
 * short stem followed by a long tail turned ordinary words into RG words ("wiser" → "wisz-er",
 * owe; "additive" → "addict-ive"), so such corrections must cover nearly the whole word.
 */
const MAX_TAIL: Readonly<Record<Slip, number>> = { swap: 1, extra: 2, missing: 1 };
/** Entry words matched by a text word at least this long make it a known word. */
const KNOWN_STEM_LENGTH = 4;
/** At most this many corrections of one word. */
const MAX_CORRECTIONS = 3;
/** A correction may leave at most this many letters of the typed word after the entry word. */
const MAX_CORRECTED_TAIL = 4;
/** Latin words are corrected (unless they are real words, below); Hebrew ones never (prefix letters already make many near neighbours). */
const LATIN_WORD = /^[a-z]+$/;
/** Cyrillic words have no word list here: only long ones, against long entry words. */
const CYRILLIC_WORD = /^[\u0430-\u044f]+$/;
const MIN_CYRILLIC_CORRECTED_LENGTH = 8;
/**
 * Real words are never corrected ("cuando" is not a slip for "cuanto", nor "paying" for
 * "playing"): the frequent-word lists of the Latin-script languages, folded like the text.
 */
const REAL_WORDS: ReadonlySet<string> = new Set(
	[...Object.values(FREQUENT_WORDS), ...Object.values(STOP_WORDS), ...Object.values(COMMON_WORDS)].flatMap((list) => tokenize(list)),
);

/**
 * A set of lexicon entries compiled once: entry words in a trie (by UTF-16 code unit), entries
 * filed by their first word (phrases by their first two). Entries keep the index they were added with.
 */
export class CompiledLexicon {
	readonly entries: CompiledEntry[] = [];
	private readonly root = newTrieNode();
	private readonly wordIds = new Map<string, number>();
	/** Per word id: the entry word's text. */
	private readonly wordTexts: string[] = [];
	/** Per entry: the ids of its words, in order. */
	private readonly entryWordIds: number[][] = [];
	/** Per word id: the one-word entries made of it. */
	private readonly singleWordEntries: number[][] = [];
	/**
	 * Per word id: the longer entries starting with it, by the id of their second word. Common
	 * first words ("my", "non", "nie") start many phrases; keyed by two words, a text position
	 * checks only the phrases whose first two words are both there.
	 */
	private readonly phraseEntries: Array<Map<number, number[]> | undefined> = [];

	/** Adds an entry and returns its index. */
	add(entry: CompiledEntry): number {
		const index = this.entries.length;
		this.entries.push(entry);
		const ids = entry.words.map((word) => this.wordId(word));
		this.entryWordIds.push(ids);
		if (ids.length === 1) this.singleWordEntries[ids[0]].push(index);
		if (ids.length > 1) {
			const bySecond = (this.phraseEntries[ids[0]] ??= new Map<number, number[]>());
			const list = bySecond.get(ids[1]);
			if (list) list.push(index);
			else bySecond.set(ids[1], [index]);
		}
		return index;
	}

	/** Ids of the entry words that the text word (any of its variants) matches. */
	wordsMatching(variants: readonly string[]): readonly number[] {
		// Most words match one list of entry words or none: return that list without copying it.
		let only: readonly number[] | undefined;
		let found: number[] | undefined;
		const add = (ids: readonly number[]): void => {
			if (found) found.push(...ids);
			else if (only) found = [...only, ...ids];
			else only = ids;
		};
		for (const variant of variants) {
			let node: TrieNode | undefined = this.root;
			for (let position = 0; position < variant.length && node; position++) {
				node = node.children.get(variant.charCodeAt(position));
				if (!node) break;
				if (node.prefixWords.length > 0) add(node.prefixWords);
				if (position === variant.length - 1) {
					if (node.exactWords.length > 0) add(node.exactWords);
				} else if (node.longerWords.length > 0) add(node.longerWords);
			}
		}
		return found ?? only ?? NO_WORDS;
	}

	/** Whether matched entry words (from `wordsMatching`) make a text word known: one of at least KNOWN_STEM_LENGTH letters. */
	knows(ids: readonly number[]): boolean {
		return ids.some((id) => this.wordTexts[id].length >= KNOWN_STEM_LENGTH);
	}

	/**
	 * Corrections of a typed word: each non-exact entry word of at least MIN_CORRECTED_LENGTH
	 * letters (MIN_SWAPPED_LENGTH for a swap) that one typing slip turns into the start of the word
	 * (a letter replaced, added, left out, or two neighbours swapped; never the first letter),
	 * returned as the entry word followed by the rest of the typed word.
	 */
	corrections(word: string): string[] {
		if (word.length < MIN_SWAPPED_LENGTH || REAL_WORDS.has(word)) return [];
		const cyrillic = CYRILLIC_WORD.test(word);
		if (!cyrillic && !LATIN_WORD.test(word)) return [];
		if (cyrillic && word.length < MIN_CYRILLIC_CORRECTED_LENGTH) return [];
		const found: string[] = [];
		// Entry words reached after the slip: those long enough for its kind, leaving a short tail.
		const note = (node: TrieNode, rest: number, slip: Slip): void => {
			if (word.length - rest > Math.min(MAX_CORRECTED_TAIL, MAX_TAIL[slip])) return;
			for (const id of node.prefixWords) {
				const text = this.wordTexts[id];
				if (text.length < MIN_ENTRY_LENGTH[slip] || (cyrillic && text.length < MIN_CYRILLIC_CORRECTED_LENGTH) || found.length >= MAX_CORRECTIONS) continue;
				const corrected = text + word.slice(rest);
				if (!found.includes(corrected)) found.push(corrected);
			}
		};
		// An entry word must be long enough for the slip and leave at most MAX_CORRECTED_TAIL letters.
		const needed = Math.max(cyrillic ? MIN_CYRILLIC_CORRECTED_LENGTH : 0, word.length - MAX_CORRECTED_TAIL - 1);
		// After the slip, read the rest of the word exactly, noting every entry word that ends. A
		// replaced or left-out letter is never an entry word's last one: endings are where inflected
		// forms differ ("rigiocate", re-wager, is not "rigiocato", gambled again).
		const finish = (start: TrieNode, from: number, slip: Slip): void => {
			if (start.longestBelow < Math.max(needed, MIN_ENTRY_LENGTH[slip])) return;
			let node: TrieNode | undefined = start;
			if (slip === 'swap' || slip === 'extra') note(node, from, slip);
			for (let position = from; position < word.length && node; position++) {
				node = node.children.get(word.charCodeAt(position));
				if (node) note(node, position + 1, slip);
			}
		};
		const longEnough = word.length >= MIN_CORRECTED_LENGTH;
		let node: TrieNode | undefined = this.root.children.get(word.charCodeAt(0));
		// Never a letter added at the end ("debit" is not a slip for "debito"): that is another form.
		for (let position = 1; node && position < word.length; position++) {
			const code = word.charCodeAt(position);
			const next = word.charCodeAt(position + 1);
			if (position + 1 < word.length && next !== code) {
				const swapped = node.children.get(next)?.children.get(code);
				if (swapped) finish(swapped, position + 2, 'swap');
			}
			if (longEnough) {
				// A letter typed by mistake: skip it.
				finish(node, position + 1, 'extra');
				// A letter left out: take it from the entry without reading the word.
				for (const child of node.children.values()) finish(child, position, 'missing');
			}
			node = node.children.get(code);
		}
		return found;
	}

	/**
	 * The entries whose words occur at consecutive positions, ascending; `starts`, when given,
	 * receives the first position of each.
	 */
	entriesAt(perPosition: ReadonlyArray<readonly number[]>, starts?: Map<number, number>): number[] {
		const found: number[] = [];
		const seen = new Set<number>();
		let start = 0;
		const note = (entry: number): void => {
			if (seen.has(entry)) return;
			seen.add(entry);
			found.push(entry);
			starts?.set(entry, start);
		};
		for (start = 0; start < perPosition.length; start++) {
			const next = start + 1 < perPosition.length ? perPosition[start + 1] : NO_WORDS;
			for (const firstWord of perPosition[start]) {
				for (const entry of this.singleWordEntries[firstWord]) note(entry);
				const bySecond = this.phraseEntries[firstWord];
				if (!bySecond) continue;
				for (const secondWord of next) {
					for (const entry of bySecond.get(secondWord) ?? NO_WORDS) {
						const ids = this.entryWordIds[entry];
						if (start + ids.length > perPosition.length) continue;
						let all = true;
						for (let offset = 2; offset < ids.length && all; offset++) all = perPosition[start + offset].includes(ids[offset]);
						if (all) note(entry);
					}
				}
			}
		}
		return found.sort((a, b) => a - b);
	}

	private wordId(word: EntryWord): number {
		const key = `${word.exact ? '=' : word.longer ? '>' : '~'}${word.text}`;
		const known = this.wordIds.get(key);
		if (known !== undefined) return known;
		const id = this.singleWordEntries.length;
		this.wordIds.set(key, id);
		this.wordTexts.push(word.text);
		this.singleWordEntries.push([]);
		this.phraseEntries.push(undefined);
		let node = this.root;
		const prefixLength = word.exact || word.longer ? 0 : word.text.length;
		for (let position = 0; position < word.text.length; position++) {
			const code = word.text.charCodeAt(position);
			let next = node.children.get(code);
			if (!next) {
				next = newTrieNode();
				node.children.set(code, next);
			}
			node = next;
			node.longestBelow = Math.max(node.longestBelow, prefixLength);
		}
		(word.exact ? node.exactWords : word.longer ? node.longerWords : node.prefixWords).push(id);
		return id;
	}
}
