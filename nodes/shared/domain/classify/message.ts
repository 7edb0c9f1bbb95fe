/**
 * Category, complexity, priority and responsible-gambling/compliance markers of a player message,
 * from weighted keyword lexicons in six languages. Responsible-gambling cues win over everything
 * else: a single one makes the message urgent.
 */
import type { Category, Complexity, Priority } from '../ticket';
import {
	CATEGORY_LEXICON,
	COMPLIANCE_MARKERS,
	GENERIC_BREAK,
	LEXICON_LANGUAGES,
	LIMIT_PERIOD,
	LIMIT_WORDS,
	MARKER_LEXICON,
	MARKER_PAIRS,
	OTHER_LIMIT,
	PLAY_MONEY,
	RG_MARKERS,
	SELF_LIMIT,
	SITE_LIMIT_QUESTION,
	TECH_FAULT,
	type LexiconLanguage,
	type LexiconTable,
	type Marker,
	type RgMarker,
	type ScoredCategory,
} from './lexicon';
import {
	CUE_GROUPS,
	DENIAL_PENALTY,
	DENIALS,
	FIRST_PERSON,
	FIRST_PERSON_ENDINGS,
	GAMBLING_WEIGHT,
	GROUP_CAP,
	GROUP_PRESENT,
	HINT_ONLY_GROUPS,
	markerForEvidence,
	MIN_GROUPS,
	MIN_SCORE,
	SUPPORT_CONTEXT,
	SUPPORT_PENALTY,
	type EvidenceGroup,
} from './evidence';
import { CompiledLexicon, compileEntry, PreparedText, type CompiledEntry, type Speller } from './match';
import { CONTEXT_CONNECTORS, CONTEXT_FACTOR, CONTEXT_WINDOW, PROBLEM_CUES, QUESTION_CUES } from './signals';

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
	/**
	 * Responsible-gambling evidence too weak for a marker: the weak-cue groups with a full cue
	 * ('compulsion', 'distress', …) and 'limit' for a limit on the player's own money that is not
	 * clearly asked as information. The Support Assistant hands such messages off (fail safe).
	 */
	rgCues: string[];
}

/** A lexicon table compiled into the shared index, known by a number. */
type TableId = number;

// Every table goes into one index, so a message is matched against all of them in one pass.
const LEXICON = new CompiledLexicon();
/** Per entry of the index: the table it belongs to and the language it is written in. */
const ENTRY_TABLE: TableId[] = [];
const ENTRY_LANGUAGE: LexiconLanguage[] = [];
let tableCount = 0;

/** Languages whose word order is free enough that "wszystko straciłem" says "straciłem wszystko". */
const FREE_ORDER_LANGUAGES: ReadonlySet<LexiconLanguage> = new Set(['pl', 'ru']);
/** Words that bind to the word after them, so a pair with one of them is never turned round. */
const FIXED_ORDER_WORDS = new Set(['nie', 'не', 'ni', 'ни', 'bez', 'без', 'za', 'за', 'na', 'на', 'do', 'до', 'od', 'от', 'po', 'по', 'w', 'в', 'z', 'с', 'i', 'и', 'a', 'а', 'o', 'о']);

/**
 * A two-word Polish or Russian entry also matches with its words the other way round
 * ("проиграл все" / "все проиграл"), unless one of them is a negation or a preposition.
 */
function reversedTwin(entry: CompiledEntry, language: LexiconLanguage): CompiledEntry | undefined {
	if (!FREE_ORDER_LANGUAGES.has(language) || entry.words.length !== 2) return undefined;
	if (entry.words.some((word) => FIXED_ORDER_WORDS.has(word.text))) return undefined;
	return { source: entry.source, words: [entry.words[1], entry.words[0]], strong: entry.strong };
}

function compileTable(table: LexiconTable): TableId {
	const id = tableCount++;
	for (const language of LEXICON_LANGUAGES) {
		for (const written of table[language]) {
			const compiled = compileEntry(written);
			for (const each of [compiled, reversedTwin(compiled, language)]) {
				if (!each) continue;
				const entry = LEXICON.add(each);
				ENTRY_TABLE[entry] = id;
				ENTRY_LANGUAGE[entry] = language;
			}
		}
	}
	return id;
}

const SCORED_CATEGORIES = Object.keys(CATEGORY_LEXICON) as ScoredCategory[];
const CATEGORY_TABLES = SCORED_CATEGORIES.map((category) => compileTable(CATEGORY_LEXICON[category]));
const MARKERS = [...RG_MARKERS, ...COMPLIANCE_MARKERS] as Marker[];
const MARKER_TABLES = MARKERS.map((marker) => compileTable(MARKER_LEXICON[marker]));
// Pair tables are shared between pairs (PEOPLE and LIVING_MONEY both pair with LOST_OR_HIDDEN): compile each once.
const PAIR_TABLE_IDS = new Map<LexiconTable, TableId>();
function pairTable(table: LexiconTable): TableId {
	let id = PAIR_TABLE_IDS.get(table);
	if (id === undefined) {
		id = compileTable(table);
		PAIR_TABLE_IDS.set(table, id);
	}
	return id;
}
const PAIRS = MARKER_PAIRS.map((pair) => ({ marker: pair.marker, first: pairTable(pair.first), second: pairTable(pair.second) }));
const PROBLEM_TABLE = compileTable(PROBLEM_CUES);
const QUESTION_TABLE = compileTable(QUESTION_CUES);
const CONTEXT_TABLE = compileTable(CONTEXT_CONNECTORS);
const CATEGORY_TABLE_SET = new Set(CATEGORY_TABLES);
const CUE_TABLES = CUE_GROUPS.map(({ group, cues, hints }) => ({ group, cues: compileTable(cues), hints: compileTable(hints) }));
const FIRST_PERSON_TABLE = compileTable(FIRST_PERSON);
const SUPPORT_TABLE = compileTable(SUPPORT_CONTEXT);
const DENIAL_TABLE = compileTable(DENIALS);
const LIMIT_TABLE = compileTable(LIMIT_WORDS);
const PLAY_MONEY_TABLE = compileTable(PLAY_MONEY);
const LIMIT_PERIOD_TABLE = compileTable(LIMIT_PERIOD);
const SELF_LIMIT_TABLE = compileTable(SELF_LIMIT);
const SITE_LIMIT_TABLE = compileTable(SITE_LIMIT_QUESTION);
const OTHER_LIMIT_TABLE = compileTable(OTHER_LIMIT);
const GENERIC_BREAK_TABLE = compileTable(GENERIC_BREAK);
const TECH_FAULT_TABLE = compileTable(TECH_FAULT);
/** Tables that only qualify a message (problem, question, first person, support topic, denial): no RG word among them. */
const SIGNAL_TABLES = new Set([PROBLEM_TABLE, QUESTION_TABLE, CONTEXT_TABLE, FIRST_PERSON_TABLE, SUPPORT_TABLE, DENIAL_TABLE, LIMIT_TABLE, PLAY_MONEY_TABLE, LIMIT_PERIOD_TABLE, SELF_LIMIT_TABLE, SITE_LIMIT_TABLE, OTHER_LIMIT_TABLE, TECH_FAULT_TABLE]);
const ENDINGS = Object.values(FIRST_PERSON_ENDINGS).flat();
/**
 * The responsible-gambling vocabulary (markers, pair tables, weak cues), for correcting typing
 * slips ("addicetd", "self exlusion"): recall first where a miss costs most. Category words are
 * not corrected: deposit and withdrawal words of one language can be one letter apart (wpłata,
 * wypłata), and a wrong topic costs more than a missed one.
 */
/**
 * Per message language: its own RG words and English ones (players borrow English). A word is
 * never corrected into another language's word ("wiser" is no slip for the Polish "wisz", owe).
 * A word any table knows (a topic word such as "rozłączyła", disconnected) is never corrected.
 */
const RG_SPELLERS = new Map<LexiconLanguage, Speller>(
	LEXICON_LANGUAGES.map((language) => {
		const vocabulary = new CompiledLexicon();
		for (const [entry, table] of ENTRY_TABLE.entries()) {
			const written = ENTRY_LANGUAGE[entry];
			if ((written === language || written === 'en') && !CATEGORY_TABLE_SET.has(table) && !SIGNAL_TABLES.has(table)) vocabulary.add(LEXICON.entries[entry]);
		}
		return [language, { known: LEXICON, corrections: (word: string) => vocabulary.corrections(word) }];
	}),
);
const RG_MARKER_SET = new Set<string>(RG_MARKERS);
/** Weight of each entry: longer phrases are stronger evidence than single stems. */
const ENTRY_WEIGHTS = LEXICON.entries.map((entry) => (1 + 0.5 * (entry.words.length - 1)) * (entry.strong ? 2 : 1));

/** The entries present in a text, grouped by table (each group in table order). */
function groupByTable(present: readonly number[]): Array<number[] | undefined> {
	const groups: Array<number[] | undefined> = new Array<number[] | undefined>(tableCount);
	for (const entry of present) (groups[ENTRY_TABLE[entry]] ??= []).push(entry);
	return groups;
}

/** On equal scores the more consequential category wins. */
const TIE_ORDER: readonly ScoredCategory[] = ['complaint', 'withdrawal', 'kyc', 'account_access', 'deposit', 'bonus', 'technical'];
const LONG_MESSAGE_WORDS = 70;
/** Weight of English entries inside a message in another language (players mix in English terms). */
const BORROWED_ENGLISH_WEIGHT = 0.5;
const ALL_LANGUAGE_WEIGHTS: Array<[LexiconLanguage, number]> = LEXICON_LANGUAGES.map((each) => [each, 1]);

function isLexiconLanguage(language: string): language is LexiconLanguage {
	return (LEXICON_LANGUAGES as readonly string[]).includes(language);
}

function languageWeights(language: string): Array<[LexiconLanguage, number]> {
	const code = language.toLowerCase().slice(0, 2);
	if (!isLexiconLanguage(code)) return ALL_LANGUAGE_WEIGHTS;
	return code === 'en' ? [['en', 1]] : [[code, 1], ['en', BORROWED_ENGLISH_WEIGHT]];
}

/**
 * Sum of the weights of a table's entries present in the text; an entry written in two languages
 * counts once. Entries in `discounted` (named only inside a circumstance) count CONTEXT_FACTOR.
 */
function tableScore(found: readonly number[] | undefined, weights: Array<[LexiconLanguage, number]>, discounted?: ReadonlySet<number>): number {
	if (!found) return 0;
	let seen: Set<string> | undefined;
	let score = 0;
	for (const [language, weight] of weights) {
		for (const entry of found) {
			if (ENTRY_LANGUAGE[entry] !== language) continue;
			const source = LEXICON.entries[entry].source;
			if (seen?.has(source)) continue;
			(seen ??= new Set()).add(source);
			score += ENTRY_WEIGHTS[entry] * weight * (discounted?.has(entry) ? CONTEXT_FACTOR : 1);
		}
	}
	return score;
}

/** Text positions inside a circumstance: the CONTEXT_WINDOW words after each connector found. */
function contextPositions(connectors: readonly number[] | undefined, starts: ReadonlyMap<number, number>): Set<number> {
	const positions = new Set<number>();
	for (const entry of connectors ?? []) {
		const after = (starts.get(entry) ?? 0) + LEXICON.entries[entry].words.length;
		for (let offset = 0; offset < CONTEXT_WINDOW; offset++) positions.add(after + offset);
	}
	return positions;
}

/**
 * The category entries named only inside a circumstance ("after my deposit", "during the free
 * spins"), when another category is named outside one: those count less, so the bonus, not the
 * deposit, is what "no bonus after my deposit" is about. With a single topic nothing changes.
 */
function circumstantialEntries(found: ReadonlyArray<number[] | undefined>, starts: ReadonlyMap<number, number>): Set<number> | undefined {
	const context = contextPositions(found[CONTEXT_TABLE], starts);
	if (context.size === 0) return undefined;
	const inside = new Set<number>();
	const outsideTables = new Set<number>();
	for (const table of CATEGORY_TABLES) {
		for (const entry of found[table] ?? []) {
			if (context.has(starts.get(entry) ?? -1)) inside.add(entry);
			else outsideTables.add(table);
		}
	}
	const discounted = new Set<number>();
	for (const entry of inside) {
		const table = ENTRY_TABLE[entry];
		if ([...outsideTables].some((other) => other !== table)) discounted.add(entry);
	}
	return discounted;
}

function hasAny(found: readonly number[] | undefined, languages: readonly LexiconLanguage[]): boolean {
	return found !== undefined && found.some((entry) => languages.includes(ENTRY_LANGUAGE[entry]));
}

/** Weight of the distinct entries of a table found in the text, in any language. */
function cueScore(found: readonly number[] | undefined, weight: number, seen: Set<string>): number {
	let score = 0;
	for (const entry of found ?? []) {
		// Folded words: "perdí" and "perdi=" written for two languages are one cue.
		const key = LEXICON.entries[entry].words.map((word) => word.text).join(' ');
		if (seen.has(key)) continue;
		seen.add(key);
		score += weight;
	}
	return score;
}

export interface WeakEvidence {
	/** Weighted sum over the groups (gambling a fixed GAMBLING_WEIGHT), minus support-context and denial penalties. */
	score: number;
	/** Groups with any evidence. */
	groups: EvidenceGroup[];
	firstPerson: boolean;
	/** Groups other than gambling with at least one full cue (hints alone do not count). */
	cueGroups: EvidenceGroup[];
	/** The RG marker the evidence raises, when it is enough. */
	marker?: RgMarker;
}

function speaksOfSelf(prepared: PreparedText, found: ReadonlyArray<number[] | undefined>): boolean {
	if (found[FIRST_PERSON_TABLE] !== undefined) return true;
	return prepared.words.some((variants) => variants[0].length > 4 && ENDINGS.some((ending) => variants[0].endsWith(ending)));
}

/**
 * The second RG layer (evidence.ts): cues from at least MIN_GROUPS groups, one of them a full cue
 * (or hints from HINT_ONLY_GROUPS groups), a score of at least MIN_SCORE, and a writer talking
 * about themselves. One group alone never fires.
 */
function weighEvidence(prepared: PreparedText, found: ReadonlyArray<number[] | undefined>): WeakEvidence {
	let score = 0;
	const groups: EvidenceGroup[] = [];
	const cueGroups: EvidenceGroup[] = [];
	for (const { group, cues, hints } of CUE_TABLES) {
		const seen = new Set<string>();
		const full = cueScore(found[cues], 1, seen);
		const raw = Math.min(GROUP_CAP, full + cueScore(found[hints], 0.5, seen));
		if (raw === 0) continue;
		groups.push(group);
		// Gambling is in most support messages: it counts as a group but adds a fixed small weight.
		score += group === 'gambling' ? GAMBLING_WEIGHT : raw;
		// Hints alone ("lost" and "money") never make a group strong.
		if (group !== 'gambling' && full >= GROUP_PRESENT) cueGroups.push(group);
	}
	const strong = cueGroups.length;
	if (found[SUPPORT_TABLE] !== undefined) score -= SUPPORT_PENALTY;
	score -= DENIAL_PENALTY * (found[DENIAL_TABLE]?.length ?? 0);
	if (groups.length < MIN_GROUPS || (strong === 0 && groups.length < HINT_ONLY_GROUPS) || score < MIN_SCORE) return { score, groups, cueGroups, firstPerson: false };
	const firstPerson = speaksOfSelf(prepared, found);
	return { score, groups, cueGroups, firstPerson, marker: firstPerson ? markerForEvidence(new Set(groups)) : undefined };
}

/**
 * A limit on the player's own money (lexicon.ts, LIMIT_WORDS): 'request' when the player asks it
 * for themselves or nothing says it is about something else; 'unclear' when it may still be one
 * (a limit next to a withdrawal, a bank or a bonus, without a question for information): the
 * assistant hands those off; 'none' otherwise, and for questions about the site's limits.
 */
function limitRequest(found: ReadonlyArray<number[] | undefined>, asks: boolean): 'request' | 'unclear' | 'none' {
	if (found[LIMIT_TABLE] === undefined) return 'none';
	const self = found[SELF_LIMIT_TABLE] !== undefined;
	// A period alone ("max 50 a week") needs the player to ask for it; the player's money alone does not.
	if (found[PLAY_MONEY_TABLE] === undefined) return self && found[LIMIT_PERIOD_TABLE] !== undefined ? 'request' : 'none';
	if (self) return 'request';
	if (found[SITE_LIMIT_TABLE] !== undefined) return 'none';
	if (found[OTHER_LIMIT_TABLE] === undefined) return 'request';
	// A question mark after a limit of something else ("withdrawal limit per week?") asks for information.
	return asks ? 'none' : 'unclear';
}

/** The weak-cue evidence of a message, for measurement and tuning (classifyMessage applies it). */
export function weakEvidence(text: string): WeakEvidence {
	const prepared = new PreparedText(text);
	return weighEvidence(prepared, groupByTable(prepared.match(LEXICON)));
}

export function classifyMessage(text: string, language: string): MessageClassification {
	// Words no entry knows are checked for one typing slip against the RG words of the message's language.
	const code = language.toLowerCase().slice(0, 2);
	// A language outside the six (or undetermined) is read with the English RG words.
	const prepared = new PreparedText(text, RG_SPELLERS.get(isLexiconLanguage(code) ? code : 'en'));
	const starts = new Map<number, number>();
	const found = groupByTable(prepared.match(LEXICON, starts));
	const weights = languageWeights(language);
	const languages = weights.map(([each]) => each);
	// Recall first: markers are looked up in every language, whatever the stated one.
	const markers = MARKERS.filter(
		(marker, index) =>
			found[MARKER_TABLES[index]] !== undefined ||
			PAIRS.some((pair) => pair.marker === marker && found[pair.first] !== undefined && found[pair.second] !== undefined),
	);
	const limit = limitRequest(found, text.includes('?'));
	if (limit === 'request' && !markers.includes('limit_request')) markers.push('limit_request');
	// "I need a break" asks for a cooling-off period, unless the break is from a technical fault.
	const faultBreak = found[GENERIC_BREAK_TABLE] !== undefined && found[TECH_FAULT_TABLE] !== undefined;
	if (found[GENERIC_BREAK_TABLE] !== undefined && !faultBreak && !markers.includes('cooling_off')) markers.push('cooling_off');
	// Phrasing the lexicon does not list: weigh the weak cues (their groups also go to rgCues).
	const evidence = weighEvidence(prepared, found);
	if (evidence.marker !== undefined && !markers.some((marker) => RG_MARKER_SET.has(marker))) markers.unshift(evidence.marker);
	// Below the marker threshold, any full cue that the support-context and denial penalties leave standing.
	const hinted = evidence.groups.filter((group) => group !== 'gambling');
	const weak = evidence.score < GROUP_PRESENT ? [] : evidence.cueGroups.length > 0 ? evidence.cueGroups : hinted.length >= 2 ? hinted.map((group) => `${group}~`) : [];
	const rgCues: string[] = [...weak, ...(limit === 'unclear' ? ['limit'] : []), ...(faultBreak ? ['break'] : [])];
	const rgMarkers = markers.filter((marker) => RG_MARKER_SET.has(marker));
	const complianceMarkers = markers.filter((marker) => !RG_MARKER_SET.has(marker));

	const discounted = circumstantialEntries(found, starts);
	const ranked = SCORED_CATEGORIES.map((category, index) => ({
		category,
		score: tableScore(found[CATEGORY_TABLES[index]], weights, discounted),
	}))
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.category) - TIE_ORDER.indexOf(b.category));
	const top = ranked[0];
	const runnerUp = ranked[1];

	const hasProblem = hasAny(found[PROBLEM_TABLE], languages);
	const isQuestion = text.includes('?') || hasAny(found[QUESTION_TABLE], languages);

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
	return { category, complexity, priority, markers, tags, confidence: Math.round(confidence * 100) / 100, rgCues };
}

function priorityFor(category: ScoredCategory, hasProblem: boolean, isQuestion: boolean): Priority {
	if (category === 'complaint') return 'high';
	if (hasProblem && (category === 'withdrawal' || category === 'account_access' || category === 'deposit')) return 'high';
	if (hasProblem) return 'normal';
	return isQuestion ? 'low' : 'normal';
}
