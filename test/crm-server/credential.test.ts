import { PlayerCrmApi } from '../../credentials/PlayerCrmApi.credentials';
import { createCrmServer, type CrmServer } from '../../tools/crm-server/server';
import { runNode } from '../harness/engine';

const SECRETS = {
	apiKey: 'key-123',
	bearerToken: 'static-token',
	basicUser: 'agent',
	basicPassword: 'pa:ss',
	oauthClientId: 'client-1',
	oauthClientSecret: 'secret-1',
};

describe('Player CRM API credential through n8n HTTP Request node', () => {
	let crm: CrmServer;

	beforeAll(async () => {
		crm = await createCrmServer(SECRETS);
	});
	afterAll(async () => {
		await crm.close();
	});

	const fetchPlayer = async (credentials: Record<string, string>, path = '/v1/players/p-1004') =>
		await runNode(
			'n8n-nodes-base.httpRequest',
			{
				method: 'GET',
				url: `${crm.url}${path}`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'playerCrmApi',
				options: {},
			},
			[{}],
			{ typeVersion: 4.2, credentials: { playerCrmApi: { baseUrl: crm.url, ...credentials } } },
		);

	it.each([
		['apiKey', { authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: 'key-123' }],
		['bearer', { authentication: 'bearer', token: 'static-token' }],
		['basic', { authentication: 'basic', username: 'agent', password: 'pa:ss' }],
	])('authenticates in %s mode', async (_mode, credentials) => {
		const result = await fetchPlayer(credentials);
		expect(result.status).toBe('success');
		expect(result.json('Out 0')).toEqual([expect.objectContaining({ id: 'p-1004', vipTier: 'gold' })]);
	});

	it('gets a client-credentials token once through preAuthentication and reuses it', async () => {
		const before = crm.stats.tokensIssued;
		const credentials = { authentication: 'oauth2ClientCredentials', clientId: 'client-1', clientSecret: 'secret-1', tokenUrl: '', accessToken: '' };
		const result = await fetchPlayer(credentials);
		expect(result.status).toBe('success');
		expect(result.json('Out 0')).toEqual([expect.objectContaining({ id: 'p-1004' })]);
		expect(crm.stats.tokensIssued).toBe(before + 1);
		expect(result.credentialsHelper.preAuthenticationCalls.playerCrmApi).toBe(1);
	});

	it('fetches a fresh token when the stored one is refused (expired) and retries', async () => {
		const before = crm.stats.tokensIssued;
		const credentials = { authentication: 'oauth2ClientCredentials', clientId: 'client-1', clientSecret: 'secret-1', tokenUrl: `${crm.url}/oauth/token`, accessToken: 'expired-token' };
		const result = await fetchPlayer(credentials, '/v1/players/p-1006');
		expect(result.status).toBe('success');
		expect(result.json('Out 0')).toEqual([expect.objectContaining({ id: 'p-1006', vipTier: 'diamond' })]);
		expect(crm.stats.tokensIssued).toBe(before + 1);
	});

	it('fails the node with a wrong API key', async () => {
		const result = await fetchPlayer({ authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: 'wrong' });
		expect(result.status).toBe('error');
		expect(String(result.error?.message)).toMatch(/401|Authorization failed|credentials/i);
	});

	it('uses a custom API key header name', async () => {
		const credential = new PlayerCrmApi();
		const options = await credential.authenticate(
			{ authentication: 'apiKey', apiKeyHeader: 'X-Crm-Key', apiKey: 'abc' },
			{ url: '/v1/health', headers: { Accept: 'application/json' } },
		);
		expect(options.headers).toEqual({ Accept: 'application/json', 'X-Crm-Key': 'abc' });
	});

	it('declares a health-check credential test and a hidden expirable token', () => {
		const credential = new PlayerCrmApi();
		expect(credential.test.request.url).toBe('/v1/health');
		const token = credential.properties.find((p) => p.name === 'accessToken');
		expect(token).toMatchObject({ type: 'hidden', typeOptions: { expirable: true, password: true } });
	});
});
