/**
 * Runs a shipped workflow (workflows/*.json, exactly as n8n imports it) through the in-process
 * engine, with the Data Tables in memory and the webhook responses captured.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ExecutionLifecycleHooks } from 'n8n-core';
import type { IExecuteResponsePromiseData, INodeExecutionData, IWorkflowBase } from 'n8n-workflow';

import { DATA_TABLES, DEMO_SECRETS, messagingCredential, smtpCredential } from '../../../tools/runtime/demo-setup';
import { runWorkflow, type RunResult, type WorkflowJson } from '../../harness/engine';
import { InMemoryDataTables } from './in-memory-data-tables';

const WORKFLOWS = path.resolve(__dirname, '..', '..', '..', 'workflows');

export function loadWorkflow(file: string): WorkflowJson & { id: string } {
	return JSON.parse(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8')) as WorkflowJson & { id: string };
}

/** The shipped Data Tables, empty; `uniqueKeys` as `start:queue` indexes them in Postgres (`support_tickets.ticketId`). */
export function newTables(uniqueKeys: string[] = []): InMemoryDataTables {
	return new InMemoryDataTables(DATA_TABLES, uniqueKeys);
}

/** Where replies go in tests: the reference channel gateway and its SMTP sink (nothing listens on port 9). */
export interface GatewayAddress {
	url: string;
	smtpPort: number;
}

export function crmCredentials(crmUrl: string, gateway: GatewayAddress = { url: 'http://127.0.0.1:9', smtpPort: 9 }) {
	return {
		playerCrmApi: { baseUrl: crmUrl, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: 'demo-crm-key' },
		supportChannelsApi: { ...DEMO_SECRETS },
		supportMessagingApi: messagingCredential(gateway.url),
		smtp: smtpCredential(gateway.smtpPort),
	};
}

export interface ShippedRun {
	result: RunResult;
	/** What Respond to Webhook sent (status, body, headers), if it ran. */
	response?: { statusCode: number; body: Record<string, unknown>; headers: Record<string, string> };
}

export async function runShipped(
	workflow: WorkflowJson,
	options: {
		tables: InMemoryDataTables;
		crmUrl: string;
		gateway?: GatewayAddress;
		startNode?: string;
		input?: Array<INodeExecutionData | INodeExecutionData['json']>;
	},
): Promise<ShippedRun> {
	const hooks = new ExecutionLifecycleHooks('webhook', 'test-execution', {
		id: 'test-workflow',
		name: workflow.name ?? 'test',
		nodes: workflow.nodes,
		connections: workflow.connections,
	} as unknown as IWorkflowBase);
	let response: ShippedRun['response'];
	hooks.addHandler('sendResponse', (data: IExecuteResponsePromiseData) => {
		const raw = data as { body?: unknown; statusCode?: number; headers?: Record<string, string> };
		response = {
			statusCode: raw.statusCode ?? 200,
			body: (typeof raw.body === 'string' ? JSON.parse(raw.body) : raw.body) as Record<string, unknown>,
			headers: raw.headers ?? {},
		};
	});
	const result = await runWorkflow(workflow, {
		startNode: options.startNode,
		input: options.input,
		credentials: crmCredentials(options.crmUrl, options.gateway),
		additionalData: { ...options.tables.additionalData(), hooks },
	});
	return { result, response };
}

/** A Webhook node's output for a JSON POST, with the raw body kept (Raw Body on), optionally signed. */
export function webhookItem(body: unknown, headers: Record<string, string> = {}): INodeExecutionData {
	const raw = JSON.stringify(body);
	return {
		json: { headers: { 'content-type': 'application/json', ...headers }, params: {}, query: {}, body: body as INodeExecutionData['json'] },
		binary: { data: { data: Buffer.from(raw).toString('base64'), mimeType: 'application/json' } },
	};
}

export { sign } from './shipped-sign';
