import { DomainError } from '../errors';
import { CATEGORIES, CHANNELS, COMPLEXITIES, PRIORITIES, SLA_METRIC_STATES } from '../ticket';
import type { Ticket, TicketRouting } from '../ticket';

export const BUILT_IN_QUEUES = ['general', 'payments', 'kyc', 'vip_manager', 'compliance', 'disputes'] as const;
/** L1 agent, L2 senior specialist, L3 supervisor. */
export const LEVELS = ['L1', 'L2', 'L3'] as const;
export const DEFAULT_VIP_TIERS = ['gold', 'platinum', 'diamond'];
export const OPERATORS = [
	'equals',
	'notEquals',
	'in',
	'notIn',
	'contains',
	'notContains',
	'containsAny',
	'gt',
	'gte',
	'lt',
	'lte',
	'exists',
	'notExists',
	'isTrue',
	'isFalse',
] as const;

export const RG_GUARD = 'guard:responsible_gambling';
export const VIP_GUARD = 'guard:vip';

export type Level = (typeof LEVELS)[number];
export type Operator = (typeof OPERATORS)[number];
export type GuardId = typeof RG_GUARD | typeof VIP_GUARD;

export interface RuleCondition {
	field: string;
	operator: Operator;
	value?: unknown;
}

export interface RouteTarget {
	queue: string;
	level: Level;
}

export interface RoutingRule {
	name: string;
	combinator?: 'and' | 'or';
	conditions: RuleCondition[];
	route: RouteTarget;
	reason?: string;
}

export interface RuleTable {
	rules: RoutingRule[];
	defaultRoute: RouteTarget & { reason?: string };
	/** Extra queue names the admin declares on top of the built-in ones. */
	customQueues?: string[];
	/** VIP tiers sent to the VIP manager; defaults to gold, platinum, diamond. */
	vipTiers?: string[];
}

export interface RouteDecision {
	/** Index of the matched admin rule, -1 for the default route, or the guard that decided. */
	routeIndex: number | GuardId;
	routing: Pick<TicketRouting, 'queue' | 'level' | 'rule' | 'reason'> & { level: Level };
}

type FieldKind = 'enum' | 'string' | 'stringArray' | 'number' | 'boolean' | 'text';

interface EvaluationContext {
	ticket: Ticket;
	nowMs: number;
	foldedText?: string;
	textWords?: Set<string>;
}

type Accessor = (context: EvaluationContext) => unknown;
type Predicate = (context: EvaluationContext) => boolean;

interface FieldSpec {
	kind: FieldKind;
	read: Accessor;
	allowedValues?: readonly string[];
}

const OPERATORS_BY_KIND: Record<FieldKind, readonly Operator[]> = {
	enum: ['equals', 'notEquals', 'in', 'notIn', 'exists', 'notExists'],
	string: ['equals', 'notEquals', 'in', 'notIn', 'contains', 'notContains', 'containsAny', 'exists', 'notExists'],
	stringArray: ['contains', 'notContains', 'containsAny', 'exists', 'notExists'],
	number: ['equals', 'notEquals', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'exists', 'notExists'],
	boolean: ['equals', 'isTrue', 'isFalse', 'exists', 'notExists'],
	text: ['contains', 'notContains', 'containsAny', 'exists', 'notExists'],
};

/** Lower-cases, strips diacritics and turns every non letter/digit run into one space, padded on both sides. */
export function foldForMatching(text: string): string {
	const folded = text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	return ` ${folded} `;
}

const SLA_STATE_FIELD = /^sla\.metrics\.([A-Za-z0-9_-]+)\.state$/;

function fieldSpec(field: string): FieldSpec | undefined {
	switch (field) {
		case 'category':
			return { kind: 'enum', read: ({ ticket }) => ticket.category, allowedValues: CATEGORIES };
		case 'priority':
			return { kind: 'enum', read: ({ ticket }) => ticket.priority, allowedValues: PRIORITIES };
		case 'complexity':
			return { kind: 'enum', read: ({ ticket }) => ticket.complexity, allowedValues: COMPLEXITIES };
		case 'channel':
			return { kind: 'enum', read: ({ ticket }) => ticket.channel, allowedValues: CHANNELS };
		case 'language':
			return { kind: 'string', read: ({ ticket }) => ticket.language };
		case 'crm.vipTier':
			return { kind: 'string', read: ({ ticket }) => ticket.crm?.vipTier };
		case 'crm.accountStatus':
			return { kind: 'string', read: ({ ticket }) => ticket.crm?.accountStatus };
		case 'crm.kycStatus':
			return { kind: 'string', read: ({ ticket }) => ticket.crm?.kycStatus };
		case 'crm.rgFlags':
			return { kind: 'stringArray', read: ({ ticket }) => ticket.crm?.rgFlags };
		case 'tags':
			return { kind: 'stringArray', read: ({ ticket }) => ticket.tags };
		case 'crm.balance':
			return { kind: 'number', read: ({ ticket }) => ticket.crm?.balance };
		case 'crm.selfExcluded':
			return { kind: 'boolean', read: ({ ticket }) => ticket.crm?.selfExcluded };
		case 'ageMinutes':
			return {
				kind: 'number',
				read: ({ ticket, nowMs }) => {
					const created = Date.parse(ticket.createdAt);
					return Number.isNaN(created) ? undefined : (nowMs - created) / 60_000;
				},
			};
		case 'text':
			return { kind: 'text', read: readFoldedText };
	}
	const sla = SLA_STATE_FIELD.exec(field);
	if (sla) {
		const metric = sla[1];
		return {
			kind: 'enum',
			read: ({ ticket }) => ticket.sla?.metrics?.[metric]?.state,
			allowedValues: SLA_METRIC_STATES,
		};
	}
	return undefined;
}

export const ROUTING_FIELDS = [
	'category',
	'priority',
	'complexity',
	'language',
	'channel',
	'crm.vipTier',
	'crm.accountStatus',
	'crm.kycStatus',
	'crm.rgFlags',
	'crm.balance',
	'crm.selfExcluded',
	'sla.metrics.<name>.state',
	'ageMinutes',
	'text',
	'tags',
];

function readFoldedText(context: EvaluationContext): string {
	if (context.foldedText === undefined) {
		const { subject, body } = context.ticket;
		context.foldedText = foldForMatching(`${subject ?? ''} ${body ?? ''}`);
	}
	return context.foldedText;
}

function readTextWords(context: EvaluationContext): Set<string> {
	if (context.textWords === undefined) context.textWords = new Set(readFoldedText(context).trim().split(' '));
	return context.textWords;
}

function isMissing(value: unknown): boolean {
	return value === undefined || value === null;
}

class ConditionCompiler {
	constructor(
		private readonly ruleLabel: string,
		private readonly path: string,
	) {}

	fail(message: string, field: string, hint?: string): never {
		throw new DomainError(`${this.ruleLabel}: ${message}`, { field, hint });
	}

	compile(condition: RuleCondition): Predicate {
		if (typeof condition !== 'object' || condition === null) this.fail('condition must be an object', this.path);
		const { field, operator, value } = condition;
		const spec = typeof field === 'string' ? fieldSpec(field) : undefined;
		if (!spec) {
			this.fail(`unknown field '${String(field)}'`, `${this.path}.field`, `Use one of: ${ROUTING_FIELDS.join(', ')}`);
		}
		if (!(OPERATORS as readonly string[]).includes(operator)) {
			this.fail(`unknown operator '${String(operator)}' on field '${field}'`, `${this.path}.operator`, `Use one of: ${OPERATORS.join(', ')}`);
		}
		if (!OPERATORS_BY_KIND[spec.kind].includes(operator)) {
			this.fail(
				`operator '${operator}' does not apply to field '${field}'`,
				`${this.path}.operator`,
				`Field '${field}' accepts: ${OPERATORS_BY_KIND[spec.kind].join(', ')}`,
			);
		}
		return this.build(field, spec, operator, value);
	}

	private expectString(field: string, value: unknown, spec: FieldSpec): string {
		if (typeof value !== 'string') this.fail(`field '${field}' needs a text value`, `${this.path}.value`);
		this.checkAllowed(field, [value], spec);
		return value;
	}

	private expectStringList(field: string, value: unknown, spec: FieldSpec): string[] {
		if (!Array.isArray(value) || value.length === 0 || value.some((entry) => typeof entry !== 'string')) {
			this.fail(`field '${field}' needs a non-empty list of texts`, `${this.path}.value`);
		}
		this.checkAllowed(field, value as string[], spec);
		return value as string[];
	}

	private expectNumber(field: string, value: unknown): number {
		if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(`field '${field}' needs a number`, `${this.path}.value`);
		return value;
	}

	private checkAllowed(field: string, values: string[], spec: FieldSpec) {
		if (!spec.allowedValues) return;
		const wrong = values.find((entry) => !spec.allowedValues!.includes(entry));
		if (wrong !== undefined) {
			this.fail(`'${wrong}' is not a value of field '${field}'`, `${this.path}.value`, `Use one of: ${spec.allowedValues.join(', ')}`);
		}
	}

	private build(field: string, spec: FieldSpec, operator: Operator, value: unknown): Predicate {
		const read = spec.read;
		switch (operator) {
			case 'exists':
				return (c) => present(read(c));
			case 'notExists':
				return (c) => !present(read(c));
			case 'isTrue':
				return (c) => read(c) === true;
			case 'isFalse':
				return (c) => read(c) === false;
			case 'gt':
			case 'gte':
			case 'lt':
			case 'lte': {
				const limit = this.expectNumber(field, value);
				const compare = NUMBER_COMPARISONS[operator];
				return (c) => {
					const actual = read(c);
					return typeof actual === 'number' && compare(actual, limit);
				};
			}
		}
		if (spec.kind === 'number') {
			if (operator === 'in' || operator === 'notIn') {
				if (!Array.isArray(value) || value.length === 0 || value.some((n) => typeof n !== 'number')) {
					this.fail(`field '${field}' needs a non-empty list of numbers`, `${this.path}.value`);
				}
				const set = new Set(value as number[]);
				return operator === 'in' ? (c) => set.has(read(c) as number) : (c) => !set.has(read(c) as number);
			}
			const expected = this.expectNumber(field, value);
			return operator === 'equals' ? (c) => read(c) === expected : (c) => read(c) !== expected;
		}
		if (spec.kind === 'boolean') {
			if (typeof value !== 'boolean') this.fail(`field '${field}' needs true or false`, `${this.path}.value`);
			return (c) => read(c) === value;
		}
		if (operator === 'containsAny') {
			const keywords = this.expectStringList(field, value, { ...spec, allowedValues: undefined }).map(foldForMatching);
			if (keywords.some((keyword) => keyword.trim() === '')) {
				this.fail(`field '${field}' has a keyword without letters or digits`, `${this.path}.value`);
			}
			if (spec.kind === 'stringArray') {
				const wanted = new Set(keywords);
				return (c) => {
					const actual = read(c);
					return Array.isArray(actual) && actual.some((entry) => typeof entry === 'string' && wanted.has(foldForMatching(entry)));
				};
			}
			// Single words are looked up in the ticket's word set; only phrases need a substring scan.
			const words = keywords.filter((keyword) => !keyword.trim().includes(' ')).map((keyword) => keyword.trim());
			const phrases = keywords.filter((keyword) => keyword.trim().includes(' '));
			if (spec.kind === 'text') {
				return (c) => {
					const wordSet = readTextWords(c);
					for (let i = 0; i < words.length; i++) if (wordSet.has(words[i])) return true;
					if (phrases.length === 0) return false;
					const haystack = readFoldedText(c);
					for (let i = 0; i < phrases.length; i++) if (haystack.includes(phrases[i])) return true;
					return false;
				};
			}
			return (c) => {
				const actual = read(c);
				if (typeof actual !== 'string') return false;
				const haystack = foldForMatching(actual);
				const wordSet = new Set(haystack.trim().split(' '));
				for (let i = 0; i < words.length; i++) if (wordSet.has(words[i])) return true;
				for (let i = 0; i < phrases.length; i++) if (haystack.includes(phrases[i])) return true;
				return false;
			};
		}
		if (operator === 'contains' || operator === 'notContains') {
			const needle = this.expectString(field, value, { ...spec, allowedValues: undefined });
			const negate = operator === 'notContains';
			let test: Predicate;
			if (spec.kind === 'stringArray') {
				test = (c) => {
					const actual = read(c);
					return Array.isArray(actual) && actual.includes(needle);
				};
			} else {
				const foldedNeedle = foldForMatching(needle).trim();
				test = (c) => {
					const actual = read(c);
					if (typeof actual !== 'string') return false;
					return (spec.kind === 'text' ? actual : foldForMatching(actual)).includes(foldedNeedle);
				};
			}
			return negate ? (c) => !test(c) : test;
		}
		if (operator === 'in' || operator === 'notIn') {
			const set = new Set(this.expectStringList(field, value, spec));
			return operator === 'in'
				? (c) => set.has(read(c) as string)
				: (c) => !set.has(read(c) as string);
		}
		const expected = this.expectString(field, value, spec);
		return operator === 'equals' ? (c) => read(c) === expected : (c) => read(c) !== expected;
	}
}

function present(value: unknown): boolean {
	if (isMissing(value)) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (Array.isArray(value)) return value.length > 0;
	return true;
}

const NUMBER_COMPARISONS: Record<'gt' | 'gte' | 'lt' | 'lte', (actual: number, limit: number) => boolean> = {
	gt: (a, b) => a > b,
	gte: (a, b) => a >= b,
	lt: (a, b) => a < b,
	lte: (a, b) => a <= b,
};

interface CompiledRule {
	name: string;
	matches: Predicate;
	route: RouteTarget;
	reason: string;
}

export interface CompiledRules {
	readonly rules: readonly CompiledRule[];
	readonly defaultRoute: RouteTarget & { reason: string };
	readonly vipTiers: ReadonlySet<string>;
	readonly queues: readonly string[];
}

function checkTarget(target: unknown, queues: readonly string[], label: string, field: string): RouteTarget {
	if (typeof target !== 'object' || target === null) {
		throw new DomainError(`${label}: route is missing`, { field, hint: 'Give the rule a route { queue, level }' });
	}
	const { queue, level } = target as Record<string, unknown>;
	if (typeof queue !== 'string' || !queues.includes(queue)) {
		throw new DomainError(`${label}: unknown queue '${String(queue)}'`, {
			field: `${field}.queue`,
			hint: `Use one of: ${queues.join(', ')}, or declare it under custom queues`,
		});
	}
	if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
		throw new DomainError(`${label}: unknown level '${String(level)}'`, { field: `${field}.level`, hint: 'Use L1, L2 or L3' });
	}
	return { queue, level: level as Level };
}

/** Validates a rule table once and returns the evaluator that `route` uses. */
export function compileRules(table: RuleTable): CompiledRules {
	if (typeof table !== 'object' || table === null || !Array.isArray(table.rules)) {
		throw new DomainError('The rule table needs a list of rules', { field: 'rules' });
	}
	const custom = table.customQueues ?? [];
	if (!Array.isArray(custom) || custom.some((queue) => typeof queue !== 'string' || queue.trim() === '')) {
		throw new DomainError('Custom queues must be a list of non-empty names', { field: 'customQueues' });
	}
	const queues = [...BUILT_IN_QUEUES, ...custom];
	const rules = table.rules.map((rule, index): CompiledRule => {
		const name = typeof rule?.name === 'string' && rule.name.trim() !== '' ? rule.name : undefined;
		const label = `Rule #${index + 1}${name ? ` "${name}"` : ''}`;
		const path = `rules[${index}]`;
		if (!name) throw new DomainError(`${label}: the rule needs a name`, { field: `${path}.name` });
		const combinator = rule.combinator ?? 'and';
		if (combinator !== 'and' && combinator !== 'or') {
			throw new DomainError(`${label}: combinator must be 'and' or 'or'`, { field: `${path}.combinator` });
		}
		if (!Array.isArray(rule.conditions) || rule.conditions.length === 0) {
			throw new DomainError(`${label}: the rule needs at least one condition`, { field: `${path}.conditions` });
		}
		const predicates = rule.conditions.map((condition, ci) =>
			new ConditionCompiler(label, `${path}.conditions[${ci}]`).compile(condition),
		);
		const route = checkTarget(rule.route, queues, label, `${path}.route`);
		const matches: Predicate =
			predicates.length === 1
				? predicates[0]
				: combinator === 'and'
					? (c) => {
							for (let i = 0; i < predicates.length; i++) if (!predicates[i](c)) return false;
							return true;
						}
					: (c) => {
							for (let i = 0; i < predicates.length; i++) if (predicates[i](c)) return true;
							return false;
						};
		return { name, matches, route, reason: rule.reason ?? `matched rule '${name}'` };
	});
	const fallback = checkTarget(table.defaultRoute, queues, 'Default route', 'defaultRoute');
	const vipTiers = table.vipTiers ?? DEFAULT_VIP_TIERS;
	if (!Array.isArray(vipTiers) || vipTiers.some((tier) => typeof tier !== 'string')) {
		throw new DomainError('VIP tiers must be a list of tier names', { field: 'vipTiers' });
	}
	return {
		rules,
		defaultRoute: { ...fallback, reason: table.defaultRoute.reason ?? 'no rule matched' },
		vipTiers: new Set(vipTiers.map((tier) => tier.toLowerCase())),
		queues,
	};
}

function hasResponsibleGamblingMarker(ticket: Ticket): boolean {
	if (ticket.category === 'responsible_gambling' || ticket.crm?.selfExcluded === true) return true;
	return ticket.tags.some((tag) => tag.toLowerCase().startsWith('rg:'));
}

/** Decides queue and level: guard rails first, then the admin's rules in order, then the default. */
export function route(ticket: Ticket, compiled: CompiledRules, now: Date | string): RouteDecision {
	if (hasResponsibleGamblingMarker(ticket)) {
		return {
			routeIndex: RG_GUARD,
			routing: { queue: 'compliance', level: 'L2', rule: RG_GUARD, reason: 'responsible gambling marker' },
		};
	}
	const context: EvaluationContext = { ticket, nowMs: typeof now === 'string' ? Date.parse(now) : now.getTime() };
	let routeIndex = -1;
	let decided: RouteTarget & { rule: string; reason: string } = { ...compiled.defaultRoute, rule: 'default' };
	for (let index = 0; index < compiled.rules.length; index++) {
		const rule = compiled.rules[index];
		if (rule.matches(context)) {
			routeIndex = index;
			decided = { ...rule.route, rule: rule.name, reason: rule.reason };
			break;
		}
	}
	const tier = ticket.crm?.vipTier;
	if (typeof tier === 'string' && compiled.vipTiers.has(tier.toLowerCase())) {
		return {
			routeIndex: VIP_GUARD,
			routing: {
				queue: 'vip_manager',
				level: decided.level,
				rule: VIP_GUARD,
				reason: `VIP tier ${tier}; ${decided.rule}: ${decided.reason}`,
			},
		};
	}
	return { routeIndex, routing: { queue: decided.queue, level: decided.level, rule: decided.rule, reason: decided.reason } };
}
