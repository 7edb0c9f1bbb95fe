/**
 * Text normalisation and lexicon matching. Every entry word must be the start of a text word
 * (words of one or two letters, and words written with a trailing "=", must match whole).
 */
const HEBREW_PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
const HEBREW_LETTER = /[\u05d0-\u05ea]/;
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ё: 'е', ß: 'ss', '’': "'", '‘': "'", '״': '"', '׳': "'" };
const WORD_SPLIT = /[^\p{L}\p{N}'"-]+/u;
const EDGE_QUOTES = /^['"-]+|['"-]+$/g;

function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(/[łё’‘״׳ß]/g, (char) => EXTRA_FOLDS[char] ?? char)
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
}

export function tokenize(text: string): string[] {
	return fold(text)
		.split(WORD_SPLIT)
		.map((word) => word.replace(EDGE_QUOTES, ''))
		.filter((word) => word.length > 0);
}

/** The word itself plus, for Hebrew, the word without up to three attached prefix letters. */
function wordVariants(word: string): string[] {
	const variants = [word];
	// Elided articles and prepositions: l'autoesclusione, dell'affitto, d'identità.
	const apostrophe = word.lastIndexOf("'");
	if (apostrophe > 0 && apostrophe < word.length - 1 && !HEBREW_LETTER.test(word.charAt(0))) {
		variants.push(word.slice(apostrophe + 1));
	}
	if (!HEBREW_LETTER.test(word.charAt(0))) return variants;
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

	private wordMatches(variants: string[], word: EntryWord): boolean {
		return variants.some((variant) => (word.exact ? variant === word.text : variant.startsWith(word.text)));
	}
}
