import { NodeHelpers, type INode, type INodeOutputConfiguration } from 'n8n-workflow';

import { FIELD_OPTIONS } from '../../nodes/EscalationRouter/description';
import { configuredOutputs } from '../../nodes/EscalationRouter/outputs';
import { ROUTING_FIELDS } from '../../nodes/shared/domain/routing/rules';
import type { Ticket } from '../../nodes/shared/domain/ticket';
import { runNode, runWorkflow, type RunResult } from '../harness/engine';
import { TestNodeTypes } from '../harness/node-types';
import { makeTicket, NOW } from '../unit/routing/fixtures';

const TYPE = 'n8n-nodes-igaming-support.escalationRouter';
const OPTIONS = { referenceTime: NOW };

type Condition = { field: string; operator: string; value?: string; slaMetric?: string };

const rule = (outputName: string, conditions: Condition[], extra: Record<string, unknown> = {}) => ({
	outputName,
	queue: 'general',
	level: 'L1',
	conditions: { values: conditions },
	...extra,
});

const panel = (rules: unknown[], extra: Record<string, unknown> = {}) =>
	({
		operation: 'route',
		rulesSource: 'panel',
		rules: { values: rules },
		options: OPTIONS,
		...extra,
	}) as unknown as INode['parameters'];

const item = (overrides: Partial<Ticket> = {}) => ({ ticket: makeTicket(overrides) });

function ticketsOf(result: RunResult, output: number): Ticket[] {
	return result.items('Node', output).map((entry) => entry.json.ticket as Ticket);
}

/** Output index of each input item, read from the node's outputs and their pairedItem. */
function outputByItem(result: RunResult): number[] {
	const where: number[] = [];
	result.outputs('Node').forEach((items, output) =>
		items.forEach((entry) => {
			const paired = entry.pairedItem as { item: number };
			if (where[paired.item] !== undefined) throw new Error(`item ${paired.item} left twice`);
			where[paired.item] = output;
		}),
	);
	return where;
}

function outputNames(parameters: INode['parameters']): string[] {
	const nodeTypes = new TestNodeTypes();
	const nodeType = nodeTypes.getByNameAndVersion(TYPE, 1);
	const node: INode = { id: 'n', name: 'Node', type: TYPE, typeVersion: 1, position: [0, 0], parameters };
	const { Workflow } = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const outputs = NodeHelpers.getNodeOutputs(workflow, workflow.getNode('Node')!, nodeType.description);
	return (outputs as INodeOutputConfiguration[]).map((output) => output.displayName as string);
}

describe('Escalation Router: outputs', () => {
	it('names one output per panel rule after Compliance, VIP Manager and Default, as the engine evaluates them', () => {
		const parameters = panel([rule('Payouts', []), rule('', [])]);
		expect(outputNames(parameters)).toEqual(['Compliance', 'VIP Manager', 'Default', 'Payouts', 'Rule 2']);
	});

	it('has a fixed set of queue outputs for JSON rules and two outputs for Escalate', () => {
		expect(outputNames({ operation: 'route', rulesSource: 'json', rulesJson: '{}' })).toEqual([
			'Compliance',
			'VIP Manager',
			'General',
			'Payments',
			'KYC',
			'Disputes',
			'Other Queues',
		]);
		expect(outputNames({ operation: 'escalate', reason: 'x' })).toEqual(['Escalated', 'Already at Supervisor']);
	});

	it('keeps the outputs function free of "}}", which would end the n8n expression it is embedded in', () => {
		expect(String(configuredOutputs)).not.toContain('}}');
	});

	it('offers every routing field in the panel dropdown', () => {
		expect(FIELD_OPTIONS.map((option) => option.value).sort()).toEqual([...ROUTING_FIELDS].sort());
	});
});

describe('Escalation Router: conditions (panel rules)', () => {
	const cases: Array<[string, Condition[], Partial<Ticket>, Partial<Ticket>, string?]> = [
		['category equals', [{ field: 'category', operator: 'equals', value: 'withdrawal' }], { category: 'withdrawal' }, { category: 'deposit' }],
		['priority is one of', [{ field: 'priority', operator: 'in', value: 'high, urgent' }], { priority: 'urgent' }, { priority: 'normal' }],
		['complexity not equal', [{ field: 'complexity', operator: 'notEquals', value: 'simple' }], { complexity: 'complex' }, {}],
		['channel not one of', [{ field: 'channel', operator: 'notIn', value: 'chat, email' }], { channel: 'phone' }, { channel: 'email' }],
		['language equals', [{ field: 'language', operator: 'equals', value: 'he' }], { language: 'he' }, { language: 'en' }],
		[
			'VIP tier contains (text field)',
			[{ field: 'crm.vipTier', operator: 'contains', value: 'silv' }],
			{ crm: { ...makeTicket().crm!, vipTier: 'Silver' } },
			{},
		],
		[
			'account status one of',
			[{ field: 'crm.accountStatus', operator: 'in', value: 'blocked, suspended' }],
			{ crm: { ...makeTicket().crm!, accountStatus: 'blocked' } },
			{},
		],
		[
			'KYC status contains any',
			[{ field: 'crm.kycStatus', operator: 'containsAny', value: 'pending, rejected' }],
			{ crm: { ...makeTicket().crm!, kycStatus: 'Rejected' } },
			{},
		],
		[
			'RG flags contain (list field)',
			[{ field: 'crm.rgFlags', operator: 'contains', value: 'deposit_limit' }],
			{ crm: { ...makeTicket().crm!, rgFlags: ['deposit_limit'] } },
			{},
		],
		[
			'balance greater than (number field)',
			[{ field: 'crm.balance', operator: 'gt', value: '1000' }],
			{ crm: { ...makeTicket().crm!, balance: 1500 } },
			{},
		],
		[
			'balance less than or equal',
			[{ field: 'crm.balance', operator: 'lte', value: '0' }],
			{ crm: { ...makeTicket().crm!, balance: 0 } },
			{},
		],
		['balance one of numbers', [{ field: 'crm.balance', operator: 'in', value: '5, 100' }], {}, { crm: undefined }],
		['self-excluded is false (boolean field)', [{ field: 'crm.selfExcluded', operator: 'isFalse' }], {}, { crm: undefined }],
		['self-excluded equals false', [{ field: 'crm.selfExcluded', operator: 'equals', value: 'false' }], {}, { crm: undefined }],
		[
			'SLA metric state',
			[{ field: 'sla.metrics.<name>.state', slaMetric: 'firstResponse', operator: 'equals', value: 'breached' }],
			{
				sla: {
					policy: 'p',
					calendar: '24/7',
					metrics: { firstResponse: { dueAt: NOW, state: 'breached', startedAt: NOW, pausedMinutes: 0 } },
				} as unknown as Ticket['sla'],
			},
			{},
		],
		['ticket age at least 120 minutes', [{ field: 'ageMinutes', operator: 'gte', value: '120' }], { createdAt: '2026-03-02T09:00:00.000Z' }, {}],
		['ticket age less than 30', [{ field: 'ageMinutes', operator: 'lt', value: '30' }], { createdAt: '2026-03-02T11:45:00.000Z' }, {}],
		[
			'text contains any keyword, phrase across punctuation',
			[{ field: 'text', operator: 'containsAny', value: 'chargeback, charge back' }],
			{ body: 'I will file a CHARGE-BACK with my bank' },
			{ body: 'My bank card was charged twice' },
		],
		['text contains', [{ field: 'text', operator: 'contains', value: 'password' }], { body: 'Forgot my PASSWORD' }, {}],
		['text does not contain', [{ field: 'text', operator: 'notContains', value: 'question' }], { body: 'Login broken' }, {}],
		['tags contain', [{ field: 'tags', operator: 'contains', value: 'channel:email' }], { tags: ['channel:email'] }, {}],
		['tags contain any', [{ field: 'tags', operator: 'containsAny', value: 'masked:card, manual_triage' }], { tags: ['Manual_Triage'] }, {}],
		['tags do not exist', [{ field: 'tags', operator: 'notExists' }], {}, { tags: ['x'] }],
		['VIP tier exists', [{ field: 'crm.vipTier', operator: 'exists' }], {}, { crm: { ...makeTicket().crm!, vipTier: null } }],
		[
			'AND needs every condition',
			[
				{ field: 'category', operator: 'equals', value: 'deposit' },
				{ field: 'priority', operator: 'equals', value: 'high' },
			],
			{ category: 'deposit', priority: 'high' },
			{ category: 'deposit' },
		],
		[
			'OR needs one condition',
			[
				{ field: 'category', operator: 'equals', value: 'kyc' },
				{ field: 'channel', operator: 'equals', value: 'email' },
			],
			{ channel: 'email' },
			{},
			'or',
		],
	];

	it.each(cases)('%s', async (_name, conditions, matching, other, combinator = 'and') => {
		const result = await runNode(
			TYPE,
			panel([rule('Never', [{ field: 'category', operator: 'equals', value: 'kyc' }, { field: 'priority', operator: 'equals', value: 'low' }]), rule('Hit', conditions, { combinator, queue: 'payments', level: 'L2' })]),
			[item({ id: 'A', ...matching }), item({ id: 'B', ...other })],
			{ outputs: 5 },
		);
		expect(result.status).toBe('success');
		expect(outputByItem(result)).toEqual([4, 2]);
		const [hit] = ticketsOf(result, 4);
		expect(hit.routing).toEqual({ queue: 'payments', level: 'L2', rule: 'Hit', reason: "matched rule 'Hit'" });
		expect(hit.history.at(-1)).toEqual({ at: NOW, event: 'routed', detail: hit.routing });
		expect(ticketsOf(result, 2)[0].routing).toMatchObject({ queue: 'general', level: 'L1', rule: 'default' });
	});

	it('takes the first matching rule, uses a custom queue and reason, and never changes the input item', async () => {
		const input = [item({ category: 'withdrawal', priority: 'urgent' })];
		const snapshot = JSON.stringify(input);
		const result = await runNode(
			TYPE,
			panel(
				[
					rule('Fraud', [{ field: 'priority', operator: 'equals', value: 'urgent' }], {
						queue: 'custom',
						customQueue: 'fraud',
						level: 'L3',
						reason: 'urgent review',
					}),
					rule('Payouts', [{ field: 'category', operator: 'equals', value: 'withdrawal' }]),
				],
				{ defaultQueue: 'disputes', defaultLevel: 'L2' },
			),
			input,
			{ outputs: 5 },
		);
		expect(ticketsOf(result, 3)[0].routing).toEqual({ queue: 'fraud', level: 'L3', rule: 'Fraud', reason: 'urgent review' });
		expect(JSON.stringify(input)).toBe(snapshot);
	});
});

describe('Escalation Router: guard rails', () => {
	const catchAll = panel([rule('Everything', [{ field: 'channel', operator: 'exists' }], { queue: 'payments', level: 'L3' })]);

	it('sends responsible-gambling tickets to Compliance at L2 before any rule, by category, rg: tag or self-exclusion', async () => {
		const result = await runNode(
			TYPE,
			catchAll,
			[
				item({ id: 'a', category: 'responsible_gambling' }),
				item({ id: 'b', tags: ['RG:self_exclusion'] }),
				item({ id: 'c', crm: { ...makeTicket().crm!, selfExcluded: true, vipTier: 'gold' } }),
				item({ id: 'd' }),
			],
			{ outputs: 4 },
		);
		expect(outputByItem(result)).toEqual([0, 0, 0, 3]);
		for (const ticket of ticketsOf(result, 0)) {
			expect(ticket.routing).toMatchObject({ queue: 'compliance', level: 'L2', rule: 'guard:responsible_gambling' });
		}
	});

	it('sends VIP tiers to the VIP Manager output keeping the level the rules chose; the tiers are configurable', async () => {
		const vip = { crm: { ...makeTicket().crm!, vipTier: 'Platinum' } };
		const silver = { crm: { ...makeTicket().crm!, vipTier: 'silver' } };
		const result = await runNode(TYPE, catchAll, [item(vip), item(silver)], { outputs: 4 });
		expect(outputByItem(result)).toEqual([1, 3]);
		expect(ticketsOf(result, 1)[0].routing).toMatchObject({ queue: 'vip_manager', level: 'L3', rule: 'guard:vip' });
		expect(ticketsOf(result, 1)[0].routing!.reason).toMatch(/Platinum.*Everything/);

		const custom = await runNode(TYPE, { ...catchAll, options: { ...OPTIONS, vipTiers: 'silver' } }, [item(vip), item(silver)], {
			outputs: 4,
		});
		expect(outputByItem(custom)).toEqual([3, 1]);
	});

	it('shows the guard rails in the panel', () => {
		const description = new TestNodeTypes().getByNameAndVersion(TYPE, 1).description;
		const notice = description.properties.find((property) => property.type === 'notice');
		expect(notice?.displayName).toMatch(/Compliance output.*VIP Manager output/);
	});
});

describe('Escalation Router: JSON rules', () => {
	const table = {
		rules: [
			{ name: 'Payouts', conditions: [{ field: 'category', operator: 'in', value: ['withdrawal'] }], route: { queue: 'payments', level: 'L2' } },
			{ name: 'Fraud', conditions: [{ field: 'text', operator: 'containsAny', value: ['stolen'] }], route: { queue: 'fraud', level: 'L2' } },
			{ name: 'Docs', conditions: [{ field: 'category', operator: 'equals', value: 'kyc' }], route: { queue: 'kyc', level: 'L1' } },
		],
		defaultRoute: { queue: 'general', level: 'L1' },
		customQueues: ['fraud'],
	};

	it('routes to one output per queue, custom queues to Other Queues, from text or an object', async () => {
		const input = [
			item({ category: 'withdrawal' }),
			item({ body: 'my card was stolen' }),
			item({ category: 'kyc' }),
			item({}),
			item({ category: 'responsible_gambling' }),
		];
		// As typed text, and as an object an expression reads from the items (rules kept in one place).
		for (const rulesJson of [JSON.stringify(table), '={{ $json.table }}']) {
			const withTable = input.map((entry) => ({ ...entry, table }));
			const result = await runNode(TYPE, { operation: 'route', rulesSource: 'json', rulesJson, options: OPTIONS }, withTable, {
				outputs: 7,
			});
			expect(outputByItem(result)).toEqual([3, 6, 4, 2, 0]);
			expect(ticketsOf(result, 6)[0].routing).toMatchObject({ queue: 'fraud', rule: 'Fraud' });
		}
	});

	it.each([
		[{ field: 'crm.vipLevel', operator: 'equals', value: 'x' }, /Rule #1 "Broken": unknown field 'crm.vipLevel'/],
		[{ field: 'category', operator: 'regex', value: 'x' }, /Rule #1 "Broken": unknown operator 'regex'/],
		[{ field: 'crm.balance', operator: 'gt', value: 'lots' }, /Rule #1 "Broken": field 'crm.balance' needs a number/],
	])('stops with an error naming the rule for %j', async (condition, message) => {
		const rulesJson = JSON.stringify({
			rules: [{ name: 'Broken', conditions: [condition], route: { queue: 'general', level: 'L1' } }],
			defaultRoute: { queue: 'general', level: 'L1' },
		});
		const result = await runNode(TYPE, { operation: 'route', rulesSource: 'json', rulesJson, options: OPTIONS }, [item()], {
			outputs: 7,
		});
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toMatch(/rules\[0\]\.conditions\[0\]/);
	});

	it('names a bad JSON text', async () => {
		const result = await runNode(TYPE, { operation: 'route', rulesSource: 'json', rulesJson: '{ rules: [', options: OPTIONS }, [item()], {
			outputs: 7,
		});
		expect(result.error?.message).toMatch(/Rules \(JSON\) is not valid JSON/);
	});
});

describe('Escalation Router: bad input and Continue On Fail', () => {
	it('stops on a ticket that breaks the contract, naming the item and field', async () => {
		const result = await runNode(TYPE, panel([]), [item(), { ticket: { ...makeTicket(), channel: 'fax' } }], { outputs: 3 });
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/^Item 1: .*ticket\.channel/);
	});

	it('with Continue On Fail sends the bad item to the error output and routes the others', async () => {
		const result = await runNode(TYPE, panel([]), [item(), { note: 'no ticket here' }, item({ category: 'responsible_gambling' })], {
			outputs: 4,
			settings: { onError: 'continueErrorOutput' },
		});
		expect(result.status).toBe('success');
		expect(result.items('Node', 2)).toHaveLength(1);
		expect(result.items('Node', 0)).toHaveLength(1);
		const errors = result.items('Node', 3);
		expect(errors).toHaveLength(1);
		expect(errors[0].pairedItem).toEqual({ item: 1 });
	});

	it('with Continue On Fail turns a broken rule into an error on every item instead of stopping', async () => {
		const broken = panel([rule('Bad', [{ field: 'priority', operator: 'gt', value: '3' }])]);
		const stopped = await runNode(TYPE, broken, [item(), item()], { outputs: 4 });
		expect(stopped.error?.message).toMatch(/Rule #1 "Bad": operator 'gt' does not apply to field 'priority'/);
		const continued = await runNode(TYPE, broken, [item(), item()], { outputs: 4, settings: { continueOnFail: true } });
		expect(continued.status).toBe('success');
		const out = continued.items('Node', 0);
		expect(out.map((entry) => entry.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(out[0].json.error)).toMatch(/Rule #1 "Bad"/);
	});
});

describe('Escalation Router: escalation levels', () => {
	it('raises L1 → L2 → L3 through three nodes, then reports the ticket already at supervisor level', async () => {
		const node = (name: string, x: number): INode => ({
			id: name,
			name,
			type: TYPE,
			typeVersion: 1,
			position: [x, 0],
			parameters: { operation: 'escalate', reason: `={{ "SLA breached at " + $json.ticket.routing.level }}`, options: OPTIONS },
		});
		const result = await runWorkflow(
			{
				nodes: [
					{ id: 'in', name: 'Input', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					node('E1', 100),
					node('E2', 200),
					node('E3', 300),
				],
				connections: {
					Input: { main: [[{ node: 'E1', type: 'main', index: 0 }]] },
					E1: { main: [[{ node: 'E2', type: 'main', index: 0 }], []] },
					E2: { main: [[{ node: 'E3', type: 'main', index: 0 }], []] },
				},
			},
			{ input: [item({ routing: { queue: 'payments', level: 'L1', rule: 'Payouts', reason: 'r' } })] },
		);
		const level = (name: string, output: number) => (result.json(name, output)[0]?.ticket as Ticket | undefined)?.routing;
		expect(level('E1', 0)).toMatchObject({ queue: 'payments', level: 'L2', reason: 'SLA breached at L1' });
		expect(level('E2', 0)).toMatchObject({ level: 'L3', reason: 'SLA breached at L2' });
		expect(result.json('E3', 0)).toHaveLength(0);
		const top = result.json('E3', 1)[0].ticket as Ticket;
		expect(top.routing).toMatchObject({ level: 'L3' });
		expect(top.status).toBe('escalated');
		expect(top.history.map((entry) => entry.event)).toEqual(['escalated', 'escalated', 'escalated']);
		expect(top.history[2].detail).toMatchObject({ from: 'L3', to: 'L3', flag: 'max_level' });
	});

	it('refuses an empty reason', async () => {
		const result = await runNode(TYPE, { operation: 'escalate', reason: ' ', options: OPTIONS }, [item()], { outputs: 2 });
		expect(result.error?.message).toMatch(/needs a reason/);
	});
});

const agent = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	queues: ['general', 'payments'],
	languages: ['en'],
	skills: [],
	capacity: 100_000,
	openTickets: 0,
	active: true,
	...extra,
});

const assigning = (roster: unknown, strategy: string, extra: Record<string, unknown> = {}) =>
	panel([rule('Payouts', [{ field: 'category', operator: 'equals', value: 'withdrawal' }], { queue: 'payments' })], {
		assignmentSource: 'panel',
		roster: JSON.stringify(roster),
		strategy,
		...extra,
	});

function manyTickets(count: number, overrides: (i: number) => Partial<Ticket> = () => ({})) {
	return Array.from({ length: count }, (_, i) => item({ id: `tkt_${i.toString(16).padStart(8, '0')}`, ...overrides(i) }));
}

function assignees(result: RunResult): Map<string, number> {
	const counts = new Map<string, number>();
	for (const output of result.outputs('Node')) {
		for (const entry of output) {
			const id = (entry.json.ticket as Ticket).routing?.assignee ?? '(none)';
			counts.set(id, (counts.get(id) ?? 0) + 1);
		}
	}
	return counts;
}

describe('Escalation Router: assignment', () => {
	it('round robin spreads 10,000 tickets evenly (±10 %) over five agents, stateless and repeatable', async () => {
		const roster = ['a', 'b', 'c', 'd', 'e'].map((id) => agent(id));
		const input = manyTickets(10_000, (i) => ({ category: i % 2 ? 'withdrawal' : 'other' }));
		const first = await runNode(TYPE, assigning(roster, 'round_robin'), input, { outputs: 4 });
		const counts = assignees(first);
		expect([...counts.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		for (const count of counts.values()) expect(Math.abs(count - 2000)).toBeLessThan(200);
		// A second execution (another worker, no shared memory) assigns every ticket to the same agent.
		const again = await runNode(TYPE, assigning(roster, 'round_robin'), input.slice(0, 500), { outputs: 4 });
		const byId = (result: RunResult) =>
			Object.fromEntries(
				result.outputs('Node').flatMap((o) => o.map((e) => [(e.json.ticket as Ticket).id, (e.json.ticket as Ticket).routing!.assignee])),
			);
		const firstIds = byId(first);
		for (const [id, assignee] of Object.entries(byId(again))) expect(firstIds[id]).toBe(assignee);
	}, 120_000);

	it('least loaded evens out 10,000 tickets relative to capacity, starting from the open tickets in the roster', async () => {
		const roster = [
			agent('a', { capacity: 4000, openTickets: 1000 }),
			agent('b', { capacity: 4000, openTickets: 0 }),
			agent('c', { capacity: 2000, openTickets: 0 }),
			agent('d', { capacity: 6000, openTickets: 3000 }),
		];
		const result = await runNode(TYPE, assigning(roster, 'least_loaded'), manyTickets(10_000), { outputs: 4 });
		const counts = assignees(result);
		const ratios = roster.map((a) => (a.openTickets + (counts.get(a.id) ?? 0)) / a.capacity);
		// 14,000 open of 16,000 capacity: every agent ends at 87.5 % (± one ticket).
		for (const ratio of ratios) expect(Math.abs(ratio - 0.875)).toBeLessThan(0.001);
		expect(counts.get('(none)')).toBeUndefined();
	}, 120_000);

	it('by language picks a speaker, or leaves the ticket unassigned with the reason unless other languages are allowed', async () => {
		const roster = [agent('en1', { languages: ['en'] }), agent('it1', { languages: ['it', 'en'] })];
		const input = [item({ id: 'x1', language: 'it' }), item({ id: 'x2', language: 'pl' }), item({ id: 'x3', language: 'en' })];
		const strict = await runNode(TYPE, assigning(roster, 'by_language'), input, { outputs: 4 });
		const tickets = ticketsOf(strict, 2);
		expect(tickets.map((t) => t.routing!.assignee)).toEqual(['it1', undefined, 'en1']);
		expect(tickets[1].routing!.unassignedReason).toBe('no_agent_for_language');
		expect(tickets[1].history.at(-1)).toMatchObject({ event: 'unassigned', detail: { reason: 'no_agent_for_language' } });
		const lenient = await runNode(TYPE, assigning(roster, 'by_language', { options: { ...OPTIONS, allowOtherLanguages: true } }), input, {
			outputs: 4,
		});
		expect(ticketsOf(lenient, 2)[1].routing!.assignee).toBeDefined();
	});

	it('respects capacity, shifts and queues; the rest stay unassigned with a reason', async () => {
		const roster = [
			agent('full', { capacity: 2, openTickets: 1 }),
			// NOW is Monday 12:00 UTC: an evening shift in Rome is off duty.
			agent('night', { shifts: [{ days: ['mon'], from: '20:00', to: '04:00', timeZone: 'Europe/Rome' }] }),
			agent('kyc-only', { queues: ['kyc'] }),
		];
		const result = await runNode(TYPE, assigning(roster, 'least_loaded'), manyTickets(3), { outputs: 4 });
		const tickets = ticketsOf(result, 2);
		expect(tickets.map((t) => t.routing!.assignee)).toEqual(['full', undefined, undefined]);
		expect(tickets[1].routing!.unassignedReason).toBe('all_at_capacity');
		const nobody = await runNode(TYPE, assigning([roster[1]], 'round_robin'), manyTickets(1), { outputs: 4 });
		expect(ticketsOf(nobody, 2)[0].routing!.unassignedReason).toBe('no_agent_on_shift');
	});

	it('reads the roster from a field of the input items (as loaded from the agents store)', async () => {
		const roster = [agent('zoe', { openTickets: 3, capacity: 4 })];
		const input = manyTickets(2).map((entry) => ({ ...entry, team: { agents: roster } }));
		const result = await runNode(
			TYPE,
			panel([], { assignmentSource: 'field', rosterField: 'team.agents', strategy: 'least_loaded' }),
			input,
			{ outputs: 3 },
		);
		const tickets = ticketsOf(result, 2);
		expect(tickets.map((t) => t.routing!.assignee)).toEqual(['zoe', undefined]);
		expect(result.json('Node', 2)[0].team).toEqual({ agents: roster });
		const missing = await runNode(TYPE, panel([], { assignmentSource: 'field', rosterField: 'staff' }), manyTickets(1), { outputs: 3 });
		expect(missing.error?.message).toMatch(/roster field 'staff'/);
	});

	it('fills roster defaults (languages, skills, active, open tickets) so a short roster works', async () => {
		const result = await runNode(TYPE, assigning([{ id: 'solo', queues: ['general'], capacity: 1 }], 'round_robin'), manyTickets(2), {
			outputs: 4,
		});
		expect(ticketsOf(result, 2).map((t) => t.routing!.assignee)).toEqual(['solo', undefined]);
	});

	it('without assignment keeps an earlier assignee when the queue stays the same, and drops it when the queue changes', async () => {
		const earlier = { queue: 'general', level: 'L1', rule: 'default', reason: 'r', assignee: 'anna' };
		const result = await runNode(
			TYPE,
			panel([rule('Payouts', [{ field: 'category', operator: 'equals', value: 'withdrawal' }], { queue: 'payments' })]),
			[item({ id: 'same', routing: earlier }), item({ id: 'moved', category: 'withdrawal', routing: earlier })],
			{ outputs: 4 },
		);
		expect(ticketsOf(result, 2)[0].routing!.assignee).toBe('anna');
		expect(ticketsOf(result, 3)[0].routing).toEqual({ queue: 'payments', level: 'L1', rule: 'Payouts', reason: "matched rule 'Payouts'" });
	});

	it('stops on a roster with duplicate agents, naming the agent', async () => {
		const result = await runNode(TYPE, assigning([agent('anna'), agent('bo'), agent('anna')], 'round_robin'), manyTickets(1), {
			outputs: 4,
		});
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/Agent #3 'anna': duplicate agent id 'anna'/);
	});
});
