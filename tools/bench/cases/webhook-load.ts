/**
 * Bench `webhooks` (only with BENCH_N8N=1: it starts real servers): through the real n8n of the
 * demo (n8n 2.40.7 on Node 24, SQLite, one main process, the pack installed from its tarball),
 * webhook requests per second for the intake pipeline at 16 concurrent clients, as a ratio to a
 * Webhook → Respond to Webhook workflow on the same instance in the same run: what our pipeline
 * costs per request over n8n's own floor for a webhook that answers from a node.
 *
 * The stack starts on free ports in a temporary user folder with only the intake pipeline
 * published (the scheduled workflows, e.g. the SLA monitor every minute, would add work of their
 * own during the measurement). The echo workflow is added at run time through the public API.
 * Each side posts up to BENCH_WEBHOOK_REQUESTS (default 800) real-shaped deliveries — every
 * channel, six languages, unique message ids, so every post makes a new ticket — from a
 * keep-alive client pool on 127.0.0.1, bounded to BENCH_WEBHOOK_SECONDS (default 60) per side,
 * without retries (a non-200 or a timeout counts as an error). Afterwards the store must hold
 * exactly one ticket per message answered, else the case fails.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

import { rows } from '../../../test/e2e/support/client';
import { makeDeliveries, percentile, type Delivery } from '../../runtime/queue/traffic';
import { shippedWorkflows } from '../../runtime/demo-setup';
import { startStack, stopAllStacks, type Stack } from '../../runtime/stack';
import { REPEATS, peakRssMb, resetPeak, sampleMemory, type BenchCase, type Row } from '../lib';

const CLIENTS = 16;
const MAX_REQUESTS = Number(process.env.BENCH_WEBHOOK_REQUESTS ?? 800);
const MAX_SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 60);
const REQUEST_TIMEOUT_MS = 30_000;
const WARM_UP = 32;
const INTAKE_WORKFLOW_ID = 'igsIntake0000001';
const ECHO_PATH = 'bench/echo';

const progress = (message: string) => process.stderr.write(`  ${message}\n`);
const quiet = (message: string) => {
	if (process.env.BENCH_VERBOSE === '1') progress(message);
};

/** A row of this case: the shared columns plus latency percentiles and the error count. */
export interface LoadRow extends Row {
	p50Ms: number;
	p95Ms: number;
	errors: number;
}

interface Shot {
	status: number | 'timeout' | 'network';
	ms: number;
	body: string;
}

interface LoadResult {
	/** Wall time from the first request to the last answer. */
	ms: number;
	sent: number;
	/** Requests answered 200. */
	ok: number;
	errors: number;
	latencies: number[];
	/** Delivery index → ticket id in the 200 answer (pipeline) or the raw body (echo). */
	answers: Map<number, string>;
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

async function distinctFreePorts(count: number): Promise<number[]> {
	const ports = new Set<number>();
	while (ports.size < count) ports.add(await freePort());
	return [...ports];
}

/** One POST over the keep-alive agent; never throws (a failure is a status). */
function post(agent: http.Agent, url: URL, raw: string, headers: Record<string, string>): Promise<Shot> {
	const t0 = process.hrtime.bigint();
	const elapsed = () => Number(process.hrtime.bigint() - t0) / 1e6;
	return new Promise((resolve) => {
		const request = http.request(
			url,
			{
				method: 'POST',
				agent,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(raw), ...headers },
				timeout: REQUEST_TIMEOUT_MS,
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: elapsed(), body: Buffer.concat(chunks).toString('utf8') }));
				response.on('error', () => resolve({ status: 'network', ms: elapsed(), body: '' }));
			},
		);
		request.on('timeout', () => {
			request.destroy();
			resolve({ status: 'timeout', ms: elapsed(), body: '' });
		});
		request.on('error', () => resolve({ status: 'network', ms: elapsed(), body: '' }));
		request.end(raw);
	});
}

/**
 * Posts deliveries with CLIENTS concurrent keep-alive clients, stopping at the end of the list or
 * when `seconds` have passed (no new request starts after that), whichever comes first.
 */
async function load(baseUrl: string, deliveries: Delivery[], target: (d: Delivery) => string, seconds: number): Promise<LoadResult> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
	const deadline = Date.now() + seconds * 1000;
	const latencies: number[] = [];
	const answers = new Map<number, string>();
	let next = 0;
	let ok = 0;
	let errors = 0;
	const started = process.hrtime.bigint();
	const client = async () => {
		while (next < deliveries.length && Date.now() < deadline) {
			const index = next++;
			const delivery = deliveries[index];
			const shot = await post(agent, new URL(`${baseUrl}/webhook/${target(delivery)}`), delivery.raw, delivery.headers);
			latencies.push(shot.ms);
			if (shot.status === 200) {
				ok++;
				answers.set(index, shot.body);
			} else {
				errors++;
				if (errors <= 3) progress(`error on ${target(delivery)}: ${shot.status} ${shot.body.slice(0, 200)}`);
			}
			sampleMemory();
		}
	};
	try {
		await Promise.all(Array.from({ length: CLIENTS }, client));
	} finally {
		agent.destroy();
	}
	return { ms: Number(process.hrtime.bigint() - started) / 1e6, sent: next, ok, errors, latencies, answers };
}

/** Adds Webhook (POST /webhook/bench/echo) → Respond to Webhook {ok:true} through the public API and publishes it. */
async function addEchoWorkflow(stack: Stack): Promise<string> {
	const created = await stack.api<{ id: string }>('POST', '/workflows', {
		name: 'Bench: Webhook Echo',
		nodes: [
			{
				id: 'b0c7a1e2-0000-4000-8000-000000000001',
				name: 'Echo Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 0],
				webhookId: 'b0c7a1e2-0000-4000-8000-0000000000e1',
				// The same options as the intake webhooks, so both sides read the body the same way.
				parameters: { httpMethod: 'POST', path: ECHO_PATH, responseMode: 'responseNode', options: { rawBody: true } },
			},
			{
				id: 'b0c7a1e2-0000-4000-8000-000000000002',
				name: 'Respond OK',
				type: 'n8n-nodes-base.respondToWebhook',
				typeVersion: 1.5,
				position: [240, 0],
				parameters: { respondWith: 'json', responseBody: '{ "ok": true }', options: { responseCode: 200 } },
			},
		],
		connections: { 'Echo Webhook': { main: [[{ node: 'Respond OK', type: 'main', index: 0 }]] } },
		// Executions saved as the shipped workflows save them, so both sides pay the same bookkeeping.
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
	});
	await stack.api('POST', `/workflows/${created.id}/publish`);
	return created.id;
}

/** Posts until the webhook answers something other than "not registered" (right after publishing). */
async function waitForWebhook(baseUrl: string, webhookPath: string, delivery: Delivery): Promise<void> {
	const agent = new http.Agent({ keepAlive: false });
	try {
		for (let attempt = 0; attempt < 40; attempt++) {
			const shot = await post(agent, new URL(`${baseUrl}/webhook/${webhookPath}`), delivery.raw, delivery.headers);
			if (shot.status === 200) return;
			if (!(shot.status === 404 && /not registered/i.test(shot.body))) {
				throw new Error(`POST /webhook/${webhookPath} answered ${shot.status}: ${shot.body.slice(0, 300)}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`POST /webhook/${webhookPath} stayed "not registered"`);
	} finally {
		agent.destroy();
	}
}

function toRow(name: string, result: LoadResult, yardstick: string, ratio: number): LoadRow {
	return {
		name,
		items: result.ok,
		ms: Math.round(result.ms),
		itemsPerSecond: Math.round((result.ok / result.ms) * 1000 * 10) / 10,
		peakRssMb: peakRssMb(),
		yardstick,
		ratio: Math.round(ratio * 100) / 100,
		p50Ms: Math.round(percentile(result.latencies, 50)),
		p95Ms: Math.round(percentile(result.latencies, 95)),
		errors: result.errors,
	};
}

/** Ms per answered request (the time bound may stop the two sides at different counts). */
const perRequest = (result: LoadResult) => result.ms / Math.max(1, result.ok);

/**
 * Every message answered 200 must be stored exactly once, under the ticket id the pack derives
 * from it (and answered with that id); no message may be stored twice.
 */
async function verifyStore(stack: Stack, sent: Array<{ deliveries: Delivery[]; result: LoadResult }>): Promise<number> {
	const stored = await rows(stack, 'support_tickets');
	const counts = new Map<string, number>();
	for (const r of stored) counts.set(String(r.ticketId), (counts.get(String(r.ticketId)) ?? 0) + 1);
	const problems: string[] = [];
	let checked = 0;
	for (const { deliveries, result } of sent) {
		for (let i = 0; i < result.sent; i++) {
			const delivery = deliveries[i];
			const count = counts.get(delivery.ticketId) ?? 0;
			const answer = result.answers.get(i);
			if (answer !== undefined) {
				checked++;
				let answeredId: string | undefined;
				try {
					answeredId = (JSON.parse(answer) as { ticket?: { id?: string } }).ticket?.id;
				} catch {
					answeredId = undefined;
				}
				if (answeredId !== delivery.ticketId) problems.push(`${delivery.channel} #${delivery.seq}: answered ticket ${answeredId}, expected ${delivery.ticketId}`);
				if (count !== 1) problems.push(`${delivery.channel} #${delivery.seq} (${delivery.ticketId}): stored ${count} times`);
			} else if (count > 1) {
				problems.push(`${delivery.channel} #${delivery.seq} (${delivery.ticketId}): not answered 200 but stored ${count} times`);
			}
		}
	}
	const duplicates = [...counts].filter(([, n]) => n > 1).length;
	if (duplicates) problems.push(`${duplicates} ticket id(s) stored more than once`);
	if (problems.length) throw new Error(`webhooks: the store does not hold one ticket per message:\n  ${problems.slice(0, 10).join('\n  ')}`);
	return checked;
}

function median<T>(values: T[], key: (value: T) => number): T {
	const sorted = [...values].sort((a, b) => key(a) - key(b));
	return sorted[Math.floor(sorted.length / 2)];
}

async function measure(stack: Stack): Promise<LoadRow[]> {
	const stamp = Date.now().toString(36);
	const toPipeline = (d: Delivery) => `support/${d.endpoint}`;
	const toEcho = () => ECHO_PATH;

	// Warm-up: both webhooks registered, the pack's modules loaded, the CRM connection open.
	const warm = makeDeliveries(WARM_UP, `bench-webhooks-warm-${stamp}`);
	await waitForWebhook(stack.n8nUrl, ECHO_PATH, warm[0]);
	await waitForWebhook(stack.n8nUrl, toPipeline(warm[0]), warm[0]);
	await load(stack.n8nUrl, warm, toEcho, MAX_SECONDS);
	const warmPipeline = await load(stack.n8nUrl, warm.slice(1), toPipeline, MAX_SECONDS);
	if (warmPipeline.errors) throw new Error(`webhooks: ${warmPipeline.errors} errors during the warm-up`);

	const echoRuns: LoadResult[] = [];
	const pipelineRuns: Array<{ deliveries: Delivery[]; result: LoadResult }> = [];
	for (let i = 0; i < REPEATS; i++) {
		// Fresh deliveries each run; the echo gets the same bytes, so only the workflow differs.
		const deliveries = makeDeliveries(MAX_REQUESTS, `bench-webhooks-${stamp}-${i}`);
		const echo = await load(stack.n8nUrl, deliveries, toEcho, MAX_SECONDS);
		echoRuns.push(echo);
		progress(`run ${i + 1} echo: ${echo.ok} answered in ${(echo.ms / 1000).toFixed(1)} s (${((echo.ok / echo.ms) * 1000).toFixed(1)}/s), ${echo.errors} errors`);
		const pipeline = await load(stack.n8nUrl, deliveries, toPipeline, MAX_SECONDS);
		pipelineRuns.push({ deliveries, result: pipeline });
		progress(
			`run ${i + 1} intake pipeline: ${pipeline.ok} answered in ${(pipeline.ms / 1000).toFixed(1)} s (${((pipeline.ok / pipeline.ms) * 1000).toFixed(1)}/s), ${pipeline.errors} errors`,
		);
	}
	const checked = await verifyStore(stack, [{ deliveries: warm.slice(1), result: warmPipeline }, ...pipelineRuns]);
	progress(`store verified: ${checked} answered messages, each stored exactly once`);

	const echo = median(echoRuns, perRequest);
	const pipeline = median(
		pipelineRuns.map((p) => p.result),
		perRequest,
	);
	const ratio = perRequest(pipeline) / perRequest(echo);
	progress(`load average during the run: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} (${os.cpus().length} cores)`);
	return [
		toRow(`n8n webhook → respond (echo), ${CLIENTS} clients`, echo, 'itself', 1),
		toRow(`intake pipeline webhooks (6 endpoints, 7 channels, 6 languages), ${CLIENTS} clients`, pipeline, 'webhook → respond, same instance', ratio),
	];
}

export const cases: BenchCase[] = [
	{
		key: 'webhooks',
		run: async () => {
			if (process.env.BENCH_N8N !== '1') {
				progress('webhooks: skipped (starts a real n8n; set BENCH_N8N=1)');
				return [];
			}
			resetPeak();
			const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'igs-bench-webhooks-'));
			const onSignal = (signal: NodeJS.Signals) => {
				void stopAllStacks().finally(() => {
					fs.rmSync(userFolder, { recursive: true, force: true });
					process.kill(process.pid, signal);
				});
			};
			process.once('SIGINT', onSignal);
			process.once('SIGTERM', onSignal);
			let stack: Stack | undefined;
			try {
				const [n8nPort, runnerBrokerPort, crmPort] = await distinctFreePorts(3);
				progress(`starting the demo stack on 127.0.0.1:${n8nPort} (CRM ${crmPort})…`);
				stack = await startStack({
					userFolder,
					n8nPort,
					runnerBrokerPort,
					crmPort,
					skipBuild: process.env.BENCH_SKIP_BUILD === '1',
					workflows: shippedWorkflows().filter((w) => w.id === INTAKE_WORKFLOW_ID),
					log: quiet,
				});
				await addEchoWorkflow(stack);
				return await measure(stack);
			} finally {
				await stack?.stop();
				process.removeListener('SIGINT', onSignal);
				process.removeListener('SIGTERM', onSignal);
				fs.rmSync(userFolder, { recursive: true, force: true });
			}
		},
	},
];
