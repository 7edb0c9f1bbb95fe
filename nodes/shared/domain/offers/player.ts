import { DomainError } from '../errors';
import { toNumber } from './table';

/** The player fields the offer logic reads, with the reference CRM's names as defaults. */
export const PLAYER_FIELDS = [
	'id',
	'vipTier',
	'kycStatus',
	'accountStatus',
	'selfExcluded',
	'rgFlags',
	'bonusAbuse',
	'country',
	'currency',
	'lastLoginAt',
	'deposits',
	'netResult',
	'lastOfferAt',
] as const;
export type PlayerField = (typeof PLAYER_FIELDS)[number];

export const DEFAULT_FIELD_PATHS: Record<PlayerField, string> = {
	id: 'id',
	vipTier: 'vipTier',
	kycStatus: 'kycStatus',
	accountStatus: 'accountStatus',
	selfExcluded: 'selfExcluded',
	rgFlags: 'rgFlags',
	bonusAbuse: 'bonusAbuse',
	country: 'country',
	currency: 'currency',
	lastLoginAt: 'lastLoginAt',
	deposits: 'deposits30d',
	netResult: 'netResult30d',
	lastOfferAt: 'lastOfferAt',
};

export type FieldPaths = Record<PlayerField, string[]>;

/** Validates and splits the dotted paths once per execution; blank entries keep the default. */
export function compileFieldPaths(overrides: Partial<Record<string, unknown>> = {}): FieldPaths {
	const paths = {} as FieldPaths;
	for (const field of PLAYER_FIELDS) {
		const raw = overrides[field];
		const path = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : DEFAULT_FIELD_PATHS[field];
		const segments = path.split('.');
		if (segments.some((s) => s === '')) {
			throw new DomainError(`The field path "${path}" for ${field} is not valid`, {
				field: `fieldPaths.${field}`,
				hint: 'Write a dotted path relative to the player record, such as stats.deposits30d.',
			});
		}
		paths[field] = segments;
	}
	return paths;
}

function read(root: unknown, segments: string[]): unknown {
	let current = root;
	for (const segment of segments) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[segment];
	}
	return current;
}

/**
 * A raw field value: `undefined` when absent. Looked up on the record first and then on each
 * fallback in turn (for tickets: `ticket.crm`, then `ticket.player`).
 */
export type RawPlayer = Record<PlayerField, unknown>;

export function readRawPlayer(sources: unknown[], paths: FieldPaths): RawPlayer {
	const raw = {} as RawPlayer;
	for (const field of PLAYER_FIELDS) {
		let value: unknown;
		for (const source of sources) {
			value = read(source, paths[field]);
			if (value !== undefined) break;
		}
		raw[field] = value;
	}
	return raw;
}

/** Parsed facts. `problems` lists fields that are present but unreadable (wrong type, negative deposits). */
export interface PlayerFacts {
	id: string | undefined;
	/** Lower-cased tier as given; undefined when missing. */
	tier: string | undefined;
	kycVerified: boolean;
	accountActive: boolean;
	/** undefined when missing or unreadable: the guard then fails closed. */
	selfExcluded: boolean | undefined;
	/** undefined when missing: the guard then fails closed. */
	rgFlags: string[] | undefined;
	bonusAbuse: boolean;
	country: string | undefined;
	currency: string | undefined;
	deposits: number | undefined;
	netResult: number | undefined;
	/** Epoch ms; null = never logged in; undefined = missing. */
	lastLoginMs: number | null | undefined;
	/** Epoch ms; null/undefined = never offered. */
	lastOfferMs: number | null | undefined;
	problems: Array<{ field: PlayerField; message: string }>;
}

function toFlag(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (value === 1 || value === 0) return value === 1;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (['true', 'yes', '1'].includes(text)) return true;
		if (['false', 'no', '0'].includes(text)) return false;
	}
	return undefined;
}

function toText(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return text === '' ? undefined : text;
}

function toFlags(value: unknown): string[] | undefined {
	if (Array.isArray(value)) return value.map((flag) => toText(flag)?.toLowerCase()).filter((flag): flag is string => flag !== undefined);
	if (typeof value === 'string') return value.split(',').map((flag) => flag.trim().toLowerCase()).filter(Boolean);
	return undefined;
}

export function parsePlayer(raw: RawPlayer): PlayerFacts {
	const problems: PlayerFacts['problems'] = [];
	const money = (field: 'deposits' | 'netResult', nonNegative: boolean): number | undefined => {
		const value = raw[field];
		if (value === undefined || value === null) return undefined;
		const parsed = toNumber(value);
		if (parsed === undefined) problems.push({ field, message: `must be a number, got ${JSON.stringify(value)}` });
		else if (nonNegative && parsed < 0) problems.push({ field, message: `must not be negative, got ${parsed}` });
		else return parsed;
		return undefined;
	};
	const time = (field: 'lastLoginAt' | 'lastOfferAt'): number | null | undefined => {
		const value = raw[field];
		if (value === undefined || value === null || value === '') return value === '' ? null : value;
		const ms = typeof value === 'string' ? Date.parse(value) : NaN;
		if (Number.isNaN(ms)) {
			problems.push({ field, message: `must be an ISO-8601 timestamp or null, got ${JSON.stringify(value)}` });
			return undefined;
		}
		return ms;
	};
	const selfExcluded = toFlag(raw.selfExcluded);
	if (selfExcluded === undefined && raw.selfExcluded !== undefined && raw.selfExcluded !== null) {
		problems.push({ field: 'selfExcluded', message: `must be true or false, got ${JSON.stringify(raw.selfExcluded)}` });
	}
	return {
		id: toText(raw.id),
		tier: toText(raw.vipTier)?.toLowerCase(),
		kycVerified: toText(raw.kycStatus)?.toLowerCase() === 'verified',
		accountActive: toText(raw.accountStatus)?.toLowerCase() === 'active',
		selfExcluded,
		rgFlags: toFlags(raw.rgFlags),
		bonusAbuse: toFlag(raw.bonusAbuse) !== false && raw.bonusAbuse !== undefined && raw.bonusAbuse !== null,
		country: toText(raw.country)?.toUpperCase(),
		currency: toText(raw.currency)?.toUpperCase(),
		deposits: money('deposits', true),
		netResult: money('netResult', false),
		lastLoginMs: time('lastLoginAt'),
		lastOfferMs: time('lastOfferAt'),
		problems,
	};
}
