import { compact, indexKeys, isObject, joinPath, noSenderError, optionalText, pick, requireText, toIsoUtc, type JsonObject, type KeyIndex } from './payload';
import type { NormalizedMessage } from './types';

/**
 * Call records. The pack's own shape is
 * { callId, callerId, agentId, startedAt, endedAt, direction, transcript | notes, recordingUrl, playerId?, callerName? };
 * phone systems name the same things differently (Twilio's CallSid / From / TranscriptionText,
 * snake_case call_id / caller_number / started_at, Amazon Connect's ContactId, a transcript as
 * a list of { speaker, text } turns). Keys are compared without case and punctuation.
 */
const NAMES = {
	callId: ['callid', 'callsid', 'contactid', 'calluuid', 'uniqueid', 'recordingsid'],
	caller: ['callerid', 'caller', 'callernumber', 'callerphone', 'from', 'fromnumber', 'ani', 'customernumber', 'customerphone', 'phonenumber', 'phone', 'rawdigits'],
	transcript: ['transcript', 'transcription', 'transcriptiontext', 'speechresult', 'transcripttext', 'notes', 'summary', 'callnotes'],
	startedAt: ['startedat', 'starttime', 'start', 'callstart', 'initiationtimestamp', 'startedtime', 'createdat', 'timestamp', 'datecreated', 'date'],
	endedAt: ['endedat', 'endtime', 'end', 'callend', 'disconnecttimestamp', 'endedtime'],
	agentId: ['agentid', 'agent', 'operatorid', 'userid', 'extension'],
	direction: ['direction', 'calldirection'],
	recording: ['recordingurl', 'recording', 'recordinglink'],
	playerId: ['playerid', 'customerid', 'accountid'],
	callerName: ['callername', 'customername', 'callername', 'name'],
};

/** Systems that wrap the call in an envelope ({ event, data: { … } }). */
const ENVELOPES = ['data', 'call', 'record', 'payload'];

export function looksLikePhone(payload: JsonObject): boolean {
	if ('callId' in payload && ('callerId' in payload || 'transcript' in payload || 'notes' in payload)) return true;
	const record = recordOf(payload);
	const index = indexKeys(record);
	return pick(record, index, NAMES.callId) !== undefined && (transcriptOf(record, index) !== undefined || pick(record, index, NAMES.caller) !== undefined);
}

function recordOf(payload: JsonObject): JsonObject {
	for (const key of ENVELOPES) {
		const inner = payload[key];
		if (isObject(inner) && !('callId' in payload)) return inner;
	}
	return payload;
}

export function normalizePhone(raw: string): string {
	const trimmed = raw.trim().slice(0, 64);
	const digits = trimmed.replace(/[^\d]/g, '');
	if (trimmed.startsWith('+')) return `+${digits}`;
	if (trimmed.startsWith('00')) return `+${digits.slice(2)}`;
	return digits;
}

/** The transcript as text: a string, or a list of turns ({ speaker|role|channel, text|content|transcript }). */
function transcriptOf(record: JsonObject, index: KeyIndex): { text: string; key: string } | undefined {
	for (const name of NAMES.transcript) {
		const key = index.get(name);
		if (key === undefined) continue;
		const value = record[key];
		const text = optionalText(value) ?? (Array.isArray(value) ? turnsText(value) : isObject(value) ? optionalText(value.text) : undefined);
		if (text !== undefined) return { text, key };
	}
	return undefined;
}

function turnsText(turns: unknown[]): string | undefined {
	const lines: string[] = [];
	for (const turn of turns.slice(0, 5000)) {
		if (typeof turn === 'string') {
			if (turn.trim()) lines.push(turn.trim());
			continue;
		}
		if (!isObject(turn)) continue;
		const text = optionalText(turn.text) ?? optionalText(turn.content) ?? optionalText(turn.transcript) ?? optionalText(turn.utterance);
		const speaker = optionalText(turn.speaker) ?? optionalText(turn.role) ?? optionalText(turn.participant);
		if (text !== undefined) lines.push(speaker ? `${speaker}: ${text}` : text);
	}
	return lines.length > 0 ? lines.join('\n') : undefined;
}

export function parsePhone(payload: JsonObject, prefix = ''): NormalizedMessage {
	const record = recordOf(payload);
	const base = record === payload ? prefix : joinPath(prefix, ENVELOPES.find((key) => payload[key] === record) as string);
	const index = indexKeys(record);
	const at = (key: string | undefined, fallback: string) => joinPath(base, key ?? fallback);
	const callerFound = pick(record, index, NAMES.caller);
	const callerRaw = callerFound ? optionalText(callerFound.value) : undefined;
	if (callerRaw === undefined || normalizePhone(callerRaw) === '') throw noSenderError(at(callerFound?.key, 'callerId'), 'phone');
	const caller = normalizePhone(callerRaw);
	const transcript = transcriptOf(record, index);
	const body = transcript?.text ?? requireText(undefined, at(undefined, 'notes'), 'call transcript or notes');
	const started = pick(record, index, NAMES.startedAt);
	// Phone systems that post a transcript callback (Twilio) carry no time: the node's reference time is used.
	const startedAt = started === undefined ? undefined : toIsoUtc(started.value, at(started.key, 'startedAt'));
	const ended = pick(record, index, NAMES.endedAt);
	const endedAt = ended === undefined ? undefined : toIsoUtc(ended.value, at(ended.key, 'endedAt'));
	const durationSeconds = endedAt && startedAt ? Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 1000)) : undefined;
	const recordingUrl = optionalText(pick(record, index, NAMES.recording)?.value);
	const callId = pick(record, index, NAMES.callId);
	const text = (names: readonly string[]) => optionalText(pick(record, index, names)?.value);
	return compact({
		channel: 'phone',
		externalId: requireText(callId?.value, at(callId?.key, 'callId'), 'call id'),
		threadKey: `phone:${caller}`,
		player: compact({ phone: caller, id: text(NAMES.playerId), name: text(NAMES.callerName) }),
		body,
		isHtml: false,
		sentAt: startedAt,
		attachments: recordingUrl ? [{ kind: 'audio', url: recordingUrl }] : undefined,
		meta: compact({
			agentId: text(NAMES.agentId),
			direction: text(NAMES.direction),
			endedAt,
			durationSeconds,
		}) as Record<string, string | number>,
	}) as NormalizedMessage;
}
