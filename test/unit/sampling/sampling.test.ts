import { DEFAULT_RISK_WEIGHTS, riskFactors, validateRiskWeights } from '../../../nodes/shared/domain/sampling/risk';
import { isoWeekSeed, uniform } from '../../../nodes/shared/domain/sampling/keys';
import { agentTarget, allocate, classify, drawSample, type SampleSettings } from '../../../nodes/shared/domain/sampling/sample';
import { compileCriteria, DEFAULT_CRITERIA } from '../../../nodes/shared/domain/sampling/scorecard';
import { qaSamplerProperties } from '../../../nodes/QaSampler/description';
import { closedTicket } from '../../fixtures/closed-tickets';

const settings = (extra: Partial<SampleSettings> = {}): SampleSettings => ({
	mode: 'count',
	rate: 0,
	count: 4,
	minimumPerAgent: 0,
	stratifyByChannel: true,
	weights: DEFAULT_RISK_WEIGHTS,
	lowCsat: 2,
	seed: 's',
	onlyClosed: true,
	reviewedTag: 'qa:reviewed',
	reviewedIds: new Set(),
	...extra,
});

function draw(tickets: Array<Record<string, unknown>>, s: SampleSettings) {
	const seen = new Set<string>();
	return drawSample(tickets.map((t, i) => classify(t, i, s, seen)), s);
}

describe('sampling keys', () => {
	it('derives the default seed from the ISO week (week-years across New Year)', () => {
		expect(isoWeekSeed('2026-03-02T06:00:00Z')).toBe('2026-W10');
		expect(isoWeekSeed('2026-01-01T00:00:00Z')).toBe('2026-W01');
		expect(isoWeekSeed('2027-01-01T12:00:00Z')).toBe('2026-W53');
		expect(() => isoWeekSeed('next monday')).toThrow(/not an ISO-8601 timestamp/);
	});

	it('spreads uniform numbers evenly over (0, 1)', () => {
		const buckets = new Array(10).fill(0);
		for (let i = 0; i < 20000; i++) {
			const u = uniform('seed', `tkt_${i}`);
			expect(u).toBeGreaterThan(0);
			expect(u).toBeLessThan(1);
			buckets[Math.floor(u * 10)]++;
		}
		for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
	});
});

describe('allocation over channels', () => {
	const sizes = (o: Record<string, number>) => new Map(Object.entries(o));
	it('is proportional with at least one per channel and never above a channel’s size', () => {
		expect(Object.fromEntries(allocate(6, sizes({ chat: 18, email: 2, phone: 10 })))).toEqual({ chat: 3, email: 1, phone: 2 });
		expect(Object.fromEntries(allocate(3, sizes({ chat: 100, email: 1, phone: 1 })))).toEqual({ chat: 1, email: 1, phone: 1 });
		expect(Object.fromEntries(allocate(10, sizes({ chat: 3, email: 20 })))).toEqual({ chat: 1, email: 9 });
		expect(Object.fromEntries(allocate(5, sizes({ chat: 2, email: 3 })))).toEqual({ chat: 2, email: 3 });
	});
	it('gives the largest channels one each when the sample is smaller than the channel count', () => {
		expect(Object.fromEntries(allocate(2, sizes({ chat: 5, email: 9, phone: 1 })))).toEqual({ chat: 1, email: 1, phone: 0 });
	});
	it('always sums to the target when the channels hold enough', () => {
		for (let total = 0; total <= 40; total++) {
			const shares = allocate(total, sizes({ a: 17, b: 3, c: 1, d: 19 }));
			expect([...shares.values()].reduce((x, y) => x + y, 0)).toBe(total);
		}
	});
});

describe('targets', () => {
	it('rounds a rate up and applies the minimum without exceeding what the agent has', () => {
		expect(agentTarget(30, settings({ mode: 'rate', rate: 10, minimumPerAgent: 2 }))).toEqual({ target: 3, raised: false });
		expect(agentTarget(3, settings({ mode: 'rate', rate: 10, minimumPerAgent: 2 }))).toEqual({ target: 2, raised: true });
		expect(agentTarget(1, settings({ mode: 'rate', rate: 10, minimumPerAgent: 2 }))).toEqual({ target: 1, raised: false });
		expect(agentTarget(50, settings({ mode: 'rate', rate: 10, minimumPerAgent: 2 }))).toEqual({ target: 5, raised: false });
	});
});

describe('risk weighting', () => {
	it('finds every risk factor', () => {
		const t = closedTicket({ id: 'x', agent: 'a', firstResponseMin: 30, resolutionMin: 5, csat: 2, category: 'complaint', escalated: true, tags: ['rg:limits'] });
		expect(riskFactors(t)).toEqual(['sla_breached', 'low_csat', 'escalated', 'complaint', 'responsible_gambling']);
		expect(riskFactors(closedTicket({ id: 'y', agent: 'a', firstResponseMin: 1, resolutionMin: 5, csat: 3 }))).toEqual([]);
	});

	it('draws risky tickets about as often as weighted draws without replacement predict', () => {
		// 4 risky (weight 4) and 16 ordinary (weight 1), 4 drawn one by one with probability
		// proportional to weight: exact inclusion 0.4560 for a risky ticket, 0.1360 for an ordinary one.
		const tickets = Array.from({ length: 20 }, (_, i) => closedTicket({ id: `t${i}`, agent: 'a', firstResponseMin: i < 4 ? 30 : 1, resolutionMin: 5 }));
		let risky = 0;
		const seeds = 2000;
		for (let s = 0; s < seeds; s++) {
			const { sampled } = draw(tickets, settings({ seed: `seed-${s}` }));
			for (const index of sampled) if (index < 4) risky++;
		}
		const riskyRate = risky / (4 * seeds);
		const ordinaryRate = (4 * seeds - risky) / (16 * seeds);
		expect(Math.abs(riskyRate - 0.456)).toBeLessThan(0.025);
		expect(Math.abs(ordinaryRate - 0.136)).toBeLessThan(0.01);
	});

	it('samples uniformly when every weight is 0', () => {
		const tickets = Array.from({ length: 20 }, (_, i) => closedTicket({ id: `t${i}`, agent: 'a', firstResponseMin: i < 4 ? 30 : 1, resolutionMin: 5 }));
		let risky = 0;
		const seeds = 2000;
		const zero = validateRiskWeights({ slaBreached: 0, lowCsat: 0, escalated: 0, complaint: 0, responsibleGambling: 0 });
		for (let s = 0; s < seeds; s++) for (const index of draw(tickets, settings({ seed: `${s}`, weights: zero })).sampled) if (index < 4) risky++;
		expect(Math.abs(risky / (4 * seeds) - 0.2)).toBeLessThan(0.03);
	});

	it('considers a ticket that appears twice once', () => {
		const t = closedTicket({ id: 'same', agent: 'a', firstResponseMin: 1, resolutionMin: 5 });
		const { summary } = draw([t, t], settings());
		expect(summary.totals).toMatchObject({ eligible: 1, duplicate: 1, sampled: 1 });
	});
});

describe('scorecard', () => {
	it('checks criteria and falls back to the defaults', () => {
		expect(compileCriteria([])).toBe(DEFAULT_CRITERIA);
		expect(() => compileCriteria([{ name: 'a', weight: 1 }, { name: 'A', weight: 2 }])).toThrow(/appears twice/);
		expect(() => compileCriteria([{ name: '', weight: 1 }])).toThrow(/has no name/);
		expect(() => compileCriteria([{ name: 'a', weight: 0 }])).toThrow(/every scorecard weight is 0/);
	});
	it('panel defaults equal the domain defaults', () => {
		const weights = qaSamplerProperties.find((p) => p.name === 'riskWeights')!;
		expect(weights.default).toEqual(DEFAULT_RISK_WEIGHTS);
		for (const option of weights.options as Array<{ name: keyof typeof DEFAULT_RISK_WEIGHTS; default: number }>) {
			expect(option.default).toBe(DEFAULT_RISK_WEIGHTS[option.name]);
		}
		expect(qaSamplerProperties.find((p) => p.name === 'scorecard')!.default).toEqual({ criteria: DEFAULT_CRITERIA });
	});
});
