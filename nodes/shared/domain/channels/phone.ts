import { compact, joinPath, noSenderError, optionalText, requireText, toIsoUtc, type JsonObject } from './payload';
import type { NormalizedMessage } from './types';

/** Call record: { callId, callerId, agentId, startedAt, endedAt, direction, transcript | notes, recordingUrl }. */
export function looksLikePhone(payload: JsonObject): boolean {
	return 'callId' in payload && ('callerId' in payload || 'transcript' in payload || 'notes' in payload);
}

export function normalizePhone(raw: string): string {
	const trimmed = raw.trim();
	const digits = trimmed.replace(/[^\d]/g, '');
	if (trimmed.startsWith('+')) return `+${digits}`;
	if (trimmed.startsWith('00')) return `+${digits.slice(2)}`;
	return digits;
}

export function parsePhone(record: JsonObject, prefix = ''): NormalizedMessage {
	const callerRaw = optionalText(record.callerId);
	if (callerRaw === undefined || normalizePhone(callerRaw) === '') throw noSenderError(joinPath(prefix, 'callerId'), 'phone');
	const caller = normalizePhone(callerRaw);
	const transcriptField = optionalText(record.transcript) !== undefined ? 'transcript' : 'notes';
	const body = requireText(record[transcriptField], joinPath(prefix, transcriptField), 'call transcript or notes');
	const startedAt = toIsoUtc(record.startedAt, joinPath(prefix, 'startedAt'));
	const endedAt = record.endedAt === undefined || record.endedAt === null ? undefined : toIsoUtc(record.endedAt, joinPath(prefix, 'endedAt'));
	const durationSeconds = endedAt ? Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 1000)) : undefined;
	const recordingUrl = optionalText(record.recordingUrl);
	return compact({
		channel: 'phone',
		externalId: requireText(record.callId, joinPath(prefix, 'callId'), 'call id'),
		threadKey: `phone:${caller}`,
		player: compact({ phone: caller, id: optionalText(record.playerId), name: optionalText(record.callerName) }),
		body,
		isHtml: false,
		sentAt: startedAt,
		attachments: recordingUrl ? [{ kind: 'audio', url: recordingUrl }] : undefined,
		meta: compact({
			agentId: optionalText(record.agentId),
			direction: optionalText(record.direction),
			endedAt,
			durationSeconds,
		}) as Record<string, string | number>,
	}) as NormalizedMessage;
}
