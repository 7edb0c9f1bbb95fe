import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { analyse, assist, type AssistantSettings } from '../shared/domain/assistant/assist';
import { compileKnowledgeBase } from '../shared/domain/assistant/knowledge';
import type { AnswerEntry } from '../shared/domain/assistant/answers';
import { DomainError } from '../shared/domain/errors';
import { assertTicket, type Ticket } from '../shared/domain/ticket';
import type { Routed } from '../shared/n8n/items';
import { referenceTime } from '../shared/domain/reference-time';

export const ANSWERED_OUTPUT = 0;
export const NEEDS_AGENT_OUTPUT = 1;

export interface AssistantOptions {
	allowEnglishFallback?: boolean;
	answerIntents?: string[];
	answersJson?: unknown;
	handOffFlaggedPlayers?: boolean;
	referenceTime?: string;
	repeatContactLimit?: number;
	useShippedAnswers?: boolean;
}

export interface AssistantParameters {
	minConfidence: number;
	answeredStatus: string;
	customAnswers: { answers?: AnswerEntry[] };
	options: AssistantOptions;
	/** Time of the execution, read once. */
	now: Date;
}

/** Everything that does not depend on the item, checked and compiled once per execution. */
export function compileSettings(parameters: AssistantParameters): AssistantSettings {
	const { options } = parameters;
	const minConfidence = Number(parameters.minConfidence);
	if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
		throw new DomainError(`Minimum Confidence must be between 0 and 1, got ${String(parameters.minConfidence)}`, {
			field: 'minConfidence',
			hint: 'Use a number such as 0.6.',
		});
	}
	const now = new Date(referenceTime(options.referenceTime, parameters.now.getTime()));
	return {
		kb: compileKnowledgeBase({
			panel: parameters.customAnswers.answers ?? [],
			json: options.answersJson ?? '',
			useShipped: options.useShippedAnswers ?? true,
		}),
		minConfidence,
		answeredStatus: parameters.answeredStatus === 'pending' ? 'pending' : 'resolved',
		allowEnglishFallback: options.allowEnglishFallback ?? false,
		repeatContactLimit: Math.max(1, Math.floor(options.repeatContactLimit ?? 1)),
		answerIntents: options.answerIntents && options.answerIntents.length > 0 ? new Set(options.answerIntents) : null,
		handOffFlaggedPlayers: options.handOffFlaggedPlayers ?? true,
		now: now.toISOString(),
	};
}

/** A ticket item: the ticket leaves with its reply, or with its hand-off reason. */
export function ticketItem(item: INodeExecutionData, settings: AssistantSettings): Routed {
	const ticket = assertTicket(item.json.ticket);
	const result = assist(ticket, settings);
	return {
		output: result.decision.outcome === 'answered' ? ANSWERED_OUTPUT : NEEDS_AGENT_OUTPUT,
		json: { ...item.json, ticket: result.ticket as unknown as IDataObject },
	};
}

/** A plain-text message (tool use): the item leaves with `assistant` describing the decision. */
export function textItem(item: INodeExecutionData, text: string, language: string, settings: AssistantSettings): Routed {
	if (typeof text !== 'string' || text.trim() === '') {
		throw new DomainError('The message text is empty', { field: 'text', hint: "Map the player's message into Text, for example {{ $json.message }}." });
	}
	const ticket = {
		schemaVersion: 1,
		id: '',
		channel: 'chat',
		externalId: '',
		threadKey: '',
		player: {},
		body: text,
		language: language.trim() || 'und',
		category: 'other',
		complexity: 'simple',
		priority: 'normal',
		tags: [],
		status: 'new',
		createdAt: settings.now,
		updatedAt: settings.now,
		history: [],
	} as Ticket;
	const { decision } = analyse(ticket, settings);
	const assistant: IDataObject =
		decision.outcome === 'answered'
			? { answered: true, ...decision.reply }
			: { answered: false, ...decision.handoff };
	return {
		output: decision.outcome === 'answered' ? ANSWERED_OUTPUT : NEEDS_AGENT_OUTPUT,
		json: { ...item.json, assistant },
	};
}
