import { createCrmServer, type CrmServer } from '../../tools/crm-server/server';
import { loadWorkflow, newTables, runShipped } from './support/shipped';

const workflow = loadWorkflow('vip-offers.json');

const row = (ticketId: string, playerId: string, vipTier: string) => ({
	ticketId,
	playerId,
	vipTier,
	status: 'open',
	ticket: JSON.stringify({ id: ticketId, player: { id: playerId } }),
});

describe('VIP offers campaign workflow (engine-run, reference CRM)', () => {
	let crm: CrmServer;
	beforeAll(async () => {
		crm = await createCrmServer({ port: 0, host: '127.0.0.1', apiKey: 'demo-crm-key' });
	});
	afterAll(async () => {
		await crm.close();
	});

	it('reads each VIP player once from the CRM, grants offers through the CRM, logs refusals, and never grants twice in a week', async () => {
		const tables = newTables();
		tables.seed('support_tickets', [
			row('tkt_v1', 'p-1004', 'gold'),
			row('tkt_v2', 'p-1004', 'gold'), // same player twice: one offer
			row('tkt_v3', 'p-1006', 'diamond'),
			row('tkt_v4', 'p-1013', 'silver'), // restricted country (US) in the CRM
			row('tkt_v5', 'p-1014', 'gold'), // bonus abuser in the CRM
			row('tkt_v6', 'p-1001', 'none'), // not VIP: not even read
		]);
		const grantsBefore = crm.stats.grants;
		const run = await runShipped(workflow, { tables, crmUrl: crm.url, startNode: 'Every Monday', input: [{}] });
		expect(run.result.error).toBeUndefined();
		expect(run.result.items('Read Player From CRM')).toHaveLength(4);

		const log = tables.rows('vip_offers');
		const byPlayer = Object.fromEntries(log.map((r) => [r.playerId, r]));
		expect(Object.keys(byPlayer).sort()).toEqual(['p-1004', 'p-1006', 'p-1013', 'p-1014']);
		expect(byPlayer['p-1004'].status).toBe('granted');
		expect(byPlayer['p-1006'].status).toBe('granted');
		expect(byPlayer['p-1013'].status).toBe('refused');
		expect(byPlayer['p-1014'].status).toBe('refused');
		expect(String(byPlayer['p-1004'].offerId)).toMatch(/^ofr_/);
		expect(crm.stats.grants - grantsBefore).toBe(2);

		// the same week again: no new grant in the CRM (its lastOfferAt now puts both players in
		// cooldown, and the offer ids would be the same anyway); the granted rows stay as they were
		await runShipped(workflow, { tables, crmUrl: crm.url, startNode: 'Run Now', input: [{}] });
		expect(crm.stats.grants - grantsBefore).toBe(2);
		const again = tables.rows('vip_offers');
		expect(again.filter((r) => r.status === 'granted').map((r) => r.grantId)).toEqual([byPlayer['p-1004'].grantId, byPlayer['p-1006'].grantId]);
		expect(again.filter((r) => r.status === 'refused' && r.reason === 'cooldown').map((r) => r.playerId).sort()).toEqual(['p-1004', 'p-1006']);
	});
});
