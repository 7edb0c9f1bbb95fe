import type { IDataObject } from 'n8n-workflow';

import { createCrmServer, type CrmServer } from '../../tools/crm-server/server';
import { runNode, type SingleNodeOptions } from '../harness/engine';

const API_KEY = 'key-crm';
const NOW = '2026-03-01T10:00:00.000Z';
const FAST_RETRY = { retryDelay: 10 };

type Json = Record<string, unknown>;

const ticket = (player: Json, extra: Json = {}) => ({
	ticket: {
		schemaVersion: 1,
		id: `tkt_${Object.values(player).join('_')}`,
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
		createdAt: '2026-03-01T09:00:00.000Z',
		updatedAt: '2026-03-01T09:00:00.000Z',
		history: [],
		...extra,
	},
	keep: 'me',
});

const ticketOf = (json: Json) => json.ticket as Json;

describe('Player CRM node against the reference CRM server', () => {
	let crm: CrmServer;
	let credentials: Record<string, Record<string, string>>;

	beforeAll(async () => {
		crm = await createCrmServer({ apiKey: API_KEY, bearerToken: 'tok', basicUser: 'agent', basicPassword: 'pa:ss', oauthClientId: 'c-1', oauthClientSecret: 's-1' });
		credentials = { playerCrmApi: { baseUrl: crm.url, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: API_KEY } };
	});
	afterAll(async () => {
		await crm.close();
	});
	afterEach(() => {
		crm.setFault({ mode: 'none' });
	});

	const count = (route: string) => crm.stats.requests[route] ?? 0;
	const run = async (parameters: Json, input: Json[], extra: SingleNodeOptions = {}) => {
		const { options = {}, ...rest } = parameters as { options?: Json };
		return await runNode('playerCrm', { ...rest, options: { referenceTime: NOW, ...FAST_RETRY, ...options } }, input as IDataObject[], { credentials, ...extra });
	};

	describe('Player: Get', () => {
		it('enriches a ticket from the player id: ticket.crm per the contract, other fields kept', async () => {
			const input = ticket({ id: 'p-1004' });
			const result = await run({}, [input]);
			expect(result.status).toBe('success');
			const [item] = result.items('Node', 0);
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.json.keep).toBe('me');
			expect(ticketOf(item.json).crm).toEqual({
				found: true,
				balance: 2500,
				currency: 'EUR',
				accountStatus: 'active',
				vipTier: 'gold',
				kycStatus: 'verified',
				selfExcluded: false,
				rgFlags: [],
				fetchedAt: NOW,
				country: 'MT',
				bonusAbuse: false,
				lastLoginAt: '2026-11-20T10:00:00.000Z',
				deposits30d: 8000,
				netResult30d: -3100,
				lastOfferAt: null,
			});
			expect(ticketOf(item.json).tags).toEqual(['channel:chat']);
			expect(ticketOf(input).crm).toBeUndefined();
		});

		it('copies the Extra Fields the admin names, by path, and skips those the record lacks', async () => {
			const result = await run({ fieldMapping: { extras: 'deposits=deposits30d, country, loyaltyPoints' } }, [ticket({ id: 'p-1005' })]);
			const crm = ticketOf(result.json('Node')[0]).crm as IDataObject;
			expect(crm.deposits).toBe(40000);
			expect(crm.country).toBe('GB');
			expect(crm).not.toHaveProperty('loyaltyPoints');
			expect(crm).not.toHaveProperty('deposits30d');
		});

		it('refuses an Extra Field that would overwrite a mapped one, naming the setting', async () => {
			const result = await run({ fieldMapping: { extras: 'balance=deposits30d' } }, [ticket({ id: 'p-1005' })]).catch((e: Error) => e);
			const message = result instanceof Error ? result.message : String((result as { error?: { message?: string } }).error?.message);
			expect(message).toMatch(/Extra field "balance"/);
		});

		it('finds the player by e-mail from the ticket and fills player.id; RG facts come through; stale CRM flags go', async () => {
			const result = await run({}, [ticket({ email: 'Hugo.Excluded@example.com', name: 'Hugo' }, { tags: ['channel:chat', 'crm:unavailable'] })]);
			const t = ticketOf(result.json('Node')[0]);
			expect(t.tags).toEqual(['channel:chat']);
			expect(t.updatedAt).toBe('2026-03-01T09:00:00.000Z');
			expect(t.player).toEqual({ email: 'Hugo.Excluded@example.com', name: 'Hugo', id: 'p-1008' });
			expect(t.crm).toMatchObject({ selfExcluded: true, rgFlags: ['cooling_off'], found: true });
		});

		it("prefers the ticket channel's own identifier, and falls back to the next one when it finds nobody", async () => {
			const before = count('GET /v1/players');
			const result = await run({}, [
				ticket({ telegramId: '701010', email: 'someone.else@example.com' }, { channel: 'telegram' }),
				ticket({ email: 'nobody@example.com', phone: '+35699001011' }),
			]);
			const [a, b] = result.json('Node').map(ticketOf);
			expect((a.player as Json).id).toBe('p-1010');
			expect((b.player as Json).id).toBe('p-1011');
			expect(b.crm).toMatchObject({ rgFlags: ['recent_rg_ticket'] });
			expect(count('GET /v1/players') - before).toBe(3);
			const seen = crm.stats.paths.slice(-3);
			expect(seen[0]).toBe('/v1/players?telegramId=701010');
		});

		it('looks up by an explicit identifier and returns the raw record', async () => {
			const result = await run({ findBy: 'phone', playerIdentifier: '+35699001005', output: 'raw' }, [{ anything: 1 }]);
			expect(result.json('Node')).toEqual([expect.objectContaining({ id: 'p-1005', vipTier: 'platinum', currency: 'GBP', name: 'Eva Platinum' })]);
		});

		it('fetches a player repeated in one execution once (per-execution cache)', async () => {
			const before = { byId: count('GET /v1/players/{id}'), lookup: count('GET /v1/players') };
			const input = [
				ticket({ id: 'p-1002' }),
				ticket({ email: 'carla.silver@example.com' }),
				ticket({ id: 'p-1002' }),
				ticket({ email: 'carla.silver@example.com' }),
				ticket({ id: 'p-1002' }),
			];
			const result = await run({}, input);
			expect(result.json('Node').map((j) => (ticketOf(j).crm as Json).vipTier)).toEqual(['bronze', 'silver', 'bronze', 'silver', 'bronze']);
			expect(result.items('Node').map((i) => i.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
			expect(count('GET /v1/players/{id}') - before.byId).toBe(1);
			expect(count('GET /v1/players') - before.lookup).toBe(1);
			// A second execution asks again: nothing is kept between executions.
			await run({}, [ticket({ id: 'p-1002' })]);
			expect(count('GET /v1/players/{id}') - before.byId).toBe(2);
		});

		it('keeps at most Max Parallel Requests in flight and keeps item order', async () => {
			for (let i = 0; i < 12; i++) crm.players.set(`par-${i}`, { ...crm.players.get('p-1001')!, id: `par-${i}` });
			crm.setFault({ mode: 'slow', latencyMs: 60 });
			crm.stats.maxInFlight = 0;
			const result = await run({ options: { parallelism: 3 } }, Array.from({ length: 12 }, (_, i) => ticket({ id: `par-${i}` })));
			expect(crm.stats.maxInFlight).toBe(3);
			expect(result.json('Node').map((j) => (ticketOf(j).player as Json).id)).toEqual(Array.from({ length: 12 }, (_, i) => `par-${i}`));
		});
	});

	describe('Player: Get Balance', () => {
		it('fills a complete ticket.crm with the balance endpoint’s figures', async () => {
			crm.players.get('p-1009')!.balance = 77.25;
			const before = count('GET /v1/players/{id}/balance');
			const result = await run({ operation: 'getBalance' }, [ticket({ email: 'iris.limit@example.com' })]);
			expect(ticketOf(result.json('Node')[0]).crm).toEqual(expect.objectContaining({ balance: 77.25, currency: 'EUR', rgFlags: ['deposit_limit_reached'], found: true, fetchedAt: NOW }));
			expect(count('GET /v1/players/{id}/balance') - before).toBe(1);
		});

		it('returns the raw balance record', async () => {
			const result = await run({ operation: 'getBalance', findBy: 'id', playerIdentifier: 'p-1006', output: 'raw' }, [{}]);
			expect(result.json('Node')).toEqual([{ playerId: 'p-1006', balance: 95000, currency: 'EUR' }]);
		});
	});

	describe('Player: Add Note and Add Tag', () => {
		it('writes a note once: a re-run with the same ticket and text returns the original note', async () => {
			const input = [ticket({ id: 'p-1001' }, { id: 'tkt_note_1' })];
			const parameters = { operation: 'addNote', noteText: 'Player asked about withdrawal times' };
			const first = await run(parameters, input);
			const second = await run(parameters, input);
			const entry = (r: typeof first) => (ticketOf(r.json('Node')[0]).history as Json[]).at(-1) as Json;
			expect(entry(first)).toMatchObject({ at: NOW, event: 'crm_note_added' });
			expect(ticketOf(first.json('Node')[0]).updatedAt).toBe(NOW);
			expect((entry(first).detail as Json).idempotencyKey).toMatch(/^note-[0-9a-f]{32}$/);
			expect(entry(second).detail).toEqual(entry(first).detail);
			const other = await run({ ...parameters, noteText: 'Another note' }, input);
			expect((entry(other).detail as Json).noteId).not.toEqual((entry(first).detail as Json).noteId);
		});

		it('adds tags from a comma-separated list', async () => {
			const result = await run({ operation: 'addTag', tags: 'vip-contacted, kyc-reminded,vip-contacted', output: 'raw' }, [ticket({ id: 'p-1003' })]);
			expect(result.json('Node')).toEqual([{ playerId: 'p-1003', tags: ['vip-contacted', 'kyc-reminded'] }]);
		});
	});

	describe('Bonus: Grant', () => {
		const offer = (offerId: string, playerId?: string) => ({
			offerId,
			type: 'free_spins',
			amount: 50,
			currency: 'eur',
			wageringRequirement: 30,
			expiresAt: '2026-03-31T23:59:59Z',
			...(playerId ? { playerId } : {}),
		});

		it('grants once per offer id, even across retries and re-runs', async () => {
			const grants = crm.stats.grants;
			crm.setFault({ mode: '500', count: 1 });
			const input = [{ ...ticket({ id: 'p-1004' }), offer: offer('offer-gold-2026-03') }];
			const first = await run({ resource: 'bonus' }, input);
			expect(first.status).toBe('success');
			const second = await run({ resource: 'bonus' }, input);
			expect(crm.stats.grants).toBe(grants + 1);
			const detail = (r: typeof first) => ((ticketOf(r.json('Node')[0]).history as Json[]).at(-1) as Json).detail as Json;
			expect(detail(first)).toMatchObject({ offerId: 'offer-gold-2026-03', idempotencyKey: 'offer-gold-2026-03', amount: 50, currency: 'EUR' });
			expect(detail(second).grantId).toBe(detail(first).grantId);
		});

		it('does not grant twice when the answer to a done grant is lost and the node retries', async () => {
			const grants = crm.stats.grants;
			const before = count('POST /v1/players/{id}/bonuses');
			crm.setFault({ mode: 'dropAfter', count: 1 });
			const result = await run({ resource: 'bonus', output: 'raw' }, [{ ...ticket({ id: 'p-1002' }), offer: offer('offer-lost-answer') }]);
			expect(result.json('Node')).toEqual([expect.objectContaining({ offerId: 'offer-lost-answer', playerId: 'p-1002' })]);
			expect(count('POST /v1/players/{id}/bonuses') - before).toBe(2);
			expect(crm.stats.grants).toBe(grants + 1);
		});

		it('does not add a note twice when the answer is lost', async () => {
			crm.setFault({ mode: 'dropAfter', count: 1 });
			const before = count('POST /v1/players/{id}/notes');
			const input = [ticket({ id: 'p-1003' }, { id: 'tkt_lost' })];
			const first = await run({ operation: 'addNote', noteText: 'Called back', output: 'raw' }, input);
			const again = await run({ operation: 'addNote', noteText: 'Called back', output: 'raw' }, input);
			expect(count('POST /v1/players/{id}/notes') - before).toBe(3);
			expect(again.json('Node')[0].id).toBe(first.json('Node')[0].id);
		});

		it('takes the player from the offer (VIP Bonus Offer output), with or without a ticket, and returns the grant', async () => {
			const result = await run({ resource: 'bonus', output: 'raw' }, [{ offer: offer('offer-p1005', 'p-1005') }, { ...ticket({ email: 'ben.bronze@example.com' }), offer: offer('offer-p1002', 'p-1002') }]);
			expect(result.json('Node')).toEqual([
				expect.objectContaining({ playerId: 'p-1005', offerId: 'offer-p1005', idempotencyKey: 'offer-p1005' }),
				expect.objectContaining({ playerId: 'p-1002', offerId: 'offer-p1002' }),
			]);
		});

		it('reports a grant the CRM refuses (self-excluded) as an API error; Continue On Fail keeps the item', async () => {
			const result = await run({ resource: 'bonus' }, [{ ...ticket({ id: 'p-1008' }), offer: offer('offer-x') }, { ...ticket({ id: 'p-1001' }), offer: offer('offer-y') }], {
				settings: { onError: 'continueRegularOutput' },
			});
			const [refused, granted] = result.items('Node');
			expect(String(refused.json.error)).toMatch(/rejected the request \(409\).*self-excluded/);
			expect(refused.pairedItem).toEqual({ item: 0 });
			expect(((ticketOf(granted.json).history as Json[])[0] as Json).event).toBe('bonus_granted');
		});

		it('names the offer field that is wrong', async () => {
			const result = await run({ resource: 'bonus' }, [{ ...ticket({ id: 'p-1001' }), offer: { ...offer('o'), amount: -5 } }]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/amount must be a number of 0 or more/);
			expect(result.error?.description).toMatch(/offer\.amount/);
		});
	});

	describe('not found', () => {
		it('flags the ticket and continues by default', async () => {
			const result = await run({}, [ticket({ email: 'ghost@example.com' })]);
			const t = ticketOf(result.json('Node')[0]);
			expect(t.crm).toEqual({ found: false, balance: null, currency: null, accountStatus: null, vipTier: null, kycStatus: null, selfExcluded: false, rgFlags: [], fetchedAt: NOW });
			expect(t.tags).toEqual(['channel:chat', 'crm:not_found']);
		});

		it('sends unknown players to the Not Found output', async () => {
			const result = await run({ onNotFound: 'output' }, [ticket({ id: 'p-404' }), ticket({ id: 'p-1001' })]);
			expect(result.items('Node', 0).map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			expect(result.items('Node', 1).map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect((ticketOf(result.json('Node', 1)[0]).crm as Json).found).toBe(false);
		});

		it('stops with a 404 error naming the identifier when asked to', async () => {
			const result = await run({ onNotFound: 'error', findBy: 'email', playerIdentifier: 'ghost@example.com' }, [{}]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('The CRM has no player with email "ghost@example.com"');
		});
	});

	describe('faults', () => {
		it('waits out a 429 with Retry-After and succeeds', async () => {
			crm.setFault({ mode: '429', retryAfterSeconds: 1, count: 1 });
			const started = Date.now();
			const result = await run({}, [ticket({ id: 'p-1005' })]);
			expect(Date.now() - started).toBeGreaterThanOrEqual(950);
			expect((ticketOf(result.json('Node')[0]).crm as Json).vipTier).toBe('platinum');
		});

		it('refuses to wait longer than Max Retry Wait for a Retry-After', async () => {
			crm.setFault({ mode: '429', retryAfterSeconds: 120, count: 1 });
			const result = await run({}, [ticket({ id: 'p-1005' })]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/rate-limiting/);
			expect(result.error?.description).toMatch(/asked to wait 120 s/);
		});

		it('retries 500s and a dropped connection, then succeeds', async () => {
			crm.setFault({ mode: '500', count: 2 });
			const a = await run({}, [ticket({ id: 'p-1006' })]);
			expect((ticketOf(a.json('Node')[0]).crm as Json).vipTier).toBe('diamond');
			crm.setFault({ mode: 'drop', count: 1 });
			const b = await run({}, [ticket({ id: 'p-1007' })]);
			expect((ticketOf(b.json('Node')[0]).crm as Json).kycStatus).toBe('rejected');
		});

		it('times out a hanging CRM with a clear error', async () => {
			crm.setFault({ mode: 'hang' });
			const result = await run({ options: { timeout: 200, maxRetries: 1 } }, [ticket({ id: 'p-1001' })]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('The CRM did not answer within 0.2 s');
			expect(result.error?.description).toMatch(/2 attempt/);
		});

		it('reports malformed JSON', async () => {
			crm.setFault({ mode: 'malformed', count: 1 });
			const result = await run({}, [ticket({ id: 'p-1001' })]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('The CRM answered with malformed JSON');
		});

		it('passes tickets on flagged crm:unavailable when the CRM stays down and the admin chose so', async () => {
			crm.setFault({ mode: '500' });
			const result = await run({ onUnavailable: 'flag', options: { maxRetries: 1 } }, [ticket({ id: 'p-1001' }), ticket({ id: 'p-1002' })]);
			expect(result.status).toBe('success');
			for (const json of result.json('Node')) {
				const t = ticketOf(json);
				expect(t.crm).toBeUndefined();
				expect(t.tags).toEqual(['channel:chat', 'crm:unavailable']);
				expect((t.history as Json[])[0]).toMatchObject({ at: NOW, event: 'crm_unavailable' });
			}
		});
	});

	describe('auth', () => {
		it('says to check the credential on 401', async () => {
			const result = await run({}, [ticket({ id: 'p-1001' })], { credentials: { playerCrmApi: { ...credentials.playerCrmApi, apiKey: 'wrong' } } });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('The CRM refused the credentials (401)');
			expect(result.error?.description).toMatch(/Check the Player CRM API credential/);
		});

		it.each([
			['bearer', { authentication: 'bearer', token: 'tok' }],
			['basic', { authentication: 'basic', username: 'agent', password: 'pa:ss' }],
			['oauth2ClientCredentials', { authentication: 'oauth2ClientCredentials', clientId: 'c-1', clientSecret: 's-1', tokenUrl: '', accessToken: '' }],
		])('works with %s', async (_mode, auth) => {
			const result = await run({}, [ticket({ id: 'p-1004' })], { credentials: { playerCrmApi: { baseUrl: crm.url, ...auth } } });
			expect((ticketOf(result.json('Node')[0]).crm as Json).vipTier).toBe('gold');
		});
	});

	describe('request safety', () => {
		it('URL-encodes identifiers so nothing from the ticket changes host or path', async () => {
			const start = crm.stats.paths.length;
			const result = await run({}, [ticket({ id: '../admin' }), ticket({ id: 'http://evil.example/x?y=1#z' }), ticket({ email: 'a@b.c&phone=+35699001004' })]);
			expect(result.json('Node').map((j) => (ticketOf(j).crm as Json).found)).toEqual([false, false, false]);
			expect(crm.stats.paths.slice(start)).toEqual([
				'/v1/players/%2E%2E%2Fadmin',
				'/v1/players/http%3A%2F%2Fevil%2Eexample%2Fx%3Fy%3D1%23z',
				'/v1/players?email=a%40b%2Ec%26phone%3D%2B35699001004',
			]);
		});

		it('refuses an identifier that is only dots', async () => {
			const result = await run({}, [ticket({ id: '..' })]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/"\.\." is not a usable player identifier/);
		});

		it('refuses an endpoint path that names another host', async () => {
			const result = await run({ endpoints: { player: 'http://evil.example/{id}' } }, [ticket({ id: 'p-1001' })]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/must not name a host|must start with \//);
		});
	});

	describe('field mapping for another CRM', () => {
		const fieldMapping = {
			record: 'data',
			id: 'customerId',
			balance: 'wallet.amount',
			currency: 'wallet.currencyCode',
			accountStatus: 'status',
			vipTier: 'vip.level',
			kycStatus: 'verification.kyc',
			selfExcluded: 'excluded',
			rgFlags: 'blocks',
		};

		it('maps a differently shaped record onto ticket.crm', async () => {
			const result = await run({ fieldMapping, endpoints: { player: '/alt/customers/{id}' } }, [ticket({ id: 'p-1008' }), ticket({ id: 'p-1003' })]);
			const [a, b] = result.json('Node').map((j) => ticketOf(j).crm);
			expect(a).toEqual({ found: true, balance: 0, currency: 'EUR', accountStatus: 'active', vipTier: null, kycStatus: 'verified', selfExcluded: true, rgFlags: ['cooling_off'], fetchedAt: NOW });
			expect(b).toMatchObject({ vipTier: 'silver', kycStatus: 'not_started' });
		});

		it('names the mapping field whose path does not exist; Continue On Fail keeps going', async () => {
			const result = await run({ fieldMapping: { ...fieldMapping, vipTier: 'vip.tierName' }, endpoints: { player: '/alt/customers/{id}' } }, [ticket({ id: 'p-1004' })], {
				settings: { onError: 'continueRegularOutput' },
			});
			const [item] = result.items('Node');
			// n8n's engine reduces an error item's json to { error: message }; the error keeps the description.
			expect(item.json.error).toBe('Item 0: The CRM response has no "vip.tierName" for VIP Tier Path "vip.tierName"');
			expect((item.error as unknown as Json).description).toMatch(/Field: fieldMapping\.vipTier\..*The object there has: level/);
			expect(item.pairedItem).toEqual({ item: 0 });
		});
	});
});
