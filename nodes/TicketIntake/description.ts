import type { INodeProperties } from 'n8n-workflow';

export const ticketIntakeProperties: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		default: 'auto',
		description: 'Where the items come from. Auto-detect recognises each trigger’s output by its shape.',
		options: [
			{ name: 'Auto-Detect', value: 'auto' },
			{ name: 'Chat Widget (Webhook)', value: 'chat' },
			{ name: 'E-Mail (IMAP or Gmail)', value: 'email' },
			{ name: 'Phone Call Record', value: 'phone' },
			{ name: 'Telegram', value: 'telegram' },
			{ name: 'Viber', value: 'viber' },
			{ name: 'Web Form (Webhook)', value: 'web_form' },
			{ name: 'WhatsApp', value: 'whatsapp' },
		],
	},
	{
		displayName: 'Verify Signatures',
		name: 'verifySignatures',
		type: 'boolean',
		default: false,
		description:
			'Whether to check the webhook signature of channels that sign (WhatsApp, Viber, Telegram, chat widget) with the secrets in the credential. A message with a bad signature never becomes a ticket.',
	},
	{
		displayName: 'Unreadable Messages',
		name: 'onUnreadable',
		type: 'options',
		default: 'error',
		description: 'What to do with an item that is not a recognisable message (unknown shape, empty text, no sender)',
		options: [
			{ name: 'Stop With an Error', value: 'error', description: 'Fail the item with a message naming the field' },
			{
				name: 'Make a Ticket for Manual Triage',
				value: 'triage',
				description: 'Create a ticket tagged manual_triage so a person looks at it',
			},
		],
	},
	{
		displayName: 'Non-Message Events',
		name: 'onNonMessage',
		type: 'options',
		default: 'pass',
		description:
			'What to do with a valid channel payload that holds no player message: a WhatsApp status update or reaction, a Viber delivered/seen/subscribed event, a Telegram member update',
		options: [
			{
				name: 'Pass On Without a Ticket',
				value: 'pass',
				description: 'The item leaves unchanged plus an "ignored" object (channel, event, reason); filter on it to acknowledge the webhook',
			},
			{
				name: 'Treat as Unreadable',
				value: 'unreadable',
				description: 'Handle it as the Unreadable Messages setting says (an error, or a manual-triage ticket)',
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
				displayName: 'Fallback Language',
				name: 'fallbackLanguage',
				type: 'string',
				default: 'und',
				description: "ISO 639-1 code to use when the language cannot be detected ('und' keeps it unknown)",
			},
			{
				displayName: 'Max Body Length',
				name: 'maxBodyLength',
				type: 'number',
				typeOptions: { minValue: 100 },
				default: 20000,
				description: 'Longest message body kept, in characters; longer bodies are cut and tagged body_truncated',
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-01-31T12:00:00Z',
				description:
					'Time used for messages that carry no timestamp of their own. Empty means the time of the execution.',
			},
		],
	},
];
