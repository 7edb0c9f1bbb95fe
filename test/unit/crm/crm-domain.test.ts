import { buildPath, compileEndpoints, joinUrl } from '../../../nodes/shared/domain/crm/endpoints';
import { lookupsFromPlayer } from '../../../nodes/shared/domain/crm/lookup';
import { compileMapping, extractRecord, mapBalance, mapPlayer } from '../../../nodes/shared/domain/crm/mapping';
import { parsePath, readPath } from '../../../nodes/shared/domain/crm/paths';
import { runBounded } from '../../../nodes/shared/domain/crm/pool';
import { nextRetry, parseRetryAfter } from '../../../nodes/shared/domain/crm/retry';
import { noteKey } from '../../../nodes/shared/domain/crm/idempotency';

describe('CRM paths', () => {
	it('parses dotted paths with indexes and rejects malformed ones', () => {
		expect(parsePath('data.items[0].vip_level', 'f')).toEqual(['data', 'items', 0, 'vip_level']);
		expect(parsePath('', 'f')).toEqual([]);
		for (const bad of ['a..b', '.a', 'a.', 'a[x]', 'a.[0]']) expect(() => parsePath(bad, 'fieldMapping.vipTier')).toThrow(/not a valid JSON path/);
	});

	it('says where a path stops and which keys exist there', () => {
		expect(readPath({ a: { b: 1 } }, ['a', 'c'])).toEqual({ found: false, missingAt: 'a.c', keys: ['b'] });
		expect(readPath({ a: [{ b: null }] }, ['a', 0, 'b'])).toEqual({ found: true, value: null });
		expect(readPath({ a: [] }, ['a', 0]).found).toBe(false);
	});
});

describe('CRM field mapping', () => {
	const mapping = compileMapping({ record: 'data', id: 'uid', balance: 'wallet.amount', currency: 'wallet.ccy', accountStatus: 'state', vipTier: 'vip', kycStatus: 'kyc', selfExcluded: 'flags.excluded', rgFlags: 'flags.rg' });

	it('coerces other CRMs’ spellings: numeric strings, display-case codes, yes/no, comma lists', () => {
		const record = extractRecord({ data: [{ uid: 42, wallet: { amount: '12.50', ccy: 'gbp' }, state: 'Active', vip: 'Platinum', kyc: 'Not-Started', flags: { excluded: 'YES', rg: 'Deposit Limit Reached, cooling-off' } }] }, mapping, 'data');
		expect(mapPlayer(record!, mapping)).toEqual({
			id: '42',
			balance: 12.5,
			currency: 'GBP',
			accountStatus: 'active',
			vipTier: 'platinum',
			kycStatus: 'not_started',
			selfExcluded: true,
			rgFlags: ['deposit_limit_reached', 'cooling_off'],
			extras: {},
		});
	});

	it('treats an empty search list as nobody found', () => {
		expect(extractRecord({ data: [] }, mapping, 'data')).toBeUndefined();
	});

	it('names the field whose path is missing or whose value has the wrong type', () => {
		expect(() => mapPlayer({ uid: 'p', wallet: {} }, mapping)).toThrow(expect.objectContaining({ field: 'fieldMapping.balance', message: 'The CRM response has no "wallet.amount" for Balance Path "wallet.amount"' }));
		expect(() => mapBalance({ wallet: { amount: 'lots', ccy: 'EUR' } }, mapping)).toThrow(expect.objectContaining({ field: 'fieldMapping.balance' }));
		expect(() => compileMapping({ id: ' ' })).toThrow(expect.objectContaining({ field: 'fieldMapping.id' }));
	});

	it('leaves unmapped fields unknown', () => {
		const partial = compileMapping({ kycStatus: '', rgFlags: '', selfExcluded: '' });
		expect(mapPlayer({ id: 'p', balance: 1, currency: 'EUR', accountStatus: 'active', vipTier: 'none' }, partial)).toMatchObject({ kycStatus: null, rgFlags: [], selfExcluded: false });
	});
});

describe('CRM endpoints', () => {
	it('encodes every identifier into one segment or one query value', () => {
		const endpoints = compileEndpoints();
		expect(buildPath(endpoints.player, { id: '../admin' })).toBe('/v1/players/%2E%2E%2Fadmin');
		expect(buildPath(endpoints.lookup, { lookup: { by: 'email', value: 'a+b@x.io&id=1' } })).toBe('/v1/players?email=a%2Bb%40x%2Eio%26id%3D1');
		expect(() => buildPath(endpoints.player, { id: '..' })).toThrow(/not a usable player identifier/);
	});

	it('keeps requests on the Base URL', () => {
		expect(joinUrl('https://crm.example.com/api/', '/v1/players/x')).toBe('https://crm.example.com/api/v1/players/x');
		expect(() => joinUrl('not a url', '/x')).toThrow(/Base URL/);
	});

	it.each([
		['player', 'https://evil.example/{id}'],
		['player', '//evil.example/{id}'],
		['player', '/v1/../admin/{id}'],
		['notes', '/v1/players/notes'],
		['lookup', '/v1/players?email=x'],
		['tags', '/v1/{player}/tags'],
	])('refuses %s endpoint %s', (name, template) => {
		expect(() => compileEndpoints({ [name]: template })).toThrow(expect.objectContaining({ field: `endpoints.${name}` }));
	});
});

describe('CRM lookups, retries, keys, pool', () => {
	it('orders the ticket’s identifiers: id, the channel’s own, then e-mail, phone, messengers', () => {
		expect(lookupsFromPlayer({ email: 'a@b.c', viberId: 'v1', phone: '+1', id: ' ' }, 'viber').map((l) => l.by)).toEqual(['viberId', 'email', 'phone']);
		expect(lookupsFromPlayer({ telegramId: 12, id: 'p-1' }, 'telegram').map((l) => l.value)).toEqual(['p-1', '12']);
		expect(() => lookupsFromPlayer({ name: 'x' })).toThrow(expect.objectContaining({ field: 'ticket.player' }));
	});

	it('retries 429, 5xx and connection errors with back-off, honours Retry-After within the cap', () => {
		const policy = { maxRetries: 2, baseDelayMs: 100, maxDelayMs: 5000 };
		expect(nextRetry(policy, 1, { status: 503 })).toEqual({ retry: true, waitMs: 100 });
		expect(nextRetry(policy, 2, { connection: true })).toEqual({ retry: true, waitMs: 200 });
		expect(nextRetry(policy, 3, { status: 500 })).toMatchObject({ retry: false });
		expect(nextRetry(policy, 1, { status: 429, retryAfterMs: 3000 })).toEqual({ retry: true, waitMs: 3000 });
		expect(nextRetry(policy, 1, { status: 429, retryAfterMs: 9000 })).toMatchObject({ retry: false, reason: expect.stringMatching(/asked to wait 9 s/) });
		for (const status of [400, 401, 404, 409, 501]) expect(nextRetry(policy, 1, { status }).retry).toBe(false);
		expect(parseRetryAfter('2', 0)).toBe(2000);
		expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 0)).toBe(5000);
		expect(parseRetryAfter('soon', 0)).toBeUndefined();
	});

	it('derives a stable note key from ticket and text', () => {
		expect(noteKey('t1', 'p', 'hello')).toBe(noteKey('t1', 'other', 'hello'));
		expect(noteKey('t1', 'p', 'hello')).not.toBe(noteKey('t2', 'p', 'hello'));
		expect(noteKey(undefined, 'p1', 'x')).not.toBe(noteKey(undefined, 'p2', 'x'));
	});

	it('runs at most `limit` tasks at once and stops handing out work when told', async () => {
		let inFlight = 0;
		let max = 0;
		const done: number[] = [];
		await runBounded(20, 4, async (i) => {
			inFlight++;
			max = Math.max(max, inFlight);
			await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
			done.push(i);
		});
		expect(max).toBe(4);
		expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
		const started: number[] = [];
		await runBounded(10, 2, async (i) => void started.push(i), () => started.length >= 3);
		expect(started.length).toBeLessThan(10);
	});
});
