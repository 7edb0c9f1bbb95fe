/**
 * The conversation on a ticket: every player, bot and agent message in order, each with a
 * stable id, and for what is sent to the player the outcome of its delivery.
 */
import { hash } from 'crypto';

import type { Channel, Ticket } from '../ticket';

export const MESSAGE_AUTHORS = ['player', 'agent', 'bot'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

/**
 * pending: waiting to be sent; sent: the provider accepted it; failed: gave up (see error);
 * awaiting_poll: the chat widget fetches it; callback_task: an agent calls the player back;
 * handed_to_smtp: passed to the Send Email step.
 */
export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'awaiting_poll', 'callback_task', 'handed_to_smtp'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface MessageDelivery {
	state: DeliveryState;
	/** The reply's id, sent to providers that take one and used to never send a reply twice. */
	idempotencyKey: string;
	attempts: number;
	at?: string;
	providerMessageId?: string;
	error?: string;
	[extra: string]: unknown;
}

export interface TicketMessage {
	id: string;
	at: string;
	from: MessageAuthor;
	/** The agent's id for agent messages. */
	author?: string;
	channel: Channel;
	text: string;
	/** An internal note: shown to agents, never sent to the player. */
	internal?: boolean;
	/** The channel's own id of a player message (to reply to it). */
	externalId?: string;
	delivery?: MessageDelivery;
	[extra: string]: unknown;
}

/** A stable message id from its parts: the same action or reply always gets the same id. */
export function messageId(...parts: string[]): string {
	return 'msg_' + hash('sha256', parts.join('\u0000'), 'hex').slice(0, 24);
}

/** The player's message a ticket was made from (Ticket Intake's id is the message's id). */
export function openingMessage(ticket: Ticket): TicketMessage {
	return { id: ticket.id, at: ticket.createdAt, from: 'player', channel: ticket.channel, text: ticket.body, externalId: ticket.externalId };
}

/** The ticket's messages; a ticket from before conversations were kept starts with its own body. */
export function messagesOf(ticket: Ticket): TicketMessage[] {
	return Array.isArray(ticket.messages) ? (ticket.messages as TicketMessage[]) : [openingMessage(ticket)];
}

export function withMessage(ticket: Ticket, message: TicketMessage): Ticket {
	return { ...ticket, messages: [...messagesOf(ticket), message] };
}

/** A copy of the ticket with one message replaced (matched by id). */
export function withMessageUpdated(ticket: Ticket, id: string, update: (message: TicketMessage) => TicketMessage): Ticket {
	return { ...ticket, messages: messagesOf(ticket).map((message) => (message.id === id ? update(message) : message)) };
}

/** The last message the player sent, or undefined. */
export function lastPlayerMessage(ticket: Ticket): TicketMessage | undefined {
	const messages = messagesOf(ticket);
	for (let i = messages.length - 1; i >= 0; i--) if (messages[i].from === 'player') return messages[i];
	return undefined;
}

/** What the chat widget shows: the bot's and agents' public messages after the one it has (all when none or unknown). */
export function publicRepliesAfter(ticket: Ticket, afterId?: string): Array<Pick<TicketMessage, 'id' | 'at' | 'from' | 'author' | 'text'>> {
	const messages = messagesOf(ticket);
	const index = afterId ? messages.findIndex((message) => message.id === afterId) : -1;
	return messages
		.slice(index + 1)
		.filter((message) => message.from !== 'player' && !message.internal)
		.map(({ id, at, from, author, text }) => (author ? { id, at, from, author, text } : { id, at, from, text }));
}
