import { createHash } from 'crypto';

/**
 * The key a note is written under: the same ticket and text always give the same key, so a
 * retried or re-run execution never adds the note twice. Without a ticket, the player stands in.
 */
export function noteKey(ticketId: string | undefined, playerId: string, text: string): string {
	const hash = createHash('sha256')
		.update(`${ticketId ?? `player:${playerId}`}\u0000${text}`)
		.digest('hex');
	return `note-${hash.slice(0, 32)}`;
}
