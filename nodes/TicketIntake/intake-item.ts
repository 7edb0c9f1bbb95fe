import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { NonMessageEvent, parseMessages, type NormalizedMessage } from '../shared/domain/channels/detect';
import { isEmptyObject, isObject } from '../shared/domain/channels/payload';
import { verifyChatHmac, verifyTelegram, verifyViber, verifyWhatsApp } from '../shared/domain/channels/signatures';
import { DomainError } from '../shared/domain/errors';
import { ticketId } from '../shared/domain/channels/ids';
import { buildTicket } from '../shared/domain/intake';
import { stripQuotedReply } from '../shared/domain/text/email-reply';
import { stripHtml } from '../shared/domain/text/html';
import { maskSecrets } from '../shared/domain/text/masking';
import { sanitizeText } from '../shared/domain/text/sanitize';
import { CHANNELS, TICKET_SCHEMA_VERSION, type Channel, type Ticket } from '../shared/domain/ticket';

export interface IntakeSettings {
	channel: string;
	onUnreadable: 'error' | 'triage';
	/** pass: a valid non-message event leaves unchanged plus `ignored`; unreadable: as Unreadable Messages says. */
	onNonMessage: 'pass' | 'unreadable';
	now: string;
	maxBodyLength: number;
	fallbackLanguage: string;
	secrets?: ICredentialDataDecryptedObject;
}

function headerOf(json: IDataObject, name: string): string | undefined {
	const headers = json.headers as IDataObject | undefined;
	if (!headers || typeof headers !== 'object') return undefined;
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === wanted) return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/**
 * The Webhook node's raw body ("Raw Body" option), when kept in memory as binary `data`. Binary
 * data stored elsewhere (an `id` pointing at the filesystem or S3) is not read here.
 */
function rawBytesOf(item: INodeExecutionData): Buffer | undefined {
	const binary = item.binary?.data;
	return binary?.data && !binary.id ? Buffer.from(binary.data, 'base64') : undefined;
}

/** The bytes the channel signed: the Webhook node's raw body when kept, else the parsed body re-serialised. */
function rawBodyOf(item: INodeExecutionData): string | Buffer {
	const bytes = rawBytesOf(item);
	if (bytes) return bytes;
	const json = item.json;
	if (typeof json.rawBody === 'string') return json.rawBody;
	return JSON.stringify(json.body ?? json);
}

function checkSignature(item: INodeExecutionData, channel: Channel, secrets: ICredentialDataDecryptedObject, now: string) {
	const json = item.json;
	const secret = (key: string) => (typeof secrets[key] === 'string' ? (secrets[key] as string) : '');
	let verdict: { ok: boolean; reason?: string } | undefined;
	if (channel === 'whatsapp' && secret('whatsappAppSecret')) {
		verdict = verifyWhatsApp(rawBodyOf(item), headerOf(json, 'x-hub-signature-256') ?? '', secret('whatsappAppSecret'));
	} else if (channel === 'viber' && secret('viberAuthToken')) {
		verdict = verifyViber(rawBodyOf(item), headerOf(json, 'x-viber-content-signature') ?? '', secret('viberAuthToken'));
	} else if (channel === 'telegram' && secret('telegramSecretToken')) {
		verdict = verifyTelegram(headerOf(json, 'x-telegram-bot-api-secret-token') ?? '', secret('telegramSecretToken'));
	} else if ((channel === 'chat' || channel === 'web_form') && secret('chatWidgetSecret')) {
		const timestamp = headerOf(json, 'x-timestamp');
		verdict = verifyChatHmac(
			rawBodyOf(item),
			headerOf(json, 'x-signature') ?? '',
			secret('chatWidgetSecret'),
			timestamp === undefined ? undefined : { timestamp, nowMs: Date.parse(now) },
		);
	}
	if (verdict && !verdict.ok) {
		throw new DomainError(`The ${channel} webhook signature is not valid (${verdict.reason ?? 'mismatch'})`, {
			field: 'headers',
			hint: 'Check that the secret in the Support Channels credential matches the one the channel signs with. The message was not turned into a ticket.',
		});
	}
}

/** Longest subject kept, in characters. */
const SUBJECT_LIMIT = 1000;

/** Raw text past this many times the body limit is never looked at: a huge message stays cheap. */
const RAW_TEXT_FACTOR = 4;

function cleanBody(message: NormalizedMessage, maxBodyLength: number): { body: string; masked: string[]; cut: boolean; markupRemoved: boolean } {
	const rawLimit = maxBodyLength * RAW_TEXT_FACTOR;
	const cut = message.body.length > rawLimit;
	const raw = cut ? message.body.slice(0, rawLimit) : message.body;
	let text = message.isHtml ? stripHtml(raw) : raw;
	if (message.channel === 'email') text = stripQuotedReply(text);
	// After HTML stripping: entities such as &lt;script&gt; decode to markup that must not stay.
	const safe = sanitizeText(text);
	const masked = maskSecrets(safe.text);
	return { body: masked.text, masked: masked.masked, cut, markupRemoved: safe.markupRemoved };
}

function isEmptyBody(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	return isObject(value) && isEmptyObject(value);
}

/**
 * The payload to parse: the item's json, or, when a Webhook kept only the raw body (binary
 * `data`) and left `body` empty, that body decoded as UTF-8 (invalid bytes become U+FFFD).
 */
function payloadOf(item: INodeExecutionData): IDataObject {
	const json = item.json;
	const isWebhookOutput = typeof json.headers === 'object' && json.headers !== null;
	if (!isWebhookOutput || !isEmptyBody(json.body)) return json;
	const bytes = rawBytesOf(item);
	return bytes ? { ...json, body: bytes.toString('utf8') } : json;
}

/** The first 2,000 characters of the item as JSON (never a cut surrogate pair); a cyclic or too deep item gives its keys. */
function triageText(item: INodeExecutionData): string {
	let text: string;
	try {
		text = JSON.stringify(item.json) ?? '';
	} catch {
		text = `{${Object.keys(item.json).slice(0, 50).join(', ')}}`;
	}
	const cut = text.slice(0, 2000);
	return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function triageTicket(item: INodeExecutionData, error: DomainError, settings: IntakeSettings): Ticket {
	const raw = triageText(item);
	const id = ticketId({ channel: 'triage', externalId: raw });
	const masked = maskSecrets(sanitizeText(raw).text);
	return {
		schemaVersion: TICKET_SCHEMA_VERSION,
		id,
		channel: (CHANNELS as readonly string[]).includes(settings.channel) ? (settings.channel as Channel) : 'web_form',
		externalId: '',
		threadKey: `triage:${id}`,
		player: {},
		body: masked.text,
		language: 'und',
		category: 'other',
		complexity: 'complex',
		priority: 'normal',
		tags: ['manual_triage'],
		status: 'new',
		createdAt: settings.now,
		updatedAt: settings.now,
		history: [{ at: settings.now, event: 'manual_triage', detail: { reason: error.message, field: error.field ?? null } }],
	};
}

/** What a non-message event leaves with: the item's json plus `ignored` (no ticket). */
export interface IgnoredEvent {
	channel: string;
	event: string;
	field: string;
	reason: string;
}

/**
 * One input item → one json per player message it holds, each the item's json with `ticket`
 * added (everything else it carried is kept); a non-message event → the item's json with `ignored`.
 */
export function intakeItem(item: INodeExecutionData, settings: IntakeSettings): IDataObject[] {
	const forced = settings.channel === 'auto' ? undefined : (settings.channel as Channel);
	const outcome = readMessages(item, settings, forced);
	if (outcome instanceof NonMessageEvent && settings.onNonMessage === 'pass') {
		const ignored: IgnoredEvent = { channel: outcome.channel.toLowerCase(), event: outcome.event, field: outcome.field ?? '', reason: outcome.message };
		return [{ ...item.json, ignored } as unknown as IDataObject];
	}
	if (outcome instanceof DomainError) {
		const isSignature = outcome.field === 'headers';
		if (settings.onUnreadable !== 'triage' || isSignature) throw outcome;
		return [{ ...item.json, ticket: triageTicket(item, outcome, settings) } as unknown as IDataObject];
	}
	return outcome.map((ticket) => ({ ...item.json, ticket }) as unknown as IDataObject);
}

function toTicket(message: NormalizedMessage, settings: IntakeSettings): Ticket {
	const { body, masked, cut, markupRemoved } = cleanBody(message, settings.maxBodyLength);
	const subject = message.subject === undefined ? undefined : sanitizeText(message.subject.slice(0, SUBJECT_LIMIT)).text;
	const ticket = buildTicket({ ...message, subject, body, maskedKinds: masked, truncated: cut }, settings);
	if (markupRemoved) ticket.tags.push('markup_removed');
	if (message.attachments) ticket.attachments = message.attachments;
	return ticket;
}

function readMessages(item: INodeExecutionData, settings: IntakeSettings, forced: Channel | undefined): Ticket[] | DomainError {
	try {
		const messages = parseMessages(payloadOf(item), forced, settings.now);
		if (settings.secrets) checkSignature(item, messages[0].channel, settings.secrets, settings.now);
		return messages.map((message) => toTicket(message, settings));
	} catch (error) {
		if (error instanceof NonMessageEvent && settings.secrets) {
			// A receipt with a bad signature is refused like any forged request.
			const signature = signatureError(item, error.channel.toLowerCase() as Channel, settings);
			if (signature) return signature;
		}
		if (error instanceof DomainError) return error;
		// Anything else is a defect met on this item's data: still an error naming the item.
		return new DomainError(error instanceof Error ? error.message : String(error), { field: 'json' });
	}
}

function signatureError(item: INodeExecutionData, channel: Channel, settings: IntakeSettings): DomainError | undefined {
	try {
		if (settings.secrets) checkSignature(item, channel, settings.secrets, settings.now);
		return undefined;
	} catch (error) {
		return error instanceof DomainError ? error : undefined;
	}
}
