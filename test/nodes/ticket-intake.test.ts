import { createHmac } from 'crypto';

import { assertTicket } from '../../nodes/shared/domain/ticket';
import { runNode } from '../harness/engine';

const REF = { options: { referenceTime: '2026-03-01T10:00:00Z' } };

const chat = (text: string, extra: Record<string, unknown> = {}) => ({
	headers: { 'content-type': 'application/json' },
	params: {},
	query: {},
	body: {
		conversationId: 'conv-77',
		messageId: 'msg-1',
		text,
		sentAt: '2026-03-01T09:58:00Z',
		player: { id: 'p-1001', name: 'Anna' },
		source: 'chat',
		...extra,
	},
});

const telegram = (text: string) => ({
	update_id: 5001,
	message: {
		message_id: 42,
		from: { id: 777000, first_name: 'Marek', username: 'marek' },
		chat: { id: 777000, type: 'private' },
		date: 1772359200,
		text,
	},
});

const whatsapp = (text: string) => ({
	object: 'whatsapp_business_account',
	entry: [
		{
			id: 'waba-1',
			changes: [
				{
					field: 'messages',
					value: {
						messaging_product: 'whatsapp',
						contacts: [{ profile: { name: 'Lucia' }, wa_id: '34600111222' }],
						messages: [{ from: '34600111222', id: 'wamid.AAA', timestamp: '1772359200', type: 'text', text: { body: text } }],
					},
				},
			],
		},
	],
});

const viber = (text: string) => ({
	event: 'message',
	timestamp: 1772359200000,
	message_token: 4912661846655238145,
	sender: { id: 'viber-01234', name: 'Дмитрий' },
	message: { type: 'text', text },
});

const email = (text: string, html?: string) => ({
	from: { value: [{ address: 'dana@example.com', name: 'Dana' }], text: 'Dana <dana@example.com>' },
	to: { value: [{ address: 'support@casino.example' }] },
	subject: 'Re: שאלה על משיכה',
	text,
	html,
	messageId: '<reply-2@example.com>',
	inReplyTo: '<root-1@example.com>',
	references: ['<root-1@example.com>'],
	date: '2026-03-01T09:00:00.000Z',
});

const phone = (transcript: string) => ({
	callId: 'call-9',
	callerId: '+393331234567',
	agentId: 'agent-7',
	startedAt: '2026-03-01T09:00:00Z',
	endedAt: '2026-03-01T09:06:00Z',
	direction: 'inbound',
	transcript,
});

describe('Ticket Intake node (engine-run)', () => {
	it('turns every channel into a valid ticket with channel, thread and sender, pairing each item', async () => {
		const input = [
			chat('Hi, my withdrawal has been pending for 3 days'),
			telegram('Dzień dobry, nie mogę wypłacić pieniędzy z konta'),
			whatsapp('Hola, no puedo retirar mi dinero'),
			viber('Здравствуйте, не могу вывести деньги'),
			email('שלום, לא הצלחתי למשוך כסף מהחשבון'),
			phone('Il giocatore dice che non riesce a prelevare la vincita'),
		];
		const result = await runNode('ticketIntake', REF, input);
		const out = result.items('Node', 0);
		expect(out).toHaveLength(6);
		expect(out.map((i) => i.pairedItem)).toEqual(input.map((_, i) => ({ item: i })));
		const tickets = out.map((i) => assertTicket(i.json.ticket));
		expect(tickets.map((t) => t.channel)).toEqual(['chat', 'telegram', 'whatsapp', 'viber', 'email', 'phone']);
		expect(tickets.map((t) => t.threadKey)).toEqual([
			'chat:conv-77',
			'telegram:777000',
			'whatsapp:34600111222',
			'viber:viber-01234',
			'email:root-1@example.com',
			'phone:+393331234567',
		]);
		expect(tickets[1].player.telegramId).toBe('777000');
		expect(tickets[4].player.email).toBe('dana@example.com');
		expect(tickets[0].createdAt).toBe('2026-03-01T09:58:00.000Z');
		expect(tickets[4].language).toBe('he');
		expect(tickets[3].language).toBe('ru');
		// the rest of the item is kept
		expect(out[0].json.headers).toEqual({ 'content-type': 'application/json' });
	});

	it('gives the same id to the same message processed twice, and a different id to another message', async () => {
		const result = await runNode('ticketIntake', REF, [chat('hello'), chat('hello'), chat('hello', { messageId: 'msg-2' })]);
		const ids = result.json('Node', 0).map((j) => (j.ticket as { id: string }).id);
		expect(ids[0]).toBe(ids[1]);
		expect(ids[2]).not.toBe(ids[0]);
	});

	it('masks a Luhn-valid card number and a password in the body', async () => {
		const result = await runNode('ticketIntake', REF, [chat('my card 4111 1111 1111 1111 and password: Secret123 please help')]);
		const ticket = result.json('Node', 0)[0].ticket as { body: string; tags: string[] };
		expect(ticket.body).not.toContain('4111 1111 1111 1111');
		expect(ticket.body).toContain('1111');
		expect(ticket.body).not.toContain('Secret123');
	});

	it('strips HTML and the quoted history from an e-mail reply', async () => {
		const html = '<div><p>Where is my <b>withdrawal</b>?</p><br><div>On Mon, 1 Mar 2026, Support &lt;support@casino.example&gt; wrote:</div><blockquote>&gt; We are checking</blockquote></div>';
		const result = await runNode('ticketIntake', { ...REF, channel: 'email' }, [
			{ ...email('Where is my withdrawal?\n\nOn Mon, 1 Mar 2026, Support <support@casino.example> wrote:\n> We are checking', html), text: undefined },
		]);
		const ticket = result.json('Node', 0)[0].ticket as { body: string };
		expect(ticket.body).toContain('Where is my withdrawal?');
		expect(ticket.body).not.toContain('We are checking');
		expect(ticket.body).not.toContain('<b>');
	});

	it('fails an unknown payload with an error naming the item, and honours Continue On Fail without losing items', async () => {
		const stopped = await runNode('ticketIntake', REF, [chat('hello'), { foo: 'bar' }]);
		expect(stopped.status).toBe('error');
		expect(stopped.error?.message).toMatch(/^Item 1: /);

		const continued = await runNode('ticketIntake', REF, [chat('hello'), { foo: 'bar' }], {
			settings: { onError: 'continueErrorOutput' },
		});
		expect(continued.items('Node', 0)).toHaveLength(1);
		const errors = continued.items('Node', 1);
		expect(errors).toHaveLength(1);
		expect(errors[0].pairedItem).toEqual({ item: 1 });
		// n8n's engine reduces an error item's json to { error: message }; pairedItem leads back to the input.
		expect(String(errors[0].json.error)).toMatch(/^Item 1: Unrecognised message shape/);
	});

	it('makes a manual-triage ticket when the panel says so', async () => {
		const result = await runNode('ticketIntake', { ...REF, onUnreadable: 'triage' }, [chat('')]);
		const ticket = assertTicket(result.json('Node', 0)[0].ticket);
		expect(ticket.tags).toContain('manual_triage');
		expect(ticket.history[0].event).toBe('manual_triage');
	});

	it('refuses a WhatsApp message with a bad signature and accepts a good one', async () => {
		const secret = 'app-secret';
		const body = whatsapp('Hola, no puedo retirar');
		const raw = JSON.stringify(body);
		const good = { headers: { 'x-hub-signature-256': 'sha256=' + createHmac('sha256', secret).update(raw).digest('hex') }, body };
		const bad = { headers: { 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) }, body };
		const result = await runNode('ticketIntake', { ...REF, verifySignatures: true }, [good, bad], {
			credentials: { supportChannelsApi: { whatsappAppSecret: secret } },
			settings: { onError: 'continueErrorOutput' },
		});
		expect(result.items('Node', 0)).toHaveLength(1);
		expect(result.items('Node', 1)).toHaveLength(1);
		expect(JSON.stringify(result.items('Node', 1)[0].json.error)).toMatch(/signature/);
	});
});
