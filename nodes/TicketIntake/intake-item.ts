import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { parseMessage, type NormalizedMessage } from '../shared/domain/channels/detect';
import { verifyChatHmac, verifyTelegram, verifyViber, verifyWhatsApp } from '../shared/domain/channels/signatures';
import { DomainError } from '../shared/domain/errors';
import { ticketId } from '../shared/domain/channels/ids';
import { buildTicket } from '../shared/domain/intake';
import { stripQuotedReply } from '../shared/domain/text/email-reply';
import { stripHtml } from '../shared/domain/text/html';
import { maskSecrets } from '../shared/domain/text/masking';
import { CHANNELS, TICKET_SCHEMA_VERSION, type Channel, type Ticket } from '../shared/domain/ticket';

export interface IntakeSettings {
	channel: string;
	onUnreadable: 'error' | 'triage';
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

/** The bytes the channel signed: the Webhook node's raw body when kept, else the parsed body re-serialised. */
function rawBodyOf(item: INodeExecutionData): string {
	const binary = item.binary?.data;
	if (binary?.data) return Buffer.from(binary.data, 'base64').toString('utf8');
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

function cleanBody(message: NormalizedMessage): { body: string; masked: string[] } {
	let text = message.isHtml ? stripHtml(message.body) : message.body;
	if (message.channel === 'email') text = stripQuotedReply(text);
	const masked = maskSecrets(text);
	return { body: masked.text, masked: masked.masked };
}

function triageTicket(item: INodeExecutionData, error: DomainError, settings: IntakeSettings): Ticket {
	const raw = JSON.stringify(item.json).slice(0, 2000);
	const id = ticketId({ channel: 'triage', externalId: raw });
	const masked = maskSecrets(raw);
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

/** One input item → the item's json with `ticket` added (everything else it carried is kept). */
export function intakeItem(item: INodeExecutionData, settings: IntakeSettings): IDataObject {
	const forced = settings.channel === 'auto' ? undefined : (settings.channel as Channel);
	const outcome = readMessage(item, settings, forced);
	if (outcome instanceof DomainError) {
		const isSignature = outcome.field === 'headers';
		if (settings.onUnreadable !== 'triage' || isSignature) throw outcome;
		return { ...item.json, ticket: triageTicket(item, outcome, settings) } as unknown as IDataObject;
	}
	return { ...item.json, ticket: outcome } as unknown as IDataObject;
}

function readMessage(item: INodeExecutionData, settings: IntakeSettings, forced: Channel | undefined): Ticket | DomainError {
	try {
		const message = parseMessage(item.json, forced);
		if (settings.secrets) checkSignature(item, message.channel, settings.secrets, settings.now);
		const { body, masked } = cleanBody(message);
		return buildTicket({ ...message, body, maskedKinds: masked }, settings);
	} catch (error) {
		if (error instanceof DomainError) return error;
		return new DomainError(error instanceof Error ? error.message : String(error));
	}
}
