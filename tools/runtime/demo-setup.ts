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
	messaging: 'igsMessaging0001',
	smtp: 'igsSmtpDemo00001',
	agentToken: 'igsAgentToken001',
} as const;

/** Header the agent API (workflows/agent-actions.json) requires: n8n's Header Auth credential. */
export const DEMO_AGENT_TOKEN = { name: 'X-Agent-Token', value: 'demo-agent-token' };

/** The reference channel gateway's demo tokens (tools/channel-gateway). */
export const DEMO_MESSAGING = {
	telegramToken: '123456:demo-telegram-token',
	whatsappToken: 'demo-whatsapp-token',
	whatsappPhoneNumberId: '100200300',
	whatsappApiVersion: 'v21.0',
	viberToken: 'demo-viber-token',
	viberSenderName: 'Casino Support',
};

/** Support Messaging credential data pointing every channel at one base URL (the gateway, or a real API per channel). */
export function messagingCredential(gatewayUrl: string) {
	return { ...DEMO_MESSAGING, telegramBaseUrl: gatewayUrl, whatsappBaseUrl: gatewayUrl, viberBaseUrl: gatewayUrl };
}

/** n8n's SMTP credential for the gateway's SMTP sink (no TLS on 127.0.0.1). */
export function smtpCredential(smtpPort: number) {
	return { host: '127.0.0.1', port: smtpPort, secure: false, disableStartTls: true, user: 'desk', password: 'desk', hostName: 'desk.igaming-support.dev' };
}

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
	gatewayUrl?: string;
	smtpPort?: number;
}

/** The credentials in the plaintext shape `n8n import:credentials` takes (it encrypts them). */
export function demoCredentials({ crmUrl, crmApiKey = 'demo-crm-key', gatewayUrl = 'http://127.0.0.1:5681', smtpPort = 2525 }: DemoCredentialOptions) {
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
		{
			id: CREDENTIAL_IDS.messaging,
			name: 'Support Messaging (reference gateway)',
			type: 'supportMessagingApi',
			data: messagingCredential(gatewayUrl),
		},
		{
			id: CREDENTIAL_IDS.smtp,
			name: 'Support SMTP (reference sink)',
			type: 'smtp',
			data: smtpCredential(smtpPort),
		},
		{
			id: CREDENTIAL_IDS.agentToken,
			name: 'Agent API Token (demo)',
			type: 'httpHeaderAuth',
			data: DEMO_AGENT_TOKEN,
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
