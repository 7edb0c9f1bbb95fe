import { DomainError } from '../errors';
import { CHANNELS, type Channel } from '../ticket';
import { looksLikeChat, parseChat } from './chat';
import { looksLikeEmail, parseEmail } from './email';
import { isEmptyObject, isObject, type JsonObject } from './payload';
import { looksLikePhone, parsePhone } from './phone';
import { looksLikeTelegram, parseTelegram } from './telegram';
import type { NormalizedMessage } from './types';
import { looksLikeViber, parseViber } from './viber';
import { looksLikeWhatsApp, parseWhatsApp } from './whatsapp';

export type { MessageAttachment, MessagePlayer, NormalizedMessage } from './types';

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

function detectShape(payload: JsonObject): Channel | undefined {
	if (looksLikeWhatsApp(payload)) return 'whatsapp';
	if (looksLikeTelegram(payload)) return 'telegram';
	if (looksLikeViber(payload)) return 'viber';
	if (looksLikePhone(payload)) return 'phone';
	if (looksLikeChat(payload)) return payload.source === 'web_form' ? 'web_form' : 'chat';
	if (looksLikeEmail(payload)) return 'email';
	return undefined;
}

/** The channel a payload came from, judged by its shape; undefined when it matches none. */
export function detectChannel(payload: unknown): Channel | undefined {
	const located = locate(payload);
	return located ? detectShape(located.payload) : undefined;
}

const EXPECTED_SHAPES =
	'a Telegram update (update_id, message), a WhatsApp webhook (object, entry / messages, contacts), a Viber callback (event, sender, message), ' +
	'an e-mail (from, subject, text or html, messageId), a call record (callId, callerId, transcript) or a chat widget message (conversationId, messageId, text, player)';

/** Turns a trigger's output into a NormalizedMessage; `channel` skips shape detection. */
export function parseMessage(payload: unknown, channel?: Channel): NormalizedMessage {
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
			return parseTelegram(body, prefix);
		case 'whatsapp':
			return parseWhatsApp(body, prefix);
		case 'viber':
			return parseViber(body, prefix);
		case 'email':
			return parseEmail(body, prefix);
		case 'phone':
			return parsePhone(body, prefix);
		case 'chat':
		case 'web_form':
			return parseChat(body, prefix, resolved);
		default:
			throw new DomainError(`Unrecognised message shape; expected ${EXPECTED_SHAPES}`, {
				field: prefix || 'json',
				hint: 'Set the channel explicitly, or check that the trigger passes the payload unchanged.',
			});
	}
}
