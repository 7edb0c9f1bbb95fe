/**
 * One real-shaped payload per channel endpoint, in several languages, from players the reference
 * CRM knows (seed.ts). Shared by the engine-run workflow tests and the e2e tests.
 */
import { sign } from './shipped-sign';

export interface ChannelPayload {
	label: string;
	/** The Webhook node it arrives on (its path is /webhook/support/<endpoint>). */
	webhook: string;
	endpoint: 'chat' | 'email' | 'telegram' | 'whatsapp' | 'viber' | 'phone';
	channel: string;
	language: string;
	body: Record<string, unknown>;
	sign?: (body: unknown) => Record<string, string>;
	/** CRM player id the sender maps to. */
	playerId: string;
}

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Payloads stamped with `at` (ISO) and unique per `run` so repeated e2e runs on one database stay apart. */
export function channelPayloads(run = 'r1', at = new Date().toISOString()): ChannelPayload[] {
	const n = Array.from(run).reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) % 100000, 7);
	return [
		{
			label: 'chat (English, withdrawal)',
			webhook: 'Chat Webhook',
			endpoint: 'chat',
			channel: 'chat',
			language: 'en',
			playerId: 'p-1004',
			body: {
				conversationId: `conv-${run}-1`,
				messageId: `msg-${run}-1`,
				text: 'Hi, my withdrawal of 500 EUR has been pending for three days. When will it arrive on my card?',
				sentAt: at,
				player: { id: 'p-1004', email: 'dan.gold@example.com', name: 'Dan Gold' },
				source: 'chat',
			},
		},
		{
			label: 'e-mail (Italian, deposit)',
			webhook: 'E-mail Webhook',
			endpoint: 'email',
			channel: 'email',
			language: 'it',
			playerId: 'p-1001',
			body: {
				from: { value: [{ address: 'anna.regular@example.com', name: 'Anna Regular' }], text: 'Anna Regular <anna.regular@example.com>' },
				to: { value: [{ address: 'support@casino.example' }] },
				subject: 'Deposito non accreditato',
				text: 'Buongiorno, ho effettuato un deposito di 50 euro con la carta ieri sera ma il saldo del mio conto non è cambiato. Potete verificare?',
				messageId: `<${run}-email-1@example.com>`,
				date: at,
			},
		},
		{
			label: 'Telegram (Polish, withdrawal)',
			webhook: 'Telegram Webhook',
			endpoint: 'telegram',
			channel: 'telegram',
			language: 'pl',
			playerId: 'p-1002',
			sign: sign.telegram,
			body: {
				update_id: 900000 + n,
				message: {
					message_id: 1000 + n,
					from: { id: 701002, first_name: 'Ben', username: 'ben_bronze' },
					chat: { id: 701002, type: 'private' },
					date: unix(at),
					text: 'Dzień dobry, nie mogę wypłacić pieniędzy z konta, wypłata jest odrzucana. Co mam zrobić?',
				},
			},
		},
		{
			label: 'WhatsApp (Spanish, account access)',
			webhook: 'WhatsApp Webhook',
			endpoint: 'whatsapp',
			channel: 'whatsapp',
			language: 'es',
			playerId: 'p-1005',
			sign: sign.whatsapp,
			body: {
				object: 'whatsapp_business_account',
				entry: [
					{
						id: 'waba-1',
						changes: [
							{
								field: 'messages',
								value: {
									messaging_product: 'whatsapp',
									contacts: [{ profile: { name: 'Eva' }, wa_id: '35699001005' }],
									messages: [
										{
											from: '35699001005',
											id: `wamid.${run}.1`,
											timestamp: String(unix(at)),
											type: 'text',
											text: { body: 'Hola, no puedo entrar en mi cuenta, me dice que la contraseña es incorrecta. ¿Me ayudan?' },
										},
									],
								},
							},
						],
					},
				],
			},
		},
		{
			label: 'Viber (Russian, bonus)',
			webhook: 'Viber Webhook',
			endpoint: 'viber',
			channel: 'viber',
			language: 'ru',
			playerId: 'p-1003',
			sign: sign.viber,
			body: {
				event: 'message',
				timestamp: Date.parse(at),
				message_token: 5000000000 + n,
				sender: { id: 'viber-1003', name: 'Карла' },
				message: { type: 'text', text: 'Здравствуйте, я не получила приветственный бонус после депозита. Почему бонус не начислен?' },
			},
		},
		{
			label: 'phone call record (Hebrew, KYC)',
			webhook: 'Phone Webhook',
			endpoint: 'phone',
			channel: 'phone',
			language: 'he',
			playerId: 'p-1006',
			body: {
				callId: `call-${run}-1`,
				callerId: '+35699001006',
				agentId: 'agent-7',
				startedAt: at,
				endedAt: at,
				direction: 'inbound',
				transcript: 'שלום, שלחתי את המסמכים לאימות זהות לפני שבוע והחשבון עדיין לא מאומת. מתי תסיימו את הבדיקה?',
			},
		},
	];
}

export const PAYLOADS = channelPayloads('unit', '2026-03-01T09:58:00.000Z');

/**
 * Messages the assistant must hand to a person (a complaint with a regulator threat, a
 * responsible-gambling plea, a dispute about a voided win), for routing and SLA tests.
 */
export function handOffPayloads(run = 'r1', at = new Date().toISOString()) {
	const chat = (id: string, player: Record<string, string>, text: string) => ({
		conversationId: `conv-${run}-${id}`,
		messageId: `msg-${run}-${id}`,
		text,
		sentAt: at,
		player,
		source: 'chat',
	});
	return {
		/** Regular player, responsible-gambling plea in Polish → compliance (guard rail). */
		rg: chat('rg', { id: 'p-1001', name: 'Anna Regular' }, 'Proszę, zablokujcie moje konto. Nie potrafię przestać grać, przegrałam całą pensję i nie mam za co zapłacić czynszu.'),
		/** Gold VIP, complaint in English → VIP manager (guard rail). */
		vipComplaint: chat(
			'vip',
			{ id: 'p-1004', name: 'Dan Gold' },
			'I am very unhappy. The game froze during the bonus round and my win of 2,000 EUR disappeared. I want a manager to look at this today.',
		),
		/** Regular player, a dispute in Italian → disputes queue (rule). */
		dispute: chat(
			'dispute',
			{ id: 'p-1009', name: 'Iris Limit' },
			'Voglio presentare un reclamo formale: avete annullato la mia vincita senza spiegazioni. Se non risolvete mi rivolgerò al regolatore.',
		),
	};
}
