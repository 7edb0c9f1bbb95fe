import { sleep, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { nextRetry, parseRetryAfter, type RetryPolicy } from '../shared/domain/crm/retry';
import {
	planDelivery,
	readAnswer,
	recordDelivery,
	repliesToSend,
	withBotReply,
	type ChannelEndpoints,
	type DeliveryOutcome,
	type DeliverySettings,
	type DeliveryPlan,
} from '../shared/domain/conversation/delivery';
import type { TicketMessage } from '../shared/domain/conversation/messages';
import { ticketOf } from '../shared/domain/sla/operation';
import { routeItems, type Routed } from '../shared/n8n/items';
import { referenceTimeFor } from '../shared/n8n/reference-time';

export const CREDENTIAL = 'supportMessagingApi';
const OUTPUT = { sent: 0, email: 1, failed: 2 } as const;

interface Options {
	maxRetries?: number;
	retryFailed?: boolean;
	timeout?: number;
	whatsappTemplate?: string;
	whatsappTemplateLanguage?: string;
}

interface Settings extends DeliverySettings {
	retry: RetryPolicy;
	timeoutMs: number;
	endpoints: ChannelEndpoints;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** The channels the credential fills in; a channel without its token is left out. */
function endpointsFrom(credentials: IDataObject): ChannelEndpoints {
	const endpoints: ChannelEndpoints = {};
	if (text(credentials.telegramToken)) {
		endpoints.telegram = { baseUrl: text(credentials.telegramBaseUrl) || 'https://api.telegram.org', token: text(credentials.telegramToken) };
	}
	if (text(credentials.whatsappToken)) {
		endpoints.whatsapp = {
			baseUrl: text(credentials.whatsappBaseUrl) || 'https://graph.facebook.com',
			phoneNumberId: text(credentials.whatsappPhoneNumberId),
			apiVersion: text(credentials.whatsappApiVersion) || 'v21.0',
		};
	}
	if (text(credentials.viberToken)) {
		endpoints.viber = { baseUrl: text(credentials.viberBaseUrl) || 'https://chatapi.viber.com', senderName: text(credentials.viberSenderName) || 'Support' };
	}
	return endpoints;
}

/** Settings read once per execution; `now` is set per item. */
async function readSettings(ctx: IExecuteFunctions): Promise<Settings> {
	const options = ctx.getNodeParameter('options', 0, {}) as Options;
	const credentials = (await ctx.getCredentials(CREDENTIAL)) as IDataObject;
	const template = text(options.whatsappTemplate);
	return {
		now: '',
		retryFailed: options.retryFailed ?? false,
		whatsappTemplate: template ? { name: template, language: text(options.whatsappTemplateLanguage) || 'en' } : undefined,
		retry: { maxRetries: options.maxRetries ?? 2, baseDelayMs: 500, maxDelayMs: 30_000 },
		timeoutMs: options.timeout ?? 10_000,
		endpoints: endpointsFrom(credentials),
	};
}

interface RawResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** One reply to one channel API, retried on 429, 5xx and lost connections. */
async function sendHttp(
	ctx: IExecuteFunctions,
	plan: Extract<DeliveryPlan, { kind: 'http' }>,
	message: TicketMessage,
	settings: Settings,
): Promise<DeliveryOutcome> {
	const previous = message.delivery?.attempts ?? 0;
	for (let attempt = 1; ; attempt++) {
		let failure: Parameters<typeof nextRetry>[2];
		let error: string;
		try {
			const response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL, {
				method: 'POST',
				url: plan.url,
				headers: { ...plan.headers, 'Idempotency-Key': message.delivery?.idempotencyKey ?? message.id },
				body: plan.body,
				json: true,
				timeout: settings.timeoutMs,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as RawResponse;
			const retryAfterMs = parseRetryAfter(response.headers?.['retry-after'], Date.now());
			const meaning = readAnswer(plan.channel, {
				status: response.statusCode,
				body: response.body,
				retryAfterSeconds: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
			});
			if (meaning.ok) return { state: 'sent', attempts: previous + attempt, at: settings.now, providerMessageId: meaning.providerMessageId };
			if (!meaning.transient) return { state: 'failed', attempts: previous + attempt, at: settings.now, error: meaning.error };
			error = meaning.error;
			failure = { transient: true, retryAfterMs: meaning.retryAfterSeconds === undefined ? undefined : meaning.retryAfterSeconds * 1000 };
		} catch (thrown) {
			error = `${plan.channel}: ${(thrown as Error).message}`;
			failure = { connection: true };
		}
		const decision = nextRetry(settings.retry, attempt, failure);
		if (!decision.retry) return { state: 'failed', attempts: previous + attempt, at: settings.now, error: decision.reason ? `${error} (${decision.reason})` : error };
		await sleep(decision.waitMs);
	}
}

async function replyItem(ctx: IExecuteFunctions, item: INodeExecutionData, settings: Settings): Promise<Routed> {
	let ticket = withBotReply(ticketOf(item.json));
	let email: IDataObject | undefined;
	const replies: IDataObject[] = [];
	for (const message of repliesToSend(ticket, settings)) {
		const plan = planDelivery(ticket, message, settings.endpoints, settings);
		let outcome: DeliveryOutcome;
		if (plan.kind === 'http') outcome = await sendHttp(ctx, plan, message, settings);
		else if (plan.kind === 'refused') outcome = { state: 'failed', attempts: message.delivery?.attempts ?? 0, at: settings.now, error: plan.reason };
		else if (plan.kind === 'widget') outcome = { state: 'awaiting_poll', attempts: 0, at: settings.now };
		else if (plan.kind === 'callback') outcome = { state: 'callback_task', attempts: 0, at: settings.now };
		else if (email) continue; // one e-mail per item: the next one leaves on the next run
		else {
			email = { ...plan.email, replyMessageId: message.id };
			outcome = { state: 'handed_to_smtp', attempts: (message.delivery?.attempts ?? 0) + 1, at: settings.now };
		}
		ticket = recordDelivery(ticket, message.id, outcome);
		replies.push({ messageId: message.id, state: outcome.state, ...(outcome.error ? { error: outcome.error } : {}) });
	}
	const json: IDataObject = { ...item.json, ticket: ticket as unknown as IDataObject, replies };
	if (email) json.email = email;
	const failed = replies.some((reply) => reply.state === 'failed');
	return { output: failed ? OUTPUT.failed : email ? OUTPUT.email : OUTPUT.sent, json };
}

export async function executeReplies(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	let settings: Settings | Error;
	try {
		settings = await readSettings(ctx);
	} catch (error) {
		settings = error as Error;
	}
	const nowFor = referenceTimeFor(ctx);
	return await routeItems(ctx, 3, async (item, itemIndex) => {
		if (settings instanceof Error) throw settings;
		return await replyItem(ctx, item, { ...settings, now: nowFor(itemIndex) });
	});
}
