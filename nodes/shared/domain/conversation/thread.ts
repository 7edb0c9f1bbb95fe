/**
 * A player's message meets the thread's latest stored ticket: it opens a new ticket, joins an
 * open one, reopens a recently resolved one, or is a redelivery of a message already kept.
 */
import { hash } from 'crypto';

import { ANSWERED_EVENT } from '../assistant/assist';
import { higherPriority, withHistory, type Category, type Ticket } from '../ticket';
import { isAcknowledgement } from './acknowledgement';
import { onPlayerMessage, onReopened, onResumed } from './clocks';
import { messagesOf, openingMessage, withMessage, type TicketMessage } from './messages';
import type { ConversationSettings } from './settings';

export const JOIN_OUTCOMES = ['new', 'followUp', 'reopened', 'acknowledged', 'duplicate'] as const;
export type JoinOutcome = (typeof JOIN_OUTCOMES)[number];

export interface JoinResult {
	outcome: JoinOutcome;
	ticket: Ticket;
	/** The ticket must go (again) through SLA start and routing: RG raised, or a bot-closed ticket reopened. */
	needsRouting: boolean;
	messageId: string;
	/** The stored ticket's `updatedAt` this result was built on: store only if the row still has it. */
	storedVersion?: string;
}

const OPEN_STATUSES = new Set(['new', 'open', 'pending', 'escalated']);
const DAY_MS = 86_400_000;
const MARKER_PREFIXES = ['rg:', 'compliance:'];

function isMarker(tag: string): boolean {
	return MARKER_PREFIXES.some((prefix) => tag.startsWith(prefix));
}

/** When the ticket was resolved: its stamp, else the last resolving event, else its last update. */
function resolvedAt(ticket: Ticket): string {
	if (ticket.resolvedAt) return ticket.resolvedAt;
	for (let i = ticket.history.length - 1; i >= 0; i--) {
		const { event, at } = ticket.history[i];
		if (event === 'agent.resolve' || event === ANSWERED_EVENT) return at;
	}
	return ticket.updatedAt;
}

/** A follow-up may say what the first message did not: RG and complaints win, 'other' gives way. */
function rereadCategory(stored: Category, incoming: Category): Category {
	if (stored === 'responsible_gambling') return stored;
	if (incoming === 'responsible_gambling' || incoming === 'complaint') return incoming;
	return stored === 'other' ? incoming : stored;
}

/**
 * The id of the ticket a thread opens: after `previousTicketId` (closed, or resolved beyond the
 * reopen window), or as its first. Two first messages of one thread handled at the same instant
 * both build this id, so the store keeps one ticket of them (see docs/conversation.md).
 */
export function threadTicketId(threadKey: string, previousTicketId?: string): string {
	return 'tkt_' + hash('sha256', `thread\u0000${threadKey}\u0000${previousTicketId ?? ''}`, 'hex').slice(0, 24);
}

function newTicket(incoming: Ticket, previous?: Ticket): Ticket {
	const ticket: Ticket = { ...incoming, id: threadTicketId(incoming.threadKey, previous?.id), messages: messagesOf(incoming) };
	if (previous) ticket.previousTicketId = previous.id;
	return ticket;
}

/**
 * The player's message that arrives: Ticket Intake's ticket is that message. A ticket that lost
 * the race to open its thread comes back whole (its player message first, then the bot's answer).
 */
function arrivingMessage(incoming: Ticket): TicketMessage {
	return messagesOf(incoming).find((message) => message.from === 'player') ?? openingMessage(incoming);
}

/** The stored ticket with the player's message added and re-read for priority, category and markers. */
function joined(stored: Ticket, incoming: Ticket, message: TicketMessage): { ticket: Ticket; raised: boolean } {
	const added = incoming.tags.filter((tag) => !stored.tags.includes(tag) && !tag.startsWith('channel:'));
	const newMarkers = added.filter(isMarker);
	const category = rereadCategory(stored.category, incoming.category);
	const priority = higherPriority(stored.priority, incoming.priority);
	let ticket = withMessage(stored, message);
	// The bot's answer to a message that first opened a ticket of its own (it lost the race) was sent.
	const kept = new Set(messagesOf(ticket).map((m) => m.id));
	for (const answer of messagesOf(incoming)) if (answer.from !== 'player' && !kept.has(answer.id)) ticket = withMessage(ticket, answer);
	ticket = withHistory(ticket, message.at, 'message.received', {
		messageId: message.id,
		...(newMarkers.length > 0 ? { markers: newMarkers } : {}),
		...(category !== stored.category ? { category: { from: stored.category, to: category } } : {}),
		...(priority !== stored.priority ? { priority: { from: stored.priority, to: priority } } : {}),
	});
	ticket.tags = [...stored.tags, ...added];
	ticket.category = category;
	ticket.priority = priority;
	if (stored.language === 'und' && incoming.language !== 'und') ticket.language = incoming.language;
	const raised = newMarkers.length > 0 || (category !== stored.category && (category === 'responsible_gambling' || category === 'complaint'));
	return { ticket, raised };
}

/**
 * A ticket found by the reference in an e-mail subject rather than by the thread is the player's
 * only when the same player wrote: anyone can type a ticket reference into a subject.
 */
function belongsToThread(incoming: Ticket, stored: Ticket): boolean {
	if (stored.threadKey === incoming.threadKey) return true;
	const sender = incoming.player.email?.toLowerCase();
	return incoming.referencedTicketId === stored.id && sender !== undefined && sender === stored.player.email?.toLowerCase();
}

export function joinThread(incoming: Ticket, found: Ticket | undefined, settings: ConversationSettings): JoinResult {
	const stored = found && belongsToThread(incoming, found) ? found : undefined;
	const message = arrivingMessage(incoming);
	const result = (outcome: JoinOutcome, ticket: Ticket, needsRouting = false): JoinResult => {
		const joinedStored = stored !== undefined && ticket.id === stored.id && outcome !== 'duplicate';
		return { outcome, ticket, needsRouting, messageId: message.id, ...(joinedStored ? { storedVersion: stored.updatedAt } : {}) };
	};
	if (!stored) return result('new', newTicket(incoming));
	if (messagesOf(stored).some((kept) => kept.id === message.id)) return result('duplicate', stored);

	if (OPEN_STATUSES.has(stored.status)) {
		const { ticket, raised } = joined(stored, incoming, message);
		let next = ticket;
		if (stored.status === 'pending') {
			next = onResumed({ ...next, status: 'open' }, message.at, settings);
			next = withHistory(next, message.at, 'status.changed', { from: 'pending', to: 'open', by: 'player' });
		}
		next = onPlayerMessage(next, message.at, settings);
		return result('followUp', next, raised);
	}

	const withinWindow =
		stored.status === 'resolved' && Date.parse(message.at) - Date.parse(resolvedAt(stored)) <= settings.reopenWindowDays * DAY_MS;
	if (!withinWindow) return result('new', newTicket(incoming, stored));

	const { ticket, raised } = joined(stored, incoming, message);
	if (isAcknowledgement(message.text) && !raised) return result('acknowledged', ticket);

	const botClosed = stored.resolvedBy === 'bot';
	let reopened: Ticket = { ...ticket, status: 'open', reopenCount: (stored.reopenCount ?? 0) + 1 };
	delete reopened.resolvedBy;
	delete reopened.resolvedAt;
	reopened = withHistory(reopened, message.at, 'reopened', { by: 'player', messageId: message.id, reopenCount: reopened.reopenCount });
	reopened = onReopened(reopened, message.at, settings);
	reopened = onPlayerMessage(reopened, message.at, settings);
	// A ticket the bot closed has no clocks or queue yet: it now goes where a person takes it.
	return result('reopened', reopened, raised || botClosed || !reopened.routing);
}
