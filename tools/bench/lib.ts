/** What every benchmark case shares: the row it reports, median timing and the Set-node yardstick. */
import { runNode } from '../../test/harness/engine';
import type { IDataObject } from 'n8n-workflow';

export interface Row {
	name: string;
	items: number;
	ms: number;
	itemsPerSecond: number;
	peakRssMb: number;
	yardstick: string;
	ratio: number;
}

/** A benchmark case: one file under tools/bench/cases/ exporting `cases`. */
export interface BenchCase {
	/** Short key for `npm run bench -- <key>` filtering. */
	key: string;
	run: () => Promise<Row[]>;
}

export const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

let peakRss = 0;
/** Peak resident memory seen by `sampleMemory` since the last `resetPeak`. */
export function sampleMemory(): void {
	peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
export function resetPeak(): void {
	if (global.gc) global.gc();
	peakRss = process.memoryUsage().rss;
}
export function peakRssMb(): number {
	return Math.round(peakRss / 2 ** 20);
}

/** Median wall time in ms of REPEATS runs of `fn`. */
export async function median(fn: () => Promise<void>, repeats = REPEATS): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const start = process.hrtime.bigint();
		await fn();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
		sampleMemory();
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

export const SET_PARAMETERS = {
	mode: 'manual',
	assignments: { assignments: [{ id: 'a', name: 'seen', value: true, type: 'boolean' }] },
	options: {},
};

/** Median time of a Set node (one fixed assignment) over the same items: the usual yardstick. */
export async function setNodeMs(input: IDataObject[]): Promise<number> {
	return await median(async () => {
		await runNode('n8n-nodes-base.set', SET_PARAMETERS, input, { typeVersion: 3.4, outputs: 1 });
	});
}

export function row(name: string, items: number, ms: number, yardstick: string, yardstickMs: number): Row {
	return {
		name,
		items,
		ms: Math.round(ms),
		itemsPerSecond: Math.round((items / ms) * 1000),
		peakRssMb: peakRssMb(),
		yardstick,
		ratio: Math.round((ms / yardstickMs) * 100) / 100,
	};
}
