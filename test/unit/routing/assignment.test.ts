import { DomainError } from '../../../nodes/shared/domain/errors';
import { assign, isOnShift, validateRoster } from '../../../nodes/shared/domain/routing/assignment';
import type { Agent } from '../../../nodes/shared/domain/routing/assignment';
import type { Ticket } from '../../../nodes/shared/domain/ticket';
import { makeTicket, NOW } from './fixtures';

function agent(id: string, overrides: Partial<Agent> = {}): Agent {
	return { id, queues: ['general'], languages: ['en'], skills: [], capacity: 10, openTickets: 0, active: true, ...overrides };
}

function tickets(count: number, overrides: Partial<Ticket> = {}): Ticket[] {
	return Array.from({ length: count }, (_, i) =>
		makeTicket({ id: `T-${i}`, routing: { queue: 'general', level: 'L1', rule: 'r', reason: 'x' }, ...overrides }),
	);
}

function counts(agentIds: Array<string | undefined>): Record<string, number> {
	const result: Record<string, number> = {};
	for (const id of agentIds) if (id) result[id] = (result[id] ?? 0) + 1;
	return result;
}

describe('round robin', () => {
	it('spreads 10,000 tickets within ±10% of the mean across equal agents', () => {
		const roster = ['a', 'b', 'c', 'd', 'e'].map((id) => agent(id, { capacity: 100_000 }));
		const { outcomes } = assign(tickets(10_000), roster, 'round_robin', NOW);
		const perAgent = counts(outcomes.map((o) => (o.assigned ? o.agentId : undefined)));
		expect(Object.keys(perAgent).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		for (const count of Object.values(perAgent)) {
			expect(count).toBeGreaterThanOrEqual(1800);
			expect(count).toBeLessThanOrEqual(2200);
		}
	});

	it('is deterministic without stored state: the same ticket gets the same agent in any batch order', () => {
		const roster = ['a', 'b', 'c'].map((id) => agent(id, { capacity: 1000 }));
		const batch = tickets(50);
		const first = assign(batch, roster, 'round_robin', NOW).outcomes.map((o) => (o.assigned ? o.agentId : ''));
		const reversed = assign([...batch].reverse(), [...roster].reverse(), 'round_robin', NOW).outcomes.map((o) => (o.assigned ? o.agentId : ''));
		expect(reversed.reverse()).toEqual(first);
	});

	it('probes past full agents and never exceeds capacity within a batch', () => {
		const roster = [agent('a', { capacity: 2, openTickets: 1 }), agent('b', { capacity: 3 })];
		const result = assign(tickets(6), roster, 'round_robin', NOW);
		expect(result.load).toEqual({ a: 2, b: 3 });
		const unassigned = result.outcomes.filter((o) => !o.assigned);
		expect(unassigned).toHaveLength(2);
		expect(unassigned.every((o) => !o.assigned && o.reason === 'all_at_capacity')).toBe(true);
	});
});

describe('least loaded', () => {
	it('equalises load over 10,000 tickets and never exceeds capacity', () => {
		const roster = [
			agent('a', { capacity: 2600, openTickets: 500 }),
			agent('b', { capacity: 2600, openTickets: 0 }),
			agent('c', { capacity: 2600, openTickets: 1200 }),
			agent('d', { capacity: 2600, openTickets: 40 }),
		];
		const result = assign(tickets(10_000), roster, 'least_loaded', NOW);
		for (const member of roster) expect(result.load[member.id]).toBeLessThanOrEqual(member.capacity);
		const loads = Object.values(result.load);
		const assignedCount = result.outcomes.filter((o) => o.assigned).length;
		// Room left: 4 × 2600 capacity − 1740 already open = 8660.
		expect(assignedCount).toBe(8660);
		expect(Math.max(...loads)).toBe(2600);
		expect(result.outcomes.filter((o) => !o.assigned).every((o) => !o.assigned && o.reason === 'all_at_capacity')).toBe(true);
	});

	it('keeps loads within one ticket of each other while there is room', () => {
		const roster = [agent('a', { capacity: 100, openTickets: 7 }), agent('b', { capacity: 100 }), agent('c', { capacity: 100, openTickets: 3 })];
		const result = assign(tickets(100), roster, 'least_loaded', NOW);
		const loads = Object.values(result.load);
		expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
		expect(loads.reduce((sum, n) => sum + n, 0)).toBe(110);
	});
});

describe('by language', () => {
	const roster = [
		agent('en-1', { languages: ['en'], openTickets: 0 }),
		agent('de-1', { languages: ['de', 'en'], openTickets: 5 }),
		agent('de-2', { languages: ['de'], openTickets: 2 }),
	];

	it('prefers speakers of the ticket language, least loaded first', () => {
		const result = assign(tickets(1, { language: 'de' }), roster, 'by_language', NOW);
		expect(result.outcomes[0]).toMatchObject({ assigned: true, agentId: 'de-2' });
		expect(result.outcomes[0].ticket.routing!.assignee).toBe('de-2');
		expect(result.outcomes[0].ticket.history.at(-1)).toMatchObject({ event: 'assigned', detail: { agentId: 'de-2' } });
	});

	it('leaves tickets unassigned when nobody speaks the language, unless fallback is allowed', () => {
		const strict = assign(tickets(1, { language: 'fi' }), roster, 'by_language', NOW).outcomes[0];
		expect(strict).toMatchObject({ assigned: false, reason: 'no_agent_for_language' });
		expect(strict.ticket.routing!.assignee).toBeUndefined();
		const relaxed = assign(tickets(1, { language: 'fi' }), roster, 'by_language', NOW, { allowOtherLanguages: true }).outcomes[0];
		expect(relaxed).toMatchObject({ assigned: true, agentId: 'en-1' });
	});
});

describe('eligibility', () => {
	it('uses only active agents of the ticket queue', () => {
		const roster = [agent('off', { active: false }), agent('pay', { queues: ['payments'] }), agent('gen')];
		const result = assign(tickets(5), roster, 'round_robin', NOW);
		expect(result.outcomes.every((o) => o.assigned && o.agentId === 'gen')).toBe(true);
		const payments = assign(tickets(1, { routing: { queue: 'kyc', level: 'L1', rule: 'r', reason: 'x' } }), roster, 'least_loaded', NOW);
		expect(payments.outcomes[0]).toMatchObject({ assigned: false, reason: 'no_agent_on_shift' });
	});

	it('honours shifts in the agent time zone, including overnight shifts', () => {
		// 2026-03-02 is a Monday; 12:00Z is 13:00 in Berlin and 07:00 in New York.
		const day = agent('day', { shifts: [{ days: ['mon'], from: '09:00', to: '17:00', timeZone: 'Europe/Berlin' }] });
		const ny = agent('ny', { shifts: [{ days: ['mon'], from: '09:00', to: '17:00', timeZone: 'America/New_York' }] });
		const night = agent('night', { shifts: [{ days: ['sun'], from: '22:00', to: '06:00', timeZone: 'UTC' }] });
		expect(isOnShift(day, new Date(NOW))).toBe(true);
		expect(isOnShift(ny, new Date(NOW))).toBe(false);
		expect(isOnShift(night, new Date('2026-03-02T05:59:00Z'))).toBe(true);
		expect(isOnShift(night, new Date('2026-03-02T06:00:00Z'))).toBe(false);
		expect(isOnShift(night, new Date('2026-03-01T22:30:00Z'))).toBe(true);
		expect(isOnShift(night, new Date('2026-03-02T22:30:00Z'))).toBe(false);
		const result = assign(tickets(3), [ny, night], 'least_loaded', NOW);
		expect(result.outcomes.every((o) => !o.assigned && o.reason === 'no_agent_on_shift')).toBe(true);
	});

	it('reads shifts written as SLA calendars are: full weekday names, 9:00, an end of 24:00', () => {
		const spelled = agent('spelled', { shifts: [{ days: ['Monday' as 'mon', 'TUE' as 'mon'], from: '9:00', to: '24:00', timeZone: 'Europe/Berlin' }] });
		expect(validateRoster([spelled])).toHaveLength(1);
		expect(isOnShift(spelled, new Date(NOW))).toBe(true);
		expect(isOnShift(spelled, new Date('2026-03-02T07:59:00Z'))).toBe(false);
		expect(isOnShift(spelled, new Date('2026-03-03T22:59:00Z'))).toBe(true);
		expect(isOnShift(spelled, new Date('2026-03-04T10:00:00Z'))).toBe(false);
		expect((spelled.shifts as Array<{ days: string[] }>)[0].days).toEqual(['Monday', 'TUE']);
	});
});

describe('skills', () => {
	it('gives skill-tagged tickets only to agents with every required skill', () => {
		const roster = [agent('plain'), agent('crypto', { skills: ['crypto', 'vip'] }), agent('half', { skills: ['crypto'] })];
		const result = assign(tickets(8, { tags: ['skill:crypto', 'skill:vip'] }), roster, 'round_robin', NOW);
		expect(result.outcomes.every((o) => o.assigned && o.agentId === 'crypto')).toBe(true);
		const none = assign(tickets(1, { tags: ['skill:poker'] }), roster, 'least_loaded', NOW).outcomes[0];
		expect(none).toMatchObject({ assigned: false, reason: 'no_agent_with_skill' });
	});
});

describe('validateRoster', () => {
	function errorOf(roster: unknown): DomainError {
		try {
			validateRoster(roster);
		} catch (error) {
			expect(error).toBeInstanceOf(DomainError);
			return error as DomainError;
		}
		throw new Error('expected validateRoster to throw');
	}

	it('names duplicate agent ids', () => {
		const error = errorOf([agent('anna'), agent('ben'), agent('anna')]);
		expect(error.message).toBe("Agent #3 'anna': duplicate agent id 'anna'");
		expect(error.field).toBe('roster[2].id');
	});

	it('names bad fields', () => {
		expect(errorOf([agent('a', { capacity: -1 })]).field).toBe('roster[0].capacity');
		expect(errorOf([{ ...agent('a'), languages: 'en' }]).field).toBe('roster[0].languages');
		expect(errorOf([agent('a', { shifts: [{ days: ['mon'], from: '9am', to: '17:00', timeZone: 'UTC' }] })]).field).toBe(
			'roster[0].shifts[0].from',
		);
		expect(errorOf([agent('a', { shifts: [{ days: ['mon'], from: '24:00', to: '06:00', timeZone: 'UTC' }] })]).field).toBe(
			'roster[0].shifts[0].from',
		);
		const abbreviation = errorOf([agent('a', { shifts: [{ days: ['mon'], from: '09:00', to: '17:00', timeZone: 'IST' }] })]);
		expect(abbreviation.field).toBe('roster[0].shifts[0].timeZone');
		expect(abbreviation.message).toMatch(/ambiguous time zone 'IST'.*Region\/City/);
		const zone = errorOf([agent('a', { shifts: [{ days: ['mon'], from: '09:00', to: '17:00', timeZone: 'Mars/Base' }] })]);
		expect(zone.field).toBe('roster[0].shifts[0].timeZone');
		expect(zone.message).toContain("Agent #1 'a'");
		expect(errorOf([agent('a', { shifts: [{ days: ['lundi' as 'mon'], from: '09:00', to: '17:00', timeZone: 'UTC' }] })]).field).toBe(
			'roster[0].shifts[0].days',
		);
		expect(errorOf({}).field).toBe('roster');
	});
});
