import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import { DomainError } from '../errors';
import { TIME_ZONE_HINT, timeZoneProblem } from '../time-zone';
import { parseClockTime, weekdayOf, WEEKDAYS, type Weekday } from '../weekly-time';
import { withHistory } from '../ticket';
import type { Ticket } from '../ticket';

export { WEEKDAYS, type Weekday };
export const STRATEGIES = ['round_robin', 'least_loaded', 'by_language'] as const;

export type AssignmentStrategy = (typeof STRATEGIES)[number];
export type UnassignedReason = 'no_agent_on_shift' | 'all_at_capacity' | 'no_agent_for_language' | 'no_agent_with_skill';

/** Tags of the form `skill:<name>` on a ticket name skills every assigned agent must have. */
export const SKILL_TAG_PREFIX = 'skill:';

export interface Shift {
	days: Weekday[];
	/** 'HH:mm' local time; a shift whose end is before its start runs overnight. */
	from: string;
	to: string;
	timeZone: string;
}

export interface Agent {
	id: string;
	name?: string;
	queues: string[];
	languages: string[];
	skills: string[];
	capacity: number;
	openTickets: number;
	/** No shifts means always on duty. */
	shifts?: Shift[];
	active: boolean;
}

export interface AssignOptions {
	/** by_language only: when no speaker of the ticket's language is free, fall back to any agent. */
	allowOtherLanguages?: boolean;
}

export type AssignmentOutcome =
	| { ticket: Ticket; assigned: true; agentId: string }
	| { ticket: Ticket; assigned: false; reason: UnassignedReason };

export interface AssignmentResult {
	outcomes: AssignmentOutcome[];
	/** Open tickets per agent id after this batch. */
	load: Record<string, number>;
}

/** A shift's validated clock time in minutes after midnight (`to` may be 24:00). */
function minutesOfDay(clock: string): number {
	return parseClockTime(clock, true) ?? NaN;
}

/** Throws a DomainError naming the agent and field for the first problem in the roster. */
export function validateRoster(roster: unknown): Agent[] {
	if (!Array.isArray(roster)) throw new DomainError('The roster must be a list of agents', { field: 'roster' });
	const seen = new Set<string>();
	roster.forEach((agent: Record<string, unknown>, index) => {
		const path = `roster[${index}]`;
		if (typeof agent !== 'object' || agent === null) throw new DomainError(`Agent #${index + 1} must be an object`, { field: path });
		const label = `Agent #${index + 1}${typeof agent.id === 'string' ? ` '${agent.id}'` : ''}`;
		const fail = (field: string, message: string): never => {
			throw new DomainError(`${label}: ${message}`, { field: `${path}.${field}` });
		};
		if (typeof agent.id !== 'string' || agent.id.trim() === '') fail('id', 'needs a non-empty id');
		if (seen.has(agent.id as string)) fail('id', `duplicate agent id '${agent.id as string}'`);
		seen.add(agent.id as string);
		for (const key of ['queues', 'languages', 'skills']) {
			const list = agent[key];
			if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) fail(key, `${key} must be a list of texts`);
		}
		if (typeof agent.capacity !== 'number' || !Number.isInteger(agent.capacity) || agent.capacity < 0) {
			fail('capacity', 'capacity must be a whole number ≥ 0');
		}
		if (typeof agent.openTickets !== 'number' || !Number.isInteger(agent.openTickets) || agent.openTickets < 0) {
			fail('openTickets', 'openTickets must be a whole number ≥ 0');
		}
		if (typeof agent.active !== 'boolean') fail('active', 'active must be true or false');
		if (agent.shifts !== undefined) {
			if (!Array.isArray(agent.shifts)) fail('shifts', 'shifts must be a list');
			(agent.shifts as Shift[]).forEach((shift, si) => {
				const at = `shifts[${si}]`;
				if (typeof shift !== 'object' || shift === null) fail(at, 'each shift must be an object');
				if (!Array.isArray(shift.days) || shift.days.length === 0 || shift.days.some((d) => !weekdayOf(d))) {
					fail(`${at}.days`, `days must be a non-empty list of ${WEEKDAYS.join(', ')} (or full English names)`);
				}
				if (parseClockTime(shift.from) === undefined) fail(`${at}.from`, "from must be a time 'HH:mm' (00:00-23:59)");
				if (parseClockTime(shift.to, true) === undefined) fail(`${at}.to`, "to must be a time 'HH:mm' (00:00-24:00)");
				const zoneProblem = timeZoneProblem(shift.timeZone);
				if (zoneProblem) fail(`${at}.timeZone`, `${zoneProblem} time zone '${String(shift.timeZone)}'. ${TIME_ZONE_HINT}`);
			});
		}
	});
	return roster as Agent[];
}

function onShiftDuring(shift: Shift, instant: Date): boolean {
	const local = DateTime.fromJSDate(instant, { zone: shift.timeZone });
	const today = WEEKDAYS[local.weekday - 1];
	const yesterday = WEEKDAYS[(local.weekday + 5) % 7];
	const minute = local.hour * 60 + local.minute;
	const from = minutesOfDay(shift.from);
	const to = minutesOfDay(shift.to);
	const days = shift.days.map(weekdayOf);
	if (from === to || (from === 0 && to === 1440)) return days.includes(today);
	if (from < to) return days.includes(today) && minute >= from && minute < to;
	// Overnight: the evening part belongs to the listed day, the early-morning part to the day before.
	return (days.includes(today) && minute >= from) || (days.includes(yesterday) && minute < to);
}

export function isOnShift(agent: Agent, instant: Date): boolean {
	if (!agent.active) return false;
	if (!agent.shifts || agent.shifts.length === 0) return true;
	return agent.shifts.some((shift) => onShiftDuring(shift, instant));
}

/** A stable number in [0, 2^32) from the ticket id: the same ticket always lands on the same cursor. */
export function stableCursor(ticketId: string): number {
	return createHash('sha256').update(ticketId).digest().readUInt32BE(0);
}

function requiredSkills(ticket: Ticket): string[] {
	return ticket.tags.filter((tag) => tag.startsWith(SKILL_TAG_PREFIX)).map((tag) => tag.slice(SKILL_TAG_PREFIX.length));
}

function speaks(agent: Agent, language: string): boolean {
	return language === 'und' || agent.languages.includes(language);
}

/**
 * Assigns each ticket of a queue batch to an agent. Nothing is kept between executions: round
 * robin starts from a cursor hashed from the ticket id, so parallel n8n workers need no shared
 * counter and a retried ticket gets the same agent. Load is tracked within the batch so that
 * nobody is given more than their capacity.
 */
export function assign(
	queueTickets: Ticket[],
	roster: Agent[],
	strategy: AssignmentStrategy,
	now: Date | string,
	options: AssignOptions = {},
): AssignmentResult {
	if (!STRATEGIES.includes(strategy)) {
		throw new DomainError(`Unknown assignment strategy '${String(strategy)}'`, { field: 'strategy', hint: `Use one of: ${STRATEGIES.join(', ')}` });
	}
	const agents = validateRoster(roster);
	const instant = new Date(now);
	const at = instant.toISOString();
	const onDuty = [...agents].filter((agent) => isOnShift(agent, instant)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const load = new Map(agents.map((agent) => [agent.id, agent.openTickets]));
	const hasRoom = (agent: Agent) => (load.get(agent.id) ?? 0) < agent.capacity;
	const byQueue = new Map<string, Agent[]>();
	const inQueue = (queue: string): Agent[] => {
		let list = byQueue.get(queue);
		if (!list) {
			list = onDuty.filter((agent) => agent.queues.includes(queue));
			byQueue.set(queue, list);
		}
		return list;
	};
	const leastLoaded = (candidates: Agent[]): Agent | undefined => {
		let best: Agent | undefined;
		let bestRatio = Infinity;
		for (const agent of candidates) {
			if (!hasRoom(agent)) continue;
			const ratio = (load.get(agent.id) ?? 0) / agent.capacity;
			if (ratio < bestRatio) {
				best = agent;
				bestRatio = ratio;
			}
		}
		return best;
	};
	const roundRobin = (candidates: Agent[], ticketId: string): Agent | undefined => {
		const start = stableCursor(ticketId) % candidates.length;
		for (let step = 0; step < candidates.length; step++) {
			const agent = candidates[(start + step) % candidates.length];
			if (hasRoom(agent)) return agent;
		}
		return undefined;
	};

	const outcomes = queueTickets.map((ticket): AssignmentOutcome => {
		const queue = ticket.routing?.queue ?? 'general';
		const skills = requiredSkills(ticket);
		const staffed = inQueue(queue);
		const candidates =
			skills.length === 0 ? staffed : staffed.filter((agent) => skills.every((skill) => agent.skills.includes(skill)));
		let chosen: Agent | undefined;
		let reason: UnassignedReason =
			staffed.length === 0 ? 'no_agent_on_shift' : candidates.length === 0 ? 'no_agent_with_skill' : 'all_at_capacity';
		if (candidates.length > 0) {
			if (strategy === 'round_robin') chosen = roundRobin(candidates, ticket.id);
			else if (strategy === 'least_loaded') chosen = leastLoaded(candidates);
			else {
				const speakers = candidates.filter((agent) => speaks(agent, ticket.language));
				chosen = leastLoaded(speakers);
				if (!chosen && options.allowOtherLanguages) chosen = leastLoaded(candidates);
				if (speakers.length === 0 && !options.allowOtherLanguages) reason = 'no_agent_for_language';
			}
		}
		if (!chosen) {
			return { ticket: withHistory(ticket, at, 'unassigned', { queue, reason }), assigned: false, reason };
		}
		load.set(chosen.id, (load.get(chosen.id) ?? 0) + 1);
		const assigned = withHistory(ticket, at, 'assigned', { queue, agentId: chosen.id, strategy });
		assigned.routing = {
			...(ticket.routing ?? { queue, level: 'L1', rule: 'assignment', reason: 'assigned without routing' }),
			assignee: chosen.id,
		};
		return { ticket: assigned, assigned: true, agentId: chosen.id };
	});
	return { outcomes, load: Object.fromEntries(load) };
}
