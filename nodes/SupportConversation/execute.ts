import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { get } from 'lodash';

import { applyAgentEvent, parseStoredTicket, type AgentEventSource } from '../shared/domain/conversation/agent-event';
import { conversationSettings, type ConversationSettings } from '../shared/domain/conversation/settings';
import { publicRepliesAfter } from '../shared/domain/conversation/messages';
import { joinThread } from '../shared/domain/conversation/thread';
import { ticketOf } from '../shared/domain/sla/operation';
import { routeItems, type Routed } from '../shared/n8n/items';
import { referenceTimeFor } from '../shared/n8n/reference-time';
import { panelPolicySet } from '../SlaTimer/settings';
import { ACTION_OUTPUT, JOIN_OUTPUT } from './outputs';

interface Options {
	pausedWhilePending?: string[];
	reopenWindowDays?: number;
}

/** Settings that do not depend on the item, read once; a bad one fails every item alike. `now` is set per item. */
function readSettings(ctx: IExecuteFunctions): ConversationSettings {
	const options = ctx.getNodeParameter('options', 0, {}) as Options;
	const { policies, calendars } = panelPolicySet(ctx);
	const agentList = String(ctx.getNodeParameter('agents', 0, '') ?? '')
		.split(/[,;\n]/)
		.map((id) => id.trim())
		.filter(Boolean);
	return conversationSettings({
		now: '',
		reopenWindowDays: options.reopenWindowDays,
		pausedWhilePending: options.pausedWhilePending,
		policies,
		calendars,
		agents: agentList.length > 0 ? new Set(agentList) : undefined,
	});
}

function withoutField(json: IDataObject, field: string): IDataObject {
	const copy = { ...json };
	if (!field.includes('.')) delete copy[field];
	return copy;
}

function joinItem(item: INodeExecutionData, field: string, settings: ConversationSettings): Routed {
	const incoming = ticketOf(item.json);
	const result = joinThread(incoming, parseStoredTicket(get(item.json, field), field), settings);
	const json: IDataObject = {
		...withoutField(item.json, field),
		ticket: result.ticket as unknown as IDataObject,
		conversation: {
			outcome: result.outcome,
			messageId: result.messageId,
			needsRouting: result.needsRouting,
			...(result.storedVersion ? { storedVersion: result.storedVersion } : {}),
		},
	};
	if (result.outcome === 'duplicate') return { output: JOIN_OUTPUT.duplicate, json };
	if (result.outcome === 'new') return { output: JOIN_OUTPUT.new, json };
	return { output: result.needsRouting ? JOIN_OUTPUT.needsRouting : JOIN_OUTPUT.followUp, json };
}

function actionItem(item: INodeExecutionData, field: string, settings: ConversationSettings, source: AgentEventSource, actionField: string): Routed {
	const base = withoutField(item.json, field);
	const result = applyAgentEvent(source, get(item.json, actionField), get(item.json, field), field, settings);
	if (result.kind === 'ignored') return { output: ACTION_OUTPUT.unchanged, json: { ...base, conversation: { outcome: 'ignored', reason: result.reason } } };
	if (result.kind === 'rejected') {
		const { kind: _kind, ...error } = result;
		return { output: ACTION_OUTPUT.rejected, json: { ...base, error: error as IDataObject } };
	}
	const json: IDataObject = {
		...base,
		ticket: result.ticket as unknown as IDataObject,
		action: result.action as unknown as IDataObject,
		conversation: { outcome: result.kind, ...(result.message ? { messageId: result.message.id } : {}) },
	};
	return { output: result.kind === 'duplicate' ? ACTION_OUTPUT.unchanged : ACTION_OUTPUT.applied, json };
}

function widgetItem(ctx: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, field: string): Routed {
	const stored = parseStoredTicket(get(item.json, field), field);
	const after = String(ctx.getNodeParameter('afterMessageId', itemIndex, '') ?? '').trim();
	const json: IDataObject = {
		...withoutField(item.json, field),
		found: stored !== undefined,
		status: stored?.status ?? null,
		replies: (stored ? publicRepliesAfter(stored, after || undefined) : []) as unknown as IDataObject[],
	};
	return { output: 0, json };
}

export async function executeConversation(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = ctx.getNodeParameter('operation', 0, 'join') as string;
	const field = String(ctx.getNodeParameter('storedTicketField', 0, 'storedTicket') || 'storedTicket');
	let settings: ConversationSettings | Error;
	try {
		settings = readSettings(ctx);
	} catch (error) {
		settings = error as Error;
	}
	if (operation === 'widgetReplies') return await routeItems(ctx, 1, (item, itemIndex) => widgetItem(ctx, item, itemIndex, field));
	const nowFor = referenceTimeFor(ctx);
	const settingsFor = (itemIndex: number): ConversationSettings => {
		if (settings instanceof Error) throw settings;
		return { ...settings, now: nowFor(itemIndex) };
	};
	if (operation === 'agentAction') {
		const source = ctx.getNodeParameter('source', 0, 'api') as AgentEventSource;
		const actionField = String(ctx.getNodeParameter('actionField', 0, 'body') || 'body');
		return await routeItems(ctx, 3, (item, itemIndex) => actionItem(item, field, settingsFor(itemIndex), source, actionField));
	}
	return await routeItems(ctx, 4, (item, itemIndex) => joinItem(item, field, settingsFor(itemIndex)));
}
