import { DomainError } from '../errors';
import { withHistory, type Ticket, type TicketCrm } from '../ticket';
import type { PlayerSnapshot } from './mapping';

export const TAG_NOT_FOUND = 'crm:not_found';
export const TAG_UNAVAILABLE = 'crm:unavailable';

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The item's ticket, checked just enough for this node: an object with a player. */
export function ticketOf(json: Json): Json {
	const ticket = json.ticket;
	if (!isRecord(ticket)) {
		throw new DomainError('The item has no ticket', {
			field: 'ticket',
			hint: 'Run Ticket Intake before this node, or set Output to Raw CRM Record and Find Player By to an identifier',
		});
	}
	return ticket;
}

/** ticket.crm as DESIGN.md defines it, plus `found: true`. */
export function crmFromSnapshot(snapshot: PlayerSnapshot, fetchedAt: string): TicketCrm & { found: true } {
	return {
		...snapshot.extras,
		found: true,
		balance: snapshot.balance,
		currency: snapshot.currency,
		accountStatus: snapshot.accountStatus,
		vipTier: snapshot.vipTier,
		kycStatus: snapshot.kycStatus,
		selfExcluded: snapshot.selfExcluded,
		rgFlags: snapshot.rgFlags,
		fetchedAt,
	};
}

/** ticket.crm for a player the CRM does not know: every fact unknown (null), nothing flagged. */
export function crmNotFound(fetchedAt: string): TicketCrm & { found: false } {
	return { found: false, balance: null, currency: null, accountStatus: null, vipTier: null, kycStatus: null, selfExcluded: false, rgFlags: [], fetchedAt };
}

function withTag(tags: unknown, tag: string): string[] {
	const list = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
	return list.includes(tag) ? list : [...list, tag];
}

/** The ticket's own history helper (appends, sets updatedAt), tolerant of a ticket without history yet. */
function appendHistory(ticket: Json, at: string, event: string, detail?: unknown): Json {
	const base = { ...ticket, history: Array.isArray(ticket.history) ? ticket.history : [] } as unknown as Ticket;
	return withHistory(base, at, event, detail) as unknown as Json;
}

/** A copy of the item json with ticket.crm set and the player id filled when the ticket had none. */
export function enrichItem(json: Json, crm: TicketCrm, playerId: string | undefined): Json {
	const ticket = ticketOf(json);
	const player = isRecord(ticket.player) ? ticket.player : {};
	const next: Json = { ...ticket, crm };
	if (playerId && !player.id) next.player = { ...player, id: playerId };
	if (crm.found === false) next.tags = withTag(ticket.tags, TAG_NOT_FOUND);
	else if (Array.isArray(ticket.tags) && ticket.tags.some((t) => t === TAG_NOT_FOUND || t === TAG_UNAVAILABLE)) {
		// This node's own flags from an earlier run no longer hold once the CRM has answered.
		next.tags = ticket.tags.filter((t) => t !== TAG_NOT_FOUND && t !== TAG_UNAVAILABLE);
	}
	return { ...json, ticket: next };
}

/** The ticket passed on when the CRM could not be reached: tagged, with a history entry, crm untouched. */
export function flagUnavailable(json: Json, at: string, reason: string): Json {
	const ticket = ticketOf(json);
	return {
		...json,
		ticket: { ...appendHistory(ticket, at, 'crm_unavailable', { reason }), tags: withTag(ticket.tags, TAG_UNAVAILABLE) },
	};
}

/** The ticket after a write to the CRM: a history entry saying what was written and under which key. */
export function recordWrite(json: Json, at: string, event: string, detail: Json, playerId: string): Json {
	const ticket = ticketOf(json);
	const player = isRecord(ticket.player) ? ticket.player : {};
	const next: Json = appendHistory(ticket, at, event, detail);
	if (!player.id) next.player = { ...player, id: playerId };
	return { ...json, ticket: next };
}

export interface BonusGrantRequest {
	offerId: string;
	type: string;
	amount: number;
	currency: string;
	wageringRequirement: number;
	expiresAt: string;
	playerId?: string;
}

/** Reads the offer an item carries (the VIP Bonus Offer node's output), naming the field that is wrong. */
export function readOffer(value: unknown, field: string): BonusGrantRequest {
	if (!isRecord(value)) {
		throw new DomainError(`The item has no offer at "${field}"`, { field, hint: 'Run VIP Bonus Offer before this node, or set Offer Field to where the offer is' });
	}
	const text = (key: string, ...aliases: string[]): string => {
		const found = [key, ...aliases].map((k) => value[k]).find((v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number');
		if (found === undefined) throw new DomainError(`The offer has no ${key}`, { field: `${field}.${key}`, hint: `Give the offer a ${key}` });
		return String(found).trim();
	};
	const number = (key: string, fallback?: number): number => {
		const raw = value[key] ?? fallback;
		const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
		if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
			throw new DomainError(`The offer's ${key} must be a number of 0 or more`, { field: `${field}.${key}`, hint: `Got ${JSON.stringify(raw)}` });
		}
		return n;
	};
	const expiresAt = text('expiresAt', 'expiry');
	if (Number.isNaN(Date.parse(expiresAt))) throw new DomainError('The offer’s expiresAt is not a date', { field: `${field}.expiresAt`, hint: 'Use an ISO-8601 date' });
	const playerId = value.playerId;
	return {
		offerId: text('offerId', 'id'),
		type: text('type'),
		amount: number('amount'),
		currency: text('currency').toUpperCase(),
		wageringRequirement: number('wageringRequirement', 0),
		expiresAt,
		...(typeof playerId === 'string' && playerId.trim() ? { playerId: playerId.trim() } : {}),
	};
}
