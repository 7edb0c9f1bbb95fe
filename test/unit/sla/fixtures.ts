import type { Ticket, TicketCrm } from '../../../nodes/shared/domain/ticket';

export const T0 = '2026-01-31T12:00:00.000Z';

/** A valid chat ticket (simple withdrawal question) created at T0, with overrides. */
export function sampleTicket(overrides: Partial<Ticket> = {}): Ticket {
	return {
		schemaVersion: 1,
		id: `tkt_${overrides.externalId ?? 'm-1'}`,
		channel: 'chat',
		externalId: 'm-1',
		threadKey: 'chat:1',
		player: { id: 'p-1' },
		body: 'where is my withdrawal',
		language: 'en',
		category: 'withdrawal',
		complexity: 'simple',
		priority: 'normal',
		tags: [],
		status: 'new',
		createdAt: T0,
		updatedAt: T0,
		history: [],
		...overrides,
	};
}

/** CRM facts of a verified, active player of the given VIP tier. */
export function crmWithTier(vipTier: string | null): TicketCrm {
	return { balance: 10, currency: 'EUR', accountStatus: 'active', vipTier, kycStatus: 'verified', selfExcluded: false, rgFlags: [], fetchedAt: T0 };
}
