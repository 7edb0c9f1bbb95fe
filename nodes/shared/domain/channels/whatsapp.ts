import { DomainError } from '../errors';
import { compact, isObject, joinPath, noSenderError, optionalText, requireText, toIsoUtc, type JsonObject } from './payload';
import type { MessageAttachment, NormalizedMessage } from './types';

export function looksLikeWhatsApp(payload: JsonObject): boolean {
	if (payload.object === 'whatsapp_business_account') return true;
	if (payload.messaging_product === 'whatsapp') return true;
	return Array.isArray(payload.messages) && isObject(payload.messages[0]) && 'from' in payload.messages[0] && 'timestamp' in payload.messages[0];
}

const MEDIA_TYPES = ['image', 'video', 'audio', 'document', 'sticker', 'voice'];

function textOf(message: JsonObject): string | undefined {
	const type = optionalText(message.type);
	if (isObject(message.text)) return optionalText(message.text.body);
	if (type && isObject(message[type])) {
		const part = message[type] as JsonObject;
		if (optionalText(part.caption)) return optionalText(part.caption);
		if (optionalText(part.text)) return optionalText(part.text);
		for (const reply of ['button_reply', 'list_reply']) {
			if (isObject(part[reply])) return optionalText((part[reply] as JsonObject).title);
		}
	}
	return undefined;
}

/**
 * A WhatsApp Cloud API webhook (object/entry/changes/value) or the change value on its own,
 * which is what n8n's WhatsApp Trigger emits. Reads the first message of the first change.
 */
export function parseWhatsApp(payload: JsonObject, prefix = ''): NormalizedMessage {
	let value: JsonObject = payload;
	let path = prefix;
	if (Array.isArray(payload.entry)) {
		const entry = payload.entry[0];
		const change = isObject(entry) && Array.isArray(entry.changes) ? entry.changes[0] : undefined;
		if (!isObject(change) || !isObject(change.value)) {
			throw new DomainError(`The WhatsApp webhook has no change value (${joinPath(prefix, 'entry[0].changes[0].value')})`, {
				field: joinPath(prefix, 'entry[0].changes[0].value'),
			});
		}
		value = change.value;
		path = joinPath(prefix, 'entry[0].changes[0].value');
	}
	const message = Array.isArray(value.messages) ? value.messages[0] : undefined;
	if (!isObject(message)) {
		throw new DomainError(`The WhatsApp notification carries no message (${joinPath(path, 'messages')})`, {
			field: joinPath(path, 'messages'),
			hint: 'Status updates (sent/delivered/read) do not become tickets; filter them before this node.',
		});
	}
	const messagePath = joinPath(path, 'messages[0]');
	const from = optionalText(message.from);
	if (from === undefined) throw noSenderError(joinPath(messagePath, 'from'), 'WhatsApp');
	const contacts = Array.isArray(value.contacts) ? value.contacts.filter(isObject) : [];
	const contact = contacts.find((candidate) => optionalText(candidate.wa_id) === from) ?? contacts[0];
	const waId = optionalText(contact?.wa_id) ?? from;
	const name = isObject(contact?.profile) ? optionalText(contact.profile.name) : undefined;
	const type = optionalText(message.type) ?? 'text';
	const attachments: MessageAttachment[] = [];
	if (MEDIA_TYPES.includes(type) && isObject(message[type])) {
		const media = message[type] as JsonObject;
		attachments.push(compact({ kind: type, fileId: optionalText(media.id), mimeType: optionalText(media.mime_type), name: optionalText(media.filename) }));
	}
	const text = textOf(message);
	if (text === undefined && attachments.length === 0) requireText(undefined, joinPath(messagePath, 'text.body'), 'WhatsApp message text');
	const context = isObject(message.context) ? optionalText(message.context.id) : undefined;
	return compact({
		channel: 'whatsapp',
		externalId: requireText(message.id, joinPath(messagePath, 'id'), 'WhatsApp message id'),
		threadKey: `whatsapp:${waId}`,
		player: compact({ whatsappId: waId, phone: `+${waId.replace(/^\+/, '')}`, name }),
		body: text ?? '',
		isHtml: false,
		sentAt: toIsoUtc(message.timestamp, joinPath(messagePath, 'timestamp'), 'seconds'),
		inReplyTo: context,
		attachments: attachments.length > 0 ? attachments : undefined,
	}) as NormalizedMessage;
}
