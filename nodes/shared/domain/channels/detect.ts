import { DomainError } from '../errors';
import { CHANNELS, type Channel } from '../ticket';
import { chatChannelOf as parseChatChannel, looksLikeChat, looksLikeForm, parseChat } from './chat';
import { looksLikeEmail, parseEmail } from './email';
import { isEmptyObject, isObject, type JsonObject } from './payload';
import { looksLikePhone, parsePhone } from './phone';
import { looksLikeTelegram, parseTelegram } from './telegram';
import type { NormalizedMessage } from './types';
import { looksLikeViber, parseViber } from './viber';
import { looksLikeWhatsApp, parseWhatsAppAll } from './whatsapp';

export type { MessageAttachment, MessagePlayer, NormalizedMessage } from './types';
export { NonMessageEvent } from './payload';

interface Located {
	payload: JsonObject;
	prefix: string;
}

function parseJsonObject(text: string): JsonObject | undefined {
	try {
		const parsed: unknown = JSON.parse(text);
		return isObject(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

/** n8n's Webhook node wraps the request as { headers, params, query, body }; the message is in body. */
function locate(payload: unknown): Located | undefined {
	if (!isObject(payload)) return undefined;
	const isWebhookOutput = isObject(payload.headers) || 'query' in payload || 'params' in payload;
	if (isWebhookOutput && isObject(payload.body)) return { payload: payload.body, prefix: 'body' };
	if (isWebhookOutput && typeof payload.body === 'string' && payload.body.trimStart().startsWith('{')) {
		// A raw (unparsed) body, e.g. when the Webhook node keeps it for signature checks.
		const parsed = parseJsonObject(payload.body);
		if (parsed) return { payload: parsed, prefix: 'body' };
	}
	return { payload, prefix: '' };
}

function detectShape(payload: JsonObject): Channel | 'form' | undefined {
	if (looksLikeWhatsApp(payload)) return 'whatsapp';
	if (looksLikeTelegram(payload)) return 'telegram';
	if (looksLikeViber(payload)) return 'viber';
	if (looksLikeChat(payload)) return payload.source === 'web_form' ? 'web_form' : 'chat';
	if (looksLikePhone(payload)) return 'phone';
	if (looksLikeEmail(payload)) return 'email';
	// Last: any other widget or form body with some text and a sender (n8n's Form Trigger, …).
	if (looksLikeForm(payload)) return 'form';
	return undefined;
}

function looksLikeChatSession(payload: JsonObject | undefined): boolean {
	return payload !== undefined && parseChatChannel(payload) === 'chat';
}

/** The channel a payload came from, judged by its shape; undefined when it matches none. */
export function detectChannel(payload: unknown): Channel | undefined {
	const located = locate(payload);
	const shape = located ? detectShape(located.payload) : undefined;
	return shape === 'form' ? (looksLikeChatSession(located?.payload) ? 'chat' : 'web_form') : shape;
}

const EXPECTED_SHAPES =
	'a Telegram update (update_id, message), a WhatsApp webhook (object, entry / messages, contacts), a Viber callback (event, sender, message), ' +
	'an e-mail (from, subject, text or html, messageId), a call record (callId, callerId, transcript), a chat widget message (conversationId, messageId, text, player) ' +
	'or a form (a message field and an e-mail, phone or player id field)';

/** Turns a trigger's output into its first NormalizedMessage; `channel` skips shape detection. */
export function parseMessage(payload: unknown, channel?: Channel, now?: string): NormalizedMessage {
	return parseMessages(payload, channel, now)[0];
}

/**
 * Every player message in a trigger's output (a WhatsApp webhook may carry several); `channel`
 * skips shape detection. A valid payload that holds no player message (a delivery receipt, a
 * Viber "subscribed" event, a Telegram member update) throws a NonMessageEvent. `now` times
 * messages that carry no time of their own (a Telegram button press).
 */
export function parseMessages(payload: unknown, channel?: Channel, now?: string): NormalizedMessage[] {
	const located = locate(payload);
	if (!located) {
		throw new DomainError(`The item is not a message object; expected ${EXPECTED_SHAPES}`, { hint: 'Connect the node directly to a channel trigger or a Webhook node.' });
	}
	if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) {
		throw new DomainError(`Unknown channel "${String(channel)}"`, { field: 'channel', hint: `Use one of: ${CHANNELS.join(', ')}.` });
	}
	const { payload: body, prefix } = located;
	if (channel === undefined && isEmptyObject(body)) {
		throw new DomainError(`The message is empty (${prefix || 'the item json'})`, {
			field: prefix || 'json',
			hint: 'The trigger passed no payload. With a Webhook node, check that the client sends a JSON body.',
		});
	}
	const resolved = channel ?? detectShape(body);
	switch (resolved) {
		case 'telegram':
			return [parseTelegram(body, prefix, now)];
		case 'whatsapp':
			return parseWhatsAppAll(body, prefix);
		case 'viber':
			return [parseViber(body, prefix)];
		case 'email':
			return [parseEmail(body, prefix)];
		case 'phone':
			return [parsePhone(body, prefix)];
		case 'chat':
		case 'web_form':
			return [parseChat(body, prefix, resolved)];
		case 'form':
			return [parseChat(body, prefix)];
		default:
			throw new DomainError(`Unrecognised message shape; expected ${EXPECTED_SHAPES}`, {
				field: prefix || 'json',
				hint: 'Set the channel explicitly, or check that the trigger passes the payload unchanged.',
			});
	}
}
