import { DomainError } from '../errors';
import { compact, isObject, joinPath, noSenderError, optionalText, requireObject, requireText, toIsoUtc, type JsonObject } from './payload';
import type { MessageAttachment, NormalizedMessage } from './types';

export function looksLikeViber(payload: JsonObject): boolean {
	return typeof payload.event === 'string' && ('message_token' in payload || isObject(payload.sender)) && 'timestamp' in payload;
}

/** A Viber REST bot callback (event "message"); the timestamp is in milliseconds. */
export function parseViber(callback: JsonObject, prefix = ''): NormalizedMessage {
	const event = optionalText(callback.event);
	if (event !== 'message') {
		throw new DomainError(`The Viber callback is a "${event ?? 'unknown'}" event, not a message (${joinPath(prefix, 'event')})`, {
			field: joinPath(prefix, 'event'),
			hint: 'Only "message" callbacks become tickets; filter delivered/seen/subscribed events before this node.',
		});
	}
	const sender = isObject(callback.sender) ? callback.sender : undefined;
	const senderId = sender ? optionalText(sender.id) : undefined;
	if (!sender || senderId === undefined) throw noSenderError(joinPath(prefix, 'sender.id'), 'Viber');
	const message = requireObject(callback.message, joinPath(prefix, 'message'), 'Viber message');
	const type = optionalText(message.type) ?? 'text';
	const attachments: MessageAttachment[] = [];
	if (type !== 'text' && optionalText(message.media)) {
		attachments.push(compact({ kind: type === 'picture' ? 'image' : type, url: optionalText(message.media), name: optionalText(message.file_name), size: typeof message.size === 'number' ? message.size : undefined }));
	}
	const text = optionalText(message.text);
	if (text === undefined && attachments.length === 0) requireText(message.text, joinPath(prefix, 'message.text'), 'Viber message text');
	return compact({
		channel: 'viber',
		externalId: requireText(callback.message_token, joinPath(prefix, 'message_token'), 'Viber message token'),
		threadKey: `viber:${senderId}`,
		player: compact({ viberId: senderId, name: optionalText(sender.name) }),
		body: text ?? '',
		isHtml: false,
		sentAt: toIsoUtc(callback.timestamp, joinPath(prefix, 'timestamp'), 'milliseconds'),
		attachments: attachments.length > 0 ? attachments : undefined,
		meta: compact({ language: optionalText(sender.language), country: optionalText(sender.country) }) as Record<string, string>,
	}) as NormalizedMessage;
}
