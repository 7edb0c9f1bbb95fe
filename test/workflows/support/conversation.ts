/**
 * The player's next message in the same conversation, for each channel's payload shape: same
 * sender and thread, a new message id, new text and time. Shared by the engine-run and e2e tests.
 */
import type { ChannelPayload } from './payloads';

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The k-th later message (k ≥ 2) of the conversation `payload` started. */
export function nextMessage(payload: ChannelPayload, k: number, text: string, at: string): Record<string, unknown> {
	const body = structuredClone(payload.body) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
	switch (payload.endpoint) {
		case 'chat':
			Object.assign(body, { messageId: `${String(body.messageId)}-${k}`, text, sentAt: at });
			break;
		case 'email': {
			const first = String(body.messageId);
			Object.assign(body, { messageId: first.replace('@', `-${k}@`), text, date: at, inReplyTo: first, references: first });
			break;
		}
		case 'telegram':
			body.update_id = Number(body.update_id) * 10 + k;
			Object.assign(body.message, { message_id: Number(body.message.message_id) * 10 + k, text, date: unix(at) });
			break;
		case 'whatsapp': {
			const message = body.entry[0].changes[0].value.messages[0];
			Object.assign(message, { id: `${String(message.id)}.${k}`, timestamp: String(unix(at)), text: { body: text } });
			break;
		}
		case 'viber':
			Object.assign(body, { message_token: Number(body.message_token) * 10 + k, timestamp: Date.parse(at), message: { type: 'text', text } });
			break;
		case 'phone':
			Object.assign(body, { callId: `${String(body.callId)}-${k}`, startedAt: at, endedAt: at, transcript: text });
			break;
	}
	return body;
}
