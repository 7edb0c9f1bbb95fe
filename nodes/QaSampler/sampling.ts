/** Adapter between the QA Sampler's panel values and the sampling domain. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ticketOf } from '../shared/domain/kpis/facts';
import { isoWeekSeed } from '../shared/domain/sampling/keys';
import { DEFAULT_LOW_CSAT, validateRiskWeights, type RiskWeights } from '../shared/domain/sampling/risk';
import { classify, drawSample, validateSettings, type Entry, type SampleMode, type SampleSettings } from '../shared/domain/sampling/sample';
import { blankScorecard, compileCriteria, type Criterion } from '../shared/domain/sampling/scorecard';
import type { Routed } from '../shared/n8n/items';

export interface SamplerParameters {
	mode: string;
	rate: number;
	count: number;
	minimumPerAgent: number;
	stratifyByChannel: boolean;
	riskWeights: Partial<RiskWeights>;
	criteria: Array<Partial<Criterion>>;
	options: {
		seed?: string;
		referenceTime?: string;
		reviewedTag?: string;
		reviewedIds?: string | string[];
		onlyClosed?: boolean;
		lowCsatThreshold?: number;
	};
}

function idList(value: string | string[] | undefined): Set<string> {
	if (Array.isArray(value)) return new Set(value.map(String).map((s) => s.trim()).filter(Boolean));
	return new Set((value ?? '').split(/[\s,;]+/).filter(Boolean));
}

export function compileSettings(p: SamplerParameters, now: string): SampleSettings {
	const o = p.options;
	return validateSettings({
		mode: p.mode as SampleMode,
		rate: p.rate,
		count: p.count,
		minimumPerAgent: p.minimumPerAgent,
		stratifyByChannel: p.stratifyByChannel,
		weights: validateRiskWeights(p.riskWeights ?? {}),
		lowCsat: o.lowCsatThreshold ?? DEFAULT_LOW_CSAT,
		seed: o.seed === undefined || o.seed.trim() === '' ? isoWeekSeed(o.referenceTime || now) : o.seed.trim(),
		onlyClosed: o.onlyClosed ?? true,
		reviewedTag: (o.reviewedTag ?? 'qa:reviewed').trim(),
		reviewedIds: idList(o.reviewedIds),
	});
}

/**
 * Compiles the settings, classifies every item once and draws the sample; `route` then sends
 * each item to Sampled (0) or Not Sampled (2), rethrowing the item's own problem if it had one.
 */
export function qaSampling(items: INodeExecutionData[], parameters: SamplerParameters, now = new Date().toISOString()) {
	const settings = compileSettings(parameters, now);
	const criteria = compileCriteria(parameters.criteria);
	const entries: Array<Entry | undefined> = new Array(items.length);
	const problems = new Map<number, unknown>();
	const seen = new Set<string>();
	for (let i = 0; i < items.length; i++) {
		try {
			entries[i] = classify(ticketOf(items[i].json), i, settings, seen);
		} catch (error) {
			problems.set(i, error);
		}
	}
	const { sampled, summary } = drawSample(entries, settings);
	const seed = settings.seed;
	return {
		summary: summary as unknown as IDataObject,
		route(item: INodeExecutionData, itemIndex: number): Routed {
			if (problems.has(itemIndex)) throw problems.get(itemIndex);
			const entry = entries[itemIndex]!;
			if (typeof entry === 'object' && sampled.has(itemIndex)) {
				const qa = {
					sampled: true,
					reasons: entry.factors.length > 0 ? [...entry.factors] : ['random'],
					weight: entry.weight,
					seed,
					agent: entry.agent,
					channel: entry.channel,
					scorecard: blankScorecard(criteria),
				};
				return { output: 0, json: { ...item.json, qa } };
			}
			const reason = typeof entry === 'object' ? 'not_drawn' : entry;
			return { output: 2, json: { ...item.json, qa: { sampled: false, reason, seed } } };
		},
	};
}
