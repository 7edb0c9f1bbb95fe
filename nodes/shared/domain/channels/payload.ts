import { DateTime } from 'luxon';

import { DomainError } from '../errors';

/** Small readers for untrusted JSON; every failure names the dotted field path. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether an object has no own enumerable keys (without building the key list). */
export function isEmptyObject(value: JsonObject): boolean {
	for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return false;
	return true;
}

export function joinPath(prefix: string, key: string): string {
	return prefix === '' ? key : `${prefix}.${key}`;
}

/** Strings and finite numbers as a trimmed string; anything else → undefined. */
export function optionalText(value: unknown): string | undefined {
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? undefined : trimmed;
	}
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'bigint') return value.toString();
	return undefined;
}

export function requireText(value: unknown, field: string, what: string): string {
	const text = optionalText(value);
	if (text === undefined) {
		throw new DomainError(`The ${what} is missing or empty (${field})`, {
			field,
			hint: `The channel payload must carry ${field}; check that the trigger passes the message unchanged.`,
		});
	}
	return text;
}

export function requireObject(value: unknown, field: string, what: string): JsonObject {
	if (!isObject(value)) {
		throw new DomainError(`The ${what} is missing (${field})`, {
			field,
			hint: `Expected an object at ${field}.`,
		});
	}
	return value;
}

// A full UTC ISO-8601 date-time: Date.parse reads it as luxon does once day overflow is ruled out.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** The common shapes (UTC ISO string, unix time in a plausible range) without luxon; undefined otherwise. */
function fastIsoUtc(value: unknown, unit: 'seconds' | 'milliseconds' | 'auto'): string | undefined {
	if (typeof value === 'string' && ISO_UTC.test(value)) {
		const ms = Date.parse(value);
		if (Number.isNaN(ms)) return undefined;
		const iso = new Date(ms).toISOString();
		// "2026-02-30" rolls over to March in Date.parse; luxon rejects it.
		return iso.slice(0, 19) === value.slice(0, 19) ? iso : undefined;
	}
	if (typeof value === 'number' && Number.isFinite(value)) {
		const ms = unit === 'seconds' || (unit === 'auto' && value < 1e11) ? value * 1000 : value;
		// Years 1970-2100 only, so the ISO form is the plain 24-character one luxon also writes.
		return ms >= 0 && ms < 4102444800000 ? new Date(ms).toISOString() : undefined;
	}
	return undefined;
}

/** The longest RFC 2822 date with a comment is well under this; longer text is not parsed at all. */
const MAX_DATE_LENGTH = 200;

/** Unix seconds, unix milliseconds, ISO-8601 or RFC 2822 → ISO-8601 UTC. */
export function toIsoUtc(value: unknown, field: string, unit: 'seconds' | 'milliseconds' | 'auto' = 'auto'): string {
	const fast = fastIsoUtc(value, unit);
	if (fast !== undefined) return fast;
	let parsed: DateTime | undefined;
	const numeric = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
	if (numeric !== undefined && Number.isFinite(numeric)) {
		const inSeconds = unit === 'seconds' || (unit === 'auto' && numeric < 1e11);
		parsed = DateTime.fromMillis(inSeconds ? numeric * 1000 : numeric, { zone: 'utc' });
	} else if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_DATE_LENGTH) {
		const text = value.trim();
		parsed = DateTime.fromISO(text, { zone: 'utc', setZone: true });
		if (!parsed.isValid) parsed = DateTime.fromRFC2822(text, { zone: 'utc', setZone: true });
		if (!parsed.isValid) {
			const fallback = new Date(text);
			parsed = Number.isNaN(fallback.getTime()) ? undefined : DateTime.fromJSDate(fallback);
		}
	} else if (value instanceof Date && !Number.isNaN(value.getTime())) {
		parsed = DateTime.fromJSDate(value);
	}
	if (!parsed || !parsed.isValid) {
		throw new DomainError(`The message time is missing or not a date (${field})`, {
			field,
			hint: 'Expected unix seconds, unix milliseconds or an ISO-8601 / RFC 2822 date.',
		});
	}
	return parsed.toUTC().toISO({ suppressMilliseconds: false }) as string;
}

/** Drops undefined and empty values so players compare cleanly. */
export function compact<T extends object>(record: T): T {
	const result: Record<string, unknown> = {};
	for (const key of Object.keys(record)) {
		const value = (record as Record<string, unknown>)[key];
		if (value !== undefined && value !== '') result[key] = value;
	}
	return result as T;
}

export function noSenderError(field: string, channel: string): DomainError {
	return new DomainError(`The ${channel} message has no sender (${field})`, {
		field,
		hint: 'Each message must identify the player who sent it.',
	});
}

/**
 * A valid channel payload that is not a player's message (a delivery receipt, a reaction, a
 * "subscribed" event, a Telegram member update, …). Not a ticket; the node decides what to do
 * with it (pass it on marked as ignored, by default). Still a DomainError, so callers that only
 * want messages see a failure naming the field.
 */
export class NonMessageEvent extends DomainError {
	readonly channel: string;
	readonly event: string;

	constructor(channel: string, event: string, field: string, hint: string) {
		super(`The ${channel} payload is a "${event}" event, not a player message (${field})`, { field, hint });
		this.name = 'NonMessageEvent';
		this.channel = channel;
		this.event = event;
	}
}

/**
 * The body of a message that carries only attachments ("[image]", "[document: id.pdf]"), so a
 * photo of a passport sent without a caption still becomes a ticket an agent can open.
 */
export function describeAttachments(attachments: ReadonlyArray<{ kind: string; name?: string }>): string {
	return attachments.map((attachment) => (attachment.name ? `[${attachment.kind}: ${attachment.name}]` : `[${attachment.kind}]`)).join(' ');
}

/** Normalised key (lower case, letters and digits only) → the payload's own key. */
export type KeyIndex = Map<string, string>;

function normaliseKey(key: string): string {
	return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Index of a payload's own keys compared without case and punctuation ("E-mail", "email",
 * "EMAIL" are one), first spelling wins. Bounded: a payload with a million keys is indexed on its first 500.
 */
export function indexKeys(payload: JsonObject): KeyIndex {
	const index: KeyIndex = new Map();
	let seen = 0;
	for (const key in payload) {
		if (!Object.prototype.hasOwnProperty.call(payload, key)) continue;
		if (++seen > 500) break;
		if (key.length > 64) continue;
		const normal = normaliseKey(key);
		if (!index.has(normal)) index.set(normal, key);
	}
	return index;
}

/** The first of `names` (normalised keys) whose value is non-empty text or a number. */
export function pick(payload: JsonObject, index: KeyIndex, names: readonly string[]): { value: unknown; key: string } | undefined {
	for (const name of names) {
		const key = index.get(name);
		if (key !== undefined && optionalText(payload[key]) !== undefined) return { value: payload[key], key };
	}
	return undefined;
}
