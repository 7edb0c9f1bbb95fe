// Opens the n8n editor in headless Chromium over the DevTools protocol, logged in as the owner:
// shows a shipped workflow on the canvas, searches the node panel ("What happens next?") for
// each of this pack's nodes, then opens one of them in its settings panel; keeps a screenshot
// of each step. Runs on the runtime's Node 24 (global WebSocket and fetch):
//   node editor-check.mjs <n8nUrl> <email> <password> <workflowId> <nodeId> <outDir> [chromium]
// Prints one JSON line: { canvas: { png, found }, creator: { png, found }, panel: { png, found } }.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const [n8nUrl, email, password, workflowId, nodeId, outDir, chromium = '/usr/bin/chromium'] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function login() {
	const response = await fetch(`${n8nUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: email, password }),
	});
	if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('n8n-auth='));
	return cookie.split(';')[0].slice('n8n-auth='.length);
}

function launch(profile) {
	const args = [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-dev-shm-usage',
		`--user-data-dir=${profile}`,
		'--remote-debugging-port=0',
		'--window-size=1600,1000',
		'about:blank',
	];
	return spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function devtoolsPort(profile) {
	const file = path.join(profile, 'DevToolsActivePort');
	for (let i = 0; i < 200; i++) {
		if (fs.existsSync(file)) {
			const [port] = fs.readFileSync(file, 'utf8').split('\n');
			if (port) return Number(port);
		}
		await sleep(100);
	}
	throw new Error('Chromium did not open its DevTools port');
}

function cdp(wsUrl) {
	const ws = new WebSocket(wsUrl);
	let nextId = 1;
	const pending = new Map();
	ws.addEventListener('message', (event) => {
		const message = JSON.parse(event.data);
		if (message.id && pending.has(message.id)) {
			const { resolve, reject } = pending.get(message.id);
			pending.delete(message.id);
			if (message.error) reject(new Error(message.error.message));
			else resolve(message.result);
		}
	});
	const opened = new Promise((resolve, reject) => {
		ws.addEventListener('open', resolve);
		ws.addEventListener('error', reject);
	});
	return {
		opened,
		send(method, params = {}) {
			const id = nextId++;
			ws.send(JSON.stringify({ id, method, params }));
			return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
		},
		close: () => ws.close(),
	};
}

async function evaluate(page, expression) {
	const { result } = await page.send('Runtime.evaluate', { expression, returnByValue: true });
	return result.value;
}

/** Waits until every text in `texts` is on the page; returns the ones found. */
async function waitForTexts(page, texts, timeoutMs = 90000) {
	const started = Date.now();
	let found = [];
	while (Date.now() - started < timeoutMs) {
		const body = (await evaluate(page, 'document.body ? document.body.innerText : ""')) || '';
		found = texts.filter((t) => body.includes(t));
		if (found.length === texts.length) return found;
		await sleep(1000);
	}
	return found;
}

async function screenshot(page, file) {
	const { data } = await page.send('Page.captureScreenshot', { format: 'png' });
	fs.writeFileSync(file, Buffer.from(data, 'base64'));
	return file;
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'igs-chromium-'));
const browser = launch(profile);
let page;
try {
	const token = await login();
	const port = await devtoolsPort(profile);
	const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
	const target = targets.find((t) => t.type === 'page');
	page = cdp(target.webSocketDebuggerUrl);
	await page.opened;
	await page.send('Page.enable');
	await page.send('Runtime.enable');
	await page.send('Network.enable');
	await page.send('Network.setCookie', { name: 'n8n-auth', value: token, url: n8nUrl, path: '/' });
	await page.send('Emulation.setDeviceMetricsOverride', { width: 1600, height: 1000, deviceScaleFactor: 1, mobile: false });
	fs.mkdirSync(outDir, { recursive: true });

	await page.send('Page.navigate', { url: `${n8nUrl}/workflow/${workflowId}` });
	const canvasTexts = ['Ticket Intake', 'Player CRM', 'Support Assistant', 'SLA Timer Start', 'Escalation Router'];
	const canvasFound = await waitForTexts(page, canvasTexts);
	await sleep(1500);
	const canvasPng = await screenshot(page, path.join(outDir, 'editor-intake-canvas.png'));

	// The node panel: open it from the "+" of an output handle, search each of the pack's nodes.
	const plus = await evaluate(
		page,
		`(() => { const r = document.querySelector('[data-test-id="canvas-handle-plus"]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
	);
	for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
		await page.send('Input.dispatchMouseEvent', { type, x: plus.x, y: plus.y, button: 'left', clickCount: 1 });
	}
	const search = async (text) => {
		await evaluate(page, `(() => { const i = document.querySelector('[data-test-id="node-creator-search-bar"]'); i.focus(); i.select(); })()`);
		await page.send('Input.insertText', { text });
		await sleep(800);
		return (await evaluate(page, `(document.querySelector('[data-test-id="node-creator"]') || document.body).innerText`)) || '';
	};
	await waitForTexts(page, ['What happens next?'], 30000);
	const packNodes = ['Ticket Intake', 'SLA Timer', 'Escalation Router', 'Player CRM', 'Support Assistant', 'VIP Bonus Offer', 'QA Sampler', 'Support KPIs', 'Support Conversation', 'Player Reply'];
	const creatorFound = [];
	for (const name of packNodes) if ((await search(name)).includes(name)) creatorFound.push(name);
	await search('Support');
	const creatorPng = await screenshot(page, path.join(outDir, 'editor-node-panel.png'));

	await page.send('Page.navigate', { url: `${n8nUrl}/workflow/${workflowId}/${nodeId}` });
	const panelTexts = ['Verify Signatures', 'Unreadable Messages'];
	const panelFound = await waitForTexts(page, panelTexts, 60000);
	await sleep(1000);
	const panelPng = await screenshot(page, path.join(outDir, 'editor-ticket-intake-panel.png'));
	process.stdout.write(
		`${JSON.stringify({
			canvas: { png: canvasPng, found: canvasFound },
			creator: { png: creatorPng, found: creatorFound },
			panel: { png: panelPng, found: panelFound },
		})}\n`,
	);
} finally {
	page?.close();
	browser.kill('SIGTERM');
	await new Promise((r) => setTimeout(r, 500));
	fs.rmSync(profile, { recursive: true, force: true });
}
