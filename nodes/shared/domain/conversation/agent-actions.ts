/**
 * What an agent does to a ticket: reply, note, pending, resolve, reopen, reassign, escalate,
 * change priority or category. Each action is one history entry carrying the agent's id and the
 * action's id (so a repeated action changes nothing), and it moves the SLA clocks.
 */
import { DomainError } from '../errors';
import { escalate } from '../routing/escalate';
import { CATEGORIES, PRIORITIES, withHistory, type Category, type Priority, type Ticket } from '../ticket';
import { onAgentReply, onPending, onReopened, onResumed } from './clocks';
import { messageId, withMessage, type TicketMessage } from './messages';
import type { ConversationSettings } from './settings';
import { resolve } from '../sla/metrics';

export const AGENT_ACTIONS = ['reply', 'note', 'pending', 'resolve', 'reopen', 'reassign', 'escalate', 'setPriority', 'setCategory'] as const;
export type AgentActionType = (typeof AGENT_ACTIONS)[number];

export interface AgentAction {
	/** The caller's id of this action: the same id twice is applied once. */
	actionId: string;
	type: AgentActionType;
	agentId: string;
	ticketId: string;
	text?: string;
	reason?: string;
	priority?: Priority;
	category?: Category;
	assignee?: string;
	queue?: string;
	/** Optimistic concurrency: the ticket's updatedAt the agent saw; a newer ticket refuses the action. */
	expectedUpdatedAt?: string;
	/** When it happened (a helpdesk's own timestamp); never later than now. */
	at?: string;
}

/** A refused action, with the HTTP status a caller should get. */
export class ActionRejected extends DomainError {
	readonly status: number;

	constructor(status: number, message: string, options: { field?: string; hint?: string } = {}) {
		super(message, options);
		this.name = 'ActionRejected';
		this.status = status;
	}
}

export interface ActionResult {
	ticket: Ticket;
	/** The action was applied before (same actionId): nothing changed, nothing is sent again. */
	duplicate: boolean;
	/** The message the action added (a reply to deliver, or a note). */
	message?: TicketMessage;
}

const NEEDS_TEXT = new Set<AgentActionType>(['reply', 'note']);
const NEEDS_REASON = new Set<AgentActionType>(['escalate', 'setPriority', 'setCategory']);

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function bad(field: string, message: string, hint?: string): never {
	throw new ActionRejected(400, message, { field, hint });
}

/** Checks an action's body and names the wrong field. */
export function parseAgentAction(value: unknown): AgentAction {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) bad('action', 'the action must be a JSON object');
	const body = value as Record<string, unknown>;
	const type = body.type ?? body.action;
	if (typeof type !== 'string' || !(AGENT_ACTIONS as readonly string[]).includes(type)) {
		bad('type', `unknown action ${JSON.stringify(type)}`, `Use one of ${AGENT_ACTIONS.join(', ')}.`);
	}
	const action: AgentAction = {
		type: type as AgentActionType,
		actionId: text(body.actionId) ?? bad('actionId', 'actionId is required', 'Send a unique id per action (a UUID); a retry with the same id is applied once.'),
		agentId: text(body.agentId) ?? bad('agentId', 'agentId is required', "The acting agent's id from the roster."),
		ticketId: text(body.ticketId) ?? bad('ticketId', 'ticketId is required'),
	};
	for (const key of ['text', 'reason', 'assignee', 'queue', 'expectedUpdatedAt', 'at'] as const) {
		const given = text(body[key]);
		if (given !== undefined) action[key] = given;
	}
	if (NEEDS_TEXT.has(action.type) && !action.text) bad('text', `a ${action.type} needs a non-empty text`);
	if (NEEDS_REASON.has(action.type) && !action.reason) bad('reason', `${action.type} needs a reason (kept in the history)`);
	if (action.type === 'reassign' && !action.assignee) bad('assignee', 'reassign needs the assignee agent id');
	if (action.type === 'setPriority') {
		if (!(PRIORITIES as readonly unknown[]).includes(body.priority)) bad('priority', `priority must be one of ${PRIORITIES.join(', ')}`);
		action.priority = body.priority as Priority;
	}
	if (action.type === 'setCategory') {
		if (!(CATEGORIES as readonly unknown[]).includes(body.category)) bad('category', `category must be one of ${CATEGORIES.join(', ')}`);
		action.category = body.category as Category;
	}
	for (const key of ['expectedUpdatedAt', 'at'] as const) {
		if (action[key] !== undefined && Number.isNaN(Date.parse(action[key] as string))) bad(key, `${key} must be an ISO-8601 timestamp`);
	}
	return action;
}

function alreadyApplied(ticket: Ticket, actionId: string): boolean {
	return ticket.history.some((entry) => (entry.detail as { actionId?: unknown } | undefined)?.actionId === actionId);
}

function checkAgent(agentId: string, field: string, settings: ConversationSettings): void {
	if (settings.agents && !settings.agents.has(agentId)) {
		throw new ActionRejected(403, `agent '${agentId}' is not on the roster`, { field, hint: 'Add the agent to the roster, or use a listed agent id.' });
	}
}

function instant(action: AgentAction, settings: ConversationSettings): string {
	if (!action.at) return settings.now;
	const at = new Date(Math.min(Date.parse(action.at), Date.parse(settings.now)));
	return at.toISOString();
}

function requireStatus(ticket: Ticket, action: AgentAction, allowed: readonly string[]): void {
	if (!allowed.includes(ticket.status)) {
		throw new ActionRejected(409, `cannot ${action.type} ticket ${ticket.id}: it is ${ticket.status}`, {
			field: 'type',
			hint: `${action.type} applies to tickets that are ${allowed.join(', ')}.`,
		});
	}
}

const WORKING = ['new', 'open', 'pending', 'escalated'] as const;

export function applyAgentAction(stored: Ticket, action: AgentAction, settings: ConversationSettings): ActionResult {
	if (stored.id !== action.ticketId) throw new ActionRejected(404, `ticket ${action.ticketId} was not found`, { field: 'ticketId' });
	if (alreadyApplied(stored, action.actionId)) return { ticket: stored, duplicate: true };
	if (action.expectedUpdatedAt && Date.parse(action.expectedUpdatedAt) !== Date.parse(stored.updatedAt)) {
		throw new ActionRejected(409, `ticket ${stored.id} changed at ${stored.updatedAt}, after the ${action.expectedUpdatedAt} the agent saw`, {
			field: 'expectedUpdatedAt',
			hint: 'Reload the ticket and act again.',
		});
	}
	checkAgent(action.agentId, 'agentId', settings);
	if (stored.status === 'closed' && action.type !== 'note') requireStatus(stored, action, WORKING);
	const at = instant(action, settings);
	const detail: Record<string, unknown> = { actionId: action.actionId, agentId: action.agentId };
	if (action.reason) detail.reason = action.reason;
	let ticket = stored;
	let message: TicketMessage | undefined;

	switch (action.type) {
		case 'reply':
		case 'note': {
			const internal = action.type === 'note';
			const id = messageId(stored.id, action.actionId);
			message = { id, at, from: 'agent', author: action.agentId, channel: stored.channel, text: action.text as string };
			if (internal) message.internal = true;
			else message.delivery = { state: 'pending', idempotencyKey: id, attempts: 0 };
			ticket = withMessage(ticket, message);
			detail.messageId = id;
			if (!internal) {
				ticket = onAgentReply(ticket, at, settings);
				if (ticket.status === 'new') ticket = { ...ticket, status: 'open' };
			}
			break;
		}
		case 'pending':
			requireStatus(stored, action, ['new', 'open', 'escalated']);
			ticket = onPending({ ...ticket, status: 'pending' }, at, settings);
			break;
		case 'resolve': {
			requireStatus(stored, action, WORKING);
			const live = ticket.status === 'pending' ? onResumed(ticket, at, settings) : ticket;
			ticket = { ...(live.sla ? resolve(live, at, settings.calendars) : live), status: 'resolved', resolvedBy: 'agent', resolvedAt: at };
			break;
		}
		case 'reopen':
			requireStatus(stored, action, ['resolved']);
			ticket = { ...ticket, status: 'open', reopenCount: (stored.reopenCount ?? 0) + 1 };
			delete ticket.resolvedBy;
			delete ticket.resolvedAt;
			ticket = onReopened(ticket, at, settings);
			break;
		case 'reassign': {
			requireStatus(stored, action, WORKING);
			checkAgent(action.assignee as string, 'assignee', settings);
			const routing = stored.routing ?? { queue: 'general', level: 'L1', rule: 'agent', reason: 'assigned by an agent' };
			detail.from = routing.assignee ?? null;
			detail.to = action.assignee;
			ticket = { ...ticket, routing: { ...routing, queue: action.queue ?? routing.queue, assignee: action.assignee } };
			break;
		}
		case 'escalate': {
			requireStatus(stored, action, WORKING);
			const escalated = escalate(ticket, action.reason as string, at);
			ticket = escalated.ticket;
			Object.assign(detail, { from: escalated.from, to: escalated.to });
			break;
		}
		case 'setPriority':
			detail.from = stored.priority;
			detail.to = action.priority;
			ticket = { ...ticket, priority: action.priority as Priority };
			break;
		case 'setCategory':
			detail.from = stored.category;
			detail.to = action.category;
			ticket = { ...ticket, category: action.category as Category };
			break;
	}
	return { ticket: withHistory(ticket, at, `agent.${action.type}`, detail), duplicate: false, message };
}
