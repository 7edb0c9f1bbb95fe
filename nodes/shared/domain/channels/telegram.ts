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

/** Update fields that carry a Message object (Bot API "Update"). */
const MESSAGE_KEYS = ['message', 'edited_message', 'channel_post', 'edited_channel_post', 'business_message', 'edited_business_message'] as const;

/** Update fields that are valid Bot API updates but never a player's message. */
const NON_MESSAGE_UPDATES = [
	'inline_query',
	'chosen_inline_result',
	'shipping_query',
	'pre_checkout_query',
	'purchased_paid_media',
	'poll',
	'poll_answer',
	'my_chat_member',
	'chat_member',
	'chat_join_request',
	'chat_boost',
	'removed_chat_boost',
	'message_reaction',
	'message_reaction_count',
	'business_connection',
	'deleted_business_messages',
];

/** Message fields that mark a service message (someone joined, a title changed, a payment went through, …). */
const SERVICE_FIELDS = [
	'new_chat_members',
	'left_chat_member',
	'new_chat_title',
	'new_chat_photo',
	'delete_chat_photo',
	'group_chat_created',
	'supergroup_chat_created',
	'channel_chat_created',
	'message_auto_delete_timer_changed',
	'migrate_to_chat_id',
	'migrate_from_chat_id',
	'pinned_message',
	'successful_payment',
	'refunded_payment',
	'users_shared',
	'chat_shared',
	'connected_website',
	'write_access_allowed',
	'proximity_alert_triggered',
	'boost_added',
	'chat_background_set',
	'forum_topic_created',
	'forum_topic_edited',
	'forum_topic_closed',
	'forum_topic_reopened',
	'general_forum_topic_hidden',
	'general_forum_topic_unhidden',
	'giveaway_created',
	'giveaway_completed',
	'video_chat_scheduled',
	'video_chat_started',
	'video_chat_ended',
	'video_chat_participants_invited',
];

const UPDATE_SHAPE_KEYS = [...MESSAGE_KEYS, 'callback_query', ...NON_MESSAGE_UPDATES];

export function looksLikeTelegram(payload: JsonObject): boolean {
	if (!('update_id' in payload)) return MESSAGE_KEYS.some((key) => isObject(payload[key]) && isObject((payload[key] as JsonObject).chat));
	return UPDATE_SHAPE_KEYS.some((key) => isObject(payload[key])) || !Object.keys(payload).some((key) => key !== 'update_id');
}

const FILE_KINDS = ['document', 'video', 'animation', 'audio', 'voice', 'video_note', 'sticker'] as const;

function attachmentsOf(message: JsonObject): MessageAttachment[] {
	const attachments: MessageAttachment[] = [];
	if (Array.isArray(message.photo) && message.photo.length > 0) {
		// Sizes come smallest first; the last is the full picture.
		const largest = message.photo[message.photo.length - 1];
		attachments.push(compact({ kind: 'image', fileId: isObject(largest) ? optionalText(largest.file_id) : undefined }));
	}
	for (const kind of FILE_KINDS) {
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
	if (isObject(message.contact)) {
		const contact = message.contact;
		const name = [optionalText(contact.first_name), optionalText(contact.last_name), optionalText(contact.phone_number)].filter(Boolean).join(' ');
		attachments.push(compact({ kind: 'contact', name: name || undefined }));
	}
	const place = isObject(message.venue) ? message.venue : undefined;
	const location = isObject(message.location) ? message.location : isObject(place?.location) ? (place.location as JsonObject) : undefined;
	if (location) {
		const at = [optionalText(location.latitude), optionalText(location.longitude)].filter(Boolean).join(', ');
		attachments.push(compact({ kind: 'location', name: optionalText(place?.title) ?? (at || undefined) }));
	}
	for (const kind of ['poll', 'dice', 'game', 'story'] as const) {
		if (isObject(message[kind])) attachments.push({ kind });
	}
	return attachments;
}

/** The text on the inline button whose callback_data the player sent, from the bot message's keyboard. */
function buttonText(message: JsonObject | undefined, data: string | undefined): string | undefined {
	const markup = isObject(message?.reply_markup) ? (message.reply_markup as JsonObject) : undefined;
	if (!markup || data === undefined || !Array.isArray(markup.inline_keyboard)) return undefined;
	for (const row of markup.inline_keyboard) {
		if (!Array.isArray(row)) continue;
		for (const button of row) {
			if (isObject(button) && optionalText(button.callback_data) === data) return optionalText(button.text);
		}
	}
	return undefined;
}

function playerOf(from: JsonObject, senderId: string) {
	const fullName = [optionalText(from.first_name), optionalText(from.last_name)].filter(Boolean).join(' ');
	return compact({ telegramId: senderId, name: fullName || optionalText(from.title) || optionalText(from.username) });
}

/**
 * A callback_query: the player pressed an inline button under a bot message. The button's label
 * (found in the bot message's keyboard) is the text, else its callback data; the ticket threads
 * on the chat of that message.
 */
function parseCallbackQuery(update: JsonObject, prefix: string, now?: string): NormalizedMessage {
	const path = joinPath(prefix, 'callback_query');
	const query = update.callback_query as JsonObject;
	const from = requireObject(query.from, joinPath(path, 'from'), 'Telegram callback sender');
	const senderId = optionalText(from.id);
	if (senderId === undefined) throw noSenderError(joinPath(path, 'from.id'), 'Telegram');
	const queryId = requireText(query.id, joinPath(path, 'id'), 'Telegram callback query id');
	const message = isObject(query.message) ? query.message : undefined;
	const chatId = (isObject(message?.chat) ? optionalText(message.chat.id) : undefined) ?? senderId;
	const data = optionalText(query.data) ?? optionalText(query.game_short_name);
	const text = buttonText(message, data) ?? data;
	if (text === undefined) requireText(query.data, joinPath(path, 'data'), 'Telegram callback data');
	// A callback carries no time of its own; the bot message's date is older than the press.
	const sentAt = now ?? toIsoUtc(message?.date, joinPath(path, 'message.date'), 'seconds');
	return compact({
		channel: 'telegram',
		externalId: `callback:${queryId}`,
		threadKey: `telegram:${chatId}`,
		player: playerOf(from, senderId),
		body: text as string,
		isHtml: false,
		sentAt,
		meta: compact({ callbackData: data, username: optionalText(from.username), languageCode: optionalText(from.language_code) }) as Record<string, string>,
	}) as NormalizedMessage;
}

/** A Telegram Bot API update as the Telegram Trigger (or a Webhook node) delivers it. */
export function parseTelegram(update: JsonObject, prefix = '', now?: string): NormalizedMessage {
	const key = MESSAGE_KEYS.find((candidate) => isObject(update[candidate]));
	if (!key) {
		if (isObject(update.callback_query)) return parseCallbackQuery(update, prefix, now);
		const other = NON_MESSAGE_UPDATES.find((candidate) => candidate in update);
		if (other) {
			throw new NonMessageEvent('Telegram', other, joinPath(prefix, other), 'Only messages and button presses become tickets.');
		}
		throw new DomainError(`The Telegram update carries no message (${joinPath(prefix, 'message')})`, {
			field: joinPath(prefix, 'message'),
			hint: 'Only message, edited_message, channel_post, business_message and callback_query updates become tickets.',
		});
	}
	const path = joinPath(prefix, key);
	const message = update[key] as JsonObject;
	const chat = requireObject(message.chat, joinPath(path, 'chat'), 'Telegram chat');
	const chatId = requireText(chat.id, joinPath(path, 'chat.id'), 'Telegram chat id');
	const messageId = requireText(message.message_id, joinPath(path, 'message_id'), 'Telegram message id');
	const attachments = attachmentsOf(message);
	const text = optionalText(message.text) ?? optionalText(message.caption) ?? (isObject(message.web_app_data) ? optionalText(message.web_app_data.data) : undefined);
	if (text === undefined && attachments.length === 0) {
		const service = SERVICE_FIELDS.find((field) => field in message);
		if (service) throw new NonMessageEvent('Telegram', service, joinPath(path, service), 'Service messages (members joining, pinned messages, …) do not become tickets.');
	}
	const from = isObject(message.from) ? message.from : isObject(message.sender_chat) ? message.sender_chat : undefined;
	// A channel post may carry neither: the channel itself is then the sender.
	const sender = from ?? (key.endsWith('channel_post') ? chat : undefined);
	const senderId = sender ? optionalText(sender.id) : undefined;
	if (!sender || senderId === undefined) throw noSenderError(joinPath(path, 'from'), 'Telegram');
	if (text === undefined && attachments.length === 0) {
		requireText(message.text, joinPath(path, 'text'), 'Telegram message text');
	}
	return compact({
		channel: 'telegram',
		// An edit keeps the message id: the edit date tells the versions apart (same edit → same ticket).
		externalId: key.startsWith('edited') ? `${chatId}:${messageId}:edit:${optionalText(message.edit_date) ?? ''}` : `${chatId}:${messageId}`,
		threadKey: `telegram:${chatId}`,
		player: playerOf(sender, senderId),
		body: text ?? describeAttachments(attachments),
		isHtml: false,
		sentAt: key.startsWith('edited') && message.edit_date !== undefined
			? toIsoUtc(message.edit_date, joinPath(path, 'edit_date'), 'seconds')
			: toIsoUtc(message.date, joinPath(path, 'date'), 'seconds'),
		inReplyTo: isObject(message.reply_to_message) ? optionalText(message.reply_to_message.message_id) : undefined,
		attachments: attachments.length > 0 ? attachments : undefined,
		meta: compact({
			edited: key.startsWith('edited') ? true : undefined,
			update: key,
			businessConnectionId: optionalText(message.business_connection_id),
			username: optionalText(sender.username),
			languageCode: optionalText(sender.language_code),
		}) as Record<string, string | boolean>,
	}) as NormalizedMessage;
}
