/**
 * What the demo puts into n8n: the credentials (pointing at the reference CRM), the Data Tables
 * the workflows read and write, and the shipped workflows with their stable ids.
 */
import * as fs from 'fs';
import * as path from 'path';

import { ROOT } from './install';

export const CREDENTIAL_IDS = {
	playerCrm: 'igsCrmDemo000001',
	supportChannels: 'igsChannels00001',
	jobsToken: 'igsJobsToken0001',
} as const;

/** Header that the scheduled workflows' "Run Now" webhooks require (n8n's Header Auth credential). */
export const DEMO_JOBS_TOKEN = { name: 'X-Jobs-Token', value: 'demo-jobs-token' };

/** Demo signing secrets: Telegram, WhatsApp and Viber deliveries are checked; the chat widget is not (see docs/runtime.md). */
export const DEMO_SECRETS = {
	whatsappAppSecret: 'demo-whatsapp-app-secret',
	viberAuthToken: 'demo-viber-auth-token',
	telegramSecretToken: 'demo-telegram-secret',
	chatWidgetSecret: '',
	telegramApiUrl: '',
};

export interface DemoCredentialOptions {
	crmUrl: string;
	crmApiKey?: string;
}

/** The credentials in the plaintext shape `n8n import:credentials` takes (it encrypts them). */
export function demoCredentials({ crmUrl, crmApiKey = 'demo-crm-key' }: DemoCredentialOptions) {
	return [
		{
			id: CREDENTIAL_IDS.playerCrm,
			name: 'Player CRM (reference server)',
			type: 'playerCrmApi',
			data: { baseUrl: crmUrl, authentication: 'apiKey', apiKeyHeader: 'X-API-Key', apiKey: crmApiKey },
		},
		{
			id: CREDENTIAL_IDS.supportChannels,
			name: 'Support Channels (demo secrets)',
			type: 'supportChannelsApi',
			data: DEMO_SECRETS,
		},
		{
			id: CREDENTIAL_IDS.jobsToken,
			name: 'Jobs Run-Now Token (demo)',
			type: 'httpHeaderAuth',
			data: DEMO_JOBS_TOKEN,
		},
	];
}

export type ColumnType = 'string' | 'number' | 'boolean' | 'date';
export interface TableSpec {
	name: string;
	columns: Array<{ name: string; type: ColumnType }>;
}

const strings = (...names: string[]) => names.map((name) => ({ name, type: 'string' as const }));

/**
 * The Data Tables. Times are ISO-8601 strings (they sort and compare as text, and survive the
 * round trip through JSON unchanged); the whole object is kept as JSON text in one column so no
 * field is lost, while the columns beside it are what a person filters on in the table view.
 * `id`, `createdAt` and `updatedAt` are the table's own system columns, hence `ticketCreatedAt`.
 */
export const DATA_TABLES: TableSpec[] = [
	{
		name: 'support_tickets',
		columns: strings(
			'ticketId',
			'threadKey',
			'status',
			'queue',
			'level',
			'assignee',
			'channel',
			'language',
			'category',
			'priority',
			'playerId',
			'vipTier',
			'slaState',
			'slaDueAt',
			'flags',
			'ticketCreatedAt',
			'ticketUpdatedAt',
			'ticket',
		),
	},
	{
		name: 'support_notifications',
		columns: strings('notificationId', 'ticketId', 'kind', 'queue', 'level', 'assignee', 'priority', 'message', 'at'),
	},
	{
		name: 'qa_samples',
		columns: strings('sampleId', 'ticketId', 'agent', 'channel', 'period', 'reason', 'sampledAt', 'sample'),
	},
	{
		name: 'kpi_reports',
		columns: strings('rowId', 'period', 'dimension', 'key', 'generatedAt', 'metrics'),
	},
	{
		name: 'vip_offers',
		columns: strings('offerId', 'playerId', 'status', 'reason', 'grantId', 'at', 'offer'),
	},
];

export const WORKFLOWS_DIR = path.join(ROOT, 'workflows');

export interface WorkflowFile {
	id: string;
	name: string;
	nodes: Array<{ type: string; name: string; parameters?: Record<string, unknown>; credentials?: Record<string, { id: string; name: string }> }>;
	connections: Record<string, unknown>;
	active?: boolean;
	settings?: Record<string, unknown>;
}

/** The shipped workflows (workflows/*.json), each with its stable id. */
export function shippedWorkflows(dir = WORKFLOWS_DIR): WorkflowFile[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as WorkflowFile);
}
