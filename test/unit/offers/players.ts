import fc from 'fast-check';

/** The reference time every offer test uses. */
export const NOW = '2026-11-30T10:00:00.000Z';
export const NOW_MS = Date.parse(NOW);
export const RESTRICTED = ['US', 'FR'];
export const COOLDOWN_DAYS = 7;
const DAY = 86_400_000;

const daysAgo = (days: number) => new Date(NOW_MS - days * DAY).toISOString();

/** A reference-CRM record with no blocking flag: verified, active, not excluded, no RG flag, allowed country. */
export function cleanPlayer(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id,
		name: `Player ${id}`,
		country: 'MT',
		currency: 'EUR',
		balance: 100,
		accountStatus: 'active',
		vipTier: 'gold',
		kycStatus: 'verified',
		selfExcluded: false,
		rgFlags: [],
		bonusAbuse: false,
		lastLoginAt: daysAgo(2),
		deposits30d: 5000,
		netResult30d: -500,
		lastOfferAt: null,
		...overrides,
	};
}

/**
 * A random record, some fields in the shapes other CRMs send (strings for booleans, flags as
 * a comma list), some missing. Booleans and tiers cover the values a real CRM may hold.
 */
export const playerArb = fc
	.record({
		n: fc.integer({ min: 0, max: 1e9 }),
		vipTier: fc.constantFrom('none', 'bronze', 'silver', 'gold', 'platinum', 'diamond', 'GOLD', 'vip', '', null, undefined),
		kycStatus: fc.constantFrom('verified', 'Verified', 'pending', 'not_started', 'rejected', null, undefined),
		accountStatus: fc.constantFrom('active', 'ACTIVE', 'suspended', 'closed', null, undefined),
		selfExcluded: fc.constantFrom(false, true, 'true', 'false', 0, 1, 'yes', null, undefined, 'maybe'),
		rgFlags: fc.oneof(
			fc.subarray(['deposit_limit_reached', 'cooling_off', 'recent_rg_ticket', 'loss_limit', 'time_out']),
			fc.constantFrom('cooling_off', 'deposit_limit_reached, recent_rg_ticket', '', null, undefined),
		),
		bonusAbuse: fc.constantFrom(false, true, 'true', 'false', null, undefined),
		country: fc.constantFrom('MT', 'GB', 'US', 'fr', 'DE', null, undefined),
		currency: fc.constantFrom('EUR', 'GBP', 'usd', null, undefined),
		loginDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
		deposits: fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.constant(undefined)),
		netResult: fc.oneof(fc.integer({ min: -100000, max: 50000 }), fc.constant(undefined)),
		offerDays: fc.option(fc.integer({ min: -2, max: 60 }), { nil: null }),
	})
	.map((r) => {
		const record: Record<string, unknown> = {
			id: `p-${r.n}`,
			vipTier: r.vipTier,
			kycStatus: r.kycStatus,
			accountStatus: r.accountStatus,
			selfExcluded: r.selfExcluded,
			rgFlags: r.rgFlags,
			bonusAbuse: r.bonusAbuse,
			country: r.country,
			currency: r.currency,
			lastLoginAt: r.loginDays === null ? null : daysAgo(r.loginDays),
			deposits30d: r.deposits,
			netResult30d: r.netResult,
			lastOfferAt: r.offerDays === null ? null : daysAgo(r.offerDays),
		};
		for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
		return record;
	});

const flags = (value: unknown): string[] =>
	Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map((f) => f.trim()).filter(Boolean) : [];

/**
 * The blocking markers of a record, judged independently of the code under test: anything
 * that is not a clear "verified, active, not excluded, no flag, allowed country, no abuse, out
 * of cooldown" blocks.
 */
export function blockingMarkers(record: Record<string, unknown>): string[] {
	const markers: string[] = [];
	const excluded = record.selfExcluded;
	if (!(excluded === false || excluded === 0 || excluded === 'false')) markers.push('selfExcluded');
	if (record.rgFlags === undefined || record.rgFlags === null || flags(record.rgFlags).length > 0) markers.push('rgFlags');
	if (String(record.kycStatus ?? '').toLowerCase() !== 'verified') markers.push('kyc');
	if (String(record.accountStatus ?? '').toLowerCase() !== 'active') markers.push('account');
	if (record.country === undefined || record.country === null || RESTRICTED.includes(String(record.country).toUpperCase())) markers.push('country');
	if (record.bonusAbuse !== undefined && record.bonusAbuse !== null && !(record.bonusAbuse === false || record.bonusAbuse === 'false')) markers.push('bonusAbuse');
	if (typeof record.lastOfferAt === 'string' && NOW_MS - Date.parse(record.lastOfferAt) < COOLDOWN_DAYS * DAY) markers.push('cooldown');
	return markers;
}

export const isCompliantlyBlocked = (record: Record<string, unknown>) => blockingMarkers(record).length > 0;

/** A clean active player with a few fields taken from a random record: most are near the eligibility edge. */
export const nearCleanArb = fc
	.tuple(playerArb, fc.subarray(['vipTier', 'kycStatus', 'accountStatus', 'selfExcluded', 'rgFlags', 'bonusAbuse', 'country', 'lastOfferAt', 'deposits30d', 'netResult30d', 'lastLoginAt'], { maxLength: 3 }))
	.map(([random, keys]) => {
		const record = cleanPlayer(String(random.id), { vipTier: 'gold', deposits30d: 3000, netResult30d: -200 });
		for (const key of keys) {
			if (key in random) record[key] = random[key];
			else delete record[key];
		}
		return record;
	});

/** Both shapes: fully random records and near-clean ones. */
export const anyPlayerArb = fc.oneof(playerArb, nearCleanArb);
