import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

const option = (name: string, value: string): INodePropertyOptions => ({ name, value });

const CHANNEL_OPTIONS = [
	option('Chat', 'chat'),
	option('E-Mail', 'email'),
	option('Phone', 'phone'),
	option('Telegram', 'telegram'),
	option('Viber', 'viber'),
	option('Web Form', 'web_form'),
	option('WhatsApp', 'whatsapp'),
];
const PRIORITY_OPTIONS = [option('High', 'high'), option('Low', 'low'), option('Normal', 'normal'), option('Urgent', 'urgent')];
const CATEGORY_OPTIONS = [
	option('Account Access', 'account_access'),
	option('Bonus', 'bonus'),
	option('Complaint', 'complaint'),
	option('Deposit', 'deposit'),
	option('KYC', 'kyc'),
	option('Other', 'other'),
	option('Responsible Gambling', 'responsible_gambling'),
	option('Technical', 'technical'),
	option('Withdrawal', 'withdrawal'),
];
const COMPLEXITY_OPTIONS = [option('Complex', 'complex'), option('Simple', 'simple')];
const VIP_TIER_OPTIONS = [
	option('Bronze', 'bronze'),
	option('Diamond', 'diamond'),
	option('Gold', 'gold'),
	option('None', 'none'),
	option('Platinum', 'platinum'),
	option('Silver', 'silver'),
];

const condition = (displayName: string, name: string, options: INodePropertyOptions[], what: string): INodeProperties => ({
	displayName,
	name,
	type: 'multiOptions',
	options,
	default: [],
	description: `${what} this row applies to. Empty means any.`,
});

const target = (displayName: string, name: string, what: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description: `Minutes of calendar time allowed for ${what}. 0 means this metric is not tracked.`,
});

const WEEKDAY_FIELDS: Array<[string, string]> = [
	['Monday', 'mon'],
	['Tuesday', 'tue'],
	['Wednesday', 'wed'],
	['Thursday', 'thu'],
	['Friday', 'fri'],
	['Saturday', 'sat'],
	['Sunday', 'sun'],
];

export const slaTimerProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'check',
		options: [
			{
				name: 'Check',
				value: 'check',
				description: 'Rate the clocks now: on track, at risk or breached',
				action: 'Check SLA clocks',
			},
			{
				name: 'Pause',
				value: 'pause',
				description: 'Stop the running clocks while the ticket waits on the player',
				action: 'Pause SLA clocks',
			},
			{
				name: 'Record First Response',
				value: 'recordFirstResponse',
				description: 'Complete the first-response clock (achieved, or breached when late)',
				action: 'Record the first response',
			},
			{
				name: 'Resolve',
				value: 'resolve',
				description: 'Complete the resolution clock (achieved, or breached when late)',
				action: 'Complete the resolution clock',
			},
			{
				name: 'Resume',
				value: 'resume',
				description: 'Restart paused clocks; their due times move later by the paused calendar minutes',
				action: 'Resume SLA clocks',
			},
			{
				name: 'Start',
				value: 'start',
				description: 'Pick the policy for each ticket and start its clocks',
				action: 'Start SLA clocks',
			},
		],
	},
	{
		displayName: 'Policy Source',
		name: 'policySource',
		type: 'options',
		default: 'defaults',
		description:
			'Where the policy table comes from. Start picks a policy from it (the first row whose conditions all match wins); every operation finds calendars in it, so give the SLA steps of one desk the same set.',
		options: [
			{
				name: 'Shipped Defaults',
				value: 'defaults',
				description: 'First response 5 min on chat and messengers, 2 h on e-mail; simple resolved in 15 min; complex escalated in 60 min; VIP tiers half; 24/7',
			},
			{ name: 'Table in This Panel', value: 'table', description: 'Edit the rows below' },
			{ name: 'JSON', value: 'json', description: 'One policy set shared between workflows (schema in the docs)' },
		],
	},
	{
		displayName: 'Policies',
		name: 'policies',
		placeholder: 'Add Policy',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		displayOptions: { show: { policySource: ['table'] } },
		description: 'Ordered table: the first row whose conditions all match the ticket wins. Drag rows to reorder.',
		options: [
			{
				displayName: 'Policy',
				name: 'values',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'vip-chat',
						description: 'Unique name, written to ticket.sla.policy',
					},
					condition('Channels', 'channel', CHANNEL_OPTIONS, 'Channels'),
					condition('Priorities', 'priority', PRIORITY_OPTIONS, 'Priorities'),
					condition('Categories', 'category', CATEGORY_OPTIONS, 'Categories'),
					condition('Complexities', 'complexity', COMPLEXITY_OPTIONS, 'Complexities'),
					condition('VIP Tiers', 'vipTier', VIP_TIER_OPTIONS, 'VIP tiers (from ticket.crm.vipTier)'),
					target('First Response (Minutes)', 'firstResponse', 'the first reply by a person'),
					target('Next Response (Minutes)', 'nextResponse', 'each next reply'),
					target('Resolution (Minutes)', 'resolution', 'resolving the ticket'),
					target('Escalation (Minutes)', 'escalation', 'escalating to a senior specialist'),
					{
						displayName: 'Calendar',
						name: 'calendar',
						type: 'string',
						default: '24/7',
						description: "Name of a calendar defined below, or '24/7'",
					},
				],
			},
		],
	},
	{
		displayName: 'Policies (JSON)',
		name: 'policiesJson',
		type: 'json',
		default: '[\n  {\n    "name": "all-chat",\n    "when": { "channel": ["chat"] },\n    "targets": { "firstResponse": 5, "resolution": 15 },\n    "calendar": "24/7"\n  }\n]',
		displayOptions: { show: { policySource: ['json'] } },
		description:
			'A list of policies, or an object { "policies": [...], "calendars": [...] }. Each policy: name, when (channel, priority, category, complexity, vipTier lists), targets in minutes (firstResponse, nextResponse, resolution, escalation), calendar, optional warningThreshold (0-1).',
	},
	{
		displayName: 'Calendars',
		name: 'calendars',
		placeholder: 'Add Business-Hours Calendar',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		description:
			"Business-hours calendars that policies name. '24/7' is built in. Every operation that moves a clock needs the calendar the ticket was started on.",
		options: [
			{
				displayName: 'Calendar',
				name: 'values',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'rome-office',
					},
					{
						displayName: 'Time Zone',
						name: 'timeZone',
						type: 'string',
						default: 'Europe/Rome',
						description: 'IANA time zone of the opening hours, e.g. Europe/Warsaw or America/Sao_Paulo',
					},
					...WEEKDAY_FIELDS.map(
						([displayName, name]): INodeProperties => ({
							displayName,
							name,
							type: 'string',
							default: '',
							placeholder: '09:00-13:00, 14:00-18:00',
							description:
								"Opening intervals as HH:mm-HH:mm, separated by commas; '00:00-24:00' is the whole day. An interval ending before it starts runs past midnight ('22:00-02:00'). Overlapping intervals are joined. Empty means closed.",
						}),
					),
					{
						displayName: 'Holidays',
						name: 'holidays',
						type: 'string',
						default: '',
						placeholder: '2026-12-25, 2026-12-31..2027-01-06',
						description: "Closed days in the calendar's own time zone, as YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, separated by commas",
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Fallback Policy',
				name: 'fallbackPolicy',
				type: 'string',
				default: '',
				placeholder: 'standard-email-simple',
				displayOptions: { show: { '/operation': ['start'] } },
				description:
					'Policy applied when no row matches: a row name of the table, or a shipped default name. Empty means an unmatched ticket is an error.',
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-01-31T12:00:00Z',
				description: 'The instant the operation happens at (ISO 8601). Empty means the time of the execution, read once.',
			},
			{
				displayName: 'Restart Existing Clocks',
				name: 'restart',
				type: 'boolean',
				default: false,
				displayOptions: { show: { '/operation': ['start'] } },
				description: 'Whether Start replaces the clocks of a ticket that already has them; otherwise they are kept and only rated',
			},
			{
				displayName: 'Warning Threshold (%)',
				name: 'warningThreshold',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 100 },
				default: 80,
				description:
					'Share of a target after which a running clock is at risk. On Start it applies to the shipped defaults and to policies without their own; on other operations it overrides the share stored on the ticket.',
			},
		],
	},
];
