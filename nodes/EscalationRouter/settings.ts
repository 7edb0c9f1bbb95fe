import { DomainError } from '../shared/domain/errors';
import type { Agent } from '../shared/domain/routing/assignment';
import type { Level, RuleCondition, RuleTable } from '../shared/domain/routing/rules';

/** What the panel's rule table holds (`rules.values[]`). */
export interface PanelRule {
	outputName?: string;
	queue?: string;
	customQueue?: string;
	level?: string;
	combinator?: 'and' | 'or';
	conditions?: { values?: PanelCondition[] };
	reason?: string;
}

export interface PanelCondition {
	field?: string;
	slaMetric?: string;
	operator?: string;
	value?: unknown;
}

const LIST_OPERATORS = new Set(['in', 'notIn', 'containsAny']);
const NO_VALUE_OPERATORS = new Set(['exists', 'notExists', 'isTrue', 'isFalse']);
const NUMBER_FIELDS = new Set(['crm.balance', 'ageMinutes']);
const BOOLEAN_FIELDS = new Set(['crm.selfExcluded']);
const SLA_FIELD = 'sla.metrics.<name>.state';

function splitList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value !== 'string') return [value];
	return value
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

function asNumber(value: unknown): unknown {
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
	return value;
}

function asBoolean(value: unknown): unknown {
	if (value === 'true') return true;
	if (value === 'false') return false;
	return value;
}

/**
 * Turns a panel condition (all values typed as text) into the domain's typed condition: lists are
 * comma-separated, numbers and true/false are read for fields of those kinds. Type mistakes are
 * left for `compileRules`, which names the rule and the condition.
 */
export function panelCondition(condition: PanelCondition): RuleCondition {
	const operator = condition.operator ?? 'equals';
	let field = condition.field ?? '';
	if (field === SLA_FIELD) field = `sla.metrics.${(condition.slaMetric ?? '').trim()}.state`;
	if (NO_VALUE_OPERATORS.has(operator)) return { field, operator: operator as RuleCondition['operator'] };
	let value: unknown = condition.value;
	if (LIST_OPERATORS.has(operator)) {
		value = splitList(value);
		if (NUMBER_FIELDS.has(field)) value = (value as unknown[]).map(asNumber);
	} else if (NUMBER_FIELDS.has(field)) {
		value = asNumber(value);
	} else if (BOOLEAN_FIELDS.has(field)) {
		value = asBoolean(value);
	}
	return { field, operator: operator as RuleCondition['operator'], value };
}

function queueName(queue: string | undefined, custom: string | undefined): string {
	return queue === 'custom' ? (custom ?? '').trim() : (queue ?? 'general');
}

/** The panel's rule table as the domain's RuleTable; rule names are the output names. */
export function panelRuleTable(
	rules: PanelRule[],
	fallback: { queue?: string; customQueue?: string; level?: string },
	vipTiers: string[] | undefined,
): RuleTable {
	const customQueues = new Set<string>();
	const target = (queue: string | undefined, custom: string | undefined, level: string | undefined) => {
		const name = queueName(queue, custom);
		if (queue === 'custom' && name !== '') customQueues.add(name);
		return { queue: name, level: (level ?? 'L1') as Level };
	};
	const table: RuleTable = {
		rules: rules.map((rule, index) => ({
			name: rule.outputName?.trim() || `Rule ${index + 1}`,
			combinator: rule.combinator ?? 'and',
			conditions: (rule.conditions?.values ?? []).map(panelCondition),
			route: target(rule.queue, rule.customQueue, rule.level),
			...(rule.reason?.trim() ? { reason: rule.reason.trim() } : {}),
		})),
		defaultRoute: target(fallback.queue, fallback.customQueue, fallback.level),
		customQueues: [...customQueues],
	};
	if (vipTiers) table.vipTiers = vipTiers;
	return table;
}

/** A JSON parameter arrives as text or, when set by an expression, already parsed. */
export function parseJsonParameter(value: unknown, field: string, what: string): unknown {
	if (typeof value !== 'string') return value;
	let problem = '';
	let parsed: unknown;
	try {
		parsed = JSON.parse(value) as unknown;
	} catch (error) {
		problem = (error as Error).message;
	}
	if (problem) {
		throw new DomainError(`${what} is not valid JSON: ${problem}`, {
			field,
			hint: 'Check quotes and commas, or build the value with an expression',
		});
	}
	return parsed;
}

/**
 * The rule table from the JSON parameter; the VIP Tiers option, when set, replaces the table's own.
 */
export function jsonRuleTable(value: unknown, vipTiers: string[] | undefined): RuleTable {
	const table = parseJsonParameter(value, 'rulesJson', 'Rules (JSON)');
	if (typeof table !== 'object' || table === null || Array.isArray(table)) {
		throw new DomainError('Rules (JSON) must be an object { rules, defaultRoute }', {
			field: 'rulesJson',
			hint: 'See docs/routing.md for the rule table schema',
		});
	}
	return vipTiers ? { ...(table as RuleTable), vipTiers } : (table as RuleTable);
}

/** Fills the roster fields an admin may leave out; capacity and ids stay required. */
export function normaliseRoster(value: unknown, field: string): unknown {
	const roster = parseJsonParameter(value, field, 'The roster');
	if (!Array.isArray(roster)) {
		throw new DomainError('The roster must be a list of agents', {
			field,
			hint: 'Give [{ "id": "anna", "queues": ["general"], "capacity": 5, "openTickets": 0 }, …]',
		});
	}
	return roster.map((agent: unknown) =>
		typeof agent === 'object' && agent !== null && !Array.isArray(agent)
			? ({ languages: [], skills: [], active: true, openTickets: 0, ...agent } as unknown as Agent)
			: agent,
	);
}

/** Reads a dotted path such as `roster` or `agents.list` from an item's json. */
export function readPath(json: Record<string, unknown>, path: string): unknown {
	let current: unknown = json;
	for (const key of path.split('.')) {
		if (typeof current !== 'object' || current === null) return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

export function commaList(value: string | undefined): string[] | undefined {
	const list = (value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
	return list.length > 0 ? list : undefined;
}
