/** Adapter between the Support KPIs panel and the KPI domain and report renderer. */
import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_KPI_SETTINGS, KpiAccumulator, type Dimension, type KpiResult } from '../shared/domain/kpis/compute';
import type { ReportModel } from '../shared/domain/report/html';

export interface KpiOptions {
	agentNames?: { names?: Array<{ id?: string; name?: string }> };
	crossGroups?: boolean;
	periodBasis?: 'resolved' | 'created';
	referenceTime?: string;
	fileName?: string;
	title?: string;
	satisfiedFrom?: number;
	timeZone?: string;
}


export function kpiAccumulator(groupBy: string[], period: string, options: KpiOptions): KpiAccumulator {
	return new KpiAccumulator({
		groupBy: groupBy as Dimension[],
		crossGroups: options.crossGroups ?? false,
		period: period as 'day' | 'week',
		periodBasis: options.periodBasis ?? DEFAULT_KPI_SETTINGS.periodBasis,
		timeZone: (options.timeZone ?? '').trim() || 'UTC',
		satisfiedFrom: options.satisfiedFrom ?? DEFAULT_KPI_SETTINGS.satisfiedFrom,
	});
}

export function reportModel(result: KpiResult, options: KpiOptions, generatedAt: string): ReportModel {
	const agentNames: Record<string, string> = {};
	for (const entry of options.agentNames?.names ?? []) {
		if (entry.id && entry.name) agentNames[entry.id] = entry.name;
	}
	return {
		title: options.title?.trim() || 'Support KPIs',
		generatedAt,
		timeZone: result.settings.timeZone,
		periodUnit: result.settings.period,
		metricNames: result.metricNames,
		total: result.total.row,
		// People first, then the (bot) and (unassigned) groups.
		agents: result.byDimension.agent.map((g) => g.row).sort((a, b) => Number(String(a.agent).startsWith('(')) - Number(String(b.agent).startsWith('('))),
		channels: result.byDimension.channel.map((g) => g.row),
		periods: result.byDimension.period.map((g) => g.row),
		comments: result.comments,
		agentNames,
	};
}

/** The Report item's json: the same figures as the HTML, for a Set/e-mail node to quote. */
export function reportSummary(model: ReportModel, fileName: string): IDataObject {
	return {
		title: model.title,
		generatedAt: model.generatedAt,
		fileName,
		from: model.total.from,
		to: model.total.to,
		timeZone: model.timeZone,
		periodUnit: model.periodUnit,
		total: model.total,
		agents: model.agents,
		channels: model.channels,
		periods: model.periods,
		comments: model.comments as unknown as IDataObject[],
	};
}
