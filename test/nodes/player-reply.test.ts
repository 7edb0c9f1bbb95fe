import type { IDataObject } from 'n8n-workflow';

import { startChannelGateway, type ChannelGateway } from '../../tools/channel-gateway/server';
import { messagingCredential } from '../../tools/runtime/demo-setup';
import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { runNode } from '../harness/engine';
import { handedToAgent, playerMessage } from '../unit/conversation/fixtures';

const T0 = '2026-03-02T10:00:00.000Z';
const later = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

/** A WhatsApp ticket with one agent reply waiting to be sent. */
function waitingReply(id: string): Ticket {
	const ticket = handedToAgent(playerMessage('deposit missing', T0, { channel: 'whatsapp', threadKey: 'whatsapp:393331234567', externalId: `wamid.${id}` }));
	const message = { id: `msg_${id}`, at: T0, from: 'agent' as const, author: 'agent-anna', channel: ticket.channel, text: 'Checking it', delivery: { state: 'pending' as const, idempotencyKey: `msg_${id}`, attempts: 0 } };
	return { ...ticket, messages: [...(ticket.messages ?? []), message] };
}

describe('Player Reply node (engine-run, reference channel gateway)', () => {
	let gateway: ChannelGateway;
	beforeAll(async () => {
		gateway = await startChannelGateway({ whatsappWindow: false });
	});
	afterAll(async () => gateway.close());
	beforeEach(() => gateway.reset());

	it("judges WhatsApp's 24-hour window at each item's own Reference Time (an expression): inside it sends, outside it fails without calling", async () => {
		const input = [
			{ at: later(23), ticket: waitingReply('a') },
			{ at: later(25), ticket: waitingReply('b') },
		] as unknown as IDataObject[];
		const result = await runNode('playerReply', { options: { referenceTime: '={{ $json.at }}' } }, input, {
			outputs: 3,
			credentials: { supportMessagingApi: messagingCredential(gateway.url) },
		});
		const [sent, email, failed] = [0, 1, 2].map((o) => result.items('Node', o));
		expect(email).toHaveLength(0);
		expect(sent.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
		expect(failed.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
		expect(assertTicket(sent[0].json.ticket).messages?.[1].delivery).toMatchObject({ state: 'sent', attempts: 1, at: later(23) });
		expect(assertTicket(failed[0].json.ticket).messages?.[1].delivery).toMatchObject({ state: 'failed', error: expect.stringContaining('whatsapp_window_closed') });
		const requests = gateway.requests().filter((r) => r.channel === 'whatsapp');
		expect(requests.map((r) => [r.headers['idempotency-key'], r.headers.authorization])).toEqual([['msg_a', 'Bearer demo-whatsapp-token']]);
	});

	it('retries a rate-limited reply after Retry-After and records the attempts; a hard error fails at once', async () => {
		const telegram = (id: string): Ticket => {
			const ticket = handedToAgent(playerMessage('deposit missing', T0, { channel: 'telegram', threadKey: 'telegram:555', externalId: `555:${id}` }));
			const message = { id: `msg_t${id}`, at: T0, from: 'agent' as const, author: 'agent-anna', channel: ticket.channel, text: 'Checking it', delivery: { state: 'pending' as const, idempotencyKey: `msg_t${id}`, attempts: 0 } };
			return { ...ticket, messages: [...(ticket.messages ?? []), message] };
		};
		const run = (ticket: Ticket) =>
			runNode('playerReply', { options: { referenceTime: T0 } }, [{ ticket }] as unknown as IDataObject[], {
				outputs: 3,
				credentials: { supportMessagingApi: messagingCredential(gateway.url) },
			});
		await fetch(`${gateway.url}/_gateway/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'telegram', mode: '429', count: 1, retryAfter: 1 }) });
		const retried = await run(telegram('1'));
		expect(assertTicket(retried.items('Node', 0)[0].json.ticket).messages?.[1].delivery).toMatchObject({ state: 'sent', attempts: 2 });
		await fetch(`${gateway.url}/_gateway/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'telegram', mode: '500', count: 5 }) });
		const failed = await run(telegram('2'));
		expect(assertTicket(failed.items('Node', 2)[0].json.ticket).messages?.[1].delivery).toMatchObject({ state: 'failed', attempts: 3, error: expect.stringContaining('telegram 500') });
	});
});
