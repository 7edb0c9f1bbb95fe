import axios, { type AxiosRequestConfig } from 'axios';
import fs from 'fs';
import net from 'net';
import path from 'path';
import nodemailer from 'nodemailer';

import { GATEWAY_DEFAULTS, startChannelGateway, type ChannelGateway } from '../../tools/channel-gateway/server';

const TG = `/bot${GATEWAY_DEFAULTS.telegramToken}`;
const WA = `/v21.0/${GATEWAY_DEFAULTS.whatsappPhoneNumberId}/messages`;
const WA_AUTH = { Authorization: `Bearer ${GATEWAY_DEFAULTS.whatsappToken}` };
const VIBER_AUTH = { 'X-Viber-Auth-Token': GATEWAY_DEFAULTS.viberToken };
const HOUR = 60 * 60 * 1000;
const PLAYER = '+49 151 2345 6789';
const PLAYER_WA_ID = '4915123456789';

describe('reference channel gateway', () => {
	let gw: ChannelGateway;
	const call = (config: AxiosRequestConfig) =>
		axios.request({ baseURL: gw.url, validateStatus: () => true, timeout: 3000, ...config });
	const post = (url: string, data?: unknown, headers?: Record<string, string>) => call({ method: 'POST', url, data, headers });
	const fault = (body: Record<string, unknown>) => post('/_gateway/faults', body);
	const inbound = (hoursAgo: number) =>
		post('/_gateway/whatsapp/inbound', { wa_id: PLAYER_WA_ID, at: new Date(Date.now() - hoursAgo * HOUR).toISOString() });
	const waText = (body = 'Your withdrawal is on its way.') =>
		post(WA, { messaging_product: 'whatsapp', recipient_type: 'individual', to: PLAYER, type: 'text', text: { body } }, WA_AUTH);
	const viberSend = (extra: Record<string, unknown> = {}, headers: Record<string, string> = VIBER_AUTH) =>
		post('/pa/send_message', { receiver: '01234567890A=', type: 'text', text: 'Hello', sender: { name: 'Support' }, ...extra }, headers);

	beforeEach(async () => {
		gw = await startChannelGateway({ port: 0, smtpPort: 0 });
	});
	afterEach(async () => {
		await gw.close();
	});

	describe('Telegram Bot API', () => {
		it('sends a reply with inline buttons and answers like the Bot API', async () => {
			const before = Math.floor(Date.now() / 1000);
			const keyboard = [[{ text: 'Yes, solved', callback_data: 'csat:yes' }, { text: 'No', callback_data: 'csat:no' }]];
			const response = await post(`${TG}/sendMessage`, {
				chat_id: 555000111,
				text: 'Your deposit has been credited.',
				parse_mode: 'HTML',
				reply_parameters: { message_id: 77 },
				reply_markup: { inline_keyboard: keyboard },
			});
			expect(response.status).toBe(200);
			expect(response.data.ok).toBe(true);
			const result = response.data.result;
			expect(result).toMatchObject({
				chat: { id: 555000111, type: 'private' },
				text: 'Your deposit has been credited.',
				from: { id: 123456, is_bot: true },
				reply_markup: { inline_keyboard: keyboard },
			});
			expect(Number.isInteger(result.message_id)).toBe(true);
			expect(result.date).toBeGreaterThanOrEqual(before);
			const second = await post(`${TG}/sendMessage`, { chat_id: 555000111, text: 'Anything else?' });
			expect(second.data.result.message_id).toBeGreaterThan(result.message_id);
		});

		it('takes form-encoded bodies with JSON-string fields, and method names in any case', async () => {
			const form = new URLSearchParams({
				chat_id: '-1001234567890',
				text: 'Form body',
				reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'Open', url: 'https://casino.example/help' }]] }),
			});
			const response = await post(`${TG}/SENDMESSAGE`, form.toString(), { 'Content-Type': 'application/x-www-form-urlencoded' });
			expect(response.status).toBe(200);
			expect(response.data.result.chat).toEqual({ id: -1001234567890, type: 'supergroup' });
			expect(response.data.result.reply_markup.inline_keyboard[0][0].url).toBe('https://casino.example/help');
			const bad = await post(`${TG}/sendMessage`, 'chat_id=1&text=x&reply_markup=%7Bnope', {
				'Content-Type': 'application/x-www-form-urlencoded',
			});
			expect(bad.data).toEqual({ ok: false, error_code: 400, description: "Bad Request: can't parse reply keyboard markup JSON object" });
		});

		it('serves getMe (the n8n credential test) and answerCallbackQuery', async () => {
			const me = await call({ url: `${TG}/getMe` });
			expect(me.status).toBe(200);
			expect(me.data).toMatchObject({ ok: true, result: { id: 123456, is_bot: true, username: 'demo_support_bot' } });
			const answered = await post(`${TG}/answerCallbackQuery`, { callback_query_id: '4382bfdwdsb323b2d9', text: 'Thanks!' });
			expect(answered.data).toEqual({ ok: true, result: true });
			const invalid = await post(`${TG}/answerCallbackQuery`, {});
			expect(invalid.status).toBe(400);
			expect(invalid.data.description).toMatch(/^Bad Request: query is too old/);
		});

		it('answers errors with the Bot API error body and matching HTTP status', async () => {
			const unauthorized = await post('/bot999:wrong/sendMessage', { chat_id: 1, text: 'x' });
			expect(unauthorized.status).toBe(401);
			expect(unauthorized.data).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
			const cases: Array<[Record<string, unknown>, string]> = [
				[{ chat_id: 'not a chat', text: 'x' }, 'Bad Request: chat not found'],
				[{ chat_id: 42, text: '   ' }, 'Bad Request: message text is empty'],
				[{ chat_id: 42 }, 'Bad Request: message text is empty'],
				[{ text: 'x' }, 'Bad Request: chat_id is empty'],
				[{ chat_id: 42, text: 'x'.repeat(4097) }, 'Bad Request: message is too long'],
				[{ chat_id: 42, text: 'x', parse_mode: 'BBCode' }, 'Bad Request: unsupported parse_mode'],
				[{ chat_id: 42, text: 'x', reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'd'.repeat(65) }]] } }, 'Bad Request: BUTTON_DATA_INVALID'],
			];
			for (const [body, description] of cases) {
				const response = await post(`${TG}/sendMessage`, body);
				expect({ status: response.status, data: response.data }).toEqual({ status: 400, data: { ok: false, error_code: 400, description } });
			}
			const unknown = await post(`${TG}/sendRocket`, {});
			expect(unknown.data).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
		});

		it('accepts only the configured tokens', async () => {
			await gw.close();
			gw = await startChannelGateway({ telegramTokens: ['42:other-token'] });
			expect((await call({ url: '/bot42:other-token/getMe' })).status).toBe(200);
			expect((await call({ url: `${TG}/getMe` })).status).toBe(401);
		});
	});

	describe('WhatsApp Cloud API', () => {
		it('sends a text reply inside the 24-hour window and answers with contacts and a wamid', async () => {
			await inbound(1);
			const response = await post(
				WA,
				{ messaging_product: 'whatsapp', to: PLAYER, type: 'text', text: { body: 'Hi!', preview_url: false }, context: { message_id: 'wamid.IN1' } },
				WA_AUTH,
			);
			expect(response.status).toBe(200);
			expect(response.data.messaging_product).toBe('whatsapp');
			expect(response.data.contacts).toEqual([{ input: PLAYER, wa_id: PLAYER_WA_ID }]);
			expect(response.data.messages).toHaveLength(1);
			expect(response.data.messages[0].id).toMatch(/^wamid\.[A-Za-z0-9+/=]{20,}$/);
		});

		it('enforces the customer-service window: 25 h ago fails with 131047, templates go, 1 h ago goes', async () => {
			await inbound(25);
			const outside = await waText();
			expect(outside.status).toBe(400);
			expect(outside.data.error).toMatchObject({
				message: '(#131047) Re-engagement message',
				type: 'OAuthException',
				code: 131047,
				error_data: { messaging_product: 'whatsapp', details: expect.stringContaining('24 hours') },
			});
			expect(typeof outside.data.error.fbtrace_id).toBe('string');
			const buttons = await post(WA, interactiveButtons(2), WA_AUTH);
			expect(buttons.data.error.code).toBe(131047);

			const template = await post(
				WA,
				{ messaging_product: 'whatsapp', to: PLAYER, type: 'template', template: { name: 'ticket_update', language: { code: 'en_US' } } },
				WA_AUTH,
			);
			expect(template.status).toBe(200);
			expect(template.data.messages[0]).toMatchObject({ message_status: 'accepted' });

			await inbound(1);
			expect((await waText()).status).toBe(200);
		});

		it('treats a user who never wrote as outside the window, unless enforcement is turned off', async () => {
			expect((await waText()).data.error.code).toBe(131047);
			expect((await post('/_gateway/config', { whatsappWindow: false })).data).toMatchObject({ whatsappWindow: false });
			expect((await waText()).status).toBe(200);
			expect((await call({ url: '/_gateway/config' })).data.whatsappWindow).toBe(false);
		});

		it('checks interactive limits: 3 reply buttons of at most 20 characters, 10 list rows', async () => {
			await inbound(0);
			expect((await post(WA, interactiveButtons(3), WA_AUTH)).status).toBe(200);
			const four = await post(WA, interactiveButtons(4), WA_AUTH);
			expect(four.status).toBe(400);
			expect(four.data.error).toMatchObject({ code: 131009, message: '(#131009) Parameter value is not valid' });
			const long = await post(WA, interactiveButtons(1, 'x'.repeat(21)), WA_AUTH);
			expect(long.data.error.code).toBe(131009);
			expect(long.data.error.error_data.details).toContain("['title']");
			expect((await post(WA, interactiveList([10]), WA_AUTH)).status).toBe(200);
			const eleven = await post(WA, interactiveList([6, 5]), WA_AUTH);
			expect(eleven.status).toBe(400);
			expect(eleven.data.error.code).toBe(131009);
		});

		it('answers a bad or missing token with 401 code 190 and accepts the access_token query parameter', async () => {
			for (const headers of [{ Authorization: 'Bearer nope' }, {}] as Array<Record<string, string>>) {
				const response = await post(WA, { messaging_product: 'whatsapp' }, headers);
				expect(response.status).toBe(401);
				expect(response.data.error).toMatchObject({ code: 190, type: 'OAuthException' });
				expect(response.headers['www-authenticate']).toContain('invalid_token');
			}
			await post('/_gateway/config', { whatsappWindow: false });
			const viaQuery = await post(`${WA}?access_token=${GATEWAY_DEFAULTS.whatsappToken}`, {
				messaging_product: 'whatsapp',
				to: PLAYER,
				type: 'text',
				text: { body: 'x' },
			});
			expect(viaQuery.status).toBe(200);
		});

		it('answers invalid parameters in Graph error shape', async () => {
			const wrongProduct = await post(WA, { messaging_product: 'sms', to: PLAYER, type: 'text', text: { body: 'x' } }, WA_AUTH);
			expect(wrongProduct.status).toBe(400);
			expect(wrongProduct.data.error).toMatchObject({ code: 100, message: '(#100) Invalid parameter', type: 'OAuthException' });
			const wrongType = await post(WA, { messaging_product: 'whatsapp', to: PLAYER, type: 'hologram' }, WA_AUTH);
			expect(wrongType.data.error.code).toBe(100);
			const missingBody = await post(WA, { messaging_product: 'whatsapp', to: PLAYER, type: 'text', text: {} }, WA_AUTH);
			expect(missingBody.data.error).toMatchObject({ code: 131008, error_data: { details: "The parameter text['body'] is required." } });
			const unknownPhone = await post('/v21.0/999/messages', { messaging_product: 'whatsapp' }, WA_AUTH);
			expect(unknownPhone.status).toBe(400);
			expect(unknownPhone.data.error).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
			expect(unknownPhone.data.error.message).toContain("Object with ID '999' does not exist");
		});

		it('marks a message read', async () => {
			const read = await post(WA, { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN1' }, WA_AUTH);
			expect(read.data).toEqual({ success: true });
		});
	});

	describe('Viber REST bot API', () => {
		it('sends a text with a keyboard and answers status 0', async () => {
			const response = await viberSend({
				tracking_data: 'ticket:T-1',
				min_api_version: 7,
				keyboard: { Type: 'keyboard', Buttons: [{ ActionType: 'reply', ActionBody: 'csat:yes', Text: 'Solved', Columns: 3 }] },
			});
			expect(response.status).toBe(200);
			expect(response.data).toMatchObject({ status: 0, status_message: 'ok', chat_hostname: expect.any(String) });
			expect(Number.isSafeInteger(response.data.message_token)).toBe(true);
		});

		it('reads the body as JSON whatever the Content-Type, as Viber does', async () => {
			const body = JSON.stringify({ receiver: 'r1', type: 'text', text: 'x', sender: { name: 'Support' } });
			const response = await post('/pa/send_message', body, { ...VIBER_AUTH, 'Content-Type': 'application/x-www-form-urlencoded' });
			expect(response.data.status).toBe(0);
		});

		it('reports errors with HTTP 200 and a non-zero status', async () => {
			await post('/_gateway/config', { viberUnsubscribed: ['gone=='] });
			const cases: Array<[Promise<{ status: number; data: Record<string, unknown> }>, number, string]> = [
				[viberSend({}, { 'X-Viber-Auth-Token': 'wrong' }), 2, 'invalidAuthToken'],
				[post('/pa/send_message', '{"receiver": ', { ...VIBER_AUTH, 'Content-Type': 'application/json' }), 3, 'badData'],
				[viberSend({ sender: { name: 'x'.repeat(29) } }), 3, 'badData'],
				[viberSend({ keyboard: { Type: 'keyboard', Buttons: [] } }), 3, 'badData'],
				[viberSend({ sender: undefined }), 4, 'missingData'],
				[viberSend({ receiver: 'gone==' }), 6, 'receiverNotSubscribed'],
			];
			for (const [request, status, statusMessage] of cases) {
				const response = await request;
				expect({ http: response.status, status: response.data.status, message: response.data.status_message }).toEqual({
					http: 200,
					status,
					message: statusMessage,
				});
			}
			expect((await viberSend({}, {})).data.status).toBe(2);
		});

		it('sets a webhook', async () => {
			const set = await post('/pa/set_webhook', { url: 'https://desk.example/viber', event_types: ['message', 'delivered'] }, VIBER_AUTH);
			expect(set.data).toMatchObject({ status: 0, status_message: 'ok', event_types: ['message', 'delivered'] });
			const invalid = await post('/pa/set_webhook', { url: 'not a url' }, VIBER_AUTH);
			expect(invalid.data).toMatchObject({ status: 1, status_message: 'invalidUrl' });
		});
	});

	describe('faults', () => {
		it('429 with Retry-After, then success (Telegram and WhatsApp shapes)', async () => {
			expect((await fault({ channel: 'telegram', mode: '429', count: 1, retryAfter: 7 })).status).toBe(200);
			const limited = await post(`${TG}/sendMessage`, { chat_id: 1, text: 'x' });
			expect(limited.status).toBe(429);
			expect(limited.headers['retry-after']).toBe('7');
			expect(limited.data).toEqual({
				ok: false,
				error_code: 429,
				description: 'Too Many Requests: retry after 7',
				parameters: { retry_after: 7 },
			});
			expect((await post(`${TG}/sendMessage`, { chat_id: 1, text: 'x' })).status).toBe(200);

			await fault({ channel: 'whatsapp', mode: '429', retryAfter: 3 });
			const waLimited = await waText();
			expect(waLimited.status).toBe(429);
			expect(waLimited.headers['retry-after']).toBe('3');
			expect(waLimited.data.error).toMatchObject({ code: 130429, message: '(#130429) Rate limit hit' });
		});

		it('queues faults per channel in order and counts them down', async () => {
			await fault({ channel: 'whatsapp', mode: '500', count: 2 });
			const queued = await fault({ channel: 'whatsapp', mode: '429' });
			expect(queued.data.pending).toEqual([
				{ mode: '500', count: 2, retryAfter: 1 },
				{ mode: '429', count: 1, retryAfter: 1 },
			]);
			await post('/_gateway/config', { whatsappWindow: false });
			const statuses: number[] = [];
			for (let i = 0; i < 4; i++) statuses.push((await waText()).status);
			expect(statuses).toEqual([500, 500, 429, 200]);
			expect((await post(`${TG}/sendMessage`, { chat_id: 1, text: 'other channel unaffected' })).status).toBe(200);
		});

		it('500 in each provider shape', async () => {
			await fault({ channel: 'telegram', mode: '500' });
			expect((await post(`${TG}/sendMessage`, { chat_id: 1, text: 'x' })).data).toEqual({
				ok: false,
				error_code: 500,
				description: 'Internal Server Error',
			});
			await fault({ channel: 'whatsapp', mode: '500' });
			const wa = await waText();
			expect(wa.status).toBe(500);
			expect(wa.data.error.code).toBe(131000);
			await fault({ channel: 'viber', mode: '500' });
			expect((await viberSend()).status).toBe(500);
			await fault({ channel: 'viber', mode: '429' });
			expect((await viberSend()).data).toMatchObject({ status: 12, status_message: 'tooManyRequests' });
		});

		it('hang never answers, so a client timeout ends it; the next request is served', async () => {
			await fault({ channel: 'viber', mode: 'hang' });
			const started = Date.now();
			await expect(
				axios.post(`${gw.url}/pa/send_message`, { receiver: 'r', type: 'text', text: 'x', sender: { name: 'S' } }, { headers: VIBER_AUTH, timeout: 300 }),
			).rejects.toMatchObject({ code: 'ECONNABORTED' });
			expect(Date.now() - started).toBeGreaterThanOrEqual(250);
			const [hung] = gw.requests();
			expect(hung).toMatchObject({ channel: 'viber', fault: 'hang', answer: null });
			expect((await viberSend()).data.status).toBe(0);
		});

		it('drop closes the connection without an answer', async () => {
			await fault({ channel: 'telegram', mode: 'drop' });
			const error = await axios.post(`${gw.url}${TG}/sendMessage`, { chat_id: 1, text: 'x' }, { timeout: 2000 }).catch((e: unknown) => e);
			expect(axios.isAxiosError(error)).toBe(true);
			expect(axios.isAxiosError(error) && error.response).toBeFalsy();
			expect(gw.requests()[0]).toMatchObject({ fault: 'drop', answer: null });
		});

		it('slow takes the message at once and answers later; a caller that gave up never hears', async () => {
			await fault({ channel: 'telegram', mode: 'slow', delayMs: 600 });
			const started = Date.now();
			const slow = await post(`${TG}/sendMessage`, { chat_id: 1, text: 'late answer' });
			expect(slow.status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(550);
			await fault({ channel: 'telegram', mode: 'slow', delayMs: 2000 });
			const gaveUp = await axios.post(`${gw.url}${TG}/sendMessage`, { chat_id: 1, text: 'sent anyway' }, { timeout: 300 }).catch((e: unknown) => e);
			expect(axios.isAxiosError(gaveUp)).toBe(true);
			// the provider took it: recorded with its answer although nobody received that answer
			expect(gw.requests().map((r) => [r.fault, r.answer?.status])).toEqual([
				['slow', 200],
				['slow', 200],
			]);
			expect((await fault({ channel: 'telegram', mode: 'slow', delayMs: -1 })).status).toBe(400);
		});

		it('a repeated Idempotency-Key is sent again like the real APIs do, or answered from the first send when honourIdempotencyKeys is on', async () => {
			const send = (key: string) => post(`${TG}/sendMessage`, { chat_id: 9, text: 'once' }, { 'Idempotency-Key': key });
			const a = await send('k1');
			const b = await send('k1');
			expect(b.data.result.message_id).toBeGreaterThan(a.data.result.message_id);
			expect((await post('/_gateway/config', { honourIdempotencyKeys: true })).data.honourIdempotencyKeys).toBe(true);
			const c = await send('k2');
			const d = await send('k2');
			const e = await send('k3');
			expect(d.data).toEqual(c.data);
			expect(e.data.result.message_id).toBeGreaterThan(c.data.result.message_id);
			expect(gw.requests().map((r) => r.replayOf ?? null)).toEqual([null, null, null, gw.requests()[2].id, null]);
			// a refused send is not remembered: the same key goes through once the fault is gone
			await fault({ channel: 'viber', mode: '500' });
			const refused = await viberSend({}, { ...VIBER_AUTH, 'Idempotency-Key': 'v1' });
			const retried = await viberSend({}, { ...VIBER_AUTH, 'Idempotency-Key': 'v1' });
			expect([refused.status, retried.data.status]).toEqual([500, 0]);
			expect(gw.requests().slice(-1)[0].replayOf).toBeUndefined();
			expect((await post('/_gateway/config', { honourIdempotencyKeys: 'yes' })).status).toBe(400);
		});

		it('rejects a malformed fault', async () => {
			expect((await fault({ channel: 'telegram', mode: 'explode' })).status).toBe(400);
			expect((await fault({ channel: 'sms', mode: '500' })).status).toBe(400);
			expect((await fault({ channel: 'telegram', mode: '500', count: 0 })).status).toBe(400);
		});
	});

	describe('recorded requests', () => {
		it('records method, path, headers, parsed body, the answer given and a timestamp, per channel', async () => {
			const sent = await post(`${TG}/sendMessage`, { chat_id: 42, text: 'recorded' });
			await viberSend();
			await call({ url: '/_gateway/health' });
			const listed = await call({ url: '/_gateway/requests', params: { channel: 'telegram' } });
			expect(listed.status).toBe(200);
			expect(listed.data.requests).toHaveLength(1);
			const [record] = listed.data.requests;
			expect(record).toMatchObject({
				channel: 'telegram',
				method: 'POST',
				path: `${TG}/sendMessage`,
				body: { chat_id: 42, text: 'recorded' },
				answer: { status: 200, body: sent.data },
			});
			expect(record.headers['content-type']).toContain('application/json');
			expect(Date.parse(record.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
			expect((await call({ url: '/_gateway/requests' })).data.requests.map((r: { channel: string }) => r.channel)).toEqual([
				'telegram',
				'viber',
			]);
			expect(gw.requests()).toEqual((await call({ url: '/_gateway/requests' })).data.requests);
			expect((await call({ url: '/_gateway/requests', params: { channel: 'fax' } })).status).toBe(400);
		});

		it('DELETE /_gateway/requests resets requests, mail, faults, inbound times and config', async () => {
			await post(`${TG}/sendMessage`, { chat_id: 42, text: 'x' });
			await sendMail({});
			await fault({ channel: 'telegram', mode: '500' });
			await inbound(1);
			await post('/_gateway/config', { viberUnsubscribed: ['r1'] });
			expect((await call({ method: 'DELETE', url: '/_gateway/requests' })).data).toEqual({ reset: true });
			expect(gw.requests()).toEqual([]);
			expect(gw.mail()).toEqual([]);
			expect((await post(`${TG}/sendMessage`, { chat_id: 42, text: 'x' })).status).toBe(200);
			expect((await waText()).data.error.code).toBe(131047);
			expect((await call({ url: '/_gateway/config' })).data).toEqual({ whatsappWindow: true, viberUnsubscribed: [], honourIdempotencyKeys: false });
			gw.reset();
			expect(gw.requests()).toEqual([]);
		});
	});

	describe('SMTP sink', () => {
		it('records an e-mail reply with Message-ID, In-Reply-To and References, sent with credentials', async () => {
			const info = await sendMail({
				auth: { user: 'desk@casino.example', pass: 'any-password' },
				message: {
					subject: 'Re: Withdrawal still pending',
					messageId: '<reply-2@desk.casino.example>',
					inReplyTo: '<player-msg-2@mail.example>',
					references: ['<player-msg-1@mail.example>', '<player-msg-2@mail.example>'],
					html: '<p>Your withdrawal was approved.</p>',
				},
			});
			expect(info.accepted).toEqual(['player@mail.example']);
			const listed = await call({ url: '/_gateway/mail' });
			expect(listed.data.mail).toHaveLength(1);
			const [mail] = listed.data.mail;
			expect(mail).toMatchObject({
				envelope: { from: 'desk@casino.example', to: ['player@mail.example'] },
				auth: { username: 'desk@casino.example' },
				messageId: '<reply-2@desk.casino.example>',
				inReplyTo: '<player-msg-2@mail.example>',
				references: ['<player-msg-1@mail.example>', '<player-msg-2@mail.example>'],
				subject: 'Re: Withdrawal still pending',
				text: 'Your withdrawal was approved.\n',
				html: '<p>Your withdrawal was approved.</p>',
			});
			expect(mail.headers['message-id']).toBe('<reply-2@desk.casino.example>');
			expect(mail.headers['in-reply-to']).toBe('<player-msg-2@mail.example>');
			expect(mail.headers.references).toBe('<player-msg-1@mail.example> <player-msg-2@mail.example>');
			expect(mail.headers.subject).toBe('Re: Withdrawal still pending');
			expect(gw.mail()).toEqual(listed.data.mail);
		});

		it('accepts mail without auth and with AUTH LOGIN', async () => {
			await sendMail({});
			await sendMail({ auth: { user: 'agent', pass: 'x' }, authMethod: 'LOGIN' });
			const mails = gw.mail();
			expect(mails.map((m) => m.auth)).toEqual([null, { method: 'LOGIN', username: 'agent' }]);
		});

		it('offers AUTH PLAIN LOGIN in plain text and no STARTTLS', async () => {
			const ehlo = await smtpGreeting(gw.smtpPort);
			expect(ehlo).toMatch(/^250[ -]AUTH PLAIN LOGIN/m);
			expect(ehlo).not.toMatch(/STARTTLS/);
		});
	});

	describe('openapi.yaml', () => {
		const spec = fs.readFileSync(path.join(__dirname, '../../tools/channel-gateway/openapi.yaml'), 'utf8');
		const operations: Array<{ method: string; path: string }> = [];
		let current = '';
		for (const line of spec.slice(spec.indexOf('\npaths:\n'), spec.indexOf('\ncomponents:\n')).split('\n')) {
			const pathMatch = /^ {2}(\/\S+):$/.exec(line);
			if (pathMatch) current = pathMatch[1];
			const methodMatch = /^ {4}(get|post|put|patch|delete):$/.exec(line);
			if (methodMatch) operations.push({ method: methodMatch[1].toUpperCase(), path: current });
		}
		const concrete = (template: string) =>
			template
				.replace('{token}', GATEWAY_DEFAULTS.telegramToken)
				.replace('{version}', 'v21.0')
				.replace('{phoneNumberId}', GATEWAY_DEFAULTS.whatsappPhoneNumberId);

		it('is OpenAPI 3.1 and lists exactly the routes the gateway implements', () => {
			expect(spec.startsWith('openapi: 3.1.0\n')).toBe(true);
			expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
				[
					'GET /bot{token}/getMe',
					'POST /bot{token}/getMe',
					'POST /bot{token}/sendMessage',
					'POST /bot{token}/answerCallbackQuery',
					'POST /{version}/{phoneNumberId}/messages',
					'POST /pa/send_message',
					'POST /pa/set_webhook',
					'GET /_gateway/health',
					'GET /_gateway/requests',
					'DELETE /_gateway/requests',
					'GET /_gateway/mail',
					'POST /_gateway/faults',
					'POST /_gateway/whatsapp/inbound',
					'GET /_gateway/config',
					'POST /_gateway/config',
				].sort(),
			);
		});

		it('every documented operation is served (no 404), and an undocumented one is not', async () => {
			const headers = { ...WA_AUTH, ...VIBER_AUTH };
			const unserved: string[] = [];
			for (const { method, path: template } of operations) {
				const data = method === 'POST' ? {} : undefined;
				const response = await call({ method, url: concrete(template), data, headers });
				if ([404, 405, 500].includes(response.status)) unserved.push(`${method} ${template} -> ${response.status}`);
			}
			expect(unserved).toEqual([]);
			expect((await call({ url: '/_gateway/undocumented', headers })).status).toBe(404);
			expect((await post('/pa/get_account_info', {}, headers)).status).toBe(404);
		});
	});

	// ------------------------------------------------------------ helpers

	function interactiveButtons(count: number, title = 'Option') {
		return {
			messaging_product: 'whatsapp',
			to: PLAYER,
			type: 'interactive',
			interactive: {
				type: 'button',
				body: { text: 'Was your issue solved?' },
				action: { buttons: Array.from({ length: count }, (_, i) => ({ type: 'reply', reply: { id: `b${i}`, title } })) },
			},
		};
	}

	function interactiveList(rowsPerSection: number[]) {
		let next = 0;
		return {
			messaging_product: 'whatsapp',
			to: PLAYER,
			type: 'interactive',
			interactive: {
				type: 'list',
				body: { text: 'Pick a topic' },
				action: {
					button: 'Topics',
					sections: rowsPerSection.map((rows, s) => ({
						title: `Section ${s + 1}`,
						rows: Array.from({ length: rows }, () => ({ id: `row-${next}`, title: `Topic ${next++}` })),
					})),
				},
			},
		};
	}

	async function sendMail(options: { auth?: { user: string; pass: string }; authMethod?: string; message?: Record<string, unknown> }) {
		const transport = nodemailer.createTransport({
			host: '127.0.0.1',
			port: gw.smtpPort,
			secure: false,
			auth: options.auth,
			authMethod: options.authMethod,
		});
		try {
			return await transport.sendMail({
				from: 'desk@casino.example',
				to: 'player@mail.example',
				subject: 'Hello',
				text: 'Your withdrawal was approved.\n',
				...options.message,
			});
		} finally {
			transport.close();
		}
	}

	/** Speaks SMTP by hand: reads the banner, sends EHLO, returns the EHLO answer. */
	function smtpGreeting(port: number): Promise<string> {
		return new Promise((resolve, reject) => {
			const socket = net.connect(port, '127.0.0.1');
			let buffer = '';
			let sentEhlo = false;
			socket.setEncoding('utf8');
			socket.on('data', (chunk: string) => {
				buffer += chunk;
				if (!sentEhlo && /^220 .*\r\n$/m.test(buffer)) {
					sentEhlo = true;
					buffer = '';
					socket.write('EHLO tester.local\r\n');
				} else if (sentEhlo && /^250 .*\r\n$/m.test(buffer)) {
					socket.end('QUIT\r\n');
					resolve(buffer);
				}
			});
			socket.on('error', reject);
		});
	}
});
