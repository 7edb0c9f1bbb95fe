import { detectChannel, parseMessage } from '../../../nodes/shared/domain/channels/detect';
import { parseMessageIds, stripSubjectPrefixes } from '../../../nodes/shared/domain/channels/email';
import { ticketId } from '../../../nodes/shared/domain/channels/ids';
import { DomainError } from '../../../nodes/shared/domain/errors';

function errorOf(action: () => unknown): DomainError {
	try {
		action();
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('expected a DomainError');
}

const telegramUpdate = {
	update_id: 918273645,
	message: {
		message_id: 4521,
		from: { id: 123456789, is_bot: false, first_name: 'Marco', last_name: 'Rossi', username: 'marcor', language_code: 'it' },
		chat: { id: 123456789, first_name: 'Marco', type: 'private' },
		date: 1717408800,
		text: 'Ciao, il mio prelievo di 200€ è in sospeso da 3 giorni',
	},
};

const whatsappWebhook = {
	object: 'whatsapp_business_account',
	entry: [
		{
			id: '102290129340398',
			changes: [
				{
					field: 'messages',
					value: {
						messaging_product: 'whatsapp',
						metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
						contacts: [{ profile: { name: 'Anna Kowalska' }, wa_id: '48600123456' }],
						messages: [
							{
								from: '48600123456',
								id: 'wamid.HBgLNDg2MDAxMjM0NTYVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
								timestamp: '1717408800',
								type: 'text',
								text: { body: 'Dzień dobry, nie mogę się zalogować do konta' },
							},
						],
					},
				},
			],
		},
	],
};

const viberCallback = {
	event: 'message',
	timestamp: 1717408800123,
	chat_hostname: 'SN-CHAT-05_',
	message_token: 5741311803571721087,
	sender: { id: '01234567890A=', name: 'Иван Петров', avatar: 'https://avatar.example/1.jpg', language: 'ru', country: 'RU', api_version: 10 },
	message: { type: 'text', text: 'Здравствуйте, бонус не начислен' },
	silent: false,
};

const imapEmail = {
	attachments: [],
	headers: { 'content-type': 'text/plain; charset=utf-8' },
	from: { value: [{ address: 'Jose.Garcia@Example.es', name: 'José García' }], text: '"José García" <Jose.Garcia@Example.es>' },
	to: { value: [{ address: 'support@casino.example', name: '' }], text: 'support@casino.example' },
	subject: 'RE: Re: Retiro pendiente',
	text: 'Sigo esperando mi retiro.\n\nEl lun, 3 jun 2024 a las 10:00, Soporte escribió:\n> Su retiro está en proceso',
	html: '<p>Sigo esperando mi retiro.</p>',
	messageId: '<CAF=abc123@mail.gmail.com>',
	inReplyTo: '<reply-1@casino.example>',
	references: '<root-1@casino.example> <reply-1@casino.example>',
	date: '2024-06-03T10:05:00.000Z',
};

const gmailMessage = {
	id: '18fdc1e2a3b4c5d6',
	threadId: '18fdc1e2a3b4c5d6',
	labelIds: ['INBOX', 'UNREAD'],
	from: { value: [{ address: 'dana@example.co.il', name: 'דנה כהן' }], text: 'דנה כהן <dana@example.co.il>' },
	subject: 'תשובה: בעיה בהפקדה',
	html: '<div dir="rtl">ההפקדה שלי לא הופיעה בחשבון</div>',
	headers: {
		'message-id': '<gm-42@mail.example.co.il>',
		'in-reply-to': '<t-1@casino.example>',
		references: '<t-0@casino.example> <t-1@casino.example>',
	},
	date: 'Mon, 03 Jun 2024 13:00:00 +0300',
};

describe('parseMessage per channel', () => {
	it('reads a Telegram Trigger update (it)', () => {
		const message = parseMessage(telegramUpdate);
		expect(message).toMatchObject({
			channel: 'telegram',
			externalId: '123456789:4521',
			threadKey: 'telegram:123456789',
			player: { telegramId: '123456789', name: 'Marco Rossi' },
			body: 'Ciao, il mio prelievo di 200€ è in sospeso da 3 giorni',
			isHtml: false,
			sentAt: '2024-06-03T10:00:00.000Z',
		});
	});
	it('reads a Telegram edited_message with a photo caption through a Webhook node (ru)', () => {
		const webhookItem = {
			headers: { 'x-telegram-bot-api-secret-token': 'x' },
			params: {},
			query: {},
			body: {
				update_id: 1,
				edited_message: {
					message_id: 7,
					from: { id: 555, first_name: 'Ольга' },
					chat: { id: -1001 },
					date: 1717408800,
					edit_date: 1717408900,
					caption: 'Скриншот ошибки',
					photo: [{ file_id: 'small' }, { file_id: 'large' }],
				},
			},
		};
		expect(detectChannel(webhookItem)).toBe('telegram');
		const message = parseMessage(webhookItem);
		expect(message.threadKey).toBe('telegram:-1001');
		expect(message.body).toBe('Скриншот ошибки');
		expect(message.attachments).toEqual([{ kind: 'image', fileId: 'large' }]);
		expect(message.meta).toMatchObject({ edited: true });
	});
	it('names the field when Telegram text is missing', () => {
		const webhookItem = { headers: {}, body: { update_id: 1, message: { message_id: 1, from: { id: 1 }, chat: { id: 1 }, date: 1 } } };
		expect(errorOf(() => parseMessage(webhookItem)).field).toBe('body.message.text');
		const noSender = { update_id: 1, message: { message_id: 1, chat: { id: 1 }, date: 1, text: 'hi' } };
		expect(errorOf(() => parseMessage(noSender)).field).toBe('message.from');
	});
	it('reads a WhatsApp Cloud API webhook (pl)', () => {
		expect(parseMessage(whatsappWebhook)).toMatchObject({
			channel: 'whatsapp',
			externalId: 'wamid.HBgLNDg2MDAxMjM0NTYVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
			threadKey: 'whatsapp:48600123456',
			player: { whatsappId: '48600123456', phone: '+48600123456', name: 'Anna Kowalska' },
			body: 'Dzień dobry, nie mogę się zalogować do konta',
			sentAt: '2024-06-03T10:00:00.000Z',
		});
	});
	it("reads the WhatsApp Trigger's single change value (es) and rejects status-only updates", () => {
		const value = {
			messaging_product: 'whatsapp',
			contacts: [{ profile: { name: 'Lucía' }, wa_id: '34600111222' }],
			messages: [{ from: '34600111222', id: 'wamid.ES1', timestamp: 1717408800, type: 'image', image: { id: 'media-1', mime_type: 'image/jpeg', caption: 'Mi depósito no aparece' } }],
		};
		expect(detectChannel(value)).toBe('whatsapp');
		const message = parseMessage(value);
		expect(message.body).toBe('Mi depósito no aparece');
		expect(message.attachments).toEqual([{ kind: 'image', fileId: 'media-1', mimeType: 'image/jpeg' }]);
		const statuses = { messaging_product: 'whatsapp', statuses: [{ id: 'wamid.x', status: 'read' }] };
		expect(errorOf(() => parseMessage(statuses, 'whatsapp')).field).toBe('messages');
	});
	it('reads a Viber callback with millisecond timestamp (ru)', () => {
		expect(parseMessage(viberCallback)).toMatchObject({
			channel: 'viber',
			externalId: String(viberCallback.message_token),
			threadKey: 'viber:01234567890A=',
			player: { viberId: '01234567890A=', name: 'Иван Петров' },
			body: 'Здравствуйте, бонус не начислен',
			sentAt: '2024-06-03T10:00:00.123Z',
		});
		expect(errorOf(() => parseMessage({ ...viberCallback, event: 'seen' }, 'viber')).field).toBe('event');
		expect(errorOf(() => parseMessage({ ...viberCallback, message: { type: 'text', text: '  ' } })).field).toBe('message.text');
	});
	it('reads an IMAP Email Trigger item (es) and threads on the References root', () => {
		const message = parseMessage(imapEmail);
		expect(message).toMatchObject({
			channel: 'email',
			externalId: 'CAF=abc123@mail.gmail.com',
			threadKey: 'email:root-1@casino.example',
			player: { email: 'jose.garcia@example.es', name: 'José García' },
			subject: 'Retiro pendiente',
			isHtml: false,
			inReplyTo: 'reply-1@casino.example',
			references: ['root-1@casino.example', 'reply-1@casino.example'],
			sentAt: '2024-06-03T10:05:00.000Z',
		});
		expect(message.body.startsWith('Sigo esperando mi retiro.')).toBe(true);
	});
	it('reads a Gmail message with only HTML (he) and converts an RFC 2822 date to UTC', () => {
		const message = parseMessage(gmailMessage);
		expect(message).toMatchObject({
			channel: 'email',
			externalId: 'gm-42@mail.example.co.il',
			threadKey: 'email:t-0@casino.example',
			player: { email: 'dana@example.co.il', name: 'דנה כהן' },
			subject: 'בעיה בהפקדה',
			isHtml: true,
			body: '<div dir="rtl">ההפקדה שלי לא הופיעה בחשבון</div>',
			sentAt: '2024-06-03T10:00:00.000Z',
		});
	});
	it('reads a string From and threads a first message on its own Message-ID (en)', () => {
		const message = parseMessage({
			from: 'John Smith <john@example.com>',
			subject: 'Fwd: Account locked',
			text: 'I cannot log in.',
			messageId: '<m1@example.com>',
			date: 'Mon, 3 Jun 2024 10:00:00 +0000',
		});
		expect(message.threadKey).toBe('email:m1@example.com');
		expect(message.player).toEqual({ email: 'john@example.com', name: 'John Smith' });
		expect(message.subject).toBe('Account locked');
		expect(errorOf(() => parseMessage({ from: 'Nobody', subject: 'x', text: 'y', messageId: '<a@b>', date: '2024-06-03' }, 'email')).field).toBe('from');
	});
	it("reads the IMAP trigger's simple format, where thread headers sit under metadata (pl)", () => {
		const simple = {
			textHtml: '<p>Dzień dobry,</p><p>wypłata nie dotarła.</p>',
			textPlain: 'Dzień dobry,\nwypłata nie dotarła.',
			from: 'Piotr Nowak <piotr.nowak@example.pl>',
			to: 'support@casino.example',
			subject: 'Odp: Wypłata',
			date: 'Tue, 4 Jun 2024 09:15:00 +0200',
			metadata: { 'message-id': '<pn-2@example.pl>', 'in-reply-to': '<s-1@casino.example>', references: '<pn-1@example.pl> <s-1@casino.example>' },
		};
		expect(detectChannel(simple)).toBe('email');
		expect(parseMessage(simple)).toMatchObject({
			externalId: 'pn-2@example.pl',
			threadKey: 'email:pn-1@example.pl',
			inReplyTo: 's-1@casino.example',
			subject: 'Wypłata',
			body: 'Dzień dobry,\nwypłata nie dotarła.',
			isHtml: false,
			sentAt: '2024-06-04T07:15:00.000Z',
		});
	});
	it("falls back to the snippet and internalDate of the Gmail node's simplified output", () => {
		const simplified = {
			id: '190a1b2c3d4e5f60',
			threadId: '190a1b2c3d4e5f00',
			snippet: 'Buongiorno, il bonus di benvenuto non è stato accreditato',
			internalDate: '1717408800000',
			labels: [{ id: 'INBOX', name: 'INBOX' }],
			From: 'Giulia Bianchi <giulia@example.it>',
			To: 'support@casino.example',
			Subject: 'R: Bonus di benvenuto',
		};
		expect(detectChannel(simplified)).toBe('email');
		expect(parseMessage(simplified)).toMatchObject({
			externalId: '190a1b2c3d4e5f60',
			threadKey: 'email:190a1b2c3d4e5f60',
			player: { email: 'giulia@example.it', name: 'Giulia Bianchi' },
			subject: 'Bonus di benvenuto',
			body: 'Buongiorno, il bonus di benvenuto non è stato accreditato',
			isHtml: false,
			sentAt: '2024-06-03T10:00:00.000Z',
			meta: { gmailThreadId: '190a1b2c3d4e5f00' },
		});
	});
	it('parses a raw JSON string body from a Webhook node', () => {
		const item = { headers: { 'x-viber-content-signature': 'abc' }, params: {}, query: {}, body: JSON.stringify({ ...viberCallback, message_token: '5741311803571721087' }) };
		expect(detectChannel(item)).toBe('viber');
		expect(parseMessage(item).externalId).toBe('5741311803571721087');
		expect(errorOf(() => parseMessage({ headers: {}, body: '{not json' })).message).toContain('Unrecognised message shape');
	});
	it('reads a phone call record', () => {
		const message = parseMessage({
			callId: 'call-9001',
			callerId: '+39 333 123 4567',
			agentId: 'agent-7',
			startedAt: '2024-06-03T12:00:00+02:00',
			endedAt: '2024-06-03T12:04:30+02:00',
			direction: 'inbound',
			transcript: 'Il giocatore VIP chiede un limite di prelievo più alto.',
			recordingUrl: 'https://pbx.example/rec/9001.mp3',
		});
		expect(message).toMatchObject({
			channel: 'phone',
			externalId: 'call-9001',
			threadKey: 'phone:+393331234567',
			player: { phone: '+393331234567' },
			sentAt: '2024-06-03T10:00:00.000Z',
			attachments: [{ kind: 'audio', url: 'https://pbx.example/rec/9001.mp3' }],
			meta: { agentId: 'agent-7', direction: 'inbound', durationSeconds: 270 },
		});
		expect(errorOf(() => parseMessage({ callId: 'c', callerId: '+1 555', startedAt: '2024-06-03T10:00:00Z' }, 'phone')).field).toBe('notes');
	});
	it('reads chat and web_form widget payloads from a Webhook node and bare', () => {
		const widget = {
			conversationId: 'conv-77',
			messageId: 'msg-1',
			text: 'Where is my bonus?',
			sentAt: '2024-06-03T10:00:00Z',
			player: { id: 'P-1001', email: 'Player@Example.com', name: 'Sam' },
			source: 'chat',
		};
		const fromWebhook = parseMessage({ headers: { 'x-signature': 'abc' }, params: {}, query: {}, body: widget });
		expect(fromWebhook).toMatchObject({
			channel: 'chat',
			externalId: 'msg-1',
			threadKey: 'chat:conv-77',
			player: { id: 'P-1001', email: 'player@example.com', name: 'Sam' },
			sentAt: '2024-06-03T10:00:00.000Z',
		});
		const form = parseMessage({ ...widget, source: 'web_form' });
		expect(form.channel).toBe('web_form');
		expect(form.threadKey).toBe('web_form:conv-77');
		expect(errorOf(() => parseMessage({ headers: {}, body: { ...widget, player: {} } })).field).toBe('body.player');
		expect(errorOf(() => parseMessage({ headers: {}, body: { ...widget, text: '' } })).field).toBe('body.text');
	});
	it('rejects unknown shapes with a message naming what was expected', () => {
		const error = errorOf(() => parseMessage({ foo: 'bar' }));
		expect(error.message).toContain('Telegram update');
		expect(error.message).toContain('conversationId');
		expect(detectChannel({ foo: 'bar' })).toBeUndefined();
		expect(detectChannel('text')).toBeUndefined();
	});
});

describe('email helpers', () => {
	it('strips reply and forward prefixes in the desk languages', () => {
		expect(stripSubjectPrefixes('Re: Fwd: RE: Bonus')).toBe('Bonus');
		expect(stripSubjectPrefixes('R: I: Prelievo')).toBe('Prelievo');
		expect(stripSubjectPrefixes('Odp: Wypłata')).toBe('Wypłata');
		expect(stripSubjectPrefixes('Ответ: Вывод средств')).toBe('Вывод средств');
		expect(stripSubjectPrefixes('RE[2]: Retiro')).toBe('Retiro');
		expect(stripSubjectPrefixes('Reset password')).toBe('Reset password');
	});
	it('parses Message-ID lists', () => {
		expect(parseMessageIds(['<a@x>', '<b@x>'])).toEqual(['a@x', 'b@x']);
		expect(parseMessageIds('<a@x>,<b@x> <a@x>')).toEqual(['a@x', 'b@x']);
	});
});

describe('ticketId', () => {
	it('is stable for the same message and differs across channels', () => {
		const first = ticketId(parseMessage(telegramUpdate));
		expect(first).toMatch(/^tkt_[0-9a-f]{24}$/);
		expect(ticketId(parseMessage(JSON.parse(JSON.stringify(telegramUpdate))))).toBe(first);
		expect(ticketId({ channel: 'viber', externalId: '123456789:4521' })).not.toBe(first);
	});
});
