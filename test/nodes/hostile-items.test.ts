/**
 * Hostile and malformed items through every node that reads tickets, through n8n's engine with
 * "On Error: Continue (using error output)": arbitrary JSON, tickets with wrong types in every
 * field, prototype-polluting keys, deep nesting. Whatever arrives, the execution succeeds, every
 * input item leaves by some output with its pairedItem, an error names what is wrong instead of
 * leaking a JavaScript TypeError, and nothing reaches Object.prototype.
 */
import fc from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode, type OutputItem } from '../harness/engine';
import { makeTicket } from '../unit/routing/fixtures';

const NODES: Array<{ type: string; parameters: INodeParameters }> = [
	{ type: 'slaTimer', parameters: { operation: 'start', options: { referenceTime: '2026-11-30T10:00:00Z' } } },
	{ type: 'slaTimer', parameters: { operation: 'check', options: { referenceTime: '2026-11-30T10:00:00Z' } } },
	{ type: 'escalationRouter', parameters: { operation: 'route' } },
	{ type: 'escalationRouter', parameters: { operation: 'escalate' } },
	{ type: 'supportAssistant', parameters: {} },
	{ type: 'vipBonusOffer', parameters: {} },
	{ type: 'qaSampler', parameters: {} },
	{ type: 'supportKpis', parameters: {} },
];

/** What a JavaScript bug looks like when it escapes as a message instead of a named field. */
const LEAKED_BUG = /Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack|Cannot convert/i;

const POLLUTING = fc.constantFrom('__proto__', 'constructor', 'prototype');
const hostileValue = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom(null, '', 0, -1, 1e308, true, [], {}, '\u0000', '\u202e', '\ud800', 'NaN', '9999-99-99T99:99:99Z'),
);
/** A valid ticket with one to three fields (top level or nested) replaced by something hostile. */
const brokenTicket = fc
	.record({
		edits: fc.array(fc.tuple(fc.constantFrom('id', 'channel', 'language', 'category', 'priority', 'complexity', 'status', 'createdAt', 'tags', 'history', 'player', 'crm', 'sla', 'routing', 'body', 'schemaVersion', 'player.vipTier', 'crm.balance', 'crm.rgFlags', 'sla.metrics', 'routing.level'), hostileValue), { minLength: 1, maxLength: 3 }),
		polluter: fc.option(POLLUTING),
	})
	.map(({ edits, polluter }) => {
		const ticket = JSON.parse(JSON.stringify(makeTicket())) as IDataObject;
		for (const [path, value] of edits) {
			const [head, tail] = path.split('.');
			if (tail === undefined) ticket[head] = value as IDataObject[string];
			else ticket[head] = { ...((ticket[head] as IDataObject) ?? {}), [tail]: value as IDataObject[string] };
		}
		const item: IDataObject = { ticket };
		if (polluter) item.extra = JSON.parse(`{"${polluter}": {"polluted": true}}`) as IDataObject;
		return item;
	});
const anyItem = fc.oneof(brokenTicket, fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), POLLUTING), hostileValue, { maxKeys: 5 }) as fc.Arbitrary<IDataObject>);

function referencedInputs(outputs: OutputItem[][]): Set<number> {
	const seen = new Set<number>();
	for (const items of outputs) {
		for (const item of items) {
			const pairs = Array.isArray(item.pairedItem) ? item.pairedItem : [item.pairedItem];
			for (const pair of pairs) if (pair !== undefined) seen.add(typeof pair === 'number' ? pair : pair.item);
		}
	}
	return seen;
}

describe('hostile items through every ticket node', () => {
	const batches = fc.sample(fc.array(anyItem, { minLength: 1, maxLength: 12 }), { numRuns: 6, seed: 20261130 });

	it.each(NODES.map((node) => [`${node.type} ${String(node.parameters.operation ?? '')}`.trim(), node] as const))('%s: never fails the execution, loses no item, leaks no bug', async (_, node) => {
		for (const batch of batches) {
			const result = await runNode(node.type, node.parameters, batch, { outputs: 6, settings: { onError: 'continueErrorOutput' } });
			expect(result.error?.message).toBeUndefined();
			const outputs = result.outputs('Node');
			const seen = referencedInputs(outputs);
			expect([...seen].sort((a, b) => a - b)).toEqual(batch.map((_item, index) => index));
			for (const items of outputs) {
				for (const item of items) {
					const message = String((item.json as IDataObject).error ?? '');
					expect(message).not.toMatch(LEAKED_BUG);
				}
			}
			expect(({} as IDataObject).polluted).toBeUndefined();
		}
	});
});
