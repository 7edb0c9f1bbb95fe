import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { runNode, type RunResult } from '../harness/engine';

const T0 = '2026-01-31T12:00:00.000Z';
const at = (minutes: number, from = T0) => new Date(Date.parse(from) + minutes * 60_000).toISOString();

function ticket(overrides: Partial<Ticket> = {}): Ticket {
	return {
		schemaVersion: 1,
		id: `tkt_${overrides.externalId ?? 'm-1'}`,
		channel: 'chat',
		externalId: 'm-1',
		threadKey: 'chat:1',
		player: { id: 'p-1' },
		body: 'where is my withdrawal',
		language: 'en',
		category: 'withdrawal',
		complexity: 'simple',
		priority: 'normal',
		tags: [],
		status: 'new',
		createdAt: T0,
		updatedAt: T0,
		history: [],
		...overrides,
	};
}

const vip = (tier: string) => ({
	balance: 10,
	currency: 'EUR',
	accountStatus: 'active',
	vipTier: tier,
	kycStatus: 'verified',
	selfExcluded: false,
	rgFlags: [],
	fetchedAt: T0,
});

const sla = (operation: string, now: string, extra: Record<string, unknown> = {}) => {
	const { options, ...rest } = extra as { options?: Record<string, unknown> };
	return { operation, ...rest, options: { referenceTime: now, ...(options ?? {}) } };
};

/** Runs the node and returns the tickets per output: [onTrack, atRisk, breached]. */
async function run(parameters: Record<string, unknown>, input: unknown[], settings?: Record<string, unknown>) {
	const result = await runNode('slaTimer', parameters, input as Array<Record<string, unknown>>, { outputs: 3, settings });
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
	});

	it('Warning Threshold changes where At Risk begins', async () => {
		const [a] = await started([ticket()]);
		const early = await run(sla('check', at(2), { options: { warningThreshold: 40 } }), [{ ticket: a }]);
		expect(early.out[1]).toHaveLength(1);
		const normal = await run(sla('check', at(2)), [{ ticket: a }]);
		expect(normal.out[0]).toHaveLength(1);
		const startedAt50 = await started([ticket()], T0, { policySource: 'defaults', options: { warningThreshold: 50 } });
		expect(startedAt50[0].sla?.warningThreshold).toBe(0.8); // shipped rows carry their own 80 %
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
