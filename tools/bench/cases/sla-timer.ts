import type { Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { addBusinessMinutes } from '../../../nodes/shared/domain/sla/clock';
import { start } from '../../../nodes/shared/domain/sla/metrics';
import { DEFAULT_SLA_POLICIES, selectPolicy } from '../../../nodes/shared/domain/sla/policy';
import type { Ticket } from '../../../nodes/shared/domain/ticket';
import { runNode } from '../../../test/harness/engine';
import { oracleDue } from '../../../test/unit/sla/oracle';
import { median, resetPeak, row, setNodeMs, type BenchCase } from '../lib';

const NOW = '2026-03-02T10:00:00.000Z';
const CHANNELS = ['chat', 'email', 'telegram', 'whatsapp', 'phone', 'viber', 'web_form'] as const;

/** Started tickets spread over the last two hours, so Check sends them out by all three outputs. */
export function startedTickets(count: number): Array<{ ticket: Ticket }> {
	const nowMs = Date.parse(NOW);
	return Array.from({ length: count }, (_, i) => {
		const createdAt = new Date(nowMs - (i % 120) * 60_000).toISOString();
		const ticket: Ticket = {
			schemaVersion: 1,
			id: `tkt_${i.toString(16).padStart(24, '0')}`,
			channel: CHANNELS[i % CHANNELS.length],
			externalId: `m-${i}`,
			threadKey: `chat:${i % 997}`,
			player: { id: `p-${1000 + (i % 500)}` },
			body: 'my withdrawal has been pending for 3 days',
			language: 'en',
			category: 'withdrawal',
			complexity: i % 3 === 0 ? 'complex' : 'simple',
			priority: 'normal',
			tags: ['channel:chat'],
			status: 'open',
			createdAt,
			updatedAt: createdAt,
			history: [],
		};
		return { ticket: start(ticket, selectPolicy(DEFAULT_SLA_POLICIES, ticket), [], createdAt) };
	});
}

/** An office calendar with split shifts, an overnight shift, holidays and a DST change in range. */
const ROME: Calendar = {
	name: 'rome',
	kind: 'business',
	timeZone: 'Europe/Rome',
	hours: {
		mon: ['09:00-13:00', '14:00-18:00'],
		tue: ['09:00-13:00', '14:00-18:00'],
		wed: ['09:00-13:00', '14:00-18:00'],
		thu: ['09:00-13:00', '14:00-18:00'],
		fri: ['09:00-13:00', '14:00-18:00', '22:00-02:00'],
		sat: ['10:00-14:00'],
	},
	holidays: ['2026-04-06', '2026-04-25', '2026-05-01'],
};

/** Start instants every 37 minutes from 20 March 2026 (DST on 29 March), targets 5 min .. 8 h. */
function dueCases(count: number): Array<[number, number]> {
	const base = Date.parse('2026-03-20T00:00:00Z');
	const targets = [5, 15, 60, 120, 480];
	return Array.from({ length: count }, (_, i) => [base + i * 37 * 60_000, targets[i % targets.length]]);
}

export const cases: BenchCase[] = [
	{
		key: 'sla',
		run: async () => {
			const items = Number(process.env.SLA_BENCH_ITEMS ?? 100_000);
			const input = startedTickets(items);
			const parameters = { operation: 'check', options: { referenceTime: NOW } };
			// Load and compile both nodes first, so a single repeat does not time module loading.
			await runNode('slaTimer', parameters, input.slice(0, 100), { outputs: 3 });
			await setNodeMs(input.slice(0, 100));
			resetPeak();
			const ours = await median(async () => {
				const result = await runNode('slaTimer', parameters, input, { outputs: 3 });
				const counts = [0, 1, 2].map((o) => result.items('Node', o).length);
				if (counts.reduce((a, b) => a + b, 0) !== items || counts.some((c) => c === 0)) {
					throw new Error(`SLA Timer routed ${counts.join('/')} of ${items}`);
				}
			});
			const checkRow = row('SLA Timer: Check', items, ours, 'Set node', await setNodeMs(input));

			const dues = 300;
			const due = dueCases(dues);
			const clock = await median(async () => {
				for (const [startMs, minutes] of due) addBusinessMinutes(ROME, new Date(startMs).toISOString(), minutes);
			});
			const oracle = await median(async () => {
				for (const [startMs, minutes] of due) oracleDue(ROME, startMs, minutes);
			});
			for (const [startMs, minutes] of due.slice(0, 200)) {
				if (Date.parse(addBusinessMinutes(ROME, new Date(startMs).toISOString(), minutes)) !== oracleDue(ROME, startMs, minutes)) {
					throw new Error('business clock and oracle disagree');
				}
			}
			// The clock is ~100x faster than the oracle: keep four decimals so the ratio is readable.
			const dueRow = { ...row('SLA due time (business hours)', dues, clock, 'brute-force oracle', oracle), ratio: Number((clock / oracle).toFixed(4)) };
			return [checkRow, dueRow];
		},
	},
];
