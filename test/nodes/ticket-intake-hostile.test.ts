/**
 * Hostile payloads through Ticket Intake, through n8n's engine, in every channel mode: arbitrary
 * JSON, real channel payloads with fields replaced by the wrong type, prototype-polluting keys,
 * deep nesting, huge strings, NUL bytes, lone surrogates, bidi overrides, zero-width characters,
 * markup injection and emoji-only text. Whatever arrives: with Continue On Fail the execution
 * succeeds and every input item leaves by exactly one output with its pairedItem; without it the
 * node stops on a NodeOperationError naming the item and the field; no ticket keeps a <script>
 * tag, a NUL byte or a bidi override; nothing reaches Object.prototype.
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { parseMessages } from '../../nodes/shared/domain/channels/detect';
import { DomainError } from '../../nodes/shared/domain/errors';
import { assertTicket, CHANNELS, type Channel } from '../../nodes/shared/domain/ticket';
import { email, forms, phone, telegram, viber, waTrigger, waWebhook, webhook, whatsapp } from '../fixtures/channels/real-payloads';
import { runNode, type OutputItem } from '../harness/engine';

const REF = { options: { referenceTime: '2026-11-30T12:00:00Z' } };
const MODES = ['auto', 'chat', 'web_form', 'email', 'phone', 'telegram', 'whatsapp', 'viber'] as const;

/** What a JavaScript bug looks like when it escapes as a message instead of a named field. */
const LEAKED_BUG = /Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack|Cannot convert|Invalid time value/i;
const SCRIPT = /<\s*\/?\s*script/i;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000\u202a-\u202e\u200b\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NASTY_STRINGS = [
	'\u0000',
	'withdraw\u0000al blocked',
	'\ud800',
	'broken \udc00 text',
	'\u202eredaeh\u202c',
	'sui\u200bcide',
	'\ufeffhello',
	'<script>alert(document.cookie)</script>',
	'<scr<script>ipt>alert(1)</script>',
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'<img src=x onerror=alert(1)>',
	'<svg/onload=alert(1)>',
	'<a href="javascript:alert(1)">click</a>',
	'<SCRIPT src=//evil.example/x.js',
	'😀😀😀',
	'🎰💸🔥',
	'👨‍👩‍👧',
	' ',
	'',
	'{"__proto__":{"polluted":true}}',
	'9999-99-99T99:99:99Z',
	'NaN',
	'Infinity',
	'x'.repeat(300_000),
	'<'.repeat(5_000) + 'a',
	'a@b'.repeat(300),
	'<p '.repeat(2_000),
];

const POLLUTERS = ['__proto__', 'constructor', 'prototype'];
const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

function deep(depth: number): IDataObject {
	let value: IDataObject = { text: 'bottom' };
	for (let i = 0; i < depth; i++) value = { a: value, text: 'level' };
	return value;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 3, arbitrary: nastyString },
	{ weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
	{ weight: 1, arbitrary: fc.constantFrom(null, 0, -1, 1e308, -1e308, 5e-324, true, false, [], {}, [[]], [{}], { 0: 'x' }, deep(400)) },
	{ weight: 1, arbitrary: fc.constantFrom(...POLLUTERS).map((key) => JSON.parse(`{"${key}": {"polluted": true}}`) as unknown) },
);

/** Real channel payloads, as the triggers deliver them. */
const REAL: IDataObject[] = [
	telegram.message,
	telegram.callbackQuery,
	telegram.photoWithCaption,
	webhook(telegram.businessMessage),
	waTrigger(whatsapp.text),
	waWebhook(whatsapp.twoMessages),
	waTrigger(whatsapp.buttonReply),
	waTrigger(whatsapp.statuses),
	viber.text,
	webhook(viber.pictureWithText),
	viber.subscribed,
	email.imapSimple,
	email.imapResolved,
	email.gmailSimple,
	email.gmailFull,
	phone.twilioTranscription,
	phone.callCentreTurns,
	forms.n8nFormTrigger,
	webhook(forms.snakeCaseWidget),
	webhook(forms.ownWidgetEmailOnly),
];

/** Every path (dotted, with array indexes) to a value in a payload. */
function paths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
	if (value !== null && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) {
			const path = [...prefix, key];
			out.push(path);
			paths(inner, path, out);
		}
	}
	return out;
}

function replaceAt(payload: IDataObject, path: string[], value: unknown): IDataObject {
	const copy = JSON.parse(JSON.stringify(payload)) as IDataObject;
	let node = copy as Record<string, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
	Object.defineProperty(node, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
	return copy;
}

/** A real payload with one to three of its fields (any depth) replaced by something hostile, maybe a polluting key added. */
const brokenReal: fc.Arbitrary<IDataObject> = fc
	.record({ base: fc.nat(REAL.length - 1), edits: fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }), polluter: fc.option(fc.constantFrom(...POLLUTERS)) })
	.map(({ base, edits, polluter }) => {
		let payload = REAL[base];
		for (const [pick, value] of edits) {
			const all = paths(payload);
			if (all.length === 0) break;
			payload = replaceAt(payload, all[pick % all.length], value);
		}
		if (polluter) payload = { ...payload, extra: JSON.parse(`{"${polluter}": {"polluted": true}}`) as IDataObject };
		return payload;
	});

/** Arbitrary objects, arbitrary JSON wrapped like a Webhook's output, and values where a whole payload should be. */
const arbitraryItem: fc.Arbitrary<IDataObject> = fc.oneof(
	fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...POLLUTERS, 'update_id', 'message', 'entry', 'event', 'from', 'callId', 'conversationId', 'text')), hostileValue, { maxKeys: 6 }) as fc.Arbitrary<IDataObject>,
	hostileValue.map((body) => webhook(body as IDataObject)),
	fc.jsonValue({ maxDepth: 4 }).map((value) => ({ payload: value }) as IDataObject),
);

const anyItem = fc.oneof({ weight: 3, arbitrary: brokenReal }, { weight: 2, arbitrary: arbitraryItem });

function pairedIndexes(item: OutputItem): number[] {
	const pairs = Array.isArray(item.pairedItem) ? item.pairedItem : [item.pairedItem];
	return pairs.filter((pair) => pair !== undefined).map((pair) => (typeof pair === 'number' ? pair : pair.item));
}

function checkTicketText(json: IDataObject) {
	if (json.ticket === undefined) return;
	const ticket = assertTicket(json.ticket);
	for (const text of [ticket.body, ticket.subject ?? '']) {
		expect(text).not.toMatch(SCRIPT);
		expect(text).not.toMatch(FORBIDDEN_CHARS);
	}
}

describe('Ticket Intake against hostile payloads (engine-run, property-based)', () => {
	const started = Date.now();
	afterAll(() => {
		// The whole file stays fast enough to run on every change.
		expect(Date.now() - started).toBeLessThan(60_000);
	});

	it.each(MODES)('channel %s: the execution never fails, each item leaves once by one output with pairedItem, errors name item and field', async (channel) => {
		const batches = fc.sample(fc.array(anyItem, { minLength: 4, maxLength: 20 }), { numRuns: 8, seed: 20261130 + MODES.indexOf(channel) });
		const seen = { tickets: 0, ignored: 0, errors: 0 };
		for (const batch of batches) {
			const result = await runNode('ticketIntake', { ...REF, channel, onUnreadable: 'error' }, batch, { outputs: 2, settings: { onError: 'continueErrorOutput' } });
			expect(result.error?.message).toBeUndefined();
			const [tickets, errors] = result.outputs('Node');
			const byInput = new Map<number, Set<number>>();
			tickets.forEach((item) => pairedIndexes(item).forEach((i) => byInput.set(i, (byInput.get(i) ?? new Set()).add(0))));
			const errorCount = new Map<number, number>();
			for (const item of errors) {
				for (const i of pairedIndexes(item)) {
					byInput.set(i, (byInput.get(i) ?? new Set()).add(1));
					errorCount.set(i, (errorCount.get(i) ?? 0) + 1);
				}
				// n8n's error output carries the message in json.error and the NodeOperationError beside the json.
				const message = String((item.json as IDataObject).error);
				const index = pairedIndexes(item)[0];
				expect(message).toMatch(new RegExp(`^Item ${index}: `));
				expect(message).not.toMatch(LEAKED_BUG);
				expect(item.error?.name).toBe('NodeOperationError');
				expect(String(item.error?.description)).toMatch(/Field: \S+/);
			}
			// Every item leaves, by exactly one output (several tickets for a multi-message WhatsApp delivery, one error otherwise).
			expect([...byInput.keys()].sort((a, b) => a - b)).toEqual(batch.map((_, i) => i));
			for (const outputsUsed of byInput.values()) expect(outputsUsed.size).toBe(1);
			for (const count of errorCount.values()) expect(count).toBe(1);
			for (const item of tickets) {
				const json = item.json as IDataObject;
				expect(json.ticket !== undefined || json.ignored !== undefined).toBe(true);
				if (json.ticket !== undefined) seen.tickets++;
				else seen.ignored++;
				checkTicketText(json);
			}
			seen.errors += errors.length;
			expect(({} as IDataObject).polluted).toBeUndefined();
			expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
		}
		// The batches exercise both sides: payloads still readable after the damage, and broken ones.
		expect(seen.errors).toBeGreaterThan(0);
		if (channel === 'auto') expect(seen.tickets).toBeGreaterThan(0);
	});

	it('parses any JavaScript value (null prototypes, boxed values, NaN, -0, undefined) into messages or a DomainError naming a field, quickly', () => {
		const modes: Array<Channel | undefined> = [undefined, ...CHANNELS];
		const value = fc.oneof(
			fc.anything({ maxDepth: 4, withBoxedValues: true, withNullPrototype: true, withObjectString: true }),
			brokenReal,
			arbitraryItem,
		);
		fc.assert(
			fc.property(value, fc.constantFrom(...modes), (payload, channel) => {
				const started = Date.now();
				try {
					const messages = parseMessages(payload, channel, '2026-11-30T12:00:00.000Z');
					expect(messages.length).toBeGreaterThan(0);
					for (const message of messages) {
						expect(typeof message.externalId).toBe('string');
						expect(typeof message.threadKey).toBe('string');
						expect(typeof message.body).toBe('string');
					}
				} catch (error) {
					expect(error).toBeInstanceOf(DomainError);
					expect((error as Error).message).not.toMatch(LEAKED_BUG);
					// Only a value that is not an object at all has no field to name.
					if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) expect((error as DomainError).field).toBeTruthy();
				}
				expect(Date.now() - started).toBeLessThan(1000);
			}),
			{ numRuns: 3000, seed: 20261130 },
		);
		expect(({} as IDataObject).polluted).toBeUndefined();
	});

	it('without Continue On Fail stops on a NodeOperationError that names the item and the field', async () => {
		const bad = [telegram.message, replaceAt(waTrigger(whatsapp.text), ['messages', '0', 'from'], ['not', 'a', 'string'])];
		const result = await runNode('ticketIntake', REF, bad);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Item 1: The WhatsApp message has no sender (messages[0].from)');
		expect(result.error?.description).toMatch(/^Field: messages\[0\]\.from\./);
	});

	it('makes tickets from hostile text without keeping markup, NUL bytes, bidi overrides or broken surrogates', async () => {
		const crafted = [
			'withdraw\u0000al blocked',
			'Hi <script>alert(document.cookie)</script>my withdrawal is late',
			'Hi <scr<script>ipt>alert(1)</script> bonus',
			'Look <img src=x onerror=alert(1)> here',
			'Unclosed <SCRIPT src=//evil.example/x.js',
			'sui\u200bcide',
			'\u202eredaeh\u202c deposit',
			'😀😀😀',
			'👨‍👩‍👧',
		];
		const texts = [...crafted, ...NASTY_STRINGS];
		const input = texts.map((text, i) => ({ conversationId: `c-${i}`, messageId: `m-${i}`, text, player: { id: 'p-1' }, sentAt: '2026-11-30T10:00:00Z' }));
		const result = await runNode('ticketIntake', { ...REF, onUnreadable: 'triage' }, input);
		expect(result.error).toBeUndefined();
		const out = result.items('Node', 0);
		expect(out.map((item) => pairedIndexes(item)[0])).toEqual(input.map((_, i) => i));
		for (const item of out) checkTicketText(item.json as IDataObject);
		const ticket = (i: number) => assertTicket((out[i].json as IDataObject).ticket);
		expect(ticket(0).body).toBe('withdrawal blocked');
		expect(ticket(1).body).toBe('Hi my withdrawal is late');
		expect(ticket(1).tags).toContain('markup_removed');
		expect(ticket(1).category).toBe('withdrawal');
		expect(ticket(2).body).not.toMatch(/script|alert/i);
		expect(ticket(3).body).toBe('Look  here');
		expect(ticket(4).body).toBe('Unclosed \uff1cSCRIPT src=//evil.example/x.js');
		// A zero-width space no longer hides a responsible-gambling word from the classifier.
		expect(ticket(5).body).toBe('suicide');
		expect(ticket(5).category).toBe('responsible_gambling');
		expect(ticket(6).body).toBe('redaeh deposit');
		expect(ticket(7).body).toBe('😀😀😀');
		expect(ticket(8).body).toBe('👨‍👩‍👧');
		// Text with nothing left (only markup, only invisible characters) goes to manual triage, also clean.
		const onlyScript = ticket(crafted.length + NASTY_STRINGS.indexOf('<script>alert(document.cookie)</script>'));
		expect(onlyScript.tags).toEqual(['manual_triage']);
	});

	it('does not let a polluting key in any payload reach Object.prototype', async () => {
		const input = POLLUTERS.flatMap((key) => [
			JSON.parse(`{"update_id": 1, "message": {"message_id": 1, "date": 1764489600, "text": "hi", "chat": {"id": 1}, "from": {"id": 2, "${key}": {"polluted": true}}}}`) as IDataObject,
			JSON.parse(`{"${key}": {"polluted": true}, "conversationId": "c", "text": "hi", "player": {"id": "p"}}`) as IDataObject,
			JSON.parse(`{"headers": {}, "body": {"${key}": {"polluted": true}, "email": "a@b.co", "message": "hello"}}`) as IDataObject,
		]);
		const result = await runNode('ticketIntake', REF, input, { settings: { onError: 'continueErrorOutput' } });
		expect(result.error).toBeUndefined();
		expect(({} as IDataObject).polluted).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
		expect(result.items('Node', 0).length + result.items('Node', 1).length).toBe(input.length);
	});
});
