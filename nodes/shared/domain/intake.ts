/**
 * From a channel's normalised message to a ticket: text clean-up, secret masking, language,
 * category, complexity and priority. Pure; the Ticket Intake node only maps its panel onto this.
 */
import { classifyMessage } from './classify/message';
import { DomainError } from './errors';
import { detectLanguage } from './language/detect';
import { ticketId } from './channels/ids';
import type { NormalizedMessage } from './channels/types';
import { TICKET_SCHEMA_VERSION, type PlayerRef, type Ticket } from './ticket';

export type IncomingMessage = Pick<NormalizedMessage, 'channel' | 'externalId' | 'threadKey' | 'subject' | 'referencedTicketId'> & {
	player: PlayerRef;
	/** Already plain text (HTML stripped, quoted history removed) and with secrets masked. */
	body: string;
	sentAt?: string;
	maskedKinds?: string[];
	/** The body was already cut before cleaning (a huge raw message); tagged body_truncated. */
	truncated?: boolean;
};

export interface IntakeOptions {
	/** Used when the message carries no timestamp of its own. */
	now: string;
	/** Longest body kept, in characters; longer bodies are cut and tagged. */
	maxBodyLength: number;
	/** Language to assume when detection gives no answer ('und' keeps it unknown). */
	fallbackLanguage: string;
}

export const DEFAULT_MAX_BODY_LENGTH = 20000;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const REPLACEMENT_CHARACTER = '\ufffd';

const SENDER_KEYS = ['id', 'email', 'phone', 'telegramId', 'whatsappId', 'viberId'] as const;
const SURROGATE = /[\ud800-\udfff]/;

function hasSender(player: PlayerRef): boolean {
	return SENDER_KEYS.some((key) => typeof player[key] === 'string' && (player[key] as string).trim() !== '');
}

/** Unix line ends, lone surrogates replaced; the scans run only when such characters occur. */
function normaliseBody(body: string): string {
	let text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
	if (SURROGATE.test(text)) text = text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);
	return text.trim();
}

export function buildTicket(message: IncomingMessage, options: IntakeOptions): Ticket {
	if (!hasSender(message.player)) {
		throw new DomainError('The message has no sender', {
			field: 'player',
			hint: 'The payload must identify the player (id, e-mail, phone or messenger id).',
		});
	}
	// Lone surrogates (broken UTF-16 from a bad decoder) would make the ticket unstorable.
	let body = normaliseBody(message.body);
	if (body === '' && !(message.subject ?? '').trim()) {
		throw new DomainError('The message is empty', { field: 'body', hint: 'Send the player text in the message body.' });
	}
	const tags: string[] = [`channel:${message.channel}`];
	if (body.length > options.maxBodyLength) {
		// Never cut a surrogate pair in half.
		const end = /[\ud800-\udbff]/.test(body.charAt(options.maxBodyLength - 1)) ? options.maxBodyLength - 1 : options.maxBodyLength;
		body = body.slice(0, end);
		tags.push('body_truncated');
	} else if (message.truncated) {
		tags.push('body_truncated');
	}
	// Bytes that were not valid UTF-8 reach us as U+FFFD: the agent should know text is missing.
	if (body.includes(REPLACEMENT_CHARACTER)) tags.push('invalid_utf8');
	for (const kind of message.maskedKinds ?? []) tags.push(`masked:${kind}`);

	const text = [message.subject ?? '', body].filter(Boolean).join('\n');
	const guess = detectLanguage(text);
	const language = guess.language === 'und' ? options.fallbackLanguage : guess.language;
	const classification = classifyMessage(text, language);
	for (const marker of classification.markers) tags.push(`rg:${marker}`);
	for (const tag of classification.tags) if (!tags.includes(tag)) tags.push(tag);

	const createdAt = normaliseTimestamp(message.sentAt) ?? options.now;
	const ticket: Ticket = {
		schemaVersion: TICKET_SCHEMA_VERSION,
		id: ticketId(message),
		channel: message.channel,
		externalId: message.externalId,
		threadKey: message.threadKey,
		player: message.player,
		body,
		language,
		category: classification.category,
		complexity: classification.complexity,
		priority: classification.priority,
		tags,
		status: 'new',
		createdAt,
		updatedAt: createdAt,
		history: [
			{
				at: createdAt,
				event: 'created',
				detail: {
					languageConfidence: round(guess.confidence),
					categoryConfidence: round(classification.confidence),
					markers: classification.markers,
				},
			},
		],
	};
	if (message.subject !== undefined) ticket.subject = message.subject;
	if (message.referencedTicketId !== undefined) ticket.referencedTicketId = message.referencedTicketId;
	return ticket;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

// What the channel parsers already produce (Date#toISOString): nothing to redo.
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function normaliseTimestamp(value: string | undefined): string | undefined {
	if (!value) return undefined;
	if (CANONICAL_UTC.test(value)) return value;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
