import type { IDataObject } from 'n8n-workflow';

import { createCrmServer } from '../../crm-server/server';
import { runNode } from '../../../test/harness/engine';
import { median, resetPeak, row, type BenchCase } from '../lib';

const LOOKUPS = 5000;
const LATENCY_MS = 20;
const PARALLELISM = 5;

/** 5,000 tickets; every fifth repeats an earlier player, so 4,000 are unique (20 % repeats). */
function tickets(): IDataObject[] {
	const ids: string[] = [];
	let unique = 0;
	for (let i = 0; i < LOOKUPS; i++) {
		ids.push(i % 5 === 4 ? ids[(i * 7919) % ids.length] : `bench-${unique++}`);
	}
	return ids.map((id, i) => ({
		ticket: {
			schemaVersion: 1,
			id: `tkt_bench_${i}`,
			channel: 'chat',
			player: { id },
			tags: [],
			history: [],
		},
	}));
}

export const cases: BenchCase[] = [
	{
		key: 'crm',
		run: async () => {
			const crm = await createCrmServer({ apiKey: 'bench-key' });
			try {
				const input = tickets();
				const unique = new Set(input.map((item) => ((item.ticket as { player: { id: string } }).player.id))).size;
				const template = crm.players.get('p-1001')!;
				for (let i = 0; i < unique; i++) crm.players.set(`bench-${i}`, { ...template, id: `bench-${i}` });
				crm.setFault({ mode: 'slow', latencyMs: LATENCY_MS });
				const credentials = { playerCrmApi: { baseUrl: crm.url, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: 'bench-key' } };
				const parameters = { options: { parallelism: PARALLELISM, referenceTime: '2026-03-01T10:00:00Z' } };
				resetPeak();
				let requests = 0;
				const ms = await median(async () => {
					const before = crm.stats.requests['GET /v1/players/{id}'] ?? 0;
					const result = await runNode('playerCrm', parameters, input, { credentials, outputs: 1 });
					const out = result.items('Node', 0);
					if (out.length !== LOOKUPS || out.some((item) => !(item.json.ticket as { crm?: unknown }).crm)) {
						throw new Error('Player CRM lost or failed items');
					}
					requests = (crm.stats.requests['GET /v1/players/{id}'] ?? 0) - before;
				});
				if (requests !== unique) throw new Error(`Expected ${unique} CRM requests, the server saw ${requests}`);
				const ideal = (unique * LATENCY_MS) / PARALLELISM;
				return [row(`Player CRM Get (${unique} unique, ${LATENCY_MS} ms latency, ${PARALLELISM} parallel)`, LOOKUPS, ms, 'ideal: unique × latency ÷ parallelism', ideal)];
			} finally {
				await crm.close();
			}
		},
	},
];
