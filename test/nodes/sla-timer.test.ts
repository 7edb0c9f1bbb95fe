import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { runNode, type RunResult } from '../harness/engine';
import { crmWithTier, sampleTicket, T0 } from '../unit/sla/fixtures';

const at = (minutes: number, from = T0) => new Date(Date.parse(from) + minutes * 60_000).toISOString();
const ticket = sampleTicket;
const vip = crmWithTier;

const sla = (operation: string, now: string, extra: Record<string, unknown> = {}) => {
	const { options, ...rest } = extra as { options?: Record<string, unknown> };
	return { operation, ...rest, options: { referenceTime: now, ...(options ?? {}) } };
};

/** Runs the node and returns the tickets per output: [onTrack, atRisk, breached]. */
async function run(parameters: Record<string, unknown>, input: unknown[], settings?: Record<string, unknown>) {
	const result = await runNode('slaTimer', parameters as INodeParameters, input as IDataObject[], { outputs: 3, settings });
	return { result, out: [0, 1, 2].map((o) => result.items('Node', o)) };
}
const tickets = (items: RunResult['items'] extends (...a: never[]) => infer R ? R : never) => items.map((i) => assertTicket(i.json.ticket));

async function started(input: Ticket[], now = T0, extra: Record<string, unknown> = {}): Promise<Ticket[]> {
	const { out } = await run(sla('start', now, extra), input.map((t) => ({ ticket: t })));
	return out.flat().sort((a, b) => (a.pairedItem as { item: number }).item - (b.pairedItem as { item: number }).item).map((i) => assertTicket(i.json.ticket));
}

describe('SLA Timer node: operations and outputs (engine-run)', () => {
	it('Start picks the shipped policy, sets due times, keeps the rest of the item and leaves by On Track', async () => {
		const input = [
			{ ticket: ticket(), source: 'webhook' },
			{ ticket: ticket({ externalId: 'm-2', channel: 'email', complexity: 'complex', crm: vip('gold') }) },
		];
		const { out } = await run(sla('start', T0), input);
		expect(out[1]).toHaveLength(0);
		expect(out[2]).toHaveLength(0);
		expect(out[0].map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0][0].json.source).toBe('webhook');
		const [chat, email] = tickets(out[0]);
		expect(chat.sla).toMatchObject({ policy: 'standard-messaging-simple', calendar: '24/7', verdict: 'on_track', checkedAt: T0 });
		expect(chat.sla?.metrics.firstResponse).toMatchObject({ dueAt: at(5), state: 'running', startedAt: T0 });
		expect(chat.sla?.metrics.resolution.dueAt).toBe(at(15));
		expect(email.sla?.policy).toBe('vip-email-complex');
		expect(email.sla?.metrics.firstResponse.dueAt).toBe(at(60));
		expect(email.sla?.metrics.escalation.dueAt).toBe(at(30));
		expect(chat.history.map((h) => h.event)).toEqual(['sla.started']);
		// the input item is not changed
		expect(input[0].ticket.sla).toBeUndefined();
	});

	it('Start keeps existing clocks unless Restart Existing Clocks is on', async () => {
		const [first] = await started([ticket()]);
		const kept = await started([first], at(3));
		expect(kept[0].sla?.metrics.firstResponse.startedAt).toBe(T0);
		expect(kept[0].history.map((h) => h.event)).toEqual(['sla.started']);
		const restarted = await started([first], at(3), { options: { restart: true } });
		expect(restarted[0].sla?.metrics.firstResponse.startedAt).toBe(at(3));
		expect(restarted[0].history.map((h) => h.event)).toEqual(['sla.started', 'sla.started']);
	});

	it('Check sends each ticket out by exactly one of On Track, At Risk and Breached', async () => {
		// started at T0, T0-4 and T0-6 (first response 5 min) and checked at T0.
		const [a] = await started([ticket()]);
		const [b] = await started([ticket({ externalId: 'm-2' })], at(-4));
		const [c] = await started([ticket({ externalId: 'm-3' })], at(-6));
		const input = [{ ticket: a }, { ticket: b }, { ticket: c }];
		const { out } = await run(sla('check', T0), input);
		expect(out.map((o) => o.map((i) => i.pairedItem))).toEqual([[{ item: 0 }], [{ item: 1 }], [{ item: 2 }]]);
		const [[onTrack], [atRisk], [breached]] = out.map(tickets);
		expect(onTrack.sla?.verdict).toBe('on_track');
		expect(atRisk.sla?.verdict).toBe('at_risk');
		expect(breached.sla?.verdict).toBe('breached');
		expect(breached.sla?.metrics.firstResponse).toMatchObject({ state: 'breached', breachedAt: at(-1) });
		expect(breached.history.at(-1)).toMatchObject({ at: T0, event: 'sla.breached', detail: { metrics: ['firstResponse'] } });
		expect(onTrack.history.map((h) => h.event)).toEqual(['sla.started']);
		// the warning is recorded once: a second check of an at-risk ticket adds nothing
		expect(atRisk.history.at(-1)).toMatchObject({ at: T0, event: 'sla.atRisk', detail: { metrics: ['firstResponse'] } });
		const again = await run(sla('check', at(0.5)), [{ ticket: atRisk }]);
		expect(tickets(again.out[1])[0].history).toEqual(atRisk.history);
	});

	it('Warning Threshold changes where At Risk begins', async () => {
		const [a] = await started([ticket()]);
		const early = await run(sla('check', at(2), { options: { warningThreshold: 40 } }), [{ ticket: a }]);
		expect(early.out[1]).toHaveLength(1);
		const normal = await run(sla('check', at(2)), [{ ticket: a }]);
		expect(normal.out[0]).toHaveLength(1);
		const startedAt50 = await started([ticket()], T0, { policySource: 'defaults', options: { warningThreshold: 50 } });
		expect(startedAt50[0].sla?.warningThreshold).toBe(0.5);
		expect((await run(sla('check', at(3)), [{ ticket: startedAt50[0] }])).out[1]).toHaveLength(1); // 3 of 5 minutes ≥ 50 %
	});

	it('Pause stops the clocks, Resume moves due times later; both route by the state afterwards', async () => {
		const [a] = await started([ticket()]);
		const paused = await run(sla('pause', at(2)), [{ ticket: a }]);
		const [p] = tickets(paused.out[0]);
		expect(p.sla?.metrics.firstResponse).toMatchObject({ state: 'paused', pausedAt: at(2) });
		expect(p.history.at(-1)?.event).toBe('sla.paused');
		// long after the due time, a paused ticket is still on track
		expect((await run(sla('check', at(60)), [{ ticket: p }])).out[0]).toHaveLength(1);
		const resumed = await run(sla('resume', at(62)), [{ ticket: p }]);
		const [r] = tickets(resumed.out[0]);
		expect(r.sla?.metrics.firstResponse).toMatchObject({ state: 'running', dueAt: at(65), pausedMinutes: 60 });
		expect(r.history.at(-1)?.event).toBe('sla.resumed');
		// 4 of 5 minutes used after resuming: at risk
		expect((await run(sla('check', at(64)), [{ ticket: r }])).out[1]).toHaveLength(1);
	});

	it('Pause of an overdue ticket records the breach first and leaves by Breached', async () => {
		const [a] = await started([ticket()]);
		const { out } = await run(sla('pause', at(7)), [{ ticket: a }]);
		expect(out[2]).toHaveLength(1);
		const [p] = tickets(out[2]);
		expect(p.history.map((h) => h.event)).toEqual(['sla.started', 'sla.breached', 'sla.paused']);
		expect(p.sla?.metrics.firstResponse.state).toBe('breached');
		expect(p.sla?.metrics.resolution.state).toBe('paused');
	});

	it('Record First Response and Resolve complete their clocks, on time or late', async () => {
		const [a, b] = await started([ticket(), ticket({ externalId: 'm-2' })]);
		const answered = await run(sla('recordFirstResponse', at(3)), [{ ticket: a }, { ticket: b }]);
		expect(answered.out[0]).toHaveLength(2);
		const [onTime] = tickets(answered.out[0]);
		expect(onTime.sla?.metrics.firstResponse).toMatchObject({ state: 'achieved', achievedAt: at(3) });
		expect(onTime.history.at(-1)).toMatchObject({ event: 'sla.firstResponse', detail: { metric: 'firstResponse', state: 'achieved' } });

		const late = await run(sla('recordFirstResponse', at(9)), [{ ticket: a }]);
		expect(late.out[2]).toHaveLength(1);
		expect(tickets(late.out[2])[0].sla?.metrics.firstResponse).toMatchObject({ state: 'breached', breachedAt: at(5) });

		const resolved = await run(sla('resolve', at(14)), [{ ticket: onTime }]);
		// resolved at 14 of 15 minutes: achieved, and an achieved clock is never at risk
		expect(resolved.out[1]).toHaveLength(0);
		const [ok] = tickets(resolved.out[0]);
		expect(ok.sla?.metrics.resolution).toMatchObject({ state: 'achieved', achievedAt: at(14) });
		const resolvedLate = await run(sla('resolve', at(20)), [{ ticket: onTime }]);
		expect(tickets(resolvedLate.out[2])[0].sla?.metrics.resolution).toMatchObject({ state: 'breached', breachedAt: at(15) });
	});
});

const ROME_OFFICE = {
	name: 'rome-office',
	timeZone: 'Europe/Rome',
	mon: '09:00-13:00, 14:00-18:00',
	tue: '09:00-13:00, 14:00-18:00',
	wed: '09:00-13:00, 14:00-18:00',
	thu: '09:00-13:00, 14:00-18:00',
	fri: '09:00-13:00, 14:00-18:00',
	holidays: '2026-04-06, 2026-12-24..2026-12-26',
};

const TABLE = {
	policySource: 'table',
	policies: {
		values: [
			{ name: 'rg-urgent', category: ['responsible_gambling'], firstResponse: 1, escalation: 10 },
			{ name: 'vip', vipTier: ['gold', 'platinum', 'diamond'], firstResponse: 2, resolution: 30 },
			{ name: 'email-office', channel: ['email'], firstResponse: 120, resolution: 480, calendar: 'rome-office' },
			{ name: 'chat-simple', channel: ['chat', 'telegram'], complexity: ['simple'], priority: ['normal', 'low'], firstResponse: 5, resolution: 15 },
		],
	},
	calendars: { values: [ROME_OFFICE] },
};

describe('SLA Timer node: policy table, JSON and calendars', () => {
	it('takes the first matching row of the panel table, with VIP tier and calendar', async () => {
		const input = [
			ticket({ category: 'responsible_gambling', crm: vip('gold') }),
			ticket({ externalId: 'm-2', crm: vip('platinum') }),
			ticket({ externalId: 'm-3', channel: 'email' }),
			ticket({ externalId: 'm-4', channel: 'telegram' }),
		];
		// Friday 27 March 2026, 17:00 in Rome (CET, UTC+1)
		const friday = '2026-03-27T16:00:00.000Z';
		const out = await started(input, friday, TABLE);
		expect(out.map((t) => t.sla?.policy)).toEqual(['rg-urgent', 'vip', 'email-office', 'chat-simple']);
		expect(out[0].sla?.metrics.escalation.dueAt).toBe(at(10, friday));
		expect(out[1].sla?.metrics).not.toHaveProperty('escalation');
		// 60 open minutes on Friday, then Monday 30 March from 09:00 CEST (UTC+2): 10:00 CEST = 08:00Z
		expect(out[2].sla?.calendar).toBe('rome-office');
		expect(out[2].sla?.metrics.firstResponse.dueAt).toBe('2026-03-30T08:00:00.000Z');
		// 480 = 60 Fri + Mon 09-13 (240) + 14-17 (180) → Mon 17:00 CEST = 15:00Z
		expect(out[2].sla?.metrics.resolution.dueAt).toBe('2026-03-30T15:00:00.000Z');
	});

	it('counts business hours across the autumn DST change and a holiday when checking (Europe/Rome)', async () => {
		// Friday 23 October 2026 17:30 CEST (15:30Z); clocks go back on Sunday 25 October.
		const [email] = await started([ticket({ channel: 'email' })], '2026-10-23T15:30:00.000Z', TABLE);
		// 30 minutes Friday + 90 Monday from 09:00 CET (08:00Z) → 09:30Z
		expect(email.sla?.metrics.firstResponse.dueAt).toBe('2026-10-26T09:30:00.000Z');
		const check = async (now: string) => (await run(sla('check', now, TABLE), [{ ticket: email }])).out.map((o) => o.length);
		expect(await check('2026-10-26T08:00:00.000Z')).toEqual([1, 0, 0]); // 30 of 120 minutes
		expect(await check('2026-10-26T09:06:00.000Z')).toEqual([0, 1, 0]); // 96 = 80 %
		expect(await check('2026-10-26T09:30:00.000Z')).toEqual([0, 0, 1]);
		// Easter Monday 6 April 2026 is a holiday in this calendar: Thursday 2 April 17:00 CEST + 120 → Tue 7 April 10:00 CEST
		const [easter] = await started([ticket({ channel: 'email' })], '2026-04-02T15:00:00.000Z', TABLE);
		expect(easter.sla?.metrics.firstResponse.dueAt).toBe('2026-04-03T08:00:00.000Z');
		const [fridayEvening] = await started([ticket({ channel: 'email' })], '2026-04-03T15:00:00.000Z', TABLE);
		expect(fridayEvening.sla?.metrics.firstResponse.dueAt).toBe('2026-04-07T08:00:00.000Z');
	});

	it('pauses over a weekend and the autumn DST change without counting the paused open minutes', async () => {
		// Friday 23 October 2026 17:30 CEST; e-mail first response 120 open minutes.
		const [email] = await started([ticket({ channel: 'email' })], '2026-10-23T15:30:00.000Z', TABLE);
		const paused = tickets((await run(sla('pause', '2026-10-23T15:50:00.000Z', TABLE), [{ ticket: email }])).out[0])[0];
		// Monday 26 October 10:00 CET: paused Fri 17:50-18:00 and Mon 09:00-10:00 = 70 open minutes
		const resumed = tickets((await run(sla('resume', '2026-10-26T09:00:00.000Z', TABLE), [{ ticket: paused }])).out[0])[0];
		expect(resumed.sla?.metrics.firstResponse).toMatchObject({ state: 'running', pausedMinutes: 70, dueAt: '2026-10-26T10:40:00.000Z' });
		// 20 minutes used before the pause + 76 after = 96 = 80 % of 120
		const check = async (now: string) => (await run(sla('check', now, TABLE), [{ ticket: resumed }])).out.map((o) => o.length);
		expect(await check('2026-10-26T10:15:00.000Z')).toEqual([1, 0, 0]);
		expect(await check('2026-10-26T10:16:00.000Z')).toEqual([0, 1, 0]);
		expect(await check('2026-10-26T10:40:00.000Z')).toEqual([0, 0, 1]);
	});

	it('reads policies and calendars from JSON, with per-policy warning threshold', async () => {
		const json = {
			policies: [
				{ name: 'kyc', when: { category: ['kyc'] }, targets: { resolution: 60 }, calendar: 'warsaw', warningThreshold: 0.5 },
				{ name: 'rest', targets: { firstResponse: 10 }, calendar: '24/7' },
			],
			calendars: [{ name: 'warsaw', kind: 'business', timeZone: 'Europe/Warsaw', hours: { sat: ['10:00-14:00'] } }],
		};
		const parameters = { policySource: 'json', policiesJson: JSON.stringify(json) };
		// Saturday 31 January 12:00Z = 13:00 in Warsaw: 60 open minutes until 14:00 local
		const [kyc, other] = await started([ticket({ category: 'kyc' }), ticket({ externalId: 'm-2' })], T0, parameters);
		expect(kyc.sla).toMatchObject({ policy: 'kyc', calendar: 'warsaw', warningThreshold: 0.5 });
		expect(kyc.sla?.metrics.resolution.dueAt).toBe(at(60));
		expect(other.sla?.policy).toBe('rest');
		const checked = await run(sla('check', at(31), parameters), [{ ticket: kyc }]);
		expect(checked.out[1]).toHaveLength(1);
		// a plain array is accepted too
		const plain = await started([ticket()], T0, { policySource: 'json', policiesJson: JSON.stringify(json.policies.slice(1)) });
		expect(plain[0].sla?.policy).toBe('rest');
	});

	it('takes a JSON calendar written the way people write it (full weekday names, H:mm, en dash, overlaps, a comma string, no kind)', async () => {
		const calendars = [
			{
				name: 'kolkata',
				timeZone: 'Asia/Kolkata',
				hours: { Saturday: '9:00 \u2013 13:00, 12:00-18:00', Monday: ['09:00-18:00'], sunday: null },
				holidays: '2026-02-01 .. 2026-02-02',
			},
		];
		const parameters = { policySource: 'json', policiesJson: JSON.stringify({ policies: [{ name: 'office', targets: { resolution: 120 }, calendar: 'kolkata' }], calendars }) };
		// Saturday 31 January 12:00Z = 17:30 in Kolkata (+05:30): 30 minutes until 18:00; Sunday and Monday are
		// closed (null, holiday), so the other 90 run from Tuesday... which has no hours; next Saturday 09:00 + 90.
		const [t] = await started([ticket()], T0, parameters);
		expect(t.sla?.metrics.resolution.dueAt).toBe('2026-02-07T05:00:00.000Z');
		const bad = { policySource: 'json', policiesJson: JSON.stringify({ policies: [{ name: 'office', targets: { resolution: 120 }, calendar: 'kolkata' }], calendars: [{ ...calendars[0], hours: { weekdays: ['09:00-18:00'] } }] }) };
		const result = await runNode('slaTimer', sla('start', T0, bad) as INodeParameters, [{ ticket: ticket() }], { outputs: 3 });
		const error = result.nodeError('Node') as { message: string; description?: string } | undefined;
		expect(`${error?.message} | ${error?.description}`).toMatch(/'weekdays' is not a weekday.*Field: calendars\[0\]\.hours\.weekdays\. Use mon, tue/);
	});

	it('uses the fallback policy when nothing matches', async () => {
		const [t] = await started([ticket({ channel: 'viber' })], T0, { ...TABLE, options: { fallbackPolicy: 'standard-messaging-complex' } });
		expect(t.sla?.policy).toBe('standard-messaging-complex');
		const [own] = await started([ticket({ channel: 'viber' })], T0, { ...TABLE, options: { fallbackPolicy: 'email-office' } });
		expect(own.sla?.policy).toBe('email-office');
	});
});

describe('SLA Timer node: bad input', () => {
	const failure = async (parameters: Record<string, unknown>, input: unknown[]) => {
		const result = await runNode('slaTimer', parameters as INodeParameters, input as IDataObject[], { outputs: 3 });
		const error = result.nodeError('Node') as { message: string; description?: string } | undefined;
		expect(error).toBeDefined();
		return `${error?.message} | ${error?.description ?? ''}`;
	};

	it('names the item and field for a missing or invalid ticket', async () => {
		expect(await failure(sla('check', T0), [{ ticket: ticket() }, { hello: 1 }])).toMatch(/^Item 0: .*no SLA clocks.*Field: sla/);
		expect(await failure(sla('start', T0), [{ ticket: ticket() }, { hello: 1 }])).toMatch(/^Item 1: the item has no 'ticket' field \| Field: ticket\./);
		expect(await failure(sla('start', T0), [{ ticket: { ...ticket(), channel: 'fax' } }])).toMatch(/^Item 0: Invalid field 'ticket.channel'/);
	});

	it('rejects an unknown time zone, malformed hours, unknown calendars and an unmatched ticket', async () => {
		const withCalendar = (calendar: Record<string, unknown>) => ({ ...TABLE, calendars: { values: [{ ...ROME_OFFICE, ...calendar }] } });
		expect(await failure(sla('start', T0, withCalendar({ timeZone: 'Europe/Atlantis' })), [{ ticket: ticket() }])).toMatch(
			/unknown time zone 'Europe\/Atlantis'.*Field: calendars\[0\]\.timeZone/,
		);
		expect(await failure(sla('check', T0, withCalendar({ tue: '09:00-13:00, 12:00-25:00' })), [{ ticket: ticket() }])).toMatch(
			/Field: calendars\[0\]\.hours\.tue\[1\]/,
		);
		expect(await failure(sla('start', T0, withCalendar({ wed: '18:00-9' })), [{ ticket: ticket() }])).toMatch(/Field: calendars\[0\]\.hours\.wed\[0\]/);
		const unknownCalendar = { ...TABLE, policies: { values: [{ name: 'x', firstResponse: 5, calendar: 'madrid' }] } };
		expect(await failure(sla('start', T0, unknownCalendar), [{ ticket: ticket() }])).toMatch(/calendar 'madrid' is not defined.*Field: policies\[0\]\.calendar/);
		expect(await failure(sla('start', T0, TABLE), [{ ticket: ticket({ channel: 'viber' }) }])).toMatch(/^Item 0: no SLA policy matches ticket tkt_m-1.*Field: policies/);
		expect(await failure(sla('start', T0, { ...TABLE, options: { fallbackPolicy: 'nope' } }), [{ ticket: ticket() }])).toMatch(/Field: options\.fallbackPolicy/);
		expect(await failure(sla('start', T0, { policySource: 'json', policiesJson: '[{"name": "a"' }), [{ ticket: ticket() }])).toMatch(/not valid JSON.*Field: policiesJson/);
		expect(await failure(sla('start', T0, { policySource: 'json', policiesJson: '[{"name": "a", "targets": {"lunch": 5}, "calendar": "24/7"}]' }), [{ ticket: ticket() }])).toMatch(
			/Field: policiesJson\.policies\[0\]\.targets\.lunch/,
		);
		expect(await failure(sla('start', 'last tuesday'), [{ ticket: ticket() }])).toMatch(/Field: options\.referenceTime/);
	});

	it('honours Continue On Fail: failed items carry the error, the others go on', async () => {
		const input = [{ ticket: ticket() }, { nothing: true }, { ticket: ticket({ channel: 'viber' }) }];
		const regular = await run(sla('start', T0, TABLE), input, { onError: 'continueRegularOutput' });
		expect(regular.out[0].map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(regular.out[0][0].json.ticket).toMatchObject({ sla: { policy: 'chat-simple' } });
		// n8n's engine reduces an error item's json to { error: message }; pairedItem leads back to the input.
		expect(regular.out[0][1].json).toEqual({ error: "Item 1: the item has no 'ticket' field" });
		expect(String(regular.out[0][2].json.error)).toMatch(/^Item 2: no SLA policy matches/);

		const errorOutput = await runNode('slaTimer', sla('start', T0, TABLE), input, { outputs: 4, settings: { onError: 'continueErrorOutput' } });
		expect(errorOutput.items('Node', 0)).toHaveLength(1);
		expect(errorOutput.items('Node', 3).map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);

		// a settings error fails every item the same way
		const badZone = { ...TABLE, calendars: { values: [{ ...ROME_OFFICE, timeZone: 'Nowhere/Land' }] } };
		const all = await run(sla('check', T0, badZone), input, { onError: 'continueRegularOutput' });
		expect(all.out[0]).toHaveLength(3);
		expect(all.out[0].map((i) => String(i.json.error))).toEqual(
			[0, 1, 2].map((i) => `Item ${i}: calendars[0]: calendar 'rome-office': unknown time zone 'Nowhere/Land'`),
		);
	});
});
