import { DomainError } from '../errors';
import type { Ticket } from '../ticket';

export const SLA_METRIC_NAMES = ['firstResponse', 'nextResponse', 'resolution', 'escalation'] as const;
export type SlaMetricName = (typeof SLA_METRIC_NAMES)[number];

export interface SlaConditions {
	channel?: string[];
	priority?: string[];
	category?: string[];
	complexity?: string[];
	vipTier?: string[];
}

export interface SlaPolicy {
	name: string;
	/** Every listed field must match; an empty or missing list matches anything. */
	when?: SlaConditions;
	/** Target per metric in (calendar) minutes. */
	targets: Partial<Record<SlaMetricName, number>>;
	calendar: string;
	/** Fraction of the target after which a metric is at risk; default 0.8. */
	warningThreshold?: number;
}

export const DEFAULT_WARNING_THRESHOLD = 0.8;
export const VIP_TIERS = ['gold', 'platinum', 'diamond'];
const CONDITION_FIELDS: Array<keyof SlaConditions> = ['channel', 'priority', 'category', 'complexity', 'vipTier'];

function buildDefaultPolicies(): SlaPolicy[] {
	const channelGroups = [
		{ key: 'messaging', channels: ['chat', 'telegram', 'whatsapp', 'viber', 'web_form'], firstResponse: 5 },
		{ key: 'email', channels: ['email'], firstResponse: 120 },
		{ key: 'phone', channels: ['phone'], firstResponse: 5 },
	];
	const policies: SlaPolicy[] = [];
	for (const vip of [true, false]) {
		const factor = vip ? 0.5 : 1;
		for (const group of channelGroups) {
			for (const complexity of ['simple', 'complex']) {
				const targets: SlaPolicy['targets'] = { firstResponse: group.firstResponse * factor };
				if (complexity === 'simple') targets.resolution = 15 * factor;
				else targets.escalation = 60 * factor;
				policies.push({
					name: `${vip ? 'vip' : 'standard'}-${group.key}-${complexity}`,
					when: { channel: group.channels, complexity: [complexity], ...(vip ? { vipTier: VIP_TIERS } : {}) },
					targets,
					calendar: '24/7',
					warningThreshold: DEFAULT_WARNING_THRESHOLD,
				});
			}
		}
	}
	return policies;
}

/** The shipped table: VIP rows first (targets halved), then standard rows; 24/7 calendar. */
export const DEFAULT_SLA_POLICIES: SlaPolicy[] = buildDefaultPolicies();

/** Throws DomainError naming the row and field, e.g. `policies[2].targets.resolution`. */
export function validatePolicies(policies: SlaPolicy[]): void {
	if (!Array.isArray(policies) || policies.length === 0) {
		throw new DomainError('the SLA policy table is empty', { field: 'policies', hint: 'Add at least one policy row.' });
	}
	const names = new Set<string>();
	policies.forEach((policy, index) => {
		const row = `policies[${index}]`;
		if (typeof policy !== 'object' || policy === null) throw new DomainError(`${row} must be an object`, { field: row });
		if (typeof policy.name !== 'string' || policy.name.trim() === '') {
			throw new DomainError(`${row}.name is required`, { field: `${row}.name` });
		}
		if (names.has(policy.name)) throw new DomainError(`${row}.name '${policy.name}' is used twice`, { field: `${row}.name` });
		names.add(policy.name);
		if (typeof policy.calendar !== 'string' || policy.calendar.trim() === '') {
			throw new DomainError(`${row}.calendar is required`, { field: `${row}.calendar` });
		}
		for (const field of CONDITION_FIELDS) {
			const list = policy.when?.[field];
			if (list !== undefined && (!Array.isArray(list) || list.some((value) => typeof value !== 'string'))) {
				throw new DomainError(`${row}.when.${field} must be a list of strings`, { field: `${row}.when.${field}` });
			}
		}
		if (typeof policy.targets !== 'object' || policy.targets === null) {
			throw new DomainError(`${row}.targets is required`, { field: `${row}.targets` });
		}
		for (const [metric, minutes] of Object.entries(policy.targets)) {
			const field = `${row}.targets.${metric}`;
			if (!(SLA_METRIC_NAMES as readonly string[]).includes(metric)) {
				throw new DomainError(`${field}: unknown metric`, { field, hint: `Use one of ${SLA_METRIC_NAMES.join(', ')}.` });
			}
			if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
				throw new DomainError(`${field} must be a positive number of minutes`, { field });
			}
		}
		const threshold = policy.warningThreshold;
		if (threshold !== undefined && (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1))) {
			throw new DomainError(`${row}.warningThreshold must be in (0, 1]`, { field: `${row}.warningThreshold` });
		}
	});
}

function ticketValue(ticket: Ticket, field: keyof SlaConditions): string | undefined {
	if (field === 'vipTier') return ticket.crm?.vipTier ?? undefined;
	const value = ticket[field];
	return typeof value === 'string' ? value : undefined;
}

export function policyMatches(policy: SlaPolicy, ticket: Ticket): boolean {
	return CONDITION_FIELDS.every((field) => {
		const allowed = policy.when?.[field];
		if (!allowed || allowed.length === 0) return true;
		const value = ticketValue(ticket, field);
		return value !== undefined && allowed.includes(value);
	});
}

/** First matching row wins; with no match, the fallback or a DomainError. */
export function selectPolicy(policies: SlaPolicy[], ticket: Ticket, fallback?: SlaPolicy): SlaPolicy {
	const match = policies.find((policy) => policyMatches(policy, ticket));
	if (match) return match;
	if (fallback) return fallback;
	throw new DomainError(`no SLA policy matches ticket ${ticket.id}`, {
		field: 'policies',
		hint: 'Add a catch-all row with empty conditions or set a fallback policy.',
	});
}
