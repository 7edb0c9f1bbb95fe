/**
 * Renders the Support KPIs HTML report in a real browser (Debian's headless `chromium`): the
 * screenshot is kept in test/artifacts/ (git-ignored) for a person to look at, and the rendered
 * DOM must hold the SVG charts and the Hebrew names and comments. Skipped, with a message, only
 * when chromium is not installed.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

import { runNode } from '../harness/engine';
import { manyClosedTickets } from '../fixtures/closed-tickets';
import { DANA, HEBREW_COMMENT, KPI_TICKETS } from '../fixtures/kpi-tickets';

const run = promisify(execFile);
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');
const YOSSI = 'יוסי לוי';

const describeWithChromium = CHROMIUM ? describe : describe.skip;
if (!CHROMIUM) {
	// eslint-disable-next-line no-console
	console.warn('kpi-report-render: SKIPPED — /usr/bin/chromium is not installed (apt-get install -y chromium)');
}

function chromiumArgs(profile: string, extra: string[], file: string): string[] {
	return [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		`--user-data-dir=${profile}`,
		'--hide-scrollbars',
		...extra,
		`file://${file}`,
	];
}

/**
 * Injected into a copy of the report (the report itself has no scripts): measures where the
 * browser put each character of the Hebrew texts, so the test can check they read right to left.
 */
const PROBE = `<script>
const hebrew = /[\\u0590-\\u05ff]/;
function charLefts(textNode) {
	const lefts = [];
	for (let i = 0; i < textNode.data.length; i++) {
		const range = document.createRange();
		range.setStart(textNode, i);
		range.setEnd(textNode, i + 1);
		lefts.push(range.getBoundingClientRect().left);
	}
	return lefts;
}
function html(el) {
	const node = el.firstChild;
	const lefts = charLefts(node);
	const text = node.data;
	const first = [...text].findIndex((c) => hebrew.test(c));
	const range = document.createRange();
	range.selectNodeContents(el);
	const box = range.getBoundingClientRect();
	const outer = el.getBoundingClientRect();
	return { text, direction: getComputedStyle(el).direction, firstHebrewLeft: lefts[first], lastLeft: lefts[lefts.length - 1], startLeft: lefts[0], textRight: box.right, boxRight: outer.right };
}
const probe = {
	svg: [...document.querySelectorAll('svg.chart text')].filter((t) => hebrew.test(t.textContent)).map((t) => {
		const box = t.getBBox();
		return { text: t.textContent, x: Number(t.getAttribute('x')), first: t.getStartPositionOfChar(0).x, last: t.getStartPositionOfChar(t.getNumberOfChars() - 1).x, left: box.x, right: box.x + box.width };
	}),
	title: html(document.querySelector('h1')),
	names: [...document.querySelectorAll('td bdi')].filter((b) => hebrew.test(b.textContent)).map(html),
	comments: [...document.querySelectorAll('blockquote div[dir=auto]')].filter((d) => hebrew.test(d.textContent)).map(html),
};
const pre = document.createElement('pre');
pre.id = 'probe';
pre.textContent = JSON.stringify(probe);
document.body.appendChild(pre);
</script>`;

interface Measured {
	text: string;
	direction: string;
	firstHebrewLeft: number;
	lastLeft: number;
	startLeft: number;
	textRight: number;
	boxRight: number;
}

describeWithChromium('KPI report in headless Chromium', () => {
	let html: string;
	let htmlFile: string;
	let profile: string;

	beforeAll(async () => {
		const input = [...KPI_TICKETS, ...manyClosedTickets(700, 5)];
		const result = await runNode(
			'supportKpis',
			{
				options: {
					referenceTime: '2026-03-09T06:00:00Z',
					title: 'Weekly support report — דוח שבועי',
					agentNames: {
						names: [
							{ id: 'agent-1', name: DANA },
							{ id: 'agent-2', name: 'Marco Rossi' },
							{ id: 'agent-0', name: YOSSI },
							{ id: 'agent-3', name: 'Дмитрий Соколов' },
							{ id: 'agent-4', name: 'Anna Kowalska' },
						],
					},
				},
			},
			input,
			{ outputs: 2 },
		);
		const binary = result.items('Node', 1)[0].binary!.report;
		html = Buffer.from(binary.data, 'base64').toString('utf8');
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		htmlFile = path.join(ARTIFACTS, 'kpi-report.html');
		fs.writeFileSync(htmlFile, html);
		profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-chromium-'));
	});

	afterAll(() => {
		if (profile) fs.rmSync(profile, { recursive: true, force: true });
	});

	it('takes a full screenshot that is a real picture', async () => {
		const png = path.join(ARTIFACTS, 'kpi-report.png');
		fs.rmSync(png, { force: true });
		await run(CHROMIUM!, chromiumArgs(profile, [`--screenshot=${png}`, '--window-size=1200,1600'], htmlFile), { timeout: 90000 });
		const bytes = fs.readFileSync(png);
		expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(bytes.readUInt32BE(16)).toBe(1200); // IHDR width
		expect(bytes.readUInt32BE(20)).toBe(1600); // IHDR height
		// A blank or error page compresses to a few kB; charts, tiles and text do not.
		expect(bytes.length).toBeGreaterThan(60000);
	});

	it('renders the SVG charts and the Hebrew text into the DOM', async () => {
		const { stdout } = await run(CHROMIUM!, chromiumArgs(profile, ['--dump-dom'], htmlFile), { timeout: 90000, maxBuffer: 64 * 2 ** 20 });
		expect(stdout.match(/<svg [^>]*class="chart"/g)).toHaveLength(3);
		expect(stdout).toContain('Tickets resolved per agent');
		expect(stdout).toMatch(/<rect [^>]*fill="#4f46e5"/);
		expect(stdout).toMatch(/<polyline points="[\d., ]+"/);
		expect(stdout).toContain(`<bdi>${DANA}</bdi>`);
		expect(stdout).toContain(`<div dir="auto">${HEBREW_COMMENT}</div>`);
		// Hebrew chart labels carry their own direction so they stay right-to-left inside the LTR layout.
		expect(stdout).toMatch(new RegExp(`direction="rtl"[^>]*>${YOSSI}</text>`));
		expect(stdout).toContain('דוח שבועי');
	});

	it('lays Hebrew out right to left: chart labels, names, comments and a mixed title', async () => {
		const probed = path.join(ARTIFACTS, 'kpi-report.probe.html');
		fs.writeFileSync(probed, html.replace('</body>', `${PROBE}</body>`));
		const { stdout } = await run(CHROMIUM!, chromiumArgs(profile, ['--dump-dom', '--window-size=1200,1600'], probed), { timeout: 90000, maxBuffer: 64 * 2 ** 20 });
		const json = /<pre id="probe">([^<]*)<\/pre>/.exec(stdout)?.[1];
		expect(json).toBeDefined();
		const probe = JSON.parse(json!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as {
			svg: Array<{ text: string; x: number; first: number; last: number; left: number; right: number }>;
			title: Measured;
			names: Measured[];
			comments: Measured[];
		};
		// Bar labels: the first letter is the rightmost, and the label still ends just before its bar.
		const labels = probe.svg.filter((t) => t.text === YOSSI || t.text === DANA);
		expect(labels.length).toBeGreaterThanOrEqual(4);
		for (const label of labels) {
			expect(label.first).toBeGreaterThan(label.last);
			expect(Math.abs(label.right - label.x)).toBeLessThan(1.5);
		}
		// Table names: isolated right-to-left runs.
		expect(probe.names.map((n) => n.text).sort()).toEqual([YOSSI, DANA].sort());
		for (const name of probe.names) expect(name.startLeft).toBeGreaterThan(name.lastLeft);
		// The Hebrew comment takes its direction from its own text and aligns right.
		expect(probe.comments).toHaveLength(1);
		expect(probe.comments[0]).toMatchObject({ text: HEBREW_COMMENT, direction: 'rtl' });
		expect(probe.comments[0].startLeft).toBeGreaterThan(probe.comments[0].lastLeft);
		expect(Math.abs(probe.comments[0].textRight - probe.comments[0].boxRight)).toBeLessThan(2);
		// Mixed English-then-Hebrew title: an LTR paragraph whose Hebrew words read right to left.
		expect(probe.title.direction).toBe('ltr');
		expect(probe.title.firstHebrewLeft).toBeGreaterThan(probe.title.lastLeft);
		expect(probe.title.firstHebrewLeft).toBeGreaterThan(probe.title.startLeft);
	});
});
