import { referencedTicketId, withoutReference } from '../conversation/email-reference';
import { compact, isObject, joinPath, noSenderError, optionalText, requireText, toIsoUtc, type JsonObject } from './payload';
import type { MessageAttachment, NormalizedMessage } from './types';

const REPLY_PREFIX = /^\s*(?:re|aw|sv|fw|fwd|rif|r|i|odp|pd|rv|enc|ответ|отв|пересл|תשובה|השב|הועבר)(?:\[\d+\]|\(\d+\))?\s*:\s*/iu;

/** "Re: Fwd: RE: Bonus" → "Bonus", across the six desk languages. */
export function stripSubjectPrefixes(subject: string): string {
	let current = subject.trim();
	for (let guard = 0; guard < 20; guard++) {
		const next = current.replace(REPLY_PREFIX, '');
		if (next === current) break;
		current = next;
	}
	return current.trim();
}

function headerValue(payload: JsonObject, name: string): unknown {
	const headers = payload.headers;
	const wanted = name.toLowerCase();
	if (isObject(headers)) {
		for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return withoutHeaderName(value, wanted);
	}
	if (Array.isArray(headers)) {
		// mailparser's headerLines / Gmail API payload.headers: [{ name|key, value|line }]
		for (const entry of headers) {
			if (isObject(entry) && optionalText(entry.name ?? entry.key)?.toLowerCase() === wanted) return entry.value ?? withoutHeaderName(entry.line, wanted);
		}
	}
	return undefined;
}

/**
 * mailparser's headerLines, as the Gmail Trigger and the IMAP trigger's resolved format keep them
 * ({ "from": "From: Ann <a@b>" }), repeat the header name; the value is what follows it.
 */
function withoutHeaderName(value: unknown, name: string): unknown {
	if (typeof value !== 'string' || value.length <= name.length || value.charAt(name.length) !== ':') return value;
	return value.slice(0, name.length).toLowerCase() === name ? value.slice(name.length + 1).trim() : value;
}

function field(payload: JsonObject, ...names: string[]): unknown {
	return fieldAt(payload, names, true);
}

function fieldAt(payload: JsonObject, names: string[], withMetadata: boolean): unknown {
	for (const name of names) {
		for (const [key, value] of Object.entries(payload)) if (key.toLowerCase() === name.toLowerCase() && value !== undefined && value !== null) return value;
	}
	for (const name of names) {
		const value = headerValue(payload, name);
		if (value !== undefined && value !== null) return value;
		// A Gmail API message resource (the Gmail node without "Simplify"): payload.headers[{ name, value }].
		const api = isObject(payload.payload) ? headerValue(payload.payload, name) : undefined;
		if (api !== undefined && api !== null) return api;
	}
	// The IMAP trigger's "simple" format keeps only cc/date/from/subject/to at top level.
	if (withMetadata && isObject(payload.metadata)) return fieldAt(payload.metadata, names, false);
	return undefined;
}

export interface EmailAddress {
	address?: string;
	name?: string;
}

/** "Name <a@b>", "a@b", { value: [{ address, name }], text } or [{ address, name }] → first address. */
export function parseAddress(value: unknown): EmailAddress {
	if (Array.isArray(value)) return parseAddress(value[0]);
	if (isObject(value)) {
		if (Array.isArray(value.value) && value.value.length > 0) return parseAddress(value.value[0]);
		// Microsoft Graph (Outlook Trigger): { emailAddress: { name, address } }
		if (isObject(value.emailAddress)) return parseAddress(value.emailAddress);
		if (optionalText(value.address)) return compact({ address: optionalText(value.address)?.toLowerCase(), name: optionalText(value.name) });
		if (optionalText(value.text)) return parseAddress(value.text);
		return {};
	}
	// An address header longer than this is not one; the cut keeps the scans below short.
	const text = optionalText(value)?.slice(0, 1000);
	if (text === undefined) return {};
	const angled = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(text);
	if (angled) {
		const name = angled[1].trim().replace(/^"(.*)"$/, '$1').trim();
		return compact({ address: angled[2].toLowerCase(), name: name || undefined });
	}
	const bare = /[^\s<>",;]+@[^\s<>",;]+/.exec(text);
	return bare ? { address: bare[0].toLowerCase() } : {};
}

function stripAngles(id: string): string {
	return id.trim().replace(/^<(.*)>$/, '$1').trim();
}

/** Message-ID lists arrive as "<a> <b>", "<a>,<b>" or an array. */
export function parseMessageIds(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map((entry) => optionalText(entry) ?? '') : [optionalText(value) ?? ''];
	const ids: string[] = [];
	for (const part of parts) {
		const angled = part.match(/<[^<>]+>/g);
		const pieces = angled ?? part.split(/[\s,]+/);
		for (const piece of pieces) {
			const id = stripAngles(piece);
			if (id !== '' && !ids.includes(id)) ids.push(id);
		}
	}
	return ids;
}

/** A Microsoft Graph message (Microsoft Outlook Trigger): from.emailAddress, body { contentType, content }. */
function isGraphMessage(payload: JsonObject): boolean {
	return isObject(payload.from) && isObject(payload.from.emailAddress);
}

export function looksLikeEmail(payload: JsonObject): boolean {
	if (isGraphMessage(payload)) return true;
	const hasSender = field(payload, 'from') !== undefined;
	const hasMailId = field(payload, 'messageId', 'message-id') !== undefined || 'threadId' in payload;
	const hasContent = ['subject', 'text', 'html', 'textHtml', 'textPlain', 'textAsHtml'].some((key) => key in payload);
	return hasSender && (hasMailId || hasContent) && !('conversationId' in payload);
}

function attachmentsOf(payload: JsonObject): MessageAttachment[] {
	if (!Array.isArray(payload.attachments)) return [];
	return payload.attachments.filter(isObject).map((attachment) =>
		compact({
			kind: 'file',
			name: optionalText(attachment.filename ?? attachment.fileName ?? attachment.name),
			mimeType: optionalText(attachment.contentType ?? attachment.mimeType),
			size: typeof attachment.size === 'number' ? attachment.size : undefined,
		}),
	);
}

/** The mail's own date; none at all (the Outlook Trigger's simple output) means the node's reference time. */
function sentAtOf(payload: JsonObject, prefix: string): string | undefined {
	const value = field(payload, 'date') ?? payload.internalDate ?? payload.receivedDateTime ?? payload.sentDateTime;
	return value === undefined || value === null || value === '' ? undefined : toIsoUtc(value, joinPath(prefix, 'date'));
}

/** Email Trigger (IMAP, simple or resolved format), Gmail (trigger and node) and Microsoft Outlook Trigger output. */
export function parseEmail(payload: JsonObject, prefix = ''): NormalizedMessage {
	const sender = parseAddress(field(payload, 'from'));
	if (!sender.address) throw noSenderError(joinPath(prefix, 'from'), 'e-mail');
	const graph = isGraphMessage(payload) && isObject(payload.body) ? payload.body : undefined;
	const graphHtml = graph !== undefined && optionalText(graph.contentType)?.toLowerCase() === 'html';
	const plain = optionalText(field(payload, 'text', 'textPlain')) ?? (graph && !graphHtml ? optionalText(graph.content) : undefined);
	const html = optionalText(field(payload, 'html', 'textHtml', 'textAsHtml')) ?? (graph && graphHtml ? optionalText(graph.content) : undefined);
	// The Gmail node's simplified output has no body, only the snippet (Outlook: bodyPreview).
	const snippet = plain === undefined && html === undefined ? optionalText(payload.snippet) ?? optionalText(payload.bodyPreview) : undefined;
	const body = plain ?? html ?? snippet;
	if (body === undefined) requireText(undefined, joinPath(prefix, 'text'), 'e-mail body');
	const ownId = parseMessageIds(field(payload, 'messageId', 'message-id', 'internetMessageId'))[0];
	const gmailId = optionalText(payload.id);
	const externalId = ownId ?? gmailId ?? requireText(undefined, joinPath(prefix, 'messageId'), 'e-mail Message-ID');
	const references = parseMessageIds(field(payload, 'references'));
	const inReplyTo = parseMessageIds(field(payload, 'inReplyTo', 'in-reply-to'))[0];
	const outlookThread = isGraphMessage(payload) ? optionalText(payload.conversationId) : undefined;
	const root = references[0] ?? inReplyTo ?? outlookThread ?? externalId;
	const subject = optionalText(field(payload, 'subject'));
	const attachments = attachmentsOf(payload);
	return compact({
		channel: 'email',
		externalId,
		threadKey: `email:${root}`,
		player: compact({ email: sender.address, name: sender.name }),
		subject: subject === undefined ? undefined : withoutReference(stripSubjectPrefixes(subject)) || subject,
		referencedTicketId: referencedTicketId(subject),
		body: body as string,
		isHtml: plain === undefined && snippet === undefined,
		sentAt: sentAtOf(payload, prefix),
		inReplyTo,
		references: references.length > 0 ? references : undefined,
		attachments: attachments.length > 0 ? attachments : undefined,
		meta: compact({ gmailThreadId: optionalText(payload.threadId) }) as Record<string, string>,
	}) as NormalizedMessage;
}
