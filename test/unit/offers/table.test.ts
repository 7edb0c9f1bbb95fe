import fc from 'fast-check';

import { DomainError } from '../../../nodes/shared/domain/errors';
import { compileOfferTable, DEFAULT_OFFER_TABLE, matchRow, offerAmount, type OfferRow } from '../../../nodes/shared/domain/offers/table';

const base: OfferRow = { tier: 'gold', type: 'deposit_match', typeValue: 100, amountRule: 'fixed', amount: 50, wagering: 30, validityDays: 7 };

function errorOf(rows: unknown): DomainError {
	try {
		compileOfferTable(rows);
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('expected a DomainError');
}

describe('offer table validation', () => {
	it('accepts the shipped default table', () => {
		const table = compileOfferTable(DEFAULT_OFFER_TABLE);
		expect(table.rows).toHaveLength(DEFAULT_OFFER_TABLE.length);
		expect(table.byTier.has('none')).toBe(false);
	});

	it.each([
		[{ amount: -5 }, 'offers[1].amount', /must not be negative|greater than 0/],
		[{ amount: 'fifty' }, 'offers[1].amount', /must be a number, got "fifty"/],
		[{ cap: -1 }, 'offers[1].cap', /must not be negative/],
		[{ wagering: 'x30' }, 'offers[1].wagering', /must be a number/],
		[{ validityDays: 0 }, 'offers[1].validityDays', /greater than 0/],
		[{ tier: 'vip' }, 'offers[1].tier', /must be one of none, bronze/],
		[{ type: 'bonus_cash' }, 'offers[1].type', /must be one of deposit_match/],
		[{ amountRule: 'percent' }, 'offers[1].amountRule', /must be one of fixed/],
		[{ type: 'free_spins', typeValue: 12.5 }, 'offers[1].typeValue', /whole number/],
		[{ type: 'cashback', typeValue: 150 }, 'offers[1].typeValue', /at most 100/],
		[{ amountRule: 'percent_of_deposits', amount: 250 }, 'offers[1].amount', /at most 100/],
		[{ minDeposits: 500, maxDeposits: 100 }, 'offers[1].minDeposits', /must be below 'maxDeposits'/],
		[{ minDeposits: '-10' }, 'offers[1].minDeposits', /must not be negative/],
		[{ minDeposits: undefined, maxDeposits: 0 }, 'offers[1].maxDeposits', /must be above 0/],
		[{ currency: 'euro' }, 'offers[1].currency', /three-letter/],
		[{ typeValue: undefined }, 'offers[1].typeValue', /is required/],
	])('rejects %j naming row 2 and the field', (patch, field, message) => {
		const error = errorOf([{ ...base, name: 'ok', maxDeposits: 100 }, { ...base, name: 'Bad row', minDeposits: 100, ...patch }]);
		expect(error.field).toBe(field);
		expect(error.message).toMatch(/^Offer row 2 \("Bad row"\)/);
		expect(error.message).toMatch(message);
		expect(error.hint).toBeTruthy();
	});

	it('names both rows of an overlap', () => {
		const error = errorOf([
			{ ...base, name: 'Gold active', maxDaysSinceLogin: 30 },
			{ ...base, name: 'Silver', tier: 'silver' },
			{ ...base, name: 'Gold big spenders', minDeposits: 1000 },
		]);
		expect(error.message).toMatch(/Offer rows 1 \("Gold active"\) and 3 \("Gold big spenders"\) overlap for tier gold/);
		expect(error.field).toBe('offers[2]');
	});

	it('treats bands as half-open, other tiers and other currencies as disjoint', () => {
		expect(() =>
			compileOfferTable([
				{ ...base, maxDeposits: 1000 },
				{ ...base, minDeposits: 1000 },
				{ ...base, tier: 'silver' },
				{ ...base, tier: 'diamond', currency: 'EUR' },
				{ ...base, tier: 'diamond', currency: 'GBP' },
			]),
		).not.toThrow();
		expect(() => compileOfferTable([{ ...base, tier: 'diamond', currency: 'EUR' }, { ...base, tier: 'diamond' }])).toThrow(/overlap/);
		expect(() => compileOfferTable([])).toThrow(/empty/);
		expect(() => compileOfferTable('[]')).toThrow(/empty/);
		expect(errorOf([null]).field).toBe('offers[0]');
	});

	it('compiles exactly the tables without overlaps, and then at most one row matches (brute force)', () => {
		const bound = fc.option(fc.integer({ min: 0, max: 4 }).map((n) => n * 100), { nil: undefined });
		const rowArb = fc.record({ tier: fc.constantFrom('gold', 'silver'), d: fc.tuple(bound, bound), l: fc.tuple(bound, bound) }).map(({ tier, d, l }) => {
			const [d0, d1] = d[0] !== undefined && d[1] !== undefined && d[0] > d[1] ? [d[1], d[0]] : d;
			const [l0, l1] = l[0] !== undefined && l[1] !== undefined && l[0] > l[1] ? [l[1], l[0]] : l;
			return { ...base, tier, minDeposits: d0, maxDeposits: d1, minDaysSinceLogin: l0, maxDaysSinceLogin: l1 };
		});
		fc.assert(
			fc.property(fc.array(rowArb, { minLength: 1, maxLength: 5 }), (rows) => {
				const empty = (min?: number, max?: number) => max !== undefined && (min ?? 0) >= max;
				if (rows.some((r) => empty(r.minDeposits, r.maxDeposits) || empty(r.minDaysSinceLogin, r.maxDaysSinceLogin))) {
					expect(() => compileOfferTable(rows)).toThrow(/must be (below|above)/);
					return;
				}
				const inside = (v: number, min?: number, max?: number) => (min === undefined || v >= min) && (max === undefined || v < max);
				const points: Array<[number, number]> = [];
				for (let d = 0; d <= 500; d += 50) for (let l = 0; l <= 500; l += 50) points.push([d, l]);
				const matches = (r: (typeof rows)[number], tier: string, d: number, l: number) =>
					r.tier === tier && inside(d, r.minDeposits, r.maxDeposits) && inside(l, r.minDaysSinceLogin, r.maxDaysSinceLogin);
				const overlapping = ['gold', 'silver'].some((tier) => points.some(([d, l]) => rows.filter((r) => matches(r, tier, d, l)).length > 1));
				if (overlapping) {
					expect(() => compileOfferTable(rows)).toThrow(/overlap/);
					return;
				}
				const table = compileOfferTable(rows);
				for (const tier of ['gold', 'silver'] as const) {
					for (const [d, l] of points) {
						const expected = rows.findIndex((r) => matches(r, tier, d, l));
						const row = matchRow(table, tier, { deposits: d, netResult: 0, daysSinceLogin: l, currency: 'EUR' });
						expect(row?.index ?? -1).toBe(expected);
					}
				}
			}),
			{ numRuns: 200 },
		);
	});
});

describe('offer amounts', () => {
	const activity = { deposits: 8000, netResult: -3100, daysSinceLogin: 3, currency: 'EUR' };
	const row = (patch: Partial<OfferRow>) => compileOfferTable([{ ...base, ...patch }]).rows[0];

	it('applies fixed, percent-of-deposits and percent-of-net-loss rules, then the cap', () => {
		expect(offerAmount(row({ amountRule: 'fixed', amount: 75 }), activity)).toBe(75);
		expect(offerAmount(row({ amountRule: 'percent_of_deposits', amount: 10 }), activity)).toBe(800);
		expect(offerAmount(row({ amountRule: 'percent_of_deposits', amount: 10, cap: 500 }), activity)).toBe(500);
		expect(offerAmount(row({ amountRule: 'percent_of_net_loss', amount: 15 }), activity)).toBe(465);
		expect(offerAmount(row({ amountRule: 'percent_of_net_loss', amount: 15 }), { ...activity, netResult: 200 })).toBe(0);
		expect(offerAmount(row({ amountRule: 'percent_of_deposits', amount: 3.3 }), { ...activity, deposits: 333.33 })).toBe(10.99);
		expect(offerAmount(row({ amountRule: 'fixed', amount: 75, cap: 0 }), activity)).toBe(75);
	});

	it('never exceeds the cap and is never negative', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('fixed', 'percent_of_deposits', 'percent_of_net_loss'),
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				fc.double({ min: 0.01, max: 1e5, noNaN: true }),
				fc.double({ min: 0, max: 1e7, noNaN: true }),
				fc.double({ min: -1e7, max: 1e7, noNaN: true }),
				(amountRule, amount, cap, deposits, netResult) => {
					const value = offerAmount(row({ amountRule, amount, cap }), { deposits, netResult, daysSinceLogin: 0, currency: 'EUR' });
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(cap);
					expect(Math.round(value * 100) / 100).toBe(value);
				},
			),
			{ numRuns: 5000 },
		);
		// A cap just under a whole cent stays below itself.
		expect(offerAmount(row({ amount: 50, cap: 0.12999999999 }), activity)).toBe(0.12);
		expect(offerAmount(row({ amount: 0.29 }), activity)).toBe(0.29);
	});
});
