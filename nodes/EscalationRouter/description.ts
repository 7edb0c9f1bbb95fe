import type { INodeProperties } from 'n8n-workflow';

const route = { operation: ['route'] };
const panelRules = { operation: ['route'], rulesSource: ['panel'] };

const QUEUE_OPTIONS = [
	{ name: 'Compliance', value: 'compliance', description: 'Responsible gambling, AML' },
	{ name: 'Custom Queue', value: 'custom', description: 'A queue of your own, named below' },
	{ name: 'Disputes', value: 'disputes' },
	{ name: 'General', value: 'general' },
	{ name: 'KYC', value: 'kyc' },
	{ name: 'Payments', value: 'payments' },
	{ name: 'VIP Manager', value: 'vip_manager' },
];

const LEVEL_OPTIONS = [
	{ name: 'L1 — Agent', value: 'L1' },
	{ name: 'L2 — Senior Specialist', value: 'L2' },
	{ name: 'L3 — Supervisor', value: 'L3' },
];

/** One entry per ROUTING_FIELDS name (a test keeps them in step). */
const CHOICE = 'Is Equal To, Is Not Equal To, Is One Of, Is Not One Of, Exists, Does Not Exist';
const TEXT = `${CHOICE}, Contains, Does Not Contain, Contains Any Of`;
const LIST = 'Contains (an element), Does Not Contain, Contains Any Of, Exists (not empty), Does Not Exist';
const NUMBER = 'Greater/Less Than (or Equal), Is Equal To, Is Not Equal To, Is One Of, Is Not One Of, Exists, Does Not Exist';

/** One entry per ROUTING_FIELDS name (a test keeps them in step); descriptions list the operators that fit. */
export const FIELD_OPTIONS = [
	{ name: 'Account Status (CRM)', value: 'crm.accountStatus', description: TEXT },
	{ name: 'Balance (CRM)', value: 'crm.balance', description: NUMBER },
	{ name: 'Category', value: 'category', description: CHOICE },
	{ name: 'Channel', value: 'channel', description: CHOICE },
	{ name: 'Complexity', value: 'complexity', description: CHOICE },
	{ name: 'KYC Status (CRM)', value: 'crm.kycStatus', description: TEXT },
	{ name: 'Language', value: 'language', description: `ISO 639-1 code. ${TEXT}.` },
	{ name: 'Priority', value: 'priority', description: CHOICE },
	{ name: 'Responsible-Gambling Flags (CRM)', value: 'crm.rgFlags', description: LIST },
	{ name: 'Self-Excluded (CRM)', value: 'crm.selfExcluded', description: 'Is True, Is False, Is Equal To (true/false), Exists' },
	{ name: 'SLA Metric State', value: 'sla.metrics.<name>.state', description: `Running, paused, achieved or breached. ${CHOICE}.` },
	{ name: 'Tags', value: 'tags', description: LIST },
	{ name: 'Text (Subject and Body)', value: 'text', description: 'Contains, Does Not Contain, Contains Any Of (whole words), Exists' },
	{ name: 'Ticket Age (Minutes)', value: 'ageMinutes', description: `Minutes since the ticket was created. ${NUMBER}.` },
	{ name: 'VIP Tier (CRM)', value: 'crm.vipTier', description: TEXT },
];

const OPERATOR_OPTIONS = [
	{ name: 'Contains', value: 'contains', description: 'Text contains the value, or a list has it as an element' },
	{ name: 'Contains Any Of', value: 'containsAny', description: 'Any of the comma-separated keywords (whole words, any case or accents)' },
	{ name: 'Does Not Contain', value: 'notContains' },
	{ name: 'Does Not Exist', value: 'notExists', description: 'Missing or empty' },
	{ name: 'Exists', value: 'exists', description: 'Present and not empty' },
	{ name: 'Greater Than', value: 'gt' },
	{ name: 'Greater Than or Equal', value: 'gte' },
	{ name: 'Is Equal To', value: 'equals' },
	{ name: 'Is False', value: 'isFalse' },
	{ name: 'Is Not Equal To', value: 'notEquals' },
	{ name: 'Is Not One Of', value: 'notIn', description: 'None of the comma-separated values' },
	{ name: 'Is One Of', value: 'in', description: 'One of the comma-separated values' },
	{ name: 'Is True', value: 'isTrue' },
	{ name: 'Less Than', value: 'lt' },
	{ name: 'Less Than or Equal', value: 'lte' },
];

export const escalationRouterProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'route',
		options: [
			{
				name: 'Escalate',
				value: 'escalate',
				action: 'Escalate a ticket one level',
				description: 'Raise each ticket one level (agent → senior specialist → supervisor) with a reason',
			},
			{
				name: 'Route',
				value: 'route',
				action: 'Route tickets to queues',
				description: 'Send each ticket to a queue and level by the rule table, then optionally assign an agent',
			},
		],
	},
	{
		displayName:
			'Guard rails always apply before your rules: responsible-gambling tickets (category, rg: tags or a self-excluded player) go to the Compliance output at L2; VIP players go to the VIP Manager output',
		name: 'guardNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: route },
	},
	{
		displayName: 'Rules Source',
		name: 'rulesSource',
		type: 'options',
		noDataExpression: true,
		default: 'panel',
		displayOptions: { show: route },
		options: [
			{ name: 'Rule Table in This Panel', value: 'panel', description: 'One output per rule, plus Default' },
			{
				name: 'JSON',
				value: 'json',
				description: 'A rule table kept as JSON (see the docs for the schema); one output per queue',
			},
		],
	},
	{
		displayName: 'Routing Rules',
		name: 'rules',
		placeholder: 'Add Routing Rule',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'Checked in order; the first rule whose conditions hold decides the queue and level',
		displayOptions: { show: panelRules },
		options: [
			{
				name: 'values',
				displayName: 'Rule',
				// Panel order follows how an admin reads a rule (name, route, conditions), not the alphabet.
				// eslint-disable-next-line n8n-nodes-base/node-param-fixed-collection-type-unsorted-items
				values: [
					{
						displayName: 'Output Name',
						name: 'outputName',
						type: 'string',
						default: '',
						placeholder: 'Urgent Payouts',
						description: 'Name of this rule and of its output on the canvas; empty means "Rule" and its position',
					},
					{
						displayName: 'Queue',
						name: 'queue',
						type: 'options',
						default: 'general',
						options: QUEUE_OPTIONS,
					},
					{
						displayName: 'Custom Queue Name',
						name: 'customQueue',
						type: 'string',
						default: '',
						placeholder: 'fraud',
						displayOptions: { show: { queue: ['custom'] } },
					},
					{
						displayName: 'Level',
						name: 'level',
						type: 'options',
						default: 'L1',
						options: LEVEL_OPTIONS,
					},
					{
						displayName: 'Match',
						name: 'combinator',
						type: 'options',
						default: 'and',
						options: [
							{ name: 'All Conditions (AND)', value: 'and' },
							{ name: 'Any Condition (OR)', value: 'or' },
						],
					},
					{
						displayName: 'Conditions',
						name: 'conditions',
						placeholder: 'Add Condition',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						default: {},
						options: [
							{
								name: 'values',
								displayName: 'Condition',
								values: [
									{
										displayName: 'Field',
										name: 'field',
										type: 'options',
										default: 'category',
										options: FIELD_OPTIONS,
									},
									{
										displayName: 'SLA Metric',
										name: 'slaMetric',
										type: 'string',
										default: 'firstResponse',
										description: 'Name of the SLA metric, e.g. firstResponse, resolution, escalation',
										displayOptions: { show: { field: ['sla.metrics.<name>.state'] } },
									},
									{
										displayName: 'Operator',
										name: 'operator',
										type: 'options',
										default: 'equals',
										options: OPERATOR_OPTIONS,
									},
									{
										displayName: 'Value',
										name: 'value',
										type: 'string',
										default: '',
										placeholder: 'deposit, withdrawal',
										description:
											'Compared with the field. Lists (Is One Of, Contains Any Of) are comma-separated; numbers and true/false are read as such.',
										displayOptions: { hide: { operator: ['exists', 'notExists', 'isTrue', 'isFalse'] } },
									},
								],
							},
						],
					},
					{
						displayName: 'Reason',
						name: 'reason',
						type: 'string',
						default: '',
						description: "Written to ticket.routing.reason; empty means \"matched rule\" and the rule's name",
					},
				],
			},
		],
	},
	{
		displayName: 'Default Queue',
		name: 'defaultQueue',
		type: 'options',
		default: 'general',
		description: 'Where tickets go when no rule matches (the Default output)',
		displayOptions: { show: panelRules },
		options: QUEUE_OPTIONS,
	},
	{
		displayName: 'Default Custom Queue Name',
		name: 'defaultCustomQueue',
		type: 'string',
		default: '',
		displayOptions: { show: { ...panelRules, defaultQueue: ['custom'] } },
	},
	{
		displayName: 'Default Level',
		name: 'defaultLevel',
		type: 'options',
		default: 'L1',
		displayOptions: { show: panelRules },
		options: LEVEL_OPTIONS,
	},
	{
		displayName: 'Rules (JSON)',
		name: 'rulesJson',
		type: 'json',
		default:
			'{\n  "rules": [\n    {\n      "name": "Urgent payouts",\n      "conditions": [\n        { "field": "category", "operator": "in", "value": ["deposit", "withdrawal"] },\n        { "field": "priority", "operator": "equals", "value": "urgent" }\n      ],\n      "route": { "queue": "payments", "level": "L2" }\n    }\n  ],\n  "defaultRoute": { "queue": "general", "level": "L1" }\n}',
		description: 'The rule table: { rules: [{ name, combinator?, conditions: [{ field, operator, value }], route: { queue, level }, reason? }], defaultRoute, customQueues?, vipTiers? }',
		displayOptions: { show: { operation: ['route'], rulesSource: ['json'] } },
	},
	{
		displayName: 'Assign Agents From',
		name: 'assignmentSource',
		type: 'options',
		noDataExpression: true,
		default: 'none',
		description: 'Where the agent roster comes from; without one, tickets are routed to a queue but not to a person',
		displayOptions: { show: route },
		options: [
			{ name: 'No Assignment', value: 'none' },
			{ name: 'Roster in This Panel', value: 'panel', description: 'A JSON list of agents typed here' },
			{
				name: 'Field of the Input Items',
				value: 'field',
				description: 'A list of agents an earlier node put on the items, e.g. read from the agents table',
			},
		],
	},
	{
		displayName: 'Roster (JSON)',
		name: 'roster',
		type: 'json',
		default:
			'[\n  { "id": "anna", "queues": ["general", "payments"], "languages": ["en", "it"], "skills": [], "capacity": 5, "openTickets": 0, "active": true }\n]',
		description:
			'A list of agents, each with an ID, queues, languages, skills, capacity, open tickets, active and optional shifts (see the docs)',
		displayOptions: { show: { operation: ['route'], assignmentSource: ['panel'] } },
	},
	{
		displayName: 'Roster Field',
		name: 'rosterField',
		type: 'string',
		default: 'roster',
		placeholder: 'roster',
		description:
			'Path of the field that holds the list of agents (with their current open tickets). It is read from the first item that has it and used for every ticket of the execution.',
		displayOptions: { show: { operation: ['route'], assignmentSource: ['field'] } },
	},
	{
		displayName: 'Strategy',
		name: 'strategy',
		type: 'options',
		default: 'round_robin',
		displayOptions: { show: { operation: ['route'], assignmentSource: ['panel', 'field'] } },
		options: [
			{
				name: 'By Language',
				value: 'by_language',
				description: 'The least loaded agent who speaks the ticket’s language',
			},
			{
				name: 'Least Loaded',
				value: 'least_loaded',
				description: 'The agent with the lowest open tickets relative to capacity',
			},
			{
				name: 'Round Robin',
				value: 'round_robin',
				description: 'Agents in turn, starting from a hash of the ticket ID (no shared counter needed)',
			},
		],
	},
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: 'SLA breached',
		required: true,
		description: 'Why the ticket is escalated; written to ticket.routing.reason and the history',
		displayOptions: { show: { operation: ['escalate'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Allow Other Languages',
				name: 'allowOtherLanguages',
				type: 'boolean',
				default: false,
				description:
					'Whether By Language may fall back to an agent who does not speak the ticket’s language when no speaker is free',
				displayOptions: { show: { '/operation': ['route'] } },
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-01-31T12:00:00Z',
				description: 'Time used for ticket age, shifts and history entries. Empty means the time of the execution.',
			},
			{
				displayName: 'VIP Tiers',
				name: 'vipTiers',
				type: 'string',
				default: '',
				placeholder: 'gold, platinum, diamond',
				description:
					'Comma-separated CRM VIP tiers the VIP guard rail sends to the VIP manager. Empty means gold, platinum, diamond (or the JSON table’s vipTiers).',
				displayOptions: { show: { '/operation': ['route'] } },
			},
		],
	},
];
