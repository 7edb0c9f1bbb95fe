import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../harness/engine';
import { closedTicket, type ClosedTicketSpec } from '../fixtures/closed-tickets';

const REF = '2026-03-02T06:00:00Z'; // Monday of ISO week 2026-W10

const item = (spec: ClosedTicketSpec): IDataObject => ({ ticket: closedTicket(spec), source: 'store' });

/** n ordinary tickets for one agent on one channel, ids prefixed so they are unique. */
const batch = (agent: string, channel: string, n: number, extra: Partial<ClosedTicketSpec> = {}) =>
	Array.from({ length: n }, (_, i) => item({ id: `${agent}-${channel}-${i}`, agent, channel, firstResponseMin: 2, resolutionMin: 10, ...extra }));

const base = (extra: INodeParameters = {}): INodeParameters => ({
	mode: 'rate',
	rate: 10,
	minimumPerAgent: 2,
	options: { referenceTime: REF },
	...extra,
});

async function sample(parameters: INodeParameters, input: IDataObject[]) {
	const result = await runNode('qaSampler', parameters, input, { outputs: 3 });
	const sampled = result.items('Node', 0);
	const summary = result.items('Node', 1);
	const notSampled = result.items('Node', 2);
	return { result, sampled, summary, notSampled, ids: sampled.map((s) => (s.json.ticket as { id: string }).id).sort() };
}

function shuffle<T>(list: T[], seed: number): T[] {
	const copy = [...list];
	let s = seed;
	for (let i = copy.length - 1; i > 0; i--) {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		const j = s % (i + 1);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

describe('QA Sampler node (through the engine)', () => {
	const input = [...batch('anna', 'chat', 30), ...batch('boris', 'email', 12), ...batch('dana', 'telegram', 3)];

	it('sends every input item out exactly once, sampled with a scorecard or not sampled with a reason', async () => {
		const { sampled, summary, notSampled } = await sample(base(), input);
		expect(sampled.length + notSampled.length).toBe(input.length);
		const paired = [...sampled, ...notSampled].map((s) => (s.pairedItem as { item: number }).item).sort((a, b) => a - b);
		expect(paired).toEqual(input.map((_, i) => i));
		for (const s of sampled) {
			const i = (s.pairedItem as { item: number }).item;
			expect(s.json.ticket).toEqual(input[i].ticket);
			expect(s.json.source).toBe('store');
			expect(s.json.qa).toMatchObject({ sampled: true, reasons: ['random'], weight: 1, seed: '2026-W10' });
			const card = (s.json.qa as { scorecard: { criteria: Array<{ name: string; weight: number; score: null }> } }).scorecard;
			expect(card.criteria.map((c) => c.name)).toEqual(['greeting', 'accuracy', 'empathy', 'compliance', 'resolution', 'script adherence']);
			expect(card.criteria.every((c) => c.score === null && c.weight > 0)).toBe(true);
		}
		expect(notSampled.every((s) => (s.json.qa as { reason: string }).reason === 'not_drawn')).toBe(true);
		expect(summary).toHaveLength(1);
		expect((summary[0].pairedItem as unknown[]).length).toBe(input.length);
	});

	it('takes the rate per agent, rounded up, and raises small agents to the minimum', async () => {
		const { sampled, summary } = await sample(base(), input);
		const perAgent = (agent: string) => sampled.filter((s) => (s.json.qa as { agent: string }).agent === agent).length;
		expect(perAgent('anna')).toBe(3); // ceil(10% of 30)
		expect(perAgent('boris')).toBe(2); // ceil(1.2) = 2
		expect(perAgent('dana')).toBe(2); // ceil(0.3) = 1, raised to the minimum 2
		const agents = (summary[0].json.agents as Array<Record<string, unknown>>).map((a) => [a.agent, a.eligible, a.target, a.sampled, a.raisedToMinimum]);
		expect(agents).toEqual([
			['anna', 30, 3, 3, false],
			['boris', 12, 2, 2, false],
			['dana', 3, 2, 2, true],
		]);
		expect(summary[0].json.totals).toMatchObject({ input: 45, eligible: 45, sampled: 7, notDrawn: 38 });
		expect(summary[0].json.channels).toEqual({ chat: { eligible: 30, sampled: 3 }, email: { eligible: 12, sampled: 2 }, telegram: { eligible: 3, sampled: 2 } });
	});

	it('samples everything an agent has when the agent has fewer tickets than the minimum', async () => {
		const { sampled } = await sample(base({ minimumPerAgent: 5 }), batch('eli', 'chat', 3));
		expect(sampled).toHaveLength(3);
	});

	it('gives the same sample for the same seed whatever the input order, and another for another week', async () => {
		const first = await sample(base(), input);
		for (const seed of [1, 2, 3]) {
			const again = await sample(base(), shuffle(input, seed));
			expect(again.ids).toEqual(first.ids);
		}
		const explicit = await sample(base({ options: { seed: '2026-W10' } }), shuffle(input, 9));
		expect(explicit.ids).toEqual(first.ids);
		const nextWeek = await sample(base({ options: { referenceTime: '2026-03-09T06:00:00Z' } }), input);
		expect(nextWeek.sampled[0].json.qa).toMatchObject({ seed: '2026-W11' });
		expect(nextWeek.ids).not.toEqual(first.ids);
	});

	it('spreads an agent’s sample over channels in proportion, at least one per channel', async () => {
		const mixed = [...batch('anna', 'chat', 18), ...batch('anna', 'email', 2), ...batch('anna', 'phone', 10)];
		const { sampled } = await sample(base({ mode: 'count', count: 6 }), mixed);
		const byChannel = (channel: string) => sampled.filter((s) => (s.json.ticket as { channel: string }).channel === channel).length;
		expect([byChannel('chat'), byChannel('email'), byChannel('phone')]).toEqual([3, 1, 2]);
		const off = await sample(base({ mode: 'count', count: 6, stratifyByChannel: false }), mixed);
		expect(off.sampled).toHaveLength(6);
	});

	it('names the risks that made a ticket heavier and excludes tickets reviewed already', async () => {
		const risky = [
			item({ id: 'late', agent: 'anna', firstResponseMin: 12, resolutionMin: 10 }),
			item({ id: 'angry', agent: 'anna', firstResponseMin: 2, resolutionMin: 10, csat: 1 }),
			item({ id: 'rg', agent: 'anna', firstResponseMin: 2, resolutionMin: 10, category: 'responsible_gambling', escalated: true }),
			item({ id: 'done-tag', agent: 'anna', firstResponseMin: 2, resolutionMin: 10, tags: ['qa:reviewed'] }),
			item({ id: 'done-id', agent: 'anna', firstResponseMin: 2, resolutionMin: 10 }),
			item({ id: 'still-open', agent: 'anna', status: 'open' }),
		];
		const { sampled, notSampled, summary } = await sample(base({ mode: 'count', count: 10, options: { referenceTime: REF, reviewedIds: 'done-id, other' } }), risky);
		const qa = Object.fromEntries(sampled.map((s) => [(s.json.ticket as { id: string }).id, s.json.qa as { reasons: string[]; weight: number }]));
		expect(Object.keys(qa).sort()).toEqual(['angry', 'late', 'rg']);
		expect(qa.late).toMatchObject({ reasons: ['sla_breached'], weight: 4 });
		expect(qa.angry).toMatchObject({ reasons: ['low_csat'], weight: 4 });
		expect(qa.rg).toMatchObject({ reasons: ['escalated', 'responsible_gambling'], weight: 7 });
		const reasons = Object.fromEntries(notSampled.map((s) => [(s.json.ticket as { id: string }).id, (s.json.qa as { reason: string }).reason]));
		expect(reasons).toEqual({ 'done-tag': 'already_reviewed', 'done-id': 'already_reviewed', 'still-open': 'not_closed' });
		expect(summary[0].json.totals).toMatchObject({ alreadyReviewed: 2, notClosed: 1, eligible: 3, sampled: 3 });
	});

	it('draws risky tickets markedly more often over many weeks', async () => {
		// 20 tickets for one agent, 4 with a breached SLA (weight 1 + 3); 4 drawn each week.
		const tickets = Array.from({ length: 20 }, (_, i) =>
			item({ id: `t${i}`, agent: 'anna', firstResponseMin: i < 4 ? 30 : 2, resolutionMin: 10 }),
		);
		let risky = 0;
		let ordinary = 0;
		const weeks = 60;
		for (let w = 0; w < weeks; w++) {
			const { sampled } = await sample(base({ mode: 'count', count: 4, options: { seed: `week-${w}` } }), tickets);
			for (const s of sampled) ((s.json.qa as { reasons: string[] }).reasons[0] === 'sla_breached' ? risky++ : ordinary++);
		}
		const riskyRate = risky / (4 * weeks); // inclusion probability of one risky ticket
		const ordinaryRate = ordinary / (16 * weeks);
		expect(riskyRate).toBeGreaterThan(2.5 * ordinaryRate);
		// Uniform sampling would give 0.2 each; with weights a risky one is drawn with probability 0.456.
		expect(riskyRate).toBeGreaterThan(0.35);
	});

	it('uses edited scorecard criteria and risk weights', async () => {
		const { sampled } = await sample(
			base({
				mode: 'count',
				count: 1,
				minimumPerAgent: 0,
				riskWeights: { slaBreached: 10 },
				scorecard: { criteria: [{ name: 'KYC explained', weight: 60 }, { name: 'Tone', weight: 40 }] },
			}),
			[item({ id: 'late', agent: 'anna', firstResponseMin: 12, resolutionMin: 10 })],
		);
		expect(sampled[0].json.qa).toMatchObject({
			weight: 11,
			scorecard: { criteria: [{ name: 'KYC explained', weight: 60, score: null }, { name: 'Tone', weight: 40, score: null }] },
		});
	});

	it('stops on an item without a ticket, naming it, and keeps going under Continue On Fail', async () => {
		const bad = [...batch('anna', 'chat', 3), { message: 'not a ticket' }];
		const failed = await runNode('qaSampler', base(), bad, { outputs: 3 });
		expect(failed.nodeError('Node')?.message).toMatch(/Item 3: the item has no ticket object/);
		const tolerant = await runNode('qaSampler', base(), bad, { outputs: 3, settings: { continueOnFail: true } });
		const errors = tolerant.items('Node', 0).filter((s) => s.json.error);
		expect(errors).toHaveLength(1);
		expect(errors[0].pairedItem).toEqual({ item: 3 });
		expect(tolerant.items('Node', 1)[0].json.totals).toMatchObject({ input: 4, invalid: 1, sampled: 2 });
	});

	it('rejects impossible settings with a message naming the parameter', async () => {
		const result = await runNode('qaSampler', base({ rate: 150 }), batch('anna', 'chat', 2), { outputs: 3 });
		expect(result.nodeError('Node')?.message).toMatch(/Invalid setting: rate is above 100%/);
		const weights = await runNode('qaSampler', base({ riskWeights: { complaint: -1 } }), batch('anna', 'chat', 2), { outputs: 3 });
		expect(weights.nodeError('Node')?.message).toMatch(/risk weight 'complaint'/);
	});

	it('never changes its input items', async () => {
		const snapshot = JSON.parse(JSON.stringify(input));
		await sample(base(), input);
		expect(input).toEqual(snapshot);
	});
});
