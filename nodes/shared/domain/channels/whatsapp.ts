import { DomainError } from '../errors';
import {
	compact,
	describeAttachments,
	isObject,
	joinPath,
	NonMessageEvent,
	noSenderError,
	optionalText,
	requireText,
	toIsoUtc,
	type JsonObject,
} from './payload';
import type { MessageAttachment, NormalizedMessage } from './types';

export function looksLikeWhatsApp(payload: JsonObject): boolean {
	if (payload.object === 'whatsapp_business_account') return true;
	if (payload.messaging_product === 'whatsapp') return true;
	return Array.isArray(payload.messages) && isObject(payload.messages[0]) && 'from' in payload.messages[0] && 'timestamp' in payload.messages[0];
}

const MEDIA_TYPES = ['image', 'video', 'audio', 'document', 'sticker', 'voice'];
/** Message types that are not something the player wrote: a reaction to a message, a number change notice. */
const NON_MESSAGE_TYPES = ['reaction', 'system', 'ephemeral', 'request_welcome'];

function textOf(message: JsonObject, type: string): string | undefined {
	if (isObject(message.text)) return optionalText(message.text.body);
	const part = isObject(message[type]) ? (message[type] as JsonObject) : undefined;
	if (!part) return undefined;
	if (type === 'interactive') {
		for (const reply of ['button_reply', 'list_reply']) {
			if (isObject(part[reply])) {
				const chosen = part[reply] as JsonObject;
				return optionalText(chosen.title) ?? optionalText(chosen.description) ?? optionalText(chosen.id);
			}
		}
		// A WhatsApp Flow's answer: the summary body, else the raw response JSON.
		if (isObject(part.nfm_reply)) return optionalText(part.nfm_reply.body) ?? optionalText(part.nfm_reply.response_json);
		return undefined;
	}
	return optionalText(part.caption) ?? optionalText(part.text) ?? optionalText(part.body) ?? optionalText(part.payload);
}

function attachmentsOf(message: JsonObject, type: string): MessageAttachment[] {
	const part = message[type];
	if (MEDIA_TYPES.includes(type) && isObject(part)) {
		return [compact({ kind: type, fileId: optionalText(part.id), mimeType: optionalText(part.mime_type), name: optionalText(part.filename) })];
	}
	if (type === 'location' && isObject(part)) {
		const at = [optionalText(part.latitude), optionalText(part.longitude)].filter(Boolean).join(', ');
		return [compact({ kind: 'location', name: optionalText(part.name) ?? optionalText(part.address) ?? (at || undefined) })];
	}
	if (type === 'contacts' && Array.isArray(part)) {
		return part.filter(isObject).map((contact) => {
			const name = isObject(contact.name) ? optionalText(contact.name.formatted_name) : undefined;
			const phone = Array.isArray(contact.phones) && isObject(contact.phones[0]) ? optionalText(contact.phones[0].phone) : undefined;
			return compact({ kind: 'contact', name: [name, phone].filter(Boolean).join(' ') || undefined });
		});
	}
	if (type === 'order' && isObject(part)) return [compact({ kind: 'order', name: optionalText(part.catalog_id) })];
	return [];
}

interface ChangeValue {
	value: JsonObject;
	path: string;
}

/** Every change value of a full webhook (object/entry/changes/value), or the payload itself when it already is one. */
function changeValues(payload: JsonObject, prefix: string): ChangeValue[] {
	if (!Array.isArray(payload.entry)) return [{ value: payload, path: prefix }];
	const values: ChangeValue[] = [];
	payload.entry.forEach((entry, e) => {
		if (!isObject(entry) || !Array.isArray(entry.changes)) return;
		entry.changes.forEach((change, c) => {
			if (isObject(change) && isObject(change.value)) {
				values.push({ value: { ...change.value, field: change.field }, path: joinPath(prefix, `entry[${e}].changes[${c}].value`) });
			}
		});
	});
	if (values.length === 0) {
		throw new DomainError(`The WhatsApp webhook has no change value (${joinPath(prefix, 'entry[0].changes[0].value')})`, {
			field: joinPath(prefix, 'entry[0].changes[0].value'),
			hint: 'Pass the WhatsApp webhook body unchanged (object, entry[].changes[].value).',
		});
	}
	return values;
}

function parseOne(message: JsonObject, value: JsonObject, messagePath: string): NormalizedMessage {
	const from = optionalText(message.from);
	if (from === undefined) throw noSenderError(joinPath(messagePath, 'from'), 'WhatsApp');
	const contacts = Array.isArray(value.contacts) ? value.contacts.filter(isObject) : [];
	const contact = contacts.find((candidate) => optionalText(candidate.wa_id) === from) ?? (contacts.length === 1 ? contacts[0] : undefined);
	const waId = optionalText(contact?.wa_id) ?? from;
	const name = isObject(contact?.profile) ? optionalText(contact.profile.name) : undefined;
	const type = optionalText(message.type) ?? 'text';
	const attachments = attachmentsOf(message, type);
	// "unsupported" / "unknown": the player sent something the API cannot show (a poll, a view-once
	// photo); the ticket says so, so an agent can ask again rather than the message vanishing.
	const unreadable = type === 'unsupported' || type === 'unknown' ? `[${type} message]` : undefined;
	const text = textOf(message, type) ?? (attachments.length > 0 ? describeAttachments(attachments) : unreadable);
	if (text === undefined) requireText(undefined, joinPath(messagePath, 'text.body'), 'WhatsApp message text');
	const context = isObject(message.context) ? optionalText(message.context.id) : undefined;
	return compact({
		channel: 'whatsapp',
		externalId: requireText(message.id, joinPath(messagePath, 'id'), 'WhatsApp message id'),
		threadKey: `whatsapp:${waId}`,
		player: compact({ whatsappId: waId, phone: `+${waId.replace(/^\+/, '')}`, name }),
		body: text as string,
		isHtml: false,
		sentAt: toIsoUtc(message.timestamp, joinPath(messagePath, 'timestamp'), 'seconds'),
		inReplyTo: context,
		attachments: attachments.length > 0 ? attachments : undefined,
		meta: compact({ type, buttonId: type === 'interactive' || type === 'button' ? interactiveId(message, type) : undefined }) as Record<string, string>,
	}) as NormalizedMessage;
}

function interactiveId(message: JsonObject, type: string): string | undefined {
	const part = isObject(message[type]) ? (message[type] as JsonObject) : undefined;
	if (!part) return undefined;
	if (type === 'button') return optionalText(part.payload);
	for (const reply of ['button_reply', 'list_reply']) if (isObject(part[reply])) return optionalText((part[reply] as JsonObject).id);
	return undefined;
}

/**
 * Every player message of a WhatsApp Cloud API webhook (object/entry/changes/value) or of one
 * change value (what n8n's WhatsApp Trigger emits, with `field`). Status updates, reactions and
 * other changes are not messages: when nothing else is in the payload this throws a NonMessageEvent.
 */
export function parseWhatsAppAll(payload: JsonObject, prefix = ''): NormalizedMessage[] {
	const messages: NormalizedMessage[] = [];
	let skipped: { event: string; field: string } | undefined;
	for (const { value, path } of changeValues(payload, prefix)) {
		const list = Array.isArray(value.messages) ? value.messages : [];
		list.forEach((message, m) => {
			const messagePath = joinPath(path, `messages[${m}]`);
			if (!isObject(message)) {
				throw new DomainError(`The WhatsApp message is not an object (${messagePath})`, { field: messagePath });
			}
			const type = optionalText(message.type);
			if (type !== undefined && NON_MESSAGE_TYPES.includes(type)) {
				skipped ??= { event: type, field: joinPath(messagePath, 'type') };
				return;
			}
			messages.push(parseOne(message, value, messagePath));
		});
		if (list.length === 0) {
			const field = optionalText(value.field);
			// Another subscribed field (account_update, message_template_status_update, …) only on a real WhatsApp change.
			const isChange = value.messaging_product === 'whatsapp' || payload.object === 'whatsapp_business_account';
			const other = isChange && field !== undefined && field !== 'messages' ? field : undefined;
			const event = Array.isArray(value.statuses) ? 'statuses' : Array.isArray(value.errors) ? 'errors' : other;
			// The field named is where a message would have been.
			if (event !== undefined) skipped ??= { event, field: joinPath(path, event === field ? 'field' : 'messages') };
		}
	}
	if (messages.length > 0) return messages;
	if (skipped) {
		throw new NonMessageEvent('WhatsApp', skipped.event, skipped.field, 'Status updates, reactions and account notices do not become tickets.');
	}
	const field = joinPath(changeValues(payload, prefix)[0].path, 'messages');
	throw new DomainError(`The WhatsApp notification carries no message (${field})`, {
		field,
		hint: 'Pass the WhatsApp webhook body (or the WhatsApp Trigger item) unchanged.',
	});
}

/** The first player message of a WhatsApp webhook (see parseWhatsAppAll). */
export function parseWhatsApp(payload: JsonObject, prefix = ''): NormalizedMessage {
	return parseWhatsAppAll(payload, prefix)[0];
}
