/**
 * Escalation Router: 100,000 tickets through a 50-rule table in one execution, against n8n's
 * Switch node (typeVersion 3.2, rules mode) doing the same routing: the two guard rails as its
 * first two rules, then the same 50 rules, then a fallback output. Switch evaluates every rule
 * through the expression engine per item (~13 ms per item at 50 rules), so it is measured on a
 * subset and its time per item extrapolated to the full count; the row name says so. Both nodes
 * route the subset and must agree output by output, so the ratio compares the same work.
 */
import type { Ticket } from '../../../nodes/shared/domain/ticket';
import { runNode } from '../../../test/harness/engine';
import { median, REPEATS, resetPeak, row, SET_PARAMETERS, type BenchCase } from '../lib';

const NOW = '2026-03-02T12:00:00.000Z';
const CATEGORIES = ['technical', 'account_access', 'deposit', 'withdrawal', 'bonus', 'kyc', 'complaint', 'other'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const CHANNELS = ['chat', 'email', 'phone', 'telegram', 'whatsapp', 'viber', 'web_form'] as const;
const LANGUAGES = ['en', 'it', 'pl', 'ru', 'he', 'es'];
const TIERS = ['bronze', 'silver', 'bronze', 'silver', 'bronze', 'silver', 'bronze', 'silver', 'bronze', 'gold'];
const RULES = 50;

/** A deterministic spread of tickets: ~2 % responsible gambling, ~10 % VIP, the rest over 50 rules and the default. */
export function benchTickets(count: number): Array<{ ticket: Ticket }> {
	return Array.from({ length: count }, (_, i) => {
		const mix = (i * 2654435761) >>> 0;
		const category = mix % 50 === 7 ? 'responsible_gambling' : CATEGORIES[mix % CATEGORIES.length];
		const ticket: Ticket = {
			schemaVersion: 1,
			id: `tkt_${i.toString(16).padStart(24, '0')}`,
			channel: CHANNELS[(mix >>> 3) % CHANNELS.length],
			externalId: `m-${i}`,
			threadKey: `chat:${i % 997}`,
			player: { id: `p-${1000 + (i % 500)}` },
			subject: 'Support request',
			body: `Hello, ticket about k${(mix >>> 5) % 400}z, please help with my account`,
			language: LANGUAGES[(mix >>> 7) % LANGUAGES.length],
			category,
			complexity: mix % 3 === 0 ? 'complex' : 'simple',
			priority: PRIORITIES[(mix >>> 11) % PRIORITIES.length],
			tags: [`seg:${(mix >>> 13) % 400}`],
			status: 'open',
			createdAt: '2026-03-02T10:00:00.000Z',
			updatedAt: '2026-03-02T10:00:00.000Z',
			crm: {
				balance: (mix >>> 9) % 10_000,
				currency: 'EUR',
				accountStatus: 'active',
				vipTier: TIERS[(mix >>> 17) % TIERS.length],
				kycStatus: 'verified',
				selfExcluded: false,
				rgFlags: [],
				fetchedAt: '2026-03-02T10:00:00.000Z',
			},
			history: [],
		};
		return { ticket };
	});
}

type Cond = { field: string; operator: string; value: string | number };

/** The 50 rules, in a neutral form both nodes are built from. */
function ruleSpecs(): Cond[][] {
	return Array.from({ length: RULES }, (_, i) => {
		switch (i % 5) {
			case 0:
				return [
					{ field: 'category', operator: 'equals', value: CATEGORIES[i % CATEGORIES.length] },
					{ field: 'priority', operator: 'equals', value: 'urgent' },
				];
			case 1:
				return [
					{ field: 'language', operator: 'equals', value: LANGUAGES[i % LANGUAGES.length] },
					{ field: 'channel', operator: 'equals', value: CHANNELS[i % CHANNELS.length] },
				];
			case 2:
				return [
					{ field: 'crm.balance', operator: 'gt', value: 9000 + i * 10 },
					{ field: 'category', operator: 'equals', value: 'withdrawal' },
				];
			case 3:
				return [{ field: 'text', operator: 'containsAny', value: `k${i}z` }];
			default:
				return [{ field: 'tags', operator: 'contains', value: `seg:${i}` }];
		}
	});
}

const QUEUES = ['general', 'payments', 'kyc', 'disputes'];

function routerParameters() {
	return {
		operation: 'route',
		rulesSource: 'panel',
		rules: {
			values: ruleSpecs().map((conditions, i) => ({
				outputName: `R${i}`,
				queue: QUEUES[i % QUEUES.length],
				level: `L${(i % 3) + 1}`,
				combinator: 'and',
				conditions: { values: conditions.map((c) => ({ ...c, value: String(c.value) })) },
			})),
		},
		options: { referenceTime: NOW },
	};
}

const SWITCH_LEFT: Record<string, string> = {
	category: '={{ $json.ticket.category }}',
	priority: '={{ $json.ticket.priority }}',
	language: '={{ $json.ticket.language }}',
	channel: '={{ $json.ticket.channel }}',
	'crm.balance': '={{ $json.ticket.crm.balance }}',
	text: '={{ $json.ticket.subject + " " + $json.ticket.body }}',
	tags: '={{ $json.ticket.tags }}',
	'crm.vipTier': '={{ $json.ticket.crm.vipTier }}',
	'crm.selfExcluded': '={{ $json.ticket.crm.selfExcluded }}',
};

function switchCondition(c: Cond, id: string) {
	const operator =
		c.field === 'crm.balance'
			? { type: 'number', operation: 'gt' }
			: c.field === 'tags'
				? { type: 'array', operation: 'contains', rightType: 'any' }
				: c.field === 'crm.selfExcluded'
					? { type: 'boolean', operation: 'true', singleValue: true }
					: { type: 'string', operation: c.operator === 'containsAny' ? 'contains' : 'equals' };
	return { id, leftValue: SWITCH_LEFT[c.field], rightValue: c.value, operator };
}

function switchRule(conditions: Cond[], combinator: 'and' | 'or', key: string) {
	return {
		conditions: {
			options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
			conditions: conditions.map((c, j) => switchCondition(c, `${key}-${j}`)),
			combinator,
		},
		renameOutput: true,
		outputKey: key,
	};
}

/** Switch V3.2 rules: the responsible-gambling and VIP guard rails first, then the same 50 rules, then a fallback. */
function switchParameters() {
	const rg = switchRule(
		[
			{ field: 'category', operator: 'equals', value: 'responsible_gambling' },
			{ field: 'crm.selfExcluded', operator: 'isTrue', value: '' },
		],
		'or',
		'Compliance',
	);
	const vip = switchRule(
		['gold', 'platinum', 'diamond'].map((value) => ({ field: 'crm.vipTier', operator: 'equals', value })),
		'or',
		'VIP Manager',
	);
	return {
		mode: 'rules',
		rules: { values: [rg, vip, ...ruleSpecs().map((conditions, i) => switchRule(conditions, 'and', `R${i}`))] },
		options: { fallbackOutput: 'extra' },
	};
}

/** Items per output, in the router's output order (Compliance, VIP Manager, Default, R0…R49). */
export async function routerCounts(input: Array<{ ticket: Ticket }>): Promise<number[]> {
	const result = await runNode('escalationRouter', routerParameters(), input, { outputs: RULES + 3 });
	return result.outputs('Node').map((items) => items.length);
}

/** Switch's counts mapped to the router's order: its fallback (last) is the router's Default. */
async function switchCounts(input: Array<{ ticket: Ticket }>): Promise<number[]> {
	const result = await runNode('n8n-nodes-base.switch', switchParameters(), input, { typeVersion: 3.2, outputs: RULES + 3 });
	const counts = result.outputs('Node').map((items) => items.length);
	return [counts[0], counts[1], counts[RULES + 2], ...counts.slice(2, RULES + 2)];
}

function middle(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

export const cases: BenchCase[] = [
	{
		key: 'router',
		run: async () => {
			const items = Number(process.env.ROUTER_BENCH_ITEMS ?? 100_000);
			const subset = Math.min(items, Number(process.env.ROUTER_SWITCH_ITEMS ?? 5_000));
			const input = benchTickets(items);
			const sample = input.slice(0, subset);

			// Router and Set alternate, so load from other processes on a shared machine hits both alike.
			resetPeak();
			const routerTimes: number[] = [];
			const setTimes: number[] = [];
			for (let repeat = 0; repeat < REPEATS; repeat++) {
				routerTimes.push(
					await median(async () => {
						const counts = await routerCounts(input);
						if (counts.reduce((a, b) => a + b, 0) !== items) throw new Error('Escalation Router lost items');
					}, 1),
				);
				setTimes.push(
					await median(async () => {
						await runNode('n8n-nodes-base.set', SET_PARAMETERS, input, { typeVersion: 3.4, outputs: 1 });
					}, 1),
				);
			}
			const routerMs = middle(routerTimes);
			const setMs = middle(setTimes);
			// Switch runs once (minutes per run at 50 rules); that run is also the agreement check.
			let theirs: number[] = [];
			const switchSubsetMs = await median(async () => {
				theirs = await switchCounts(sample);
			}, 1);
			const ours = await routerCounts(sample);
			if (ours.join() !== theirs.join()) {
				throw new Error(`Router and Switch disagree on ${subset} tickets:\n${ours.join(' ')}\n${theirs.join(' ')}`);
			}
			if (ours.filter((count) => count > 0).length < RULES / 2) throw new Error(`Too few outputs used: ${ours.join(' ')}`);
			const switchMs = (switchSubsetMs / subset) * items;
			const switchName =
				subset < items ? `Switch 3.2 (${subset.toLocaleString('en')} items, extrapolated)` : 'Switch 3.2';
			const vsSwitch = row(`Escalation Router: ${RULES} rules`, items, routerMs, switchName, switchMs);
			// The ratio is far below 0.01, so keep three significant digits instead of two decimals.
			vsSwitch.ratio = Number((routerMs / switchMs).toPrecision(3));
			return [vsSwitch, row(`Escalation Router: ${RULES} rules`, items, routerMs, 'Set node (alternating runs)', setMs)];
		},
	},
];
