import { DomainError } from '../errors';
import {
	compact,
	describeAttachments,
	isObject,
	joinPath,
	NonMessageEvent,
	noSenderError,
	optionalText,
	requireObject,
	requireText,
	toIsoUtc,
	type JsonObject,
} from './payload';
import type { MessageAttachment, NormalizedMessage } from './types';

/** The callback events of Viber's REST bot API. */
const VIBER_EVENTS = ['message', 'webhook', 'subscribed', 'unsubscribed', 'conversation_started', 'delivered', 'seen', 'failed', 'client_status'];

export function looksLikeViber(payload: JsonObject): boolean {
	if (typeof payload.event !== 'string' || !('timestamp' in payload)) return false;
	return VIBER_EVENTS.includes(payload.event) || 'message_token' in payload || isObject(payload.sender);
}

function attachmentsOf(message: JsonObject, type: string): MessageAttachment[] {
	if (type === 'text') return [];
	if (type === 'contact' && isObject(message.contact)) {
		const name = [optionalText(message.contact.name), optionalText(message.contact.phone_number)].filter(Boolean).join(' ');
		return [compact({ kind: 'contact', name: name || undefined })];
	}
	if (type === 'location' && isObject(message.location)) {
		const at = [optionalText(message.location.lat), optionalText(message.location.lon)].filter(Boolean).join(', ');
		return [compact({ kind: 'location', name: optionalText(message.location.address) ?? (at || undefined) })];
	}
	const media = optionalText(message.media);
	if (media === undefined && type !== 'sticker') return [];
	return [
		compact({
			kind: type === 'picture' ? 'image' : type,
			url: media,
			fileId: type === 'sticker' ? optionalText(message.sticker_id) : undefined,
			name: optionalText(message.file_name),
			size: typeof message.size === 'number' ? message.size : undefined,
		}),
	];
}

/** A Viber REST bot callback (event "message"); the timestamp is in milliseconds. */
export function parseViber(callback: JsonObject, prefix = ''): NormalizedMessage {
	const event = optionalText(callback.event);
	if (event === undefined || !VIBER_EVENTS.includes(event)) {
		throw new DomainError(`The Viber callback has no known event (${joinPath(prefix, 'event')})`, {
			field: joinPath(prefix, 'event'),
			hint: `Viber callbacks carry one of: ${VIBER_EVENTS.join(', ')}. Pass the callback body unchanged.`,
		});
	}
	if (event !== 'message') {
		throw new NonMessageEvent(
			'Viber',
			event,
			joinPath(prefix, 'event'),
			'Only "message" callbacks become tickets; webhook, subscribed, conversation_started, delivered and seen events are acknowledged and passed on.',
		);
	}
	const sender = isObject(callback.sender) ? callback.sender : undefined;
	const senderId = sender ? optionalText(sender.id) : undefined;
	if (!sender || senderId === undefined) throw noSenderError(joinPath(prefix, 'sender.id'), 'Viber');
	const message = requireObject(callback.message, joinPath(prefix, 'message'), 'Viber message');
	const type = optionalText(message.type) ?? 'text';
	const attachments = attachmentsOf(message, type);
	const text = optionalText(message.text) ?? (type === 'url' ? optionalText(message.media) : undefined);
	if (text === undefined && attachments.length === 0) requireText(message.text, joinPath(prefix, 'message.text'), 'Viber message text');
	return compact({
		channel: 'viber',
		externalId: requireText(callback.message_token, joinPath(prefix, 'message_token'), 'Viber message token'),
		threadKey: `viber:${senderId}`,
		player: compact({ viberId: senderId, name: optionalText(sender.name) }),
		body: text ?? describeAttachments(attachments),
		isHtml: false,
		sentAt: toIsoUtc(callback.timestamp, joinPath(prefix, 'timestamp'), 'milliseconds'),
		attachments: attachments.length > 0 ? attachments : undefined,
		meta: compact({ type, language: optionalText(sender.language), country: optionalText(sender.country) }) as Record<string, string>,
	}) as NormalizedMessage;
}
