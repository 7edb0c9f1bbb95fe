import type { INodeProperties } from 'n8n-workflow';

export const supportKpisProperties: INodeProperties[] = [
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'multiOptions',
		default: ['agent', 'channel', 'period'],
		description:
			'Dimensions that get rows of their own, beside the one total row. The report always shows agents, channels and periods.',
		options: [
			{ name: 'Agent', value: 'agent' },
			{ name: 'Channel', value: 'channel' },
			{ name: 'Period', value: 'period' },
		],
	},
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		default: 'day',
		description: 'Length of the periods in the rows and the trend chart',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'ISO Week', value: 'week', description: 'Weeks from Monday, keyed like 2026-W10' },
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
				displayName: 'Agent Names',
				name: 'agentNames',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Agent Name',
				description: 'Names to show in the report instead of agent IDs',
				options: [
					{
						displayName: 'Agent',
						name: 'names',
						values: [
							{ displayName: 'Agent ID', name: 'id', type: 'string', default: '', placeholder: 'agent-7' },
							{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Dana Cohen' },
						],
					},
				],
			},
			{
				displayName: 'Combine Groups',
				name: 'crossGroups',
				type: 'boolean',
				default: false,
				description:
					'Whether to emit one row per combination of the Group By dimensions (e.g. agent × channel × day) instead of one set of rows per dimension',
			},
			{
				displayName: 'Period Basis',
				name: 'periodBasis',
				type: 'options',
				default: 'resolved',
				description: 'Which time puts a ticket into a period',
				options: [
					{ name: 'Resolution Time', value: 'resolved', description: 'When it was resolved (creation time if it is not resolved)' },
					{ name: 'Creation Time', value: 'created', description: 'When the ticket was created' },
				],
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-03-09T06:00:00Z',
				description: 'Generation time printed on the report. Empty means the time of the execution.',
			},
			{
				displayName: 'Report File Name',
				name: 'fileName',
				type: 'string',
				default: 'support-kpis.html',
				description: 'Name of the HTML file in the binary property "report"',
			},
			{
				displayName: 'Report Title',
				name: 'title',
				type: 'string',
				default: 'Support KPIs',
				description: 'Heading of the HTML report (any language; right-to-left titles are laid out correctly)',
			},
			{
				displayName: 'Satisfied From Score',
				name: 'satisfiedFrom',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 5 },
				default: 4,
				description: 'Lowest CSAT score (of 5) counted as a satisfied player',
			},
			{
				displayName: 'Time Zone',
				name: 'timeZone',
				type: 'string',
				default: 'UTC',
				placeholder: 'Europe/Malta',
				description: 'IANA time zone in which days and weeks begin',
			},
		],
	},
];
