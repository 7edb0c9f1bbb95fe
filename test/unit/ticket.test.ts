import { assertTicket, ticketProblems, withHistory, type Ticket } from '../../nodes/shared/domain/ticket';

const valid: Ticket = {
	schemaVersion: 1,
	id: 'tkt_abc',
	channel: 'chat',
	externalId: 'm-1',
	threadKey: 'chat:conv-1',
	player: { id: 'p-1' },
	body: 'I cannot withdraw',
	language: 'en',
	category: 'withdrawal',
	complexity: 'simple',
	priority: 'normal',
	tags: [],
	status: 'new',
	createdAt: '2026-01-31T12:00:00.000Z',
	updatedAt: '2026-01-31T12:00:00.000Z',
	history: [{ at: '2026-01-31T12:00:00.000Z', event: 'created' }],
};

describe('ticket schema', () => {
	it('accepts a complete ticket', () => {
		expect(ticketProblems(valid)).toEqual([]);
		expect(assertTicket(valid)).toBe(valid);
	});

	it('names the wrong field and what is expected', () => {
		expect(() => assertTicket({ ...valid, channel: 'fax' })).toThrow(
			"Invalid field 'ticket.channel': expected one of chat | email | phone | telegram | whatsapp | viber | web_form, got \"fax\"",
		);
		const problems = ticketProblems({ ...valid, sla: { policy: 'p', calendar: 'c', metrics: { firstResponse: { dueAt: 'soon', state: 'late' } } } });
		expect(problems.map((p) => p.field)).toEqual(['sla.metrics.firstResponse.dueAt', 'sla.metrics.firstResponse.state']);
	});

	it('rejects non-UTC timestamps, bad language codes and CSAT out of range', () => {
		const fields = ticketProblems({ ...valid, createdAt: '2026-01-31T12:00:00+02:00', language: 'english', csat: { score: 6, at: valid.createdAt } }).map((p) => p.field);
		expect(fields).toEqual(['language', 'createdAt', 'csat.score']);
	});

	it('keeps fields it does not own and appends history without mutating', () => {
		const extended = { ...valid, custom: { x: 1 } };
		const next = withHistory(extended, '2026-01-31T12:05:00.000Z', 'routed', { queue: 'payments' });
		expect(next.custom).toEqual({ x: 1 });
		expect(next.history).toHaveLength(2);
		expect(extended.history).toHaveLength(1);
		expect(next.updatedAt).toBe('2026-01-31T12:05:00.000Z');
	});
});
