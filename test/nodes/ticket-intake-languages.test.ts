/**
 * Every channel × several of the six languages, with payloads shaped as each trigger emits them,
 * through n8n's engine: the ticket's channel, language, category and priority.
 */
import type { IDataObject } from 'n8n-workflow';

import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { runNode } from '../harness/engine';

const REF = { options: { referenceTime: '2026-03-01T10:00:00Z' } };

type Builder = (text: string, n: number) => IDataObject;

const widget =
	(source: 'chat' | 'web_form'): Builder =>
	(text, n) => ({
		headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0' },
		params: {},
		query: {},
		body: {
			conversationId: `conv-${n}`,
			messageId: `msg-${n}`,
			text,
			sentAt: '2026-03-01T09:58:00Z',
			player: { id: `p-${n}`, email: `player${n}@example.com` },
			source,
			...(source === 'web_form' ? { subject: 'Contact form' } : {}),
		},
	});

const BUILDERS: Record<Ticket['channel'], Builder> = {
	chat: widget('chat'),
	web_form: widget('web_form'),
	email: (text, n) => ({
		from: { value: [{ address: `player${n}@example.com`, name: 'Player' }], text: `Player <player${n}@example.com>` },
		to: { value: [{ address: 'support@casino.example' }] },
		subject: '',
		text,
		html: `<div dir="auto"><p>${text}</p></div>`,
		messageId: `<m-${n}@mail.example>`,
		date: '2026-03-01T09:00:00.000Z',
	}),
	telegram: (text, n) => ({
		update_id: 900000 + n,
		message: {
			message_id: n,
			from: { id: 5000 + n, is_bot: false, first_name: 'P', language_code: 'en' },
			chat: { id: 5000 + n, type: 'private', first_name: 'P' },
			date: 1772359200,
			text,
		},
	}),
	whatsapp: (text, n) => ({
		object: 'whatsapp_business_account',
		entry: [
			{
				id: '1029384756',
				changes: [
					{
						field: 'messages',
						value: {
							messaging_product: 'whatsapp',
							metadata: { display_phone_number: '15550001111', phone_number_id: '1234567890' },
							contacts: [{ profile: { name: 'P' }, wa_id: `3460011${n}` }],
							messages: [{ from: `3460011${n}`, id: `wamid.${n}`, timestamp: '1772359200', type: 'text', text: { body: text } }],
						},
					},
				],
			},
		],
	}),
	viber: (text, n) => ({
		event: 'message',
		timestamp: 1772359200000,
		chat_hostname: 'SN-CHAT-01_',
		message_token: 5000000000000000000 + n,
		sender: { id: `viber-${n}==`, name: 'P', language: 'en', country: 'IL', api_version: 10 },
		message: { type: 'text', text },
		silent: false,
	}),
	phone: (text, n) => ({
		callId: `call-${n}`,
		callerId: `+3933312${String(n).padStart(5, '0')}`,
		agentId: 'agent-7',
		startedAt: '2026-03-01T09:00:00Z',
		endedAt: '2026-03-01T09:06:00Z',
		direction: 'inbound',
		transcript: text,
	}),
};

// [channel, language, text, category, priority] — written for this test, not taken from the labelled set.
const MATRIX: Array<[Ticket['channel'], string, string, Ticket['category'], Ticket['priority']]> = [
	['chat', 'en', 'My withdrawal of 200 EUR has been pending for 4 days, when will I get it?', 'withdrawal', 'high'],
	['chat', 'ru', 'Не могу войти в аккаунт, пишет что пароль неверный', 'account_access', 'high'],
	['chat', 'it', 'Ciao, ho fatto una ricarica con PayPal ma il saldo non è cambiato', 'deposit', 'high'],
	['web_form', 'it', "Vorrei sapere quali documenti servono per la verifica dell'identità", 'kyc', 'low'],
	['web_form', 'he', 'אני רוצה להגביל את ההפקדות שלי, אני משחק יותר מדי', 'responsible_gambling', 'urgent'],
	['web_form', 'en', 'Where can I see the wagering requirements of my welcome bonus?', 'bonus', 'low'],
	['email', 'es', 'Hola, hice un depósito con tarjeta hace una hora y todavía no aparece en mi saldo', 'deposit', 'high'],
	['email', 'pl', 'Chcę złożyć skargę, wasza obsługa jest skandaliczna i nikt mi nie odpowiada', 'complaint', 'high'],
	['email', 'ru', 'Здравствуйте, какие документы нужны для подтверждения адреса?', 'kyc', 'low'],
	['telegram', 'pl', 'Nie mogę wypłacić wygranej od tygodnia', 'withdrawal', 'high'],
	['telegram', 'en', 'I want to self-exclude for 6 months, please close my account', 'responsible_gambling', 'urgent'],
	['telegram', 'he', 'שלחתי צילום דרכון לאימות ועדיין לא אישרתם', 'kyc', 'normal'],
	['whatsapp', 'es', '¿Cómo activo el bono de bienvenida?', 'bonus', 'low'],
	['whatsapp', 'he', 'האפליקציה קורסת כל פעם שאני פותח משחק', 'technical', 'normal'],
	['whatsapp', 'it', 'Il gioco si blocca ogni volta durante i giri gratis', 'technical', 'normal'],
	['viber', 'ru', 'Хочу закрыть аккаунт, я играю слишком много и не могу остановиться', 'responsible_gambling', 'urgent'],
	['viber', 'pl', 'Zapomniałem hasła i nie mogę się zalogować', 'account_access', 'high'],
	['viber', 'es', 'Quiero retirar mis ganancias, ¿cuánto tarda?', 'withdrawal', 'low'],
	['phone', 'en', 'Caller says the slot froze during a spin and the bet was taken anyway', 'technical', 'normal'],
	['phone', 'es', 'El cliente amenaza con un contracargo si no le devolvemos el dinero', 'complaint', 'urgent'],
	['phone', 'it', 'Il giocatore chiede di autoescludersi per sei mesi perché ha perso il controllo', 'responsible_gambling', 'urgent'],
];

describe('Ticket Intake: every channel in several languages (engine-run)', () => {
	it('covers every channel with at least two languages and every language at least twice', () => {
		for (const channel of Object.keys(BUILDERS)) {
			expect(new Set(MATRIX.filter((row) => row[0] === channel).map((row) => row[1])).size).toBeGreaterThanOrEqual(2);
		}
		for (const language of ['en', 'it', 'pl', 'ru', 'he', 'es']) {
			expect(MATRIX.filter((row) => row[1] === language).length).toBeGreaterThanOrEqual(2);
		}
	});

	it('detects channel, language, category and priority for each, in one execution with auto-detected channels', async () => {
		const input = MATRIX.map(([channel, , text], n) => BUILDERS[channel](text, n + 1));
		const result = await runNode('ticketIntake', REF, input);
		const out = result.items('Node', 0);
		expect(out.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		const got = out.map((item) => {
			const ticket = assertTicket(item.json.ticket);
			return [ticket.channel, ticket.language, ticket.category, ticket.priority];
		});
		expect(got).toEqual(MATRIX.map(([channel, language, , category, priority]) => [channel, language, category, priority]));
		const tickets = out.map((item) => assertTicket(item.json.ticket));
		for (const ticket of tickets.filter((each) => each.priority === 'urgent' && each.category === 'responsible_gambling')) {
			expect(ticket.tags.some((tag) => tag.startsWith('rg:'))).toBe(true);
		}
		// The e-mail bodies came as HTML too; the text part wins and no markup is left.
		for (const ticket of tickets.filter((each) => each.channel === 'email')) expect(ticket.body).not.toMatch(/<[a-z]/);
	});
});
