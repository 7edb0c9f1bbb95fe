/**
 * Category, complexity, priority and responsible-gambling/compliance markers of a player message,
 * from weighted keyword lexicons in six languages. Responsible-gambling cues win over everything
 * else: a single one makes the message urgent.
 */
import type { Category, Complexity, Priority } from '../ticket';
import {
	CATEGORY_LEXICON,
	COMPLIANCE_MARKERS,
	LEXICON_LANGUAGES,
	MARKER_LEXICON,
	RG_MARKERS,
	type LexiconLanguage,
	type LexiconTable,
	type Marker,
	type ScoredCategory,
} from './lexicon';
import { compileEntry, PreparedText, type CompiledEntry } from './match';
import { PROBLEM_CUES, QUESTION_CUES } from './signals';

export interface MessageClassification {
	category: Category;
	complexity: Complexity;
	priority: Priority;
	/** Responsible-gambling / compliance markers found (e.g. 'self_exclusion', 'suicide', 'chargeback'). */
	markers: string[];
	/** Extra tags worth putting on the ticket. */
	tags: string[];
	/** 0..1 */
	confidence: number;
}

type CompiledTable = Record<LexiconLanguage, CompiledEntry[]>;

function compileTable(table: LexiconTable): CompiledTable {
	const compiled = {} as CompiledTable;
	for (const language of LEXICON_LANGUAGES) compiled[language] = table[language].map(compileEntry);
	return compiled;
}

const SCORED_CATEGORIES = Object.keys(CATEGORY_LEXICON) as ScoredCategory[];
const COMPILED_CATEGORIES = Object.fromEntries(
	SCORED_CATEGORIES.map((category) => [category, compileTable(CATEGORY_LEXICON[category])]),
) as Record<ScoredCategory, CompiledTable>;
const MARKERS = [...RG_MARKERS, ...COMPLIANCE_MARKERS] as Marker[];
const COMPILED_MARKERS = Object.fromEntries(
	MARKERS.map((marker) => [marker, compileTable(MARKER_LEXICON[marker])]),
) as Record<Marker, CompiledTable>;
const COMPILED_PROBLEM_CUES = compileTable(PROBLEM_CUES);
const COMPILED_QUESTION_CUES = compileTable(QUESTION_CUES);
const RG_MARKER_SET = new Set<string>(RG_MARKERS);

/** On equal scores the more consequential category wins. */
const TIE_ORDER: readonly ScoredCategory[] = ['complaint', 'withdrawal', 'kyc', 'account_access', 'deposit', 'bonus', 'technical'];
const LONG_MESSAGE_WORDS = 70;
/** Weight of English entries inside a message in another language (players mix in English terms). */
const BORROWED_ENGLISH_WEIGHT = 0.5;

function isLexiconLanguage(language: string): language is LexiconLanguage {
	return (LEXICON_LANGUAGES as readonly string[]).includes(language);
}

function languageWeights(language: string): Array<[LexiconLanguage, number]> {
	const code = language.toLowerCase().slice(0, 2);
	if (!isLexiconLanguage(code)) return LEXICON_LANGUAGES.map((each) => [each, 1]);
	return code === 'en' ? [['en', 1]] : [[code, 1], ['en', BORROWED_ENGLISH_WEIGHT]];
}

/** Longer phrases are stronger evidence than single stems. */
function entryWeight(entry: CompiledEntry): number {
	return (1 + 0.5 * (entry.words.length - 1)) * (entry.strong ? 2 : 1);
}

function tableScore(text: PreparedText, table: CompiledTable, weights: Array<[LexiconLanguage, number]>): number {
	const seen = new Set<string>();
	let score = 0;
	for (const [language, weight] of weights) {
		for (const entry of table[language]) {
			if (seen.has(entry.source) || !text.contains(entry)) continue;
			seen.add(entry.source);
			score += entryWeight(entry) * weight;
		}
	}
	return score;
}

function hasAny(text: PreparedText, table: CompiledTable, languages: readonly LexiconLanguage[]): boolean {
	return languages.some((language) => table[language].some((entry) => text.contains(entry)));
}

function findMarkers(text: PreparedText): Marker[] {
	// Recall first: markers are looked up in every language, whatever the stated one.
	return MARKERS.filter((marker) => hasAny(text, COMPILED_MARKERS[marker], LEXICON_LANGUAGES));
}

export function classifyMessage(text: string, language: string): MessageClassification {
	const prepared = new PreparedText(text);
	const weights = languageWeights(language);
	const languages = weights.map(([each]) => each);
	const markers = findMarkers(prepared);
	const rgMarkers = markers.filter((marker) => RG_MARKER_SET.has(marker));
	const complianceMarkers = markers.filter((marker) => !RG_MARKER_SET.has(marker));

	const ranked = SCORED_CATEGORIES.map((category) => ({
		category,
		score: tableScore(prepared, COMPILED_CATEGORIES[category], weights),
	}))
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.category) - TIE_ORDER.indexOf(b.category));
	const top = ranked[0];
	const runnerUp = ranked[1];

	const hasProblem = hasAny(prepared, COMPILED_PROBLEM_CUES, languages);
	const isQuestion = text.includes('?') || hasAny(prepared, COMPILED_QUESTION_CUES, languages);

	let category: Category;
	let priority: Priority;
	let confidence: number;
	if (rgMarkers.length > 0) {
		category = 'responsible_gambling';
		priority = 'urgent';
		confidence = Math.min(0.99, 0.8 + 0.05 * rgMarkers.length);
	} else if (complianceMarkers.length > 0) {
		category = 'complaint';
		priority = 'urgent';
		confidence = Math.min(0.95, 0.75 + 0.05 * complianceMarkers.length);
	} else if (top) {
		category = top.category;
		priority = priorityFor(top.category, hasProblem, isQuestion);
		const margin = top.score - (runnerUp?.score ?? 0);
		confidence = Math.min(0.95, 0.4 + 0.15 * margin + 0.05 * top.score);
	} else {
		category = 'other';
		priority = isQuestion ? 'low' : 'normal';
		confidence = 0.2;
	}

	const secondaryCategories = ranked
		.filter((entry) => entry.category !== category && top !== undefined && entry.score >= Math.max(2, top.score * 0.6))
		.map((entry) => entry.category);
	const complexity: Complexity =
		category === 'complaint' ||
		markers.length > 0 ||
		(category === 'kyc' && hasProblem) ||
		secondaryCategories.length > 0 ||
		prepared.wordCount > LONG_MESSAGE_WORDS
			? 'complex'
			: 'simple';

	const tags = [
		...markers.map((marker) => `marker:${marker}`),
		...secondaryCategories.map((secondary) => `also:${secondary}`),
		...(hasProblem ? ['problem'] : []),
		...(isQuestion ? ['question'] : []),
	];
	return { category, complexity, priority, markers, tags, confidence: Math.round(confidence * 100) / 100 };
}

function priorityFor(category: ScoredCategory, hasProblem: boolean, isQuestion: boolean): Priority {
	if (category === 'complaint') return 'high';
	if (hasProblem && (category === 'withdrawal' || category === 'account_access' || category === 'deposit')) return 'high';
	if (hasProblem) return 'normal';
	return isQuestion ? 'low' : 'normal';
}
