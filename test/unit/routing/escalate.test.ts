import { escalate } from '../../../nodes/shared/domain/routing/escalate';
import { makeTicket, NOW } from './fixtures';

const routed = (level: string) =>
	makeTicket({ status: 'open', routing: { queue: 'payments', level, rule: 'money', reason: 'deposit question' } });

describe('escalate', () => {
	it('raises L1 to L2 in the same queue, sets status and records history', () => {
		const ticket = routed('L1');
		const result = escalate(ticket, 'SLA breached', NOW);
		expect(result.from).toBe('L1');
		expect(result.to).toBe('L2');
		expect(result.flag).toBeUndefined();
		expect(result.ticket.status).toBe('escalated');
		expect(result.ticket.routing).toMatchObject({ queue: 'payments', level: 'L2', rule: 'money', reason: 'SLA breached' });
		expect(result.ticket.history).toEqual([
			{ at: NOW, event: 'escalated', detail: { from: 'L1', to: 'L2', queue: 'payments', reason: 'SLA breached' } },
		]);
		expect(result.ticket.updatedAt).toBe(NOW);
		expect(ticket.routing!.level).toBe('L1');
		expect(ticket.history).toHaveLength(0);
	});

	it('raises L2 to L3', () => {
		expect(escalate(routed('L2'), 'complex', new Date(NOW)).ticket.routing!.level).toBe('L3');
	});

	it('keeps L3 at L3 and flags max_level', () => {
		const result = escalate(routed('L3'), 'still unhappy', NOW);
		expect(result.to).toBe('L3');
		expect(result.flag).toBe('max_level');
		expect(result.ticket.history[0].detail).toMatchObject({ flag: 'max_level' });
	});

	it('treats a ticket without routing as L1 in the general queue', () => {
		const result = escalate(makeTicket(), 'manual', NOW);
		expect(result.ticket.routing).toMatchObject({ queue: 'general', level: 'L2', rule: 'escalation' });
	});
});
