import { buildTicket } from '../../../nodes/shared/domain/intake';
import { DEFAULT_SLA_POLICIES, selectPolicy } from '../../../nodes/shared/domain/sla/policy';
import { start } from '../../../nodes/shared/domain/sla/metrics';
import { conversationSettings } from '../../../nodes/shared/domain/conversation/settings';
import type { Channel, Ticket } from '../../../nodes/shared/domain/ticket';

/** A player's message as Ticket Intake makes it (real classification and language detection). */
export function playerMessage(
	text: string,
	at: string,
	options: { channel?: Channel; externalId?: string; threadKey?: string; player?: Ticket['player']; subject?: string } = {},
): Ticket {
	const channel = options.channel ?? 'chat';
	return buildTicket(
		{
			channel,
			externalId: options.externalId ?? `m-${at}`,
			threadKey: options.threadKey ?? `${channel}:conv-1`,
			player: options.player ?? { id: 'p-1001', email: 'anna@example.com', telegramId: '555', whatsappId: '393331234567', viberId: 'vb-1' },
			body: text,
			sentAt: at,
			subject: options.subject,
		},
		{ now: at, maxBodyLength: 20000, fallbackLanguage: 'und' },
	);
}

/** The ticket as the pipeline stores it for a person: clocks started, routed to an agent. */
export function handedToAgent(ticket: Ticket): Ticket {
	const started = start(ticket, selectPolicy(DEFAULT_SLA_POLICIES, ticket), [], ticket.createdAt);
	return { ...started, messages: [{ id: ticket.id, at: ticket.createdAt, from: 'player', channel: ticket.channel, text: ticket.body, externalId: ticket.externalId }], routing: { queue: 'payments', level: 'L1', assignee: 'agent-anna', rule: 'Payments', reason: 'deposit or withdrawal' } };
}

export const settingsAt = (now: string, agents?: string[]) => conversationSettings({ now, agents: agents ? new Set(agents) : undefined });
