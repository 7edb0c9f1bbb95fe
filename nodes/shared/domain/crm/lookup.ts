import { DomainError } from '../errors';

/** The identifiers a player can be looked up by, as named in `ticket.player`. */
export const PLAYER_IDENTIFIERS = ['id', 'email', 'phone', 'telegramId', 'whatsappId', 'viberId'] as const;
export type PlayerIdentifier = (typeof PLAYER_IDENTIFIERS)[number];

export interface Lookup {
	by: PlayerIdentifier;
	value: string;
}

/** The identifier a channel itself vouches for: the strongest after the CRM id. */
const CHANNEL_IDENTIFIER: Record<string, PlayerIdentifier> = {
	telegram: 'telegramId',
	whatsapp: 'whatsappId',
	viber: 'viberId',
	phone: 'phone',
	email: 'email',
};

function asIdentifier(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/**
 * The lookups to try for a ticket's player, best first: the CRM id, then the identifier the
 * ticket's own channel gives (a Telegram ticket's telegramId), then e-mail, phone and the
 * messenger ids. The caller tries the next one when a lookup finds nobody.
 */
export function lookupsFromPlayer(player: unknown, channel?: unknown): Lookup[] {
	if (player === null || typeof player !== 'object' || Array.isArray(player)) {
		throw new DomainError('The ticket has no player to look up', {
			field: 'ticket.player',
			hint: 'Run Ticket Intake first, or choose another "Find Player By" and give the identifier',
		});
	}
	const record = player as Record<string, unknown>;
	const preferred = typeof channel === 'string' ? CHANNEL_IDENTIFIER[channel] : undefined;
	const order: PlayerIdentifier[] = ['id', ...(preferred ? [preferred] : []), ...PLAYER_IDENTIFIERS.filter((k) => k !== 'id' && k !== preferred)];
	const lookups: Lookup[] = [];
	for (const by of order) {
		const value = asIdentifier(record[by]);
		if (value !== undefined) lookups.push({ by, value });
	}
	if (lookups.length === 0) {
		throw new DomainError('The ticket’s player has no identifier (id, e-mail, phone or messenger id)', {
			field: 'ticket.player',
			hint: 'Make sure the channel gives the sender, or look the player up by an identifier you supply',
		});
	}
	return lookups;
}

/** One explicit lookup, from the panel or an AI agent. */
export function explicitLookup(by: PlayerIdentifier, value: unknown): Lookup {
	const text = asIdentifier(value);
	if (text === undefined) {
		throw new DomainError(`No ${by} given to look the player up by`, {
			field: 'playerIdentifier',
			hint: 'Fill "Player Identifier", or choose "From the Ticket"',
		});
	}
	return { by, value: text };
}

export function lookupKey(lookup: Lookup): string {
	return `${lookup.by}\u0000${lookup.value}`;
}
