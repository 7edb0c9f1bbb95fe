import { sleep, type IDataObject, type IExecuteFunctions, type IHttpRequestMethods } from 'n8n-workflow';

import { nextRetry, parseRetryAfter, type RetryPolicy } from '../shared/domain/crm/retry';

export const CREDENTIAL = 'playerCrmApi';

/** What one CRM call came to, after retries. Errors are described, not thrown, so each item gets its own. */
export type CrmResult =
	| { kind: 'ok'; status: number; body: unknown }
	| { kind: 'notFound'; status: number; body: unknown }
	| { kind: 'failed'; failure: CrmFailure };

export interface CrmFailure {
	/** auth: 401/403; unavailable: 429/5xx/connection/timeout after retries; rejected: other 4xx; malformed: not JSON. */
	type: 'auth' | 'unavailable' | 'rejected' | 'malformed';
	status?: number;
	message: string;
	description: string;
	body?: unknown;
}

export interface TransportSettings {
	baseUrl: string;
	timeoutMs: number;
	retry: RetryPolicy;
}

interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

const CONNECTION_CODES = new Set(['ECONNABORTED', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET']);

function errorCode(error: unknown): string | undefined {
	const cause = (error as { cause?: { code?: unknown } })?.cause;
	const code = cause?.code ?? (error as { code?: unknown })?.code;
	return typeof code === 'string' ? code : undefined;
}

function describeBody(body: unknown): string {
	if (body && typeof body === 'object') {
		const record = body as Record<string, unknown>;
		const text = [record.message, record.error, record.detail].find((v) => typeof v === 'string');
		if (typeof text === 'string') return text;
	}
	return typeof body === 'string' ? body.slice(0, 200) : '';
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
	if (typeof text !== 'string') return { ok: true, value: text };
	if (text.trim() === '') return { ok: true, value: {} };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

/**
 * One execution's connection to the CRM: every call goes through n8n's
 * httpRequestWithAuthentication with the credential, retries 429/5xx/connection errors with
 * back-off (Retry-After honoured), and shares GETs and keyed writes between items of this
 * execution only (the cache lives and dies with this object; nothing is kept between executions).
 */
export class CrmTransport {
	private readonly cache = new Map<string, Promise<CrmResult>>();

	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly settings: TransportSettings,
	) {}

	/** Calls once per `cacheKey` in this execution; later callers share the first call's result. */
	async call(method: IHttpRequestMethods, url: string, body?: IDataObject, headers: Record<string, string> = {}, cacheKey = `${method} ${url}`): Promise<CrmResult> {
		let pending = this.cache.get(cacheKey);
		if (!pending) {
			pending = this.send(method, url, body, headers);
			this.cache.set(cacheKey, pending);
		}
		return await pending;
	}


	private async send(method: IHttpRequestMethods, url: string, body: IDataObject | undefined, headers: Record<string, string>): Promise<CrmResult> {
		const { retry, timeoutMs } = this.settings;
		for (let attempt = 1; ; attempt++) {
			let response: RawResponse | undefined;
			let connectionError: unknown;
			try {
				response = (await this.ctx.helpers.httpRequestWithAuthentication.call(this.ctx, CREDENTIAL, {
					method,
					url,
					headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
					body,
					timeout: timeoutMs,
					encoding: 'text',
					returnFullResponse: true,
					// 401 still throws, so n8n refreshes an expired client-credentials token and retries once.
					ignoreHttpStatusErrors: { ignore: true, except: [401] },
				})) as RawResponse;
			} catch (error) {
				const refused = (error as { cause?: { response?: { status?: number; data?: unknown } } })?.cause?.response;
				if (refused?.status === 401) {
					return this.classify(method, url, { statusCode: 401, headers: {}, body: refused.data }, attempt);
				}
				const code = errorCode(error);
				if (code === undefined || code === 'ERR_CANCELED' || !CONNECTION_CODES.has(code)) {
					return { kind: 'failed', failure: { type: 'unavailable', message: `The CRM request failed: ${(error as Error).message}`, description: `${method} ${url}` } };
				}
				connectionError = error;
			}

			const status = response?.statusCode;
			const retryAfterMs = response ? parseRetryAfter(response.headers['retry-after'], Date.now()) : undefined;
			const decision = nextRetry(retry, attempt, { status, retryAfterMs, connection: connectionError !== undefined }, Math.random());
			if (decision.retry) {
				await sleep(decision.waitMs);
				continue;
			}
			if (connectionError !== undefined || response === undefined) {
				const timedOut = ['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'].includes(errorCode(connectionError) ?? '');
				return {
					kind: 'failed',
					failure: {
						type: 'unavailable',
						message: timedOut
							? `The CRM did not answer within ${timeoutMs / 1000} s`
							: `The CRM closed the connection without an answer (${errorCode(connectionError)})`,
						description: `${method} ${url}, ${attempt} attempt(s)${decision.reason ? `: ${decision.reason}` : ''}. Check that the CRM is up, or raise the Timeout option.`,
					},
				};
			}
			return this.classify(method, url, response, attempt, decision.reason);
		}
	}

	private classify(method: string, url: string, response: RawResponse, attempts: number, reason?: string): CrmResult {
		const status = response.statusCode;
		const parsed = parseJson(response.body);
		const body = parsed.ok ? parsed.value : response.body;
		const detail = describeBody(body);
		if (status >= 200 && status < 300) {
			if (!parsed.ok) {
				return {
					kind: 'failed',
					failure: {
						type: 'malformed',
						status,
						message: 'The CRM answered with malformed JSON',
						description: `${method} ${url} returned ${status} with a body that is not JSON: ${String(response.body).slice(0, 120)}. Check the endpoint paths and the Base URL.`,
					},
				};
			}
			return { kind: 'ok', status, body };
		}
		if (status === 404) return { kind: 'notFound', status, body };
		if (status === 401 || status === 403) {
			return {
				kind: 'failed',
				failure: {
					type: 'auth',
					status,
					message: `The CRM refused the credentials (${status})`,
					description: `Check the Player CRM API credential: Base URL, authentication type and secret. ${detail}`.trim(),
					body,
				},
			};
		}
		if (status === 429 || status >= 500) {
			return {
				kind: 'failed',
				failure: {
					type: 'unavailable',
					status,
					message: status === 429 ? 'The CRM kept rate-limiting the requests (429)' : `The CRM failed with ${status}`,
					description: `${method} ${url}, ${attempts} attempt(s)${reason ? `: ${reason}` : ''}. ${detail}`.trim(),
					body,
				},
			};
		}
		return {
			kind: 'failed',
			failure: { type: 'rejected', status, message: `The CRM rejected the request (${status})${detail ? `: ${detail}` : ''}`, description: `${method} ${url}`, body },
		};
	}
}
