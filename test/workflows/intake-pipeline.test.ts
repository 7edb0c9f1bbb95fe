import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { useReferenceServers } from './support/reference-servers';
import { loadWorkflow, newTables, runShipped, sign, webhookItem } from './support/shipped';
import { handOffPayloads, PAYLOADS } from './support/payloads';
import { waWebhook, whatsapp } from '../fixtures/channels/real-payloads';

const workflow = loadWorkflow('intake-pipeline.json');

describe('Intake pipeline workflow (engine-run, Data Tables in memory, reference CRM)', () => {
	const servers = useReferenceServers();

	/** One delivery to a webhook of the shipped pipeline, against the reference CRM. */
	const deliver = (tables: ReturnType<typeof newTables>, startNode: string, body: Parameters<typeof webhookItem>[0], headers?: Parameters<typeof webhookItem>[1]) =>
		runShipped(workflow, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode, input: [webhookItem(body, headers)] });

	it.each(PAYLOADS.map((p) => [p.label, p] as const))('stores a ticket from %s and answers with it', async (_label, payload) => {
		const tables = newTables();
		const headers = payload.sign ? payload.sign(payload.body) : {};
		const { result, response } = await deliver(tables, payload.webhook, payload.body, headers);
		expect(result.error).toBeUndefined();
		expect(result.executed).not.toContain('Respond Duplicate');
		expect(response?.statusCode).toBe(200);
		const answered = assertTicket(response?.body.ticket);
		expect(answered.channel).toBe(payload.channel);
		expect(answered.language).toBe(payload.language);

		const rows = tables.rows('support_tickets');
		expect(rows).toHaveLength(1);
		expect(rows[0].ticketId).toBe(answered.id);
		expect(rows[0].channel).toBe(payload.channel);
		expect(rows[0].status).toBe(answered.status);
		const stored = JSON.parse(String(rows[0].ticket)) as Ticket;
		expect(stored).toEqual(answered);
		expect(tables.rows('support_notifications').map((n) => n.ticketId)).toEqual([answered.id]);

		// every stage left its mark: CRM facts, then either the assistant's answer or SLA clocks, a queue and an agent
		expect(answered.crm?.vipTier).toBeDefined();
		expect(rows[0].playerId).toBe(payload.playerId);
		const notice = tables.rows('support_notifications')[0];
		if (answered.resolvedBy === 'bot') {
			expect(answered.status).toBe('resolved');
			expect(notice.kind).toBe('answered_by_bot');
		} else {
			expect(Object.keys(answered.sla?.metrics ?? {}).length).toBeGreaterThan(0);
			expect(rows[0].slaState).toBe('running');
			expect(rows[0].queue).toBe(answered.routing?.queue);
			expect(typeof rows[0].assignee).toBe('string');
			expect(notice.kind).toBe('new');
		}
	});

	it('hands what the assistant must not answer to people, routed by guard rails and the rule table', async () => {
		const tables = newTables();
		const cases = handOffPayloads('unit', '2026-03-01T09:58:00.000Z');
		const routed: Record<string, Ticket> = {};
		for (const [name, body] of Object.entries(cases)) {
			const { response } = await deliver(tables, 'Chat Webhook', body);
			expect(response?.statusCode).toBe(200);
			routed[name] = assertTicket(response?.body.ticket);
		}
		expect(routed.rg.routing?.queue).toBe('compliance');
		expect(routed.rg.priority).toBe('urgent');
		expect(routed.vipComplaint.routing?.queue).toBe('vip_manager');
		expect(routed.dispute.routing?.queue).toBe('disputes');
		for (const ticket of Object.values(routed)) {
			expect(ticket.resolvedBy).toBeUndefined();
			expect(ticket.sla?.metrics).toBeDefined();
		}
		expect(tables.rows('support_tickets')).toHaveLength(3);
		expect(tables.rows('support_notifications').map((n) => n.kind)).toEqual(['new', 'new', 'new']);
	});

	it('still stores the ticket, flagged, when the CRM cannot be reached', async () => {
		const tables = newTables();
		const chat = PAYLOADS.find((p) => p.channel === 'chat')!;
		const { response } = await runShipped(workflow, {
			tables,
			crmUrl: 'http://127.0.0.1:9',
			startNode: chat.webhook,
			input: [webhookItem(chat.body)],
		});
		expect(response?.statusCode).toBe(200);
		const ticket = assertTicket(response?.body.ticket);
		expect(ticket.tags).toContain('crm:unavailable');
		expect(ticket.crm).toBeUndefined();
		const rows = tables.rows('support_tickets');
		expect(rows).toHaveLength(1);
		expect(String(rows[0].flags)).toContain('crm:unavailable');
	});

	it('answers a second delivery of the same message with the stored ticket and stores nothing new', async () => {
		const tables = newTables();
		const chat = PAYLOADS.find((p) => p.channel === 'chat')!;
		const first = await deliver(tables, chat.webhook, chat.body);
		const again = await deliver(tables, chat.webhook, chat.body);
		expect(again.response?.statusCode).toBe(200);
		expect(again.response?.body.duplicate).toBe(true);
		expect(again.result.executed).not.toContain('Player CRM');
		expect(Object.fromEntries(Object.entries(again.response?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))['x-duplicate-delivery']).toBe('true');
		expect((again.response?.body.ticket as Ticket).id).toBe((first.response?.body.ticket as Ticket).id);
		expect(tables.rows('support_tickets')).toHaveLength(1);
		expect(tables.rows('support_notifications')).toHaveLength(1);
	});

	it('completes the team notification on redelivery when the first execution died after storing the ticket', async () => {
		const chat = PAYLOADS.find((p) => p.channel === 'chat')!;
		const first = newTables();
		await deliver(first, chat.webhook, chat.body);
		// What a worker killed between "Store Ticket" and "Notify Team" leaves behind: the ticket, no notification.
		const afterCrash = newTables();
		afterCrash.seed('support_tickets', first.rows('support_tickets').map(({ id: _id, createdAt: _c, updatedAt: _u, ...row }) => row));
		const again = await deliver(afterCrash, chat.webhook, chat.body);
		expect(again.response?.statusCode).toBe(200);
		expect(again.response?.body.duplicate).toBe(true);
		const stored = first.rows('support_tickets')[0];
		expect((again.response?.body.ticket as Ticket).id).toBe(stored.ticketId);
		expect(afterCrash.rows('support_tickets')).toHaveLength(1);
		expect(afterCrash.rows('support_notifications').map((n) => [n.notificationId, n.ticketId])).toEqual([[`${String(stored.ticketId)}:new`, stored.ticketId]]);
		expect(first.rows('support_notifications').map((n) => n.kind)).toEqual(afterCrash.rows('support_notifications').map((n) => n.kind));
	});

	it('refuses a malformed payload with 400 and a message naming what was expected, storing nothing', async () => {
		const tables = newTables();
		const { response } = await deliver(tables, 'Chat Webhook', { hello: 'world' });
		expect(response?.statusCode).toBe(400);
		expect(String(response?.body.error)).toMatch(/expected|missing|sender|conversationId|text/i);
		expect(response?.body.stored).toBe(false);
		expect(tables.rows('support_tickets')).toHaveLength(0);
	});

	it('answers a WhatsApp status-only delivery (delivered, read) 200 without a ticket, so Meta does not retry', async () => {
		const tables = newTables();
		const body = waWebhook(whatsapp.statuses);
		const { result, response } = await deliver(tables, 'WhatsApp Webhook', body, sign.whatsapp(body));
		expect(result.error).toBeUndefined();
		expect(response?.statusCode).toBe(200);
		expect(response?.body).toEqual({ ignored: expect.stringMatching(/status/i), stored: false });
		expect(result.executed).not.toContain('Find Stored Ticket');
		expect(tables.rows('support_tickets')).toHaveLength(0);
	});

	it('stores every message of a WhatsApp delivery that batches two players', async () => {
		const tables = newTables();
		const body = waWebhook(whatsapp.twoMessages);
		const { result, response } = await deliver(tables, 'WhatsApp Webhook', body, sign.whatsapp(body));
		expect(result.error).toBeUndefined();
		expect(response?.statusCode).toBe(200);
		const rows = tables.rows('support_tickets');
		expect(rows).toHaveLength(2);
		expect(new Set(rows.map((row) => row.ticketId)).size).toBe(2);
		expect(rows.map((row) => JSON.parse(String(row.ticket)).language).sort()).toEqual(['es', 'it']);
	});

	it('refuses a WhatsApp delivery with a bad signature with 401, storing nothing', async () => {
		const tables = newTables();
		const whatsapp = PAYLOADS.find((p) => p.channel === 'whatsapp')!;
		const { response } = await deliver(tables, whatsapp.webhook, whatsapp.body, { 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) });
		expect(response?.statusCode).toBe(401);
		expect(String(response?.body.error)).toMatch(/signature/);
		expect(tables.rows('support_tickets')).toHaveLength(0);
	});

	it('refuses a Telegram delivery without the secret token', async () => {
		const tables = newTables();
		const telegram = PAYLOADS.find((p) => p.channel === 'telegram')!;
		const { response } = await deliver(tables, telegram.webhook, telegram.body);
		expect(response?.statusCode).toBe(401);
		expect(tables.rows('support_tickets')).toHaveLength(0);
	});

	it('uses the channel of the endpoint: a Telegram-shaped body posted to the WhatsApp endpoint is refused', async () => {
		const tables = newTables();
		const telegram = PAYLOADS.find((p) => p.channel === 'telegram')!;
		const { response } = await deliver(tables, 'WhatsApp Webhook', telegram.body, sign.whatsapp(telegram.body));
		expect(response?.statusCode).toBe(400);
		expect(tables.rows('support_tickets')).toHaveLength(0);
	});
});
