import { createCrmServer, type CrmServer } from '../../tools/crm-server/server';
import { assertTicket } from '../../nodes/shared/domain/ticket';
import { handOffPayloads } from './support/payloads';
import { loadWorkflow, newTables, runShipped, webhookItem } from './support/shipped';

const intake = loadWorkflow('intake-pipeline.json');
const monitor = loadWorkflow('sla-monitor.json');

describe('SLA monitor workflow (engine-run)', () => {
	let crm: CrmServer;
	beforeAll(async () => {
		crm = await createCrmServer({ port: 0, host: '127.0.0.1', apiKey: 'demo-crm-key' });
	});
	afterAll(async () => {
		await crm.close();
	});

	it('escalates a ticket whose clock ran out, stores it and notifies once; a fresh ticket stays', async () => {
		const tables = newTables();
		const hourAgo = new Date(Date.now() - 60 * 60_000).toISOString();
		const old = handOffPayloads('sla-old', hourAgo).dispute;
		const fresh = handOffPayloads('sla-fresh').dispute;
		for (const body of [old, fresh]) {
			const { response } = await runShipped(intake, { tables, crmUrl: crm.url, startNode: 'Chat Webhook', input: [webhookItem(body)] });
			expect(response?.statusCode).toBe(200);
		}
		const [oldRow, freshRow] = tables.rows('support_tickets');

		const run = await runShipped(monitor, { tables, crmUrl: crm.url, startNode: 'Every Minute', input: [{}] });
		expect(run.result.error).toBeUndefined();
		const after = tables.rows('support_tickets');
		const escalated = after.find((r) => r.ticketId === oldRow.ticketId)!;
		const ticket = assertTicket(JSON.parse(String(escalated.ticket)));
		expect(escalated.slaState).toBe('breached');
		expect(ticket.status).toBe('escalated');
		const next: Record<string, string> = { L1: 'L2', L2: 'L3' };
		expect(escalated.level).toBe(next[String(oldRow.level)]);
		expect(ticket.history.map((h) => h.event)).toContain('escalated');
		const untouched = after.find((r) => r.ticketId === freshRow.ticketId)!;
		expect(untouched.ticket).toBe(freshRow.ticket);
		expect(tables.rows('support_notifications').filter((n) => n.kind === 'breached').map((n) => n.ticketId)).toEqual([oldRow.ticketId]);

		// the next minute: nothing is escalated twice
		await runShipped(monitor, { tables, crmUrl: crm.url, startNode: 'Every Minute', input: [{}] });
		expect(tables.rows('support_tickets').find((r) => r.ticketId === oldRow.ticketId)!.ticket).toBe(escalated.ticket);
	});

	it('warns the team once about a ticket close to its due time, without escalating it', async () => {
		const tables = newTables();
		const nearlyDue = handOffPayloads('sla-risk', new Date(Date.now() - 4.5 * 60_000).toISOString()).dispute;
		const { response } = await runShipped(intake, { tables, crmUrl: crm.url, startNode: 'Chat Webhook', input: [webhookItem(nearlyDue)] });
		expect(response?.statusCode).toBe(200);
		const [before] = tables.rows('support_tickets');

		await runShipped(monitor, { tables, crmUrl: crm.url, startNode: 'Run Now', input: [{}] });
		await runShipped(monitor, { tables, crmUrl: crm.url, startNode: 'Every Minute', input: [{}] });
		const warnings = tables.rows('support_notifications').filter((n) => n.kind === 'at_risk');
		expect(warnings.map((n) => n.ticketId)).toEqual([before.ticketId]);
		expect(String(warnings[0].message)).toMatch(/firstResponse due/);
		const [after] = tables.rows('support_tickets');
		expect(after.slaState).toBe('running');
		expect(after.level).toBe(before.level);
	});
});
