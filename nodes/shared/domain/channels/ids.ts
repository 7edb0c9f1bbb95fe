import { createHash } from 'crypto';

import type { NormalizedMessage } from './types';

/** Stable ticket id: the same channel message always maps to the same ticket. */
export function ticketId(message: { channel: NormalizedMessage['channel'] | 'triage'; externalId: string }): string {
	return 'tkt_' + createHash('sha256').update(`${message.channel}\u0000${message.externalId}`).digest('hex').slice(0, 24);
}
