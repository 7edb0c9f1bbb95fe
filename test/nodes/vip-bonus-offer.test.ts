import fc from 'fast-check';

import { offerIdFor } from '../../nodes/shared/domain/offers/evaluate';
import { assertTicket } from '../../nodes/shared/domain/ticket';
import { seedPlayers, RESTRICTED_COUNTRIES } from '../../tools/crm-server/seed';
import { createCrmServer } from '../../tools/crm-server/server';
import { runNode, runWorkflow, type WorkflowJson } from '../harness/engine';
import { cleanPlayer, COOLDOWN_DAYS, isCompliantlyBlocked, NOW, playerArb, RESTRICTED } from '../unit/offers/players';

const OFFER = 0;
const INELIGIBLE = 1;
const BASE = {
	campaign: 'vip-reload',
	period: 'month',
	playerSource: 'item',
	restrictedCountries: RESTRICTED_COUNTRIES.join(', '),
	cooldownDays: COOLDOWN_DAYS,
	options: { referenceTime: NOW },
};

type Json = Record<string, unknown>;
const offerOf = (json: Json) => json.offer as Json;
const reasonsOf = (json: Json) => (json.ineligible as { reasons: string[] }).reasons;

async function run(parameters: Json, input: Json[], options: Parameters<typeof runNode>[3] = {}) {
	return await runNode('vipBonusOffer', { ...BASE, ...parameters } as never, input as never, { outputs: 2, ...options });
}

/** A table with one row per offer type and amount rule, for gold players split by deposits. */
const ROWS = [
	{ name: 'Match', tier: 'gold', maxDeposits: '1000', type: 'deposit_match', typeValue: 100, amountRule: 'fixed', amount: 150, cap: 0, wagering: 30, validityDays: 7, currency: '' },
	{ name: 'Spins', tier: 'gold', minDeposits: '1000', maxDeposits: '5000', type: 'free_spins', typeValue: 50, amountRule: 'percent_of_deposits', amount: 1, cap: 25, wagering: 35, validityDays: 3, currency: '' },
	{ name: 'Cashback', tier: 'gold', minDeposits: '5000', type: 'cashback', typeValue: 10, amountRule: 'percent_of_net_loss', amount: 10, cap: 1000, wagering: 0, validityDays: 14, currency: '' },
];

function ticketFor(record: Json, extra: Json = {}): Json {
	const { id, email, name, balance, ...rest } = record;
	for (const contact of ['phone', 'telegramId', 'whatsappId', 'viberId']) delete rest[contact];
	return {
		schemaVersion: 1,
		id: `tkt_${String(id)}`,
		channel: 'chat',
		externalId: 'm-1',
		threadKey: `chat:${String(id)}`,
		player: { id, email, name },
		body: 'Any bonus for me this month?',
		language: 'en',
		category: 'bonus',
		complexity: 'simple',
		priority: 'normal',
		tags: ['channel:chat'],
		status: 'open',
		createdAt: '2026-11-30T09:00:00.000Z',
		updatedAt: '2026-11-30T09:00:00.000Z',
		crm: { ...rest, balance, fetchedAt: '2026-11-30T09:30:00.000Z' },
		history: [{ at: '2026-11-30T09:00:00.000Z', event: 'created' }],
		...extra,
	};
}

describe('VIP Bonus Offer node', () => {
	it('offers the seeded VIP players and refuses every other seeded player with its reasons', async () => {
		const players = seedPlayers() as unknown as Json[];
		const result = await run({}, players);
		expect(result.status).toBe('success');
		const offers = result.items('Node', OFFER);
		const refused = result.items('Node', INELIGIBLE);
		expect(offers.length + refused.length).toBe(players.length);
		const byId = new Map([...offers, ...refused].map((item) => [item.json.id as string, item]));
		// Every item leaves with a pairedItem that leads back to its own input.
		for (const [index, player] of players.entries()) expect(byId.get(player.id as string)?.pairedItem).toEqual({ item: index });

		expect(offers.map((item) => item.json.id)).toEqual(['p-1004', 'p-1005', 'p-1006']);
		expect(offerOf(offers[0].json)).toMatchObject({ type: 'cashback', amount: 310, currency: 'EUR', cap: 500, tier: 'gold', cashbackPercent: 10 });
		expect(offerOf(offers[1].json)).toMatchObject({ type: 'deposit_match', amount: 2000, currency: 'GBP', tier: 'platinum', matchPercent: 100 });

		const reasons = (id: string) => reasonsOf(byId.get(id)!.json);
		expect(reasons('p-1002')).toEqual(['kyc_not_verified']);
		expect(reasons('p-1003')).toEqual(['kyc_not_verified']);
		expect(reasons('p-1007')).toContain('kyc_not_verified');
		expect(reasons('p-1008')).toEqual(expect.arrayContaining(['self_excluded', 'rg_flag:cooling_off']));
		expect(reasons('p-1009')).toContain('rg_flag:deposit_limit_reached');
		expect(reasons('p-1010')).toContain('rg_flag:cooling_off');
		expect(reasons('p-1011')).toContain('rg_flag:recent_rg_ticket');
		expect(reasons('p-1012')).toContain('account_not_active');
		expect(reasons('p-1013')).toContain('restricted_country');
		expect(reasons('p-1014')).toContain('bonus_abuse');
		expect(reasons('p-1015')).toContain('account_not_active');
		expect(reasons('p-1001')).toEqual(['no_matching_offer']);
		for (const item of refused) {
			expect(item.json).not.toHaveProperty('offer');
			expect(item.json.ineligible).toMatchObject({ campaign: 'vip-reload', period: '2026-11' });
		}
	});

	it('makes each offer type under each amount rule from a panel table, with cap, wagering and expiry', async () => {
		const players = [
			cleanPlayer('p-a', { deposits30d: 400 }),
			cleanPlayer('p-b', { deposits30d: 3000 }),
			cleanPlayer('p-c', { deposits30d: 9000, netResult30d: -4321, currency: 'GBP' }),
		];
		const result = await run({ offerTable: 'panel', offers: { rows: ROWS } }, players);
		const offers = result.json('Node', OFFER).map(offerOf);
		expect(offers).toHaveLength(3);
		expect(offers[0]).toMatchObject({ playerId: 'p-a', type: 'deposit_match', matchPercent: 100, amount: 150, cap: null, wageringRequirement: 30, expiresAt: '2026-12-07T10:00:00.000Z', rule: 'Match' });
		expect(offers[1]).toMatchObject({ playerId: 'p-b', type: 'free_spins', freeSpins: 50, amount: 25, cap: 25, wageringRequirement: 35, expiresAt: '2026-12-03T10:00:00.000Z' });
		expect(offers[2]).toMatchObject({ playerId: 'p-c', type: 'cashback', cashbackPercent: 10, amount: 432.1, currency: 'GBP', wageringRequirement: 0, expiresAt: '2026-12-14T10:00:00.000Z' });
		for (const offer of offers) {
			expect(Object.keys(offer)).toEqual(expect.arrayContaining(['offerId', 'playerId', 'campaign', 'period', 'type', 'amount', 'currency', 'cap', 'wageringRequirement', 'expiresAt', 'tier']));
			expect(offer.offerId).toBe(offerIdFor(offer.playerId as string, 'vip-reload', '2026-11'));
		}
	});

	it('reads the same table from JSON', async () => {
		const json = JSON.stringify(ROWS.map(({ minDeposits, maxDeposits, ...row }) => ({ ...row, minDeposits: minDeposits ? Number(minDeposits) : undefined, maxDeposits: maxDeposits ? Number(maxDeposits) : undefined })));
		const result = await run({ offerTable: 'json', offerTableJson: json }, [cleanPlayer('p-b', { deposits30d: 3000 })]);
		expect(offerOf(result.json('Node', OFFER)[0])).toMatchObject({ type: 'free_spins', amount: 25 });
	});

	it.each([
		['self_excluded', { selfExcluded: true }],
		['rg_flag:deposit_limit_reached', { rgFlags: ['deposit_limit_reached'] }],
		['rg_flag:cooling_off', { rgFlags: ['cooling_off'] }],
		['rg_flag:recent_rg_ticket', { rgFlags: ['recent_rg_ticket'] }],
		['rg_flag:time_out', { rgFlags: ['time_out'] }],
		['kyc_not_verified', { kycStatus: 'pending' }],
		['account_not_active', { accountStatus: 'suspended' }],
		['restricted_country', { country: 'us' }],
		['bonus_abuse', { bonusAbuse: true }],
		['cooldown', { lastOfferAt: '2026-11-25T10:00:00.000Z' }],
		['unknown_tier', { vipTier: 'emerald' }],
		['no_matching_offer', { vipTier: 'none' }],
		['missing_data:selfExcluded', { selfExcluded: null }],
		['invalid_data:selfExcluded', { selfExcluded: 'maybe' }],
		['missing_data:rgFlags', { rgFlags: undefined }],
		['missing_data:deposits', { deposits30d: undefined }],
	])('refuses with %s', async (reason, patch) => {
		const result = await run({}, [cleanPlayer('p-x', patch)]);
		expect(result.items('Node', OFFER)).toHaveLength(0);
		expect(reasonsOf(result.json('Node', INELIGIBLE)[0])).toEqual([reason]);
	});

	it('collects all reasons, not just the first', async () => {
		const result = await run({}, [
			cleanPlayer('p-all', { selfExcluded: true, rgFlags: ['cooling_off', 'recent_rg_ticket'], kycStatus: 'rejected', accountStatus: 'closed', country: 'FR', bonusAbuse: true, lastOfferAt: '2026-11-29T00:00:00Z', vipTier: 'gold' }),
		]);
		expect(reasonsOf(result.json('Node', INELIGIBLE)[0])).toEqual([
			'self_excluded',
			'rg_flag:cooling_off',
			'rg_flag:recent_rg_ticket',
			'kyc_not_verified',
			'account_not_active',
			'restricted_country',
			'bonus_abuse',
			'cooldown',
		]);
	});

	it('lets the cooldown lapse and can be set to 0', async () => {
		const lastWeek = cleanPlayer('p-w', { lastOfferAt: '2026-11-23T09:59:00.000Z' });
		expect((await run({}, [lastWeek])).items('Node', OFFER)).toHaveLength(1);
		const yesterday = cleanPlayer('p-y', { lastOfferAt: '2026-11-29T10:00:00.000Z' });
		expect((await run({ cooldownDays: 0 }, [yesterday])).items('Node', OFFER)).toHaveLength(1);
	});

	it('spends the run budget in item order and refuses the rest with budget_exhausted', async () => {
		const players = [1, 2, 3, 4].map((n) => cleanPlayer(`p-${n}`, { lastLoginAt: '2026-10-01T00:00:00Z' })); // Gold win-back: 200 each
		players.splice(2, 0, cleanPlayer('p-small', { vipTier: 'bronze', deposits30d: 50 })); // Bronze active: 4
		const result = await run({ options: { referenceTime: NOW, runBudget: 404 } }, players);
		expect(result.json('Node', OFFER).map((j) => j.id)).toEqual(['p-1', 'p-2', 'p-small']);
		const refused = result.items('Node', INELIGIBLE);
		expect(refused.map((i) => [i.json.id, reasonsOf(i.json)])).toEqual([
			['p-3', ['budget_exhausted']],
			['p-4', ['budget_exhausted']],
		]);
		expect(refused.map((i) => i.pairedItem)).toEqual([{ item: 3 }, { item: 4 }]);
	});

	it('gives the same offer ids on a re-run and within a period, new ones in the next period or campaign', async () => {
		const players = [cleanPlayer('p-1'), cleanPlayer('p-2', { vipTier: 'diamond' })];
		const ids = async (parameters: Json) => (await run(parameters, players)).json('Node', OFFER).map((j) => offerOf(j).offerId);
		const first = await ids({});
		expect(new Set(first).size).toBe(2);
		expect(await ids({})).toEqual(first);
		expect(await ids({ options: { referenceTime: '2026-11-01T00:00:00Z' } })).toEqual(first);
		expect(await ids({ options: { referenceTime: '2026-12-01T00:00:00Z' } })).not.toEqual(first);
		expect(await ids({ campaign: 'vip-winter' })).not.toEqual(first);
		const weekly = await ids({ period: 'week' });
		expect(await ids({ period: 'week', options: { referenceTime: '2026-12-06T23:59:00Z' } })).toEqual(weekly);
		expect(await ids({ period: 'week', options: { referenceTime: '2026-12-07T00:00:00Z' } })).not.toEqual(weekly);
	});

	it('takes period boundaries from the time zone option', async () => {
		const lateNight = { referenceTime: '2026-11-30T23:30:00Z' };
		const utc = await run({ options: lateNight }, [cleanPlayer('p-1')]);
		const malta = await run({ options: { ...lateNight, timeZone: 'Europe/Malta' } }, [cleanPlayer('p-1')]);
		expect(offerOf(utc.json('Node', OFFER)[0]).period).toBe('2026-11');
		expect(offerOf(malta.json('Node', OFFER)[0])).toMatchObject({ period: '2026-12', offerId: offerIdFor('p-1', 'vip-reload', '2026-12') });
		const bad = await run({ options: { timeZone: 'Mars/Olympus' } }, [cleanPlayer('p-1')]);
		expect(bad.error?.message).toMatch(/Unknown time zone/);
	});

	it('refuses a second item for the same player in one run', async () => {
		const result = await run({}, [cleanPlayer('p-1'), cleanPlayer('p-1')]);
		expect(result.items('Node', OFFER)).toHaveLength(1);
		expect(reasonsOf(result.json('Node', INELIGIBLE)[0])).toEqual(['duplicate_in_run']);
	});

	it('reads the player from ticket.crm and ticket.player, keeps every ticket field and appends history', async () => {
		const gold = seedPlayers()[3] as unknown as Json;
		const ticket = ticketFor(gold, { sla: { policy: 'p', calendar: '24/7', metrics: {} }, routing: { queue: 'vip_manager', level: 'L1', rule: 'r', reason: 'vip' } });
		const input = { ticket, other: 'kept' };
		const result = await run({ playerSource: 'ticket' }, [input]);
		const out = result.json('Node', OFFER)[0];
		expect(out.other).toBe('kept');
		expect(offerOf(out)).toMatchObject({ playerId: 'p-1004', tier: 'gold', type: 'cashback' });
		const written = assertTicket(out.ticket);
		expect(written.sla).toEqual((ticket as Json).sla);
		expect(written.routing).toEqual((ticket as Json).routing);
		expect(written.crm).toEqual((ticket as Json).crm);
		expect(written.history).toHaveLength(2);
		expect(written.history[1]).toMatchObject({ at: NOW, event: 'vip_offer_made', detail: { offerId: offerOf(out).offerId } });
		// The input item was not changed.
		expect((ticket.history as unknown[]).length).toBe(1);
	});

	it('refuses a player whose ticket is about responsible gambling, whatever the CRM says', async () => {
		const gold = seedPlayers()[3] as unknown as Json;
		const result = await run({ playerSource: 'ticket' }, [
			{ ticket: ticketFor(gold, { category: 'responsible_gambling' }) },
			{ ticket: ticketFor(gold, { tags: ['rg:limit_request'] }) },
			{ ticket: ticketFor(gold, { crm: undefined }) },
			{ ticket: ticketFor(gold, { crm: { found: false, balance: null, currency: null, accountStatus: null, vipTier: null, kycStatus: null, selfExcluded: false, rgFlags: [], fetchedAt: NOW } }) },
		]);
		expect(result.items('Node', OFFER)).toHaveLength(0);
		const refused = result.json('Node', INELIGIBLE);
		expect(reasonsOf(refused[0])).toEqual(['rg_flag:recent_rg_ticket']);
		expect(reasonsOf(refused[1])).toEqual(['rg_flag:recent_rg_ticket']);
		expect(reasonsOf(refused[2])).toEqual(['missing_data:crm']);
		expect(reasonsOf(refused[3])).toEqual(['player_not_found']);
		const history = assertTicket(refused[0].ticket).history;
		expect(history[history.length - 1]).toMatchObject({ event: 'vip_offer_refused', detail: { reasons: ['rg_flag:recent_rg_ticket'] } });
	});

	it('maps fields of another CRM and reads the record from an item field', async () => {
		const other = {
			player: {
				playerId: 'X-9',
				level: 'Gold',
				verification: { status: 'VERIFIED' },
				status: 'Active',
				flags: { excluded: 'false', rg: [], abuse: 0 },
				geo: 'de',
				ccy: 'eur',
				lastSeen: '2026-11-29T00:00:00Z',
				stats: { dep: '2500.50', net: '-120' },
			},
		};
		const fieldPaths = {
			id: 'playerId',
			vipTier: 'level',
			kycStatus: 'verification.status',
			accountStatus: 'status',
			selfExcluded: 'flags.excluded',
			rgFlags: 'flags.rg',
			bonusAbuse: 'flags.abuse',
			country: 'geo',
			currency: 'ccy',
			lastLoginAt: 'lastSeen',
			deposits: 'stats.dep',
			netResult: 'stats.net',
			lastOfferAt: 'stats.lastOffer',
		};
		const result = await run({ playerSource: 'field', recordPath: 'player', fieldPaths }, [other]);
		expect(offerOf(result.json('Node', OFFER)[0])).toMatchObject({ playerId: 'X-9', tier: 'gold', currency: 'EUR', type: 'deposit_match', amount: 250.05 });
	});

	it('removes a stale offer or ineligible verdict carried over from an earlier run', async () => {
		const blocked = { ...cleanPlayer('p-1', { selfExcluded: true }), offer: { offerId: 'old' } };
		const allowed = { ...cleanPlayer('p-2'), ineligible: { reasons: ['cooldown'] } };
		const result = await run({}, [blocked, allowed]);
		expect(result.json('Node', INELIGIBLE)[0]).not.toHaveProperty('offer');
		expect(result.json('Node', OFFER)[0]).not.toHaveProperty('ineligible');
	});

	describe('bad input', () => {
		it.each([
			['overlapping bands', { offerTable: 'panel', offers: { rows: [ROWS[0], { ...ROWS[1], name: 'Overlap', minDeposits: '500' }] } }, /Offer rows 1 \("Match"\) and 2 \("Overlap"\) overlap for tier gold/],
			['a negative amount', { offerTable: 'panel', offers: { rows: [{ ...ROWS[0], amount: -10 }] } }, /Offer row 1 \("Match"\): 'amount' must be greater than 0, got -10/],
			['a non-numeric amount', { offerTable: 'json', offerTableJson: JSON.stringify([{ ...ROWS[0], amount: '10 EUR' }]) }, /Offer row 1 \("Match"\): 'amount' must be a number, got "10 EUR"/],
			['an unknown tier', { offerTable: 'json', offerTableJson: JSON.stringify([{ ...ROWS[0], tier: 'vip' }]) }, /Offer row 1 \("Match"\): 'tier' must be one of/],
			['broken JSON', { offerTable: 'json', offerTableJson: '[{"tier": ' }, /not valid JSON/],
			['a bad country code', { restrictedCountries: 'USA' }, /"USA" is not a two-letter country code/],
			['an empty campaign', { campaign: ' ' }, /campaign ID is empty/],
		])('stops on %s with an error naming row and field', async (_label, parameters, message) => {
			const result = await run(parameters, [cleanPlayer('p-1'), cleanPlayer('p-2')]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/^Item 0: /);
			expect(result.error?.message).toMatch(message);
			expect(String((result.error as { description?: string }).description)).toMatch(/Field: /);
		});

		it('honours Continue On Fail for a settings error: every item leaves by the error output, none by Offer', async () => {
			const result = await run({ offerTable: 'panel', offers: { rows: [{ ...ROWS[0], wagering: -1 }] } }, [cleanPlayer('p-1'), cleanPlayer('p-2')], {
				settings: { onError: 'continueErrorOutput' },
				outputs: 3,
			});
			expect(result.items('Node', OFFER)).toHaveLength(0);
			expect(result.items('Node', INELIGIBLE)).toHaveLength(0);
			const errors = result.items('Node', 2);
			expect(errors.map((e) => e.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(String(errors[0].json.error)).toMatch(/'wagering' must not be negative/);
		});

		it('fails only the item with unreadable data; a blocked player with bad data is refused, never failed', async () => {
			const input = [cleanPlayer('p-ok'), cleanPlayer('p-bad', { deposits30d: 'lots' }), cleanPlayer('p-blocked', { deposits30d: -5, selfExcluded: true })];
			const stopped = await run({}, input);
			expect(stopped.status).toBe('error');
			expect(stopped.error?.message).toMatch(/^Item 1: Player p-bad: 'deposits' must be a number, got "lots"/);

			const continued = await run({}, input, { settings: { onError: 'continueRegularOutput' } });
			expect(continued.json('Node', OFFER).map((j) => j.id)).toEqual(['p-ok']);
			const refused = continued.items('Node', INELIGIBLE);
			// Under "Continue (using regular output)" the failed item goes to Ineligible, never to Offer.
			expect(refused.map((i) => i.pairedItem)).toEqual([{ item: 2 }, { item: 1 }]);
			expect(reasonsOf(refused[0].json)).toEqual(['self_excluded', 'invalid_data:deposits']);
			expect(refused[1].json).toHaveProperty('error');
			expect(refused[1].json).not.toHaveProperty('offer');
		});

		it('stops with a hint when the ticket source finds no ticket', async () => {
			const result = await run({ playerSource: 'ticket' }, [cleanPlayer('p-1')]);
			expect(result.error?.message).toMatch(/^Item 0: The item has no ticket/);
		});
	});

	it('sends no player with a blocking marker to the Offer output (a few hundred random players, one execution)', async () => {
		const players: Json[] = fc.sample(playerArb, { numRuns: 400, seed: 7 }).map((p, i) => ({ ...p, id: `p-${i}` }));
		players.push(...Array.from({ length: 40 }, (_, i) => cleanPlayer(`p-clean-${i}`)));
		const result = await run({ restrictedCountries: RESTRICTED.join(','), options: { referenceTime: NOW, runBudget: 1e9 } }, players, {
			settings: { onError: 'continueRegularOutput' },
		});
		const offers = result.items('Node', OFFER);
		const refused = result.items('Node', INELIGIBLE);
		expect(offers.length + refused.length).toBe(players.length);
		expect(offers.length).toBeGreaterThanOrEqual(40);
		for (const item of offers) {
			const input = players[(item.pairedItem as { item: number }).item];
			expect(isCompliantlyBlocked(input)).toBe(false);
			expect(item.json).not.toHaveProperty('error');
		}
		for (const item of refused) expect(item.json).not.toHaveProperty('offer');
	});
});

describe('VIP Bonus Offer → Player CRM grant (reference CRM server)', () => {
	it('grants each offer once: a re-run of the campaign in the same period grants nothing new', async () => {
		const crm = await createCrmServer({ apiKey: 'k' });
		try {
			const workflow: WorkflowJson = {
				nodes: [
					{ id: '1', name: 'Players', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					{ id: '2', name: 'Offer', type: 'n8n-nodes-igaming-support.vipBonusOffer', typeVersion: 1, position: [200, 0], parameters: BASE as never },
					{
						id: '3',
						name: 'Grant',
						type: 'n8n-nodes-igaming-support.playerCrm',
						typeVersion: 1,
						position: [400, 0],
						parameters: { resource: 'bonus', operation: 'grant', output: 'raw', options: { referenceTime: NOW, retryDelay: 10 } },
						credentials: { playerCrmApi: { id: '1', name: 'CRM' } },
					},
					{ id: '4', name: 'Refused', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [400, 200], parameters: {} },
				],
				connections: {
					Players: { main: [[{ node: 'Offer', type: 'main', index: 0 }]] },
					Offer: { main: [[{ node: 'Grant', type: 'main', index: 0 }], [{ node: 'Refused', type: 'main', index: 0 }]] },
				},
			};
			const options = {
				input: seedPlayers() as never,
				credentials: { playerCrmApi: { baseUrl: crm.url, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: 'k' } },
			};
			const first = await runWorkflow(workflow, options);
			expect(first.status).toBe('success');
			expect(first.json('Grant').map((g) => g.playerId)).toEqual(['p-1004', 'p-1005', 'p-1006']);
			expect(crm.stats.grants).toBe(3);
			const again = await runWorkflow(workflow, options);
			expect(again.json('Grant').map((g) => g.offerId)).toEqual(first.json('Grant').map((g) => g.offerId));
			expect(crm.stats.grants).toBe(3);
		} finally {
			await crm.close();
		}
	});
});
