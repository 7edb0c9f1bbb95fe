import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

type CrmAuthentication = 'apiKey' | 'bearer' | 'basic' | 'oauth2ClientCredentials';

function trimBaseUrl(value: unknown): string {
	return String(value ?? '').replace(/\/+$/, '');
}

/**
 * Connection to the player CRM (the reference Player CRM API, or any CRM that accepts one of
 * these auth schemes). For client credentials the token is fetched by preAuthentication and
 * kept in the hidden expirable field until the CRM answers 401.
 */
export class PlayerCrmApi implements ICredentialType {
	name = 'playerCrmApi';

	displayName = 'Player CRM API';

	icon = 'file:playerCrm.svg' as const;

	documentationUrl = 'https://github.com/igaming-support/n8n-nodes-igaming-support/blob/main/docs/crm-api.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://127.0.0.1:5680',
			placeholder: 'https://crm.example.com',
			description: 'Root of the CRM API, without /v1',
			required: true,
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'API Key', value: 'apiKey' },
				{ name: 'Bearer Token', value: 'bearer' },
				{ name: 'Basic Auth', value: 'basic' },
				{ name: 'OAuth2 Client Credentials', value: 'oauth2ClientCredentials' },
			],
			default: 'apiKey',
		},
		// The header's name is not a secret; hiding it would only make the field harder to check.
		// eslint-disable-next-line @n8n/community-nodes/credential-password-field
		{
			displayName: 'API Key Header',
			name: 'apiKeyHeader',
			// eslint-disable-next-line n8n-nodes-base/cred-class-field-type-options-password-missing
			type: 'string',
			default: 'X-API-Key',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['bearer'] } },
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			displayOptions: { show: { authentication: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['basic'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			displayOptions: { show: { authentication: ['oauth2ClientCredentials'] } },
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['oauth2ClientCredentials'] } },
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: '',
			placeholder: 'https://crm.example.com/oauth/token',
			description: 'Where to get the access token; empty means {Base URL}/oauth/token',
			displayOptions: { show: { authentication: ['oauth2ClientCredentials'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		if ((credentials.authentication as CrmAuthentication) !== 'oauth2ClientCredentials') return {};
		const tokenUrl = String(credentials.tokenUrl ?? '').trim() || `${trimBaseUrl(credentials.baseUrl)}/oauth/token`;
		const form = new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: String(credentials.clientId ?? ''),
			client_secret: String(credentials.clientSecret ?? ''),
		});
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: tokenUrl,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: form.toString(),
			json: true,
		})) as { access_token?: unknown };
		if (typeof response?.access_token !== 'string' || response.access_token === '') {
			throw new Error('The token endpoint answered without an access_token');
		}
		return { accessToken: response.access_token };
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) };
		switch (credentials.authentication as CrmAuthentication) {
			case 'bearer':
				headers.Authorization = `Bearer ${String(credentials.token ?? '')}`;
				break;
			case 'basic':
				return {
					...requestOptions,
					headers,
					auth: { username: String(credentials.username ?? ''), password: String(credentials.password ?? '') },
				};
			case 'oauth2ClientCredentials':
				headers.Authorization = `Bearer ${String(credentials.accessToken ?? '')}`;
				break;
			default:
				headers[String(credentials.apiKeyHeader || 'X-API-Key')] = String(credentials.apiKey ?? '');
		}
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/v1/health',
			method: 'GET',
		},
	};
}
