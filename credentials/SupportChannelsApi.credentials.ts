import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The secrets the channels sign their webhooks with. Ticket Intake checks each signature
 * before a message becomes a ticket; a field left empty turns that channel's check off.
 */
export class SupportChannelsApi implements ICredentialType {
	name = 'supportChannelsApi';

	displayName = 'Support Channels Signing Secrets API';

	icon = { light: 'file:supportChannels.svg', dark: 'file:supportChannels.dark.svg' } as const;

	documentationUrl = 'https://github.com/igaming-support/n8n-nodes-igaming-support#webhook-signatures';

	properties: INodeProperties[] = [
		{
			displayName: 'WhatsApp App Secret',
			name: 'whatsappAppSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Meta app secret; checks the X-Hub-Signature-256 header',
		},
		{
			displayName: 'Viber Auth Token',
			name: 'viberAuthToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Bot auth token; checks the X-Viber-Content-Signature header',
		},
		{
			displayName: 'Telegram Secret Token',
			name: 'telegramSecretToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The secret_token given to setWebhook; checks the X-Telegram-Bot-Api-Secret-Token header',
		},
		{
			displayName: 'Chat Widget Secret',
			name: 'chatWidgetSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Shared secret of the chat widget and web form; checks the X-Signature header (HMAC-SHA256 of the body)',
		},
		{
			displayName: 'Telegram Bot API URL',
			name: 'telegramApiUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api.telegram.org/bot<token>',
			description: 'Optional. Used only by the credential test to confirm the bot token works.',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.telegramApiUrl}}',
			url: '/getMe',
		},
	};
}
