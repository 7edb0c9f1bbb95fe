import { applyAgentAction, parseAgentAction, ActionRejected } from '../../../nodes/shared/domain/conversation/agent-actions';
import { isAcknowledgement } from '../../../nodes/shared/domain/conversation/acknowledgement';
import { joinThread } from '../../../nodes/shared/domain/conversation/thread';
import { assertTicket, type Ticket } from '../../../nodes/shared/domain/ticket';
import { handedToAgent, playerMessage, settingsAt } from './fixtures';

const T0 = '2026-03-02T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const first = () => handedToAgent(playerMessage('My withdrawal of 200 EUR has been pending for 3 days, where is it?', T0));

function act(ticket: Ticket, body: Record<string, unknown>, minutes: number, agents = ['agent-anna', 'agent-bo']) {
	return applyAgentAction(ticket, parseAgentAction({ ticketId: ticket.id, agentId: 'agent-anna', actionId: `a-${minutes}-${String(body.type)}`, ...body }), settingsAt(at(minutes), agents));
}

describe('the conversation loop on one ticket', () => {
	it('plays a whole loop: reply → follow-up → pending → player answers → resolve → reopen, with the clocks at the right instants', () => {
		let ticket = first();
		expect(ticket.sla?.metrics.firstResponse.state).toBe('running');

		// 3 minutes later the agent answers in public: first response achieved at that instant
		const reply = act(ticket, { type: 'reply', text: 'Hi Anna, I am checking it now.' }, 3);
		ticket = reply.ticket;
		expect(ticket.sla?.metrics.firstResponse).toMatchObject({ state: 'achieved', achievedAt: at(3) });
		expect(ticket.status).toBe('open');
		expect(reply.message).toMatchObject({ from: 'agent', author: 'agent-anna', delivery: { state: 'pending', attempts: 0 } });
		expect(reply.message?.delivery?.idempotencyKey).toBe(reply.message?.id);

		// the player follows up in the same conversation: joins, next response starts from that message
		const follow = joinThread(playerMessage('ok thanks, and how long will it take?', at(5), { externalId: 'm-2' }), ticket, settingsAt(at(5)));
		expect(follow.outcome).toBe('followUp');
		expect(follow.needsRouting).toBe(false);
		ticket = follow.ticket;
		expect(ticket.id).toBe(first().id);
		expect(ticket.messages?.map((m) => m.from)).toEqual(['player', 'agent', 'player']);
		expect(ticket.sla?.metrics.nextResponse).toMatchObject({ state: 'running', startedAt: at(5), dueAt: at(10) });

		// the agent answers (next response achieved) and sets the ticket pending: resolution pauses
		ticket = act(ticket, { type: 'reply', text: 'It is with the payments team; can you confirm your IBAN?' }, 7).ticket;
		expect(ticket.sla?.metrics.nextResponse).toMatchObject({ state: 'achieved', achievedAt: at(7) });
		ticket = act(ticket, { type: 'pending' }, 8).ticket;
		expect(ticket.status).toBe('pending');
		expect(ticket.sla?.metrics.resolution).toMatchObject({ state: 'paused', pausedAt: at(8) });

		// the player answers 30 minutes later: open again, the paused clock resumes 30 minutes later
		const dueBefore = Date.parse(ticket.sla?.metrics.resolution.dueAt as string);
		const answer = joinThread(playerMessage('yes the IBAN ends in 4471', at(38), { externalId: 'm-3' }), ticket, settingsAt(at(38)));
		ticket = answer.ticket;
		expect(ticket.status).toBe('open');
		expect(Date.parse(ticket.sla?.metrics.resolution.dueAt as string) - dueBefore).toBe(30 * 60_000);
		expect(ticket.sla?.metrics.nextResponse).toMatchObject({ state: 'running', startedAt: at(38) });

		// resolve: resolution achieved (15 min + 30 paused = due at 10:45), resolvedBy agent, and a thank-you does not reopen it
		ticket = act(ticket, { type: 'resolve' }, 40).ticket;
		expect(ticket.sla?.metrics.resolution).toMatchObject({ state: 'achieved', achievedAt: at(40), dueAt: at(45), pausedMinutes: 30 });
		expect(ticket).toMatchObject({ status: 'resolved', resolvedBy: 'agent', resolvedAt: at(40) });
		const thanks = joinThread(playerMessage('grazie mille!', at(41), { externalId: 'm-4' }), ticket, settingsAt(at(41)));
		expect(thanks.outcome).toBe('acknowledged');
		expect(thanks.ticket.status).toBe('resolved');

		// two days later a real follow-up reopens it
		const later = joinThread(playerMessage('the money still has not arrived', at(2 * 24 * 60), { externalId: 'm-5' }), thanks.ticket, settingsAt(at(2 * 24 * 60)));
		expect(later.outcome).toBe('reopened');
		expect(later.ticket).toMatchObject({ status: 'open', reopenCount: 1 });
		expect(later.ticket.resolvedBy).toBeUndefined();
		expect(later.ticket.history.map((h) => h.event)).toContain('reopened');
		expect(later.needsRouting).toBe(false); // a person had it: it stays with them
		expect(later.ticket.sla?.metrics.resolution).toMatchObject({ state: 'running', startedAt: at(2 * 24 * 60), dueAt: at(2 * 24 * 60 + 15) });
		expect(() => assertTicket(later.ticket)).not.toThrow();
	});

	it('a redelivered message is a duplicate, never a second message', () => {
		const ticket = first();
		const again = playerMessage('My withdrawal of 200 EUR has been pending for 3 days, where is it?', T0);
		expect(joinThread(again, ticket, settingsAt(at(1))).outcome).toBe('duplicate');
		const follow = joinThread(playerMessage('hello?', at(2), { externalId: 'm-2' }), ticket, settingsAt(at(2)));
		const twice = joinThread(playerMessage('hello?', at(2), { externalId: 'm-2' }), follow.ticket, settingsAt(at(3)));
		expect(twice.outcome).toBe('duplicate');
		expect(twice.ticket.messages).toHaveLength(2);
	});

	it('an RG marker in a follow-up makes the ticket urgent and sends it to routing again', () => {
		const follow = joinThread(playerMessage('honestly I think I am addicted, please close my account for good', at(4), { externalId: 'm-rg' }), first(), settingsAt(at(4)));
		expect(follow.outcome).toBe('followUp');
		expect(follow.needsRouting).toBe(true);
		expect(follow.ticket.priority).toBe('urgent');
		expect(follow.ticket.category).toBe('responsible_gambling');
		expect(follow.ticket.tags.some((tag) => tag.startsWith('rg:'))).toBe(true);
	});

	it('after the reopen window, or once closed, a message starts a new ticket that names the previous one', () => {
		const resolved = act(first(), { type: 'resolve' }, 10).ticket;
		const late = joinThread(playerMessage('new question: how do I change my e-mail?', at(8 * 24 * 60), { externalId: 'm-late' }), resolved, settingsAt(at(8 * 24 * 60)));
		expect(late.outcome).toBe('new');
		expect(late.ticket.previousTicketId).toBe(resolved.id);
		expect(late.ticket.id).not.toBe(resolved.id);
		const closed = joinThread(playerMessage('hi again', at(20), { externalId: 'm-c' }), { ...resolved, status: 'closed' }, settingsAt(at(20)));
		expect(closed.outcome).toBe('new');
	});

	it('a follow-up on a ticket the bot closed reopens it and hands it to people (routing and clocks)', () => {
		const botAnswered: Ticket = { ...playerMessage('how do I reset my password', T0), status: 'resolved', resolvedBy: 'bot' };
		const follow = joinThread(playerMessage('the reset link never arrives', at(3), { externalId: 'm-2' }), botAnswered, settingsAt(at(3)));
		expect(follow.outcome).toBe('reopened');
		expect(follow.needsRouting).toBe(true);
	});

	it('notes are internal and leave the clocks alone; reassign, escalate, priority and category are history entries with the agent', () => {
		let ticket = first();
		const note = act(ticket, { type: 'note', text: 'VIP, be careful' }, 1);
		expect(note.message).toMatchObject({ internal: true });
		expect(note.message?.delivery).toBeUndefined();
		expect(note.ticket.sla?.metrics.firstResponse.state).toBe('running');
		ticket = act(note.ticket, { type: 'reassign', assignee: 'agent-bo' }, 2).ticket;
		expect(ticket.routing?.assignee).toBe('agent-bo');
		ticket = act(ticket, { type: 'escalate', reason: 'needs a payments specialist' }, 3).ticket;
		expect(ticket).toMatchObject({ status: 'escalated', routing: { level: 'L2' } });
		ticket = act(ticket, { type: 'setPriority', priority: 'high', reason: 'VIP' }, 4).ticket;
		ticket = act(ticket, { type: 'setCategory', category: 'deposit', reason: 'it was a deposit' }, 5).ticket;
		expect(ticket).toMatchObject({ priority: 'high', category: 'deposit' });
		const events = ticket.history.filter((h) => h.event.startsWith('agent.'));
		expect(events.map((h) => h.event)).toEqual(['agent.note', 'agent.reassign', 'agent.escalate', 'agent.setPriority', 'agent.setCategory']);
		expect(events.every((h) => (h.detail as { agentId: string }).agentId === 'agent-anna')).toBe(true);
	});

	it('the same action id twice is applied once', () => {
		const once = act(first(), { type: 'reply', text: 'Hello' }, 3);
		const twice = act(once.ticket, { type: 'reply', text: 'Hello' }, 3);
		expect(twice.duplicate).toBe(true);
		expect(twice.ticket).toBe(once.ticket);
	});

	it('refuses bad actions with a status and the field to fix', () => {
		const rejected = (fn: () => unknown) => {
			try {
				fn();
			} catch (error) {
				if (error instanceof ActionRejected) return [error.status, error.field];
				throw error;
			}
			return 'accepted';
		};
		const ticket = first();
		expect(rejected(() => act(ticket, { type: 'reply', text: '   ' }, 1))).toEqual([400, 'text']);
		expect(rejected(() => act(ticket, { type: 'teleport' }, 1))).toEqual([400, 'type']);
		expect(rejected(() => act(ticket, { type: 'reply', text: 'hi', agentId: 'mallory' }, 1))).toEqual([403, 'agentId']);
		expect(rejected(() => act(ticket, { type: 'reassign', assignee: 'mallory' }, 1))).toEqual([403, 'assignee']);
		expect(rejected(() => act(ticket, { type: 'reopen' }, 1))).toEqual([409, 'type']);
		expect(rejected(() => act({ ...ticket, status: 'closed' }, { type: 'resolve' }, 1))).toEqual([409, 'type']);
		expect(rejected(() => act(ticket, { type: 'resolve', expectedUpdatedAt: '2020-01-01T00:00:00Z' }, 1))).toEqual([409, 'expectedUpdatedAt']);
		expect(rejected(() => act(ticket, { type: 'resolve', ticketId: 'tkt_other' }, 1))).toEqual([404, 'ticketId']);
		expect(rejected(() => act(ticket, { type: 'setPriority', priority: 'asap', reason: 'x' }, 1))).toEqual([400, 'priority']);
		expect(rejected(() => act(ticket, { type: 'escalate' }, 1))).toEqual([400, 'reason']);
	});
});

describe('acknowledgements', () => {
	it.each(['thanks!', 'Thank you so much', 'ok grazie', 'dzięki, działa', 'спасибо 👍', 'תודה רבה', 'muchas gracias', '👍'])('%s only confirms', (text) => {
		expect(isAcknowledgement(text)).toBe(true);
	});
	it.each(['thanks but it still does not work', 'ok where is my money', 'grazie, ma il prelievo?', 'спасибо, а когда деньги?', ''])('%s asks for more', (text) => {
		expect(isAcknowledgement(text)).toBe(false);
	});
});
