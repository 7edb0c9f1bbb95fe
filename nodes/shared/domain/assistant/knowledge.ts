/**
 * The knowledge base: answer templates per intent and language, compiled once per execution.
 * Templates may quote CRM facts as {{balance}}, {{currency}}, {{kycStatus}},
 * {{pendingWithdrawal}} and {{playerName}}; an answer is only used when the ticket carries
 * every fact it quotes, so a player never reads an empty or broken sentence.
 */
import { DomainError } from '../errors';
import type { Ticket } from '../ticket';
import { KYC_STATUS_LABELS, SHIPPED_ANSWERS, type AnswerEntry } from './answers';
import { INTENTS } from './lexicon';

export const FACTS = ['balance', 'currency', 'kycStatus', 'pendingWithdrawal', 'playerName'] as const;
export type Fact = (typeof FACTS)[number];

type Part = { text: string } | { fact: Fact };

export interface Template {
	intent: string;
	language: string;
	parts: Part[];
	facts: Fact[];
}

export interface KnowledgeBase {
	/** Templates per `${intent}:${language}`, in preference order. */
	answers: Map<string, Template[]>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const LANGUAGE_CODE = /^[a-z]{2}$/;

function isFact(name: string): name is Fact {
	return (FACTS as readonly string[]).includes(name);
}

export function compileTemplate(entry: AnswerEntry, field: string): Template {
	const intent = typeof entry.intent === 'string' ? entry.intent.trim() : '';
	const language = typeof entry.language === 'string' ? entry.language.trim().toLowerCase() : '';
	if (!intent) throw new DomainError('An answer has no intent', { field: `${field}.intent`, hint: `Use one of ${INTENTS.join(', ')} or your own intent name.` });
	if (!LANGUAGE_CODE.test(language)) {
		throw new DomainError(`Answer for '${intent}' has an invalid language '${String(entry.language)}'`, {
			field: `${field}.language`,
			hint: 'Use a two-letter ISO 639-1 code such as en, it, pl, ru, he or es.',
		});
	}
	if (typeof entry.text !== 'string' || entry.text.trim() === '') {
		throw new DomainError(`Answer for '${intent}' in '${language}' is empty`, { field: `${field}.text`, hint: 'Write the reply the player should read, or remove the entry.' });
	}
	const parts: Part[] = [];
	const facts: Fact[] = [];
	let last = 0;
	for (const match of entry.text.matchAll(PLACEHOLDER)) {
		const name = match[1];
		if (!isFact(name)) {
			throw new DomainError(`Answer for '${intent}' in '${language}' quotes an unknown fact '{{${name}}}'`, {
				field: `${field}.text`,
				hint: `Facts that can be quoted: ${FACTS.map((fact) => `{{${fact}}}`).join(', ')}.`,
			});
		}
		if (match.index > last) parts.push({ text: entry.text.slice(last, match.index) });
		parts.push({ fact: name });
		if (!facts.includes(name)) facts.push(name);
		last = match.index + match[0].length;
	}
	if (last < entry.text.length) parts.push({ text: entry.text.slice(last) });
	return { intent, language, parts, facts };
}

export interface KnowledgeBaseSources {
	/** Answers written in the node panel, first in preference. */
	panel?: readonly AnswerEntry[];
	/** Answers given as JSON (see docs/assistant.md for the schema). */
	json?: unknown;
	/** Whether the shipped answers fill in where the admin wrote none for an intent and language. */
	useShipped: boolean;
}

function parseJson(text: string): { value?: unknown; problem?: string } {
	try {
		return { value: JSON.parse(text) as unknown };
	} catch (error) {
		return { problem: (error as Error).message };
	}
}

/** Accepts `[{intent, language, text}]` or `{ "answers": [...] }`; `answer` is read as `text` too. */
export function parseAnswersJson(value: unknown): AnswerEntry[] {
	let parsed = value;
	if (typeof parsed === 'string') {
		if (parsed.trim() === '') return [];
		const { value: json, problem } = parseJson(parsed);
		if (problem !== undefined) {
			throw new DomainError(`Answers JSON is not valid JSON: ${problem}`, {
				field: 'options.answersJson',
				hint: 'Give an array of {"intent", "language", "text"} objects, or {"answers": [...]}.',
			});
		}
		parsed = json;
	}
	if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'answers' in parsed) {
		parsed = (parsed as { answers: unknown }).answers;
	}
	if (!Array.isArray(parsed)) {
		throw new DomainError('Answers JSON must be an array of answers or an object with an "answers" array', {
			field: 'options.answersJson',
			hint: 'Example: [{"intent": "password_reset", "language": "en", "text": "..."}]',
		});
	}
	return parsed.map((raw, index) => {
		if (!raw || typeof raw !== 'object') {
			throw new DomainError(`Answer ${index} in the JSON is not an object`, { field: `options.answersJson[${index}]`, hint: 'Each answer is {"intent", "language", "text"}.' });
		}
		const record = raw as Record<string, unknown>;
		return { intent: record.intent as string, language: record.language as string, text: (record.text ?? record.answer) as string };
	});
}

export function compileKnowledgeBase(sources: KnowledgeBaseSources): KnowledgeBase {
	const own: Template[] = [
		...(sources.panel ?? []).map((entry, index) => compileTemplate(entry, `customAnswers.answers[${index}]`)),
		...parseAnswersJson(sources.json ?? []).map((entry, index) => compileTemplate(entry, `options.answersJson[${index}]`)),
	];
	const answers = new Map<string, Template[]>();
	for (const template of own) add(answers, template);
	if (sources.useShipped) {
		// Shipped answers only fill in where the admin wrote none for that intent and language.
		const written = new Set(answers.keys());
		for (const entry of SHIPPED_ANSWERS) {
			const key = `${entry.intent}:${entry.language}`;
			if (!written.has(key)) add(answers, compileTemplate(entry, 'shipped'));
		}
	}
	return { answers };
}

function add(answers: Map<string, Template[]>, template: Template): void {
	const key = `${template.intent}:${template.language}`;
	const list = answers.get(key);
	if (list) list.push(template);
	else answers.set(key, [template]);
}

export type FactValues = Partial<Record<Fact, string>>;

function formatAmount(amount: number, language: string): string {
	try {
		return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
	} catch {
		return amount.toFixed(2);
	}
}

function nonEmpty(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

/** The facts a ticket carries, formatted for a reader of `language`. Missing facts are absent. */
export function ticketFacts(ticket: Ticket, language: string): FactValues {
	const facts: FactValues = {};
	if (nonEmpty(ticket.player?.name)) facts.playerName = ticket.player.name.trim();
	const crm = ticket.crm;
	if (!crm || typeof crm !== 'object') return facts;
	if (typeof crm.balance === 'number' && Number.isFinite(crm.balance)) facts.balance = formatAmount(crm.balance, language);
	if (nonEmpty(crm.currency)) facts.currency = crm.currency.trim();
	if (nonEmpty(crm.kycStatus)) {
		const status = crm.kycStatus.trim();
		facts.kycStatus = KYC_STATUS_LABELS[status.toLowerCase()]?.[language] ?? status;
	}
	const pending = crm.pendingWithdrawal as unknown;
	const amount = typeof pending === 'number' ? pending : (pending as { amount?: unknown } | null)?.amount;
	if (typeof amount === 'number' && Number.isFinite(amount) && amount > 0) {
		const currency = (pending as { currency?: unknown } | null)?.currency ?? crm.currency;
		facts.pendingWithdrawal = `${formatAmount(amount, language)}${nonEmpty(currency) ? ` ${currency.trim()}` : ''}`;
	}
	return facts;
}

/** The first template for the pair whose facts are all known, filled in; null when none is. */
export function renderAnswer(kb: KnowledgeBase, intent: string, language: string, facts: FactValues): string | null {
	for (const template of kb.answers.get(`${intent}:${language}`) ?? []) {
		if (!template.facts.every((fact) => facts[fact] !== undefined)) continue;
		return template.parts.map((part) => ('text' in part ? part.text : facts[part.fact])).join('');
	}
	return null;
}

/** Whether the knowledge base has any answer (with or without facts) for the pair. */
export function hasAnswer(kb: KnowledgeBase, intent: string, language: string): boolean {
	return kb.answers.has(`${intent}:${language}`);
}
