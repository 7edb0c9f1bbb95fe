/**
 * The whole intake pipeline in one execution through n8n-core's engine — Ticket Intake → Player
 * CRM → Support Assistant → SLA Timer → Escalation Router, with the parameters of the shipped
 * workflow — against the same chain with each of our nodes replaced by a Set node: our nodes' own
 * cost. The CRM is the reference server on 127.0.0.1 without added latency.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { INode, IConnections } from 'n8n-workflow';

import { createCrmServer } from '../../crm-server/server';
import { runWorkflow, type WorkflowJson } from '../../../test/harness/engine';
import { median, resetPeak, row, SET_PARAMETERS, type BenchCase } from '../lib';
import { chatItems } from './ticket-intake';

const TICKETS = 10000;
const CHAIN = ['Ticket Intake', 'Player CRM', 'Support Assistant', 'SLA Timer Start', 'Escalation Router'];
const REFERENCE_TIME = '2026-03-01T10:00:00Z';

function shippedParameters(): Map<string, INode> {
	const file = path.join(__dirname, '..', '..', '..', 'workflows', 'intake-pipeline.json');
	const shipped = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: INode[] };
	return new Map(shipped.nodes.map((node) => [node.name, node]));
}

/** Manual trigger → the chain → a sink; every output of a node feeds the next one. */
function chainWorkflow(nodes: INode[], outputsOf: (node: INode) => number): WorkflowJson {
	const trigger: INode = { id: 'in', name: 'Input', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
	const sink: INode = { id: 'out', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [0, 0], parameters: {} };
	const all = [trigger, ...nodes, sink];
	const connections: IConnections = {};
	for (let i = 0; i < all.length - 1; i++) {
		const next = { node: all[i + 1].name, type: 'main' as const, index: 0 };
		connections[all[i].name] = { main: Array.from({ length: i === 0 ? 1 : outputsOf(all[i]) }, () => [next]) };
	}
	return { nodes: all, connections };
}

function ourChain(): WorkflowJson {
	const shipped = shippedParameters();
	const nodes = CHAIN.map((name, i) => {
		const node = shipped.get(name);
		if (!node) throw new Error(`workflows/intake-pipeline.json has no node "${name}"`);
		const parameters = JSON.parse(JSON.stringify(node.parameters)) as INode['parameters'];
		if (name === 'Ticket Intake') Object.assign(parameters, { channel: 'chat', verifySignatures: false });
		parameters.options = { ...((parameters.options ?? {}) as object), referenceTime: REFERENCE_TIME };
		const credentials = name === 'Player CRM' ? { playerCrmApi: { id: '1', name: 'playerCrmApi' } } : undefined;
		return { ...node, id: `n${i}`, parameters, ...(credentials ? { credentials } : {}) } as INode;
	});
	// Router outputs: Compliance, VIP Manager, Default, then one per panel rule.
	const rules = ((nodes[4].parameters.rules as { values?: unknown[] } | undefined)?.values ?? []).length;
	const counts: Record<string, number> = { 'Support Assistant': 2, 'SLA Timer Start': 3, 'Escalation Router': 3 + rules };
	return chainWorkflow(nodes, (node) => counts[node.name] ?? 1);
}

function setChain(): WorkflowJson {
	const nodes = CHAIN.map(
		(name, i): INode => ({ id: `s${i}`, name, type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [0, 0], parameters: SET_PARAMETERS }),
	);
	return chainWorkflow(nodes, () => 1);
}

export const cases: BenchCase[] = [
	{
		key: 'pipeline',
		run: async () => {
			const crm = await createCrmServer({ apiKey: 'bench-key' });
			try {
				// chatItems names players p-1000 … p-1499: make them all ordinary active players.
				const template = crm.players.get('p-1001')!;
				for (let i = 0; i < 500; i++) crm.players.set(`p-${1000 + i}`, { ...template, id: `p-${1000 + i}` });
				const input = chatItems(TICKETS);
				const credentials = { playerCrmApi: { baseUrl: crm.url, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: 'bench-key' } };
				const ours = ourChain();
				resetPeak();
				const oursMs = await median(async () => {
					const result = await runWorkflow(ours, { input, credentials });
					if (result.error) throw new Error(`pipeline failed: ${result.error.message}`);
					const leaving = result.outputs('Escalation Router').flat().length + result.outputs('Support Assistant')[0].length;
					if (leaving !== TICKETS) throw new Error(`pipeline lost items: ${leaving} of ${TICKETS}`);
				});
				const yardstick = setChain();
				const setMs = await median(async () => {
					await runWorkflow(yardstick, { input });
				});
				return [row('Intake pipeline (Intake → CRM → Assistant → SLA → Router)', TICKETS, oursMs, 'same chain of 5 Set nodes', setMs)];
			} finally {
				await crm.close();
			}
		},
	},
];
