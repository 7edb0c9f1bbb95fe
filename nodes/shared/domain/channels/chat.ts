import { hash } from 'crypto';

import { DomainError } from '../errors';
import { compact, indexKeys, isObject, joinPath, NonMessageEvent, noSenderError, optionalText, pick, requireText, toIsoUtc, type JsonObject, type KeyIndex } from './payload';
import type { NormalizedMessage } from './types';

/**
 * Chat widgets and web forms. The pack's own widget posts
 * { conversationId, messageId, text, sentAt, player: { id?, email?, phone?, name? }, source: 'chat' | 'web_form', subject? };
 * other widgets and forms (n8n's Form Trigger, whose keys are the field labels, and hand-made
 * HTML forms) name the same things differently: "Email", "e-mail", "your_message", "session_id", ….
 * Keys are compared without case and punctuation, so every spelling below is one name.
 */
const NAMES = {
	text: ['text', 'message', 'messagetext', 'body', 'content', 'comment', 'comments', 'question', 'description', 'details', 'enquiry', 'inquiry', 'yourmessage', 'msg', 'problem', 'issue', 'request'],
	conversation: ['conversationid', 'conversation', 'chatid', 'sessionid', 'threadid', 'roomid', 'visitorsessionid'],
	messageId: ['messageid', 'msgid', 'submissionid', 'responseid', 'entryid', 'eventid', 'fingerprint'],
	time: ['sentat', 'timestamp', 'submittedat', 'createdat', 'sendat', 'datetime', 'date', 'time', 'ts'],
	subject: ['subject', 'topic', 'title'],
	id: ['playerid', 'userid', 'customerid', 'accountid', 'memberid', 'clientid', 'externalid', 'visitorid'],
	email: ['email', 'emailaddress', 'youremail', 'mail', 'useremail', 'customeremail', 'playeremail', 'contactemail', 'visitoremail', 'senderemail'],
	phone: ['phone', 'phonenumber', 'tel', 'telephone', 'mobile', 'mobilenumber', 'cell', 'visitorphone', 'senderphone'],
	name: ['name', 'fullname', 'yourname', 'playername', 'customername', 'displayname', 'username', 'nickname', 'nick', 'visitorname', 'sendername', 'authorname'],
	firstName: ['firstname', 'givenname', 'first'],
	lastName: ['lastname', 'familyname', 'surname', 'last'],
};

/** Objects that describe the sender inside a widget payload. */
const SENDER_OBJECTS = ['player', 'user', 'customer', 'visitor', 'contact', 'sender', 'from', 'author', 'client', 'requester'];

/** Webhooks that wrap the message in an envelope ({ event, timestamp, data: { … } }). */
const ENVELOPES = ['data', 'payload'];

/**
 * Markers of a message written by the desk, not the player: widgets post agents' and bots'
 * messages to the same webhook (Chatwoot message_type "outgoing", Crisp from "operator", tawk.to
 * sender type "agent", is_from_admin). Such a message is a NonMessageEvent, never a ticket.
 */
const AGENT_VALUES = ['outgoing', 'outbound', 'template', 'activity', 'operator', 'agent', 'admin', 'bot', 'system'];
const AGENT_MARKERS = ['messagetype', 'from', 'direction', 'role', 'sendertype', 'authortype'];
const AGENT_FLAGS = ['isfromadmin', 'fromagent', 'isagent', 'isoperator'];

function pickText(payload: JsonObject, index: KeyIndex, names: readonly string[]): string | undefined {
	const found = pick(payload, index, names);
	return found ? optionalText(found.value) : undefined;
}

/** Like pick, but a value may also be an object carrying it ({ message: { text } }, { conversation: { id } }). */
function pickNested(payload: JsonObject, index: KeyIndex, names: readonly string[], inner: readonly string[]): { value: unknown; key: string } | undefined {
	const direct = pick(payload, index, names);
	if (direct) return direct;
	for (const name of names) {
		const key = index.get(name);
		const value = key === undefined ? undefined : payload[key];
		if (!isObject(value)) continue;
		for (const field of inner) if (optionalText(value[field]) !== undefined) return { value: value[field], key: `${key as string}.${field}` };
	}
	return undefined;
}

const TEXT_FIELDS = ['text', 'content', 'body', 'message'];

function textOf(payload: JsonObject, index: KeyIndex) {
	return pickNested(payload, index, NAMES.text, TEXT_FIELDS);
}

function conversationOf(payload: JsonObject, index: KeyIndex): string | undefined {
	return optionalText(pickNested(payload, index, NAMES.conversation, ['id', 'uuid'])?.value);
}

/** The record holding the message: the payload, or the object in its data/payload envelope. */
function recordOf(payload: JsonObject, prefix: string): { record: JsonObject; prefix: string; index: KeyIndex } {
	const index = indexKeys(payload);
	if (textOf(payload, index) !== undefined) return { record: payload, prefix, index };
	for (const key of ENVELOPES) {
		const inner = payload[key];
		if (isObject(inner)) return { record: inner, prefix: joinPath(prefix, key), index: indexKeys(inner) };
	}
	return { record: payload, prefix, index };
}

function isFromDesk(record: JsonObject, index: KeyIndex): string | undefined {
	for (const name of AGENT_MARKERS) {
		const value = optionalText(pick(record, index, [name])?.value)?.toLowerCase();
		if (value !== undefined && AGENT_VALUES.includes(value)) return value;
	}
	for (const name of AGENT_FLAGS) {
		const key = index.get(name);
		if (key !== undefined && record[key] === true) return name;
	}
	for (const holder of ['sender', 'author', 'message']) {
		const key = index.get(holder);
		const value = key === undefined ? undefined : record[key];
		if (!isObject(value)) continue;
		const inner = isObject(value.sender) ? value.sender : value;
		const type = optionalText(inner.type)?.toLowerCase();
		if (type !== undefined && AGENT_VALUES.includes(type)) return type;
	}
	return undefined;
}

const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** An address is at most 254 characters (RFC 5321); longer text is not tested (the pattern backtracks on long dotted runs). */
const isEmail = (text: string) => text.length <= 254 && EMAIL_PATTERN.test(text);

interface Sender {
	id?: string;
	email?: string;
	phone?: string;
	name?: string;
}

function senderOf(record: JsonObject): Sender {
	const index = indexKeys(record);
	const email = pickText(record, index, NAMES.email);
	const first = pickText(record, index, NAMES.firstName);
	const last = pickText(record, index, NAMES.lastName);
	return compact({
		id: pickText(record, index, ['id', ...NAMES.id]),
		email: email !== undefined && isEmail(email) ? email.toLowerCase() : undefined,
		phone: pickText(record, index, NAMES.phone),
		name: pickText(record, index, NAMES.name) ?? ([first, last].filter(Boolean).join(' ') || undefined),
	});
}

/** The sender: a nested player/user/… object first, then sender fields at the top level (a flat form). */
function playerOf(payload: JsonObject, index: KeyIndex): { player: Sender; field: string } {
	for (const name of SENDER_OBJECTS) {
		const key = index.get(name);
		const value = key === undefined ? undefined : payload[key];
		if (isObject(value)) {
			const player = senderOf(value);
			if (player.id || player.email || player.phone) return { player, field: key as string };
		} else if (key !== undefined && typeof value === 'string' && isEmail(value.trim())) {
			return { player: { email: value.trim().toLowerCase() }, field: key };
		}
	}
	const flat = senderOf(payload);
	// A top-level "id" is the message's, not the player's, in a flat payload.
	const player = compact({ ...flat, id: pickText(payload, index, NAMES.id) });
	const key = index.get('player');
	return { player, field: key ?? 'player' };
}

function channelOf(source: string | undefined, conversationId: string | undefined): 'chat' | 'web_form' {
	if (source === 'web_form' || source === 'chat') return source;
	return conversationId === undefined ? 'web_form' : 'chat';
}

/** chat when the body names a conversation (or says source: chat), else web_form. */
export function chatChannelOf(payload: JsonObject): 'chat' | 'web_form' {
	const { record, index } = recordOf(payload, '');
	const source = optionalText(record.source) ?? optionalText(record.channel);
	return channelOf(source, conversationOf(record, index));
}

export function looksLikeChat(payload: JsonObject): boolean {
	return 'conversationId' in payload && ('text' in payload || 'messageId' in payload);
}

/** A widget or form body in other words: some text and someone who wrote it. */
export function looksLikeForm(payload: JsonObject): boolean {
	const { record, index } = recordOf(payload, '');
	if (textOf(record, index) === undefined) return false;
	const { player } = playerOf(record, index);
	return Boolean(player.id || player.email || player.phone);
}

export function parseChat(envelope: JsonObject, outerPrefix = '', forced?: 'chat' | 'web_form'): NormalizedMessage {
	const { record: payload, prefix, index } = recordOf(envelope, outerPrefix);
	const desk = isFromDesk(payload, index);
	if (desk !== undefined) {
		throw new NonMessageEvent('chat', `${desk}_message`, prefix || 'json', 'Messages written by agents or bots are not player messages.');
	}
	const source = optionalText(payload.source) ?? optionalText(payload.channel);
	if (payload.source !== undefined && source !== 'chat' && source !== 'web_form') {
		throw new DomainError(`Unknown widget source "${String(source ?? typeof payload.source).slice(0, 40)}" (${joinPath(prefix, 'source')})`, {
			field: joinPath(prefix, 'source'),
			hint: "Use 'chat' or 'web_form'.",
		});
	}
	const conversationId = conversationOf(payload, index);
	const channel = forced ?? channelOf(source, conversationId);
	// The text first: a body with neither text nor sender is not a message at all, and saying so helps more.
	const textFound = textOf(payload, index);
	const body = requireText(textFound?.value, joinPath(prefix, textFound?.key ?? 'text'), 'message text');
	const { player, field: playerField } = playerOf(payload, index);
	if (!player.id && !player.email && !player.phone) throw noSenderError(joinPath(prefix, playerField), channel);
	const subject = pickText(payload, index, NAMES.subject);
	const time = pick(payload, index, NAMES.time) ?? pick(envelope, indexKeys(envelope), NAMES.time);
	const sentAt = time === undefined ? undefined : toIsoUtc(time.value, joinPath(prefix, time.key));
	// A top-level "id" beside a sender object or flat sender fields is the message's (Chatwoot), never the player's.
	const messageId = pickText(payload, index, NAMES.messageId) ?? optionalText(payload.id);
	const sender = player.id ?? player.email ?? player.phone;
	// Without ids of its own, a form submission is known by what it says, who sent it and when:
	// the same submission delivered twice is one ticket.
	const externalId = messageId ?? conversationId ?? `form_${hash('sha256', [sender, sentAt ?? '', subject ?? '', body].join('\u0000'), 'hex').slice(0, 24)}`;
	return compact({
		channel,
		externalId,
		threadKey: `${channel}:${conversationId ?? sender}`,
		player,
		subject,
		body,
		isHtml: payload.isHtml === true,
		sentAt,
	}) as NormalizedMessage;
}
