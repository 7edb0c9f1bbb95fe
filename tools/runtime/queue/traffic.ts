/**
 * Real-shaped support traffic for the load tests and the bench: messages in six languages over
 * every channel, shaped and signed as each channel sends them, and a client pool that posts them
 * to the intake webhooks the way channels deliver (bounded concurrency, a per-request timeout,
 * bounded retries with backoff on 5xx, timeouts and dropped connections; a 4xx is final).
 *
 * Each message is its own thread; its ticket id is computed with the pack's own parser and the
 * thread's ticket id function, so a test knows which tickets must exist without trusting any answer it got.
 */
import { createHmac } from 'crypto';

import { parseMessage } from '../../../nodes/shared/domain/channels/detect';
import { ticketId } from '../../../nodes/shared/domain/channels/ids';
import { threadTicketId } from '../../../nodes/shared/domain/conversation/thread';
import { DEMO_SECRETS } from '../demo-setup';

export type Endpoint = 'chat' | 'email' | 'telegram' | 'whatsapp' | 'viber' | 'phone';
export type Channel = 'chat' | 'web_form' | 'email' | 'telegram' | 'whatsapp' | 'viber' | 'phone';
export type Language = 'en' | 'it' | 'pl' | 'es' | 'ru' | 'he';

export const CHANNELS: Channel[] = ['chat', 'web_form', 'email', 'telegram', 'whatsapp', 'viber', 'phone'];
export const LANGUAGES: Language[] = ['en', 'it', 'pl', 'es', 'ru', 'he'];

export interface Delivery {
	seq: number;
	endpoint: Endpoint;
	channel: Channel;
	language: Language;
	/** The exact bytes posted (and signed). */
	raw: string;
	headers: Record<string, string>;
	/** The ticket id the pack derives from this message (channel + the channel's message id). */
	ticketId: string;
	playerId: string;
	/** The message's own id on its ticket (Ticket Intake's id of this message). */
	messageId?: string;
	threadKey?: string;
}

/** Player messages per language; `{n}` becomes an amount so texts differ between tickets. */
const TEXTS: Record<Language, string[]> = {
	en: [
		'Hi, my withdrawal of {n} EUR has been pending for three days. When will it arrive on my card?',
		'I made a deposit of {n} euros an hour ago but my balance has not changed. Can you check?',
		'I cannot log in to my account, it says my password is wrong even after a reset.',
		'The welcome bonus was not credited after my deposit of {n} EUR. Why?',
		'I uploaded my ID documents for verification last week and my account is still not verified.',
		'The live roulette game keeps freezing and disconnecting in the middle of a round.',
		'How long does a bank transfer withdrawal usually take? I requested {n} EUR yesterday.',
	],
	it: [
		'Buongiorno, ho effettuato un deposito di {n} euro con la carta ieri sera ma il saldo non è cambiato. Potete verificare?',
		'Il mio prelievo di {n} euro è in attesa da quattro giorni, quando arriverà?',
		'Non riesco ad accedere al mio account, la password risulta sbagliata.',
		'Non ho ricevuto il bonus di benvenuto dopo il deposito. Perché?',
		'Ho inviato i documenti per la verifica dell\'identità ma il conto non è ancora verificato.',
		'Il gioco si blocca continuamente durante i giri gratuiti, cosa devo fare?',
	],
	pl: [
		'Dzień dobry, nie mogę wypłacić pieniędzy z konta, wypłata {n} zł jest odrzucana. Co mam zrobić?',
		'Wpłaciłem {n} zł kartą, ale saldo się nie zmieniło. Proszę o sprawdzenie.',
		'Nie mogę zalogować się na swoje konto, hasło jest nieprawidłowe.',
		'Nie otrzymałem bonusu powitalnego po wpłacie. Dlaczego?',
		'Wysłałem dokumenty do weryfikacji tożsamości tydzień temu i konto nadal nie jest zweryfikowane.',
		'Gra zawiesza się w trakcie rundy bonusowej i rozłącza mnie.',
	],
	es: [
		'Hola, no puedo entrar en mi cuenta, me dice que la contraseña es incorrecta. ¿Me ayudan?',
		'Mi retiro de {n} euros lleva tres días pendiente. ¿Cuándo llegará a mi tarjeta?',
		'Hice un depósito de {n} euros pero mi saldo no ha cambiado. ¿Pueden revisarlo?',
		'No recibí el bono de bienvenida después de mi depósito. ¿Por qué?',
		'Envié mis documentos para verificar mi identidad y la cuenta sigue sin verificar.',
		'El juego se congela y se desconecta en medio de la partida.',
	],
	ru: [
		'Здравствуйте, я не получила приветственный бонус после депозита. Почему бонус не начислен?',
		'Мой вывод {n} евро в ожидании уже три дня. Когда деньги придут на карту?',
		'Я внёс депозит {n} евро, но баланс не изменился. Проверьте, пожалуйста.',
		'Не могу войти в аккаунт, пишет что пароль неверный.',
		'Я отправил документы для верификации неделю назад, а аккаунт до сих пор не подтверждён.',
		'Игра зависает и отключается посреди раунда.',
	],
	he: [
		'שלום, שלחתי את המסמכים לאימות זהות לפני שבוע והחשבון עדיין לא מאומת. מתי תסיימו את הבדיקה?',
		'המשיכה שלי של {n} יורו ממתינה כבר שלושה ימים. מתי הכסף יגיע?',
		'הפקדתי {n} יורו אבל היתרה שלי לא השתנתה. אפשר לבדוק?',
		'אני לא מצליח להתחבר לחשבון שלי, כתוב שהסיסמה שגויה.',
		'לא קיבלתי את בונוס ההצטרפות אחרי ההפקדה. למה?',
		'המשחק נתקע ומתנתק באמצע הסיבוב.',
	],
};

const EMAIL_SUBJECTS: Record<Language, string> = {
	en: 'Problem with my account',
	it: 'Problema con il mio conto',
	pl: 'Problem z kontem',
	es: 'Problema con mi cuenta',
	ru: 'Проблема с аккаунтом',
	he: 'בעיה בחשבון שלי',
};

/** Seeded CRM players (tools/crm-server/seed.ts) and one the CRM does not know. */
const PLAYERS = [1001, 1002, 1003, 1004, 1005, 1006, 1007, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1099];
const NAMES: Record<number, string> = {
	1001: 'Anna Regular',
	1002: 'Ben Bronze',
	1003: 'Carla Silver',
	1004: 'Dan Gold',
	1005: 'Eva Platinum',
	1006: 'Finn Diamond',
	1007: 'Gina Rejected',
	1009: 'Iris Limit',
	1010: 'Jon Cooling',
	1011: 'Kira Ticket',
	1012: 'Leo Suspended',
	1013: 'Mia Restricted',
	1014: 'Nick Abuser',
	1015: 'Olga Closed',
	1099: 'Zed Unknown',
};

const hmacHex = (secret: string, raw: string) => createHmac('sha256', secret).update(raw).digest('hex');

/** A small stable number from the run label, so ids from different runs never meet. */
function runNumber(run: string): number {
	return Array.from(run).reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) % 1_000_000, 17);
}

/**
 * `count` deliveries of distinct messages for the run `run`: channel cycles over all seven,
 * language over all six (coprime cycles, so every pair occurs), players over the seed.
 */
export function makeDeliveries(count: number, run: string, at: Date = new Date()): Delivery[] {
	const base = runNumber(run);
	const out: Delivery[] = [];
	for (let seq = 0; seq < count; seq++) {
		const channel = CHANNELS[seq % CHANNELS.length];
		const language = LANGUAGES[seq % LANGUAGES.length];
		const texts = TEXTS[language];
		const text = texts[Math.floor(seq / LANGUAGES.length) % texts.length].replace('{n}', String(20 + ((seq * 37) % 980)));
		const pid = PLAYERS[Math.floor(seq / 3) % PLAYERS.length];
		const name = NAMES[pid];
		const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
		// Sent within the last minute: the SLA clocks start at the message time.
		const sentAt = new Date(at.getTime() - ((seq * 7) % 60) * 1000);
		const iso = sentAt.toISOString();
		const unix = Math.floor(sentAt.getTime() / 1000);
		const unique = `${run}-${seq}`;
		let endpoint: Endpoint;
		let body: Record<string, unknown>;
		let waId = '';
		switch (channel) {
			case 'chat':
			case 'web_form':
				endpoint = 'chat';
				body = {
					conversationId: `conv-${unique}`,
					messageId: `msg-${unique}`,
					text,
					sentAt: iso,
					player: { id: `p-${pid}`, email, name },
					source: channel,
				};
				break;
			case 'email':
				endpoint = 'email';
				body = {
					from: { value: [{ address: email, name }], text: `${name} <${email}>` },
					to: { value: [{ address: 'support@casino.example' }] },
					subject: EMAIL_SUBJECTS[language],
					text,
					messageId: `<${unique}@mail.example.com>`,
					date: iso,
				};
				break;
			case 'telegram':
				endpoint = 'telegram';
				body = {
					update_id: base * 10_000 + seq,
					message: {
						message_id: base * 10_000 + seq,
						from: { id: 700000 + pid, first_name: name.split(' ')[0] },
						// one conversation per message (distinct threads), the sender still the seeded player
						chat: { id: -(base * 10_000 + seq), type: 'group' },
						date: unix,
						text,
					},
				};
				break;
			case 'whatsapp':
				endpoint = 'whatsapp';
				// A WhatsApp thread is the sender's number: a number per message keeps the messages apart.
				waId = `3569${String(base * 10_000 + seq).padStart(9, '0')}`;
				body = {
					object: 'whatsapp_business_account',
					entry: [
						{
							id: 'waba-1',
							changes: [
								{
									field: 'messages',
									value: {
										messaging_product: 'whatsapp',
										contacts: [{ profile: { name }, wa_id: waId }],
										messages: [{ from: waId, id: `wamid.${unique}`, timestamp: String(unix), type: 'text', text: { body: text } }],
									},
								},
							],
						},
					],
				};
				break;
			case 'viber':
				endpoint = 'viber';
				body = {
					event: 'message',
					timestamp: sentAt.getTime(),
					message_token: base * 100_000 + seq,
					sender: { id: `viber-${pid}-${unique}`, name },
					message: { type: 'text', text },
				};
				break;
			case 'phone':
				endpoint = 'phone';
				body = {
					callId: `call-${unique}`,
					callerId: `+3569${String(base * 10_000 + seq).padStart(9, '0')}`,
					agentId: 'agent-7',
					startedAt: iso,
					endedAt: iso,
					direction: 'inbound',
					transcript: text,
				};
				break;
		}
		const raw = JSON.stringify(body);
		const headers: Record<string, string> = {};
		if (channel === 'whatsapp') headers['x-hub-signature-256'] = `sha256=${hmacHex(DEMO_SECRETS.whatsappAppSecret, raw)}`;
		if (channel === 'viber') headers['x-viber-content-signature'] = hmacHex(DEMO_SECRETS.viberAuthToken, raw);
		if (channel === 'telegram') headers['x-telegram-bot-api-secret-token'] = DEMO_SECRETS.telegramSecretToken;
		out.push({ seq, endpoint, channel, language, raw, headers, ticketId: threadTicketId(parseMessage(body, channel).threadKey), playerId: `p-${pid}` });
	}
	return out;
}

/**
 * `threads` conversations of `perThread` messages each, on Telegram and the chat widget, for the
 * concurrency test: a player who sends several messages in a burst before anyone answered. The
 * messages of a thread come one after another in the list, so a client pool posts them at once.
 * Every message's ticket is the thread's first ticket (`ticketId` is the same for all of them).
 */
export function makeThreads(threads: number, perThread: number, run: string, at: Date = new Date()): Delivery[] {
	const base = runNumber(run);
	const out: Delivery[] = [];
	for (let thread = 0; thread < threads; thread++) {
		const endpoint: Endpoint = thread % 2 === 0 ? 'telegram' : 'chat';
		const language = LANGUAGES[thread % LANGUAGES.length];
		const pid = PLAYERS[thread % PLAYERS.length];
		const name = NAMES[pid];
		for (let k = 0; k < perThread; k++) {
			const seq = thread * perThread + k;
			const texts = TEXTS[language];
			const text = texts[(thread + k) % texts.length].replace('{n}', String(20 + ((seq * 37) % 980)));
			const sentAt = new Date(at.getTime() - (perThread - k) * 1000);
			const body: Record<string, unknown> =
				endpoint === 'telegram'
					? {
							update_id: base * 10_000 + seq,
							message: {
								message_id: base * 10_000 + seq,
								from: { id: 700000 + pid, first_name: name.split(' ')[0] },
								chat: { id: 800_000_000 + base * 1000 + thread, type: 'private' },
								date: Math.floor(sentAt.getTime() / 1000),
								text,
							},
						}
					: { conversationId: `conv-${run}-t${thread}`, messageId: `msg-${run}-t${thread}-${k}`, text, sentAt: sentAt.toISOString(), player: { id: `p-${pid}`, name }, source: 'chat' };
			const headers: Record<string, string> = endpoint === 'telegram' ? { 'x-telegram-bot-api-secret-token': DEMO_SECRETS.telegramSecretToken } : {};
			const message = parseMessage(body, endpoint);
			out.push({
				seq,
				endpoint,
				channel: endpoint,
				language,
				raw: JSON.stringify(body),
				headers,
				ticketId: threadTicketId(message.threadKey),
				playerId: `p-${pid}`,
				messageId: ticketId(message),
				threadKey: message.threadKey,
			});
		}
	}
	return out;
}

export interface Attempt {
	status: number | 'timeout' | 'network';
	ms: number;
}

export interface Outcome {
	delivery: Delivery;
	attempts: Attempt[];
	/** Final HTTP status (0 when every attempt failed without an answer). */
	status: number;
	/** Ticket id in the final answer's body. */
	answeredId?: string;
	duplicate?: boolean;
	/** The final answer's body (first 300 characters) when it does not carry this delivery's ticket. */
	answer?: string;
	/** When the first attempt was sent and the final answer arrived (ms since the pool started). */
	startedAt: number;
	endedAt: number;
}

export interface PostOptions {
	/** n8n's base URL; must be on 127.0.0.1 or localhost. */
	baseUrl: string;
	clients: number;
	/** Per-request timeout (channels give up on a slow webhook and deliver again). */
	timeoutMs?: number;
	/** Attempts per delivery, the first included. */
	maxAttempts?: number;
	/** Stop starting new attempts after this long (the whole pool is bounded in time). */
	deadlineMs?: number;
	/** Called after each finished delivery (progress, fault injection at a given point). */
	onDone?: (outcome: Outcome, done: number) => void;
}

export interface PoolResult {
	outcomes: Outcome[];
	ms: number;
	/** Requests sent (all attempts). */
	requests: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function assertLocal(baseUrl: string): void {
	const host = new URL(baseUrl).hostname;
	if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') {
		throw new Error(`Load traffic goes only to this machine; refusing ${baseUrl}`);
	}
}

/** Posts every delivery with `clients` concurrent clients, retrying as channels do. */
export async function postAll(deliveries: Delivery[], options: PostOptions): Promise<PoolResult> {
	assertLocal(options.baseUrl);
	const timeoutMs = options.timeoutMs ?? 30_000;
	const maxAttempts = options.maxAttempts ?? 8;
	const deadline = Date.now() + (options.deadlineMs ?? 10 * 60_000);
	const started = Date.now();
	const outcomes: Outcome[] = new Array(deliveries.length);
	let next = 0;
	let done = 0;
	let requests = 0;

	const one = async (delivery: Delivery): Promise<Outcome> => {
		const attempts: Attempt[] = [];
		const startedAt = Date.now() - started;
		let status = 0;
		let answeredId: string | undefined;
		let duplicate: boolean | undefined;
		let answer: string | undefined;
		for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt++) {
			const t0 = Date.now();
			requests++;
			let retry = false;
			try {
				const response = await fetch(`${options.baseUrl}/webhook/support/${delivery.endpoint}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...delivery.headers },
					body: delivery.raw,
					signal: AbortSignal.timeout(timeoutMs),
				});
				const text = await response.text();
				status = response.status;
				attempts.push({ status, ms: Date.now() - t0 });
				if (status >= 500 || status === 429 || (status === 404 && /not registered/i.test(text))) {
					retry = true;
				} else {
					try {
						const body = JSON.parse(text) as { ticket?: { id?: string }; duplicate?: boolean };
						answeredId = body.ticket?.id;
						duplicate = body.duplicate;
					} catch {
						answeredId = undefined;
					}
					answer = answeredId === delivery.ticketId ? undefined : text.slice(0, 300);
				}
			} catch (error) {
				const name = (error as Error).name;
				attempts.push({ status: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', ms: Date.now() - t0 });
				status = 0;
				retry = true;
			}
			if (!retry) break;
			// Exponential backoff with jitter, capped: 0.5 s, 1 s, 2 s, 4 s, 5 s …
			const backoff = Math.min(5000, 500 * 2 ** attempt);
			await sleep(backoff / 2 + Math.random() * (backoff / 2));
		}
		return { delivery, attempts, status, answeredId, duplicate, answer, startedAt, endedAt: Date.now() - started };
	};

	const client = async () => {
		while (next < deliveries.length) {
			const index = next++;
			const outcome = await one(deliveries[index]);
			outcomes[index] = outcome;
			done++;
			options.onDone?.(outcome, done);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, options.clients) }, client));
	return { outcomes, ms: Date.now() - started, requests };
}

/** Percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
