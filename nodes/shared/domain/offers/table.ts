import { DomainError } from '../errors';

/** VIP tiers of the reference CRM, lowest first. */
export const VIP_TIERS = ['none', 'bronze', 'silver', 'gold', 'platinum', 'diamond'] as const;
export const OFFER_TYPES = ['deposit_match', 'free_spins', 'cashback'] as const;
export const AMOUNT_RULES = ['fixed', 'percent_of_deposits', 'percent_of_net_loss'] as const;

export type VipTier = (typeof VIP_TIERS)[number];
export type OfferType = (typeof OFFER_TYPES)[number];
export type AmountRule = (typeof AMOUNT_RULES)[number];

/**
 * One row of the offer table as an admin writes it (panel or JSON). Bands are half-open
 * intervals `[min, max)`; a missing bound is open. `netResult` is the player's own result over
 * the window: negative means the player lost money.
 */
export interface OfferRow {
	name?: string;
	tier: string;
	minDeposits?: number | string | null;
	maxDeposits?: number | string | null;
	minNetResult?: number | string | null;
	maxNetResult?: number | string | null;
	minDaysSinceLogin?: number | string | null;
	maxDaysSinceLogin?: number | string | null;
	/** Empty = any currency (the offer is made in the player's currency); set = only players with it. */
	currency?: string | null;
	type: string;
	/** Match percent (deposit_match), number of spins (free_spins) or cashback percent (cashback). */
	typeValue: number | string;
	amountRule: string;
	/** The fixed amount, or the percent of deposits / net loss. */
	amount: number | string;
	/** Largest amount; 0 or empty = no cap. */
	cap?: number | string | null;
	/** Wagering requirement as a multiple of the bonus (0 = wager-free). */
	wagering: number | string;
	validityDays: number | string;
}

interface Band {
	min: number;
	max: number;
}

/** A validated row with its bands as numbers (open bounds are ±Infinity). */
export interface CompiledRow {
	index: number;
	name: string;
	tier: VipTier;
	currency: string | undefined;
	deposits: Band;
	netResult: Band;
	daysSinceLogin: Band;
	type: OfferType;
	typeValue: number;
	amountRule: AmountRule;
	amount: number;
	cap: number | undefined;
	wagering: number;
	validityDays: number;
}

export interface CompiledTable {
	rows: CompiledRow[];
	byTier: Map<VipTier, CompiledRow[]>;
}

/** Activity over the window the CRM reports (30 days in the reference CRM). */
export interface Activity {
	deposits: number;
	netResult: number;
	/** Whole days since the last login; Infinity when the player never logged in. */
	daysSinceLogin: number;
	currency: string | undefined;
}

const ACTIVE = { maxDaysSinceLogin: 30 };
const LAPSED = { minDaysSinceLogin: 30 };

/**
 * The shipped table. Active players (logged in within 30 days) get a deposit match, or cashback
 * on a heavy net loss from gold up; lapsed players get a win-back offer. Tier `none` gets
 * nothing (no_matching_offer): the node is for VIP players. Currency is left open, so amounts
 * are in the player's own currency.
 */
export const DEFAULT_OFFER_TABLE: OfferRow[] = [
	{ name: 'Bronze active depositor', tier: 'bronze', ...ACTIVE, minDeposits: 200, type: 'deposit_match', typeValue: 50, amountRule: 'fixed', amount: 50, wagering: 35, validityDays: 7 },
	{ name: 'Bronze active', tier: 'bronze', ...ACTIVE, maxDeposits: 200, type: 'free_spins', typeValue: 20, amountRule: 'fixed', amount: 4, wagering: 35, validityDays: 7 },
	{ name: 'Bronze win-back', tier: 'bronze', ...LAPSED, type: 'free_spins', typeValue: 30, amountRule: 'fixed', amount: 6, wagering: 35, validityDays: 14 },
	{ name: 'Silver active depositor', tier: 'silver', ...ACTIVE, minDeposits: 500, type: 'deposit_match', typeValue: 75, amountRule: 'percent_of_deposits', amount: 10, cap: 150, wagering: 30, validityDays: 7 },
	{ name: 'Silver active', tier: 'silver', ...ACTIVE, maxDeposits: 500, type: 'free_spins', typeValue: 50, amountRule: 'fixed', amount: 10, wagering: 30, validityDays: 7 },
	{ name: 'Silver win-back', tier: 'silver', ...LAPSED, type: 'free_spins', typeValue: 50, amountRule: 'fixed', amount: 10, wagering: 30, validityDays: 14 },
	{ name: 'Gold cashback', tier: 'gold', ...ACTIVE, maxNetResult: -1000, type: 'cashback', typeValue: 10, amountRule: 'percent_of_net_loss', amount: 10, cap: 500, wagering: 1, validityDays: 7 },
	{ name: 'Gold reload', tier: 'gold', ...ACTIVE, minNetResult: -1000, type: 'deposit_match', typeValue: 100, amountRule: 'percent_of_deposits', amount: 10, cap: 500, wagering: 25, validityDays: 7 },
	{ name: 'Gold win-back', tier: 'gold', ...LAPSED, type: 'deposit_match', typeValue: 100, amountRule: 'fixed', amount: 200, wagering: 25, validityDays: 14 },
	{ name: 'Platinum cashback', tier: 'platinum', ...ACTIVE, maxNetResult: -2500, type: 'cashback', typeValue: 15, amountRule: 'percent_of_net_loss', amount: 15, cap: 2000, wagering: 1, validityDays: 7 },
	{ name: 'Platinum reload', tier: 'platinum', ...ACTIVE, minNetResult: -2500, type: 'deposit_match', typeValue: 100, amountRule: 'percent_of_deposits', amount: 10, cap: 2000, wagering: 20, validityDays: 7 },
	{ name: 'Platinum win-back', tier: 'platinum', ...LAPSED, type: 'deposit_match', typeValue: 100, amountRule: 'fixed', amount: 500, wagering: 20, validityDays: 14 },
	{ name: 'Diamond cashback', tier: 'diamond', ...ACTIVE, maxNetResult: -5000, type: 'cashback', typeValue: 20, amountRule: 'percent_of_net_loss', amount: 20, cap: 10000, wagering: 0, validityDays: 14 },
	{ name: 'Diamond reload', tier: 'diamond', ...ACTIVE, minNetResult: -5000, type: 'deposit_match', typeValue: 100, amountRule: 'percent_of_deposits', amount: 10, cap: 10000, wagering: 15, validityDays: 14 },
	{ name: 'Diamond win-back', tier: 'diamond', ...LAPSED, type: 'deposit_match', typeValue: 100, amountRule: 'fixed', amount: 1000, wagering: 15, validityDays: 30 },
];

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A finite number from a number or a numeric string; undefined when not one. */
export function toNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value.trim());
		return Number.isFinite(parsed) ? parsed : undefined;
	}
	return undefined;
}

function describe(value: unknown): string {
	if (typeof value === 'string') return `"${value.length > 30 ? value.slice(0, 30) + '…' : value}"`;
	if (value === null) return 'null';
	return typeof value === 'object' ? (Array.isArray(value) ? 'an array' : 'an object') : String(value);
}

class RowReader {
	constructor(
		private readonly row: Record<string, unknown>,
		private readonly label: string,
		private readonly path: string,
	) {}

	fail(field: string, message: string, hint: string): never {
		throw new DomainError(`Offer row ${this.label}: '${field}' ${message}`, { field: `${this.path}.${field}`, hint });
	}

	number(field: string, opts: { required?: boolean; min?: number; positive?: boolean; integer?: boolean }): number | undefined {
		const raw = this.row[field];
		if (isBlank(raw)) {
			if (opts.required) this.fail(field, 'is required', 'Fill in a number.');
			return undefined;
		}
		const value = toNumber(raw);
		if (value === undefined) this.fail(field, `must be a number, got ${describe(raw)}`, 'Write a plain number such as 50 or 12.5, without a currency sign.');
		if (opts.min !== undefined && value < opts.min) this.fail(field, `must not be negative, got ${value}`, 'Use 0 or a positive number.');
		if (opts.positive && value <= 0) this.fail(field, `must be greater than 0, got ${value}`, 'Use a positive number.');
		if (opts.integer && !Number.isInteger(value)) this.fail(field, `must be a whole number, got ${value}`, 'Use a whole number.');
		return value;
	}

	band(minField: string, maxField: string, nonNegative: boolean): Band {
		const given = this.number(minField, nonNegative ? { min: 0 } : {});
		// Deposits and days cannot be negative, so an open lower bound starts at 0 for them.
		const min = given ?? (nonNegative ? 0 : -Infinity);
		const max = this.number(maxField, nonNegative ? { min: 0 } : {}) ?? Infinity;
		if (!(min < max)) {
			const hint = 'Bands are [min, max): the minimum is included, the maximum is not, so the maximum must be larger.';
			if (given === undefined) this.fail(maxField, `(${max}) must be above ${min}, or no player can match`, hint);
			this.fail(minField, `(${min}) must be below '${maxField}' (${max})`, hint);
		}
		return { min, max };
	}

	oneOf<T extends string>(field: string, allowed: readonly T[]): T {
		const raw = this.row[field];
		const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
		if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
			this.fail(field, `must be one of ${allowed.join(', ')}; got ${describe(raw)}`, `Choose one of: ${allowed.join(', ')}.`);
		}
		return value as T;
	}
}

function compileRow(raw: unknown, index: number, path: string): CompiledRow {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		throw new DomainError(`Offer row ${index + 1} must be an object, got ${describe(raw)}`, {
			field: `${path}[${index}]`,
			hint: 'Each row is an object such as { "tier": "gold", "type": "cashback", … } (see docs/offers.md).',
		});
	}
	const row = raw as Record<string, unknown>;
	const name = typeof row.name === 'string' && row.name.trim() !== '' ? row.name.trim() : `row ${index + 1}`;
	const r = new RowReader(row, `${index + 1} ("${name}")`, `${path}[${index}]`);
	const tier = r.oneOf('tier', VIP_TIERS);
	const type = r.oneOf('type', OFFER_TYPES);
	const amountRule = r.oneOf('amountRule', AMOUNT_RULES);
	const typeValue = r.number('typeValue', { required: true, positive: true, integer: type === 'free_spins' }) as number;
	if (type !== 'free_spins' && typeValue > 100) r.fail('typeValue', `is a percent and must be at most 100, got ${typeValue}`, 'Write the percent, e.g. 50 for a 50 % match.');
	const amount = r.number('amount', { required: true, positive: true }) as number;
	if (amountRule !== 'fixed' && amount > 100) r.fail('amount', `is a percent and must be at most 100, got ${amount}`, 'Write the percent of deposits or net loss, e.g. 10.');
	const cap = r.number('cap', { min: 0 });
	const currencyRaw = row.currency;
	if (!isBlank(currencyRaw) && (typeof currencyRaw !== 'string' || !/^[A-Za-z]{3}$/.test(currencyRaw.trim()))) {
		r.fail('currency', `must be a three-letter ISO 4217 code or empty, got ${describe(currencyRaw)}`, 'Write a code such as EUR, or leave it empty for the player’s currency.');
	}
	return {
		index,
		name,
		tier,
		currency: isBlank(currencyRaw) ? undefined : (currencyRaw as string).trim().toUpperCase(),
		deposits: r.band('minDeposits', 'maxDeposits', true),
		netResult: r.band('minNetResult', 'maxNetResult', false),
		daysSinceLogin: r.band('minDaysSinceLogin', 'maxDaysSinceLogin', true),
		type,
		typeValue,
		amountRule,
		amount,
		cap: cap === undefined || cap === 0 ? undefined : cap,
		wagering: r.number('wagering', { required: true, min: 0 }) as number,
		validityDays: r.number('validityDays', { required: true, positive: true }) as number,
	};
}

const intersects = (a: Band, b: Band) => Math.max(a.min, b.min) < Math.min(a.max, b.max);
const showBand = (b: Band) => `[${b.min === -Infinity ? '-∞' : b.min}, ${b.max === Infinity ? '∞' : b.max})`;

function checkOverlap(a: CompiledRow, b: CompiledRow, path: string): void {
	if (a.tier !== b.tier) return;
	if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return;
	if (!intersects(a.deposits, b.deposits) || !intersects(a.netResult, b.netResult) || !intersects(a.daysSinceLogin, b.daysSinceLogin)) return;
	throw new DomainError(
		`Offer rows ${a.index + 1} ("${a.name}") and ${b.index + 1} ("${b.name}") overlap for tier ${a.tier}: ` +
			`deposits ${showBand(a.deposits)} and ${showBand(b.deposits)}, net result ${showBand(a.netResult)} and ${showBand(b.netResult)}, ` +
			`days since login ${showBand(a.daysSinceLogin)} and ${showBand(b.daysSinceLogin)}`,
		{
			field: `${path}[${b.index}]`,
			hint: 'A player may match only one row per tier: make the bands of these rows disjoint in at least one of deposits, net result or days since login (bands are [min, max)), or give them different currencies.',
		},
	);
}

/**
 * Validates the table once per execution and indexes it by tier. Throws a DomainError naming the
 * row (1-based, with its name) and the field; overlapping bands within a tier name both rows.
 */
export function compileOfferTable(rows: unknown, path = 'offers'): CompiledTable {
	if (!Array.isArray(rows) || rows.length === 0) {
		throw new DomainError('The offer table is empty', {
			field: path,
			hint: 'Add at least one row, or choose the shipped default table.',
		});
	}
	const compiled = rows.map((row, index) => compileRow(row, index, path));
	const byTier = new Map<VipTier, CompiledRow[]>();
	for (const row of compiled) {
		const list = byTier.get(row.tier) ?? [];
		for (const other of list) checkOverlap(other, row, path);
		list.push(row);
		byTier.set(row.tier, list);
	}
	return { rows: compiled, byTier };
}

const inBand = (value: number, band: Band) => value >= band.min && value < band.max;

/** The row for a player of `tier`: rows are disjoint per tier, so at most one matches (the first is taken). */
export function matchRow(table: CompiledTable, tier: VipTier, activity: Activity): CompiledRow | undefined {
	const rows = table.byTier.get(tier);
	if (!rows) return undefined;
	for (const row of rows) {
		if (row.currency !== undefined && row.currency !== activity.currency) continue;
		if (inBand(activity.deposits, row.deposits) && inBand(activity.netResult, row.netResult) && inBand(activity.daysSinceLogin, row.daysSinceLogin)) return row;
	}
	return undefined;
}

/** Money rounded down to cents, so a capped amount never exceeds its cap. */
function cents(value: number): number {
	// The epsilon keeps 0.29 (28.999… cents in binary) at 0.29; it must never lift a value above itself.
	const rounded = Math.floor(value * 100 + 1e-6) / 100;
	return rounded > value ? Math.floor(value * 100) / 100 : rounded;
}

/** The offer's amount under the row's rule, capped; 0 when the basis is empty (no deposits, no loss). */
export function offerAmount(row: CompiledRow, activity: Activity): number {
	let amount: number;
	if (row.amountRule === 'fixed') amount = row.amount;
	else if (row.amountRule === 'percent_of_deposits') amount = (activity.deposits * row.amount) / 100;
	else amount = (Math.max(0, -activity.netResult) * row.amount) / 100;
	if (row.cap !== undefined) amount = Math.min(amount, row.cap);
	return cents(amount);
}
