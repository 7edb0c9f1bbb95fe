import { runNode } from '../../../test/harness/engine';
import { median, resetPeak, row, setNodeMs, type BenchCase } from '../lib';

const TIERS = ['none', 'bronze', 'silver', 'gold', 'platinum', 'diamond'];
const FLAGS = [[], [], [], [], [], [], ['cooling_off'], ['deposit_limit_reached'], ['recent_rg_ticket']];
const NOW_MS = Date.parse('2026-11-30T10:00:00Z');
const DAY = 86_400_000;

/** Reference-CRM records with a realistic mix: most eligible VIPs, some blocked by each guard. */
export function crmPlayers(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		id: `p-${100000 + i}`,
		email: `player${i}@example.com`,
		name: `Player ${i}`,
		country: i % 37 === 0 ? 'US' : 'MT',
		currency: i % 5 === 0 ? 'GBP' : 'EUR',
		balance: (i * 37) % 5000,
		accountStatus: i % 53 === 0 ? 'suspended' : 'active',
		vipTier: TIERS[i % TIERS.length],
		kycStatus: i % 19 === 0 ? 'pending' : 'verified',
		selfExcluded: i % 97 === 0,
		rgFlags: FLAGS[i % FLAGS.length],
		bonusAbuse: i % 89 === 0,
		lastLoginAt: new Date(NOW_MS - ((i * 7) % 90) * DAY).toISOString(),
		deposits30d: (i * 131) % 20000,
		netResult30d: -((i * 71) % 9000) + 1500,
		lastOfferAt: i % 11 === 0 ? new Date(NOW_MS - ((i * 3) % 20) * DAY).toISOString() : null,
	}));
}

export const cases: BenchCase[] = [
	{
		key: 'offers',
		run: async () => {
			const items = 100000;
			const input = crmPlayers(items);
			const parameters = {
				campaign: 'vip-reload',
				period: 'month',
				playerSource: 'item',
				restrictedCountries: 'US, FR',
				cooldownDays: 7,
				options: { referenceTime: '2026-11-30T10:00:00Z' },
			};
			resetPeak();
			const ours = await median(async () => {
				const result = await runNode('vipBonusOffer', parameters, input, { outputs: 2 });
				const out = result.items('Node', 0).length + result.items('Node', 1).length;
				if (out !== items) throw new Error(`VIP Bonus Offer returned ${out} of ${items} items`);
			});
			return [row('VIP Bonus Offer', items, ours, 'Set node', await setNodeMs(input))];
		},
	},
];
