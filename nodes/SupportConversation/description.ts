import type { INodeProperties } from 'n8n-workflow';

import { slaTimerProperties } from '../SlaTimer/description';

/** The SLA Timer's policy and calendar settings: the conversation moves the same clocks. */
const SLA_SETTINGS = ['policySource', 'policies', 'policiesJson', 'calendars'];

export const supportConversationProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'join',
		options: [
			{
				name: 'Join Thread',
				value: 'join',
				action: 'Join a message to its thread',
				description: "Add the player's message to the thread's open ticket, reopen a recently resolved one, or start a new ticket",
			},
			{
				name: 'Agent Action',
				value: 'agentAction',
				action: 'Apply an agent action',
				description: 'Reply, note, pending, resolve, reopen, reassign, escalate, or change priority or category',
			},
			{
				name: 'Widget Replies',
				value: 'widgetReplies',
				action: 'List replies for the chat widget',
				description: "The bot's and agents' public messages after the last one the widget shows",
			},
		],
	},
	{
		displayName: 'Stored Ticket Field',
		name: 'storedTicketField',
		type: 'string',
		default: 'storedTicket',
		required: true,
		description:
			"Item field holding the thread's latest stored ticket (an object, or the JSON text of a Data Table row's ticket column). Empty or missing: there is none.",
	},
	{
		displayName: 'Event Source',
		name: 'source',
		type: 'options',
		default: 'api',
		displayOptions: { show: { operation: ['agentAction'] } },
		options: [
			{ name: 'Agent API', value: 'api', description: 'The pack\'s agent API body: { type, ticketId, agentId, actionId, text?, reason?, … }' },
			{ name: 'Chatwoot Webhook', value: 'chatwoot', description: 'Chatwoot message_created (outgoing) and conversation_status_changed events' },
		],
	},
	{
		displayName: 'Action Field',
		name: 'actionField',
		type: 'string',
		default: 'body',
		displayOptions: { show: { operation: ['agentAction'] } },
		description: 'Item field holding the action (a Webhook node puts the request body in "body")',
	},
	{
		displayName: 'After Message ID',
		name: 'afterMessageId',
		type: 'string',
		default: '={{ $json.query?.after ?? "" }}',
		displayOptions: { show: { operation: ['widgetReplies'] } },
		description: 'The ID of the last message the widget already shows; empty lists every reply',
	},
	{
		displayName: 'Agents',
		name: 'agents',
		type: 'string',
		default: '',
		placeholder: 'agent-anna, agent-bo, supervisor-eva',
		displayOptions: { show: { operation: ['agentAction'] } },
		description: 'Agent IDs allowed to act, separated by commas or new lines. Empty accepts any agent ID.',
	},
	...slaTimerProperties.filter((property) => SLA_SETTINGS.includes(property.name)),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Paused While Pending',
				name: 'pausedWhilePending',
				type: 'multiOptions',
				default: ['resolution', 'escalation'],
				description: 'SLA metrics that stop while the ticket waits for the player',
				options: [
					{ name: 'Escalation', value: 'escalation' },
					{ name: 'First Response', value: 'firstResponse' },
					{ name: 'Next Response', value: 'nextResponse' },
					{ name: 'Resolution', value: 'resolution' },
				],
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-01-31T12:00:00Z',
				description: 'The time the actions happen at (replays and tests). Empty: the time of the execution.',
			},
			{
				displayName: 'Reopen Window (Days)',
				name: 'reopenWindowDays',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 7,
				displayOptions: { show: { '/operation': ['join'] } },
				description: 'A message this many days or less after the ticket was resolved reopens it; later messages start a new ticket',
			},
		],
	},
];
