/**
 * Intent recognition: weighted evidence from per-language lexicons, scored per intent, with
 * the margin between the two best intents in the confidence. A typical question names its
 * topic (core evidence) and usually says something about it (cues); a message that names two
 * topics, or negates the one it names, is less certain and says so through its confidence.
 */
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../classify/lexicon';
import { CompiledLexicon, compileEntry, PreparedText, variantMatches, type CompiledEntry } from '../classify/match';
import { CONTEXT_CONNECTORS, CONTEXT_FACTOR, CONTEXT_WINDOW, PROBLEM_CUES, QUESTION_CUES } from '../classify/signals';
import { ADDITIVE_MARKERS, COMPLAINT_CUES, HUMAN_REQUEST, INTENT_LEXICON, INTENTS, NEGATORS, UNANSWERED_TOPICS, type Intent } from './lexicon';
import { CONCEPT_LEXICON, CONCEPTS, PAYMENT_BRANDS, SITUATION_WINDOW, SITUATIONS, type Concept } from './situations';

export interface IntentScore {
	intent: Intent;
	score: number;
}

export interface Recognition {
	/** Best intent, or null when no typical topic is named. */
	intent: Intent | null;
	/** 0..1: strength of the evidence times its separation from the runner-up. */
	confidence: number;
	/** Every intent with evidence, best first. */
	scores: IntentScore[];
	/** The player asks for a person. */
	humanRequested: boolean;
	/** Complaint or dispute cues found (accusations, refund demands, formal disputes). */
	complaintCues: string[];
}

type EvidenceKind = 'core' | 'cue' | 'human' | 'complaint' | 'additive' | 'signal' | 'context' | 'unanswered';

interface Pattern {
	entry: CompiledEntry;
	language: LexiconLanguage;
	kind: EvidenceKind;
	intent?: Intent;
	/** Identifies the entry across languages, so one word is counted once per intent. */
	key: string;
}

const CORE_WEIGHT = 2;
const STRONG_CORE_WEIGHT = 3.5;
const CUE_WEIGHT = 1;
const EXTRA_WORD_BONUS = 0.5;
/** Cues only support a topic; a long e-mail full of them must not outweigh a clear topic. */
const MAX_CUE_SCORE = 3;
const NEGATED_FACTOR = 0.5;
/** Weight of English entries inside a message in another language (players borrow terms). */
const BORROWED_ENGLISH_WEIGHT = 0.6;
/** Weight of the other languages' entries (a mis-detected language still finds its topic). */
const OTHER_LANGUAGE_WEIGHT = 0.4;
const MIN_FOREIGN_ENTRY_LENGTH = 5;
/** Confidence factor when the message joins issues with "also", "a do tego", "además". */
const ADDITIVE_FACTOR = 0.8;
/** Evidence scale: a core word alone gives ~0.55, a core word with one cue ~0.70. */
const STRENGTH_SCALE = 2.5;
/**
 * A message that asks something or reports a problem (a question mark, "how", "still", "not
 * received", "nie doszło" …: the classifier's question and problem cues) says something about its
 * topic even when no intent's own cue is there: one cue's weight for the leading topic.
 */
const SIGNAL_WEIGHT = 1;
/** A situation (situations.ts) weighs like a core word of the message's language. */
const SITUATION_WEIGHT = CORE_WEIGHT;
/** Messages this short that consist of an operator word ("agent", "operatore") ask for a person. */
const SHORT_MESSAGE_WORDS = 4;

function buildPatterns(): Pattern[] {
	const patterns: Pattern[] = [];
	for (const language of LEXICON_LANGUAGES) {
		for (const intent of INTENTS) {
			const evidence = INTENT_LEXICON[intent][language];
			for (const written of evidence.core) {
				patterns.push({ entry: compileEntry(written), language, kind: 'core', intent, key: `${intent}:${written}` });
			}
			for (const written of evidence.cue) {
				patterns.push({ entry: compileEntry(written), language, kind: 'cue', intent, key: `${intent}:${written}` });
			}
		}
		for (const written of HUMAN_REQUEST[language]) {
			patterns.push({ entry: compileEntry(written), language, kind: 'human', key: `human:${written}` });
		}
		for (const written of COMPLAINT_CUES[language]) {
			patterns.push({ entry: compileEntry(written), language, kind: 'complaint', key: `complaint:${written}` });
		}
		for (const written of ADDITIVE_MARKERS[language]) {
			patterns.push({ entry: compileEntry(written), language, kind: 'additive', key: `additive:${written}` });
		}
		for (const written of [...PROBLEM_CUES[language], ...QUESTION_CUES[language]]) {
			patterns.push({ entry: compileEntry(written), language, kind: 'signal', key: `signal:${written}` });
		}
		for (const written of CONTEXT_CONNECTORS[language]) {
			patterns.push({ entry: compileEntry(written), language, kind: 'context', key: `context:${written}` });
		}
		for (const written of UNANSWERED_TOPICS[language]) {
			patterns.push({ entry: compileEntry(written), language, kind: 'unanswered', key: `unanswered:${written}` });
		}
	}
	return patterns.filter((pattern) => pattern.entry.words.length > 0);
}

const PATTERNS = buildPatterns();

interface ConceptEntry {
	concept: Concept;
	language: LexiconLanguage;
	/** A brand name, the same in every language (counts fully whatever the message's language). */
	universal: boolean;
	source: string;
}

/** The concepts of situations.ts in one compiled lexicon (a trie: one pass over the text finds them all). */
function buildConcepts(): { lexicon: CompiledLexicon; entries: ConceptEntry[] } {
	const lexicon = new CompiledLexicon();
	const entries: ConceptEntry[] = [];
	const add = (written: string, concept: Concept, language: LexiconLanguage, universal: boolean): void => {
		const entry = compileEntry(written);
		if (entry.words.length === 0) return;
		lexicon.add(entry);
		entries.push({ concept, language, universal, source: entry.source });
	};
	for (const language of LEXICON_LANGUAGES) for (const concept of CONCEPTS) for (const written of CONCEPT_LEXICON[concept][language]) add(written, concept, language, false);
	for (const written of PAYMENT_BRANDS) add(written, 'method', 'en', true);
	return { lexicon, entries };
}

const CONCEPT_INDEX = buildConcepts();

/**
 * All patterns indexed by the first two letters of their first word (one letter for one-letter
 * words), so a text word meets only the few patterns that can start there. Scripts and
 * spellings keep the languages' keys mostly apart; the language weight is applied on a hit.
 */
type PatternIndex = Map<string, Pattern[]>;

function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
	const index: PatternIndex = new Map();
	for (const pattern of patterns) {
		const key = pattern.entry.words[0].text.slice(0, 2);
		const bucket = index.get(key);
		if (bucket) bucket.push(pattern);
		else index.set(key, [pattern]);
	}
	return index;
}

/** Kinds that only qualify a topic already named: looked for only when a topic was found. */
const QUALIFIER_KINDS: ReadonlySet<EvidenceKind> = new Set(['signal', 'context', 'unanswered']);
const INDEX = indexPatterns(PATTERNS.filter((pattern) => !QUALIFIER_KINDS.has(pattern.kind)));
const QUALIFIER_INDEX = indexPatterns(PATTERNS.filter((pattern) => QUALIFIER_KINDS.has(pattern.kind)));

/** Negation words of all six languages in one set (they barely collide across languages). */
const NEGATOR_WORDS = new Set(LEXICON_LANGUAGES.flatMap((language) => NEGATORS[language].map((word) => compileEntry(word).words[0]?.text)));

function isLexiconLanguage(language: string): language is LexiconLanguage {
	return (LEXICON_LANGUAGES as readonly string[]).includes(language);
}

function weightsFor(code: LexiconLanguage): Map<LexiconLanguage, number> {
	// Short messages are often detected as a neighbouring language ("como deposito" as Italian),
	// so the other lexicons count too, for less.
	const weights = new Map<LexiconLanguage, number>(LEXICON_LANGUAGES.map((each) => [each, OTHER_LANGUAGE_WEIGHT]));
	weights.set('en', BORROWED_ENGLISH_WEIGHT);
	weights.set(code, 1);
	return weights;
}

/** Language weights per message language, built once; an unknown language reads all lexicons fully. */
const WEIGHTS = new Map(LEXICON_LANGUAGES.map((code) => [code, weightsFor(code)]));
const UNKNOWN_LANGUAGE_WEIGHTS = new Map<LexiconLanguage, number>(LEXICON_LANGUAGES.map((each) => [each, 1]));

function languageWeights(language: string): Map<LexiconLanguage, number> {
	const code = language.toLowerCase().slice(0, 2);
	return isLexiconLanguage(code) ? (WEIGHTS.get(code) as Map<LexiconLanguage, number>) : UNKNOWN_LANGUAGE_WEIGHTS;
}

function wordMatches(variants: string[], word: CompiledEntry['words'][number]): boolean {
	for (const variant of variants) {
		if (variantMatches(variant, word)) return true;
	}
	return false;
}

function matchesAt(words: string[][], start: number, entry: CompiledEntry): boolean {
	const needed = entry.words;
	if (start + needed.length > words.length) return false;
	for (let offset = 0; offset < needed.length; offset++) {
		if (!wordMatches(words[start + offset], needed[offset])) return false;
	}
	return true;
}

interface Hit {
	pattern: Pattern;
	position: number;
}

interface WeightedHit extends Hit {
	weight: number;
}

/** Every pattern found in the text, once each, at its first position. */
function findHits(text: PreparedText, index: PatternIndex): Hit[] {
	const hits: Hit[] = [];
	const seen = new Set<Pattern>();
	const words = text.words;
	for (let position = 0; position < words.length; position++) {
		for (const variant of words[position]) {
			collect(index.get(variant.slice(0, 2)), words, position, seen, hits);
			if (variant.length > 1) collect(index.get(variant.charAt(0)), words, position, seen, hits);
		}
	}
	return hits;
}

function collect(bucket: Pattern[] | undefined, words: string[][], position: number, seen: Set<Pattern>, hits: Hit[]): void {
	if (!bucket) return;
	for (const pattern of bucket) {
		if (seen.has(pattern) || !matchesAt(words, position, pattern.entry)) continue;
		seen.add(pattern);
		hits.push({ pattern, position });
	}
}

function isNegated(text: PreparedText, position: number): boolean {
	for (let back = 1; back <= 2 && position - back >= 0; back++) {
		if (NEGATOR_WORDS.has(text.words[position - back][0])) return true;
	}
	return false;
}

function patternWeight(pattern: Pattern): number {
	const extraWords = pattern.entry.words.length - 1;
	const base = pattern.kind === 'core' ? (pattern.entry.strong ? STRONG_CORE_WEIGHT : CORE_WEIGHT) : CUE_WEIGHT;
	return base + EXTRA_WORD_BONUS * extraWords;
}

export function recognizeIntent(text: string, language: string): Recognition {
	const prepared = new PreparedText(text);
	const weights = languageWeights(language);
	const found = findHits(prepared, INDEX);
	const situations = findSituations(prepared, language);
	const hits = situations.size > 0 || found.some((hit) => hit.pattern.kind === 'core') ? [...found, ...findHits(prepared, QUALIFIER_INDEX)] : found;

	const core = new Map<Intent, number>();
	const cue = new Map<Intent, number>();
	let humanRequested = false;
	const complaintCues: string[] = [];
	let additive = false;
	// A situation is a reported problem or a request in itself ("the link never comes", "won't let me in").
	let signal = situations.size > 0 || text.includes('?');
	const topical: WeightedHit[] = [];
	/** Positions inside a circumstance ("after my deposit", "during the free spins"). */
	const context = new Set<number>();
	/** Positions inside a topic the answers do not cover ("verification code"). */
	const unanswered = new Set<number>();
	const code = language.toLowerCase().slice(0, 2);
	for (const hit of hits) {
		const { pattern } = hit;
		const ownOrEnglish = pattern.language === code || pattern.language === 'en' || !isLexiconLanguage(code);
		if (pattern.kind === 'context') {
			if (!ownOrEnglish) continue;
			const after = hit.position + pattern.entry.words.length;
			for (let offset = 0; offset < CONTEXT_WINDOW; offset++) context.add(after + offset);
		} else if (pattern.kind === 'unanswered') {
			for (let offset = 0; offset < pattern.entry.words.length; offset++) unanswered.add(hit.position + offset);
		} else if (pattern.kind === 'human') {
			// A bare operator word ("agent") only asks for a person in a very short message.
			if (pattern.entry.strong || prepared.wordCount <= SHORT_MESSAGE_WORDS) humanRequested = true;
		} else if (pattern.kind === 'complaint') {
			complaintCues.push(pattern.entry.source);
		} else if (pattern.kind === 'additive') {
			if (pattern.language === code || !isLexiconLanguage(code)) additive = true;
		} else if (pattern.kind === 'signal') {
			if (ownOrEnglish) signal = true;
		} else {
			const languageWeight = weights.get(pattern.language) ?? 0;
			// Short words are where languages collide (Spanish "nie" is Polish "no"): a language
			// other than the message's and English lends only its longer words.
			if (languageWeight === OTHER_LANGUAGE_WEIGHT && pattern.entry.source.length < MIN_FOREIGN_ENTRY_LENGTH) continue;
			topical.push({ pattern, position: hit.position, weight: patternWeight(pattern) * languageWeight });
		}
	}

	// Longest match wins across intents: a word inside a phrase of one intent ("before I can
	// withdraw" about a bonus) is not also a single-word topic of another.
	const phraseIntents = new Map<number, Set<Intent>>();
	for (const { pattern, position } of topical) {
		if (pattern.entry.words.length < 2) continue;
		for (let offset = 0; offset < pattern.entry.words.length; offset++) {
			const covered = phraseIntents.get(position + offset) ?? new Set<Intent>();
			covered.add(pattern.intent as Intent);
			phraseIntents.set(position + offset, covered);
		}
	}
	// A topic named only inside a circumstance counts less when another topic is named outside one:
	// "no bonus after my deposit" is about the bonus (as in the classifier, classify/signals.ts).
	const namedOutside = new Set<Intent>();
	for (const { pattern, position } of topical) if (pattern.kind === 'core' && !context.has(position)) namedOutside.add(pattern.intent as Intent);
	const circumstantial = (intent: Intent, position: number): boolean => context.has(position) && [...namedOutside].some((other) => other !== intent);
	// The same written entry in two languages counts once, at its higher weight.
	topical.sort((a, b) => b.weight - a.weight);
	const counted = new Set<string>();
	for (const { pattern, position, weight: base } of topical) {
		if (counted.has(pattern.key)) continue;
		counted.add(pattern.key);
		const intent = pattern.intent as Intent;
		const single = pattern.entry.words.length === 1;
		const covered = phraseIntents.get(position);
		if (single && ((covered && !covered.has(intent)) || unanswered.has(position))) continue;
		const negated = single && isNegated(prepared, position) ? NEGATED_FACTOR : 1;
		const weight = base * negated * (circumstantial(intent, position) ? CONTEXT_FACTOR : 1);
		const table = pattern.kind === 'core' ? core : cue;
		table.set(intent, (table.get(intent) ?? 0) + weight);
	}

	// A situation stands in for a topic word the player did not write: it counts only for an intent
	// no topic word names (an e-mail that names the deposit and tells the story is not two deposits).
	for (const [intent, weight] of situations) if (!core.has(intent)) core.set(intent, weight);

	const scores: IntentScore[] = [...core.entries()]
		.map(([intent, coreScore]) => ({ intent, score: round(coreScore + Math.min(MAX_CUE_SCORE, cue.get(intent) ?? 0)) }))
		.sort((a, b) => b.score - a.score || INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent));
	const best = scores[0];
	if (!best) return { intent: null, confidence: 0, scores, humanRequested, complaintCues };
	// A question or a problem makes the leading topic's evidence stronger; it does not say which
	// topic it is about, so the separation from the rivals is measured without it.
	const signalled = signal ? Math.max(0, Math.min(SIGNAL_WEIGHT, MAX_CUE_SCORE - (cue.get(best.intent) ?? 0))) : 0;
	// Rival evidence: the runner-up, plus half of the third (a message naming three topics is mixed).
	const rivals = (scores[1]?.score ?? 0) + 0.5 * (scores[2]?.score ?? 0);
	const strength = 1 - Math.exp(-(best.score + signalled) / STRENGTH_SCALE);
	const separation = 0.4 + (0.6 * Math.max(0, best.score - rivals)) / best.score;
	const mixing = additive ? ADDITIVE_FACTOR : 1;
	return { intent: best.intent, confidence: round(strength * separation * mixing), scores, humanRequested, complaintCues };
}

/**
 * The situations (situations.ts) the concept hits make up, with their weight per intent: all of a
 * situation's concepts within SITUATION_WINDOW words, none of its `unless` concepts anywhere. A
 * concept counts from the message's language, English, brand names, and the longer entries of the
 * other languages (as topic words do); the situation weighs SITUATION_WEIGHT times the weakest
 * language weight among its concepts. One situation per intent counts (the strongest).
 */
function findSituations(text: PreparedText, language: string): Map<Intent, number> {
	const weights = languageWeights(language);
	const concepts = new Map<Concept, Array<{ position: number; weight: number }>>();
	const starts = new Map<number, number>();
	for (const index of text.match(CONCEPT_INDEX.lexicon, starts)) {
		const entry = CONCEPT_INDEX.entries[index];
		const weight = entry.universal ? 1 : (weights.get(entry.language) ?? 0);
		if (weight === OTHER_LANGUAGE_WEIGHT && entry.source.length < MIN_FOREIGN_ENTRY_LENGTH) continue;
		const occurrence = { position: starts.get(index) ?? 0, weight };
		const list = concepts.get(entry.concept);
		if (list) list.push(occurrence);
		else concepts.set(entry.concept, [occurrence]);
	}
	const found = new Map<Intent, number>();
	if (concepts.size < 2) return found;
	for (const situation of SITUATIONS) {
		if (!situation.all.every((concept) => concepts.has(concept))) continue;
		if (situation.unless?.some((concept) => concepts.has(concept))) continue;
		const weight = situationWeight(situation.all.map((concept) => concepts.get(concept) as Array<{ position: number; weight: number }>));
		if (weight > (found.get(situation.intent) ?? 0)) found.set(situation.intent, weight);
	}
	return found;
}

/** The best weight of one occurrence of every concept within the window, or 0 when none fits. */
function situationWeight(occurrences: ReadonlyArray<ReadonlyArray<{ position: number; weight: number }>>): number {
	let best = 0;
	for (const anchor of occurrences.flat()) {
		let weakest = anchor.weight;
		for (const list of occurrences) {
			let strongest = 0;
			for (const each of list) {
				if (each.position >= anchor.position && each.position - anchor.position <= SITUATION_WINDOW) strongest = Math.max(strongest, each.weight);
			}
			weakest = Math.min(weakest, strongest);
		}
		best = Math.max(best, weakest);
	}
	return SITUATION_WEIGHT * best;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
