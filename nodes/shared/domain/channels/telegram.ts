import { DomainError } from '../errors';
import { compact, isObject, joinPath, noSenderError, optionalText, requireObject, requireText, toIsoUtc, type JsonObject } from './payload';
import type { MessageAttachment, NormalizedMessage } from './types';

const MESSAGE_KEYS = ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'business_message'] as const;

export function looksLikeTelegram(payload: JsonObject): boolean {
	return 'update_id' in payload || MESSAGE_KEYS.some((key) => isObject(payload[key]) && isObject((payload[key] as JsonObject).chat));
}

function attachmentsOf(message: JsonObject): MessageAttachment[] {
	const attachments: MessageAttachment[] = [];
	if (Array.isArray(message.photo) && message.photo.length > 0) {
		const largest = message.photo[message.photo.length - 1] as JsonObject;
		attachments.push(compact({ kind: 'image', fileId: optionalText(largest.file_id) }));
	}
	for (const kind of ['document', 'video', 'audio', 'voice', 'sticker'] as const) {
		const file = message[kind];
		if (isObject(file)) {
			attachments.push(
				compact({
					kind,
					fileId: optionalText(file.file_id),
					name: optionalText(file.file_name),
					mimeType: optionalText(file.mime_type),
					size: typeof file.file_size === 'number' ? file.file_size : undefined,
				}),
			);
		}
	}
	return attachments;
}

/** A Telegram Bot API update as the Telegram Trigger (or a Webhook node) delivers it. */
export function parseTelegram(update: JsonObject, prefix = ''): NormalizedMessage {
	const key = MESSAGE_KEYS.find((candidate) => isObject(update[candidate]));
	if (!key) {
		throw new DomainError(`The Telegram update carries no message (${joinPath(prefix, 'message')})`, {
			field: joinPath(prefix, 'message'),
			hint: 'Only message and edited_message updates become tickets; filter callback queries and other updates before this node.',
		});
	}
	const path = joinPath(prefix, key);
	const message = update[key] as JsonObject;
	const chat = requireObject(message.chat, joinPath(path, 'chat'), 'Telegram chat');
	const chatId = requireText(chat.id, joinPath(path, 'chat.id'), 'Telegram chat id');
	const messageId = requireText(message.message_id, joinPath(path, 'message_id'), 'Telegram message id');
	const from = isObject(message.from) ? message.from : isObject(message.sender_chat) ? message.sender_chat : undefined;
	const senderId = from ? optionalText(from.id) : undefined;
	if (!from || senderId === undefined) throw noSenderError(joinPath(path, 'from'), 'Telegram');
	const attachments = attachmentsOf(message);
	const text = optionalText(message.text) ?? optionalText(message.caption);
	if (text === undefined && attachments.length === 0) {
		requireText(message.text, joinPath(path, 'text'), 'Telegram message text');
	}
	const fullName = [optionalText(from.first_name), optionalText(from.last_name)].filter(Boolean).join(' ');
	const name = fullName || optionalText(from.title) || optionalText(from.username);
	return compact({
		channel: 'telegram',
		externalId: `${chatId}:${messageId}`,
		threadKey: `telegram:${chatId}`,
		player: compact({ telegramId: senderId, name }),
		body: text ?? '',
		isHtml: false,
		sentAt: toIsoUtc(message.date, joinPath(path, 'date'), 'seconds'),
		attachments: attachments.length > 0 ? attachments : undefined,
		meta: compact({
			edited: key.startsWith('edited') ? true : undefined,
			username: optionalText(from.username),
			languageCode: optionalText(from.language_code),
		}) as Record<string, string | boolean>,
	}) as NormalizedMessage;
}
