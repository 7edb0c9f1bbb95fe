/**
 * `npm run bench -- qa`: the weekly QA and KPI jobs at desk scale. BENCH_QA_ITEMS closed tickets
 * (default 1,000,000) go through one execution that samples them (QA Sampler) and summarises
 * them (Support KPIs, with the HTML report), then through each node alone; every figure is a
 * ratio to a Set node over the same items. Peak RSS is sampled every 50 ms during the runs.
 */
import type { INode } from 'n8n-workflow';

import { runNode, runWorkflow, type WorkflowJson } from '../../../test/harness/engine';
import { manyClosedTickets } from '../../../test/fixtures/closed-tickets';
import { median, resetPeak, row, sampleMemory, setNodeMs, type BenchCase, type Row } from '../lib';

const ITEMS = Number(process.env.BENCH_QA_ITEMS ?? 1_000_000);
const AGENTS = 200;
const QA = { mode: 'rate', rate: 2, minimumPerAgent: 5, options: { referenceTime: '2026-03-09T06:00:00Z' } };
const KPIS = { options: { referenceTime: '2026-03-09T06:00:00Z' } };

function node(name: string, type: string, parameters: INode['parameters'], x: number, y = 0): INode {
	return { id: name, name, type, typeVersion: 1, position: [x, y], parameters };
}

/** Input → QA Sampler (three outputs) and Input → Support KPIs (two outputs), every output connected. */
const WEEKLY_JOB: WorkflowJson = {
	nodes: [
		node('Input', 'n8n-nodes-base.manualTrigger', {}, 0),
		node('QA Sampler', 'n8n-nodes-igaming-support.qaSampler', QA, 200, 0),
		node('Support KPIs', 'n8n-nodes-igaming-support.supportKpis', KPIS, 200, 300),
		...['Sampled', 'Summary', 'Not Sampled', 'Rows', 'Report'].map((name, i) => node(name, 'n8n-nodes-base.noOp', {}, 400, i * 100)),
	],
	connections: {
		Input: {
			main: [
				[
					{ node: 'QA Sampler', type: 'main', index: 0 },
					{ node: 'Support KPIs', type: 'main', index: 0 },
				],
			],
		},
		'QA Sampler': { main: ['Sampled', 'Summary', 'Not Sampled'].map((sink) => [{ node: sink, type: 'main', index: 0 }]) },
		'Support KPIs': { main: ['Rows', 'Report'].map((sink) => [{ node: sink, type: 'main', index: 0 }]) },
	},
};

async function whileSampling<T>(fn: () => Promise<T>): Promise<T> {
	const timer = setInterval(sampleMemory, 50);
	try {
		return await fn();
	} finally {
		clearInterval(timer);
		sampleMemory();
	}
}

export const cases: BenchCase[] = [
	{
		key: 'qa',
		run: async () => {
			const input = manyClosedTickets(ITEMS, AGENTS);
			const rows: Row[] = [];
			// Load and compile both node types (and n8n-nodes-base) before anything is timed.
			await runWorkflow(WEEKLY_JOB, { input: input.slice(0, 100) });
			const set = await whileSampling(() => setNodeMs(input));

			resetPeak();
			const both = await whileSampling(() =>
				median(async () => {
					const result = await runWorkflow(WEEKLY_JOB, { input });
					const sampled = result.items('QA Sampler', 0).length;
					const rest = result.items('QA Sampler', 2).length;
					if (sampled + rest !== ITEMS) throw new Error(`QA Sampler lost items: ${sampled} + ${rest}`);
					if (result.items('Support KPIs', 1).length !== 1) throw new Error('Support KPIs made no report');
				}),
			);
			rows.push(row('QA Sampler + Support KPIs (one execution)', ITEMS, both, 'Set node', set));
			rows.push(row('QA Sampler + Support KPIs (one execution)', ITEMS, both, 'two Set nodes', 2 * set));

			resetPeak();
			const qa = await whileSampling(() =>
				median(async () => {
					const result = await runNode('qaSampler', QA, input, { outputs: 3 });
					if (result.items('Node', 1).length !== 1) throw new Error('QA Sampler made no summary');
				}),
			);
			rows.push(row('QA Sampler', ITEMS, qa, 'Set node', set));

			resetPeak();
			const kpis = await whileSampling(() =>
				median(async () => {
					const result = await runNode('supportKpis', KPIS, input, { outputs: 2 });
					if (result.items('Node', 1).length !== 1) throw new Error('Support KPIs made no report');
				}),
			);
			rows.push(row('Support KPIs', ITEMS, kpis, 'Set node', set));
			return rows;
		},
	},
];
