import type { IExecuteFunctions } from 'n8n-workflow';

import { DomainError } from '../shared/domain/errors';
import { WEEKDAYS, type Calendar } from '../shared/domain/sla/calendar';
import { DEFAULT_SLA_POLICIES, SLA_METRIC_NAMES, type SlaConditions, type SlaPolicy } from '../shared/domain/sla/policy';

/** One row of the "Policies" fixedCollection as n8n hands it over. */
export interface PolicyRow {
	name?: string;
	channel?: string[];
	priority?: string[];
	category?: string[];
	complexity?: string[];
	vipTier?: string[];
	firstResponse?: number;
	nextResponse?: number;
	resolution?: number;
	escalation?: number;
	calendar?: string;
}

/** One row of the "Calendars" fixedCollection: hours per weekday as comma-separated intervals. */
export type CalendarRow = { name?: string; timeZone?: string; holidays?: string } & Partial<Record<(typeof WEEKDAYS)[number], string>>;

export type PolicySource = 'defaults' | 'table' | 'json';

const CONDITIONS: Array<keyof SlaConditions> = ['channel', 'priority', 'category', 'complexity', 'vipTier'];

function splitList(text: string | undefined): string[] {
	return String(text ?? '')
		.split(/[,;\n]/)
		.map((part) => part.trim())
		.filter(Boolean);
}

/** Panel rows → policies. Targets of 0 (the default) mean the metric is not tracked. */
export function policiesFromRows(rows: PolicyRow[]): SlaPolicy[] {
	return rows.map((row, index) => {
		const when: SlaConditions = {};
		for (const field of CONDITIONS) {
			const values = row[field];
			if (Array.isArray(values) && values.length > 0) when[field] = values;
		}
		const targets: SlaPolicy['targets'] = {};
		for (const metric of SLA_METRIC_NAMES) {
			const minutes = row[metric];
			if (minutes !== undefined && minutes !== null && Number(minutes) !== 0) targets[metric] = Number(minutes);
		}
		if (Object.keys(targets).length === 0) {
			throw new DomainError(`policies[${index}] ('${row.name ?? ''}') has no target`, {
				field: `policies[${index}].targets`,
				hint: 'Set at least one of First Response, Next Response, Resolution or Escalation (minutes) above 0.',
			});
		}
		return { name: String(row.name ?? '').trim(), when, targets, calendar: String(row.calendar ?? '').trim() || '24/7' };
	});
}

/** Panel rows → business-hours calendars. */
export function calendarsFromRows(rows: CalendarRow[]): Calendar[] {
	return rows.map((row) => {
		const hours: Calendar['hours'] = {};
		for (const weekday of WEEKDAYS) {
			const intervals = splitList(row[weekday]);
			if (intervals.length > 0) hours[weekday] = intervals;
		}
		return {
			name: String(row.name ?? '').trim(),
			kind: 'business',
			timeZone: String(row.timeZone ?? '').trim(),
			hours,
			holidays: splitList(row.holidays),
		};
	});
}

function parseJson(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	let problem = '';
	try {
		return JSON.parse(value) as unknown;
	} catch (error) {
		problem = (error as Error).message;
	}
	throw new DomainError(`Policies (JSON) is not valid JSON: ${problem}`, {
		field: 'policiesJson',
		hint: 'Give an array of policies, or an object { "policies": [...], "calendars": [...] } as in docs/sla.md.',
	});
}

/** The JSON parameter: an array of policies, or `{ policies, calendars }`. */
export function fromJson(value: unknown): { policies: SlaPolicy[]; calendars: Calendar[] } {
	const parsed = parseJson(value);
	if (Array.isArray(parsed)) return { policies: parsed as SlaPolicy[], calendars: [] };
	if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { policies?: unknown }).policies)) {
		const { policies, calendars } = parsed as { policies: SlaPolicy[]; calendars?: unknown };
		if (calendars !== undefined && !Array.isArray(calendars)) {
			throw new DomainError('policiesJson.calendars must be a list of calendars', { field: 'policiesJson.calendars' });
		}
		return { policies, calendars: (calendars as Calendar[] | undefined) ?? [] };
	}
	throw new DomainError('Policies (JSON) must be a list of policies or an object with a "policies" list', {
		field: 'policiesJson',
		hint: 'See the policy schema in docs/sla.md.',
	});
}

/** Policies and calendars from whichever source the panel names. */
export function policySet(
	source: PolicySource,
	read: { rows: () => PolicyRow[]; json: () => unknown; calendarRows: () => CalendarRow[] },
): { policies: SlaPolicy[]; calendars: Calendar[]; policiesField: string } {
	if (source === 'defaults') {
		// The shipped rows' 80 % is the node's default, so the Warning Threshold option applies to them.
		const policies = DEFAULT_SLA_POLICIES.map(({ warningThreshold: _shipped, ...policy }) => policy);
		return { policies, calendars: calendarsFromRows(read.calendarRows()), policiesField: 'policies' };
	}
	if (source === 'table') {
		return { policies: policiesFromRows(read.rows()), calendars: calendarsFromRows(read.calendarRows()), policiesField: 'policies' };
	}
	const json = fromJson(read.json());
	return { policies: json.policies, calendars: [...json.calendars, ...calendarsFromRows(read.calendarRows())], policiesField: 'policiesJson.policies' };
}

/** The policy set the panel names (Policy Source and its table, JSON and calendars), read once per execution. */
export function panelPolicySet(ctx: IExecuteFunctions): ReturnType<typeof policySet> {
	const source = ctx.getNodeParameter('policySource', 0, 'defaults') as PolicySource;
	return policySet(source, {
		rows: () => (ctx.getNodeParameter('policies.values', 0, []) as PolicyRow[]) ?? [],
		json: () => ctx.getNodeParameter('policiesJson', 0, '[]'),
		calendarRows: () => (ctx.getNodeParameter('calendars.values', 0, []) as CalendarRow[]) ?? [],
	});
}
