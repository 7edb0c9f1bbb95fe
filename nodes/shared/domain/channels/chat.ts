import { DomainError } from '../errors';
import { compact, isObject, joinPath, noSenderError, optionalText, requireText, toIsoUtc, type JsonObject } from './payload';
import type { NormalizedMessage } from './types';

/**
 * The chat widget / web form payload this pack documents:
 * { conversationId, messageId, text, sentAt, player: { id?, email?, name? }, source: 'chat' | 'web_form', subject? }
 */
export function looksLikeChat(payload: JsonObject): boolean {
	return 'conversationId' in payload && ('text' in payload || 'messageId' in payload);
}

export function parseChat(payload: JsonObject, prefix = '', forced?: 'chat' | 'web_form'): NormalizedMessage {
	const source = optionalText(payload.source);
	const channel = forced ?? (source === 'web_form' ? 'web_form' : 'chat');
	if (source !== undefined && source !== 'chat' && source !== 'web_form') {
		throw new DomainError(`Unknown widget source "${source}" (${joinPath(prefix, 'source')})`, {
			field: joinPath(prefix, 'source'),
			hint: "Use 'chat' or 'web_form'.",
		});
	}
	const conversationId = requireText(payload.conversationId, joinPath(prefix, 'conversationId'), 'conversation id');
	const player = isObject(payload.player) ? payload.player : undefined;
	const normalizedPlayer = compact({
		id: optionalText(player?.id),
		email: optionalText(player?.email)?.toLowerCase(),
		phone: optionalText(player?.phone),
		name: optionalText(player?.name),
	});
	if (!normalizedPlayer.id && !normalizedPlayer.email && !normalizedPlayer.phone) throw noSenderError(joinPath(prefix, 'player'), channel);
	return compact({
		channel,
		externalId: optionalText(payload.messageId) ?? conversationId,
		threadKey: `${channel}:${conversationId}`,
		player: normalizedPlayer,
		subject: optionalText(payload.subject),
		body: requireText(payload.text, joinPath(prefix, 'text'), 'message text'),
		isHtml: payload.isHtml === true,
		sentAt: toIsoUtc(payload.sentAt ?? payload.timestamp, joinPath(prefix, 'sentAt')),
	}) as NormalizedMessage;
}
