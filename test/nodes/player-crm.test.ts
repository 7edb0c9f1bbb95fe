import { createCrmServer, type CrmServer } from '../../tools/crm-server/server';
import { runNode } from '../harness/engine';

const API_KEY = 'key-crm';
const NOW = '2026-03-01T10:00:00.000Z';

const ticket = (player: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	ticket: {
		schemaVersion: 1,
		id: `tkt_${JSON.stringify(player).length}${Object.values(player).join('')}`,
		channel: 'chat',
		externalId: 'm-1',
		threadKey: 'chat:c-1',
		player,
		body: 'Where is my withdrawal?',
		language: 'en',
		category: 'withdrawal',
		complexity: 'simple',
		priority: 'normal',
		tags: ['channel:chat'],
		status: 'new',
		createdAt: NOW,
		updatedAt: NOW,
		history: [],
		...extra,
	},
	keep: 'me',
});

describe('Player CRM node against the reference CRM server', () => {
	let crm: CrmServer;
	let credentials: Record<string, Record<string, string>>;

	beforeAll(async () => {
		crm = await createCrmServer({ apiKey: API_KEY, bearerToken: 'tok', basicUser: 'u', basicPassword: 'p', oauthClientId: 'c', oauthClientSecret: 's' });
		credentials = { playerCrmApi: { baseUrl: crm.url, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: API_KEY } };
	});
	afterAll(async () => {
		await crm.close();
	});
	afterEach(() => {
		crm.setFault({ mode: 'none' });
	});

	const count = (route: string) => crm.stats.requests[route] ?? 0;
	const run = async (parameters: Record<string, unknown>, input: Array<Record<string, unknown>>, extra: Parameters<typeof runNode>[3] = {}) =>
		await runNode('playerCrm', { options: { referenceTime: NOW, ...((parameters.options as object) ?? {}) }, ...parameters, ...(parameters.options ? {} : {}) }, input, {
			credentials,
			...extra,
		});

	it('enriches a ticket from the player id: ticket.crm per the contract, other fields kept', async () => {
		const result = await run({}, [ticket({ id: 'p-1004' })]);
		expect(result.status).toBe('success');
		const [item] = result.items('Node', 0);
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json.keep).toBe('me');
		expect((item.json.ticket as Record<string, unknown>).crm).toEqual({
			found: true,
			balance: 2500,
			currency: 'EUR',
			accountStatus: 'active',
			vipTier: 'gold',
			kycStatus: 'verified',
			selfExcluded: false,
			rgFlags: [],
			fetchedAt: NOW,
		});
	});
});
