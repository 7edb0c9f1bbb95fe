import { withHistory } from '../ticket';
import type { Ticket } from '../ticket';
import { LEVELS } from './rules';
import type { Level } from './rules';

export interface EscalationResult {
	ticket: Ticket;
	from: Level;
	to: Level;
	/** Set when the ticket was already with a supervisor and cannot go higher. */
	flag?: 'max_level';
}

function currentLevel(level: unknown): Level {
	return (LEVELS as readonly unknown[]).includes(level) ? (level as Level) : 'L1';
}

/**
 * Raises the ticket one level (L1 → L2 → L3) in the same queue. A ticket with no routing yet is
 * treated as L1 in the general queue. The input ticket is never changed.
 */
export function escalate(ticket: Ticket, reason: string, now: Date | string): EscalationResult {
	const at = new Date(now).toISOString();
	const from = currentLevel(ticket.routing?.level);
	const index = LEVELS.indexOf(from);
	const atTop = index === LEVELS.length - 1;
	const to = atTop ? from : LEVELS[index + 1];
	const queue = ticket.routing?.queue ?? 'general';
	const detail = atTop ? { from, to, queue, reason, flag: 'max_level' } : { from, to, queue, reason };
	const escalated = withHistory(ticket, at, 'escalated', detail);
	escalated.status = 'escalated';
	escalated.routing = {
		...(ticket.routing ?? { rule: 'escalation' }),
		queue,
		level: to,
		rule: ticket.routing?.rule ?? 'escalation',
		reason,
	};
	return atTop ? { ticket: escalated, from, to, flag: 'max_level' } : { ticket: escalated, from, to };
}
