import type { IDataObject } from 'n8n-workflow';

import { assertTicket } from '../../nodes/shared/domain/ticket';
import { runNode } from '../harness/engine';

const REF = { options: { referenceTime: '2026-03-01T10:00:00Z' } };

const widgetBody = (text: string, extra: IDataObject = {}): IDataObject => ({
	conversationId: 'conv-9',
	messageId: 'msg-9',
	text,
	sentAt: '2026-03-01T09:58:00Z',
	player: { id: 'p-2002' },
	source: 'chat',
	...extra,
});

const webhook = (body: IDataObject | string): IDataObject => ({ headers: { 'content-type': 'application/json' }, params: {}, query: {}, body });

/** A Webhook item with "Raw Body" on: the bytes as binary `data`, and what n8n parsed from them. */
function rawWebhook(bytes: Buffer, parsedBody: IDataObject | string) {
	return {
		json: webhook(parsedBody),
		binary: { data: { data: bytes.toString('base64'), mimeType: 'application/json', fileSize: String(bytes.length) } },
	};
}

/** The JSON of a widget message whose text carries bytes that are not UTF-8 (0xC3 0x28, a lone 0xFF). */
function invalidUtf8Bytes(): Buffer {
	const json = JSON.stringify(widgetBody('Ciao, non riesco a prelevare la vincita XX'));
	const [before, after] = json.split('XX');
	return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(after, 'utf8')]);
}

describe('Ticket Intake bad input (engine-run)', () => {
	it('reads a raw webhook body with invalid UTF-8 bytes, repairs the text and tags the ticket', async () => {
		const bytes = invalidUtf8Bytes();
		const result = await runNode('ticketIntake', REF, [rawWebhook(bytes, '')]);
		const ticket = assertTicket(result.json('Node', 0)[0].ticket);
		expect(ticket.body).toContain('Ciao, non riesco a prelevare la vincita');
		expect(ticket.body).toContain('\ufffd');
		expect(ticket.tags).toContain('invalid_utf8');
		expect(ticket.language).toBe('it');
		expect(ticket.category).toBe('withdrawal');
	});

	it('keeps the parsed body when the Webhook parsed it, and repairs lone surrogates', async () => {
		const parsed = widgetBody('No puedo retirar mi dinero \ud800 desde ayer');
		const result = await runNode('ticketIntake', REF, [rawWebhook(invalidUtf8Bytes(), parsed)]);
		const ticket = assertTicket(result.json('Node', 0)[0].ticket);
		expect(ticket.body).toBe('No puedo retirar mi dinero \ufffd desde ayer');
		expect(ticket.tags).toContain('invalid_utf8');
		expect(ticket.language).toBe('es');
	});

	it('cuts a 5 MB message to the body limit, tags it body_truncated, and stays fast', async () => {
		const sentence = 'My withdrawal has been pending for days and nobody answers. ';
		const huge = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length));
		expect(huge.length).toBeGreaterThan(5_000_000);
		const started = Date.now();
		const result = await runNode('ticketIntake', { options: { ...REF.options, maxBodyLength: 5000 } }, [webhook(widgetBody(huge))]);
		const elapsed = Date.now() - started;
		const ticket = assertTicket(result.json('Node', 0)[0].ticket);
		expect(ticket.body.length).toBeLessThanOrEqual(5000);
		expect(ticket.tags).toContain('body_truncated');
		expect(ticket.category).toBe('withdrawal');
		expect(ticket.language).toBe('en');
		// The engine copies the 5 MB item; our own work is on the first 20,000 characters only.
		expect(elapsed).toBeLessThan(5000);
	});

	it('cuts a 5 MB HTML e-mail without reading past four times the limit', async () => {
		const html = `<p>Non riesco a prelevare</p>${'<div style="margin:0"><span>&nbsp;</span></div>'.repeat(120_000)}`;
		const email = {
			from: { value: [{ address: 'gio@example.com' }] },
			subject: 'Prelievo',
			html,
			messageId: '<big-1@example.com>',
			date: '2026-03-01T09:00:00.000Z',
		};
		const result = await runNode('ticketIntake', REF, [email]);
		const ticket = assertTicket(result.json('Node', 0)[0].ticket);
		expect(ticket.tags).toContain('body_truncated');
		expect(ticket.body.startsWith('Non riesco a prelevare')).toBe(true);
		expect(ticket.language).toBe('it');
	});

	it.each([
		['an unknown payload shape', webhook({ hello: 'world' }), /^Item 1: Unrecognised message shape/, 'Field: body.'],
		['an empty webhook body', webhook({}), /^Item 1: The message is empty \(body\)/, 'Field: body.'],
		['an empty item', {}, /^Item 1: The message is empty/, 'Field: json.'],
		['an empty message text', webhook(widgetBody('   ')), /^Item 1: The message text is missing or empty \(body\.text\)/, 'Field: body.text.'],
		['a message without sender', webhook(widgetBody('hello', { player: { name: 'Anon' } })), /^Item 1: The chat message has no sender \(body\.player\)/, 'Field: body.player.'],
	])('stops on %s with an error naming the item and the field', async (_what, bad, message, field) => {
		const result = await runNode('ticketIntake', REF, [webhook(widgetBody('hello')), bad]);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(String(result.error?.description)).toContain(field);
	});

	it('makes a manual_triage ticket for each unreadable item when the panel says so, and a normal one for the rest', async () => {
		const input = [
			webhook(widgetBody('Ciao, non riesco a prelevare')),
			webhook({ hello: 'world' }),
			webhook({}),
			webhook(widgetBody('hello', { player: {} })),
			webhook(widgetBody('')),
		];
		const result = await runNode('ticketIntake', { ...REF, onUnreadable: 'triage' }, input);
		const out = result.items('Node', 0);
		expect(out.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		const tickets = out.map((item) => assertTicket(item.json.ticket));
		expect(tickets[0].tags).not.toContain('manual_triage');
		expect(tickets[0].language).toBe('it');
		for (const ticket of tickets.slice(1)) {
			expect(ticket.tags).toEqual(['manual_triage']);
			expect(ticket.category).toBe('other');
			expect(ticket.history[0].event).toBe('manual_triage');
		}
		const fields = tickets.slice(1).map((ticket) => (ticket.history[0].detail as { field: string }).field);
		expect(fields).toEqual(['body', 'body', 'body.player', 'body.text']);
		// Distinct unreadable payloads get distinct ids.
		expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(5);
	});

	it('with Continue On Fail sends each bad item out with its error and lets every other item through', async () => {
		const input = [
			webhook(widgetBody('Hola, no puedo retirar')),
			webhook({}),
			webhook(widgetBody('Where is my bonus?', { messageId: 'msg-10' })),
			webhook(widgetBody('hello', { player: {} })),
		];
		const result = await runNode('ticketIntake', REF, input, { settings: { onError: 'continueErrorOutput' } });
		const good = result.items('Node', 0);
		const errors = result.items('Node', 1);
		expect(good.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(good.map((item) => assertTicket(item.json.ticket).category)).toEqual(['withdrawal', 'bonus']);
		expect(errors.map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
		expect(String(errors[0].json.error)).toMatch(/^Item 1: The message is empty/);
		expect(String(errors[1].json.error)).toMatch(/^Item 3: The chat message has no sender/);
	});
});
