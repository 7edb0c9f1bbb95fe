import { DomainError } from '../errors';
import { assertTicket, withHistory, type Ticket } from '../ticket';
import { compileCalendar, DEFAULT_CALENDAR, type Calendar } from './calendar';
import { check, pause, recordFirstResponse, resolve, resume, start, type SlaVerdict } from './metrics';
import { DEFAULT_SLA_POLICIES, DEFAULT_WARNING_THRESHOLD, selectPolicy, validatePolicies, type SlaPolicy } from './policy';

export const SLA_OPERATIONS = ['start', 'check', 'pause', 'resume', 'recordFirstResponse', 'resolve'] as const;
export type SlaOperation = (typeof SLA_OPERATIONS)[number];

/** Everything an SLA step needs that does not depend on the ticket: built once per execution. */
export interface SlaSettings {
	policies: SlaPolicy[];
	calendars: Calendar[];
	/** Used when no row matches; without it an unmatched ticket is an error. */
	fallback?: SlaPolicy;
	/** Set on the node: overrides the threshold stored on the ticket when rating. */
	warningThreshold?: number;
	/** Whether Start replaces clocks a ticket already has (otherwise they are kept). */
	restart: boolean;
	now: string;
}

export interface SlaOutcome {
	ticket: Ticket;
	verdict: SlaVerdict;
	metrics: Record<string, SlaVerdict>;
}

/**
 * Re-throws a DomainError with its field placed under `prefix` (e.g. `calendars[1].timeZone`),
 * or, with `root`, with that leading root of its field and message renamed to `prefix`.
 */
export function underField<T>(prefix: string, fn: () => T, root?: string): T {
	let failure: unknown;
	try {
		return fn();
	} catch (error) {
		failure = error;
	}
	if (!(failure instanceof DomainError)) throw failure;
	const { field, hint, message } = failure;
	if (root !== undefined && field?.startsWith(root)) {
		const renamed = message.startsWith(root) ? prefix + message.slice(root.length) : message;
		throw new DomainError(renamed, { field: prefix + field.slice(root.length), hint });
	}
	throw new DomainError(`${prefix}: ${message}`, { field: field ? `${prefix}.${field}` : prefix, hint });
}

/** The item's `ticket`, validated; a missing one is named as such. */
export function ticketOf(json: Record<string, unknown>): Ticket {
	if (json.ticket === undefined || json.ticket === null) {
		throw new DomainError("the item has no 'ticket' field", {
			field: 'ticket',
			hint: 'Put a Ticket Intake node (or anything that writes a ticket) before the SLA Timer.',
		});
	}
	return assertTicket(json.ticket);
}

/** Checks calendars (unique names, valid zones and hours) and returns them; names the bad entry. */
export function checkCalendars(calendars: Calendar[], prefix = 'calendars'): Calendar[] {
	const names = new Set<string>([DEFAULT_CALENDAR.name]);
	calendars.forEach((calendar, index) => {
		underField(`${prefix}[${index}]`, () => compileCalendar(calendar));
		if (names.has(calendar.name)) {
			throw new DomainError(`${prefix}[${index}].name '${calendar.name}' is used twice (or shadows the built-in 24/7)`, {
				field: `${prefix}[${index}].name`,
				hint: 'Give each calendar its own name.',
			});
		}
		names.add(calendar.name);
	});
	return calendars;
}

/** Checks policies against the calendars they name and picks the fallback policy by name. */
export function buildSlaSettings(input: {
	policies: SlaPolicy[];
	calendars: Calendar[];
	fallbackPolicy?: string;
	warningThreshold?: number;
	restart?: boolean;
	now: string;
	policiesField?: string;
}): SlaSettings {
	const field = input.policiesField ?? 'policies';
	const { warningThreshold } = input;
	if (warningThreshold !== undefined && !(warningThreshold > 0 && warningThreshold <= 1)) {
		throw new DomainError(`warning threshold must be between 1 and 100 %, got ${warningThreshold * 100}`, {
			field: 'options.warningThreshold',
		});
	}
	const calendars = checkCalendars(input.calendars);
	underField(field, () => validatePolicies(input.policies), 'policies');
	const known = new Set(['24/7', ...calendars.map((calendar) => calendar.name)]);
	input.policies.forEach((policy, index) => {
		if (!known.has(policy.calendar)) {
			throw new DomainError(`${field}[${index}].calendar: calendar '${policy.calendar}' is not defined`, {
				field: `${field}[${index}].calendar`,
				hint: `Define it under Calendars or use one of: ${[...known].join(', ')}.`,
			});
		}
	});
	const policies = input.policies.map((policy) =>
		policy.warningThreshold === undefined ? { ...policy, warningThreshold: warningThreshold ?? DEFAULT_WARNING_THRESHOLD } : policy,
	);
	let fallback: SlaPolicy | undefined;
	const fallbackName = input.fallbackPolicy?.trim();
	if (fallbackName) {
		fallback =
			policies.find((policy) => policy.name === fallbackName) ??
			DEFAULT_SLA_POLICIES.find((policy) => policy.name === fallbackName);
		if (!fallback) {
			throw new DomainError(`fallback policy '${fallbackName}' is neither a row of the table nor a shipped default`, {
				field: 'options.fallbackPolicy',
				hint: `Use a policy name from the table or a shipped one such as ${DEFAULT_SLA_POLICIES[DEFAULT_SLA_POLICIES.length - 1].name}.`,
			});
		}
	}
	return { policies, calendars, fallback, warningThreshold, restart: input.restart ?? false, now: input.now };
}


/**
 * Applies one operation to a ticket, then rates its clocks at the same instant so every ticket
 * leaves by the output its state after the step calls for. Pause rates first: a metric overdue
 * when it is paused was breached before the pause.
 */
export function applySlaOperation(operation: SlaOperation, ticket: Ticket, settings: SlaSettings): SlaOutcome {
	const { now, calendars } = settings;
	let next: Ticket;
	switch (operation) {
		case 'start':
			if (ticket.sla && !settings.restart) next = ticket;
			else next = start(ticket, selectPolicy(settings.policies, ticket, settings.fallback), calendars, now);
			break;
		case 'check':
			next = ticket;
			break;
		case 'pause':
			next = pause(check(ticket, now, settings.warningThreshold, calendars).ticket, now);
			break;
		case 'resume':
			next = resume(ticket, now, calendars);
			break;
		case 'recordFirstResponse':
			next = recordFirstResponse(ticket, now, calendars);
			break;
		case 'resolve':
			next = resolve(ticket, now, calendars);
			break;
		default:
			throw new DomainError(`unknown operation '${String(operation)}'`, { field: 'operation' });
	}
	const rated = check(next, now, settings.warningThreshold, calendars);
	let result = rated.ticket;
	// The warning is an event too, recorded once when a ticket becomes at risk, so repeated
	// checks by a monitor do not grow the history.
	if (rated.verdict === 'at_risk' && ticket.sla?.verdict !== 'at_risk') {
		const metrics = Object.keys(rated.metrics).filter((name) => rated.metrics[name] === 'at_risk');
		result = withHistory(result, now, 'sla.atRisk', { metrics });
	}
	const sla = result.sla as NonNullable<Ticket['sla']>;
	return {
		ticket: { ...result, sla: { ...sla, verdict: rated.verdict, checkedAt: now } },
		verdict: rated.verdict,
		metrics: rated.metrics,
	};
}
