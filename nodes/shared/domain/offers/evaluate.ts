import { createHash } from 'crypto';
import { DateTime } from 'luxon';

import { DomainError } from '../errors';
import type { PlayerFacts } from './player';
import { VIP_TIERS, matchRow, offerAmount, type Activity, type CompiledRow, type CompiledTable, type OfferType, type VipTier } from './table';

export const CAMPAIGN_PERIODS = ['day', 'week', 'month', 'quarter', 'campaign'] as const;
export type CampaignPeriod = (typeof CAMPAIGN_PERIODS)[number];

/**
 * Reason codes, in the order they are reported. The compliance guards (self-exclusion, RG flags,
 * KYC, account status, bonus abuse, missing compliance data) have no switch: they always run.
 */
export const REASONS = {
	selfExcluded: 'self_excluded',
	rgFlag: (flag: string) => `rg_flag:${flag}`,
	kycNotVerified: 'kyc_not_verified',
	accountNotActive: 'account_not_active',
	restrictedCountry: 'restricted_country',
	bonusAbuse: 'bonus_abuse',
	cooldown: 'cooldown',
	missingData: (field: string) => `missing_data:${field}`,
	playerNotFound: 'player_not_found',
	invalidData: (field: string) => `invalid_data:${field}`,
	unknownTier: 'unknown_tier',
	noMatchingOffer: 'no_matching_offer',
	zeroAmount: 'zero_amount',
	budgetExhausted: 'budget_exhausted',
	duplicateInRun: 'duplicate_in_run',
} as const;

export interface OfferSettings {
	campaign: string;
	period: CampaignPeriod;
	/** Reference time in epoch ms (read once per execution). */
	nowMs: number;
	/** ISO 3166-1 alpha-2 codes, upper case. */
	restrictedCountries: ReadonlySet<string>;
	/** Days that must pass since the last offer; 0 = no cooldown. */
	cooldownDays: number;
	/** Total offer value one execution may hand out; undefined = no budget. */
	runBudget: number | undefined;
	/** IANA zone whose calendar sets the period boundaries; default UTC. */
	timeZone?: string;
}

export interface Offer {
	offerId: string;
	playerId: string;
	campaign: string;
	period: string;
	type: OfferType;
	/** Match percent, spins or cashback percent, named after the type. */
	matchPercent?: number;
	freeSpins?: number;
	cashbackPercent?: number;
	amount: number;
	currency: string;
	cap: number | null;
	wageringRequirement: number;
	validityDays: number;
	issuedAt: string;
	expiresAt: string;
	tier: VipTier;
	rule: string;
}

export interface Ineligible {
	playerId: string | null;
	campaign: string;
	period: string;
	tier: string | null;
	reasons: string[];
}

export type Decision = { eligible: true; offer: Offer } | { eligible: false; ineligible: Ineligible };

/** The period key of `nowMs` in `zone` (default UTC): 2026-03-01, 2026-W09, 2026-03, 2026-Q1, or "campaign". */
export function periodKey(period: CampaignPeriod, nowMs: number, zone = 'UTC'): string {
	const at = DateTime.fromMillis(nowMs, { zone });
	if (!at.isValid) {
		throw new DomainError(`Unknown time zone "${zone}"`, { field: 'options.timeZone', hint: 'Use an IANA time zone such as Europe/Malta, or leave it empty for UTC.' });
	}
	switch (period) {
		case 'day':
			return at.toISODate() as string;
		case 'week':
			return `${at.weekYear}-W${String(at.weekNumber).padStart(2, '0')}`;
		case 'month':
			return at.toFormat('yyyy-MM');
		case 'quarter':
			return `${at.year}-Q${at.quarter}`;
		case 'campaign':
			return 'campaign';
	}
}

/** Deterministic: the same player, campaign and period always give the same id, so a re-run never double-issues. */
export function offerIdFor(playerId: string, campaign: string, period: string): string {
	return 'ofr_' + createHash('sha256').update(JSON.stringify([playerId, campaign, period])).digest('hex').slice(0, 24);
}

const DAY_MS = 86_400_000;
const TIERS: readonly string[] = VIP_TIERS;

/** What one execution shares between items: the spent budget and the offer ids already made. Never kept across executions. */
export class OfferRun {
	spent = 0;
	readonly issued = new Set<string>();
	readonly period: string;
	readonly issuedAt: string;
	private readonly expiryCache = new Map<number, string>();

	constructor(
		readonly table: CompiledTable,
		readonly settings: OfferSettings,
	) {
		if (!settings.campaign.trim()) {
			throw new DomainError('The campaign ID is empty', { field: 'campaign', hint: 'Give the campaign a stable ID such as vip-reload; it is part of every offer ID.' });
		}
		this.period = periodKey(settings.period, settings.nowMs, settings.timeZone || 'UTC');
		this.issuedAt = new Date(settings.nowMs).toISOString();
	}

	expiresAt(validityDays: number): string {
		let iso = this.expiryCache.get(validityDays);
		if (iso === undefined) {
			iso = new Date(this.settings.nowMs + validityDays * DAY_MS).toISOString();
			this.expiryCache.set(validityDays, iso);
		}
		return iso;
	}

	/**
	 * Decides one player. Every guard runs and every reason is kept. `extraReasons` are blocking
	 * markers the caller found beside the record (a responsible-gambling ticket). Data that is
	 * present but unreadable is an error for a player who would otherwise get an offer, and just
	 * one more reason for a player who is refused anyway, so a blocked player never fails the run.
	 */
	decide(player: PlayerFacts, extraReasons: string[] = []): Decision {
		const { settings } = this;
		const reasons: string[] = [];
		const add = (reason: string) => {
			if (!reasons.includes(reason)) reasons.push(reason);
		};
		if (player.selfExcluded === true) add(REASONS.selfExcluded);
		else if (player.selfExcluded === undefined) {
			const unreadable = player.problems.some((p) => p.field === 'selfExcluded');
			add(unreadable ? REASONS.invalidData('selfExcluded') : REASONS.missingData('selfExcluded'));
		}
		if (player.rgFlags === undefined) add(REASONS.missingData('rgFlags'));
		else for (const flag of player.rgFlags) add(REASONS.rgFlag(flag));
		for (const reason of extraReasons) add(reason);
		if (!player.kycVerified) add(REASONS.kycNotVerified);
		if (!player.accountActive) add(REASONS.accountNotActive);
		if (settings.restrictedCountries.size > 0) {
			if (player.country === undefined) add(REASONS.missingData('country'));
			else if (settings.restrictedCountries.has(player.country)) add(REASONS.restrictedCountry);
		}
		if (player.bonusAbuse) add(REASONS.bonusAbuse);
		if (settings.cooldownDays > 0 && typeof player.lastOfferMs === 'number' && settings.nowMs - player.lastOfferMs < settings.cooldownDays * DAY_MS) {
			add(REASONS.cooldown);
		}
		if (player.id === undefined) add(REASONS.missingData('id'));

		const row = this.pickRow(player, add);
		let amount = 0;
		let currency: string | undefined;
		if (row) {
			const activity = this.activity(player);
			amount = offerAmount(row, activity);
			currency = row.currency ?? player.currency;
			if (currency === undefined) add(REASONS.missingData('currency'));
			if (amount <= 0) add(REASONS.zeroAmount);
			else if (settings.runBudget !== undefined && this.spent + amount > settings.runBudget + 1e-9) add(REASONS.budgetExhausted);
		}

		// Hashed only for a player who is about to get an offer.
		const offerId = player.id === undefined || reasons.length > 0 ? undefined : offerIdFor(player.id, settings.campaign, this.period);
		if (offerId !== undefined && this.issued.has(offerId)) add(REASONS.duplicateInRun);

		if (player.problems.length > 0) {
			if (reasons.length === 0) {
				const first = player.problems[0];
				throw new DomainError(`Player ${player.id ?? '(no id)'}: '${first.field}' ${first.message}`, {
					field: first.field,
					hint: 'Fix the value in the CRM, or point the field path at the right field (Field Paths).',
				});
			}
			for (const problem of player.problems) add(REASONS.invalidData(problem.field));
		}

		if (reasons.length > 0 || !row || offerId === undefined || currency === undefined) {
			return {
				eligible: false,
				ineligible: { playerId: player.id ?? null, campaign: settings.campaign, period: this.period, tier: player.tier ?? null, reasons },
			};
		}
		this.spent += amount;
		this.issued.add(offerId);
		return { eligible: true, offer: this.buildOffer(offerId, player.id as string, row, amount, currency) };
	}

	/** A refusal decided before the record could be read (no CRM data on the ticket). */
	refuse(playerId: string | null, tier: string | null, reasons: string[]): Decision {
		return { eligible: false, ineligible: { playerId, campaign: this.settings.campaign, period: this.period, tier, reasons: [...new Set(reasons)] } };
	}

	private pickRow(player: PlayerFacts, add: (reason: string) => void): CompiledRow | undefined {
		if (player.tier === undefined || !TIERS.includes(player.tier)) {
			add(REASONS.unknownTier);
			return undefined;
		}
		let missing = false;
		if (player.deposits === undefined && !player.problems.some((p) => p.field === 'deposits')) {
			add(REASONS.missingData('deposits'));
			missing = true;
		}
		if (player.netResult === undefined && !player.problems.some((p) => p.field === 'netResult')) {
			add(REASONS.missingData('netResult'));
			missing = true;
		}
		if (player.lastLoginMs === undefined && !player.problems.some((p) => p.field === 'lastLoginAt')) {
			add(REASONS.missingData('lastLoginAt'));
			missing = true;
		}
		if (missing || player.deposits === undefined || player.netResult === undefined || player.lastLoginMs === undefined) return undefined;
		const row = matchRow(this.table, player.tier as VipTier, this.activity(player));
		if (!row) add(REASONS.noMatchingOffer);
		return row;
	}

	private activity(player: PlayerFacts): Activity {
		const login = player.lastLoginMs;
		return {
			deposits: player.deposits as number,
			netResult: player.netResult as number,
			daysSinceLogin: login === null || login === undefined ? Infinity : Math.max(0, Math.floor((this.settings.nowMs - login) / DAY_MS)),
			currency: player.currency,
		};
	}

	private buildOffer(offerId: string, playerId: string, row: CompiledRow, amount: number, currency: string): Offer {
		const offer: Offer = {
			offerId,
			playerId,
			campaign: this.settings.campaign,
			period: this.period,
			type: row.type,
			amount,
			currency,
			cap: row.cap ?? null,
			wageringRequirement: row.wagering,
			validityDays: row.validityDays,
			issuedAt: this.issuedAt,
			expiresAt: this.expiresAt(row.validityDays),
			tier: row.tier,
			rule: row.name,
		};
		if (row.type === 'deposit_match') offer.matchPercent = row.typeValue;
		else if (row.type === 'free_spins') offer.freeSpins = row.typeValue;
		else offer.cashbackPercent = row.typeValue;
		return offer;
	}
}
