import {
	ICredentialsHelper,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialsExpressionResolveValues,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeProperties,
	type IWorkflowExecuteAdditionalData,
	type IDataObject,
} from 'n8n-workflow';

import { TestCredentialTypes, TestNodeTypes } from './node-types';

/**
 * A real, in-memory credentials store for the engine: it authenticates requests the way n8n's
 * server does (generic `authenticate` objects with `{{$credentials.x}}` expressions, or
 * functions), runs `preAuthentication` for expirable tokens and keeps what it returns.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	private readonly data: Record<string, ICredentialDataDecryptedObject>;
	/** How many times preAuthentication ran per credential type (tests assert token reuse). */
	readonly preAuthenticationCalls: Record<string, number> = {};

	constructor(
		private readonly credentialTypes: TestCredentialTypes,
		credentials: Record<string, ICredentialDataDecryptedObject> = {},
	) {
		super();
		this.data = JSON.parse(JSON.stringify(credentials)) as Record<string, ICredentialDataDecryptedObject>;
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.recognizes(name) ? this.credentialTypes.getParentTypes(name) : [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = this.credentialTypes.getByName(typeName);
		const authenticate = type.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (!authenticate || authenticate.type !== 'generic') return requestOptions;

		const resolve = (value: unknown): unknown =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getParameterValue(value, null, 0, 0, node.name, [], 'internal', {
						$credentials: credentials,
					})
				: value;
		const options = requestOptions as unknown as Record<string, IDataObject>;
		for (const part of ['headers', 'qs', 'body'] as const) {
			const entries = authenticate.properties[part];
			if (!entries) continue;
			options[part] = { ...(options[part] ?? {}) };
			for (const [key, value] of Object.entries(entries)) {
				options[part][resolve(key) as string] = resolve(value) as string;
			}
		}
		if (authenticate.properties.auth) {
			const auth: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(authenticate.properties.auth)) auth[key] = resolve(value);
			requestOptions.auth = auth as unknown as IHttpRequestOptions['auth'];
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const expirable = type.properties.find((p: INodeProperties) => p.typeOptions?.expirable === true);
		if (!expirable) return undefined;
		const current = credentials[expirable.name];
		if (!credentialsExpired && current !== undefined && current !== '') return undefined;
		this.preAuthenticationCalls[typeName] = (this.preAuthenticationCalls[typeName] ?? 0) + 1;
		const update = await type.preAuthentication.call(helpers, credentials);
		const merged = { ...credentials, ...update } as ICredentialDataDecryptedObject;
		this.data[typeName] = merged;
		return merged;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes.getByName(type).properties;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		_mode?: unknown,
		_executeData?: unknown,
		_raw?: boolean,
		_expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`The test gave no data for credential type "${type}"`);
		return { ...data };
	}

	async getCredentials(_nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		throw new Error(`getCredentials(${type}) is not available in tests`);
	}

	async updateCredentials(_nodeCredentials: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.data[type] = { ...data };
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.data[type] = { ...this.data[type], ...data };
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialTypes(): TestCredentialTypes {
		return this.credentialTypes;
	}
}

export { TestNodeTypes };
