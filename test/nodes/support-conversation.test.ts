import type { IDataObject } from 'n8n-workflow';

import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { runNode } from '../harness/engine';
import { handedToAgent, playerMessage } from '../unit/conversation/fixtures';

const T0 = '2026-03-02T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const asRow = (ticket: Ticket) => JSON.stringify(ticket);

async function join(input: IDataObject[], now: string, options: IDataObject = {}, settings?: Record<string, unknown>) {
	const result = await runNode('supportConversation', { operation: 'join', options: { referenceTime: now, ...options } }, input, { outputs: 4, settings });
	return { result, out: [0, 1, 2, 3].map((o) => result.items('Node', o)) };
}

async function act(input: IDataObject[], now: string, parameters: IDataObject = {}) {
	const result = await runNode('supportConversation', { operation: 'agentAction', agents: 'agent-anna, agent-bo', options: { referenceTime: now }, ...parameters }, input, { outputs: 3 });
	return { result, out: [0, 1, 2].map((o) => result.items('Node', o)) };
}

describe('Support Conversation node (engine-run)', () => {
	const stored = handedToAgent(playerMessage('my deposit of 50 EUR by card is not on my balance', T0));

	it('Join Thread: each item leaves by New Ticket, Follow-up, Needs Routing or Duplicate, with its pairedItem, reading the Data Table cell as JSON', async () => {
		const input = [
			{ ticket: playerMessage('hello, how do I verify my account?', at(1), { threadKey: 'chat:other', externalId: 'x-1' }) }, // nothing stored
			{ ticket: playerMessage('any news?', at(2), { externalId: 'm-2' }), storedTicket: asRow(stored) },
			{ ticket: playerMessage('I borrowed the money from my brother and lost it all, I cannot stop', at(3), { externalId: 'm-3' }), storedTicket: stored },
			{ ticket: playerMessage('my deposit of 50 EUR by card is not on my balance', T0), storedTicket: asRow(stored) },
		] as unknown as IDataObject[];
		const { out } = await join(input, at(5));
		expect(out.map((o) => o.map((i) => i.pairedItem))).toEqual([[{ item: 0 }], [{ item: 1 }], [{ item: 2 }], [{ item: 3 }]]);
		expect(out[0][0].json.conversation).toMatchObject({ outcome: 'new' });
		const followUp = assertTicket(out[1][0].json.ticket);
		expect(followUp.id).toBe(stored.id);
		expect(followUp.messages?.map((m) => m.text)).toEqual([stored.body, 'any news?']);
		expect(out[1][0].json.storedTicket).toBeUndefined();
		const raised = assertTicket(out[2][0].json.ticket);
		expect(raised).toMatchObject({ priority: 'urgent', category: 'responsible_gambling' });
		expect(out[3][0].json.conversation).toMatchObject({ outcome: 'duplicate' });
	});

	it('Join Thread: a stored ticket that is not a ticket is an error naming the field; Continue On Fail keeps the item', async () => {
		const input = [{ ticket: playerMessage('hi', at(1)), storedTicket: '{"id": 1' }] as unknown as IDataObject[];
		await expect(join(input, at(1))).rejects.toThrow("Item 0: 'storedTicket' is not valid JSON");
		const kept = await join(input, at(1), {}, { onError: 'continueRegularOutput' });
		expect(kept.out[0][0].json.error).toEqual(expect.stringContaining("'storedTicket' is not valid JSON"));
		expect(kept.out[0][0].pairedItem).toEqual({ item: 0 });
	});

	it('Agent Action: applies, deduplicates and refuses with the status to answer, per item', async () => {
		const body = (extra: IDataObject) => ({ ticketId: stored.id, agentId: 'agent-anna', actionId: `act-${String(extra.type)}`, ...extra });
		const input = [
			{ body: body({ type: 'reply', text: 'Checking it now' }), storedTicket: asRow(stored) },
			{ body: body({ type: 'reply', text: '' }), storedTicket: asRow(stored) },
			{ body: body({ type: 'resolve', agentId: 'mallory' }), storedTicket: asRow(stored) },
			{ body: body({ type: 'resolve' }) },
		];
		const { out } = await act(input, at(3));
		const replied = assertTicket(out[0][0].json.ticket);
		expect(replied.sla?.metrics.firstResponse).toMatchObject({ state: 'achieved', achievedAt: at(3) });
		expect(replied.messages?.[1]).toMatchObject({ from: 'agent', author: 'agent-anna', text: 'Checking it now', delivery: { state: 'pending' } });
		expect(out[2].map((i) => [i.pairedItem, (i.json.error as IDataObject).status, (i.json.error as IDataObject).field])).toEqual([
			[{ item: 1 }, 400, 'text'],
			[{ item: 2 }, 403, 'agentId'],
			[{ item: 3 }, 404, 'ticketId'],
		]);
		// the same action again (a retried request) is Unchanged and adds nothing
		const again = await act([{ body: body({ type: 'reply', text: 'Checking it now' }), storedTicket: replied }] as unknown as IDataObject[], at(4));
		expect(again.out[1]).toHaveLength(1);
		expect(assertTicket(again.out[1][0].json.ticket).messages).toHaveLength(2);
	});

	it('Reference Time written as an expression is resolved per item: each reply achieves first response at its own time', async () => {
		const input = [3, 4].map((minutes) => ({
			at: at(minutes),
			body: { type: 'reply', text: 'On it', ticketId: stored.id, agentId: 'agent-anna', actionId: `per-item-${minutes}` },
			storedTicket: asRow(stored),
		}));
		const { out } = await act(input, '={{ $json.at }}');
		expect(out[0].map((i) => assertTicket(i.json.ticket).sla?.metrics.firstResponse.achievedAt)).toEqual([at(3), at(4)]);
		// a constant is read once and applies to every item
		const constant = await act(input, at(5));
		expect(constant.out[0].map((i) => assertTicket(i.json.ticket).sla?.metrics.firstResponse.achievedAt)).toEqual([at(5), at(5)]);
	});

	it('Agent Action from Chatwoot: an outgoing message is a reply, a private one a note, a status change resolves; incoming messages are ignored', async () => {
		const conversation = { id: 10, custom_attributes: { ticket_id: stored.id } };
		const sender = { id: 1, name: 'Anna', email: 'agent-anna', type: 'user' };
		const input = [
			{ body: { event: 'message_created', id: 118, content: 'Hi, we are on it', message_type: 'outgoing', private: false, created_at: at(2), sender, conversation } },
			{ body: { event: 'message_created', id: 119, content: 'VIP, check limits', message_type: 'outgoing', private: true, created_at: at(2), sender, conversation } },
			{ body: { event: 'message_created', id: 120, content: 'hello?', message_type: 'incoming', sender: { id: 9, type: 'contact' }, conversation } },
			{ body: { event: 'conversation_status_changed', id: 10, status: 'resolved', custom_attributes: { ticket_id: stored.id }, meta: { assignee: sender }, timestamp: Date.parse(at(4)) / 1000 } },
			{ body: { event: 'message_created', id: 121, content: 'x', message_type: 'outgoing', sender, conversation: { id: 11 } } },
		].map((item) => ({ ...item, storedTicket: asRow(stored) }));
		const { out } = await act(input as unknown as IDataObject[], at(5), { source: 'chatwoot' });
		expect(out[0].map((i) => (i.json.action as IDataObject).type)).toEqual(['reply', 'note', 'resolve']);
		expect(assertTicket(out[0][0].json.ticket).sla?.metrics.firstResponse).toMatchObject({ state: 'achieved', achievedAt: at(2) });
		expect(assertTicket(out[0][2].json.ticket)).toMatchObject({ status: 'resolved', resolvedBy: 'agent', resolvedAt: at(4) });
		expect(out[1].map((i) => i.json.conversation)).toEqual([{ outcome: 'ignored', reason: 'not an outgoing agent message' }]);
		expect(out[2].map((i) => (i.json.error as IDataObject).field)).toEqual(['conversation.custom_attributes.ticket_id']);
	});
});
