/**
 * The weekly QA sample: per agent a rate or a count of the eligible closed tickets, raised to a
 * minimum, spread over the agent's channels in proportion to their volume, drawn with risk
 * weights by seeded Efraimidis–Spirakis keys (see keys.ts), so the same seed and tickets always
 * give the same sample whatever the input order.
 */
import { DomainError } from '../errors';
import { agentOf, channelOf, isResolved, tagsOf, type Json } from '../kpis/facts';
import { sampleKey } from './keys';
import { riskFactors, riskWeight, type RiskFactor, type RiskWeights } from './risk';

export type SampleMode = 'rate' | 'count';
export type SkipReason = 'already_reviewed' | 'not_closed' | 'duplicate' | 'not_drawn';

export interface SampleSettings {
	mode: SampleMode;
	/** Percent of each agent's eligible tickets (mode rate). */
	rate: number;
	/** Tickets per agent (mode count). */
	count: number;
	minimumPerAgent: number;
	stratifyByChannel: boolean;
	weights: RiskWeights;
	lowCsat: number;
	seed: string;
	onlyClosed: boolean;
	/** Tag marking a ticket as reviewed already; empty for none. */
	reviewedTag: string;
	reviewedIds: ReadonlySet<string>;
}

export interface Candidate {
	index: number;
	id: string;
	agent: string;
	channel: string;
	factors: RiskFactor[];
	weight: number;
	key: number;
}

export type Entry = Candidate | SkipReason;

interface Tally {
	eligible: number;
	sampled: number;
}

export interface AgentSummary extends Tally {
	agent: string;
	target: number;
	raisedToMinimum: boolean;
	risky: Tally;
	channels: Record<string, Tally>;
}

export interface SampleSummary {
	seed: string;
	mode: SampleMode;
	rate?: number;
	count?: number;
	minimumPerAgent: number;
	stratifiedByChannel: boolean;
	totals: {
		input: number;
		eligible: number;
		sampled: number;
		notDrawn: number;
		alreadyReviewed: number;
		notClosed: number;
		duplicate: number;
		invalid: number;
	};
	agents: AgentSummary[];
	channels: Record<string, Tally>;
	riskFactorsSampled: Record<RiskFactor, number>;
}

export interface SampleResult {
	/** Indexes of the sampled input items. */
	sampled: Set<number>;
	summary: SampleSummary;
}

function nonNegative(value: number, field: string, hint: string): void {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new DomainError(`${field} must be a number ≥ 0, got ${String(value)}`, { field, hint });
	}
}

export function validateSettings(settings: SampleSettings): SampleSettings {
	if (settings.mode !== 'rate' && settings.mode !== 'count') {
		throw new DomainError(`unknown sampling mode '${String(settings.mode)}'`, { field: 'mode', hint: 'Use rate or count.' });
	}
	nonNegative(settings.rate, 'rate', 'Give a percentage from 0 to 100.');
	if (settings.rate > 100) throw new DomainError('rate is above 100%', { field: 'rate', hint: 'Give a percentage from 0 to 100.' });
	nonNegative(settings.count, 'count', 'Give a whole number of tickets per agent.');
	nonNegative(settings.minimumPerAgent, 'minimumPerAgent', 'Give a whole number of tickets, 0 for no minimum.');
	nonNegative(settings.lowCsat, 'options.lowCsatThreshold', 'CSAT scores run from 1 to 5.');
	if (settings.seed === '') throw new DomainError('the seed is empty', { field: 'options.seed', hint: 'Leave the option out to use the ISO week.' });
	return settings;
}

/**
 * Decides whether one ticket can be sampled. `seen` collects candidate ids so a ticket that
 * appears twice in the input is considered once.
 */
export function classify(ticket: Json, index: number, settings: SampleSettings, seen: Set<string>): Entry {
	const id = ticket.id as string;
	if (settings.onlyClosed && !isResolved(ticket)) return 'not_closed';
	if (settings.reviewedIds.has(id)) return 'already_reviewed';
	if (settings.reviewedTag !== '' && tagsOf(ticket).includes(settings.reviewedTag)) return 'already_reviewed';
	if (seen.has(id)) return 'duplicate';
	seen.add(id);
	const factors = riskFactors(ticket, settings.lowCsat);
	const weight = riskWeight(factors, settings.weights);
	return { index, id, agent: agentOf(ticket), channel: channelOf(ticket), factors, weight, key: sampleKey(settings.seed, id, weight) };
}

/** Target sample size for an agent with `eligible` tickets, and whether the minimum raised it. */
export function agentTarget(eligible: number, settings: SampleSettings): { target: number; raised: boolean } {
	const base = settings.mode === 'rate' ? Math.ceil((eligible * settings.rate) / 100 - 1e-9) : Math.floor(settings.count);
	const wanted = Math.max(base, Math.floor(settings.minimumPerAgent));
	return { target: Math.min(eligible, wanted), raised: wanted > base && base < eligible };
}

/**
 * Splits `total` over strata of the given sizes in proportion to size (largest remainder), with
 * at least one per stratum while the total allows; when it does not, the largest strata (then
 * by name) get one each. Never gives a stratum more than its size.
 */
export function allocate(total: number, sizes: ReadonlyMap<string, number>): Map<string, number> {
	const names = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
	const result = new Map<string, number>(names.map((n) => [n, 0]));
	if (total <= 0) return result;
	if (total < names.length) {
		for (const name of names.slice(0, total)) result.set(name, 1);
		return result;
	}
	const size = names.reduce((sum, n) => sum + sizes.get(n)!, 0);
	const quota = new Map(names.map((n) => [n, (total * sizes.get(n)!) / size]));
	let given = 0;
	for (const name of names) {
		const share = Math.min(sizes.get(name)!, Math.max(1, Math.floor(quota.get(name)!)));
		result.set(name, share);
		given += share;
	}
	while (given < total) {
		let best: string | undefined;
		for (const name of names) {
			if (result.get(name)! >= sizes.get(name)!) continue;
			if (best === undefined || quota.get(name)! - result.get(name)! > quota.get(best)! - result.get(best)!) best = name;
		}
		if (best === undefined) break;
		result.set(best, result.get(best)! + 1);
		given++;
	}
	while (given > total) {
		let worst: string | undefined;
		for (const name of names) {
			if (result.get(name)! <= 1) continue;
			if (worst === undefined || quota.get(name)! - result.get(name)! < quota.get(worst)! - result.get(worst)!) worst = name;
		}
		if (worst === undefined) break;
		result.set(worst, result.get(worst)! - 1);
		given--;
	}
	return result;
}

function byKey(a: Candidate, b: Candidate): number {
	return b.key - a.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function tally(map: Record<string, Tally>, name: string): Tally {
	return (map[name] ??= { eligible: 0, sampled: 0 });
}

/** Draws the sample over every entry (undefined entries are items that failed validation). */
export function drawSample(entries: ReadonlyArray<Entry | undefined>, settings: SampleSettings): SampleResult {
	const totals: SampleSummary['totals'] = {
		input: entries.length,
		eligible: 0,
		sampled: 0,
		notDrawn: 0,
		alreadyReviewed: 0,
		notClosed: 0,
		duplicate: 0,
		invalid: 0,
	};
	const byAgent = new Map<string, Map<string, Candidate[]>>();
	for (const entry of entries) {
		if (entry === undefined) totals.invalid++;
		else if (entry === 'already_reviewed') totals.alreadyReviewed++;
		else if (entry === 'not_closed') totals.notClosed++;
		else if (entry === 'duplicate') totals.duplicate++;
		else if (typeof entry === 'object') {
			totals.eligible++;
			let channels = byAgent.get(entry.agent);
			if (!channels) byAgent.set(entry.agent, (channels = new Map()));
			const stratum = settings.stratifyByChannel ? entry.channel : '';
			let list = channels.get(stratum);
			if (!list) channels.set(stratum, (list = []));
			list.push(entry);
		}
	}

	const sampled = new Set<number>();
	const agents: AgentSummary[] = [];
	const channels: Record<string, Tally> = {};
	const riskFactorsSampled = { sla_breached: 0, low_csat: 0, escalated: 0, complaint: 0, responsible_gambling: 0 };
	for (const agent of [...byAgent.keys()].sort()) {
		const strata = byAgent.get(agent)!;
		const eligible = [...strata.values()].reduce((sum, list) => sum + list.length, 0);
		const { target, raised } = agentTarget(eligible, settings);
		const shares = allocate(target, new Map([...strata].map(([name, list]) => [name, list.length])));
		const summary: AgentSummary = { agent, eligible, target, sampled: 0, raisedToMinimum: raised, risky: { eligible: 0, sampled: 0 }, channels: {} };
		for (const [stratum, list] of strata) {
			list.sort(byKey);
			const take = shares.get(stratum) ?? 0;
			list.forEach((candidate, rank) => {
				const picked = rank < take;
				const risky = candidate.factors.length > 0;
				for (const t of [tally(summary.channels, candidate.channel), tally(channels, candidate.channel), summary]) {
					if (t !== summary) t.eligible++;
					if (picked) t.sampled++;
				}
				if (risky) summary.risky.eligible++;
				if (picked) {
					sampled.add(candidate.index);
					if (risky) summary.risky.sampled++;
					for (const factor of candidate.factors) riskFactorsSampled[factor]++;
				}
			});
		}
		totals.sampled += summary.sampled;
		agents.push(summary);
	}
	totals.notDrawn = totals.eligible - totals.sampled;
	return {
		sampled,
		summary: {
			seed: settings.seed,
			mode: settings.mode,
			...(settings.mode === 'rate' ? { rate: settings.rate } : { count: settings.count }),
			minimumPerAgent: settings.minimumPerAgent,
			stratifiedByChannel: settings.stratifyByChannel,
			totals,
			agents,
			channels,
			riskFactorsSampled,
		},
	};
}
