/**
 * Bench `queue` (only with BENCH_QUEUE=1: it starts real servers): intake webhook requests per
 * second at 16 concurrent clients, first against the single-process stack of `npm start`
 * (n8n on SQLite), then against queue mode (main + two workers, Postgres, Redis), on the same
 * machine in the same run. Each side is warmed up, then posts BENCH_QUEUE_TICKETS (default 600)
 * fresh real-shaped deliveries over every channel and language; the median of BENCH_REPEATS runs.
 * The queue row's ratio is its time over the single process's for the same traffic (below 1:
 * queue mode is faster).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { ROOT } from '../../runtime/install';
import { startQueueStack } from '../../runtime/queue/queue-stack';
import { makeDeliveries, postAll } from '../../runtime/queue/traffic';
import { startStack } from '../../runtime/stack';
import { REPEATS, resetPeak, sampleMemory, peakRssMb, type BenchCase, type Row } from '../lib';

const TICKETS = Number(process.env.BENCH_QUEUE_TICKETS ?? 600);
const CLIENTS = 16;
const quiet = (message: string) => {
	if (process.env.BENCH_VERBOSE === '1') process.stderr.write(`  ${message}\n`);
};

/** Median ms to get TICKETS deliveries answered at CLIENTS clients; every answer must be a 200. */
async function measure(baseUrl: string, label: string): Promise<number> {
	const stamp = Date.now().toString(36);
	await postAll(makeDeliveries(64, `bench-${label}-warm-${stamp}`), { baseUrl, clients: CLIENTS, timeoutMs: 60_000 });
	const times: number[] = [];
	for (let i = 0; i < REPEATS; i++) {
		const result = await postAll(makeDeliveries(TICKETS, `bench-${label}-${stamp}-${i}`), { baseUrl, clients: CLIENTS, timeoutMs: 60_000, maxAttempts: 3 });
		sampleMemory();
		const failed = result.outcomes.filter((o) => o.status !== 200).length;
		if (failed) throw new Error(`${label}: ${failed} of ${TICKETS} deliveries not answered 200`);
		times.push(result.ms);
		process.stderr.write(`  ${label} run ${i + 1}: ${TICKETS} tickets in ${(result.ms / 1000).toFixed(1)} s (${((TICKETS / result.ms) * 1000).toFixed(1)}/s)\n`);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

function toRow(name: string, ms: number, yardstick: string, yardstickMs: number): Row {
	return {
		name,
		items: TICKETS,
		ms: Math.round(ms),
		itemsPerSecond: Math.round((TICKETS / ms) * 1000 * 10) / 10,
		peakRssMb: peakRssMb(),
		yardstick,
		ratio: Math.round((ms / yardstickMs) * 100) / 100,
	};
}

export const cases: BenchCase[] = [
	{
		key: 'queue',
		run: async () => {
			if (process.env.BENCH_QUEUE !== '1') {
				process.stderr.write('  queue: skipped (starts real servers; set BENCH_QUEUE=1)\n');
				return [];
			}
			resetPeak();
			const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'igs-bench-single-'));
			let singleMs: number;
			const single = await startStack({ userFolder, n8nPort: 5798, runnerBrokerPort: 5799, crmPort: 5800, log: quiet });
			try {
				singleMs = await measure(single.n8nUrl, 'single process');
			} finally {
				await single.stop();
				fs.rmSync(userFolder, { recursive: true, force: true });
			}
			let queueMs: number;
			const queue = await startQueueStack({
				dir: path.join(ROOT, '.runtime', 'queue-bench'),
				fresh: true,
				database: 'n8n_queue_bench',
				skipBuild: true,
				ports: { n8n: 5808, runnerBroker: 5809, crm: 5810, postgres: 5735, redis: 6382, workerBrokerBase: 5811, workerHealthBase: 5815 },
				log: quiet,
			});
			try {
				queueMs = await measure(queue.n8nUrl, 'queue mode');
			} finally {
				await queue.stop();
			}
			const rpsRatio = singleMs / queueMs;
			process.stderr.write(`  queue mode / single process, requests per second: ${rpsRatio.toFixed(2)}x\n`);
			return [
				toRow(`intake webhooks, ${CLIENTS} clients: single process (npm start, SQLite)`, singleMs, 'itself', singleMs),
				toRow(`intake webhooks, ${CLIENTS} clients: queue mode (main + 2 workers, Postgres, Redis)`, queueMs, 'single process, same run', singleMs),
			];
		},
	},
];
