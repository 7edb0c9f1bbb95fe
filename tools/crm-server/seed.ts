export type AccountStatus = 'active' | 'suspended' | 'closed';
export type VipTier = 'none' | 'bronze' | 'silver' | 'gold' | 'platinum' | 'diamond';
export type KycStatus = 'not_started' | 'pending' | 'verified' | 'rejected';

export interface CrmPlayer {
	id: string;
	email: string;
	phone: string | null;
	telegramId: string | null;
	whatsappId: string | null;
	viberId: string | null;
	name: string;
	country: string;
	currency: string;
	balance: number;
	accountStatus: AccountStatus;
	vipTier: VipTier;
	kycStatus: KycStatus;
	selfExcluded: boolean;
	rgFlags: string[];
	bonusAbuse: boolean;
	lastLoginAt: string | null;
	deposits30d: number;
	netResult30d: number;
	lastOfferAt: string | null;
}

/** Countries where the demo operator may not offer bonuses. */
export const RESTRICTED_COUNTRIES = ['US', 'FR'];

function player(id: number, overrides: Partial<CrmPlayer> & Pick<CrmPlayer, 'name'>): CrmPlayer {
	const slug = overrides.name.toLowerCase().replace(/[^a-z]+/g, '.');
	return {
		id: `p-${id}`,
		email: `${slug}@example.com`,
		phone: `+3569900${id}`,
		telegramId: `${700000 + id}`,
		whatsappId: `3569900${id}`,
		viberId: `viber-${id}`,
		country: 'MT',
		currency: 'EUR',
		balance: 100,
		accountStatus: 'active',
		vipTier: 'none',
		kycStatus: 'verified',
		selfExcluded: false,
		rgFlags: [],
		bonusAbuse: false,
		lastLoginAt: '2026-11-20T10:00:00.000Z',
		deposits30d: 200,
		netResult30d: -50,
		lastOfferAt: null,
		...overrides,
	};
}

/** Demo players: every VIP tier and KYC state, each RG flag, self-exclusion, suspension, a restricted country, bonus abuse. */
export function seedPlayers(): CrmPlayer[] {
	return [
		player(1001, { name: 'Anna Regular' }),
		player(1002, { name: 'Ben Bronze', vipTier: 'bronze', kycStatus: 'pending', balance: 12.5 }),
		player(1003, { name: 'Carla Silver', vipTier: 'silver', kycStatus: 'not_started', balance: 0 }),
		player(1004, { name: 'Dan Gold', vipTier: 'gold', balance: 2500, deposits30d: 8000, netResult30d: -3100 }),
		player(1005, { name: 'Eva Platinum', vipTier: 'platinum', balance: 18000, currency: 'GBP', country: 'GB', deposits30d: 40000 }),
		player(1006, { name: 'Finn Diamond', vipTier: 'diamond', balance: 95000, deposits30d: 150000, netResult30d: -42000 }),
		player(1007, { name: 'Gina Rejected', kycStatus: 'rejected', balance: 40 }),
		player(1008, { name: 'Hugo Excluded', selfExcluded: true, rgFlags: ['cooling_off'], balance: 0 }),
		player(1009, { name: 'Iris Limit', rgFlags: ['deposit_limit_reached'], deposits30d: 1000 }),
		player(1010, { name: 'Jon Cooling', rgFlags: ['cooling_off'] }),
		player(1011, { name: 'Kira Ticket', rgFlags: ['recent_rg_ticket'] }),
		player(1012, { name: 'Leo Suspended', accountStatus: 'suspended', balance: 310 }),
		player(1013, { name: 'Mia Restricted', country: 'US', currency: 'USD' }),
		player(1014, { name: 'Nick Abuser', bonusAbuse: true, lastOfferAt: '2026-11-22T09:00:00.000Z' }),
		player(1015, { name: 'Olga Closed', accountStatus: 'closed', balance: 0, lastLoginAt: null, telegramId: null }),
	];
}
