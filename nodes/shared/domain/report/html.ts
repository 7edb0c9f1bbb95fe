/**
 * The KPI report as one self-contained HTML file: headline tiles, inline SVG charts (bars per
 * agent, trend per period), tables and the lowest-rated comments. No scripts and no external
 * assets, so it opens offline, as an e-mail attachment or from a webhook response. Names and
 * comments are isolated with dir="auto" / <bdi>, so Hebrew renders right-to-left inside the
 * English layout.
 */
import type { KpiComment, KpiRow } from '../kpis/compute';
import { esc, fmtCount, fmtMinutes, fmtRate } from './format';
import { barChart, trendChart } from './svg';

export interface ReportModel {
	title: string;
	generatedAt: string;
	timeZone: string;
	periodUnit: 'day' | 'week';
	metricNames: string[];
	total: KpiRow;
	agents: KpiRow[];
	channels: KpiRow[];
	periods: KpiRow[];
	comments: KpiComment[];
	/** Agent id → display name. */
	agentNames: Record<string, string>;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f5f6fa;color:#111827;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:28px 24px 40px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 10px}
.sub{color:#6b7280;margin:0}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px;margin-top:20px}
.tile{background:#fff;border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.tile .label{color:#6b7280;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.tile .value{font-size:24px;font-weight:650;margin-top:2px}
.tile .note{color:#6b7280;font-size:12px}
.card{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.06);overflow-x:auto}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px}
@media (max-width:1000px){.pair{grid-template-columns:1fr}}
svg.chart{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
th,td{padding:6px 8px;border-bottom:1px solid #eef0f4;white-space:nowrap}
th{vertical-align:bottom;line-height:1.25}
th{text-align:start;color:#6b7280;font-weight:600;font-size:12px}
td.n,th.n{text-align:end}
td.name{max-width:240px;overflow:hidden;text-overflow:ellipsis}
.id{color:#9ca3af;font-size:12px}
.bad{color:#dc2626}.good{color:#059669}
blockquote{margin:0 0 10px;padding:10px 14px;background:#fff;border-inline-start:4px solid #f59e0b;border-radius:6px}
blockquote .meta{color:#6b7280;font-size:12px;margin-top:4px}
footer{color:#6b7280;font-size:12px;margin-top:28px}
`;

function name(model: ReportModel, agent: unknown): string {
	const id = String(agent ?? '');
	return model.agentNames[id] ?? id;
}

function tile(label: string, value: string, note = ''): string {
	return `<div class="tile"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div>${note ? `<div class="note">${esc(note)}</div>` : ''}</div>`;
}

function complianceClass(value: unknown): string {
	if (typeof value !== 'number') return '';
	return value >= 0.9 ? ' good' : value < 0.75 ? ' bad' : '';
}

function capitalised(metric: string): string {
	return metric.charAt(0).toUpperCase() + metric.slice(1);
}

function metricLabel(metric: string): string {
	return capitalised(metric.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

function table(rows: KpiRow[], first: { title: string; cell: (row: KpiRow) => string }): string {
	const head = [
		`<th>${esc(first.title)}</th>`,
		'<th class="n">Tickets</th><th class="n">Resolved</th><th class="n">First response<br>median · p90</th>',
		'<th class="n">Resolution<br>median · p90</th><th class="n">SLA</th><th class="n">CSAT</th>',
		'<th class="n">FCR</th><th class="n">Reopened</th><th class="n">Bot</th>',
	].join('');
	const body = rows
		.map((r) =>
			[
				'<tr>',
				first.cell(r),
				`<td class="n">${fmtCount(r.tickets)}</td><td class="n">${fmtCount(r.ticketsResolved)}</td>`,
				`<td class="n">${minutesPair(r.firstResponseMedianMinutes, r.firstResponseP90Minutes)}</td>`,
				`<td class="n">${minutesPair(r.resolutionMedianMinutes, r.resolutionP90Minutes)}</td>`,
				`<td class="n${complianceClass(r.slaCompliance)}">${fmtRate(r.slaCompliance)}</td>`,
				`<td class="n">${fmtRate(r.csatScore)}<span class="id"> (${fmtCount(r.csatResponses)})</span></td>`,
				`<td class="n">${fmtRate(r.firstContactResolutionRate)}</td><td class="n">${fmtRate(r.reopenRate)}</td><td class="n">${fmtRate(r.botDeflectionRate)}</td>`,
				'</tr>',
			].join(''),
		)
		.join('');
	return `<div class="card"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function agentCell(model: ReportModel, row: KpiRow): string {
	const id = String(row.agent ?? '');
	const shown = name(model, id);
	const idNote = shown !== id ? ` <span class="id" dir="ltr">${esc(id)}</span>` : '';
	return `<td class="name"><bdi>${esc(shown)}</bdi>${idNote}</td>`;
}

function dateRange(total: KpiRow): string {
	const from = typeof total.from === 'string' ? total.from.slice(0, 10) : null;
	const to = typeof total.to === 'string' ? total.to.slice(0, 10) : null;
	if (!from || !to) return 'no dated tickets';
	return from === to ? from : `${from} – ${to}`;
}

/** Period label for the chart axis: without the year when every period is in the same year. */
function shortPeriod(periods: KpiRow[], period: string): string {
	const years = new Set(periods.map((r) => String(r.period).slice(0, 4)));
	return years.size === 1 && /^\d{4}-/.test(period) ? period.slice(5) : period;
}

function minutesPair(median: unknown, p90: unknown): string {
	if (typeof median !== 'number') return '—';
	return `${fmtMinutes(median)}<span class="id"> · ${fmtMinutes(p90)}</span>`;
}

export function renderKpiReport(model: ReportModel): string {
	const t = model.total;
	const unit = model.periodUnit === 'week' ? 'week' : 'day';
	const tiles = [
		tile('Tickets', fmtCount(t.tickets), `${fmtCount(t.ticketsResolved)} resolved`),
		tile('First response', fmtMinutes(t.firstResponseMedianMinutes), `median · p90 ${fmtMinutes(t.firstResponseP90Minutes)} · mean ${fmtMinutes(t.firstResponseMeanMinutes)}`),
		tile('Resolution time', fmtMinutes(t.resolutionMedianMinutes), `median · p90 ${fmtMinutes(t.resolutionP90Minutes)} · mean ${fmtMinutes(t.resolutionMeanMinutes)}`),
		tile('SLA compliance', fmtRate(t.slaCompliance), `${fmtCount(t.slaMet)} met · ${fmtCount(t.slaBreached)} breached`),
		...model.metricNames.map((m) =>
			tile(`SLA ${metricLabel(m)}`, fmtRate(t[`sla${capitalised(m)}Compliance`]), `${fmtCount(t[`sla${capitalised(m)}Breached`])} breached`),
		),
		tile('CSAT', fmtRate(t.csatScore), `share of 4–5 · ${fmtCount(t.csatResponses)} ratings · average ${t.csatAverage ?? '—'}`),
		tile('First-contact resolution', fmtRate(t.firstContactResolutionRate), 'of resolved tickets'),
		tile('Reopen rate', fmtRate(t.reopenRate), `${fmtCount(t.reopened)} reopened`),
		tile('Bot deflection', fmtRate(t.botDeflectionRate), `${fmtCount(t.botResolved)} resolved by the bot`),
	].join('');

	const agents = model.agents;
	const resolvedBars = agents.map((r) => ({ label: name(model, r.agent), value: r.ticketsResolved as number }));
	const responseBars = agents
		.filter((r) => r.firstResponseMedianMinutes !== null)
		.map((r) => ({ label: name(model, r.agent), value: r.firstResponseMedianMinutes as number, display: fmtMinutes(r.firstResponseMedianMinutes) }));
	const trend = model.periods.map((r) => ({ label: shortPeriod(model.periods, String(r.period)), count: (r.ticketsResolved as number) ?? 0, share: (r.csatScore as number | null) ?? null }));

	const comments = model.comments
		.map(
			(c) =>
				`<blockquote><div dir="auto">${esc(c.comment)}</div><div class="meta">CSAT ${c.score} of 5 · <bdi>${esc(name(model, c.agent))}</bdi> · ${esc(c.channel)} · ${esc(c.period)} · <span dir="ltr">${esc(c.ticketId)}</span></div></blockquote>`,
		)
		.join('');

	return [
		'<!DOCTYPE html>',
		'<html lang="en" dir="ltr"><head><meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${esc(model.title)}</title><style>${STYLE}</style></head><body><main>`,
		`<header><h1 dir="auto">${esc(model.title)}</h1>`,
		`<p class="sub">${esc(dateRange(t))} · ${fmtCount(t.tickets)} tickets · periods by ${unit} in ${esc(model.timeZone)} · generated ${esc(model.generatedAt.replace('T', ' ').slice(0, 16))} UTC</p></header>`,
		`<section class="tiles">${tiles}</section>`,
		'<h2>Agents</h2>',
		`<section class="pair"><div class="card">${barChart('Tickets resolved per agent', resolvedBars)}</div>`,
		`<div class="card">${barChart('Median first response per agent', responseBars, { color: '#7c3aed' })}</div></section>`,
		`<h2>Trend per ${unit}</h2>`,
		`<section class="card">${trendChart(`Tickets resolved and CSAT per ${unit}`, trend, { count: 'Tickets resolved', share: 'CSAT (share of 4–5)' })}</section>`,
		'<h2>Per agent</h2>',
		table(agents, { title: 'Agent', cell: (r) => agentCell(model, r) }),
		'<h2>Per channel</h2>',
		table(model.channels, { title: 'Channel', cell: (r) => `<td class="name">${esc(r.channel)}</td>` }),
		`<h2>Per ${unit}</h2>`,
		table(model.periods, { title: unit === 'week' ? 'Week' : 'Day', cell: (r) => `<td class="name">${esc(r.period)}</td>` }),
		model.comments.length > 0 ? `<h2>Lowest-rated comments</h2><section>${comments}</section>` : '',
		'<footer>First response and resolution are wall-clock times from the start of the SLA clock (else ticket creation). ',
		'SLA compliance counts finished metrics only (achieved ÷ achieved + breached). CSAT is the share of ratings 4–5. ',
		'FCR, reopen rate and bot deflection are shares of resolved tickets. Full definitions: docs/kpis.md of n8n-nodes-igaming-support.</footer>',
		'</main></body></html>',
	].join('\n');
}
