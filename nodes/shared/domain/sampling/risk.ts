/** Risk factors that make a closed ticket more worth reviewing, and the weight they add. */
import { DomainError } from '../errors';
import { categoryOf, csatScore, slaBreached, tagsOf, wasEscalated, type Json } from '../kpis/facts';

export const RISK_FACTORS = ['sla_breached', 'low_csat', 'escalated', 'complaint', 'responsible_gambling'] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export interface RiskWeights {
	slaBreached: number;
	lowCsat: number;
	escalated: number;
	complaint: number;
	responsibleGambling: number;
}

export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
	slaBreached: 3,
	lowCsat: 3,
	escalated: 2,
	complaint: 2,
	responsibleGambling: 4,
};

/** CSAT scores at or below this count as low satisfaction. */
export const DEFAULT_LOW_CSAT = 2;

const WEIGHT_KEY: Record<RiskFactor, keyof RiskWeights> = {
	sla_breached: 'slaBreached',
	low_csat: 'lowCsat',
	escalated: 'escalated',
	complaint: 'complaint',
	responsible_gambling: 'responsibleGambling',
};

export function validateRiskWeights(weights: Partial<RiskWeights>): RiskWeights {
	const merged = { ...DEFAULT_RISK_WEIGHTS };
	for (const key of Object.keys(DEFAULT_RISK_WEIGHTS) as Array<keyof RiskWeights>) {
		const value = weights[key];
		if (value === undefined || value === null) continue;
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
			throw new DomainError(`risk weight '${key}' must be a number ≥ 0, got ${String(value)}`, {
				field: `riskWeights.${key}`,
				hint: 'Use 0 to ignore a risk factor, larger numbers to review such tickets more often.',
			});
		}
		merged[key] = value;
	}
	return merged;
}

/** The risk factors that apply to a ticket, in the fixed order of RISK_FACTORS. */
export function riskFactors(ticket: Json, lowCsat = DEFAULT_LOW_CSAT): RiskFactor[] {
	const found: RiskFactor[] = [];
	if (slaBreached(ticket)) found.push('sla_breached');
	const score = csatScore(ticket);
	if (score !== undefined && score <= lowCsat) found.push('low_csat');
	if (wasEscalated(ticket)) found.push('escalated');
	const category = categoryOf(ticket);
	if (category === 'complaint') found.push('complaint');
	if (category === 'responsible_gambling' || tagsOf(ticket).some((tag) => tag.startsWith('rg:'))) {
		found.push('responsible_gambling');
	}
	return found;
}

/** Sampling weight: 1 for an ordinary ticket plus the weight of each risk factor present. */
export function riskWeight(factors: readonly RiskFactor[], weights: RiskWeights): number {
	let weight = 1;
	for (const factor of factors) weight += weights[WEIGHT_KEY[factor]];
	return weight;
}
