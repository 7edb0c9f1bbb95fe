/**
 * A desk that works in Chatwoot sends its agents' events here: `message_created` (outgoing:
 * a reply, or a note when private) and `conversation_status_changed` (resolved, pending or
 * snoozed, open) become our agent actions. The conversation names our ticket in its custom
 * attribute `ticket_id`; the agent is the Chatwoot user's e-mail (else `chatwoot-<user id>`).
 */
import { ActionRejected, parseAgentAction, type AgentAction } from './agent-actions';

export type ChatwootEvent = { kind: 'action'; action: AgentAction } | { kind: 'ignored'; reason: string };

function record(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function ticketIdOf(conversation: Record<string, unknown>, path: string): string {
	const id = record(conversation.custom_attributes).ticket_id;
	if (typeof id !== 'string' || id.trim() === '') {
		throw new ActionRejected(400, 'the Chatwoot conversation names no ticket', {
			field: `${path}.custom_attributes.ticket_id`,
			hint: 'Set the custom attribute ticket_id to our ticket id when the conversation is created.',
		});
	}
	return id.trim();
}

function agentOf(user: Record<string, unknown>): string | undefined {
	if (typeof user.email === 'string' && user.email.trim() !== '') return user.email.trim().toLowerCase();
	return user.id === undefined || user.id === null ? undefined : `chatwoot-${String(user.id)}`;
}

/** Chatwoot sends either ISO strings or Unix seconds. */
function instant(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000).toISOString();
	if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
	return undefined;
}

const STATUS_ACTIONS: Record<string, AgentAction['type']> = { resolved: 'resolve', pending: 'pending', snoozed: 'pending', open: 'reopen' };

export function fromChatwoot(body: unknown): ChatwootEvent {
	const event = record(body);
	if (event.event === 'message_created') {
		if (event.message_type !== 'outgoing' && event.message_type !== 1) return { kind: 'ignored', reason: 'not an outgoing agent message' };
		const sender = record(event.sender);
		if (sender.type !== undefined && sender.type !== 'user') return { kind: 'ignored', reason: 'not sent by an agent' };
		const action = parseAgentAction({
			type: event.private === true ? 'note' : 'reply',
			actionId: `chatwoot:message:${String(event.id)}`,
			agentId: agentOf(sender),
			ticketId: ticketIdOf(record(event.conversation), 'conversation'),
			text: event.content,
			at: instant(event.created_at),
		});
		return { kind: 'action', action };
	}
	if (event.event === 'conversation_status_changed') {
		const status = String(event.status);
		const type = STATUS_ACTIONS[status];
		if (!type) return { kind: 'ignored', reason: `status ${status} is not mapped` };
		const assignee = record(record(event.meta).assignee);
		const action = parseAgentAction({
			type,
			actionId: `chatwoot:status:${String(event.id)}:${status}:${String(event.timestamp ?? '')}`,
			agentId: agentOf(assignee),
			ticketId: ticketIdOf(event, '(body)'),
			at: instant(event.timestamp),
		});
		return { kind: 'action', action };
	}
	return { kind: 'ignored', reason: `event ${String(event.event)} is not an agent event` };
}
