import type { Ticket } from '../../../nodes/shared/domain/ticket';

export const NOW = '2026-03-02T12:00:00.000Z';

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
	return {
		schemaVersion: 1,
		id: 'T-1',
		channel: 'chat',
		externalId: 'ext-1',
		threadKey: 'chat:p-1',
		player: { id: 'p-1' },
		subject: 'Help',
		body: 'Hello, I have a question',
		language: 'en',
		category: 'other',
		complexity: 'simple',
		priority: 'normal',
		tags: [],
		status: 'new',
		createdAt: '2026-03-02T11:00:00.000Z',
		updatedAt: '2026-03-02T11:00:00.000Z',
		crm: {
			balance: 100,
			currency: 'EUR',
			accountStatus: 'active',
			vipTier: 'bronze',
			kycStatus: 'verified',
			selfExcluded: false,
			rgFlags: [],
			fetchedAt: '2026-03-02T11:00:00.000Z',
		},
		history: [],
		...overrides,
	};
}
