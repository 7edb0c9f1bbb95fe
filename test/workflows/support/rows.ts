/**
 * The support_tickets row the shipped workflows write for a ticket (the same columns as their
 * "Store Ticket" steps), for seeding the table in tests.
 */
type Json = Record<string, unknown>;

export function ticketRow(ticket: Json): Record<string, string | null> {
	const metrics = Object.values(((ticket.sla as Json | undefined)?.metrics ?? {}) as Record<string, { state: string; dueAt: string }>);
	const routing = (ticket.routing ?? {}) as Json;
	const crm = (ticket.crm ?? {}) as Json;
	const player = (ticket.player ?? {}) as Json;
	const slaState = metrics.some((m) => m.state === 'breached')
		? 'breached'
		: metrics.some((m) => m.state === 'running')
			? 'running'
			: ticket.sla
				? 'done'
				: null;
	const str = (v: unknown) => (v === undefined || v === null ? null : String(v));
	return {
		ticketId: str(ticket.id),
		threadKey: str(ticket.threadKey),
		status: str(ticket.status),
		queue: str(routing.queue),
		level: str(routing.level),
		assignee: str(routing.assignee),
		channel: str(ticket.channel),
		language: str(ticket.language),
		category: str(ticket.category),
		priority: str(ticket.priority),
		playerId: str(player.id),
		vipTier: str(crm.vipTier),
		slaState,
		slaDueAt: metrics.filter((m) => m.state === 'running').map((m) => m.dueAt).sort()[0] ?? null,
		flags: ((ticket.tags ?? []) as string[]).filter((t) => /^(crm|rg|manual_triage|bot)/.test(t)).join(','),
		ticketCreatedAt: str(ticket.createdAt),
		ticketUpdatedAt: str(ticket.updatedAt),
		ticket: JSON.stringify(ticket),
	};
}
