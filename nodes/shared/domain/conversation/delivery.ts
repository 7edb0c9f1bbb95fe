/**
 * Replies reach the player where they wrote: the request each channel's API takes (Telegram Bot
 * API sendMessage, WhatsApp Cloud API /messages, Viber send_message), an e-mail for n8n's Send
 * Email node, the chat widget's poll, a phone callback task; and what a provider's answer means.
 */
import { ANSWERED_EVENT } from '../assistant/assist';
import { DomainError } from '../errors';
import { withHistory, type Ticket } from '../ticket';
import { replySubject } from './email-reference';
import { lastPlayerMessage, messageId, messagesOf, withMessage, withMessageUpdated, type MessageDelivery, type TicketMessage } from './messages';

export interface ChannelEndpoints {
	telegram?: { baseUrl: string; token: string };
	whatsapp?: { baseUrl: string; phoneNumberId: string; apiVersion: string };
	viber?: { baseUrl: string; senderName: string };
}

export interface DeliverySettings {
	now: string;
	/** WhatsApp template sent outside the 24-hour customer-service window; none fails the reply. */
	whatsappTemplate?: { name: string; language: string };
	/** Also send replies whose earlier delivery failed. */
	retryFailed: boolean;
}

export type DeliveryPlan =
	| { kind: 'http'; channel: 'telegram' | 'whatsapp' | 'viber'; url: string; headers: Record<string, string>; body: Record<string, unknown> }
	| { kind: 'email'; email: { to: string; subject: string; text: string; inReplyTo?: string; references?: string } }
	| { kind: 'widget' }
	| { kind: 'callback'; phone?: string }
	| { kind: 'refused'; reason: string };

const WHATSAPP_WINDOW_MS = 24 * 3_600_000;

/** The bot's answer (`ticket.reply`, written by Support Assistant) as a conversation message, once. */
export function withBotReply(ticket: Ticket): Ticket {
	const reply = ticket.reply as { text?: unknown } | undefined;
	if (!reply || typeof reply.text !== 'string' || reply.text === '') return ticket;
	// Keyed by the message it answers (the bot answers a ticket's opening message): two tickets that
	// raced to open one thread keep their two answers apart when they become one.
	const opening = messagesOf(ticket).find((message) => message.from === 'player');
	const id = messageId(ticket.id, 'bot', opening?.id ?? '', reply.text);
	if (messagesOf(ticket).some((message) => message.id === id)) return ticket;
	const answered = [...ticket.history].reverse().find((entry) => entry.event === ANSWERED_EVENT);
	const message: TicketMessage = {
		id,
		at: answered?.at ?? ticket.updatedAt,
		from: 'bot',
		channel: ticket.channel,
		text: reply.text,
		delivery: { state: 'pending', idempotencyKey: id, attempts: 0 },
	};
	return withMessage(ticket, message);
}

/** Replies waiting to be sent (and, with retryFailed, those that failed), oldest first. */
export function repliesToSend(ticket: Ticket, settings: Pick<DeliverySettings, 'retryFailed'>): TicketMessage[] {
	return messagesOf(ticket).filter(
		(message) =>
			message.from !== 'player' &&
			!message.internal &&
			(message.delivery?.state === 'pending' || (settings.retryFailed && message.delivery?.state === 'failed')),
	);
}

function required(value: string | undefined, field: string, hint: string): string {
	if (!value) throw new DomainError(`the ticket has no ${field} to reply to`, { field, hint });
	return value;
}

function endpoint<T>(value: T | undefined, channel: string): T {
	if (!value) {
		throw new DomainError(`no ${channel} settings in the credential`, {
			field: `credentials.${channel}`,
			hint: `Fill in the ${channel} token (and base URL) of the Support Messaging credential.`,
		});
	}
	return value;
}

function trimSlash(url: string): string {
	return url.replace(/\/+$/, '');
}

/** Telegram message ids are kept as `<chat id>:<message id>`. */
function telegramTarget(ticket: Ticket, replyTo?: TicketMessage): { chatId: string; messageId?: number } {
	const chatId = required(ticket.threadKey.startsWith('telegram:') ? ticket.threadKey.slice('telegram:'.length) : ticket.player.telegramId, 'player.telegramId', 'The ticket must come from Telegram.');
	const own = replyTo?.externalId?.split(':');
	const id = own && own.length >= 2 && own[0] === chatId ? Number(own[1]) : NaN;
	return Number.isInteger(id) ? { chatId, messageId: id } : { chatId };
}

/**
 * What to do to deliver `message` on the ticket's channel. WhatsApp's bearer token and Viber's
 * auth header are added by the credential; Telegram's Bot API takes its token in the path.
 */
export function planDelivery(ticket: Ticket, message: TicketMessage, endpoints: ChannelEndpoints, settings: DeliverySettings): DeliveryPlan {
	const replyTo = lastPlayerMessage(ticket);
	switch (ticket.channel) {
		case 'telegram': {
			const config = endpoint(endpoints.telegram, 'telegram');
			const target = telegramTarget(ticket, replyTo);
			const body: Record<string, unknown> = { chat_id: target.chatId, text: message.text };
			if (target.messageId !== undefined) body.reply_parameters = { message_id: target.messageId, allow_sending_without_reply: true };
			return { kind: 'http', channel: 'telegram', url: `${trimSlash(config.baseUrl)}/bot${config.token}/sendMessage`, headers: {}, body };
		}
		case 'whatsapp': {
			const config = endpoint(endpoints.whatsapp, 'whatsapp');
			const to = required(ticket.player.whatsappId, 'player.whatsappId', 'The ticket must come from WhatsApp.');
			const url = `${trimSlash(config.baseUrl)}/${config.apiVersion}/${config.phoneNumberId}/messages`;
			const headers = {};
			const lastAt = replyTo ? Date.parse(replyTo.at) : NaN;
			const open = Number.isFinite(lastAt) && Date.parse(settings.now) - lastAt < WHATSAPP_WINDOW_MS;
			if (!open) {
				const template = settings.whatsappTemplate;
				if (!template) return { kind: 'refused', reason: 'whatsapp_window_closed: more than 24 h since the player last wrote; only an approved template may be sent' };
				const body = { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'template', template: { name: template.name, language: { code: template.language } } };
				return { kind: 'http', channel: 'whatsapp', url, headers, body };
			}
			const body: Record<string, unknown> = { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body: message.text } };
			if (replyTo?.externalId) body.context = { message_id: replyTo.externalId };
			return { kind: 'http', channel: 'whatsapp', url, headers, body };
		}
		case 'viber': {
			const config = endpoint(endpoints.viber, 'viber');
			const receiver = required(ticket.player.viberId, 'player.viberId', 'The ticket must come from Viber.');
			return {
				kind: 'http',
				channel: 'viber',
				url: `${trimSlash(config.baseUrl)}/pa/send_message`,
				headers: {},
				body: { receiver, type: 'text', text: message.text, sender: { name: config.senderName }, tracking_data: message.id },
			};
		}
		case 'email': {
			const to = required(ticket.player.email, 'player.email', 'The ticket must carry the player e-mail address.');
			const email: { to: string; subject: string; text: string; inReplyTo?: string; references?: string } = { to, subject: replySubject(ticket.subject, ticket.id), text: message.text };
			if (replyTo?.externalId) {
				email.inReplyTo = replyTo.externalId;
				email.references = messagesOf(ticket)
					.filter((kept) => kept.from === 'player' && kept.externalId)
					.map((kept) => kept.externalId)
					.join(' ');
			}
			return { kind: 'email', email };
		}
		case 'phone':
			return { kind: 'callback', phone: ticket.player.phone };
		default:
			return { kind: 'widget' };
	}
}

export interface ProviderAnswer {
	status: number;
	body: unknown;
	retryAfterSeconds?: number;
}

export type AnswerMeaning = { ok: true; providerMessageId?: string } | { ok: false; transient: boolean; error: string; retryAfterSeconds?: number };

function record(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Reads a provider's answer: accepted (with its message id), or failed and whether a retry may help. */
export function readAnswer(channel: 'telegram' | 'whatsapp' | 'viber', answer: ProviderAnswer): AnswerMeaning {
	const body = record(answer.body);
	const transientStatus = answer.status === 429 || answer.status >= 500;
	if (channel === 'viber') {
		// Viber answers 200 with a status code of its own; 12 is its rate limit.
		if (answer.status === 200 && body.status === 0) return { ok: true, providerMessageId: String(body.message_token ?? '') || undefined };
		const code = body.status;
		return { ok: false, transient: transientStatus || code === 12, error: `viber ${String(code ?? answer.status)}: ${String(body.status_message ?? 'error')}`, retryAfterSeconds: answer.retryAfterSeconds };
	}
	if (answer.status >= 200 && answer.status < 300) {
		if (channel === 'telegram') {
			const result = record(body.result);
			return body.ok === false ? { ok: false, transient: false, error: `telegram: ${String(body.description)}` } : { ok: true, providerMessageId: result.message_id === undefined ? undefined : String(result.message_id) };
		}
		const messages = Array.isArray(body.messages) ? body.messages : [];
		return { ok: true, providerMessageId: messages.length > 0 ? String(record(messages[0]).id) : undefined };
	}
	if (channel === 'telegram') {
		const retryAfter = Number(record(body.parameters).retry_after);
		return {
			ok: false,
			transient: transientStatus,
			error: `telegram ${answer.status}: ${String(body.description ?? 'error')}`,
			retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : answer.retryAfterSeconds,
		};
	}
	const error = record(body.error);
	return {
		ok: false,
		transient: transientStatus || error.code === 130429,
		error: `whatsapp ${answer.status}${error.code === undefined ? '' : ` (${String(error.code)})`}: ${String(error.message ?? 'error')}`,
		retryAfterSeconds: answer.retryAfterSeconds,
	};
}

const OUTCOME_EVENT: Record<MessageDelivery['state'], string> = {
	pending: 'reply.pending',
	sent: 'reply.delivered',
	failed: 'reply.failed',
	awaiting_poll: 'reply.awaitingPoll',
	callback_task: 'reply.callbackTask',
	handed_to_smtp: 'reply.handedToSmtp',
};

export interface DeliveryOutcome {
	state: MessageDelivery['state'];
	attempts: number;
	at: string;
	providerMessageId?: string;
	error?: string;
}

/** The ticket with one reply's delivery outcome on the message and in the history. */
export function recordDelivery(ticket: Ticket, id: string, outcome: DeliveryOutcome): Ticket {
	const updated = withMessageUpdated(ticket, id, (message) => {
		const delivery: MessageDelivery = { ...message.delivery, ...outcome, idempotencyKey: message.delivery?.idempotencyKey ?? id };
		if (outcome.state === 'sent') delete delivery.error;
		return { ...message, delivery };
	});
	const detail: Record<string, unknown> = { messageId: id, attempts: outcome.attempts };
	if (outcome.providerMessageId) detail.providerMessageId = outcome.providerMessageId;
	if (outcome.error) detail.error = outcome.error;
	const tagged = outcome.state === 'failed' && !updated.tags.includes('reply:failed') ? { ...updated, tags: [...updated.tags, 'reply:failed'] } : updated;
	return withHistory(tagged, outcome.at, OUTCOME_EVENT[outcome.state], detail);
}
