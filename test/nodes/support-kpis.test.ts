import type { INodeParameters } from 'n8n-workflow';

import { runNode, runWorkflow } from '../harness/engine';
import { manyClosedTickets } from '../fixtures/closed-tickets';
import { AGENT_NAMES, DANA, HEBREW_COMMENT, KPI_TICKETS } from '../fixtures/kpi-tickets';

const REF = '2026-03-09T06:00:00Z';

async function kpis(parameters: INodeParameters = {}, input = KPI_TICKETS) {
	const result = await runNode('supportKpis', { options: { referenceTime: REF, agentNames: AGENT_NAMES }, ...parameters }, input, { outputs: 2 });
	const rows = result.items('Node', 0);
	const report = result.items('Node', 1);
	const row = (dimension: string, group: string) => {
		const found = rows.find((r) => r.json.dimension === dimension && r.json.group === group);
		if (!found) throw new Error(`no ${dimension} row ${group}: ${rows.map((r) => `${r.json.dimension}/${r.json.group}`).join(', ')}`);
		return found;
	};
	return { result, rows, report, row };
}

describe('Support KPIs node (through the engine), against hand-computed figures', () => {
	it('computes the totals', async () => {
		const { row } = await kpis();
		const total = row('total', 'all');
		expect(total.json).toMatchObject({
			tickets: 7,
			ticketsResolved: 6,
			// human first responses 1, 2, 3, 4, 6, 8 (the bot-resolved T6 has none)
			firstResponseCount: 6,
			firstResponseMeanMinutes: 4,
			firstResponseMedianMinutes: 3.5,
			firstResponseP90Minutes: 8,
			// resolution times of the six resolved tickets: 3, 6, 10, 12, 20, 30
			resolutionCount: 6,
			resolutionMeanMinutes: 13.5,
			resolutionMedianMinutes: 11,
			resolutionP90Minutes: 30,
			slaFirstResponseMet: 4,
			slaFirstResponseBreached: 2,
			slaFirstResponseCompliance: 0.6667,
			slaResolutionMet: 4,
			slaResolutionBreached: 2,
			slaResolutionCompliance: 0.6667,
			slaCompliance: 0.6667,
			csatResponses: 5,
			csatSatisfied: 3,
			csatScore: 0.6,
			csatAverage: 3.8,
			firstContactResolved: 4,
			firstContactResolutionRate: 0.6667,
			reopened: 1,
			reopenRate: 0.1667,
			botResolved: 1,
			botDeflectionRate: 0.1667,
			from: '2026-03-02T09:10:00.000Z',
			to: '2026-03-03T14:00:00.000Z',
		});
		expect(total.pairedItem).toEqual([0, 1, 2, 3, 4, 5, 6].map((item) => ({ item })));
	});

	it('computes the rows per agent', async () => {
		const { row } = await kpis();
		expect(row('agent', 'agent-1').json).toMatchObject({
			agent: 'agent-1',
			tickets: 3,
			ticketsResolved: 3,
			firstResponseMeanMinutes: 4.67,
			firstResponseMedianMinutes: 4,
			firstResponseP90Minutes: 8,
			resolutionMeanMinutes: 17.33,
			resolutionMedianMinutes: 12,
			resolutionP90Minutes: 30,
			slaFirstResponseCompliance: 0.6667,
			slaResolutionCompliance: 0.6667,
			csatScore: 0.6667,
			csatAverage: 3.67,
			firstContactResolutionRate: 0.3333,
			reopenRate: 0.3333,
			botDeflectionRate: 0,
		});
		expect(row('agent', 'agent-1').pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(row('agent', 'agent-2').json).toMatchObject({
			tickets: 3,
			ticketsResolved: 2,
			firstResponseMeanMinutes: 3.33,
			firstResponseMedianMinutes: 3,
			firstResponseP90Minutes: 6,
			resolutionMeanMinutes: 13,
			resolutionMedianMinutes: 13,
			resolutionP90Minutes: 20,
			slaFirstResponseCompliance: 0.6667,
			slaResolutionCompliance: 0.5,
			csatScore: 0,
			firstContactResolutionRate: 1,
			reopenRate: 0,
		});
		expect(row('agent', '(bot)').json).toMatchObject({
			tickets: 1,
			firstResponseCount: 0,
			firstResponseMedianMinutes: null,
			resolutionMedianMinutes: 3,
			botDeflectionRate: 1,
			slaFirstResponseCompliance: null,
		});
	});

	it('computes the rows per channel and per day (by resolution time)', async () => {
		const { row, rows } = await kpis();
		expect(row('channel', 'chat').json).toMatchObject({
			tickets: 5,
			ticketsResolved: 4,
			firstResponseMeanMinutes: 2.5,
			firstResponseMedianMinutes: 2.5,
			firstResponseP90Minutes: 4,
			resolutionMeanMinutes: 7.75,
			resolutionMedianMinutes: 8,
			resolutionP90Minutes: 12,
		});
		expect(row('channel', 'email').json).toMatchObject({ tickets: 1, slaCompliance: 0 });
		expect(row('day', '2026-03-02').json).toMatchObject({ tickets: 3, ticketsResolved: 3, csatScore: 0.3333, periodStart: '2026-03-02' });
		expect(row('day', '2026-03-03').json).toMatchObject({ tickets: 4, ticketsResolved: 3, csatScore: 1 });
		expect(rows.map((r) => r.json.dimension)).toEqual(['total', 'agent', 'agent', 'agent', 'channel', 'channel', 'channel', 'day', 'day']);
	});

	it('keeps the same columns on every row so they store in one table', async () => {
		const { rows } = await kpis();
		const columns = Object.keys(rows[0].json).sort();
		for (const r of rows) expect(Object.keys(r.json).sort()).toEqual(columns);
	});

	it('buckets days in the chosen time zone and weeks by ISO week', async () => {
		const auckland = await kpis({ options: { referenceTime: REF, timeZone: 'Pacific/Auckland' } });
		const days = auckland.rows.filter((r) => r.json.dimension === 'day').map((r) => [r.json.period, r.json.tickets]);
		expect(days).toEqual([
			['2026-03-02', 2],
			['2026-03-03', 2],
			['2026-03-04', 3],
		]);
		const weekly = await kpis({ period: 'week' });
		expect(weekly.row('week', '2026-W10').json).toMatchObject({ tickets: 7, periodStart: '2026-03-02', periodUnit: 'week' });
		const created = await kpis({ options: { referenceTime: REF, periodBasis: 'created' } });
		expect(created.row('day', '2026-03-03').json).toMatchObject({ tickets: 4 });
	});

	it('groups by the chosen dimensions, or by their combinations', async () => {
		const onlyAgents = await kpis({ groupBy: ['agent'] });
		expect(onlyAgents.rows.map((r) => r.json.group)).toEqual(['all', '(bot)', 'agent-1', 'agent-2']);
		const crossed = await kpis({ groupBy: ['agent', 'channel'], options: { referenceTime: REF, crossGroups: true } });
		expect(crossed.rows.map((r) => r.json.group)).toEqual([
			'all',
			'(bot) | chat',
			'agent-1 | chat',
			'agent-1 | email',
			'agent-2 | chat',
			'agent-2 | telegram',
		]);
		expect(crossed.row('agent+channel', 'agent-1 | chat').json).toMatchObject({ agent: 'agent-1', channel: 'chat', tickets: 2, reopenRate: 0.5 });
	});

	it('emits one report item: json summary and an HTML file with charts, names and comments', async () => {
		const { report, result } = await kpis({ options: { referenceTime: REF, agentNames: AGENT_NAMES, title: 'דוח שבועי' } });
		expect(report).toHaveLength(1);
		expect(report[0].json).toMatchObject({ title: 'דוח שבועי', generatedAt: '2026-03-09T06:00:00.000Z', fileName: 'support-kpis.html' });
		expect((report[0].json.total as { tickets: number }).tickets).toBe(7);
		const binary = report[0].binary!.report;
		expect(binary).toMatchObject({ mimeType: 'text/html', fileName: 'support-kpis.html', fileExtension: 'html' });
		const html = Buffer.from(binary.data, 'base64').toString('utf8');
		expect(html).toMatch(/^<!DOCTYPE html>/);
		expect(html.match(/<svg /g)?.length).toBe(3);
		expect(html).toContain(`<bdi>${DANA}</bdi>`);
		expect(html).toContain(`<div dir="auto">${HEBREW_COMMENT}</div>`);
		expect(html).toContain('<h1 dir="auto">דוח שבועי</h1>');
		expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
		expect(result.items('Node', 1)[0].pairedItem).toHaveLength(7);
	});

	it('escapes what it prints', async () => {
		const evil = [{ ticket: { ...(KPI_TICKETS[0].ticket as object), csat: { score: 1, at: '2026-03-02T10:00:00Z', comment: '<img src=x onerror=alert(1)>' } } }];
		const { report } = await kpis({}, evil);
		const html = Buffer.from(report[0].binary!.report.data, 'base64').toString('utf8');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('fails on an item without a ticket, naming it, and reports the rest under Continue On Fail', async () => {
		const input = [...KPI_TICKETS, { note: 'not a ticket' }];
		const failed = await runNode('supportKpis', {}, input, { outputs: 2 });
		expect(failed.nodeError('Node')?.message).toMatch(/Item 7: the item has no ticket object/);
		const tolerant = await runNode('supportKpis', {}, input, { outputs: 2, settings: { continueOnFail: true } });
		const rows = tolerant.items('Node', 0);
		expect(rows.filter((r) => r.json.error)).toHaveLength(1);
		expect(rows.find((r) => r.json.dimension === 'total')!.json.tickets).toBe(7);
	});

	it('rejects an unknown time zone with a message naming the option', async () => {
		const result = await runNode('supportKpis', { options: { timeZone: 'Mars/Olympus' } }, KPI_TICKETS, { outputs: 2 });
		expect(result.nodeError('Node')?.message).toMatch(/Invalid setting: unknown time zone 'Mars\/Olympus'/);
	});

	it('summarises what the QA Sampler drew, in one execution', async () => {
		const node = (name: string, type: string, parameters: INodeParameters, x: number) => ({ id: name, name, type, typeVersion: 1, position: [x, 0] as [number, number], parameters });
		const result = await runWorkflow(
			{
				nodes: [
					node('Input', 'n8n-nodes-base.manualTrigger', {}, 0),
					node('QA Sampler', 'n8n-nodes-igaming-support.qaSampler', { mode: 'count', count: 3, options: { seed: 'w' } }, 200),
					node('Support KPIs', 'n8n-nodes-igaming-support.supportKpis', { groupBy: ['agent'], options: { referenceTime: REF } }, 400),
				],
				connections: {
					Input: { main: [[{ node: 'QA Sampler', type: 'main', index: 0 }]] },
					'QA Sampler': { main: [[{ node: 'Support KPIs', type: 'main', index: 0 }]] },
				},
			},
			{ input: manyClosedTickets(300, 4) },
		);
		const sampled = result.items('QA Sampler', 0);
		const rows = result.items('Support KPIs', 0);
		// 4 agents and the (bot) group, 3 each.
		expect(sampled).toHaveLength(15);
		expect(rows[0].json).toMatchObject({ dimension: 'total', tickets: 15 });
		expect(rows.slice(1).map((r) => [r.json.agent, r.json.tickets])).toEqual([
			['(bot)', 3],
			['agent-0', 3],
			['agent-1', 3],
			['agent-2', 3],
			['agent-3', 3],
		]);
	});
});
