import { closedTicket } from '../fixtures/closed-tickets';
import { loadWorkflow, newTables, runShipped } from './support/shipped';
import { ticketRow } from './support/rows';

const workflow = loadWorkflow('kpi-report.json');
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('Weekly KPI report workflow (engine-run)', () => {
	it('computes KPIs over the last 7 days per agent, channel and day, stores the rows once per report day, and renders the HTML report', async () => {
		const tables = newTables();
		const tickets = [
			closedTicket({ id: 'tkt_k1', agent: 'agent-a', channel: 'chat', createdAt: hoursAgo(30), firstResponseMin: 2, resolutionMin: 10, csat: 5 }),
			closedTicket({ id: 'tkt_k2', agent: 'agent-a', channel: 'email', createdAt: hoursAgo(20), firstResponseMin: 8, resolutionMin: 50, csat: 2 }),
			closedTicket({ id: 'tkt_k3', agent: 'agent-b', channel: 'chat', createdAt: hoursAgo(10), firstResponseMin: 4, resolutionMin: 12, csat: 4 }),
			closedTicket({ id: 'tkt_k4', channel: 'chat', createdAt: hoursAgo(5), resolutionMin: 1, resolvedBy: 'bot' }),
			closedTicket({ id: 'tkt_old', agent: 'agent-a', channel: 'chat', createdAt: hoursAgo(24 * 30), firstResponseMin: 1, resolutionMin: 5 }),
		];
		tables.seed('support_tickets', tickets.map((t) => ticketRow(t)));

		const run = await runShipped(workflow, { tables, crmUrl: 'http://127.0.0.1:9', startNode: 'Every Monday', input: [{}] });
		expect(run.result.error).toBeUndefined();
		const stored = tables.rows('kpi_reports');
		const total = stored.find((r) => r.dimension === 'total');
		expect(total).toBeDefined();
		const metrics = JSON.parse(String(total!.metrics)) as { tickets: number; ticketsResolved: number };
		expect(metrics.tickets).toBe(4); // the 30-day-old ticket is outside the window
		const agents = stored.filter((r) => r.dimension === 'agent').map((r) => r.key);
		expect(agents).toEqual(expect.arrayContaining(['agent-a', 'agent-b']));
		const agentA = JSON.parse(String(stored.find((r) => r.dimension === 'agent' && r.key === 'agent-a')!.metrics)) as { tickets: number };
		expect(agentA.tickets).toBe(2);

		const report = run.result.items('Support KPIs', 1)[0];
		expect(report.binary?.report?.mimeType).toBe('text/html');

		// running it again the same day replaces the day's rows instead of adding more
		await runShipped(workflow, { tables, crmUrl: 'http://127.0.0.1:9', startNode: 'Run Now', input: [{}] });
		expect(tables.rows('kpi_reports')).toHaveLength(stored.length);
	});
});
