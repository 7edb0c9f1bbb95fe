/**
 * Readers of the ticket facts that QA sampling and KPIs share: who handled a ticket, whether it
 * was escalated or breached an SLA, when it was first answered and resolved. They accept partial
 * tickets (as stored by other systems) and never throw on a missing optional field.
 */
import { DomainError } from '../errors';

export type Json = Record<string, unknown>;

/** Agent group for tickets nobody was assigned to, and for tickets only the bot handled. */
export const UNASSIGNED = '(unassigned)';
export const BOT_AGENT = '(bot)';

const RESOLVED_STATUSES = new Set(['resolved', 'closed']);

function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The item's `ticket` object with a usable id, or a DomainError naming the field. */
export function ticketOf(json: Json): Json {
	const ticket = json.ticket;
	if (!isRecord(ticket)) {
		throw new DomainError('the item has no ticket object', {
			field: 'ticket',
			hint: 'Feed items that carry a `ticket` made by Ticket Intake (or stored tickets read back as { ticket: … }).',
		});
	}
	if (typeof ticket.id !== 'string' || ticket.id === '') {
		throw new DomainError('the ticket has no id', { field: 'ticket.id', hint: 'Every ticket needs its stable id.' });
	}
	return ticket;
}

export function agentOf(ticket: Json): string {
	const routing = ticket.routing;
	if (isRecord(routing) && typeof routing.assignee === 'string' && routing.assignee !== '') return routing.assignee;
	return ticket.resolvedBy === 'bot' ? BOT_AGENT : UNASSIGNED;
}

export function channelOf(ticket: Json): string {
	return typeof ticket.channel === 'string' && ticket.channel !== '' ? ticket.channel : 'unknown';
}

export function isResolved(ticket: Json): boolean {
	return RESOLVED_STATUSES.has(ticket.status as string);
}

function historyOf(ticket: Json): Json[] {
	return Array.isArray(ticket.history) ? (ticket.history as Json[]) : [];
}

/** Status escalated now, or an `escalated` event in the history. */
export function wasEscalated(ticket: Json): boolean {
	if (ticket.status === 'escalated') return true;
	for (const entry of historyOf(ticket)) if (isRecord(entry) && entry.event === 'escalated') return true;
	return false;
}

export function slaMetrics(ticket: Json): Record<string, Json> {
	const sla = ticket.sla;
	if (!isRecord(sla) || !isRecord(sla.metrics)) return {};
	return sla.metrics as Record<string, Json>;
}

export function slaBreached(ticket: Json): boolean {
	for (const metric of Object.values(slaMetrics(ticket))) if (isRecord(metric) && metric.state === 'breached') return true;
	return false;
}

export function csatScore(ticket: Json): number | undefined {
	const csat = ticket.csat;
	if (!isRecord(csat)) return undefined;
	const score = csat.score;
	return typeof score === 'number' && score >= 1 && score <= 5 ? score : undefined;
}

export function csatComment(ticket: Json): string | undefined {
	const csat = ticket.csat;
	return isRecord(csat) && typeof csat.comment === 'string' && csat.comment.trim() !== '' ? csat.comment : undefined;
}

export function tagsOf(ticket: Json): string[] {
	return Array.isArray(ticket.tags) ? (ticket.tags as unknown[]).filter((t): t is string => typeof t === 'string') : [];
}

/** Milliseconds since the epoch of an ISO timestamp, or undefined when absent or unreadable. */
export function instant(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
}

/** Last `at` of a history entry whose event is one of `events`. */
function lastEventAt(ticket: Json, events: ReadonlySet<string>): number | undefined {
	const history = historyOf(ticket);
	for (let i = history.length - 1; i >= 0; i--) {
		const entry = history[i];
		if (isRecord(entry) && events.has(entry.event as string)) {
			const at = instant(entry.at);
			if (at !== undefined) return at;
		}
	}
	return undefined;
}

function firstEventAt(ticket: Json, events: ReadonlySet<string>): number | undefined {
	for (const entry of historyOf(ticket)) {
		if (isRecord(entry) && events.has(entry.event as string)) {
			const at = instant(entry.at);
			if (at !== undefined) return at;
		}
	}
	return undefined;
}

const FIRST_RESPONSE_EVENTS = new Set(['sla.firstResponse', 'firstResponse', 'first_response']);
const RESOLVED_EVENTS = new Set(['sla.resolved', 'resolved', 'closed']);

/** When the clock of a metric started: its `startedAt`, else the ticket's `createdAt`. */
function metricStart(ticket: Json, metric: Json | undefined): number | undefined {
	return instant(metric?.startedAt) ?? instant(ticket.createdAt);
}

/**
 * Minutes from the start of the first-response clock to the first response: the metric's
 * `achievedAt`, else the first `sla.firstResponse` history entry (which also records late answers).
 */
export function firstResponseMinutes(ticket: Json): number | undefined {
	const metric = slaMetrics(ticket).firstResponse;
	const start = metricStart(ticket, metric);
	const end = instant(metric?.achievedAt) ?? firstEventAt(ticket, FIRST_RESPONSE_EVENTS);
	return start !== undefined && end !== undefined && end >= start ? (end - start) / 60000 : undefined;
}

/**
 * When the ticket was resolved: the resolution metric's `achievedAt`, else the last
 * `sla.resolved` / `resolved` / `closed` history entry, else `updatedAt` of a resolved or closed ticket.
 */
export function resolvedAt(ticket: Json): number | undefined {
	const metric = slaMetrics(ticket).resolution;
	const at = instant(metric?.achievedAt) ?? lastEventAt(ticket, RESOLVED_EVENTS);
	if (at !== undefined) return at;
	return isResolved(ticket) ? instant(ticket.updatedAt) : undefined;
}

/** Minutes from the resolution clock's start (else `createdAt`) to `resolvedAt`. */
export function resolutionMinutes(ticket: Json, resolved = resolvedAt(ticket)): number | undefined {
	const start = metricStart(ticket, slaMetrics(ticket).resolution);
	return start !== undefined && resolved !== undefined && resolved >= start ? (resolved - start) / 60000 : undefined;
}

export function reopenCount(ticket: Json): number {
	return typeof ticket.reopenCount === 'number' && ticket.reopenCount > 0 ? ticket.reopenCount : 0;
}

export function categoryOf(ticket: Json): string | undefined {
	return typeof ticket.category === 'string' ? ticket.category : undefined;
}
