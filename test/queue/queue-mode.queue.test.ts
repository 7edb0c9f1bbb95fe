/**
 * The shipped intake pipeline on n8n queue mode (Postgres + Redis, main + two workers), under load
 * and faults. Every test posts real-shaped, signed deliveries in six languages over all seven
 * channels with 16 concurrent clients that retry on 5xx and timeouts (bounded), then reads the
 * store straight from Postgres: every message stored exactly once, by its ticket id.
 *
 * Sizes: QUEUE_LOAD_TICKETS (default 2000, the figure) for the load test,
 * QUEUE_FAULT_TICKETS (default 300) for each fault test. Traffic goes only to 127.0.0.1. Figures
 * are printed and written to test/artifacts/queue-mode-report.json.
 */
import * as fs from 'fs';
import * as path from 'path';

import { assign, validateRoster } from '../../nodes/shared/domain/routing/assignment';
import { startQueueStack, stopAllQueueStacks, type QueueStack } from '../../tools/runtime/queue/queue-stack';
import { CHANNELS, LANGUAGES, makeDeliveries, makeThreads, percentile, postAll, type Delivery, type Outcome, type PoolResult } from '../../tools/runtime/queue/traffic';
import { countRows, finishedPerWorker, notificationCounts, storedTickets, type StoredTicket } from './support/store';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const env = process.env;
const LOAD = Number(env.QUEUE_LOAD_TICKETS ?? 2000);
const FAULT = Number(env.QUEUE_FAULT_TICKETS ?? 300);
const THREADS = Number(env.QUEUE_THREADS ?? 60);
const PER_THREAD = 4;
const CLIENTS = 16;
const RUN = `q${Date.now().toString(36)}`;
const TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const report: Record<string, unknown> = { run: RUN, clients: CLIENTS, loadTickets: LOAD, faultTickets: FAULT };
const say = (message: string) => process.stdout.write(`[queue] ${message}\n`);

let stack: QueueStack;
let lostNotifications = 0;
const onSignal = () => void stopAllQueueStacks().then(() => process.exit(1));

beforeAll(async () => {
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	const started = Date.now();
	stack = await startQueueStack({
		dir: path.join(ROOT, '.runtime', 'queue-test'),
		fresh: true,
		database: 'n8n_queue_test',
		ports: {
			n8n: Number(env.QUEUE_TEST_N8N_PORT ?? 5778),
			runnerBroker: 5779,
			crm: 5780,
			postgres: 5734,
			redis: 6381,
			workerBrokerBase: 5781,
			workerHealthBase: 5785,
		},
		workers: 2,
		workerConcurrency: Number(env.QUEUE_WORKER_CONCURRENCY ?? 10),
		skipBuild: env.QUEUE_SKIP_BUILD === '1',
		log: (message) => say(message),
	});
	report.startSeconds = Math.round((Date.now() - started) / 1000);
	expect(stack.uniqueKeys.find((k) => k.table === 'support_tickets')?.ok).toBe(true);
}, 30 * 60_000);

afterAll(async () => {
	try {
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		fs.writeFileSync(path.join(ARTIFACTS, 'queue-mode-report.json'), `${JSON.stringify(report, null, 2)}\n`);
		if (stack) {
			const logs = path.join(ARTIFACTS, 'queue-mode-logs');
			fs.mkdirSync(logs, { recursive: true });
			for (const [name, file] of [
				['main.log', path.join(stack.main.userFolder, 'n8n.log')],
				...stack.workers.map((w) => [`worker-${w.index + 1}.log`, w.logFile]),
			]) {
				if (fs.existsSync(file)) fs.copyFileSync(file, path.join(logs, name));
			}
		}
	} finally {
		await stack?.stop();
		process.removeListener('SIGINT', onSignal);
		process.removeListener('SIGTERM', onSignal);
	}
}, 3 * 60_000);

interface Summary {
	tickets: number;
	requests: number;
	seconds: number;
	perSecond: number;
	p50ms: number;
	p95ms: number;
	retried: number;
	statuses: Record<string, number>;
}

function summarize(result: PoolResult): Summary {
	const statuses: Record<string, number> = {};
	for (const outcome of result.outcomes) for (const a of outcome.attempts) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
	const firstOk = result.outcomes.flatMap((o) => o.attempts.filter((a) => a.status === 200).map((a) => a.ms));
	return {
		tickets: result.outcomes.length,
		requests: result.requests,
		seconds: Math.round(result.ms / 100) / 10,
		perSecond: Math.round((result.outcomes.length / (result.ms / 1000)) * 10) / 10,
		p50ms: percentile(firstOk, 50),
		p95ms: percentile(firstOk, 95),
		retried: result.outcomes.filter((o) => o.attempts.length > 1).length,
		statuses,
	};
}

/** The pool stops starting attempts after this long: 14 min for the load test, 6 for a fault test. */
const deadlineFor = (count: number) => (count > FAULT ? 14 : 6) * 60_000;

async function load(label: string, deliveries: Delivery[], onDone?: (outcome: Outcome, done: number) => void): Promise<PoolResult> {
	let last = Date.now();
	const result = await postAll(deliveries, {
		baseUrl: stack.n8nUrl,
		clients: CLIENTS,
		timeoutMs: TIMEOUT_MS,
		maxAttempts: 10,
		deadlineMs: deadlineFor(deliveries.length),
		onDone: (outcome, done) => {
			if (Date.now() - last > 15_000) {
				last = Date.now();
				say(`${label}: ${done}/${deliveries.length}`);
			}
			onDone?.(outcome, done);
		},
	});
	const summary = summarize(result);
	say(`${label}: ${summary.tickets} deliveries in ${summary.seconds} s (${summary.perSecond}/s, p50 ${summary.p50ms} ms, p95 ${summary.p95ms} ms, ${summary.retried} retried) ${JSON.stringify(summary.statuses)}`);
	return result;
}

/** A ticket that went through the whole pipeline: SLA clock and routing set, or answered by the bot. */
function fullyProcessed(row: StoredTicket): boolean {
	const t = row.ticket;
	const routed = !!t.sla && Object.keys(t.sla.metrics ?? {}).length > 0 && !!t.routing?.queue && !!t.routing?.level;
	const answered = t.status === 'resolved' && t.resolvedBy === 'bot';
	return routed || answered;
}

/**
 * Whether a duplicate delivery also (re)writes the team notification. If it does not, an execution
 * that dies between "Store Ticket" and "Notify Team" (a SIGKILLed worker) leaves a stored ticket
 * that nobody was told about: the caller's retry is answered from the store and notifies no one.
 */
function duplicatePathNotifies(): boolean {
	const workflow = intakeWorkflow();
	const edges: Array<[string, string]> = [];
	for (const [from, { main = [] }] of Object.entries(workflow.connections)) {
		for (const branch of main as Array<Array<{ node: string }> | null>) for (const link of branch ?? []) edges.push([from, link.node]);
	}
	const walk = (start: string, step: (name: string) => string[]) => {
		const seen = new Set<string>();
		const todo = [start];
		while (todo.length) {
			const name = todo.pop()!;
			if (seen.has(name)) continue;
			seen.add(name);
			todo.push(...step(name));
		}
		return seen;
	};
	// The node that answers a redelivery: a Respond to Webhook whose body says duplicate: true.
	const responder = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.respondToWebhook' && /duplicate"?\s*:\s*true/.test(String((n.parameters as { responseBody?: unknown }).responseBody ?? '')));
	if (!responder) return false;
	const onPath = new Set([
		...walk(responder.name, (name) => edges.filter(([, to]) => to === name).map(([from]) => from)),
		...walk(responder.name, (name) => edges.filter(([from]) => from === name).map(([, to]) => to)),
	]);
	return workflow.nodes.some(
		(n) =>
			onPath.has(n.name) &&
			n.type === 'n8n-nodes-base.dataTable' &&
			(n.parameters as { dataTableId?: { value?: string } }).dataTableId?.value === 'support_notifications',
	);
}

/** Every delivery answered 200 with its own ticket; the store holds each ticket exactly once. */
async function expectExactlyOnce(
	deliveries: Delivery[],
	result: PoolResult,
	options: { notificationsMayBeLost?: boolean; emptyAcksAllowed?: boolean } = {},
): Promise<StoredTicket[]> {
	const unique = [...new Map(deliveries.map((d) => [d.ticketId, d])).values()];
	// n8n answers 200 with an empty body when the worker's "respond to webhook" message was
	// published while Redis was down. A channel takes that as delivered and will not retry, so the
	// ticket must be in the store (checked below like every other).
	const emptyAck = (o: Outcome) => !!options.emptyAcksAllowed && o.status === 200 && o.answer === '';
	const failed = result.outcomes.filter((o) => (o.status !== 200 || o.answeredId !== o.delivery.ticketId) && !emptyAck(o));
	expect(failed.map((o) => ({ seq: o.delivery.seq, channel: o.delivery.channel, status: o.status, answer: o.answer, attempts: o.attempts }))).toEqual([]);

	const ids = unique.map((d) => d.ticketId);
	const rows = await storedTickets(stack, ids);
	const perId = new Map<string, number>();
	for (const row of rows) perId.set(row.ticketId, (perId.get(row.ticketId) ?? 0) + 1);
	const missing = ids.filter((id) => !perId.has(id));
	const doubled = [...perId.entries()].filter(([, n]) => n > 1);
	expect({ missing, doubled }).toEqual({ missing: [], doubled: [] });
	expect(rows).toHaveLength(unique.length);

	const incomplete = rows.filter((row) => !fullyProcessed(row)).map((row) => ({ id: row.ticketId, status: row.status, sla: !!row.ticket.sla, routing: row.ticket.routing }));
	expect(incomplete).toEqual([]);
	// The team is told once per ticket (notifications upsert by `<ticketId>:new`).
	const notified = await notificationCounts(stack, ids);
	expect([...notified.values()].filter((n) => n !== 1)).toEqual([]);
	const unnotified = ids.filter((id) => !notified.has(id));
	if (options.notificationsMayBeLost && !duplicatePathNotifies()) {
		// Only tickets whose first delivery died with the worker may lack their notification.
		const retried = new Set(result.outcomes.filter((o) => o.attempts.length > 1).map((o) => o.delivery.ticketId));
		expect(unnotified.filter((id) => !retried.has(id))).toEqual([]);
		lostNotifications += unnotified.length;
	} else {
		expect(unnotified).toEqual([]);
	}
	return rows;
}

/** Time from `from` (ms on the pool's clock) until the last delivery that needed a retry got its answer. */
function recoveryAfter(result: PoolResult, from: number): { affected: number; recoveredAfterMs: number } {
	const affected = result.outcomes.filter((o) => o.attempts.some((a) => a.status !== 200) && o.endedAt >= from);
	const last = Math.max(from, ...affected.map((o) => o.endedAt));
	return { affected: affected.length, recoveredAfterMs: last - from };
}

describe('queue mode: main + two workers on Postgres and Redis', () => {
	it(`load: ${LOAD} tickets, six languages, all channels, 16 clients; none lost, none doubled, duplicates answered from the store`, async () => {
		const deliveries = makeDeliveries(LOAD, `${RUN}-load`);
		// Channels deliver some messages twice: one in 25 again right behind itself (often running at
		// the same time on the other worker), and the same ones once more at the end.
		const again = deliveries.filter((d) => d.seq % 25 === 3);
		const schedule: Delivery[] = [];
		for (const d of deliveries) {
			schedule.push(d);
			if (d.seq % 25 === 3) schedule.push(d);
		}
		schedule.push(...again);
		const beforeWorkers = finishedPerWorker(stack);
		const result = await load('load', schedule);
		const rows = await expectExactlyOnce(deliveries, result);
		expect(await countRows(stack, 'support_tickets')).toBe(LOAD);

		// Late duplicates (after the first answer) are recognised as such.
		const late = result.outcomes.slice(schedule.length - again.length);
		expect(late.filter((o) => o.duplicate !== true)).toEqual([]);

		expect(new Set(rows.map((r) => r.language))).toEqual(new Set(LANGUAGES));
		expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(CHANNELS));

		// Both workers took a fair share of the executions.
		const afterWorkers = finishedPerWorker(stack);
		const split = afterWorkers.map((n, i) => n - beforeWorkers[i]);
		expect(Math.min(...split)).toBeGreaterThan(0.25 * (split[0] + split[1]));

		// Round robin stays a pure function of (ticket id, roster): recompute every assignment that
		// the workers made in parallel and get the same agent, i.e. what one process would give.
		const roster = validateRoster(JSON.parse(rosterFromWorkflow()));
		const assigned = rows.filter((r) => r.ticket.routing?.assignee && !r.ticket.history.some((h) => /escalat/.test(h.event)));
		const mismatched = assigned.filter((r) => {
			const withoutAssignee = { ...r.ticket, routing: { ...r.ticket.routing!, assignee: undefined } };
			const at = [...r.ticket.history].reverse().find((h) => h.event === 'assigned')?.at ?? new Date().toISOString();
			const { outcomes } = assign([withoutAssignee as never], roster, 'round_robin', at);
			return outcomes[0].assigned && outcomes[0].agentId !== r.ticket.routing!.assignee;
		});
		expect(mismatched.map((r) => r.ticketId)).toEqual([]);
		const perQueue = fairness(assigned);
		for (const [queue, counts] of Object.entries(perQueue)) {
			const values = Object.values(counts);
			const total = values.reduce((a, b) => a + b, 0);
			if (values.length < 2 || total < 100) continue;
			const mean = total / values.length;
			expect({ queue, worst: Math.max(...values.map((v) => Math.abs(v - mean) / mean)) < 0.3 }).toEqual({ queue, worst: true });
		}

		report.load = {
			...summarize(result),
			uniqueTickets: LOAD,
			duplicateDeliveries: again.length * 2,
			perWorker: split,
			answeredByBot: rows.filter((r) => r.ticket.resolvedBy === 'bot').length,
			routedWithSla: rows.filter((r) => !!r.ticket.sla && !!r.ticket.routing).length,
			assignments: perQueue,
		};
	});

	it(`fault: a worker SIGKILLed mid-load and restarted; every message stored exactly once`, async () => {
		const deliveries = makeDeliveries(FAULT, `${RUN}-kill`);
		const victim = stack.workers[0];
		let killAt = 0;
		let restartedAt = 0;
		let readyMs = 0;
		let fault: Promise<void> | undefined;
		const t0 = Date.now();
		const result = await load('worker SIGKILL', deliveries, (_o, done) => {
			if (done === Math.floor(FAULT / 4) && !fault) {
				fault = (async () => {
					killAt = Date.now() - t0;
					say(`SIGKILL worker 1 (pid ${victim.pid()}) at ${done} done`);
					await victim.kill('SIGKILL');
					await sleep(5000);
					restartedAt = Date.now() - t0;
					readyMs = await victim.start();
				})();
			}
		});
		await fault;
		expect(killAt).toBeGreaterThan(0);
		expect(victim.running()).toBe(true);
		await expectExactlyOnce(deliveries, result, { notificationsMayBeLost: true });
		const recovery = recoveryAfter(result, killAt);
		report.workerKill = {
			...summarize(result),
			killAtMs: killAt,
			restartedAtMs: restartedAt,
			workerReadyMs: readyMs,
			...recovery,
			duplicatePathNotifies: duplicatePathNotifies(),
			storedButNotNotified: lostNotifications,
		};
		say(`worker SIGKILL: ${recovery.affected} deliveries needed a retry; all answered ${(recovery.recoveredAfterMs / 1000).toFixed(1)} s after the kill; worker back in ${((restartedAt - killAt + readyMs) / 1000).toFixed(1)} s`);
	});

	it(`fault: Redis restarted mid-load; every message stored exactly once`, async () => {
		const deliveries = makeDeliveries(FAULT, `${RUN}-redis`);
		let restartAt = 0;
		let downMs = 0;
		let fault: Promise<void> | undefined;
		const t0 = Date.now();
		const result = await load('Redis restart', deliveries, (_o, done) => {
			if (done === Math.floor(FAULT / 4) && !fault) {
				fault = (async () => {
					restartAt = Date.now() - t0;
					say(`restarting Redis at ${done} done`);
					downMs = (await stack.redis.restart()).downMs;
				})();
			}
		});
		await fault;
		expect(restartAt).toBeGreaterThan(0);
		await expectExactlyOnce(deliveries, result, { emptyAcksAllowed: true });
		const emptyAcks = result.outcomes.filter((o) => o.status === 200 && o.answer === '').length;
		const recovery = recoveryAfter(result, restartAt);
		const after = result.outcomes.filter((o) => o.startedAt > restartAt + downMs && o.attempts[0].status === 200);
		const firstOk = after.length ? Math.min(...after.map((o) => o.endedAt)) - restartAt : undefined;
		report.redisRestart = { ...summarize(result), restartAtMs: restartAt, redisDownMs: downMs, firstCleanAnswerAfterMs: firstOk, emptyAcks, ...recovery };
		say(`Redis restart: down ${downMs} ms, ${emptyAcks} answered 200 with an empty body (stored, checked), ${recovery.affected} deliveries needed a retry, all answered ${(recovery.recoveredAfterMs / 1000).toFixed(1)} s after it`);
	});

	for (const mode of ['500', 'hang'] as const) {
		it(`fault: the CRM ${mode === '500' ? 'answering 5xx' : 'hanging'} for 30 s mid-load; tickets stored once and flagged crm:unavailable`, async () => {
			const deliveries = makeDeliveries(FAULT, `${RUN}-crm${mode}`);
			const crm = stack.main.crm!;
			let faultAt = 0;
			let clearedAt = 0;
			let fault: Promise<void> | undefined;
			const t0 = Date.now();
			const result = await load(`CRM ${mode}`, deliveries, (_o, done) => {
				if (done === Math.floor(FAULT / 5) && !fault) {
					fault = (async () => {
						faultAt = Date.now() - t0;
						say(`CRM fault ${mode} on at ${done} done`);
						crm.setFault({ mode });
						await sleep(30_000);
						crm.setFault({ mode: 'none' });
						clearedAt = Date.now() - t0;
						say('CRM fault off');
					})();
				}
			});
			await fault;
			expect(clearedAt).toBeGreaterThan(faultAt);
			const rows = await expectExactlyOnce(deliveries, result);
			const flagged = rows.filter((r) => r.ticket.tags.includes('crm:unavailable'));
			// Tickets that met the fault are stored, flagged for later enrichment, and carry no CRM data;
			// the rest (before and after) have their CRM facts.
			expect(flagged.length).toBeGreaterThan(0);
			expect(flagged.filter((r) => !String(r.flags).includes('crm:unavailable'))).toEqual([]);
			const enriched = rows.filter((r) => !r.ticket.tags.includes('crm:unavailable'));
			expect(enriched.length).toBeGreaterThan(0);
			const byOutcome = new Map(result.outcomes.map((o) => [o.delivery.ticketId, o]));
			const afterClear = rows.filter((r) => (byOutcome.get(r.ticketId)?.startedAt ?? 0) > clearedAt + 12_000);
			const flaggedAfterClear = afterClear.filter((r) => r.ticket.tags.includes('crm:unavailable'));
			expect(flaggedAfterClear.map((r) => r.ticketId)).toEqual([]);
			const flaggedOutcomes = flagged.map((r) => byOutcome.get(r.ticketId)!).filter(Boolean);
			const lastFlaggedEnd = Math.max(...flaggedOutcomes.map((o) => o.endedAt));
			const firstCleanAfter = result.outcomes
				.filter((o) => o.startedAt >= clearedAt && !flagged.some((f) => f.ticketId === o.delivery.ticketId))
				.map((o) => o.endedAt);
			const entry = {
				...summarize(result),
				faultAtMs: faultAt,
				clearedAtMs: clearedAt,
				flagged: flagged.length,
				enriched: enriched.length,
				lastFlaggedAnswerAfterClearMs: lastFlaggedEnd - clearedAt,
				firstEnrichedAnswerAfterClearMs: firstCleanAfter.length ? Math.min(...firstCleanAfter) - clearedAt : undefined,
				crmRequests: { ...crm.stats.requests },
			};
			report[mode === '500' ? 'crm5xx' : 'crmHang'] = entry;
			say(`CRM ${mode}: ${flagged.length} tickets flagged crm:unavailable, ${enriched.length} enriched; first enriched answer ${(entry.firstEnrichedAnswerAfterClearMs ?? 0) / 1000} s after the fault cleared`);
		});
	}

	it(`conversations: ${THREADS} players each send ${PER_THREAD} messages at once while the workers are SIGKILLed mid-reply; one ticket a thread, no message lost, no reply delivered twice`, async () => {
		const gateway = stack.main.gateway;
		const control = (route: string, body: unknown) =>
			fetch(`${gateway.url}/_gateway/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		// A messaging gateway that honours Idempotency-Key (Telegram itself does not: see docs/conversation.md).
		await control('config', { honourIdempotencyKeys: true });
		// Telegram takes the next replies at once but answers 6 s later: the worker is killed while it waits.
		await control('faults', { channel: 'telegram', mode: 'slow', count: 12, delayMs: 6000 });
		const seen = gateway.requests().length;
		const replies = () => gateway.requests().slice(seen).filter((r) => r.channel === 'telegram' && r.path.endsWith('/sendMessage'));
		const deliveries = makeThreads(THREADS, PER_THREAD, `${RUN}-threads`);
		let killedWithPending = 0;
		let fault: Promise<void> | undefined;
		let stop = false;
		const watcher = (async () => {
			while (!stop && !fault) {
				const waiting = replies().filter((r) => r.fault === 'slow').length;
				if (waiting >= 3) {
					killedWithPending = waiting;
					// Both workers: whichever sent those replies dies before it hears they were taken.
					fault = (async () => {
						say(`SIGKILL both workers (pids ${stack.workers.map((w) => w.pid()).join(', ')}) with ${waiting} replies taken by Telegram and not yet answered`);
						await Promise.all(stack.workers.map((w) => w.kill('SIGKILL')));
						await sleep(3000);
						await Promise.all(stack.workers.map((w) => w.start()));
					})();
				}
				await sleep(50);
			}
		})();
		const result = await load('conversations', deliveries);
		stop = true;
		await watcher;
		await fault;
		expect(killedWithPending).toBeGreaterThan(0);
		expect(stack.workers.every((w) => w.running())).toBe(true);

		const failed = result.outcomes.filter((o) => o.status !== 200 || o.answeredId !== o.delivery.ticketId);
		expect(failed.map((o) => ({ seq: o.delivery.seq, status: o.status, answer: o.answer }))).toEqual([]);

		const byThread = new Map<string, Delivery[]>();
		for (const d of deliveries) byThread.set(d.ticketId, [...(byThread.get(d.ticketId) ?? []), d]);
		const rows = await storedTickets(stack, [...byThread.keys()]);
		expect(rows.map((r) => r.ticketId).sort()).toEqual([...byThread.keys()].sort());
		type Message = { id: string; from: string; delivery?: { state: string; idempotencyKey?: string } };
		const messagesOf = (row: StoredTicket) => (row.ticket.messages ?? []) as Message[];
		const lostOrDoubled = rows.filter((row) => {
			const players = messagesOf(row).filter((m) => m.from === 'player').map((m) => m.id).sort();
			return JSON.stringify(players) !== JSON.stringify(byThread.get(row.ticketId)!.map((d) => d.messageId).sort());
		});
		expect(lostOrDoubled.map((r) => ({ id: r.ticketId, players: messagesOf(r).filter((m) => m.from === 'player').map((m) => m.id) }))).toEqual([]);

		// Each reply reached the player once: a repeated key was answered from the first send.
		const taken = replies().filter((r) => r.answer?.status === 200 && r.replayOf === undefined);
		const keys = taken.map((r) => String(r.headers['idempotency-key']));
		expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
		const resent = replies().filter((r) => r.replayOf !== undefined).length;
		// Every reply the player got is on the ticket, recorded as sent.
		const recorded = new Map(rows.flatMap((row) => messagesOf(row).filter((m) => m.from !== 'player').map((m) => [m.id, m.delivery?.state] as const)));
		const unrecorded = keys.filter((key) => recorded.get(key) !== 'sent');
		report.conversations = {
			...summarize(result),
			threads: THREADS,
			messagesPerThread: PER_THREAD,
			killedWithRepliesInFlight: killedWithPending,
			repliesTaken: taken.length,
			repliesSentAgainAfterTheKill: resent,
			repliesNotRecordedAsSent: unrecorded.length,
		};
		say(`conversations: ${rows.length} tickets for ${THREADS} threads, ${taken.length} replies delivered, ${resent} sent again after the kill (answered from the first send), ${unrecorded.length} delivered but not recorded as sent`);
		expect(unrecorded).toEqual([]);
		await control('config', { honourIdempotencyKeys: false });
	});

	it('the store as a whole: no ticket id twice across every test', async () => {
		const dupes = await stack.postgres.sql(
			`SELECT count(*) FROM (SELECT "ticketId" FROM "${stack.tableName('support_tickets')}" GROUP BY 1 HAVING count(*) > 1) d`,
			stack.database,
		);
		expect(Number(dupes)).toBe(0);
		report.storedTotal = await countRows(stack, 'support_tickets');
		report.perWorkerTotal = finishedPerWorker(stack);
	});
});

interface WorkflowJson {
	nodes: Array<{ name: string; type: string; parameters: { roster?: string } }>;
	connections: Record<string, { main?: unknown[] }>;
}

function intakeWorkflow(): WorkflowJson {
	return JSON.parse(fs.readFileSync(path.join(ROOT, 'workflows', 'intake-pipeline.json'), 'utf8')) as WorkflowJson;
}

function rosterFromWorkflow(): string {
	const workflow = intakeWorkflow();
	const router = workflow.nodes.find((n) => n.type.endsWith('.escalationRouter') && n.parameters.roster);
	if (!router?.parameters.roster) throw new Error('No roster in the intake workflow');
	return router.parameters.roster;
}

function fairness(rows: StoredTicket[]): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const row of rows) {
		const queue = row.ticket.routing!.queue;
		const agent = row.ticket.routing!.assignee!;
		out[queue] ??= {};
		out[queue][agent] = (out[queue][agent] ?? 0) + 1;
	}
	return out;
}
