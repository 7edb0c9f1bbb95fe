/**
 * `npm run bench`: each node's cost through n8n-core's engine, as a ratio to a yardstick node
 * measured in the same run over the same items. Repeats each case and reports the median.
 */
import { runNode } from '../../test/harness/engine';

interface Row {
	name: string;
	items: number;
	ms: number;
	itemsPerSecond: number;
	peakRssMb: number;
	yardstick: string;
	ratio: number;
}

const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

async function median(fn: () => Promise<void>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < REPEATS; i++) {
		const start = process.hrtime.bigint();
		await fn();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

const MESSAGES = [
	'Hi, my withdrawal has been pending for 3 days',
	'ciao, non riesco a prelevare',
	'Dzień dobry, nie mogę wypłacić pieniędzy',
	'Здравствуйте, не могу войти в аккаунт',
	'שלום, איפה הבונוס שלי?',
	'Hola, quiero autoexcluirme, tengo un problema con el juego',
];

function chatItems(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		headers: {},
		body: {
			conversationId: `conv-${i % 997}`,
			messageId: `msg-${i}`,
			text: MESSAGES[i % MESSAGES.length],
			sentAt: '2026-03-01T09:58:00Z',
			player: { id: `p-${1000 + (i % 500)}` },
			source: 'chat',
		},
	}));
}

const SET_PARAMETERS = {
	mode: 'manual',
	assignments: { assignments: [{ id: 'a', name: 'ticket.seen', value: true, type: 'boolean' }] },
	options: {},
};

async function ticketIntake(items: number): Promise<Row> {
	const input = chatItems(items);
	const parameters = { options: { referenceTime: '2026-03-01T10:00:00Z' } };
	let peak = 0;
	const ours = await median(async () => {
		const result = await runNode('ticketIntake', parameters, input, { outputs: 1 });
		if (result.items('Node', 0).length !== items) throw new Error('Ticket Intake lost items');
		peak = Math.max(peak, process.memoryUsage().rss);
	});
	const yardstick = await median(async () => {
		await runNode('n8n-nodes-base.set', SET_PARAMETERS, input, { typeVersion: 3.4, outputs: 1 });
	});
	return {
		name: 'Ticket Intake',
		items,
		ms: ours,
		itemsPerSecond: Math.round((items / ours) * 1000),
		peakRssMb: Math.round(peak / 2 ** 20),
		yardstick: 'Set node',
		ratio: Math.round((ours / yardstick) * 100) / 100,
	};
}

async function main() {
	const rows = [await ticketIntake(10000)];
	console.log(`median of ${REPEATS} runs each`);
	console.table(rows);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
