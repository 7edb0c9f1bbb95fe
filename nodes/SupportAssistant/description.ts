import type { INodeProperties } from 'n8n-workflow';

const INTENT_OPTIONS = [
	{ name: 'Account Locked', value: 'account_locked' },
	{ name: 'Bonus Terms', value: 'bonus_terms' },
	{ name: 'Change E-Mail', value: 'change_email' },
	{ name: 'Deposit Help', value: 'deposit_help' },
	{ name: 'Game Crash', value: 'game_crash' },
	{ name: 'KYC Documents', value: 'kyc_documents' },
	{ name: 'Password Reset', value: 'password_reset' },
	{ name: 'Withdrawal Status', value: 'withdrawal_status' },
];

const LANGUAGE_OPTIONS = [
	{ name: 'English', value: 'en' },
	{ name: 'Hebrew', value: 'he' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Polish', value: 'pl' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Spanish', value: 'es' },
];

export const supportAssistantProperties: INodeProperties[] = [
	{
		displayName: 'Input',
		name: 'input',
		type: 'options',
		default: 'ticket',
		description: 'What the assistant reads',
		options: [
			{
				name: 'Ticket',
				value: 'ticket',
				description: 'The ticket made by Ticket Intake (item field "ticket"); the answer or hand-off is written into it',
			},
			{
				name: 'Text',
				value: 'text',
				description: 'A message given as text, for example by an AI Agent using this node as a tool',
			},
		],
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		displayOptions: { show: { input: ['text'] } },
		description: "The player's message",
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: '',
		placeholder: 'en',
		displayOptions: { show: { input: ['text'] } },
		description: 'ISO 639-1 code of the message; empty means detect it from the text',
	},
	{
		displayName: 'Minimum Confidence',
		name: 'minConfidence',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 0.6,
		description: 'Recognised questions with a lower confidence (0–1) go to an agent instead of being answered',
	},
	{
		displayName: 'Answered Ticket Status',
		name: 'answeredStatus',
		type: 'options',
		default: 'resolved',
		description: 'Status of a ticket the assistant answered',
		options: [
			{ name: 'Resolved', value: 'resolved', description: 'The answer closes the question' },
			{ name: 'Pending', value: 'pending', description: 'Wait for the player to confirm the answer helped' },
		],
	},
	{
		displayName: 'Answers',
		name: 'customAnswers',
		type: 'fixedCollection',
		placeholder: 'Add Answer',
		default: {},
		typeOptions: { multipleValues: true, sortable: true },
		description:
			'Your own answers. For an intent and language you answer here, the shipped answers are not used; list a variant quoting CRM facts before a variant without them.',
		options: [
			{
				displayName: 'Answer',
				name: 'answers',
				values: [
					{
						displayName: 'Intent',
						name: 'intent',
						type: 'options',
						default: 'password_reset',
						options: INTENT_OPTIONS,
						description: 'The typical question this answer is for',
					},
					{
						displayName: 'Language',
						name: 'language',
						type: 'options',
						default: 'en',
						options: LANGUAGE_OPTIONS,
						description: 'Language of the answer',
					},
					{
						displayName: 'Answer',
						name: 'text',
						type: 'string',
						default: '',
						typeOptions: { rows: 4 },
						description:
							'What the player reads. May quote CRM facts: {{balance}}, {{currency}}, {{kycStatus}}, {{pendingWithdrawal}}, {{playerName}}; an answer is skipped when the ticket lacks a fact it quotes.',
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
				displayName: 'Allow English Fallback',
				name: 'allowEnglishFallback',
				type: 'boolean',
				default: false,
				description: "Whether to answer in English when there is no answer in the player's language (otherwise the ticket goes to an agent)",
			},
			{
				displayName: 'Answer Intents',
				name: 'answerIntents',
				type: 'multiOptions',
				default: [],
				options: INTENT_OPTIONS,
				description: 'Typical questions the assistant may answer; empty means all. Others go to an agent.',
			},
			{
				displayName: 'Answers (JSON)',
				name: 'answersJson',
				type: 'json',
				default: '',
				description:
					'More answers as JSON: an array of {"intent", "language", "text"} or {"answers": [...]}, after the panel answers (see docs/assistant.md)',
			},
			{
				displayName: 'Hand Off Flagged Players',
				name: 'handOffFlaggedPlayers',
				type: 'boolean',
				default: true,
				description: 'Whether players the CRM marks as self-excluded or with responsible-gambling flags always go to an agent',
			},
			{
				displayName: 'Reference Time',
				name: 'referenceTime',
				type: 'string',
				default: '',
				placeholder: '2026-01-31T12:00:00Z',
				description: 'Time written into the ticket history. Empty means the time of the execution.',
			},
			{
				displayName: 'Repeat Contact Limit',
				name: 'repeatContactLimit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description:
					'Hand the ticket to an agent once it was reopened, or answered by the assistant, this many times (1 = the assistant answers a ticket once)',
			},
			{
				displayName: 'Use Shipped Answers',
				name: 'useShippedAnswers',
				type: 'boolean',
				default: true,
				description: 'Whether to use the built-in answers (all intents, six languages) where you wrote none',
			},
		],
	},
];
