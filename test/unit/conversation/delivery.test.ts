import { planDelivery, readAnswer, recordDelivery, repliesToSend, withBotReply } from '../../../nodes/shared/domain/conversation/delivery';
import { messagesOf } from '../../../nodes/shared/domain/conversation/messages';
import type { Ticket } from '../../../nodes/shared/domain/ticket';
import { playerMessage } from './fixtures';

const T0 = '2026-03-02T10:00:00.000Z';
const later = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
const endpoints = {
	telegram: { baseUrl: 'http://gw/', token: '1:abc' },
	whatsapp: { baseUrl: 'http://gw', phoneNumberId: '100', apiVersion: 'v21.0' },
	viber: { baseUrl: 'http://gw', senderName: 'Support' },
};
const answered = (ticket: Ticket): Ticket => ({ ...ticket, reply: { text: 'Here is how', language: 'en', intent: 'password_reset', confidence: 0.9 }, history: [...ticket.history, { at: T0, event: 'assistant.answered' }] });
const plan = (ticket: Ticket, now = T0, template?: { name: string; language: string }) => {
	const withReply = withBotReply(answered(ticket));
	return planDelivery(withReply, repliesToSend(withReply, { retryFailed: false })[0], endpoints, { now, retryFailed: false, whatsappTemplate: template });
};

describe('delivery plans per channel', () => {
	it("Telegram replies to the player's message in its chat, the token in the path", () => {
		const ticket = playerMessage('forgot my password', T0, { channel: 'telegram', threadKey: 'telegram:555', externalId: '555:42' });
		expect(plan(ticket)).toEqual({ kind: 'http', channel: 'telegram', url: 'http://gw/bot1:abc/sendMessage', headers: {}, body: { chat_id: '555', text: 'Here is how', reply_parameters: { message_id: 42, allow_sending_without_reply: true } } });
	});

	it('WhatsApp sends text with context inside 24 hours, a template or a refusal after', () => {
		const ticket = playerMessage('forgot my password', T0, { channel: 'whatsapp', threadKey: 'whatsapp:393331234567', externalId: 'wamid.1' });
		expect(plan(ticket, later(23))).toMatchObject({ kind: 'http', url: 'http://gw/v21.0/100/messages', body: { to: '393331234567', type: 'text', text: { body: 'Here is how' }, context: { message_id: 'wamid.1' } } });
		expect(plan(ticket, later(25))).toMatchObject({ kind: 'refused', reason: expect.stringContaining('whatsapp_window_closed') });
		expect(plan(ticket, later(25), { name: 'follow_up', language: 'es' })).toMatchObject({ body: { type: 'template', template: { name: 'follow_up', language: { code: 'es' } } } });
	});

	it('Viber, e-mail, chat and phone', () => {
		expect(plan(playerMessage('hi', T0, { channel: 'viber', threadKey: 'viber:vb-1' }))).toMatchObject({ url: 'http://gw/pa/send_message', body: { receiver: 'vb-1', type: 'text', sender: { name: 'Support' } } });
		const email = plan(playerMessage('hi', T0, { channel: 'email', externalId: '<a@x>', subject: 'Deposit' }));
		expect(email).toMatchObject({ kind: 'email', email: { to: 'anna@example.com', inReplyTo: '<a@x>', references: '<a@x>', text: 'Here is how' } });
		expect(email.kind === 'email' && email.email.subject).toMatch(/^Re: Deposit \[#tkt_[0-9a-f]{24}\]$/);
		expect(plan(playerMessage('hi', T0)).kind).toBe('widget');
		expect(plan(playerMessage('hi', T0, { channel: 'phone', player: { phone: '+356' } }))).toEqual({ kind: 'callback', phone: '+356' });
	});

	it('the bot answer becomes one message, once; a recorded outcome is on the message and in the history', () => {
		const ticket = withBotReply(withBotReply(answered(playerMessage('hi', T0))));
		expect(messagesOf(ticket).map((m) => m.from)).toEqual(['player', 'bot']);
		const [reply] = repliesToSend(ticket, { retryFailed: false });
		const failed = recordDelivery(ticket, reply.id, { state: 'failed', attempts: 3, at: T0, error: 'telegram 500' });
		expect(repliesToSend(failed, { retryFailed: false })).toEqual([]);
		expect(repliesToSend(failed, { retryFailed: true })).toHaveLength(1);
		expect(failed.tags).toContain('reply:failed');
		const sent = recordDelivery(failed, reply.id, { state: 'sent', attempts: 4, at: T0, providerMessageId: '9' });
		expect(messagesOf(sent)[1].delivery).toEqual({ state: 'sent', attempts: 4, at: T0, providerMessageId: '9', idempotencyKey: reply.id });
		expect(sent.history.map((h) => h.event).slice(-2)).toEqual(['reply.failed', 'reply.delivered']);
	});
});

describe("reading the providers' answers", () => {
	it.each([
		['telegram', 200, { ok: true, result: { message_id: 7 } }, { ok: true, providerMessageId: '7' }],
		['telegram', 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } }, { ok: false, transient: true, retryAfterSeconds: 3 }],
		['telegram', 400, { ok: false, description: 'Bad Request: chat not found' }, { ok: false, transient: false }],
		['whatsapp', 200, { messages: [{ id: 'wamid.X' }] }, { ok: true, providerMessageId: 'wamid.X' }],
		['whatsapp', 400, { error: { code: 131047, message: 'Re-engagement message' } }, { ok: false, transient: false, error: expect.stringContaining('131047') }],
		['whatsapp', 500, { error: { code: 1 } }, { ok: false, transient: true }],
		['viber', 200, { status: 0, message_token: 5 }, { ok: true, providerMessageId: '5' }],
		['viber', 200, { status: 12, status_message: 'tooManyRequests' }, { ok: false, transient: true }],
		['viber', 200, { status: 6, status_message: 'receiverNotSubscribed' }, { ok: false, transient: false }],
	] as const)('%s %i %j', (channel, status, body, meaning) => {
		expect(readAnswer(channel, { status, body })).toMatchObject(meaning);
	});
});
