import { hash } from 'crypto';

import { DomainError } from '../errors';
import { compact, indexKeys, isObject, joinPath, noSenderError, optionalText, pick, requireText, toIsoUtc, type JsonObject, type KeyIndex } from './payload';
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
	messageId: ['messageid', 'msgid', 'submissionid', 'responseid', 'entryid', 'eventid'],
	time: ['sentat', 'timestamp', 'submittedat', 'createdat', 'sendat', 'datetime', 'date', 'time', 'ts'],
	subject: ['subject', 'topic', 'title'],
	id: ['playerid', 'userid', 'customerid', 'accountid', 'memberid', 'clientid', 'externalid', 'visitorid'],
	email: ['email', 'emailaddress', 'youremail', 'mail', 'useremail', 'customeremail', 'playeremail', 'contactemail'],
	phone: ['phone', 'phonenumber', 'tel', 'telephone', 'mobile', 'mobilenumber', 'cell'],
	name: ['name', 'fullname', 'yourname', 'playername', 'customername', 'displayname', 'username', 'nickname', 'nick'],
	firstName: ['firstname', 'givenname', 'first'],
	lastName: ['lastname', 'familyname', 'surname', 'last'],
};

/** Objects that describe the sender inside a widget payload. */
const SENDER_OBJECTS = ['player', 'user', 'customer', 'visitor', 'contact', 'sender', 'from', 'author', 'client'];

function pickText(payload: JsonObject, index: KeyIndex, names: readonly string[]): string | undefined {
	const found = pick(payload, index, names);
	return found ? optionalText(found.value) : undefined;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

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
		email: email !== undefined && EMAIL.test(email) ? email.toLowerCase() : undefined,
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
		} else if (key !== undefined && typeof value === 'string' && EMAIL.test(value.trim())) {
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
	const source = optionalText(payload.source) ?? optionalText(payload.channel);
	return channelOf(source, optionalText(pick(payload, indexKeys(payload), NAMES.conversation)?.value));
}

export function looksLikeChat(payload: JsonObject): boolean {
	return 'conversationId' in payload && ('text' in payload || 'messageId' in payload);
}

/** A widget or form body in other words: some text and someone who wrote it. */
export function looksLikeForm(payload: JsonObject): boolean {
	const index = indexKeys(payload);
	if (pick(payload, index, NAMES.text) === undefined) return false;
	const { player } = playerOf(payload, index);
	return Boolean(player.id || player.email || player.phone);
}

export function parseChat(payload: JsonObject, prefix = '', forced?: 'chat' | 'web_form'): NormalizedMessage {
	const index = indexKeys(payload);
	const source = optionalText(payload.source) ?? optionalText(payload.channel);
	if (payload.source !== undefined && source !== 'chat' && source !== 'web_form') {
		throw new DomainError(`Unknown widget source "${String(source ?? typeof payload.source).slice(0, 40)}" (${joinPath(prefix, 'source')})`, {
			field: joinPath(prefix, 'source'),
			hint: "Use 'chat' or 'web_form'.",
		});
	}
	const conversationId = optionalText(pick(payload, index, NAMES.conversation)?.value);
	const channel = forced ?? channelOf(source, conversationId);
	const { player, field: playerField } = playerOf(payload, index);
	if (!player.id && !player.email && !player.phone) throw noSenderError(joinPath(prefix, playerField), channel);
	const textFound = pick(payload, index, NAMES.text);
	const body = requireText(textFound?.value, joinPath(prefix, textFound?.key ?? 'text'), 'message text');
	const subject = pickText(payload, index, NAMES.subject);
	const time = pick(payload, index, NAMES.time);
	const sentAt = time === undefined ? undefined : toIsoUtc(time.value, joinPath(prefix, time.key));
	const messageId = pickText(payload, index, NAMES.messageId);
	const sender = player.id ?? player.email ?? player.phone;
	// Without ids of its own, a form submission is known by what it says, who sent it and when:
	// the same submission delivered twice is one ticket.
	const contentId = `form_${hash('sha256', [sender, sentAt ?? '', subject ?? '', body].join('\u0000'), 'hex').slice(0, 24)}`;
	return compact({
		channel,
		externalId: messageId ?? conversationId ?? contentId,
		threadKey: `${channel}:${conversationId ?? sender}`,
		player,
		subject,
		body,
		isHtml: payload.isHtml === true,
		sentAt,
	}) as NormalizedMessage;
}
