/**
 * One agent event as it reaches a workflow (our agent API's body or a Chatwoot webhook) applied
 * to the stored ticket; a refused action is an answer for the caller, never a failed execution.
 */
import { DomainError } from '../errors';
import { assertTicket, type Ticket } from '../ticket';
import { ActionRejected, applyAgentAction, parseAgentAction, type AgentAction } from './agent-actions';
import { fromChatwoot } from './chatwoot';
import type { TicketMessage } from './messages';
import type { ConversationSettings } from './settings';

export type AgentEventSource = 'api' | 'chatwoot';

export type AgentEventResult =
	| { kind: 'applied' | 'duplicate'; ticket: Ticket; action: AgentAction; message?: TicketMessage }
	| { kind: 'ignored'; reason: string }
	| { kind: 'rejected'; status: number; message: string; field?: string; hint?: string };

/** A stored ticket given as an object, as the JSON text of a Data Table cell, or nothing. */
export function parseStoredTicket(value: unknown, field: string): Ticket | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let parsed = value;
	let readable = true;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			readable = false;
		}
	}
	if (!readable) {
		throw new DomainError(`'${field}' is not valid JSON`, {
			field,
			hint: 'Point Stored Ticket Field at the stored ticket (the ticket column of the support_tickets row).',
		});
	}
	return assertTicket(parsed, field);
}

export function applyAgentEvent(source: AgentEventSource, body: unknown, stored: unknown, storedField: string, settings: ConversationSettings): AgentEventResult {
	let failure: unknown;
	try {
		let action: AgentAction;
		if (source === 'chatwoot') {
			const event = fromChatwoot(body);
			if (event.kind === 'ignored') return event;
			action = event.action;
		} else {
			action = parseAgentAction(body);
		}
		const ticket = parseStoredTicket(stored, storedField);
		if (!ticket) throw new ActionRejected(404, `ticket ${action.ticketId} was not found`, { field: 'ticketId', hint: 'Use the id of a stored ticket.' });
		const result = applyAgentAction(ticket, action, settings);
		return { kind: result.duplicate ? 'duplicate' : 'applied', ticket: result.ticket, action, message: result.message };
	} catch (error) {
		failure = error;
	}
	if (!(failure instanceof ActionRejected)) throw failure;
	return { kind: 'rejected', status: failure.status, message: failure.message, field: failure.field, hint: failure.hint };
}
