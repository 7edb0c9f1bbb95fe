/**
 * The ticket: the one public contract between the nodes of this pack and the systems around
 * them (helpdesks, BI, the chat widget). Field names are documented in the README; add fields
 * freely, never rename or drop one.
 */

import { DELIVERY_STATES, MESSAGE_AUTHORS, type TicketMessage } from './conversation/messages';

export const TICKET_SCHEMA_VERSION = 1;

export const CHANNELS = ['chat', 'email', 'phone', 'telegram', 'whatsapp', 'viber', 'web_form'] as const;
export const CATEGORIES = [
	'technical',
	'account_access',
	'deposit',
	'withdrawal',
	'bonus',
	'kyc',
	'complaint',
	'responsible_gambling',
	'other',
] as const;
export const COMPLEXITIES = ['simple', 'complex'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const STATUSES = ['new', 'open', 'pending', 'escalated', 'resolved', 'closed'] as const;
export const SLA_METRIC_STATES = ['running', 'paused', 'achieved', 'breached'] as const;
export const RESOLVERS = ['bot', 'agent'] as const;

export type Channel = (typeof CHANNELS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Complexity = (typeof COMPLEXITIES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type TicketStatus = (typeof STATUSES)[number];
export type SlaMetricState = (typeof SLA_METRIC_STATES)[number];

export interface PlayerRef {
	id?: string;
	email?: string;
	phone?: string;
	telegramId?: string;
	whatsappId?: string;
	viberId?: string;
	name?: string;
	[extra: string]: unknown;
}

export interface SlaMetric {
	dueAt: string;
	state: SlaMetricState;
	startedAt?: string;
	achievedAt?: string;
	breachedAt?: string;
	pausedAt?: string;
	pausedMinutes?: number;
	[extra: string]: unknown;
}

export interface TicketSla {
	policy: string;
	calendar: string;
	metrics: Record<string, SlaMetric>;
	[extra: string]: unknown;
}

export interface TicketCrm {
	balance: number | null;
	currency: string | null;
	accountStatus: string | null;
	vipTier: string | null;
	kycStatus: string | null;
	selfExcluded: boolean;
	rgFlags: string[];
	fetchedAt: string;
	[extra: string]: unknown;
}

export interface TicketRouting {
	queue: string;
	level: string;
	assignee?: string;
	rule: string;
	reason: string;
	[extra: string]: unknown;
}

export interface TicketCsat {
	score: number;
	comment?: string;
	at: string;
}

export interface HistoryEntry {
	at: string;
	event: string;
	detail?: unknown;
}

export interface Ticket {
	schemaVersion: number;
	id: string;
	channel: Channel;
	externalId: string;
	threadKey: string;
	player: PlayerRef;
	subject?: string;
	/** E-mail: the ticket the player answered (the reference in our reply's subject). */
	referencedTicketId?: string;
	body: string;
	language: string;
	category: Category;
	complexity: Complexity;
	priority: Priority;
	tags: string[];
	status: TicketStatus;
	createdAt: string;
	updatedAt: string;
	sla?: TicketSla;
	crm?: TicketCrm;
	routing?: TicketRouting;
	csat?: TicketCsat;
	resolvedBy?: (typeof RESOLVERS)[number];
	resolvedAt?: string;
	reopenCount?: number;
	/** The conversation: player, bot and agent messages in order (see conversation/messages.ts). */
	messages?: TicketMessage[];
	/** The thread's earlier ticket, when a message came after it was closed or past the reopen window. */
	previousTicketId?: string;
	history: HistoryEntry[];
	[extra: string]: unknown;
}

export interface FieldProblem {
	/** Dotted path from the ticket root, e.g. `sla.metrics.firstResponse.dueAt`. */
	field: string;
	message: string;
}

/** Thrown when a value does not satisfy the ticket contract; names the first wrong field. */
export class TicketValidationError extends Error {
	readonly problems: FieldProblem[];

	constructor(problems: FieldProblem[], prefix = 'ticket') {
		const first = problems[0];
		const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
		super(`Invalid field '${prefix}.${first.field}': ${first.message}${more}`);
		this.name = 'TicketValidationError';
		this.problems = problems;
	}
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]00:00)$/;
const LANGUAGE_CODE = /^([a-z]{2}|und)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing (the field is missing)';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
	return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

class Checker {
	readonly problems: FieldProblem[] = [];

	fail(field: string, expected: string, got: unknown) {
		this.problems.push({ field, message: `expected ${expected}, got ${describe(got)}` });
	}

	string(obj: Record<string, unknown>, key: string, path: string, optional = false, nonEmpty = false) {
		const value = obj[key];
		if (value === undefined && optional) return;
		if (typeof value !== 'string' || (nonEmpty && value.trim() === '')) {
			this.fail(path, nonEmpty ? 'a non-empty string' : 'a string', value);
		}
	}

	oneOf(obj: Record<string, unknown>, key: string, path: string, allowed: readonly string[], optional = false) {
		const value = obj[key];
		if (value === undefined && optional) return;
		if (typeof value !== 'string' || !allowed.includes(value)) {
			this.fail(path, `one of ${allowed.join(' | ')}`, value);
		}
	}

	timestamp(obj: Record<string, unknown>, key: string, path: string, optional = false) {
		const value = obj[key];
		if (value === undefined && optional) return;
		if (typeof value !== 'string' || !ISO_UTC.test(value) || Number.isNaN(Date.parse(value))) {
			this.fail(path, 'an ISO-8601 UTC timestamp such as 2026-01-31T12:00:00.000Z', value);
		}
	}

	stringArray(obj: Record<string, unknown>, key: string, path: string, optional = false) {
		const value = obj[key];
		if (value === undefined && optional) return;
		if (!Array.isArray(value)) return this.fail(path, 'an array of strings', value);
		value.forEach((entry, i) => {
			if (typeof entry !== 'string') this.fail(`${path}[${i}]`, 'a string', entry);
		});
	}
}

function checkSla(c: Checker, sla: unknown) {
	if (!isRecord(sla)) return c.fail('sla', 'an object', sla);
	c.string(sla, 'policy', 'sla.policy');
	c.string(sla, 'calendar', 'sla.calendar');
	if (!isRecord(sla.metrics)) return c.fail('sla.metrics', 'an object of metrics', sla.metrics);
	for (const [name, metric] of Object.entries(sla.metrics)) {
		const path = `sla.metrics.${name}`;
		if (!isRecord(metric)) {
			c.fail(path, 'an object with dueAt and state', metric);
			continue;
		}
		c.timestamp(metric, 'dueAt', `${path}.dueAt`);
		c.oneOf(metric, 'state', `${path}.state`, SLA_METRIC_STATES);
		c.timestamp(metric, 'achievedAt', `${path}.achievedAt`, true);
		c.timestamp(metric, 'breachedAt', `${path}.breachedAt`, true);
	}
}

function checkCrm(c: Checker, crm: unknown) {
	if (!isRecord(crm)) return c.fail('crm', 'an object', crm);
	if (crm.balance !== null && (typeof crm.balance !== 'number' || !Number.isFinite(crm.balance))) {
		c.fail('crm.balance', 'a number or null', crm.balance);
	}
	for (const key of ['currency', 'accountStatus', 'vipTier', 'kycStatus']) {
		if (crm[key] !== null && typeof crm[key] !== 'string') c.fail(`crm.${key}`, 'a string or null', crm[key]);
	}
	if (typeof crm.selfExcluded !== 'boolean') c.fail('crm.selfExcluded', 'true or false', crm.selfExcluded);
	c.stringArray(crm, 'rgFlags', 'crm.rgFlags');
	c.timestamp(crm, 'fetchedAt', 'crm.fetchedAt');
}

function checkRouting(c: Checker, routing: unknown) {
	if (!isRecord(routing)) return c.fail('routing', 'an object', routing);
	c.string(routing, 'queue', 'routing.queue', false, true);
	c.string(routing, 'level', 'routing.level', false, true);
	c.string(routing, 'assignee', 'routing.assignee', true);
	c.string(routing, 'rule', 'routing.rule');
	c.string(routing, 'reason', 'routing.reason');
}

function checkMessages(c: Checker, messages: unknown) {
	if (!Array.isArray(messages)) return c.fail('messages', 'an array of { id, at, from, channel, text }', messages);
	messages.forEach((message, i) => {
		const path = `messages[${i}]`;
		if (!isRecord(message)) return c.fail(path, 'an object { id, at, from, channel, text }', message);
		c.string(message, 'id', `${path}.id`, false, true);
		c.timestamp(message, 'at', `${path}.at`);
		c.oneOf(message, 'from', `${path}.from`, MESSAGE_AUTHORS);
		c.oneOf(message, 'channel', `${path}.channel`, CHANNELS);
		c.string(message, 'text', `${path}.text`);
		c.string(message, 'author', `${path}.author`, true);
		if (message.delivery !== undefined) {
			if (!isRecord(message.delivery)) return c.fail(`${path}.delivery`, 'an object { state, idempotencyKey, attempts }', message.delivery);
			c.oneOf(message.delivery, 'state', `${path}.delivery.state`, DELIVERY_STATES);
		}
	});
}

/** Every problem with `value` as a ticket, each naming its field; empty when valid. */
export function ticketProblems(value: unknown): FieldProblem[] {
	const c = new Checker();
	if (!isRecord(value)) {
		c.fail('', 'an object', value);
		return c.problems.map((p) => ({ ...p, field: '(root)' }));
	}
	const t = value;
	if (t.schemaVersion !== TICKET_SCHEMA_VERSION) c.fail('schemaVersion', String(TICKET_SCHEMA_VERSION), t.schemaVersion);
	c.string(t, 'id', 'id', false, true);
	c.oneOf(t, 'channel', 'channel', CHANNELS);
	c.string(t, 'externalId', 'externalId');
	c.string(t, 'threadKey', 'threadKey', false, true);
	if (!isRecord(t.player)) c.fail('player', 'an object such as { "id": "p-1" }', t.player);
	else {
		for (const key of ['id', 'email', 'phone', 'telegramId', 'whatsappId', 'viberId', 'name']) {
			c.string(t.player, key, `player.${key}`, true);
		}
	}
	c.string(t, 'subject', 'subject', true);
	c.string(t, 'referencedTicketId', 'referencedTicketId', true);
	c.string(t, 'body', 'body');
	if (typeof t.language !== 'string' || !LANGUAGE_CODE.test(t.language)) {
		c.fail('language', "an ISO 639-1 code such as 'en', or 'und'", t.language);
	}
	c.oneOf(t, 'category', 'category', CATEGORIES);
	c.oneOf(t, 'complexity', 'complexity', COMPLEXITIES);
	c.oneOf(t, 'priority', 'priority', PRIORITIES);
	c.stringArray(t, 'tags', 'tags');
	c.oneOf(t, 'status', 'status', STATUSES);
	c.timestamp(t, 'createdAt', 'createdAt');
	c.timestamp(t, 'updatedAt', 'updatedAt');
	if (t.sla !== undefined) checkSla(c, t.sla);
	if (t.crm !== undefined) checkCrm(c, t.crm);
	if (t.routing !== undefined) checkRouting(c, t.routing);
	if (t.csat !== undefined) {
		if (!isRecord(t.csat)) c.fail('csat', 'an object', t.csat);
		else {
			const score = t.csat.score;
			if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
				c.fail('csat.score', 'a whole number from 1 to 5', score);
			}
			c.string(t.csat, 'comment', 'csat.comment', true);
			c.timestamp(t.csat, 'at', 'csat.at');
		}
	}
	c.oneOf(t, 'resolvedBy', 'resolvedBy', RESOLVERS, true);
	c.timestamp(t, 'resolvedAt', 'resolvedAt', true);
	if (t.messages !== undefined) checkMessages(c, t.messages);
	if (t.reopenCount !== undefined && (typeof t.reopenCount !== 'number' || !Number.isInteger(t.reopenCount) || t.reopenCount < 0)) {
		c.fail('reopenCount', 'a whole number ≥ 0', t.reopenCount);
	}
	if (!Array.isArray(t.history)) c.fail('history', 'an array of { at, event, detail? }', t.history);
	else {
		t.history.forEach((entry, i) => {
			if (!isRecord(entry)) return c.fail(`history[${i}]`, 'an object { at, event, detail? }', entry);
			c.timestamp(entry, 'at', `history[${i}].at`);
			c.string(entry, 'event', `history[${i}].event`, false, true);
		});
	}
	return c.problems;
}

export function isTicket(value: unknown): value is Ticket {
	return ticketProblems(value).length === 0;
}

/** Returns `value` typed as a ticket, or throws a TicketValidationError naming the wrong field. */
export function assertTicket(value: unknown, prefix = 'ticket'): Ticket {
	const problems = ticketProblems(value);
	if (problems.length > 0) throw new TicketValidationError(problems, prefix);
	return value as Ticket;
}

/** A copy of the ticket with one more history entry; the input is never changed. */
export function withHistory(ticket: Ticket, at: string, event: string, detail?: unknown): Ticket {
	const entry: HistoryEntry = detail === undefined ? { at, event } : { at, event, detail };
	return { ...ticket, updatedAt: at, history: [...ticket.history, entry] };
}

const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export function higherPriority(a: Priority, b: Priority): Priority {
	return PRIORITY_RANK[a] >= PRIORITY_RANK[b] ? a : b;
}

export function priorityRank(priority: Priority): number {
	return PRIORITY_RANK[priority];
}
