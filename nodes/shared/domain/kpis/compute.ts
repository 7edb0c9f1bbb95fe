/**
 * Support KPIs over a batch of tickets, grouped by agent, channel and period (day or ISO week).
 * Every definition is written out in docs/kpis.md; the tests check them against hand-computed
 * figures. Works in one pass over the tickets, keeping per group only counters and the
 * durations needed for medians and percentiles.
 */
import { DomainError } from '../errors';
import {
	agentOf,
	channelOf,
	csatComment,
	csatScore,
	firstResponseMinutes,
	instant,
	isResolved,
	reopenCount,
	resolutionMinutes,
	resolvedAt,
	slaMetrics,
	wasEscalated,
	type Json,
} from './facts';
import { PeriodKeys, mondayOf, type PeriodUnit } from './periods';
import { distribution, rate } from './stats';

export type Dimension = 'agent' | 'channel' | 'period';
export const DIMENSIONS: readonly Dimension[] = ['agent', 'channel', 'period'];

export interface KpiSettings {
	/** Dimensions that get rows of their own (the report always shows all three). */
	groupBy: Dimension[];
	/** One row per combination of the groupBy dimensions instead of one set of rows per dimension. */
	crossGroups: boolean;
	period: PeriodUnit;
	/** Which instant puts a ticket in a period: its resolution (else creation) or its creation. */
	periodBasis: 'resolved' | 'created';
	timeZone: string;
	/** Lowest CSAT score counted as satisfied (4 of 5 by default). */
	satisfiedFrom: number;
}

export const DEFAULT_KPI_SETTINGS: KpiSettings = {
	groupBy: ['agent', 'channel', 'period'],
	crossGroups: false,
	period: 'day',
	periodBasis: 'resolved',
	timeZone: 'UTC',
	satisfiedFrom: 4,
};

export interface TicketFacts {
	index: number;
	agent: string;
	channel: string;
	period: string;
	at?: number;
	resolved: boolean;
	firstResponse?: number;
	resolution?: number;
	sla: Array<[string, boolean]>;
	csat?: number;
	comment?: string;
	reopened: boolean;
	escalated: boolean;
	bot: boolean;
}

/** Reads what the KPIs need from one ticket, once. */
export function ticketFacts(ticket: Json, index: number, settings: KpiSettings, periods: PeriodKeys): TicketFacts {
	const resolved = isResolved(ticket);
	const doneAt = resolvedAt(ticket);
	const created = instant(ticket.createdAt);
	const at = settings.periodBasis === 'resolved' ? (resolved ? (doneAt ?? created) : created) : created;
	const bot = ticket.resolvedBy === 'bot';
	const sla: Array<[string, boolean]> = [];
	for (const [name, metric] of Object.entries(slaMetrics(ticket))) {
		if (metric?.state === 'achieved') sla.push([name, true]);
		else if (metric?.state === 'breached') sla.push([name, false]);
	}
	return {
		index,
		agent: agentOf(ticket),
		channel: channelOf(ticket),
		period: at === undefined ? 'unknown' : periods.key(at),
		at,
		resolved,
		firstResponse: bot ? undefined : firstResponseMinutes(ticket),
		resolution: resolved ? resolutionMinutes(ticket, doneAt) : undefined,
		sla,
		csat: csatScore(ticket),
		comment: csatComment(ticket),
		reopened: reopenCount(ticket) > 0,
		escalated: wasEscalated(ticket),
		bot,
	};
}

class Group {
	tickets = 0;
	resolved = 0;
	firstResponse: number[] = [];
	resolution: number[] = [];
	sla = new Map<string, { met: number; breached: number }>();
	csat = 0;
	satisfied = 0;
	csatSum = 0;
	firstContact = 0;
	reopened = 0;
	bot = 0;
	from?: number;
	to?: number;
	readonly items: number[] = [];

	constructor(readonly values: Partial<Record<Dimension, string>>) {}

	add(f: TicketFacts, satisfiedFrom: number): void {
		this.items.push(f.index);
		this.tickets++;
		if (f.at !== undefined) {
			if (this.from === undefined || f.at < this.from) this.from = f.at;
			if (this.to === undefined || f.at > this.to) this.to = f.at;
		}
		if (f.firstResponse !== undefined) this.firstResponse.push(f.firstResponse);
		for (const [name, met] of f.sla) {
			let s = this.sla.get(name);
			if (!s) this.sla.set(name, (s = { met: 0, breached: 0 }));
			if (met) s.met++;
			else s.breached++;
		}
		if (f.csat !== undefined) {
			this.csat++;
			this.csatSum += f.csat;
			if (f.csat >= satisfiedFrom) this.satisfied++;
		}
		if (!f.resolved) return;
		this.resolved++;
		if (f.resolution !== undefined) this.resolution.push(f.resolution);
		if (f.reopened) this.reopened++;
		else if (!f.escalated) this.firstContact++;
		if (f.bot) this.bot++;
	}
}

export type KpiRow = Record<string, string | number | null>;

export interface KpiGroupRow {
	row: KpiRow;
	/** Indexes of the input items the row summarises. */
	items: number[];
}

export interface KpiComment {
	agent: string;
	channel: string;
	score: number;
	comment: string;
	ticketId: string;
	period: string;
}

export interface KpiResult {
	settings: KpiSettings;
	metricNames: string[];
	total: KpiGroupRow;
	/** Rows per single dimension, always computed (the report uses them). */
	byDimension: Record<Dimension, KpiGroupRow[]>;
	/** Rows per combination of the groupBy dimensions (only with crossGroups). */
	crossed: KpiGroupRow[];
	/** The lowest-rated CSAT comments, worst first. */
	comments: KpiComment[];
}

function capitalised(name: string): string {
	return name.charAt(0).toUpperCase() + name.slice(1);
}

function iso(ms: number | undefined): string | null {
	return ms === undefined ? null : new Date(ms).toISOString();
}

function toRow(dimension: string, group: Group, settings: KpiSettings, metricNames: string[]): KpiRow {
	const fr = distribution(group.firstResponse);
	const res = distribution(group.resolution);
	const key = DIMENSIONS.filter((d) => group.values[d] !== undefined).map((d) => group.values[d]).join(' | ');
	const row: KpiRow = {
		dimension,
		group: key === '' ? 'all' : key,
		agent: group.values.agent ?? null,
		channel: group.values.channel ?? null,
		period: group.values.period ?? null,
		periodUnit: settings.period,
		periodStart: null,
		from: iso(group.from),
		to: iso(group.to),
		tickets: group.tickets,
		ticketsResolved: group.resolved,
		firstResponseCount: fr.count,
		firstResponseMeanMinutes: fr.mean,
		firstResponseMedianMinutes: fr.median,
		firstResponseP90Minutes: fr.p90,
		resolutionCount: res.count,
		resolutionMeanMinutes: res.mean,
		resolutionMedianMinutes: res.median,
		resolutionP90Minutes: res.p90,
	};
	const period = group.values.period;
	if (period && period !== 'unknown') row.periodStart = settings.period === 'day' ? period : null;
	let met = 0;
	let breached = 0;
	for (const name of metricNames) {
		const s = group.sla.get(name) ?? { met: 0, breached: 0 };
		met += s.met;
		breached += s.breached;
		row[`sla${capitalised(name)}Met`] = s.met;
		row[`sla${capitalised(name)}Breached`] = s.breached;
		row[`sla${capitalised(name)}Compliance`] = rate(s.met, s.met + s.breached);
	}
	Object.assign(row, {
		slaMet: met,
		slaBreached: breached,
		slaCompliance: rate(met, met + breached),
		csatResponses: group.csat,
		csatSatisfied: group.satisfied,
		csatScore: rate(group.satisfied, group.csat),
		csatAverage: group.csat > 0 ? Math.round((group.csatSum / group.csat) * 100) / 100 : null,
		firstContactResolved: group.firstContact,
		firstContactResolutionRate: rate(group.firstContact, group.resolved),
		reopened: group.reopened,
		reopenRate: rate(group.reopened, group.resolved),
		botResolved: group.bot,
		botDeflectionRate: rate(group.bot, group.resolved),
	});
	return row;
}

export function validateKpiSettings(settings: KpiSettings): KpiSettings {
	for (const d of settings.groupBy) {
		if (!DIMENSIONS.includes(d)) {
			throw new DomainError(`unknown grouping '${String(d)}'`, { field: 'groupBy', hint: 'Choose agent, channel or period.' });
		}
	}
	if (settings.period !== 'day' && settings.period !== 'week') {
		throw new DomainError(`unknown period '${String(settings.period)}'`, { field: 'period', hint: 'Choose day or week.' });
	}
	if (!(settings.satisfiedFrom >= 1 && settings.satisfiedFrom <= 5)) {
		throw new DomainError(`satisfied-from score ${String(settings.satisfiedFrom)} is outside 1–5`, {
			field: 'options.satisfiedFrom',
			hint: 'CSAT scores run from 1 to 5; 4 counts 4 and 5 as satisfied.',
		});
	}
	return settings;
}

const MAX_COMMENTS = 8;

/** Accumulates ticket facts; `result()` gives the rows. */
export class KpiAccumulator {
	private readonly total = new Group({});
	private readonly single: Record<Dimension, Map<string, Group>> = { agent: new Map(), channel: new Map(), period: new Map() };
	private readonly cross = new Map<string, Group>();
	private readonly metricNames = new Set<string>();
	private comments: KpiComment[] = [];
	readonly periods: PeriodKeys;

	constructor(readonly settings: KpiSettings) {
		validateKpiSettings(settings);
		this.periods = new PeriodKeys(settings.period, settings.timeZone);
	}

	addTicket(ticket: Json, index: number): void {
		const f = ticketFacts(ticket, index, this.settings, this.periods);
		const s = this.settings;
		this.total.add(f, s.satisfiedFrom);
		for (const [name] of f.sla) this.metricNames.add(name);
		for (const d of DIMENSIONS) {
			const value = f[d];
			let g = this.single[d].get(value);
			if (!g) this.single[d].set(value, (g = new Group({ [d]: value })));
			g.add(f, s.satisfiedFrom);
		}
		if (s.crossGroups && s.groupBy.length > 1) {
			const key = s.groupBy.map((d) => f[d]).join('\u0000');
			let g = this.cross.get(key);
			if (!g) this.cross.set(key, (g = new Group(Object.fromEntries(s.groupBy.map((d) => [d, f[d]])))));
			g.add(f, s.satisfiedFrom);
		}
		if (f.comment !== undefined && f.csat !== undefined) this.keepComment(f, String(ticket.id));
	}

	private keepComment(f: TicketFacts, ticketId: string): void {
		if (this.comments.length >= MAX_COMMENTS && f.csat! >= this.comments[this.comments.length - 1].score) return;
		this.comments.push({ agent: f.agent, channel: f.channel, score: f.csat!, comment: f.comment!, ticketId, period: f.period });
		this.comments.sort((a, b) => a.score - b.score || (a.ticketId < b.ticketId ? -1 : 1));
		if (this.comments.length > MAX_COMMENTS) this.comments.length = MAX_COMMENTS;
	}

	result(): KpiResult {
		const s = this.settings;
		const metricNames = [...this.metricNames].sort();
		const rowsOf = (dimension: string, groups: Iterable<Group>) =>
			[...groups]
				.map((g) => ({ row: toRow(dimension, g, s, metricNames), items: g.items }))
				.sort((a, b) => String(a.row.group).localeCompare(String(b.row.group), 'en'));
		const periodName = s.period;
		const byDimension = {
			agent: rowsOf('agent', this.single.agent.values()),
			channel: rowsOf('channel', this.single.channel.values()),
			period: rowsOf(periodName, this.single.period.values()),
		};
		if (s.period === 'week') {
			for (const { row } of byDimension.period) if (row.period && row.period !== 'unknown') row.periodStart = weekStart(String(row.period));
		}
		const crossName = s.groupBy.map((d) => (d === 'period' ? periodName : d)).join('+');
		return {
			settings: s,
			metricNames,
			total: { row: toRow('total', this.total, s, metricNames), items: this.total.items },
			byDimension,
			crossed: s.crossGroups && s.groupBy.length > 1 ? rowsOf(crossName, this.cross.values()) : [],
			comments: this.comments,
		};
	}
}

/** Monday of an ISO week key such as 2026-W10. */
export function weekStart(week: string): string {
	const [year, w] = week.split('-W').map(Number);
	const jan4 = new Date(Date.UTC(year, 0, 4)).toISOString().slice(0, 10);
	const monday = Date.parse(mondayOf(jan4)) + (w - 1) * 7 * 86400000;
	return new Date(monday).toISOString().slice(0, 10);
}

/** The rows the node emits: total first, then the chosen dimensions (or their combinations). */
export function selectedRows(result: KpiResult): KpiGroupRow[] {
	const s = result.settings;
	if (s.crossGroups && s.groupBy.length > 1) return [result.total, ...result.crossed];
	return [result.total, ...s.groupBy.flatMap((d) => result.byDimension[d])];
}
