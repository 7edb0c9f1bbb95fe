/**
 * How the conversation moves the SLA clocks: a person's first public reply achieves first
 * response, each later one next response; a player message waiting after a reply starts next
 * response; pending pauses what the desk pauses; a reopen restarts resolution.
 */
import { pause, recordFirstResponse, recordNextResponse, resume, startMetric } from '../sla/metrics';
import type { Ticket } from '../ticket';
import { messagesOf } from './messages';
import { targetMinutes, type ConversationSettings } from './settings';

const LIVE = new Set(['running', 'paused']);

function live(ticket: Ticket, metric: string): boolean {
	const state = ticket.sla?.metrics[metric]?.state;
	return state !== undefined && LIVE.has(state);
}

/** A person has already answered the player in public. */
export function agentHasReplied(ticket: Ticket): boolean {
	return messagesOf(ticket).some((message) => message.from === 'agent' && !message.internal);
}

/** The player wrote (again): next response starts if a person already replied and none is waiting. */
export function onPlayerMessage(ticket: Ticket, at: string, settings: ConversationSettings): Ticket {
	if (!ticket.sla || !agentHasReplied(ticket) || live(ticket, 'nextResponse') || live(ticket, 'firstResponse')) return ticket;
	const minutes = targetMinutes(ticket, 'nextResponse', settings);
	return minutes === undefined ? ticket : startMetric(ticket, 'nextResponse', minutes, settings.calendars, at);
}

/** An agent's public reply: first response if it is still open, else the waiting next response. */
export function onAgentReply(ticket: Ticket, at: string, settings: ConversationSettings): Ticket {
	if (!ticket.sla) return ticket;
	if (live(ticket, 'firstResponse')) return recordFirstResponse(ticket, at, settings.calendars);
	if (live(ticket, 'nextResponse')) return recordNextResponse(ticket, at, settings.calendars);
	return ticket;
}

export function onPending(ticket: Ticket, at: string, settings: ConversationSettings): Ticket {
	return ticket.sla ? pause(ticket, at, settings.pausedWhilePending) : ticket;
}

export function onResumed(ticket: Ticket, at: string, settings: ConversationSettings): Ticket {
	const paused = Object.values(ticket.sla?.metrics ?? {}).some((metric) => metric.state === 'paused');
	return paused ? resume(ticket, at, settings.calendars) : ticket;
}

/** A reopened ticket gets a fresh resolution clock from the message that reopened it. */
export function onReopened(ticket: Ticket, at: string, settings: ConversationSettings): Ticket {
	if (!ticket.sla) return ticket;
	const minutes = targetMinutes(ticket, 'resolution', settings);
	return minutes === undefined ? ticket : startMetric(ticket, 'resolution', minutes, settings.calendars, at);
}
