import { randomBytes } from 'crypto';
import http from 'http';
import type { AddressInfo, Server, Socket } from 'net';

import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/**
 * Reference channel gateway: a local stand-in for the messaging providers that reply delivery
 * calls (Telegram Bot API, WhatsApp Cloud API, Viber REST bot API) plus an SMTP sink. Dev tooling
 * only; it is not shipped in the pack. The request shapes, auth and error bodies follow each
 * provider's public documentation (see docs/channel-gateway.md).
 */

export type Channel = 'telegram' | 'whatsapp' | 'viber';
export type GatewayFaultMode = '429' | '500' | 'hang' | 'drop' | 'slow';

export const CHANNELS: readonly Channel[] = ['telegram', 'whatsapp', 'viber'];
const FAULT_MODES: readonly GatewayFaultMode[] = ['429', '500', 'hang', 'drop', 'slow'];

export const GATEWAY_DEFAULTS = {
	port: 5681,
	smtpPort: 2525,
	telegramToken: '123456:demo-telegram-token',
	whatsappToken: 'demo-whatsapp-token',
	whatsappPhoneNumberId: '100200300',
	viberToken: 'demo-viber-token',
} as const;

export interface ChannelGatewayOptions {
	/** HTTP port; 0 (the default) takes any free port. */
	port?: number;
	/** SMTP port; 0 (the default) takes any free port. */
	smtpPort?: number;
	host?: '127.0.0.1';
	/** Bot tokens Telegram accepts; default the one demo token. */
	telegramTokens?: string[];
	/** Bearer tokens WhatsApp accepts; default the one demo token. */
	whatsappTokens?: string[];
	/** WhatsApp business phone number ids that exist; default the one demo id. */
	whatsappPhoneNumberIds?: string[];
	/** X-Viber-Auth-Token values Viber accepts; default the one demo token. */
	viberTokens?: string[];
	/** Enforce WhatsApp's 24-hour customer-service window; default true. */
	whatsappWindow?: boolean;
	/** Viber receivers that are not subscribed to the bot (status 6). */
	viberUnsubscribed?: string[];
	/**
	 * Answer a repeated Idempotency-Key with the first answer instead of sending again, as a
	 * messaging gateway that honours keys does; default false, as Telegram, WhatsApp and Viber.
	 */
	honourIdempotencyKeys?: boolean;
}

export interface RecordedAnswer {
	status: number;
	headers: Record<string, string>;
	body: unknown;
	at: string;
}

export interface RecordedRequest {
	id: number;
	channel: Channel | 'other';
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[]>;
	/** The parsed body (JSON or form fields), the raw text when it could not be parsed, or null when empty. */
	body: unknown;
	receivedAt: string;
	/** Set when an injected fault answered (or swallowed) this request. */
	fault?: GatewayFaultMode;
	/** With honourIdempotencyKeys: the request whose answer this repeated key got (nothing sent again). */
	replayOf?: number;
	/** Null while unanswered: hung or dropped requests never get one. */
	answer: RecordedAnswer | null;
}

export interface RecordedMail {
	id: number;
	receivedAt: string;
	envelope: { from: string; to: string[] };
	auth: { method: string; username: string } | null;
	messageId: string | null;
	inReplyTo: string | null;
	references: string[];
	subject: string | null;
	from: string | null;
	to: string | null;
	cc: string | null;
	date: string | null;
	/** Every header as sent, unfolded; keys lower-case, repeated headers as arrays. */
	headers: Record<string, string | string[]>;
	text: string | null;
	html: string | null;
}

export interface GatewayConfig {
	whatsappWindow: boolean;
	viberUnsubscribed: string[];
	honourIdempotencyKeys: boolean;
}

export interface ChannelGateway {
	url: string;
	smtpPort: number;
	close(): Promise<void>;
	requests(): RecordedRequest[];
	mail(): RecordedMail[];
	/** Forgets recorded requests and mail, pending faults, WhatsApp inbound times and config changes. */
	reset(): void;
}

interface Answer {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

interface PendingFault {
	mode: GatewayFaultMode;
	remaining: number;
	retryAfter: number;
	/** slow: the message is accepted (sent to the player) at once, the answer comes this much later. */
	delayMs: number;
}

/** A provider error: carries the exact answer the provider would give. */
class Refusal extends Error {
	constructor(readonly answer: Answer) {
		super(`refused with ${answer.status}`);
	}
}

const MAX_BODY_BYTES = 1_000_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

// ---------------------------------------------------------------- bodies

type ParsedBody = { ok: true; value: unknown; raw: string } | { ok: false; raw: string };

/** Form bodies are read as fields only when `formFields` (the request said so and the provider takes them). */
function parseBody(raw: string, formFields: boolean): ParsedBody {
	if (raw.trim() === '') return { ok: true, value: null, raw };
	if (formFields) return { ok: true, value: Object.fromEntries(new URLSearchParams(raw)), raw };
	try {
		return { ok: true, value: JSON.parse(raw) as unknown, raw };
	} catch {
		return { ok: false, raw };
	}
}

/** Form-encoded requests carry nested objects as JSON strings (Telegram and Graph both allow it). */
function nestedField(params: Record<string, unknown>, name: string, refusal: () => Answer): unknown {
	const value = params[name];
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value) as unknown;
	} catch {
		throw new Refusal(refusal());
	}
}

function readRaw(req: http.IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				reject(new Error('too large'));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of Object.entries(headers)) if (value !== undefined) out[key] = value;
	return out;
}

// ---------------------------------------------------------------- Telegram Bot API

const TELEGRAM_PATH = /^\/bot([^/]+)\/([A-Za-z]+)$/;
const TELEGRAM_PARSE_MODES = ['markdown', 'markdownv2', 'html'];

function telegramError(status: number, description: string, retryAfter?: number): Answer {
	const body: Record<string, unknown> = { ok: false, error_code: status, description };
	if (retryAfter === undefined) return { status, body };
	body.parameters = { retry_after: retryAfter };
	return { status, body, headers: { 'Retry-After': String(retryAfter) } };
}

const telegramBadRequest = (what: string) => telegramError(400, `Bad Request: ${what}`);

/** The bot as a message's `from` (User); getMe adds the bot-only capability fields. */
function telegramBot(token: string) {
	const id = Number(token.split(':')[0]);
	return { id: Number.isSafeInteger(id) ? id : 0, is_bot: true, first_name: 'Demo Support Bot', username: 'demo_support_bot' };
}

function telegramChat(value: unknown): Record<string, unknown> {
	if (value === undefined || value === null || String(value).trim() === '') throw new Refusal(telegramBadRequest('chat_id is empty'));
	const text = String(value).trim();
	if (/^-?\d{1,16}$/.test(text)) {
		const id = Number(text);
		return { id, type: id > 0 ? 'private' : id < -1_000_000_000_000 ? 'supergroup' : 'group' };
	}
	if (/^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(text)) {
		let hash = 0;
		for (const char of text.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_000;
		return { id: -1_000_000_000_000 - hash, type: 'channel', username: text.slice(1) };
	}
	throw new Refusal(telegramBadRequest('chat not found'));
}

function checkInlineKeyboard(markup: unknown): void {
	if (!isObject(markup) || markup.inline_keyboard === undefined) return;
	const rows = markup.inline_keyboard;
	if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
		throw new Refusal(telegramBadRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'));
	}
	for (const button of rows.flat() as unknown[]) {
		if (!isObject(button) || !nonEmptyString(button.text)) {
			throw new Refusal(telegramBadRequest("can't parse inline keyboard button: Field \"text\" must be of type String"));
		}
		const actions = ['callback_data', 'url', 'switch_inline_query', 'switch_inline_query_current_chat', 'web_app', 'login_url', 'pay', 'copy_text'];
		if (!actions.some((action) => button[action] !== undefined)) {
			throw new Refusal(telegramBadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"));
		}
		const data = button.callback_data;
		if (data !== undefined && (typeof data !== 'string' || Buffer.byteLength(data) < 1 || Buffer.byteLength(data) > 64)) {
			throw new Refusal(telegramBadRequest('BUTTON_DATA_INVALID'));
		}
	}
}

// ---------------------------------------------------------------- WhatsApp Cloud API (Graph)

const WHATSAPP_PATH = /^\/(v\d+(?:\.\d+)?)\/([^/]+)\/messages$/;
const WHATSAPP_TYPES = ['text', 'interactive', 'template'];

function fbtraceId(): string {
	return randomBytes(8).toString('base64url');
}

function graphError(status: number, code: number, title: string, details?: string, extra: Record<string, unknown> = {}): Answer {
	const error: Record<string, unknown> = { message: `(#${code}) ${title}`, type: 'OAuthException', code, ...extra };
	if (details !== undefined) error.error_data = { messaging_product: 'whatsapp', details };
	error.fbtrace_id = fbtraceId();
	return { status, body: { error } };
}

const graphInvalid = (details: string) => graphError(400, 100, 'Invalid parameter', details);
const graphMissing = (details: string) => graphError(400, 131008, 'Required parameter is missing', details);
const graphValue = (details: string) => graphError(400, 131009, 'Parameter value is not valid', details);

function graphBadToken(): Answer {
	const message = 'Invalid OAuth access token - Cannot parse access token';
	return {
		status: 401,
		body: { error: { message, type: 'OAuthException', code: 190, fbtrace_id: fbtraceId() } },
		headers: { 'WWW-Authenticate': `OAuth "Facebook Platform" "invalid_token" "${message}"` },
	};
}

function unsupportedGraphRequest(method: string, objectId: string): Answer {
	const message =
		`Unsupported ${method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to ` +
		'missing permissions, or does not support this operation. Please read the Graph API documentation at ' +
		'https://developers.facebook.com/docs/graph-api';
	return {
		status: 400,
		body: { error: { message, type: 'GraphMethodException', code: 100, error_subcode: 33, fbtrace_id: fbtraceId() } },
	};
}

/** Checks a string field: present (131008 when not), a string of at most `max` characters (131009 when not). */
function graphText(value: unknown, name: string, max: number, required = true): void {
	if (value === undefined || value === null || value === '') {
		if (required) throw new Refusal(graphMissing(`The parameter ${name} is required.`));
		return;
	}
	if (typeof value !== 'string') throw new Refusal(graphValue(`Param ${name} must be a string.`));
	if ([...value].length > max) throw new Refusal(graphValue(`Param ${name} must be at most ${max} characters long.`));
}

function uniqueIds(ids: unknown[], what: string): void {
	if (new Set(ids).size !== ids.length) throw new Refusal(graphValue(`${what} ids must be unique.`));
}

function checkWhatsappInteractive(interactive: unknown): void {
	if (!isObject(interactive)) throw new Refusal(graphMissing('The parameter interactive is required.'));
	const kind = interactive.type;
	if (kind !== 'button' && kind !== 'list' && kind !== 'cta_url') {
		throw new Refusal(graphValue('Param interactive[\'type\'] must be one of {button, list, cta_url}.'));
	}
	const body = isObject(interactive.body) ? interactive.body : {};
	graphText(body.text, "interactive['body']['text']", kind === 'list' ? 4096 : 1024);
	if (isObject(interactive.footer)) graphText(interactive.footer.text, "interactive['footer']['text']", 60);
	const action = isObject(interactive.action) ? interactive.action : undefined;
	if (!action) throw new Refusal(graphMissing("The parameter interactive['action'] is required."));
	if (kind === 'button') {
		const buttons = action.buttons;
		if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) {
			const count = Array.isArray(buttons) ? buttons.length : 0;
			throw new Refusal(graphValue(`Button count is ${count}; interactive messages take 1 to 3 reply buttons.`));
		}
		buttons.forEach((button: unknown, index) => {
			const reply = isObject(button) && button.type === 'reply' && isObject(button.reply) ? button.reply : undefined;
			if (!reply) throw new Refusal(graphValue(`Button ${index + 1} must be of type reply with a reply object.`));
			graphText(reply.id, `buttons[${index}]['reply']['id']`, 256);
			graphText(reply.title, `buttons[${index}]['reply']['title']`, 20);
		});
		uniqueIds(buttons.map((b: Record<string, Record<string, unknown>>) => b.reply.id), 'Button');
	} else if (kind === 'list') {
		graphText(action.button, "interactive['action']['button']", 20);
		const sections = action.sections;
		if (!Array.isArray(sections) || sections.length < 1 || sections.length > 10) {
			throw new Refusal(graphValue('A list message takes 1 to 10 sections.'));
		}
		const rows: Array<Record<string, unknown>> = [];
		sections.forEach((section: unknown, index) => {
			if (!isObject(section) || !Array.isArray(section.rows) || section.rows.length === 0) {
				throw new Refusal(graphMissing(`The parameter sections[${index}]['rows'] is required.`));
			}
			graphText(section.title, `sections[${index}]['title']`, 24, sections.length > 1);
			rows.push(...(section.rows as Array<Record<string, unknown>>));
		});
		if (rows.length > 10) throw new Refusal(graphValue(`Total row count exceed max allowed count: 10 (got ${rows.length}).`));
		rows.forEach((row, index) => {
			if (!isObject(row)) throw new Refusal(graphValue(`Row ${index + 1} must be an object.`));
			graphText(row.id, `rows[${index}]['id']`, 200);
			graphText(row.title, `rows[${index}]['title']`, 24);
			graphText(row.description, `rows[${index}]['description']`, 72, false);
		});
		uniqueIds(rows.map((row) => row.id), 'Row');
	} else {
		const parameters = isObject(action.parameters) ? action.parameters : {};
		graphText(parameters.display_text, "action['parameters']['display_text']", 20);
		graphText(parameters.url, "action['parameters']['url']", 2000);
	}
}

function checkWhatsappTemplate(template: unknown): void {
	if (!isObject(template)) throw new Refusal(graphMissing('The parameter template is required.'));
	graphText(template.name, "template['name']", 512);
	const language = isObject(template.language) ? template.language : {};
	graphText(language.code, "template['language']['code']", 15);
	if (template.components !== undefined && !Array.isArray(template.components)) {
		throw new Refusal(graphValue("Param template['components'] must be an array."));
	}
}

// ---------------------------------------------------------------- Viber REST bot API

const VIBER_STATUS: Record<number, string> = {
	0: 'ok',
	1: 'invalidUrl',
	2: 'invalidAuthToken',
	3: 'badData',
	4: 'missingData',
	6: 'receiverNotSubscribed',
	12: 'tooManyRequests',
};
const VIBER_HOSTNAME = 'SN-CHAT-01_';
const VIBER_MESSAGE_TYPES = ['text', 'picture', 'video', 'file', 'location', 'contact', 'sticker', 'url', 'rich_media'];
const VIBER_EVENTS = ['subscribed', 'unsubscribed', 'conversation_started', 'delivered', 'failed', 'message', 'seen'];

/** Viber answers HTTP 200 whatever happened; the outcome is the `status` field. */
function viberStatus(status: number, statusMessage = VIBER_STATUS[status], extra: Record<string, unknown> = {}): Answer {
	return { status: 200, body: { status, status_message: statusMessage, chat_hostname: VIBER_HOSTNAME, ...extra } };
}

const viberRefuse = (status: number) => new Refusal(viberStatus(status));

function checkViberKeyboard(keyboard: unknown): void {
	if (keyboard === undefined) return;
	if (!isObject(keyboard) || keyboard.Type !== 'keyboard' || !Array.isArray(keyboard.Buttons)) throw viberRefuse(3);
	const buttons = keyboard.Buttons as unknown[];
	if (buttons.length < 1 || buttons.length > 24) throw viberRefuse(3);
	for (const button of buttons) {
		if (!isObject(button) || typeof button.ActionBody !== 'string') throw viberRefuse(3);
		for (const [field, max] of [['Columns', 6], ['Rows', 2]] as const) {
			const value = button[field];
			if (value !== undefined && (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max)) throw viberRefuse(3);
		}
	}
}

function viberUrlIsValid(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

// ---------------------------------------------------------------- the gateway

function listenOn(server: Server, port: number, host: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

export async function startChannelGateway(options: ChannelGatewayOptions = {}): Promise<ChannelGateway> {
	const host = options.host ?? '127.0.0.1';
	const telegramTokens = new Set(options.telegramTokens ?? [GATEWAY_DEFAULTS.telegramToken]);
	const whatsappTokens = new Set(options.whatsappTokens ?? [GATEWAY_DEFAULTS.whatsappToken]);
	const whatsappPhoneIds = new Set(options.whatsappPhoneNumberIds ?? [GATEWAY_DEFAULTS.whatsappPhoneNumberId]);
	const viberTokens = new Set(options.viberTokens ?? [GATEWAY_DEFAULTS.viberToken]);
	const initialConfig = (): GatewayConfig => ({
		whatsappWindow: options.whatsappWindow ?? true,
		viberUnsubscribed: [...(options.viberUnsubscribed ?? [])],
		honourIdempotencyKeys: options.honourIdempotencyKeys ?? false,
	});

	let config = initialConfig();
	let records: RecordedRequest[] = [];
	let mails: RecordedMail[] = [];
	let faults = new Map<Channel, PendingFault[]>();
	let inbound = new Map<string, number>();
	let accepted = new Map<string, RecordedRequest>();
	let nextRecordId = 1;
	let nextMailId = 1;
	let telegramMessageId = 1000;
	let viberToken = 5_741_311_803_571_000;
	const sockets = new Set<Socket>();
	const hanging = new Set<http.ServerResponse>();

	const reply = (res: http.ServerResponse, answer: Answer, record?: RecordedRequest): void => {
		const isText = typeof answer.body === 'string';
		const text = isText ? (answer.body as string) : JSON.stringify(answer.body);
		const headers = {
			'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
			...answer.headers,
		};
		if (record) record.answer = { status: answer.status, headers, body: answer.body, at: new Date().toISOString() };
		res.writeHead(answer.status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
		res.end(text);
	};

	const takeFault = (channel: Channel | 'other'): PendingFault | undefined => {
		if (channel === 'other') return undefined;
		const queue = faults.get(channel);
		const fault = queue?.[0];
		if (!queue || !fault) return undefined;
		fault.remaining--;
		if (fault.remaining <= 0) queue.shift();
		return fault;
	};

	const faultAnswer = (channel: Channel, fault: PendingFault): Answer => {
		if (fault.mode === '429') {
			if (channel === 'telegram') return telegramError(429, `Too Many Requests: retry after ${fault.retryAfter}`, fault.retryAfter);
			if (channel === 'viber') return viberStatus(12);
			const answer = graphError(429, 130429, 'Rate limit hit', 'Cloud API message throughput has been reached.');
			return { ...answer, headers: { 'Retry-After': String(fault.retryAfter) } };
		}
		if (channel === 'telegram') return telegramError(500, 'Internal Server Error');
		if (channel === 'viber') return { status: 500, body: 'Internal Server Error' };
		return graphError(500, 131000, 'Something went wrong', 'Message failed to send due to an unknown error.');
	};

	// ------------------------------------------------ providers

	const telegram = (url: URL, parsed: ParsedBody): Answer => {
		const match = TELEGRAM_PATH.exec(url.pathname);
		if (!match) return telegramError(404, 'Not Found');
		const token = decodeURIComponent(match[1]);
		if (!telegramTokens.has(token)) return telegramError(401, 'Unauthorized');
		const fromBody = parsed.ok && isObject(parsed.value) ? parsed.value : {};
		const params: Record<string, unknown> = { ...Object.fromEntries(url.searchParams), ...fromBody };
		switch (match[2].toLowerCase()) {
			case 'getme':
				return {
					status: 200,
					body: {
						ok: true,
						result: { ...telegramBot(token), can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false },
					},
				};
			case 'sendmessage': {
				const chat = telegramChat(params.chat_id);
				const text = params.text === undefined || params.text === null ? '' : String(params.text);
				if (text.trim() === '') return telegramBadRequest('message text is empty');
				if ([...text].length > 4096) return telegramBadRequest('message is too long');
				const parseMode = params.parse_mode;
				if (nonEmptyString(parseMode) && !TELEGRAM_PARSE_MODES.includes(parseMode.toLowerCase())) {
					return telegramBadRequest(`unsupported parse_mode`);
				}
				const replyParameters = nestedField(params, 'reply_parameters', () =>
					telegramBadRequest("can't parse reply parameters JSON object"),
				);
				if (replyParameters !== undefined) {
					const messageId = isObject(replyParameters) ? Number(replyParameters.message_id) : NaN;
					if (!Number.isInteger(messageId) || messageId <= 0) return telegramBadRequest('message to be replied not found');
				}
				const markup = nestedField(params, 'reply_markup', () => telegramBadRequest("can't parse reply keyboard markup JSON object"));
				checkInlineKeyboard(markup);
				const result: Record<string, unknown> = {
					message_id: ++telegramMessageId,
					from: telegramBot(token),
					chat,
					date: Math.floor(Date.now() / 1000),
					text,
				};
				if (isObject(markup) && markup.inline_keyboard !== undefined) result.reply_markup = { inline_keyboard: markup.inline_keyboard };
				return { status: 200, body: { ok: true, result } };
			}
			case 'answercallbackquery':
				if (!nonEmptyString(params.callback_query_id)) {
					return telegramBadRequest('query is too old and response timeout expired or query ID is invalid');
				}
				if (params.text !== undefined && [...String(params.text)].length > 200) return telegramBadRequest('MESSAGE_TOO_LONG');
				return { status: 200, body: { ok: true, result: true } };
			default:
				return telegramError(404, 'Not Found');
		}
	};

	const whatsapp = (req: http.IncomingMessage, url: URL, parsed: ParsedBody): Answer => {
		const match = WHATSAPP_PATH.exec(url.pathname);
		if (!match) return unsupportedGraphRequest(req.method ?? 'GET', url.pathname.split('/')[2] ?? '');
		const [scheme, bearer = ''] = (req.headers.authorization ?? '').split(' ', 2);
		const token = /^bearer$/i.test(scheme) ? bearer : (url.searchParams.get('access_token') ?? '');
		if (!whatsappTokens.has(token)) return graphBadToken();
		const phoneId = decodeURIComponent(match[2]);
		if (req.method !== 'POST' || !whatsappPhoneIds.has(phoneId)) return unsupportedGraphRequest(req.method ?? 'GET', phoneId);
		if (!parsed.ok || !isObject(parsed.value)) return graphInvalid('The request body must be a JSON object.');
		const body = parsed.value;
		if (body.messaging_product === undefined) return graphMissing('The parameter messaging_product is required.');
		if (body.messaging_product !== 'whatsapp') {
			return graphInvalid(`Param messaging_product must be one of {WHATSAPP} - got "${String(body.messaging_product)}".`);
		}
		if (body.status === 'read') {
			graphText(body.message_id, 'message_id', 512);
			return { status: 200, body: { success: true } };
		}
		if (body.recipient_type !== undefined && body.recipient_type !== 'individual') {
			return graphInvalid(`Param recipient_type must be one of {INDIVIDUAL} - got "${String(body.recipient_type)}".`);
		}
		graphText(body.to, 'to', 32);
		const to = String(body.to);
		const waId = to.replace(/\D/g, '');
		if (waId.length < 5 || waId.length > 15) return graphValue(`Param to is not a valid phone number: "${to}".`);
		const type = body.type ?? 'text';
		if (typeof type !== 'string' || !WHATSAPP_TYPES.includes(type)) {
			return graphInvalid(`Param type must be one of {${WHATSAPP_TYPES.join(', ')}} - got "${String(type)}".`);
		}
		const refuseNested = () => graphInvalid('A nested parameter is not valid JSON.');
		const context = nestedField(body, 'context', refuseNested);
		if (context !== undefined) graphText(isObject(context) ? context.message_id : undefined, "context['message_id']", 512);
		const content = nestedField(body, type, refuseNested);
		if (type === 'text') {
			if (!isObject(content)) return graphMissing("The parameter text['body'] is required.");
			graphText(content.body, "text['body']", 4096);
			if (content.preview_url !== undefined && typeof content.preview_url !== 'boolean') {
				return graphValue("Param text['preview_url'] must be a boolean.");
			}
		} else if (type === 'interactive') {
			checkWhatsappInteractive(content);
		} else {
			checkWhatsappTemplate(content);
		}
		if (type !== 'template' && config.whatsappWindow) {
			const last = inbound.get(waId);
			if (last === undefined || Date.now() - last > DAY_MS) {
				return graphError(
					400,
					131047,
					'Re-engagement message',
					'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
				);
			}
		}
		const message: Record<string, unknown> = { id: `wamid.${randomBytes(30).toString('base64')}` };
		if (type === 'template') message.message_status = 'accepted';
		return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: waId }], messages: [message] } };
	};

	const viber = (req: http.IncomingMessage, url: URL, parsed: ParsedBody): Answer => {
		const method = url.pathname.slice('/pa/'.length);
		if (req.method !== 'POST' || (method !== 'send_message' && method !== 'set_webhook')) {
			return { status: 404, body: { error: 'not_found', message: `No route ${req.method} ${url.pathname}` } };
		}
		const token = req.headers['x-viber-auth-token'];
		if (typeof token !== 'string' || token === '') return viberStatus(2, 'missing_auth_token');
		if (!viberTokens.has(token)) return viberStatus(2);
		if (!parsed.ok || !isObject(parsed.value)) return viberStatus(3);
		const body = parsed.value;
		if (method === 'set_webhook') {
			if (typeof body.url !== 'string') return viberStatus(body.url === undefined ? 4 : 3);
			if (body.url !== '' && !viberUrlIsValid(body.url)) return viberStatus(1);
			const events = body.event_types ?? VIBER_EVENTS;
			if (!Array.isArray(events) || !events.every((event) => VIBER_EVENTS.includes(event as string))) return viberStatus(3);
			return viberStatus(0, 'ok', { event_types: events });
		}
		if (Buffer.byteLength(JSON.stringify(body)) > 30 * 1024) return viberStatus(3);
		const sender = body.sender;
		if (!nonEmptyString(body.receiver) || !isObject(sender) || !nonEmptyString(sender.name) || body.type === undefined) {
			return viberStatus(4);
		}
		if ([...sender.name].length > 28 || (sender.avatar !== undefined && typeof sender.avatar !== 'string')) return viberStatus(3);
		if (typeof body.type !== 'string' || !VIBER_MESSAGE_TYPES.includes(body.type)) return viberStatus(3);
		if (body.type === 'text') {
			if (body.text === undefined || body.text === '') return viberStatus(4);
			if (typeof body.text !== 'string' || [...body.text].length > 7000) return viberStatus(3);
		}
		const tracking = body.tracking_data;
		if (tracking !== undefined && (typeof tracking !== 'string' || tracking.length > 4000)) return viberStatus(3);
		const minApi = body.min_api_version;
		if (minApi !== undefined && (!Number.isInteger(Number(minApi)) || Number(minApi) < 1)) return viberStatus(3);
		checkViberKeyboard(body.keyboard);
		if (config.viberUnsubscribed.includes(body.receiver)) return viberStatus(6);
		return viberStatus(0, 'ok', { message_token: ++viberToken });
	};

	// ------------------------------------------------ control API

	const controlError = (message: string): Answer => ({ status: 400, body: { error: 'invalid_request', message } });

	const control = (req: http.IncomingMessage, url: URL, parsed: ParsedBody): Answer => {
		const route = `${req.method} ${url.pathname}`;
		const body = parsed.ok && isObject(parsed.value) ? parsed.value : {};
		switch (route) {
			case 'GET /_gateway/health':
				return { status: 200, body: { status: 'ok', channels: CHANNELS, smtpPort, requests: records.length, mail: mails.length } };
			case 'GET /_gateway/requests': {
				const channel = url.searchParams.get('channel');
				if (channel !== null && !CHANNELS.includes(channel as Channel)) {
					return controlError(`"channel" must be one of ${CHANNELS.join(', ')}`);
				}
				return { status: 200, body: { requests: channel === null ? records : records.filter((r) => r.channel === channel) } };
			}
			case 'DELETE /_gateway/requests':
				reset();
				return { status: 200, body: { reset: true } };
			case 'GET /_gateway/mail':
				return { status: 200, body: { mail: mails } };
			case 'POST /_gateway/faults': {
				const { channel, mode } = body;
				const count = body.count ?? 1;
				const retryAfter = body.retryAfter ?? 1;
				const delayMs = body.delayMs ?? 10_000;
				if (!CHANNELS.includes(channel as Channel)) return controlError(`"channel" must be one of ${CHANNELS.join(', ')}`);
				if (!FAULT_MODES.includes(mode as GatewayFaultMode)) return controlError(`"mode" must be one of ${FAULT_MODES.join(', ')}`);
				if (!Number.isInteger(count) || (count as number) < 1) return controlError('"count" must be a whole number >= 1');
				if (!Number.isInteger(retryAfter) || (retryAfter as number) < 0) return controlError('"retryAfter" must be a whole number >= 0');
				if (!Number.isInteger(delayMs) || (delayMs as number) < 0) return controlError('"delayMs" must be a whole number >= 0');
				const queue = faults.get(channel as Channel) ?? [];
				queue.push({ mode: mode as GatewayFaultMode, remaining: count as number, retryAfter: retryAfter as number, delayMs: delayMs as number });
				faults.set(channel as Channel, queue);
				return {
					status: 200,
					body: {
						channel,
						pending: queue.map((f) => ({ mode: f.mode, count: f.remaining, retryAfter: f.retryAfter, ...(f.mode === 'slow' ? { delayMs: f.delayMs } : {}) })),
					},
				};
			}
			case 'POST /_gateway/whatsapp/inbound': {
				const waId = typeof body.wa_id === 'string' || typeof body.wa_id === 'number' ? String(body.wa_id).replace(/\D/g, '') : '';
				if (waId === '') return controlError('"wa_id" must be a phone number (digits)');
				const at = body.at === undefined ? Date.now() : typeof body.at === 'number' ? body.at : Date.parse(String(body.at));
				if (!Number.isFinite(at)) return controlError('"at" must be an ISO date or epoch milliseconds');
				inbound.set(waId, at);
				return { status: 200, body: { wa_id: waId, at: new Date(at).toISOString() } };
			}
			case 'GET /_gateway/config':
				return { status: 200, body: config };
			case 'POST /_gateway/config': {
				if (body.whatsappWindow !== undefined && typeof body.whatsappWindow !== 'boolean') {
					return controlError('"whatsappWindow" must be a boolean');
				}
				if (body.honourIdempotencyKeys !== undefined && typeof body.honourIdempotencyKeys !== 'boolean') {
					return controlError('"honourIdempotencyKeys" must be a boolean');
				}
				const unsubscribed = body.viberUnsubscribed;
				if (unsubscribed !== undefined && (!Array.isArray(unsubscribed) || !unsubscribed.every(nonEmptyString))) {
					return controlError('"viberUnsubscribed" must be an array of receiver ids');
				}
				config = {
					whatsappWindow: (body.whatsappWindow as boolean | undefined) ?? config.whatsappWindow,
					viberUnsubscribed: (unsubscribed as string[] | undefined) ?? config.viberUnsubscribed,
					honourIdempotencyKeys: (body.honourIdempotencyKeys as boolean | undefined) ?? config.honourIdempotencyKeys,
				};
				return { status: 200, body: config };
			}
			default:
				return { status: 404, body: { error: 'not_found', message: `No route ${route}` } };
		}
	};

	/** The provider took the message (Viber says so with status 0 inside an HTTP 200). */
	const isAccepted = (answer: Answer): boolean =>
		answer.status === 200 && !(isObject(answer.body) && typeof answer.body.status === 'number' && answer.body.status !== 0) && !(isObject(answer.body) && answer.body.ok === false);

	const channelOf = (pathname: string): Channel | 'other' => {
		if (pathname.startsWith('/bot')) return 'telegram';
		if (pathname.startsWith('/pa/')) return 'viber';
		if (/^\/v\d/.test(pathname)) return 'whatsapp';
		return 'other';
	};

	const provider = (channel: Channel | 'other', req: http.IncomingMessage, url: URL, parsed: ParsedBody): Answer => {
		try {
			if (channel === 'telegram') return telegram(url, parsed);
			if (channel === 'whatsapp') return whatsapp(req, url, parsed);
			if (channel === 'viber') return viber(req, url, parsed);
			return { status: 404, body: { error: 'not_found', message: `No route ${req.method} ${url.pathname}` } };
		} catch (error) {
			if (error instanceof Refusal) return error.answer;
			throw error;
		}
	};

	const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
		const url = new URL(req.url ?? '/', 'http://gateway.local');
		let raw: string;
		try {
			raw = await readRaw(req);
		} catch {
			if (!res.headersSent) reply(res, { status: 413, body: { error: 'payload_too_large', message: 'Body is too large' } });
			return;
		}
		const channel = channelOf(url.pathname);
		// Viber reads the body as JSON whatever the Content-Type says (its own curl examples send none).
		const form = channel !== 'viber' && (req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
		const parsed = parseBody(raw, form);
		if (url.pathname.startsWith('/_gateway/')) {
			reply(res, control(req, url, parsed));
			return;
		}
		const record: RecordedRequest = {
			id: nextRecordId++,
			channel,
			method: req.method ?? 'GET',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: flatHeaders(req.headers),
			body: parsed.ok ? parsed.value : parsed.raw,
			receivedAt: new Date().toISOString(),
			answer: null,
		};
		records.push(record);
		const key = req.headers['idempotency-key'];
		const first = config.honourIdempotencyKeys && typeof key === 'string' ? accepted.get(`${channel} ${key}`) : undefined;
		if (first?.answer) {
			record.replayOf = first.id;
			reply(res, { status: first.answer.status, body: first.answer.body, headers: first.answer.headers }, record);
			return;
		}
		const fault = takeFault(channel);
		if (fault && channel !== 'other') {
			record.fault = fault.mode;
			if (fault.mode === 'slow') {
				// Sent to the player now; the caller hears of it later (or never, if it dies meanwhile).
				const answer = provider(channel, req, url, parsed);
				record.answer = { status: answer.status, headers: answer.headers ?? {}, body: answer.body, at: new Date().toISOString() };
				if (typeof key === 'string' && isAccepted(answer)) accepted.set(`${channel} ${key}`, record);
				hanging.add(res);
				const timer = setTimeout(() => {
					hanging.delete(res);
					if (!res.destroyed) reply(res, answer, record);
				}, fault.delayMs);
				res.on('close', () => {
					clearTimeout(timer);
					hanging.delete(res);
				});
			} else if (fault.mode === 'hang') {
				hanging.add(res);
				res.on('close', () => hanging.delete(res));
			} else if (fault.mode === 'drop') {
				req.socket.destroy();
			} else {
				reply(res, faultAnswer(channel, fault), record);
			}
			return;
		}
		const answer = provider(channel, req, url, parsed);
		if (typeof key === 'string' && isAccepted(answer)) accepted.set(`${channel} ${key}`, record);
		reply(res, answer, record);
	};

	const reset = (): void => {
		records = [];
		mails = [];
		faults = new Map();
		inbound = new Map();
		accepted = new Map();
		config = initialConfig();
		for (const res of hanging) res.socket?.destroy();
		hanging.clear();
	};

	// ------------------------------------------------ SMTP sink

	const recordMail = async (stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> => {
		const parsed = await simpleParser(stream);
		if (stream.sizeExceeded) throw Object.assign(new Error('Message exceeds the fixed maximum message size'), { responseCode: 552 });
		const headers: Record<string, string | string[]> = {};
		for (const { key, line } of parsed.headerLines) {
			const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
			const existing = headers[key];
			headers[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
		}
		const addresses = (value: typeof parsed.to) =>
			value === undefined ? null : (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
		const references = parsed.references === undefined ? [] : Array.isArray(parsed.references) ? parsed.references : [parsed.references];
		const mailFrom = session.envelope.mailFrom;
		mails.push({
			id: nextMailId++,
			receivedAt: new Date().toISOString(),
			envelope: { from: mailFrom ? mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
			auth: (session.user as RecordedMail['auth'] | undefined) ?? null,
			messageId: parsed.messageId ?? null,
			inReplyTo: parsed.inReplyTo ?? null,
			references,
			subject: parsed.subject ?? null,
			from: parsed.from?.text ?? null,
			to: addresses(parsed.to),
			cc: addresses(parsed.cc),
			date: parsed.date ? parsed.date.toISOString() : null,
			headers,
			text: parsed.text ?? null,
			html: parsed.html === false ? null : parsed.html,
		});
	};

	const smtp = new SMTPServer({
		banner: 'iGaming support reference SMTP sink',
		authOptional: true,
		allowInsecureAuth: true,
		authMethods: ['PLAIN', 'LOGIN'],
		disabledCommands: ['STARTTLS'],
		disableReverseLookup: true,
		size: 10 * 1024 * 1024,
		closeTimeout: 500,
		logger: false,
		onAuth(auth, _session, callback) {
			callback(null, { user: { method: auth.method, username: auth.username ?? '' } });
		},
		onData(stream, session, callback) {
			recordMail(stream, session).then(
				() => callback(null, 'Message accepted by the reference sink'),
				(error: Error) => callback(error),
			);
		},
	});

	// ------------------------------------------------ listen

	const server = http.createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			if (!res.headersSent) reply(res, { status: 500, body: { error: 'internal_error', message: String(error) } });
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	// A client hanging up mid-session surfaces as an 'error' event; it must not bring the sink down.
	smtp.on('error', () => undefined);
	await listenOn(server, options.port ?? 0, host);
	try {
		await listenOn(smtp.server, options.smtpPort ?? 0, host);
	} catch (error) {
		await new Promise<void>((resolve) => server.close(() => resolve()));
		throw error;
	}
	const httpPort = (server.address() as AddressInfo).port;
	const smtpPort = (smtp.server.address() as AddressInfo).port;
	const clone = <T>(value: T): T => structuredClone(value);

	return {
		url: `http://${host}:${httpPort}`,
		smtpPort,
		requests: () => clone(records),
		mail: () => clone(mails),
		reset,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await Promise.all([
				new Promise<void>((resolve) => server.close(() => resolve())),
				new Promise<void>((resolve) => smtp.close(() => resolve())),
			]);
		},
	};
}
