/**
 * The shipped pipeline on n8n in queue mode: PostgreSQL (n8n's database, so the Data Tables live
 * there too) and Redis (the job queue) on 127.0.0.1, n8n main (editor, API, webhooks: it only
 * enqueues executions) and N workers (they run them), the reference CRM. Main is started with the
 * single-process stack of tools/runtime/stack.ts given the queue-mode environment; each worker
 * gets its own user folder with the packed tarball installed the way a user installs it, its own
 * task-runner broker port and its own health-check server.
 *
 * Every process runs with its working directory inside the runtime folder: a watchdog
 * (reaper.ts) stops them all if this process dies without stopping the stack, and the next start
 * stops whatever a killed run left behind.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, type Log, type Runtime } from '../install';
import { cleanupStack, installPack, n8nEnv, packThePack, startStack, type Stack } from '../stack';
import { reapStale, startReaper } from './reaper';
import { ensureSystemPackages, postgresBinDir, startPostgres, startRedis, type Postgres, type Redis } from './services';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface QueuePorts {
	n8n: number;
	runnerBroker: number;
	crm: number;
	postgres: number;
	redis: number;
	/** Worker i (0-based) uses workerBrokerBase + i for its task runners and workerHealthBase + i for /healthz. */
	workerBrokerBase: number;
	workerHealthBase: number;
}

/** `npm run start:queue`: the editor on 5678 as in `npm start`; the rest off the services' defaults. */
export const DEFAULT_QUEUE_PORTS: QueuePorts = {
	n8n: 5678,
	runnerBroker: 5679,
	crm: 5680,
	postgres: 5733,
	redis: 6380,
	workerBrokerBase: 5691,
	workerHealthBase: 5695,
};

export interface QueueStackOptions {
	/** Runtime folder: pg/, redis/, main/, worker-<n>/ live under it (default .runtime/queue). */
	dir?: string;
	ports?: Partial<QueuePorts>;
	workers?: number;
	/** Jobs one worker runs at once (`n8n worker --concurrency`). */
	workerConcurrency?: number;
	database?: string;
	/** Drop the database, flush Redis and reinstall the user folders (a clean run). */
	fresh?: boolean;
	encryptionKey?: string;
	skipBuild?: boolean;
	/** Extra environment for every n8n process (e.g. QUEUE_WORKER_LOCK_DURATION). */
	env?: Record<string, string>;
	log?: Log;
	echoN8nOutput?: boolean;
	/** Create the unique indexes of UNIQUE_KEYS (default true; false shows the race they close). */
	uniqueKeys?: boolean;
}

export interface Worker {
	index: number;
	userFolder: string;
	healthUrl: string;
	logFile: string;
	pid(): number | undefined;
	running(): boolean;
	/** Starts the worker; resolves when its /healthz/readiness answers 200 (returns ms taken). */
	start(): Promise<number>;
	/** Sends a signal and waits for the process to exit. */
	kill(signal: NodeJS.Signals): Promise<void>;
	stop(): Promise<void>;
}

export interface QueueStack {
	main: Stack;
	n8nUrl: string;
	crmUrl: string;
	postgres: Postgres;
	redis: Redis;
	workers: Worker[];
	runtime: Runtime;
	database: string;
	dir: string;
	/** Postgres table behind a Data Table (by its name). */
	tableName(dataTable: string): string;
	/** Unique indexes the store relies on: what was created (or already there) and what could not be. */
	uniqueKeys: UniqueKeyResult[];
	stop(): Promise<void>;
}

/**
 * The keys the shipped workflows upsert by. n8n's Data Table upsert is an UPDATE then, when no
 * row matched, an INSERT, in one READ COMMITTED transaction: two executions of the same ticket at
 * once (a channel's retry while the first delivery still runs, on another worker) can both insert.
 * A unique index makes the database refuse the second row; that execution fails, the caller gets
 * a 5xx and its retry finds the stored ticket.
 */
export const UNIQUE_KEYS: Array<{ table: string; column: string }> = [
	{ table: 'support_tickets', column: 'ticketId' },
	{ table: 'support_notifications', column: 'notificationId' },
	{ table: 'qa_samples', column: 'sampleId' },
	{ table: 'vip_offers', column: 'offerId' },
];

export interface UniqueKeyResult {
	table: string;
	column: string;
	ok: boolean;
	error?: string;
}

/** Creates the unique indexes of UNIQUE_KEYS on the Data Tables' Postgres tables (idempotent). */
export async function ensureUniqueKeys(postgres: Postgres, database: string, tables: Record<string, string>, log: Log): Promise<UniqueKeyResult[]> {
	const results: UniqueKeyResult[] = [];
	for (const { table, column } of UNIQUE_KEYS) {
		const id = tables[table];
		if (!id) continue;
		const index = `uq_${id}_${column}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
		try {
			await postgres.sql(`CREATE UNIQUE INDEX IF NOT EXISTS ${index} ON "data_table_user_${id}" ("${column}")`, database);
			results.push({ table, column, ok: true });
		} catch (error) {
			const message = String(error).split('\n').find((line) => line.includes('ERROR')) ?? String(error).split('\n')[0];
			results.push({ table, column, ok: false, error: message });
			log(`Could not make ${table}.${column} unique (${message}); duplicates already stored?`);
		}
	}
	const made = results.filter((r) => r.ok).map((r) => `${r.table}.${r.column}`);
	if (made.length) log(`Unique keys in Postgres: ${made.join(', ')}`);
	return results;
}

const running = new Set<() => Promise<void>>();

/** Stops every queue stack this process started (for signal handlers). */
export async function stopAllQueueStacks(): Promise<void> {
	await Promise.all([...running].map((stop) => stop()));
}

/** The environment that turns n8n into queue mode on our Postgres and Redis. */
export function queueEnv(pg: { host: string; port: number; user: string; password: string }, database: string, redis: { host: string; port: number }): Record<string, string> {
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: pg.host,
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: pg.user,
		DB_POSTGRESDB_PASSWORD: pg.password,
		DB_POSTGRESDB_POOL_SIZE: '4',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string, timeoutMs = 120_000): Promise<number> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`worker exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(logFile)}`);
		}
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
			if (response.status === 200) return Date.now() - started;
		} catch {
			// not listening yet
		}
		await sleep(250);
	}
	throw new Error(`worker not ready within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

function tail(file: string, lines = 30): string {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

function makeWorker(
	index: number,
	runtime: Runtime,
	env: NodeJS.ProcessEnv,
	userFolder: string,
	healthPort: number,
	concurrency: number,
	log: Log,
	echo: boolean,
): Worker {
	const logFile = path.join(userFolder, 'n8n-worker.log');
	const healthUrl = `http://127.0.0.1:${healthPort}/healthz/readiness`;
	let child: ChildProcess | undefined;
	const alive = () => !!child && child.exitCode === null && child.signalCode === null;

	const kill = async (signal: NodeJS.Signals, timeoutMs = 40_000) => {
		const current = child;
		if (!current || !alive()) return;
		const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
		current.kill(signal);
		const timer = sleep(timeoutMs).then(() => 'timeout' as const);
		if ((await Promise.race([exited, timer])) === 'timeout') {
			current.kill('SIGKILL');
			await exited;
		}
	};

	return {
		index,
		userFolder,
		healthUrl,
		logFile,
		pid: () => child?.pid,
		running: alive,
		start: async () => {
			if (alive()) return 0;
			const out = fs.openSync(logFile, 'a');
			const spawned = spawn(runtime.nodeBin, [runtime.n8nBin, 'worker', `--concurrency=${concurrency}`], {
				cwd: userFolder,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			child = spawned;
			const onOutput = (chunk: Buffer) => {
				fs.writeSync(out, chunk);
				if (echo) for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  [worker ${index + 1}] ${line}`);
			};
			spawned.stdout?.on('data', onOutput);
			spawned.stderr?.on('data', onOutput);
			spawned.once('exit', () => {
				try {
					fs.closeSync(out);
				} catch {
					// closed already
				}
			});
			const ms = await waitForHealth(healthUrl, spawned, logFile);
			log(`Worker ${index + 1} ready in ${(ms / 1000).toFixed(1)} s (pid ${spawned.pid}, concurrency ${concurrency}, health ${healthUrl})`);
			return ms;
		},
		kill: (signal) => kill(signal),
		stop: () => kill('SIGTERM'),
	};
}

/**
 * Starts Postgres, Redis, main (with the CRM, credentials, workflows, Data Tables, published) and
 * the workers. On any failure everything already started is stopped before the error is rethrown.
 */
export async function startQueueStack(options: QueueStackOptions = {}): Promise<QueueStack> {
	const log = options.log ?? ((message: string) => console.log(message));
	const dir = path.resolve(options.dir ?? path.join(ROOT, '.runtime', 'queue'));
	const ports: QueuePorts = { ...DEFAULT_QUEUE_PORTS, ...(options.ports ?? {}) };
	const workerCount = options.workers ?? 2;
	const concurrency = options.workerConcurrency ?? 10;
	const database = options.database ?? 'n8n_queue';
	const encryptionKey = options.encryptionKey ?? 'igaming-support-demo-encryption-key';
	fs.mkdirSync(dir, { recursive: true });

	const cleanups = cleanupStack(log, running);
	const cleanup = cleanups.run;

	try {
		await ensureSystemPackages(log);
		const bin = postgresBinDir();
		const reapTarget = { dir, pgCtl: bin ? path.join(bin, 'pg_ctl') : undefined, pgDataDir: path.join(dir, 'pg', 'data') };
		await reapStale(reapTarget, log);
		const endReaper = startReaper(reapTarget);
		cleanups.push(async () => endReaper());
		const [postgres, redis] = await Promise.all([
			startPostgres({ dir: path.join(dir, 'pg'), port: ports.postgres, log }),
			startRedis({ dir: path.join(dir, 'redis'), port: ports.redis, log }),
		]);
		cleanups.push(() => postgres.stop());
		cleanups.push(() => redis.stop());
		await postgres.createDatabase(database, { fresh: options.fresh });
		// n8n caches webhooks and keeps jobs in Redis: a new database needs a clean Redis too.
		if (options.fresh) await redis.cli('FLUSHALL');

		const mainFolder = path.join(dir, 'main');
		const workerFolders = Array.from({ length: workerCount }, (_, i) => path.join(dir, `worker-${i + 1}`));
		if (options.fresh) for (const folder of [mainFolder, ...workerFolders]) fs.rmSync(folder, { recursive: true, force: true });

		const env = { ...queueEnv(postgres, database, redis), ...(options.env ?? {}) };
		// One build; main installs its own pack from a tarball of it, the workers from another.
		const tarball = await packThePack(log, options.skipBuild);
		cleanups.push(async () => fs.rmSync(path.dirname(tarball), { recursive: true, force: true }));

		// The workers' user folders get their own install of the pack while main starts.
		const workerInstalls = Promise.all(
			workerFolders.map(async (folder) => {
				fs.mkdirSync(folder, { recursive: true });
				await installPack(folder, tarball, log);
			}),
		);
		workerInstalls.catch(() => undefined);

		const main = await startStack({
			userFolder: mainFolder,
			n8nPort: ports.n8n,
			runnerBrokerPort: ports.runnerBroker,
			crmPort: ports.crm,
			encryptionKey,
			skipBuild: true,
			env,
			log,
			echoN8nOutput: options.echoN8nOutput,
		});
		cleanups.push(() => main.stop());

		const uniqueKeys = options.uniqueKeys === false ? [] : await ensureUniqueKeys(postgres, database, main.tables, log);

		const workers: Worker[] = [];
		await workerInstalls;
		for (const [i, userFolder] of workerFolders.entries()) {
			const workerEnv = n8nEnv(main.runtime, {
				userFolder,
				n8nPort: ports.n8n,
				host: '127.0.0.1',
				encryptionKey,
				runnerBrokerPort: ports.workerBrokerBase + i,
				env: {
					...env,
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(ports.workerHealthBase + i),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				},
			});
			workers.push(makeWorker(i, main.runtime, workerEnv, userFolder, ports.workerHealthBase + i, concurrency, log, !!options.echoN8nOutput));
		}
		cleanups.push(async () => {
			await Promise.all(workers.map((w) => w.stop()));
			if (workers.length) log('Workers stopped');
		});
		await Promise.all(workers.map((w) => w.start()));

		const tableIds = main.tables;
		let stopped = false;
		return {
			main,
			n8nUrl: main.n8nUrl,
			crmUrl: main.crmUrl,
			postgres,
			redis,
			workers,
			runtime: main.runtime,
			database,
			dir,
			uniqueKeys,
			tableName: (dataTable: string) => {
				const id = tableIds[dataTable];
				if (!id) throw new Error(`No Data Table ${dataTable}`);
				return `data_table_user_${id}`;
			},
			stop: async () => {
				if (stopped) return;
				stopped = true;
				await cleanup();
			},
		};
	} catch (error) {
		await cleanup();
		throw error;
	}
}
