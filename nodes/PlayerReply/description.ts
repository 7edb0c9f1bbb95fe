import type { INodeProperties } from 'n8n-workflow';

export const playerReplyProperties: INodeProperties[] = [
	{
		displayName:
			'Sends every reply waiting on the ticket (the bot\'s answer and agents\' replies) on the channel the player wrote from: Telegram, WhatsApp and Viber directly; e-mail leaves by the E-mail output for a Send Email node; chat replies wait for the widget to fetch them; phone tickets get a callback task.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 2,
				description: 'Tries again after a rate limit (429, Retry-After honoured), a server error or a lost connection',
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-01-31T12:00:00Z',
				description: 'The time deliveries are recorded at and the WhatsApp window is judged by (replays and tests). Empty: now.',
			},
			{
				displayName: 'Retry Failed Replies',
				name: 'retryFailed',
				type: 'boolean',
				default: false,
				description: 'Whether replies whose earlier delivery failed are sent again too',
			},
			{
				displayName: 'Timeout (Milliseconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: 10000,
				description: 'How long one request to a channel API may take',
			},
			{
				displayName: 'WhatsApp Template Language',
				name: 'whatsappTemplateLanguage',
				type: 'string',
				default: 'en',
				description: 'Language code of the approved template, e.g. en or it',
			},
			{
				displayName: 'WhatsApp Template Name',
				name: 'whatsappTemplate',
				type: 'string',
				default: '',
				placeholder: 'support_follow_up',
				description:
					'An approved template sent instead of the reply when the player last wrote more than 24 hours ago (WhatsApp allows only templates then). Empty: such replies fail and agents see them.',
			},
		],
	},
];
