import axios, { type AxiosRequestConfig } from 'axios';

import { createCrmServer, type CrmServer } from '../../tools/crm-server/server';

const SECRETS = {
	apiKey: 'key-123',
	bearerToken: 'static-token',
	basicUser: 'agent',
	basicPassword: 'pa:ss',
	oauthClientId: 'client-1',
	oauthClientSecret: 'secret-1',
};

describe('reference Player CRM server', () => {
	let crm: CrmServer;
	const call = (config: AxiosRequestConfig) =>
		axios.request({ baseURL: crm.url, validateStatus: () => true, timeout: 3000, ...config });
	const withKey = (config: AxiosRequestConfig) => call({ ...config, headers: { 'X-API-Key': SECRETS.apiKey, ...config.headers } });

	beforeEach(async () => {
		crm = await createCrmServer(SECRETS);
	});
	afterEach(async () => {
		await crm.close();
	});

	describe('auth', () => {
		it('rejects a request without credentials or with a wrong key', async () => {
			expect((await call({ url: '/v1/health' })).status).toBe(401);
			expect((await call({ url: '/v1/health', headers: { 'X-API-Key': 'nope' } })).status).toBe(401);
			expect((await call({ url: '/v1/health', auth: { username: 'agent', password: 'wrong' } })).status).toBe(401);
		});

		it('accepts an API key, a static bearer token and basic auth', async () => {
			expect((await withKey({ url: '/v1/health' })).data).toEqual({ status: 'ok', players: 15 });
			expect((await call({ url: '/v1/health', headers: { Authorization: 'Bearer static-token' } })).status).toBe(200);
			expect((await call({ url: '/v1/health', auth: { username: 'agent', password: 'pa:ss' } })).status).toBe(200);
		});

		it('issues client-credentials tokens that then authorize requests', async () => {
			const denied = await call({
				method: 'POST',
				url: '/oauth/token',
				data: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'client-1', client_secret: 'bad' }).toString(),
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			});
			expect(denied.status).toBe(401);
			const issued = await call({
				method: 'POST',
				url: '/oauth/token',
				data: { grant_type: 'client_credentials', client_id: 'client-1', client_secret: 'secret-1' },
			});
			expect(issued.status).toBe(200);
			expect(issued.data).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
			const token = issued.data.access_token as string;
			expect((await call({ url: '/v1/players/p-1001', headers: { Authorization: `Bearer ${token}` } })).data.name).toBe('Anna Regular');
			expect(crm.stats.tokensIssued).toBe(1);
		});
	});

	describe('players', () => {
		it('reads a player with every field of the record', async () => {
			const response = await withKey({ url: '/v1/players/p-1004' });
			expect(response.status).toBe(200);
			expect(Object.keys(response.data).sort()).toEqual(
				[
					'id', 'email', 'phone', 'telegramId', 'whatsappId', 'viberId', 'name', 'country', 'currency', 'balance',
					'accountStatus', 'vipTier', 'kycStatus', 'selfExcluded', 'rgFlags', 'bonusAbuse', 'lastLoginAt',
					'deposits30d', 'netResult30d', 'lastOfferAt',
				].sort(),
			);
			expect(response.data).toMatchObject({ id: 'p-1004', vipTier: 'gold', balance: 2500, currency: 'EUR' });
		});

		it('seeds every VIP tier, KYC state and RG flag', async () => {
			const all = [...crm.players.values()];
			expect(new Set(all.map((p) => p.vipTier))).toEqual(new Set(['none', 'bronze', 'silver', 'gold', 'platinum', 'diamond']));
			expect(new Set(all.map((p) => p.kycStatus))).toEqual(new Set(['not_started', 'pending', 'verified', 'rejected']));
			expect(new Set(all.flatMap((p) => p.rgFlags))).toEqual(new Set(['deposit_limit_reached', 'cooling_off', 'recent_rg_ticket']));
			expect(all.some((p) => p.selfExcluded)).toBe(true);
			expect(all.some((p) => p.accountStatus === 'suspended')).toBe(true);
			expect(all.some((p) => p.bonusAbuse)).toBe(true);
		});

		it.each([
			['email', 'DAN.GOLD@example.com', 'p-1004'],
			['phone', '+35699001009', 'p-1009'],
			['telegramId', '701011', 'p-1011'],
			['whatsappId', '35699001012', 'p-1012'],
			['viberId', 'viber-1013', 'p-1013'],
		])('looks a player up by %s', async (field, value, id) => {
			const response = await withKey({ url: '/v1/players', params: { [field]: value } });
			expect(response.status).toBe(200);
			expect(response.data.id).toBe(id);
		});

		it('answers 404 for an unknown player or lookup, 400 for a lookup without a key', async () => {
			expect((await withKey({ url: '/v1/players/p-9999' })).status).toBe(404);
			const missing = await withKey({ url: '/v1/players', params: { email: 'nobody@example.com' } });
			expect(missing.status).toBe(404);
			expect(missing.data.error).toBe('player_not_found');
			expect((await withKey({ url: '/v1/players' })).status).toBe(400);
		});

		it('returns balance and block flags', async () => {
			expect((await withKey({ url: '/v1/players/p-1005/balance' })).data).toEqual({ playerId: 'p-1005', balance: 18000, currency: 'GBP' });
			const excluded = (await withKey({ url: '/v1/players/p-1008/blocks' })).data;
			expect(excluded).toMatchObject({ blocked: false, excluded: true, bonusBlocked: true });
			const suspended = (await withKey({ url: '/v1/players/p-1012/blocks' })).data;
			expect(suspended).toMatchObject({ blocked: true, excluded: false });
			expect((await withKey({ url: '/v1/players/p-1013/blocks' })).data.blocks).toEqual([{ type: 'bonus', reason: 'restricted_country' }]);
			expect((await withKey({ url: '/v1/players/p-1001/blocks' })).data).toMatchObject({ blocked: false, excluded: false, bonusBlocked: false, blocks: [] });
		});

		it('keeps notes idempotent by key and merges tags', async () => {
			const first = await withKey({ method: 'POST', url: '/v1/players/p-1001/notes', data: { text: 'Asked about withdrawal', idempotencyKey: 't-1' } });
			const again = await withKey({ method: 'POST', url: '/v1/players/p-1001/notes', data: { text: 'Asked about withdrawal', idempotencyKey: 't-1' } });
			expect(first.status).toBe(201);
			expect(again.status).toBe(200);
			expect(again.data.id).toBe(first.data.id);
			expect((await withKey({ method: 'POST', url: '/v1/players/p-1001/notes', data: { text: '' , idempotencyKey: 't-2' } })).status).toBe(422);
			await withKey({ method: 'POST', url: '/v1/players/p-1001/tags', data: { tags: ['vip-watch', 'withdrawal'] } });
			const tags = await withKey({ method: 'POST', url: '/v1/players/p-1001/tags', data: { tags: ['withdrawal', 'kyc'] } });
			expect(tags.data).toEqual({ playerId: 'p-1001', tags: ['vip-watch', 'withdrawal', 'kyc'] });
		});
	});

	describe('bonus grants', () => {
		const grant = {
			offerId: 'welcome-back-10',
			type: 'free_spins',
			amount: 10,
			currency: 'EUR',
			wageringRequirement: 30,
			expiresAt: '2026-12-31T23:59:59.000Z',
			idempotencyKey: 'ticket-42:bonus',
		};

		it('grants once per idempotency key and replays the original grant', async () => {
			const first = await withKey({ method: 'POST', url: '/v1/players/p-1002/bonuses', data: grant });
			expect(first.status).toBe(201);
			expect(first.data).toMatchObject({ playerId: 'p-1002', offerId: 'welcome-back-10', amount: 10 });
			const replay = await withKey({ method: 'POST', url: '/v1/players/p-1002/bonuses', data: { ...grant, amount: 999 } });
			expect(replay.status).toBe(200);
			expect(replay.data).toEqual(first.data);
			expect(crm.stats.grants).toBe(1);
			const other = await withKey({ method: 'POST', url: '/v1/players/p-1002/bonuses', data: { ...grant, idempotencyKey: 'ticket-43:bonus' } });
			expect(other.status).toBe(201);
			expect(other.data.id).not.toBe(first.data.id);
			expect(crm.stats.grants).toBe(2);
			expect(crm.players.get('p-1002')?.lastOfferAt).toBe(other.data.grantedAt);
		});

		it('refuses invalid grants and grants to self-excluded or suspended players', async () => {
			expect((await withKey({ method: 'POST', url: '/v1/players/p-1002/bonuses', data: { ...grant, amount: 'ten' } })).status).toBe(422);
			expect((await withKey({ method: 'POST', url: '/v1/players/p-1002/bonuses', data: { ...grant, idempotencyKey: undefined } })).status).toBe(422);
			const excluded = await withKey({ method: 'POST', url: '/v1/players/p-1008/bonuses', data: grant });
			expect(excluded.status).toBe(409);
			expect(excluded.data.error).toBe('player_not_eligible');
			expect((await withKey({ method: 'POST', url: '/v1/players/p-1012/bonuses', data: grant })).status).toBe(409);
			expect(crm.stats.grants).toBe(0);
		});
	});

	describe('faults', () => {
		it('answers 429 with Retry-After for the given number of requests, then recovers', async () => {
			crm.setFault({ mode: '429', retryAfterSeconds: 7, count: 2 });
			const first = await withKey({ url: '/v1/players/p-1001' });
			expect(first.status).toBe(429);
			expect(first.headers['retry-after']).toBe('7');
			expect((await withKey({ url: '/v1/players/p-1001' })).status).toBe(429);
			expect((await withKey({ url: '/v1/players/p-1001' })).status).toBe(200);
			expect(crm.stats.requests['GET /v1/players/{id}']).toBe(3);
		});

		it('answers 500 until the fault is switched off through the admin endpoint', async () => {
			const set = await call({ method: 'POST', url: '/__admin/fault', data: { mode: '500' } });
			expect(set.status).toBe(200);
			expect((await withKey({ url: '/v1/health' })).status).toBe(500);
			expect((await withKey({ url: '/v1/health' })).status).toBe(500);
			await call({ method: 'POST', url: '/__admin/fault', data: { mode: 'none' } });
			expect((await withKey({ url: '/v1/health' })).status).toBe(200);
			expect((await call({ method: 'POST', url: '/__admin/fault', data: { mode: 'explode' } })).status).toBe(400);
			expect((await call({ method: 'POST', url: '/__admin/fault', data: { mode: 'slow', latencyMs: 'long' } })).status).toBe(400);
			expect(() => crm.setFault({ mode: '429', count: -1 })).toThrow('"count"');
		});

		it('delays responses in slow mode', async () => {
			crm.setFault({ mode: 'slow', latencyMs: 300, count: 1 });
			const started = Date.now();
			expect((await withKey({ url: '/v1/health' })).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
			const fast = Date.now();
			await withKey({ url: '/v1/health' });
			expect(Date.now() - fast).toBeLessThan(250);
		});

		it('drops the connection in drop mode', async () => {
			crm.setFault({ mode: 'drop', count: 1 });
			await expect(withKey({ url: '/v1/health' })).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|ERR_BAD_RESPONSE|EPIPE/) });
			expect((await withKey({ url: '/v1/health' })).status).toBe(200);
		});

		it('never answers in hang mode, and close() still ends', async () => {
			crm.setFault({ mode: 'hang' });
			await expect(withKey({ url: '/v1/health', timeout: 300 })).rejects.toMatchObject({ code: 'ECONNABORTED' });
		});

		it('sends a broken JSON body in malformed mode', async () => {
			crm.setFault({ mode: 'malformed', count: 1 });
			const response = await withKey({ url: '/v1/players/p-1001', responseType: 'text', transitional: { silentJSONParsing: true } });
			expect(response.status).toBe(200);
			expect(() => JSON.parse(response.data as string)).toThrow();
		});
	});
});
