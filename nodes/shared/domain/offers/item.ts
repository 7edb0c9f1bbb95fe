import { DomainError } from '../errors';
import { withHistory, type Ticket } from '../ticket';
import { REASONS, type Decision, type OfferRun } from './evaluate';
import { parsePlayer, readRawPlayer, type FieldPaths } from './player';

export const PLAYER_SOURCES = ['ticket', 'item', 'field'] as const;
export type PlayerSource = (typeof PLAYER_SOURCES)[number];

export interface SourceSettings {
	source: PlayerSource;
	/** For `field`: where the record sits in the item, e.g. `player` or `data.player`. */
	recordPath: string[];
	paths: FieldPaths;
}

export const HISTORY_EVENTS = { offered: 'vip_offer_made', refused: 'vip_offer_refused' } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Markers on the ticket itself that forbid marketing whatever the CRM says: a ticket about
 * responsible gambling, or one Ticket Intake tagged with an `rg:` marker, counts as a recent
 * responsible-gambling ticket.
 */
export function ticketRiskReasons(ticket: unknown): string[] {
	if (!isRecord(ticket)) return [];
	const tags = Array.isArray(ticket.tags) ? ticket.tags : [];
	const risky = ticket.category === 'responsible_gambling' || tags.some((tag) => typeof tag === 'string' && tag.toLowerCase().startsWith('rg:'));
	return risky ? [REASONS.rgFlag('recent_rg_ticket')] : [];
}

function locate(json: Record<string, unknown>, settings: SourceSettings): { sources: unknown[] } | { missing: string } {
	if (settings.source === 'item') return { sources: [json] };
	if (settings.source === 'field') {
		let record: unknown = json;
		for (const segment of settings.recordPath) record = isRecord(record) ? record[segment] : undefined;
		if (!isRecord(record)) {
			throw new DomainError(`The item has no player record at '${settings.recordPath.join('.')}'`, {
				field: settings.recordPath.join('.'),
				hint: 'Set "Record Path" to the field that holds the CRM player record, or choose another Player Source.',
			});
		}
		return { sources: [record] };
	}
	const ticket = json.ticket;
	if (!isRecord(ticket)) {
		throw new DomainError('The item has no ticket', {
			field: 'ticket',
			hint: 'Run Ticket Intake and Player CRM first, or set Player Source to "Item (CRM Record)" to read the player from the item itself.',
		});
	}
	if (!isRecord(ticket.crm)) return { missing: REASONS.missingData('crm') };
	// Player CRM marks a player it could not find with found: false and every fact null.
	if (ticket.crm.found === false) return { missing: REASONS.playerNotFound };
	return { sources: [ticket.crm, ticket.player] };
}

/**
 * One item → its output (0 = offer, 1 = ineligible) and new json. The json keeps everything the
 * item carried, gains `offer` or `ineligible` (never both: a stale one from an earlier run is
 * removed), and a ticket, when there is one, gains a history entry.
 */
export function offerItem(json: Record<string, unknown>, run: OfferRun, settings: SourceSettings): { output: 0 | 1; json: Record<string, unknown> } {
	const located = locate(json, settings);
	const extra = ticketRiskReasons(json.ticket);
	let decision: Decision;
	if ('missing' in located) {
		const ticket = json.ticket as Record<string, unknown>;
		const player = isRecord(ticket.player) && typeof ticket.player.id === 'string' ? ticket.player.id : null;
		decision = run.refuse(player, null, [located.missing, ...extra]);
	} else {
		decision = run.decide(parsePlayer(readRawPlayer(located.sources, settings.paths)), extra);
	}
	const out: Record<string, unknown> = decision.eligible ? { ...json, offer: decision.offer } : { ...json, ineligible: decision.ineligible };
	if (decision.eligible && 'ineligible' in out) delete out.ineligible;
	if (!decision.eligible && 'offer' in out) delete out.offer;
	const ticket = json.ticket;
	if (isRecord(ticket) && Array.isArray(ticket.history)) {
		const detail = decision.eligible
			? { offerId: decision.offer.offerId, campaign: decision.offer.campaign, type: decision.offer.type, amount: decision.offer.amount, currency: decision.offer.currency }
			: { campaign: decision.ineligible.campaign, reasons: decision.ineligible.reasons };
		out.ticket = withHistory(ticket as Ticket, run.issuedAt, decision.eligible ? HISTORY_EVENTS.offered : HISTORY_EVENTS.refused, detail);
	}
	return { output: decision.eligible ? 0 : 1, json: out };
}
