import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Whether `url` is `base` followed by `path` (the channels may share one base URL, e.g. a test gateway). */
function isEndpoint(url: string, base: unknown, path: RegExp): boolean {
	if (typeof base !== 'string' || base.trim() === '') return false;
	const root = base.trim().replace(/\/+$/, '');
	return url.startsWith(root) && path.test(url.slice(root.length));
}

/**
 * The tokens the Player Reply node sends replies with, per channel. Each channel's base URL can
 * point at the pack's reference channel gateway (tools/channel-gateway) or at the real API.
 */
export class SupportMessagingApi implements ICredentialType {
	name = 'supportMessagingApi';

	displayName = 'Support Messaging API';

	icon = { light: 'file:supportChannels.svg', dark: 'file:supportChannels.dark.svg' } as const;

	documentationUrl = 'https://github.com/igaming-support/n8n-nodes-igaming-support#replies-on-the-players-channel';

	properties: INodeProperties[] = [
		{
			displayName: 'Telegram Bot Token',
			name: 'telegramToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The token BotFather gave the bot (123456:ABC…). Empty: no Telegram replies.',
		},
		{
			displayName: 'Telegram API Base URL',
			name: 'telegramBaseUrl',
			type: 'string',
			default: 'https://api.telegram.org',
		},
		{
			displayName: 'WhatsApp Access Token',
			name: 'whatsappToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'A system-user access token of the WhatsApp Business app. Empty: no WhatsApp replies.',
		},
		{
			displayName: 'WhatsApp Phone Number ID',
			name: 'whatsappPhoneNumberId',
			type: 'string',
			default: '',
			description: "The business phone number's ID (not the number itself)",
		},
		{
			displayName: 'WhatsApp API Base URL',
			name: 'whatsappBaseUrl',
			type: 'string',
			default: 'https://graph.facebook.com',
		},
		{
			displayName: 'WhatsApp API Version',
			name: 'whatsappApiVersion',
			type: 'string',
			default: 'v21.0',
		},
		{
			displayName: 'Viber Auth Token',
			name: 'viberToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: "The bot account's auth token. Empty: no Viber replies.",
		},
		{
			displayName: 'Viber Sender Name',
			name: 'viberSenderName',
			type: 'string',
			default: 'Support',
			description: 'The name players see on Viber replies (at most 28 characters)',
		},
		{
			displayName: 'Viber API Base URL',
			name: 'viberBaseUrl',
			type: 'string',
			default: 'https://chatapi.viber.com',
		},
	];

	/** Each provider gets only its own secret: WhatsApp a bearer token, Viber its auth header. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = String(requestOptions.url ?? '');
		const headers = { ...(requestOptions.headers ?? {}) };
		if (isEndpoint(url, credentials.viberBaseUrl, /^\/pa\//) && credentials.viberToken) headers['X-Viber-Auth-Token'] = String(credentials.viberToken);
		else if (isEndpoint(url, credentials.whatsappBaseUrl, /^\/v\d+(\.\d+)?\//) && credentials.whatsappToken) headers.Authorization = `Bearer ${String(credentials.whatsappToken)}`;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.telegramBaseUrl}}',
			url: '=/bot{{$credentials.telegramToken}}/getMe',
		},
	};
}
