import { DomainError } from '../errors';
import type { Calendar } from '../sla/calendar';
import { DEFAULT_SLA_POLICIES, type SlaPolicy } from '../sla/policy';
import type { Ticket } from '../ticket';

/** What the conversation steps need besides the ticket: read once per execution. */
export interface ConversationSettings {
	now: string;
	/** A message on a resolved ticket within this many days reopens it; later it starts a new ticket. */
	reopenWindowDays: number;
	/** The SLA policy set the tickets were started on (for next-response and resolution targets). */
	policies: SlaPolicy[];
	calendars: Calendar[];
	/** Metrics that stop while the ticket waits for the player (status pending). */
	pausedWhilePending: readonly string[];
	/** Agent ids allowed to act; undefined accepts any agent id. */
	agents?: ReadonlySet<string>;
}

export const DEFAULT_REOPEN_WINDOW_DAYS = 7;
export const DEFAULT_PAUSED_WHILE_PENDING = ['resolution', 'escalation'] as const;

export function conversationSettings(input: Partial<ConversationSettings> & { now: string }): ConversationSettings {
	const reopenWindowDays = input.reopenWindowDays ?? DEFAULT_REOPEN_WINDOW_DAYS;
	if (!(typeof reopenWindowDays === 'number' && Number.isFinite(reopenWindowDays) && reopenWindowDays >= 0)) {
		throw new DomainError(`reopen window must be a number of days ≥ 0, got ${String(reopenWindowDays)}`, {
			field: 'options.reopenWindowDays',
			hint: 'Use 0 to never reopen, or e.g. 7.',
		});
	}
	return {
		now: input.now,
		reopenWindowDays,
		policies: input.policies ?? DEFAULT_SLA_POLICIES,
		calendars: input.calendars ?? [],
		pausedWhilePending: input.pausedWhilePending ?? DEFAULT_PAUSED_WHILE_PENDING,
		agents: input.agents,
	};
}

function policyOf(ticket: Ticket, settings: ConversationSettings): SlaPolicy | undefined {
	const name = ticket.sla?.policy;
	return settings.policies.find((policy) => policy.name === name) ?? DEFAULT_SLA_POLICIES.find((policy) => policy.name === name);
}

/** Minutes for a metric restarted mid-conversation: the policy's target, else what the ticket was started with. */
export function targetMinutes(ticket: Ticket, metric: 'nextResponse' | 'resolution', settings: ConversationSettings): number | undefined {
	const targets = policyOf(ticket, settings)?.targets ?? {};
	const stored = (name: string) => {
		const minutes = ticket.sla?.metrics[name]?.targetMinutes;
		return typeof minutes === 'number' ? minutes : undefined;
	};
	// Without a next-response target, a desk expects each next reply as fast as the first one.
	if (metric === 'nextResponse') return targets.nextResponse ?? targets.firstResponse ?? stored('firstResponse');
	return targets.resolution ?? stored('resolution');
}
