/**
 * Text normalisation and lexicon matching. Every entry word must be the start of a text word
 * (words of one or two letters, and words written with a trailing "=", must match whole).
 *
 * Lexicons are compiled once at module load into one index (`compileLexicon`): every distinct
 * entry word goes into a character trie, and every entry is filed under its first word. A text
 * is then matched in one pass: each of its words is walked through the trie once (yielding every
 * entry word it starts with), and only entries whose first word occurred are checked further.
 */
const HEBREW_PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ё: 'е', ß: 'ss', '’': "'", '‘': "'", '״': '"', '׳': "'" };
const EXTRA_FOLD_PATTERN = /[łё’‘״׳ß]/g;
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

/** The word itself plus, for Hebrew, the word without up to three attached prefix letters. */
function wordVariants(word: string): string[] {
	const hebrew = isHebrewLetter(word.charCodeAt(0));
	// Elided articles and prepositions: l'autoesclusione, dell'affitto, d'identità.
	const apostrophe = hebrew ? -1 : word.lastIndexOf("'");
	if (apostrophe > 0 && apostrophe < word.length - 1) return [word, word.slice(apostrophe + 1)];
	if (!hebrew) return [word];
	const variants = [word];
	let rest = word;
	while (rest.length > 3 && HEBREW_PREFIX_LETTERS.has(rest.charAt(0)) && variants.length < 4) {
		rest = rest.slice(1);
		variants.push(rest);
	}
	return variants;
}

interface EntryWord {
	text: string;
	exact: boolean;
}

export interface CompiledEntry {
	source: string;
	words: EntryWord[];
	/** Entries written with a trailing "!" are decisive terms and count double. */
	strong: boolean;
}

export function compileEntry(written: string): CompiledEntry {
	const strong = written.endsWith('!');
	const entry = strong ? written.slice(0, -1) : written;
	const words = entry
		.split(/\s+/)
		.flatMap((raw) => {
			const exact = raw.endsWith('=');
			return tokenize(exact ? raw.slice(0, -1) : raw).map((text) => ({ text, exact: exact || text.length <= 2 }));
		});
	return { source: entry, words, strong };
}

export class PreparedText {
	readonly words: string[][];
	readonly wordCount: number;

	constructor(text: string) {
		this.words = tokenize(text).map(wordVariants);
		this.wordCount = this.words.length;
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
	match(lexicon: CompiledLexicon): number[] {
		return lexicon.entriesAt(this.words.map((variants) => lexicon.wordsMatching(variants)));
	}

	private wordMatches(variants: string[], word: EntryWord): boolean {
		return variants.some((variant) => (word.exact ? variant === word.text : variant.startsWith(word.text)));
	}
}

interface TrieNode {
	children: Map<number, TrieNode>;
	/** Entry words that end here and match any text word starting with them. */
	prefixWords: number[];
	/** Entry words that end here and match only a text word equal to them. */
	exactWords: number[];
}

function newTrieNode(): TrieNode {
	return { children: new Map(), prefixWords: [], exactWords: [] };
}

const NO_WORDS: readonly number[] = [];

/**
 * A set of lexicon entries compiled once: entry words in a trie (by UTF-16 code unit), entries
 * filed by their first word (phrases by their first two). Entries keep the index they were added with.
 */
export class CompiledLexicon {
	readonly entries: CompiledEntry[] = [];
	private readonly root = newTrieNode();
	private readonly wordIds = new Map<string, number>();
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
				if (position === variant.length - 1 && node.exactWords.length > 0) add(node.exactWords);
			}
		}
		return found ?? only ?? NO_WORDS;
	}

	/** The entries whose words occur at consecutive positions, ascending. */
	entriesAt(perPosition: ReadonlyArray<readonly number[]>): number[] {
		const found: number[] = [];
		const seen = new Set<number>();
		const note = (entry: number): void => {
			if (seen.has(entry)) return;
			seen.add(entry);
			found.push(entry);
		};
		for (let start = 0; start < perPosition.length; start++) {
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
		const key = `${word.exact ? '=' : '~'}${word.text}`;
		const known = this.wordIds.get(key);
		if (known !== undefined) return known;
		const id = this.singleWordEntries.length;
		this.wordIds.set(key, id);
		this.singleWordEntries.push([]);
		this.phraseEntries.push(undefined);
		let node = this.root;
		for (let position = 0; position < word.text.length; position++) {
			const code = word.text.charCodeAt(position);
			let next = node.children.get(code);
			if (!next) {
				next = newTrieNode();
				node.children.set(code, next);
			}
			node = next;
		}
		(word.exact ? node.exactWords : node.prefixWords).push(id);
		return id;
	}
}
