import fc from 'fast-check';

import { OfferRun, offerIdFor, periodKey, REASONS } from '../../../nodes/shared/domain/offers/evaluate';
import { offerItem, type SourceSettings } from '../../../nodes/shared/domain/offers/item';
import { compileFieldPaths, parsePlayer, readRawPlayer } from '../../../nodes/shared/domain/offers/player';
import { compileOfferTable, DEFAULT_OFFER_TABLE } from '../../../nodes/shared/domain/offers/table';
import { anyPlayerArb as playerArb, blockingMarkers, cleanPlayer, COOLDOWN_DAYS, isCompliantlyBlocked, NOW_MS, RESTRICTED } from './players';

const table = compileOfferTable(DEFAULT_OFFER_TABLE);
const paths = compileFieldPaths();
const itemSource: SourceSettings = { source: 'item', recordPath: [], paths };

function newRun(runBudget?: number) {
	return new OfferRun(table, {
		campaign: 'vip-test',
		period: 'month',
		nowMs: NOW_MS,
		restrictedCountries: new Set(RESTRICTED),
		cooldownDays: COOLDOWN_DAYS,
		runBudget,
	});
}

/** Decides one record; a data error (only possible for an unblocked player) counts as "no offer". */
function decide(run: OfferRun, record: Record<string, unknown>, source = itemSource) {
	try {
		return offerItem(record, run, source);
	} catch (error) {
		return { output: 'error' as const, error };
	}
}

describe('no player with a blocking marker ever gets an offer', () => {
	it('holds for random reference-CRM records (one run each)', () => {
		const seen = { offers: 0, refused: 0 };
		fc.assert(
			fc.property(playerArb, (record) => {
				const result = decide(newRun(), record);
				if (result.output === 0) seen.offers++;
				else seen.refused++;
				if (isCompliantlyBlocked(record)) {
					expect(result.output).toBe(1);
					if (result.output === 1) expect(result.json).not.toHaveProperty('offer');
				}
			}),
			{ numRuns: 4000 },
		);
		// Not vacuous: both outputs are exercised.
		expect(seen.offers).toBeGreaterThan(200);
		expect(seen.refused).toBeGreaterThan(200);
	});

	it('holds for batches sharing one run (budget and duplicates in play)', () => {
		fc.assert(
			fc.property(fc.array(playerArb, { minLength: 1, maxLength: 60 }), fc.option(fc.integer({ min: 1, max: 20000 }), { nil: undefined }), (records, budget) => {
				const run = newRun(budget);
				let spent = 0;
				for (const record of records) {
					const result = decide(run, record);
					if (result.output === 0) {
						expect(isCompliantlyBlocked(record)).toBe(false);
						spent += (result.json.offer as { amount: number }).amount;
					}
				}
				if (budget !== undefined) expect(spent).toBeLessThanOrEqual(budget + 1e-9);
			}),
			{ numRuns: 400 },
		);
	});

	it('holds when the player arrives on a ticket, and an RG ticket blocks even a clean CRM record', () => {
		const ticketSource: SourceSettings = { source: 'ticket', recordPath: [], paths };
		let offers = 0;
		fc.assert(
			fc.property(playerArb, fc.boolean(), (record, rgTicket) => {
				const { id, ...crm } = record;
				const json = {
					ticket: {
						id: 'tkt_1',
						player: { id },
						category: rgTicket ? 'responsible_gambling' : 'bonus',
						tags: rgTicket ? ['rg:self_exclusion'] : [],
						crm,
						history: [],
					},
				};
				const result = decide(newRun(), json, ticketSource);
				if (result.output === 0) offers++;
				if (rgTicket || isCompliantlyBlocked(record)) expect(result.output).toBe(1);
				if (rgTicket && result.output === 1) {
					expect((result.json.ineligible as { reasons: string[] }).reasons).toContain('rg_flag:recent_rg_ticket');
				}
			}),
			{ numRuns: 2000 },
		);
		expect(offers).toBeGreaterThan(50);
	});

	it('names every marker among the reasons, not just the first', () => {
		fc.assert(
			fc.property(playerArb, (record) => {
				const result = decide(newRun(), record);
				if (result.output !== 1) return;
				const reasons = (result.json.ineligible as { reasons: string[] }).reasons;
				const markers = blockingMarkers(record);
				const has = (prefix: string) => reasons.some((r) => r.startsWith(prefix));
				if (markers.includes('selfExcluded')) expect(has('self_excluded') || has('missing_data:selfExcluded') || has('invalid_data:selfExcluded')).toBe(true);
				if (markers.includes('rgFlags')) expect(has('rg_flag:') || has('missing_data:rgFlags')).toBe(true);
				if (markers.includes('kyc')) expect(reasons).toContain(REASONS.kycNotVerified);
				if (markers.includes('account')) expect(reasons).toContain(REASONS.accountNotActive);
				if (markers.includes('country')) expect(has('restricted_country') || has('missing_data:country')).toBe(true);
				if (markers.includes('bonusAbuse')) expect(reasons).toContain(REASONS.bonusAbuse);
				if (markers.includes('cooldown')) expect(reasons).toContain(REASONS.cooldown);
			}),
			{ numRuns: 3000 },
		);
	});

	it('gives a clean player with activity that matches a row an offer', () => {
		const result = decide(newRun(), cleanPlayer('p-1'));
		expect(result.output).toBe(0);
	});
});

describe('offer ids', () => {
	it('are the same for the same player, campaign and period, and differ otherwise', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (player, campaign, period) => {
				const id = offerIdFor(player, campaign, period);
				expect(id).toMatch(/^ofr_[0-9a-f]{24}$/);
				expect(offerIdFor(player, campaign, period)).toBe(id);
				expect(offerIdFor(player + 'x', campaign, period)).not.toBe(id);
				expect(offerIdFor(player, campaign + 'x', period)).not.toBe(id);
				expect(offerIdFor(player, campaign, period + 'x')).not.toBe(id);
			}),
		);
		// Field boundaries cannot be shifted: ("ab","c") and ("a","bc") differ.
		expect(offerIdFor('ab', 'c', 'm')).not.toBe(offerIdFor('a', 'bc', 'm'));
	});

	it('do not depend on activity, table row or time within the period', () => {
		const a = newRun().decide(parsePlayer(readRawPlayer([cleanPlayer('p-7')], paths)));
		const later = new OfferRun(table, { campaign: 'vip-test', period: 'month', nowMs: NOW_MS - 20 * 86_400_000, restrictedCountries: new Set(), cooldownDays: 0, runBudget: undefined });
		const b = later.decide(parsePlayer(readRawPlayer([cleanPlayer('p-7', { netResult30d: -9000, lastLoginAt: '2026-11-01T00:00:00Z' })], paths)));
		expect(a.eligible && b.eligible).toBe(true);
		if (a.eligible && b.eligible) {
			expect(a.offer.rule).not.toBe(b.offer.rule);
			expect(b.offer.offerId).toBe(a.offer.offerId);
		}
	});

	it('period keys follow ISO weeks, months and quarters in UTC', () => {
		const at = Date.parse('2027-01-01T23:30:00Z'); // a Friday in ISO week 2026-W53
		expect(periodKey('day', at)).toBe('2027-01-01');
		expect(periodKey('week', at)).toBe('2026-W53');
		expect(periodKey('month', at)).toBe('2027-01');
		expect(periodKey('quarter', at)).toBe('2027-Q1');
		expect(periodKey('campaign', at)).toBe('campaign');
		expect(periodKey('week', Date.parse('2026-12-28T00:00:00Z'))).toBe('2026-W53');
		expect(periodKey('week', Date.parse('2027-01-04T00:00:00Z'))).toBe('2027-W01');
		// In a time zone ahead of UTC the new month and week start earlier.
		expect(periodKey('month', Date.parse('2026-11-30T23:30:00Z'), 'Europe/Malta')).toBe('2026-12');
		expect(periodKey('week', Date.parse('2026-11-29T23:30:00Z'), 'Europe/Malta')).toBe('2026-W49');
		expect(periodKey('week', Date.parse('2026-11-29T23:30:00Z'))).toBe('2026-W48');
		expect(() => periodKey('month', 0, 'Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
	});
});
