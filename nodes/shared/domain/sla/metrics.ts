import { DomainError } from '../errors';
import { withHistory, type SlaMetric, type Ticket } from '../ticket';
import { DEFAULT_CALENDAR, type Calendar } from './calendar';
import { addBusinessMinutes, businessMinutesBetween, openMinutesBetween, parseInstant } from './clock';
import { DEFAULT_WARNING_THRESHOLD, type SlaPolicy } from './policy';

export type SlaVerdict = 'on_track' | 'at_risk' | 'breached';
export type CalendarList = Calendar[] | Record<string, Calendar>;

export interface SlaCheckResult {
	ticket: Ticket;
	verdict: SlaVerdict;
	metrics: Record<string, SlaVerdict>;
}

export function findCalendar(calendars: CalendarList | undefined, name: string): Calendar {
	const list = Array.isArray(calendars) ? calendars : Object.values(calendars ?? {});
	const found = list.find((calendar) => calendar.name === name);
	if (found) return found;
	if (name === DEFAULT_CALENDAR.name) return DEFAULT_CALENDAR;
	throw new DomainError(`calendar '${name}' is not defined`, { field: 'calendar', hint: 'Add it to the calendars list.' });
}

function requireSla(ticket: Ticket) {
	if (!ticket.sla) throw new DomainError(`ticket ${ticket.id} has no SLA clocks`, { field: 'sla', hint: 'Run Start first.' });
	return ticket.sla;
}

function withMetrics(ticket: Ticket, metrics: Record<string, SlaMetric>): Ticket {
	return { ...ticket, sla: { ...requireSla(ticket), metrics } };
}

export function start(ticket: Ticket, policy: SlaPolicy, calendars: CalendarList | undefined, now: string): Ticket {
	const calendar = findCalendar(calendars, policy.calendar);
	const metrics: Record<string, SlaMetric> = {};
	for (const [name, minutes] of Object.entries(policy.targets)) {
		// Next response runs from each player message that waits after a first reply (conversation/).
		if (minutes === undefined || name === 'nextResponse') continue;
		metrics[name] = runningMetric(calendar, now, minutes);
	}
	const started: Ticket = {
		...ticket,
		sla: {
			policy: policy.name,
			calendar: calendar.name,
			warningThreshold: policy.warningThreshold ?? DEFAULT_WARNING_THRESHOLD,
			metrics,
		},
	};
	return withHistory(started, now, 'sla.started', { policy: policy.name, calendar: calendar.name });
}

function runningMetric(calendar: Calendar, now: string, minutes: number): SlaMetric {
	return { dueAt: addBusinessMinutes(calendar, now, minutes), state: 'running', startedAt: now, pausedMinutes: 0, targetMinutes: minutes };
}

/** (Re)starts one metric from `now`, replacing whatever it was: a follow-up's next response, a reopen's resolution. */
export function startMetric(ticket: Ticket, name: string, minutes: number, calendars: CalendarList | undefined, now: string): Ticket {
	const sla = requireSla(ticket);
	const metric = runningMetric(findCalendar(calendars, sla.calendar), now, minutes);
	return withHistory(withMetrics(ticket, { ...sla.metrics, [name]: metric }), now, 'sla.metricStarted', { metric: name, dueAt: metric.dueAt });
}

const SEVERITY: Record<SlaVerdict, number> = { on_track: 0, at_risk: 1, breached: 2 };

/** Marks overdue metrics breached (breachedAt = dueAt) and rates each running metric. */
export function check(
	ticket: Ticket,
	now: string,
	warningThreshold?: number,
	calendars?: CalendarList,
): SlaCheckResult {
	const sla = requireSla(ticket);
	const calendar = findCalendar(calendars, sla.calendar);
	const nowMs = parseInstant(now, 'now');
	const threshold =
		warningThreshold ?? (typeof sla.warningThreshold === 'number' ? sla.warningThreshold : DEFAULT_WARNING_THRESHOLD);
	const verdicts: Record<string, SlaVerdict> = {};
	const metrics: Record<string, SlaMetric> = {};
	const newlyBreached: string[] = [];
	for (const [name, metric] of Object.entries(sla.metrics)) {
		let verdict: SlaVerdict = 'on_track';
		let next = metric;
		if (metric.state === 'breached') verdict = 'breached';
		else if (metric.state === 'running') {
			const dueMs = parseInstant(metric.dueAt, `sla.metrics.${name}.dueAt`);
			if (nowMs >= dueMs) {
				next = { ...metric, state: 'breached', breachedAt: metric.dueAt };
				verdict = 'breached';
				newlyBreached.push(name);
			} else if (typeof metric.targetMinutes === 'number') {
				// dueAt lies target + paused open minutes after startedAt, so the open minutes used so far
				// (paused ones excluded) are the target minus what is left; counting only now → dueAt
				// keeps a check cheap however old the ticket is.
				const used = metric.targetMinutes - openMinutesBetween(calendar, nowMs, dueMs);
				if (used >= threshold * metric.targetMinutes) verdict = 'at_risk';
			}
		}
		metrics[name] = next;
		verdicts[name] = verdict;
	}
	const verdict = Object.values(verdicts).reduce<SlaVerdict>((worst, v) => (SEVERITY[v] > SEVERITY[worst] ? v : worst), 'on_track');
	if (newlyBreached.length === 0) return { ticket, verdict, metrics: verdicts };
	const result = withHistory(withMetrics(ticket, metrics), now, 'sla.breached', { metrics: newlyBreached });
	return { ticket: result, verdict, metrics: verdicts };
}

/** Pauses the running metrics, or only those named in `only`. */
export function pause(ticket: Ticket, now: string, only?: readonly string[]): Ticket {
	const sla = requireSla(ticket);
	const metrics: Record<string, SlaMetric> = {};
	const paused: string[] = [];
	for (const [name, metric] of Object.entries(sla.metrics)) {
		const pauses = metric.state === 'running' && (!only || only.includes(name));
		metrics[name] = pauses ? { ...metric, state: 'paused', pausedAt: now } : metric;
		if (pauses) paused.push(name);
	}
	return withHistory(withMetrics(ticket, metrics), now, 'sla.paused', only ? { metrics: paused } : undefined);
}

function resumeMetric(metric: SlaMetric, calendar: Calendar, now: string): SlaMetric {
	if (metric.state !== 'paused' || !metric.pausedAt) return metric;
	const paused = Math.max(0, businessMinutesBetween(calendar, metric.pausedAt, now));
	const resumed: SlaMetric = {
		...metric,
		state: 'running',
		dueAt: addBusinessMinutes(calendar, metric.dueAt, paused),
		pausedMinutes: (metric.pausedMinutes ?? 0) + paused,
	};
	delete resumed.pausedAt;
	return resumed;
}

/** Paused business minutes push each paused metric's dueAt later. */
export function resume(ticket: Ticket, now: string, calendars?: CalendarList): Ticket {
	const sla = requireSla(ticket);
	const calendar = findCalendar(calendars, sla.calendar);
	const metrics: Record<string, SlaMetric> = {};
	for (const [name, metric] of Object.entries(sla.metrics)) metrics[name] = resumeMetric(metric, calendar, now);
	return withHistory(withMetrics(ticket, metrics), now, 'sla.resumed');
}

function complete(ticket: Ticket, metricName: string, now: string, calendars: CalendarList | undefined, event: string): Ticket {
	const sla = requireSla(ticket);
	const metric = sla.metrics[metricName];
	if (!metric || metric.state === 'achieved' || metric.state === 'breached') return ticket;
	const live = resumeMetric(metric, findCalendar(calendars, sla.calendar), now);
	const onTime = parseInstant(now, 'now') <= parseInstant(live.dueAt, `sla.metrics.${metricName}.dueAt`);
	const done: SlaMetric = onTime
		? { ...live, state: 'achieved', achievedAt: now }
		: { ...live, state: 'breached', breachedAt: live.dueAt };
	const updated = withMetrics(ticket, { ...sla.metrics, [metricName]: done });
	return withHistory(updated, now, event, { metric: metricName, state: done.state });
}

export function recordFirstResponse(ticket: Ticket, now: string, calendars?: CalendarList): Ticket {
	return complete(ticket, 'firstResponse', now, calendars, 'sla.firstResponse');
}

export function recordNextResponse(ticket: Ticket, now: string, calendars?: CalendarList): Ticket {
	return complete(ticket, 'nextResponse', now, calendars, 'sla.nextResponse');
}

/**
 * Resolving ends the ticket's clocks: resolution, and a waiting next response or escalation that
 * the resolution answers. First response is left alone: resolving without a reply never counts as one.
 */
export function resolve(ticket: Ticket, now: string, calendars?: CalendarList): Ticket {
	let resolved = complete(ticket, 'resolution', now, calendars, 'sla.resolved');
	for (const name of ['nextResponse', 'escalation']) resolved = complete(resolved, name, now, calendars, `sla.${name}`);
	return resolved;
}
