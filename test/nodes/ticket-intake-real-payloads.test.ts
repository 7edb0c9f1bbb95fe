import { createHmac } from 'crypto';

import type { IDataObject } from 'n8n-workflow';

import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { email, emailMore, forms, phone, telegram, viber, waTrigger, waTwoEntries, waWebhook, webhook, whatsapp } from '../fixtures/channels/real-payloads';
import { runNode, type RunResult } from '../harness/engine';

const NOW = '2026-11-30T12:00:00.000Z';
const REF = { options: { referenceTime: NOW } };

/** Every output item of the node, with its ticket (validated) or its `ignored` record. */
function outcomes(result: RunResult) {
	return result.items('Node', 0).map((item) => ({
		pairedItem: item.pairedItem as { item: number },
		ticket: item.json.ticket === undefined ? undefined : assertTicket(item.json.ticket),
		ignored: item.json.ignored as IDataObject | undefined,
		json: item.json,
	}));
}

async function intake(input: IDataObject[], parameters: IDataObject = {}) {
	const result = await runNode('ticketIntake', { ...REF, ...parameters }, input);
	expect(result.error).toBeUndefined();
	return outcomes(result);
}

async function ticketsOf(input: IDataObject[], parameters: IDataObject = {}): Promise<Ticket[]> {
	const out = await intake(input, parameters);
	expect(out.map((o) => o.pairedItem.item)).toEqual(input.map((_, i) => i));
	return out.map((o) => {
		expect(o.ignored).toBeUndefined();
		return o.ticket as Ticket;
	});
}

describe('Ticket Intake on real channel payload shapes (engine-run)', () => {
	it('reads Telegram message, edited_message, channel_post, business_message, captions, /start and senders without username or last name', async () => {
		const input = [
			telegram.message,
			webhook(telegram.editedMessage),
			telegram.channelPost,
			telegram.channelPostNoSender,
			telegram.businessMessage,
			telegram.photoWithCaption,
			telegram.documentWithCaption,
			telegram.photoOnly,
			telegram.startCommand,
			telegram.location,
			telegram.voice,
		];
		const [message, edited, post, postNoSender, business, photo, document, photoOnly, start, location, voice] = await ticketsOf(input);
		expect(message).toMatchObject({ channel: 'telegram', externalId: '7012345678:311', threadKey: 'telegram:7012345678', player: { telegramId: '7012345678', name: 'Giulia' } });
		expect(message.language).toBe('it');
		expect(message.category).toBe('withdrawal');
		expect(message.createdAt).toBe('2025-11-30T08:00:00.000Z');
		// An edit is new content in the same thread: its own ticket id, timed at the edit.
		expect(edited.threadKey).toBe(message.threadKey);
		expect(edited.id).not.toBe(message.id);
		expect(edited.createdAt).toBe('2025-11-30T08:01:00.000Z');
		expect(edited.body).toContain('300 euro');
		expect(post.player).toEqual({ telegramId: '-1002233445566', name: 'Casino VIP Room' });
		expect(post.category).toBe('bonus');
		expect(postNoSender.player.telegramId).toBe('-1002233445566');
		expect(business).toMatchObject({ player: { telegramId: '5550001', name: 'Jan Nowak' }, language: 'pl', category: 'account_access' });
		expect(photo.body).toBe('Ecco lo screenshot dell’errore al login');
		expect(photo.attachments).toEqual([{ kind: 'image', fileId: 'AgACAgQAAxkBAAIB-large' }]);
		expect(document.attachments).toEqual([
			{ kind: 'document', fileId: 'BQACAgQAAxkBAAIC', name: 'carta_identita.pdf', mimeType: 'application/pdf', size: 201234 },
		]);
		expect(document.category).toBe('kyc');
		// A picture with no caption (a passport photo) is still a ticket an agent can open.
		expect(photoOnly.body).toBe('[image]');
		expect(start.body).toBe('/start');
		expect(start.player).toEqual({ telegramId: '8123456789', name: 'Алексей' });
		expect(location.body).toBe('[location: 45.4642, 9.19]');
		expect(voice.body).toBe('[voice]');
	});

	it('turns a Telegram callback_query into a ticket with the pressed button’s label', async () => {
		const [ticket] = await ticketsOf([telegram.callbackQuery]);
		expect(ticket).toMatchObject({
			channel: 'telegram',
			externalId: 'callback:4382bfdwdsb323b2d9',
			threadKey: 'telegram:7012345678',
			player: { telegramId: '7012345678', name: 'Giulia' },
			body: 'Problema con il prelievo',
			category: 'withdrawal',
			createdAt: NOW,
		});
	});

	it('passes Telegram member updates, service messages and reactions on as ignored, paired, without a ticket', async () => {
		const input = [telegram.myChatMember, telegram.newChatMembers, telegram.messageReaction];
		const out = await intake(input);
		expect(out.map((o) => o.pairedItem.item)).toEqual([0, 1, 2]);
		expect(out.map((o) => o.ticket)).toEqual([undefined, undefined, undefined]);
		expect(out.map((o) => o.ignored?.event)).toEqual(['my_chat_member', 'new_chat_members', 'message_reaction']);
		expect(out.every((o) => o.ignored?.channel === 'telegram')).toBe(true);
		expect(out[0].json.update_id).toBe(845123011);
	});

	it('reads WhatsApp text, button_reply, list_reply, template button, captioned media, location and unsupported, from the Trigger and from a Webhook', async () => {
		const values = [
			whatsapp.text,
			whatsapp.buttonReply,
			whatsapp.listReply,
			whatsapp.templateButton,
			whatsapp.imageWithCaption,
			whatsapp.documentWithCaption,
			whatsapp.audioOnly,
			whatsapp.location,
			whatsapp.unsupported,
		];
		const fromTrigger = await ticketsOf(values.map((value) => waTrigger(value)));
		const fromWebhook = await ticketsOf(values.map((value) => webhook(waWebhook(value))));
		expect(fromWebhook.map((t) => t.id)).toEqual(fromTrigger.map((t) => t.id));
		const [text, button, list, template, image, document, audio, location, unsupported] = fromTrigger;
		expect(text).toMatchObject({
			channel: 'whatsapp',
			externalId: 'wamid.TEXT1',
			threadKey: 'whatsapp:34600111222',
			player: { whatsappId: '34600111222', phone: '+34600111222', name: 'Lucía' },
			language: 'es',
			category: 'withdrawal',
			createdAt: '2025-11-30T08:00:00.000Z',
		});
		expect(button.body).toBe('Hablar con un agente');
		expect(list.body).toBe('Depósito');
		expect(template.body).toBe('No recibí el bono');
		expect(image.body).toBe('Este es el error al depositar');
		expect(image.attachments).toEqual([{ kind: 'image', fileId: '1479537139650973', mimeType: 'image/jpeg' }]);
		expect(document.attachments).toEqual([{ kind: 'document', fileId: '1003383421387256', mimeType: 'application/pdf', name: 'dni.pdf' }]);
		expect(document.category).toBe('kyc');
		expect(audio.body).toBe('[audio]');
		expect(location.body).toBe('[location: Madrid]');
		expect(unsupported.body).toBe('[unsupported message]');
	});

	it('makes one ticket per WhatsApp message when a delivery carries several, all paired to the one input item', async () => {
		const out = await intake([waTrigger(whatsapp.twoMessages), waTwoEntries]);
		expect(out.map((o) => o.pairedItem.item)).toEqual([0, 0, 1, 1]);
		const tickets = out.map((o) => o.ticket as Ticket);
		expect(tickets.map((t) => t.externalId)).toEqual(['wamid.MULTI1', 'wamid.MULTI2', 'wamid.TEXT1', 'wamid.TPL1']);
		expect(tickets[0].player.name).toBe('Lucía');
		// Each message's own contact, not the first one of the list.
		expect(tickets[1].player).toEqual({ whatsappId: '393331112233', phone: '+393331112233', name: 'Marco' });
		expect(tickets[1].language).toBe('it');
		expect(new Set(tickets.map((t) => t.id)).size).toBe(4);
	});

	it('passes WhatsApp status-only deliveries and reactions on as ignored, and can treat them as unreadable instead', async () => {
		const input = [waTrigger(whatsapp.statuses), webhook(waWebhook(whatsapp.statuses)), waTrigger(whatsapp.reaction)];
		const out = await intake(input);
		expect(out.map((o) => o.pairedItem.item)).toEqual([0, 1, 2]);
		expect(out.map((o) => o.ignored?.event)).toEqual(['statuses', 'statuses', 'reaction']);
		expect(out.every((o) => o.ticket === undefined)).toBe(true);
		expect(out[0].json.statuses).toEqual(whatsapp.statuses.statuses);

		const strict = await runNode('ticketIntake', { ...REF, onNonMessage: 'unreadable' }, [waTrigger(whatsapp.statuses)]);
		expect(strict.error?.message).toMatch(/Item 0: .*statuses.*not a player message \(messages\)/);
		const triaged = await intake([waTrigger(whatsapp.statuses)], { onNonMessage: 'unreadable', onUnreadable: 'triage' });
		expect(triaged[0].ticket?.tags).toEqual(['manual_triage']);
	});

	it('still checks the signature of a non-message event: a forged receipt is refused, a signed one passes on', async () => {
		const secret = 'app-secret';
		const body = waWebhook(whatsapp.statuses);
		const signed = { headers: { 'x-hub-signature-256': 'sha256=' + createHmac('sha256', secret).update(JSON.stringify(body)).digest('hex') }, body };
		const forged = { headers: { 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) }, body };
		const result = await runNode('ticketIntake', { ...REF, verifySignatures: true }, [signed, forged], {
			credentials: { supportChannelsApi: { whatsappAppSecret: secret } },
			settings: { onError: 'continueErrorOutput' },
		});
		expect(result.items('Node', 0).map((item) => [item.pairedItem, (item.json.ignored as IDataObject).event])).toEqual([[{ item: 0 }, 'statuses']]);
		expect(result.items('Node', 1).map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
		expect(String(result.items('Node', 1)[0].json.error)).toMatch(/^Item 1: The whatsapp webhook signature is not valid/);
	});

	it('reads Viber text and picture-with-text messages and passes every other Viber event on as ignored', async () => {
		const [text, picture, sticker] = await ticketsOf([viber.text, webhook(viber.pictureWithText), viber.sticker]);
		expect(text).toMatchObject({ channel: 'viber', threadKey: 'viber:01234567890A=', player: { viberId: '01234567890A=', name: 'Ольга' }, language: 'ru' });
		expect(text.createdAt).toBe('2025-11-30T08:00:00.123Z');
		expect(picture.body).toBe('Скриншот: вывод средств отклонён');
		expect(picture.attachments).toEqual([{ kind: 'image', url: 'https://dl-media.viber.com/1/pic.jpg', name: 'pic.jpg', size: 20480 }]);
		expect(sticker.body).toBe('[sticker]');

		const events = [viber.delivered, viber.seen, viber.failed, viber.subscribed, viber.unsubscribed, viber.conversationStarted, viber.webhook];
		const out = await intake(events.map((event) => webhook(event)));
		expect(out.map((o) => o.pairedItem.item)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(out.map((o) => o.ignored?.event)).toEqual(['delivered', 'seen', 'failed', 'subscribed', 'unsubscribed', 'conversation_started', 'webhook']);
		expect(out.every((o) => o.ticket === undefined && o.ignored?.channel === 'viber')).toBe(true);
	});

	it('reads the Email Trigger (IMAP) simple and resolved formats and the Gmail Trigger simple and full outputs', async () => {
		const [simple, htmlOnly, resolved, gmailSimple, gmailFull] = await ticketsOf([email.imapSimple, email.imapSimpleHtmlOnly, email.imapResolved, email.gmailSimple, email.gmailFull], {
			channel: 'auto',
		});
		expect(simple).toMatchObject({
			channel: 'email',
			externalId: 'CAF=abc123@mail.gmail.com',
			player: { email: 'paolo.bianchi@example.it', name: 'Paolo Bianchi' },
			subject: 'Verifica documento',
			body: 'Buongiorno,\nnon riesco a completare la verifica del documento.',
			createdAt: '2026-11-30T08:15:00.000Z',
			language: 'it',
			category: 'kyc',
		});
		expect(htmlOnly).toMatchObject({
			player: { email: 'maria.garcia@example.es', name: 'García, María' },
			subject: 'Retiro pendiente',
			threadKey: 'email:reply-root@casino.example',
			createdAt: '2026-11-30T08:20:00.000Z',
			language: 'es',
			category: 'withdrawal',
		});
		expect(htmlOnly.body).not.toContain('<');
		expect(resolved).toMatchObject({ externalId: 'resolved-1@example.pl', player: { email: 'anna@example.pl', name: 'Anna Kowalska' }, language: 'pl', category: 'withdrawal' });
		expect(gmailSimple).toMatchObject({
			externalId: '18c1f2a3b4c5d6e7',
			player: { email: 'john.smith@example.com', name: 'John Smith' },
			subject: 'Double charge',
			createdAt: '2025-11-30T08:00:00.000Z',
			category: 'deposit',
		});
		expect(gmailFull).toMatchObject({ player: { email: 'dana@example.co.il', name: 'Dana Levi' }, threadKey: 'email:root-1@casino.example', language: 'he' });
	});

	it('reads the Microsoft Outlook Trigger (Graph message, raw and simple) and the Gmail API message resource', async () => {
		const [graph, simple, api] = await ticketsOf([emailMore.outlookGraph, emailMore.outlookSimple, emailMore.gmailApiResource]);
		expect(graph).toMatchObject({
			channel: 'email',
			externalId: 'AM0PR01MB1234@eurprd01.prod.exchangelabs.com',
			threadKey: 'email:AAQkAGI2TAAA-conversation=',
			player: { email: 'piotr@example.pl', name: 'Piotr Zieliński' },
			subject: 'Konto zablokowane',
			body: 'Dzień dobry, moje konto zostało zablokowane po zmianie hasła.',
			createdAt: '2026-11-30T08:40:05.000Z',
			language: 'pl',
		});
		expect(simple).toMatchObject({ externalId: 'AAMkAGI2TBBB=', player: { email: 'kate@example.com', name: 'Kate' }, body: 'Hello, my withdrawal was rejected without a reason', createdAt: NOW });
		expect(api).toMatchObject({ externalId: 'CAE-api-1@mail.gmail.com', player: { email: 'elena@example.es', name: 'Elena Ruiz' }, subject: 'Código', createdAt: '2026-11-30T09:00:00.000Z', language: 'es' });
	});

	it('reads header lines that repeat their name when the top-level fields are missing', async () => {
		const headersOnly = { headers: email.gmailFull.headers, text: 'I cannot log in to my account', id: 'gm-1', date: '2026-11-30T07:30:00.000Z' };
		const [ticket] = await ticketsOf([headersOnly], { channel: 'email' });
		expect(ticket.player).toEqual({ email: 'dana@example.co.il', name: 'Dana Levi' });
		expect(ticket.threadKey).toBe('email:root-1@casino.example');
	});

	it('reads call records: Twilio transcription callbacks, snake_case exports with transcript turns, and the pack’s own shape', async () => {
		const [twilio, turns, own] = await ticketsOf([webhook(phone.twilioTranscription), phone.callCentreTurns, phone.ownShape]);
		expect(twilio).toMatchObject({
			channel: 'phone',
			externalId: 'CA0123456789abcdef0123456789abcdef',
			threadKey: 'phone:+447700900123',
			player: { phone: '+447700900123' },
			createdAt: NOW,
		});
		expect(turns.player.phone).toBe('+393334445566');
		expect(turns.body).toBe('agent: Buongiorno, come posso aiutarla?\ncustomer: Il mio prelievo è fermo da una settimana e nessuno mi risponde.');
		expect(turns.createdAt).toBe('2025-11-30T08:00:00.000Z');
		expect(turns.category).toBe('withdrawal');
		expect(own.category).toBe('responsible_gambling');
	});

	it('reads web chat and form bodies whatever their field names (n8n Form Trigger, HTML forms, other widgets)', async () => {
		const [formTrigger, html, snake, session, emailOnly] = await ticketsOf([
			forms.n8nFormTrigger,
			webhook(forms.htmlForm, { 'content-type': 'application/x-www-form-urlencoded' }),
			webhook(forms.snakeCaseWidget),
			webhook(forms.sessionWidget),
			webhook(forms.ownWidgetEmailOnly),
		]);
		expect(formTrigger).toMatchObject({
			channel: 'web_form',
			player: { email: 'luca.ferri@example.it', name: 'Luca Ferri' },
			createdAt: '2026-11-30T09:00:00.000Z',
			language: 'it',
			category: 'bonus',
		});
		expect(formTrigger.externalId).toMatch(/^form_[0-9a-f]{24}$/);
		expect(html).toMatchObject({ channel: 'web_form', subject: 'Cuenta', player: { email: 'sofia@example.es', name: 'Sofia' }, createdAt: NOW, language: 'es' });
		expect(snake).toMatchObject({ channel: 'chat', externalId: 'm-88', threadKey: 'chat:conv-5521', player: { id: 'P-4242', email: 'player@example.com' } });
		expect(session).toMatchObject({ channel: 'chat', threadKey: 'chat:sess-1', player: { email: 'guest@example.com', name: 'Guest' }, createdAt: '2025-11-30T08:00:00.000Z' });
		expect(emailOnly).toMatchObject({ channel: 'chat', player: { email: 'ivan@example.ru' }, language: 'ru' });
		// The same form submission delivered twice is the same ticket.
		const [again] = await ticketsOf([forms.n8nFormTrigger]);
		expect(again.id).toBe(formTrigger.id);
	});

	it('reads chat-widget webhooks (tawk.to, Crisp, Chatwoot, data envelopes) and passes agents’ replies on as ignored', async () => {
		const [tawk, crisp, chatwoot, envelope] = await ticketsOf([webhook(forms.tawkChatStart), webhook(forms.crispMessageSend), webhook(forms.chatwootIncoming), webhook(forms.genericEnvelope)]);
		expect(tawk).toMatchObject({ channel: 'chat', threadKey: 'chat:a1b2c3d4-0000-1111-2222-333344445555', player: { email: 'tom@example.com', name: 'Tom' }, category: 'deposit' });
		expect(crisp).toMatchObject({
			channel: 'chat',
			externalId: '163240180126629',
			threadKey: 'chat:session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881',
			player: { id: 'session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881', name: 'Marco' },
			language: 'it',
			createdAt: '2025-11-30T08:00:00.000Z',
		});
		expect(chatwoot).toMatchObject({ channel: 'chat', externalId: '9001', threadKey: 'chat:314', player: { id: '77', email: 'ana@example.com', name: 'Ana' }, category: 'kyc' });
		expect(envelope).toMatchObject({ channel: 'chat', externalId: '456', threadKey: 'chat:123', player: { email: 'visitor@example.com', name: 'Vi' }, category: 'bonus' });
		const replies = await intake([webhook(forms.crispOperatorReply), webhook(forms.chatwootOutgoing)]);
		expect(replies.map((o) => [o.pairedItem.item, o.ticket, o.ignored?.event])).toEqual([
			[0, undefined, 'operator_message'],
			[1, undefined, 'outgoing_message'],
		]);
	});

	it('lets a run mix channels, messages and non-messages: every item leaves once, in order, paired', async () => {
		const input = [telegram.message, waTrigger(whatsapp.statuses), viber.text, viber.seen, email.gmailSimple, waTrigger(whatsapp.twoMessages), forms.htmlForm];
		const out = await intake(input);
		expect(out.map((o) => o.pairedItem.item)).toEqual([0, 1, 2, 3, 4, 5, 5, 6]);
		expect(out.map((o) => (o.ticket ? o.ticket.channel : `ignored:${o.ignored?.event}`))).toEqual([
			'telegram',
			'ignored:statuses',
			'viber',
			'ignored:seen',
			'email',
			'whatsapp',
			'whatsapp',
			'web_form',
		]);
	});
});
