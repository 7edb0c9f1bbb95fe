import { hash } from 'crypto';

import type { NormalizedMessage } from './types';

/** Stable ticket id: the same channel message always maps to the same ticket. */
export function ticketId(message: { channel: NormalizedMessage['channel'] | 'triage'; externalId: string }): string {
	// One-shot hash: no Hash object per ticket.
	return 'tkt_' + hash('sha256', `${message.channel}\u0000${message.externalId}`, 'hex').slice(0, 24);
}
