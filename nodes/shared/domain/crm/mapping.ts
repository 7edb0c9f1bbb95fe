import { DomainError } from '../errors';
import { parsePath, readPath, type PathSegment } from './paths';

/** The pack's player fields the CRM's JSON is mapped onto (ticket.crm plus the player id). */
export const MAPPED_FIELDS = ['id', 'balance', 'currency', 'accountStatus', 'vipTier', 'kycStatus', 'selfExcluded', 'rgFlags'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Paths as the admin writes them in the panel; the defaults fit the reference CRM API. */
export interface FieldMappingSettings {
	/** Where the player object sits in a lookup or get response (`data`, `results[0]`); empty = the body. */
	record?: string;
	id?: string;
	balance?: string;
	currency?: string;
	accountStatus?: string;
	vipTier?: string;
	kycStatus?: string;
	selfExcluded?: string;
	rgFlags?: string;
	/** Other facts copied onto ticket.crm when the record has them: `name` or `name=path`, comma-separated. */
	extras?: string;
}

/** Facts offer eligibility and routing read beside the contract fields (VIP Bonus Offer's activity bands). */
export const DEFAULT_EXTRAS = 'country,bonusAbuse,lastLoginAt,deposits30d,netResult30d,lastOfferAt';

export const DEFAULT_MAPPING: Required<FieldMappingSettings> = {
	record: '',
	id: 'id',
	balance: 'balance',
	currency: 'currency',
	accountStatus: 'accountStatus',
	vipTier: 'vipTier',
	kycStatus: 'kycStatus',
	selfExcluded: 'selfExcluded',
	rgFlags: 'rgFlags',
	extras: DEFAULT_EXTRAS,
};

/** Display names used in errors, as the panel shows them. */
const LABEL: Record<MappedField | 'record', string> = {
	record: 'Record Path',
	id: 'Player ID Path',
	balance: 'Balance Path',
	currency: 'Currency Path',
	accountStatus: 'Account Status Path',
	vipTier: 'VIP Tier Path',
	kycStatus: 'KYC Status Path',
	selfExcluded: 'Self-Excluded Path',
	rgFlags: 'RG Flags Path',
};

export interface CompiledMapping {
	record: PathSegment[];
	/** `null` when the admin left the path empty: the CRM has no such field. */
	fields: Record<MappedField, { path: string; segments: PathSegment[] } | null>;
	/** Optional facts: copied under their name when the path exists in the record, skipped when not. */
	extras: Array<{ name: string; segments: PathSegment[] }>;
}

/** What the CRM says about a player, in the pack's terms (ticket.crm without fetchedAt). */
export interface PlayerSnapshot {
	id: string;
	balance: number | null;
	currency: string | null;
	accountStatus: string | null;
	vipTier: string | null;
	kycStatus: string | null;
	selfExcluded: boolean;
	rgFlags: string[];
	/** The optional facts the record had (Extra Fields). */
	extras: Record<string, unknown>;
}

function compileExtras(text: string): CompiledMapping['extras'] {
	const extras: CompiledMapping['extras'] = [];
	for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
		const [name, path = name] = entry.split('=').map((part) => part.trim());
		if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || (MAPPED_FIELDS as readonly string[]).includes(name) || name === 'found' || name === 'fetchedAt') {
			throw new DomainError(`Extra field "${name}" cannot be copied onto ticket.crm`, {
				field: 'fieldMapping.extras',
				hint: 'Use a plain name that is not one of the mapped fields, optionally followed by =path, e.g. country or deposits30d=stats.deposits',
			});
		}
		extras.push({ name, segments: parsePath(path, 'fieldMapping.extras') });
	}
	return extras;
}

export function compileMapping(settings: FieldMappingSettings = {}): CompiledMapping {
	const merged = { ...DEFAULT_MAPPING, ...stripUndefined(settings) };
	const fields = {} as CompiledMapping['fields'];
	for (const field of MAPPED_FIELDS) {
		const path = String(merged[field] ?? '').trim();
		fields[field] = path === '' ? null : { path, segments: parsePath(path, `fieldMapping.${field}`) };
	}
	if (!fields.id) {
		throw new DomainError('The Player ID Path cannot be empty', {
			field: 'fieldMapping.id',
			hint: 'Name the field of the CRM record that holds the player id, e.g. id or player.uuid',
		});
	}
	return {
		record: parsePath(String(merged.record ?? ''), 'fieldMapping.record'),
		fields,
		extras: compileExtras(String(merged.extras ?? '')),
	};
}

function stripUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function missing(field: MappedField | 'record', path: string, at: string, keys: string[]): DomainError {
	const seen = keys.length ? ` The object there has: ${keys.join(', ')}.` : '';
	return new DomainError(`The CRM response has no "${at}" for ${LABEL[field]} "${path}"`, {
		field: `fieldMapping.${field}`,
		hint: `Check ${LABEL[field]} in Field Mapping against what your CRM returns.${seen}`,
	});
}

/**
 * The player object inside a response: follows the record path; a list (search endpoints)
 * gives its first element, an empty list means nobody matched (`undefined`).
 */
export function extractRecord(body: unknown, mapping: CompiledMapping, recordPath: string): Record<string, unknown> | undefined {
	const read = readPath(body, mapping.record);
	if (!read.found) throw missing('record', recordPath, read.missingAt, read.keys);
	let value = read.value;
	if (Array.isArray(value)) {
		if (value.length === 0) return undefined;
		value = value[0];
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new DomainError('The CRM response holds no player object where Record Path points', {
			field: 'fieldMapping.record',
			hint: 'Set Record Path to the object that holds the player (for example data or results[0])',
		});
	}
	return value as Record<string, unknown>;
}

function read(record: unknown, mapping: CompiledMapping, field: MappedField): unknown {
	const spec = mapping.fields[field];
	if (!spec) return null;
	const result = readPath(record, spec.segments);
	if (!result.found) throw missing(field, spec.path, result.missingAt, result.keys);
	return result.value ?? null;
}

function wrongType(field: MappedField, expected: string, value: unknown): DomainError {
	return new DomainError(`The CRM's ${LABEL[field].replace(/ Path$/, '')} is not ${expected} (got ${JSON.stringify(value)?.slice(0, 60)})`, {
		field: `fieldMapping.${field}`,
		hint: `Point ${LABEL[field]} at a field that holds ${expected}`,
	});
}

/** `Not Started`, `not-started`, `NOT_STARTED` → `not_started`, so rules match any CRM's spelling. */
export function normalizeCode(value: string): string {
	return value.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function asText(field: MappedField, value: unknown, code: boolean): string | null {
	if (value === null) return null;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') throw wrongType(field, 'text', value);
	return code ? normalizeCode(value) : value.trim();
}

function asNumber(field: MappedField, value: unknown): number | null {
	if (value === null || value === '') return null;
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) throw wrongType(field, 'a number', value);
	return number;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'on', 'excluded', 'self_excluded']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', '', 'none', 'active']);

function asBoolean(field: MappedField, value: unknown): boolean {
	if (value === null) return false;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') {
		const code = normalizeCode(value);
		if (TRUE.has(code)) return true;
		if (FALSE.has(code)) return false;
	}
	throw wrongType(field, 'true or false', value);
}

function asFlags(field: MappedField, value: unknown): string[] {
	if (value === null) return [];
	if (typeof value === 'string') return value.split(',').map(normalizeCode).filter(Boolean);
	if (!Array.isArray(value)) throw wrongType(field, 'a list of flags', value);
	const flags: string[] = [];
	for (const entry of value) {
		// Lists of block objects ({ type, reason }) as some CRMs return them: take the first text field.
		const text =
			typeof entry === 'string'
				? entry
				: entry && typeof entry === 'object'
					? ['code', 'type', 'name', 'flag', 'reason'].map((k) => (entry as Record<string, unknown>)[k]).find((v) => typeof v === 'string')
					: undefined;
		if (typeof text !== 'string') throw wrongType(field, 'a list of flags', value);
		const code = normalizeCode(text);
		if (code && !flags.includes(code)) flags.push(code);
	}
	return flags;
}

/** The player id of a CRM record (all that raw output and writes need). */
export function mapPlayerId(record: Record<string, unknown>, mapping: CompiledMapping): string {
	const id = asText('id', read(record, mapping, 'id'), false);
	if (!id) throw wrongType('id', 'a player id', null);
	return id;
}

/** Maps one CRM player record onto the pack's fields; a missing path or wrong type names the field. */
export function mapPlayer(record: Record<string, unknown>, mapping: CompiledMapping): PlayerSnapshot {
	return {
		id: mapPlayerId(record, mapping),
		balance: asNumber('balance', read(record, mapping, 'balance')),
		currency: asText('currency', read(record, mapping, 'currency'), false)?.toUpperCase() ?? null,
		accountStatus: asText('accountStatus', read(record, mapping, 'accountStatus'), true),
		vipTier: asText('vipTier', read(record, mapping, 'vipTier'), true),
		kycStatus: asText('kycStatus', read(record, mapping, 'kycStatus'), true),
		selfExcluded: asBoolean('selfExcluded', read(record, mapping, 'selfExcluded')),
		rgFlags: asFlags('rgFlags', read(record, mapping, 'rgFlags')),
		extras: readExtras(record, mapping),
	};
}

function readExtras(record: Record<string, unknown>, mapping: CompiledMapping): Record<string, unknown> {
	const extras: Record<string, unknown> = {};
	for (const extra of mapping.extras) {
		const result = readPath(record, extra.segments);
		if (result.found && result.value !== undefined) extras[extra.name] = result.value;
	}
	return extras;
}

/**
 * Balance and currency from a balance endpoint's body, with the same paths as the record:
 * relative to Record Path when the body has it, else to the body itself.
 */
export function mapBalance(body: unknown, mapping: CompiledMapping): { balance: number | null; currency: string | null } {
	const wrapped = mapping.record.length ? readPath(body, mapping.record) : undefined;
	const source = wrapped?.found ? wrapped.value : body;
	return {
		balance: asNumber('balance', read(source, mapping, 'balance')),
		currency: asText('currency', read(source, mapping, 'currency'), false)?.toUpperCase() ?? null,
	};
}
