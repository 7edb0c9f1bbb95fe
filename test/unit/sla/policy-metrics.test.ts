import { DomainError } from '../../../nodes/shared/domain/errors';
import { ticketProblems, type Ticket } from '../../../nodes/shared/domain/ticket';
import type { Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { DEFAULT_SLA_POLICIES, selectPolicy, validatePolicies, type SlaPolicy } from '../../../nodes/shared/domain/sla/policy';
import { check, pause, recordFirstResponse, resolve, resume, start } from '../../../nodes/shared/domain/sla/metrics';
import { crmWithTier, sampleTicket, T0 } from './fixtures';

const ticket: Ticket = sampleTicket({ id: 'tkt_1' });
const crm = crmWithTier(null);

describe('SLA policy table', () => {
	it('ships the brief defaults, VIP halved', () => {
		validatePolicies(DEFAULT_SLA_POLICIES);
		const chat = selectPolicy(DEFAULT_SLA_POLICIES, ticket);
		expect(chat.targets).toEqual({ firstResponse: 5, resolution: 15 });
		expect(chat.calendar).toBe('24/7');
		expect(selectPolicy(DEFAULT_SLA_POLICIES, { ...ticket, channel: 'email', complexity: 'complex' }).targets).toEqual({ firstResponse: 120, escalation: 60 });
		const vip = selectPolicy(DEFAULT_SLA_POLICIES, { ...ticket, channel: 'email', complexity: 'complex', crm: { ...crm, vipTier: 'platinum' } });
		expect(vip.name).toBe('vip-email-complex');
		expect(vip.targets).toEqual({ firstResponse: 60, escalation: 30 });
		expect(selectPolicy(DEFAULT_SLA_POLICIES, { ...ticket, crm: { ...crm, vipTier: 'silver' } }).name).toBe('standard-messaging-simple');
	});

	it('first match wins; no match throws unless a fallback is given', () => {
		const table: SlaPolicy[] = [
			{ name: 'urgent', when: { priority: ['urgent'] }, targets: { firstResponse: 1 }, calendar: '24/7' },
			{ name: 'kyc', when: { category: ['kyc'], priority: [] }, targets: { firstResponse: 30 }, calendar: '24/7' },
		];
		expect(selectPolicy(table, { ...ticket, category: 'kyc', priority: 'urgent' }).name).toBe('urgent');
		expect(selectPolicy(table, { ...ticket, category: 'kyc' }).name).toBe('kyc');
		expect(() => selectPolicy(table, ticket)).toThrow(DomainError);
		expect(selectPolicy(table, ticket, table[1]).name).toBe('kyc');
	});

	it('validator names row and field', () => {
		const bad = (policies: unknown[]) => {
			try {
				validatePolicies(policies as SlaPolicy[]);
			} catch (error) {
				return (error as DomainError).field;
			}
			return 'ok';
		};
		const row: SlaPolicy = { name: 'a', targets: { firstResponse: 5 }, calendar: '24/7' };
		expect(bad([row, { ...row, name: 'b', targets: { resolution: -1 } }])).toBe('policies[1].targets.resolution');
		expect(bad([{ ...row, targets: { lunch: 5 } }])).toBe('policies[0].targets.lunch');
		expect(bad([row, row])).toBe('policies[1].name');
		expect(bad([{ ...row, warningThreshold: 1.5 }])).toBe('policies[0].warningThreshold');
		expect(bad([{ ...row, when: { channel: 'chat' } }])).toBe('policies[0].when.channel');
		expect(bad([])).toBe('policies');
	});
});

describe('SLA metrics lifecycle', () => {
	const policy: SlaPolicy = { name: 'p', targets: { firstResponse: 10, resolution: 60 }, calendar: '24/7' };
	const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

	it('start sets due dates and history without touching the input', () => {
		const started = start(ticket, policy, [], T0);
		expect(ticket.sla).toBeUndefined();
		expect(started.sla?.metrics.firstResponse).toMatchObject({ dueAt: at(10), state: 'running', startedAt: T0, pausedMinutes: 0 });
		expect(started.sla?.metrics.resolution.dueAt).toBe(at(60));
		expect(started.history.at(-1)?.event).toBe('sla.started');
		expect(ticketProblems(started)).toEqual([]);
	});

	it('check: on_track, at_risk at 80 %, breached with breachedAt = dueAt', () => {
		const started = start(ticket, policy, [], T0);
		expect(check(started, at(7)).verdict).toBe('on_track');
		expect(check(started, at(8)).verdict).toBe('at_risk');
		expect(check(started, at(5), 0.5).metrics.firstResponse).toBe('at_risk');
		const late = check(started, at(11));
		expect(late.verdict).toBe('breached');
		expect(late.metrics).toEqual({ firstResponse: 'breached', resolution: 'on_track' });
		expect(late.ticket.sla?.metrics.firstResponse).toMatchObject({ state: 'breached', breachedAt: at(10) });
		expect(late.ticket.history.at(-1)?.event).toBe('sla.breached');
		expect(started.sla?.metrics.firstResponse.state).toBe('running');
	});

	it('pause and resume extend dueAt by paused business minutes', () => {
		const office: Calendar = { name: 'office', kind: 'business', timeZone: 'UTC', hours: { sat: ['12:00-13:00'], mon: ['09:00-17:00'] } };
		const started = start(ticket, { ...policy, targets: { resolution: 60 }, calendar: 'office' }, [office], T0); // Sat 31 Jan 12:00Z
		expect(started.sla?.metrics.resolution.dueAt).toBe('2026-01-31T13:00:00.000Z');
		const paused = pause(started, at(30));
		expect(paused.sla?.metrics.resolution).toMatchObject({ state: 'paused', pausedAt: at(30) });
		expect(check(paused, at(120), undefined, [office]).verdict).toBe('on_track');
		// paused 12:30 Sat .. 10:00 Mon = 30 + 60 business minutes
		const resumed = resume(paused, '2026-02-02T10:00:00.000Z', [office]);
		expect(resumed.sla?.metrics.resolution).toMatchObject({ state: 'running', pausedMinutes: 90, dueAt: '2026-02-02T10:30:00.000Z' });
		expect(resumed.sla?.metrics.resolution.pausedAt).toBeUndefined();
		expect(check(resumed, '2026-02-02T10:20:00.000Z', undefined, [office]).verdict).toBe('at_risk');
	});

	it('first response and resolution are achieved on time or breached when late', () => {
		const started = start(ticket, policy, [], T0);
		const answered = recordFirstResponse(started, at(4));
		expect(answered.sla?.metrics.firstResponse).toMatchObject({ state: 'achieved', achievedAt: at(4) });
		const resolvedLate = resolve(answered, at(61));
		expect(resolvedLate.sla?.metrics.resolution).toMatchObject({ state: 'breached', breachedAt: at(60) });
		expect(resolve(resolvedLate, at(70))).toBe(resolvedLate);
		expect(() => check(ticket, T0)).toThrow(DomainError);
		expect(() => start(ticket, { ...policy, calendar: 'nowhere' }, [], T0)).toThrow(DomainError);
	});
});
