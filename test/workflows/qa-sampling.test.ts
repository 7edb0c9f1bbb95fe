import { closedTicket } from '../fixtures/closed-tickets';
import { loadWorkflow, newTables, runShipped } from './support/shipped';
import { ticketRow } from './support/rows';

const workflow = loadWorkflow('qa-sampling.json');
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describe('Weekly QA sampling workflow (engine-run)', () => {
	it('samples closed tickets of the last 7 days per agent, stores each sample once, skips old and open ones', async () => {
		const tables = newTables();
		const recent = Array.from({ length: 24 }, (_, i) =>
			closedTicket({
				id: `tkt_qa${String(i).padStart(4, '0')}`,
				agent: `agent-${i % 3}`,
				channel: i % 2 ? 'chat' : 'email',
				createdAt: daysAgo(2),
				firstResponseMin: 3,
				resolutionMin: i % 5 === 0 ? 40 : 10,
				csat: i % 4 === 0 ? 1 : 5,
			}),
		);
		const old = closedTicket({ id: 'tkt_qa_old', agent: 'agent-0', createdAt: daysAgo(30), resolutionMin: 10 });
		const open = { ...closedTicket({ id: 'tkt_qa_open', agent: 'agent-0', createdAt: daysAgo(1) }), status: 'open' };
		tables.seed('support_tickets', [...recent, old, open].map((t) => ticketRow(t)));

		const run = await runShipped(workflow, { tables, crmUrl: 'http://127.0.0.1:9', startNode: 'Every Monday', input: [{}] });
		expect(run.result.error).toBeUndefined();
		const samples = tables.rows('qa_samples');
		const agents = new Set(samples.map((s) => s.agent));
		expect(agents).toEqual(new Set(['agent-0', 'agent-1', 'agent-2']));
		for (const agent of agents) expect(samples.filter((s) => s.agent === agent).length).toBeGreaterThanOrEqual(2);
		expect(samples.map((s) => s.ticketId)).not.toContain('tkt_qa_old');
		expect(samples.map((s) => s.ticketId)).not.toContain('tkt_qa_open');
		const first = JSON.parse(String(samples[0].sample)) as { qa: { scorecard: unknown; sampled: boolean } };
		expect(first.qa.sampled).toBe(true);
		expect(first.qa.scorecard).toBeDefined();

		// run again in the same week: the same sample, stored once
		await runShipped(workflow, { tables, crmUrl: 'http://127.0.0.1:9', startNode: 'Run Now', input: [{}] });
		expect(tables.rows('qa_samples').map((s) => s.sampleId).sort()).toEqual(samples.map((s) => s.sampleId).sort());
	});
});
