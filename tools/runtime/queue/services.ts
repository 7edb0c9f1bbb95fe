/**
 * PostgreSQL and Redis for queue mode: Debian's packages (installed with apt when missing), run
 * on 127.0.0.1 with their data under a runtime folder, started and stopped by this process.
 *
 * PostgreSQL runs as the `postgres` user when this process is root (initdb refuses root), with
 * trust authentication on 127.0.0.1 only and its socket inside the data folder's parent.
 * Redis runs as a child process (not daemonized) so that it can be stopped and restarted
 * (the "Redis restarted" fault); its append-only file keeps queued jobs across a restart, as a
 * production Redis with persistence would.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

import { run, type Log } from '../install';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest PostgreSQL server binaries Debian installed (/usr/lib/postgresql/<major>/bin). */
export function postgresBinDir(): string | undefined {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return undefined;
	const majors = fs
		.readdirSync(base)
		.filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(base, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(base, majors[0], 'bin') : undefined;
}

function hasCommand(name: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Installs `postgresql` and `redis-server` from Debian's packages when either is missing. */
export async function ensureSystemPackages(log: Log): Promise<void> {
	const missing: string[] = [];
	if (!postgresBinDir()) missing.push('postgresql');
	if (!hasCommand('redis-server') || !hasCommand('redis-cli')) missing.push('redis-server');
	if (!missing.length) return;
	if (!isRoot()) {
		throw new Error(`Queue mode needs ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` first.`);
	}
	log(`Installing ${missing.join(', ')} with apt-get…`);
	const started = Date.now();
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run('apt-get', ['update', '-qq'], { cwd: '/', env, log, quiet: true });
	await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { cwd: '/', env, log, quiet: true });
	log(`  installed in ${Math.round((Date.now() - started) / 1000)} s`);
	if (!postgresBinDir()) throw new Error('PostgreSQL binaries still missing after apt-get install postgresql');
}

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb and pg_ctl refuse root). */
function pgCommand(binDir: string, tool: string, args: string[]): { command: string; args: string[] } {
	const bin = path.join(binDir, tool);
	return isRoot() ? { command: 'runuser', args: ['-u', 'postgres', '--', bin, ...args] } : { command: bin, args };
}

function chownToPostgres(dir: string): void {
	if (!isRoot()) return;
	const result = spawnSync('chown', ['-R', 'postgres:postgres', dir]);
	if (result.status !== 0) throw new Error(`chown postgres ${dir} failed: ${result.stderr?.toString()}`);
}

export interface Postgres {
	host: string;
	port: number;
	user: string;
	password: string;
	dataDir: string;
	/** Runs SQL through psql against `database` (default postgres); returns psql's unaligned output. */
	sql(query: string, database?: string): Promise<string>;
	/** Drops (when asked) and creates a database. */
	createDatabase(name: string, options?: { fresh?: boolean }): Promise<void>;
	stop(): Promise<void>;
}

export interface PostgresOptions {
	/** Folder holding data/ (the cluster), run/ (socket) and postgres.log. */
	dir: string;
	port: number;
	host?: string;
	log: Log;
}

/** Initialises the cluster on first use and starts it on 127.0.0.1:<port>. */
export async function startPostgres(options: PostgresOptions): Promise<Postgres> {
	const { port, log } = options;
	const host = options.host ?? '127.0.0.1';
	const binDir = postgresBinDir();
	if (!binDir) throw new Error('PostgreSQL is not installed');
	const dir = path.resolve(options.dir);
	const dataDir = path.join(dir, 'data');
	const socketDir = path.join(dir, 'run');
	const logFile = path.join(dir, 'postgres.log');
	fs.mkdirSync(dir, { recursive: true });
	fs.mkdirSync(socketDir, { recursive: true });
	if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
	// The postgres user must reach the folder: every parent needs o+x (true for /work, /root is not).
	if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
		fs.rmSync(dataDir, { recursive: true, force: true });
		fs.mkdirSync(dataDir, { recursive: true });
		chownToPostgres(dir);
		const started = Date.now();
		const init = pgCommand(binDir, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
		await run(init.command, init.args, { cwd: '/', log, quiet: true });
		log(`PostgreSQL cluster initialised in ${dataDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	} else {
		chownToPostgres(dir);
	}
	const serverOptions = [
		`-p ${port}`,
		`-c listen_addresses=${host}`,
		`-c unix_socket_directories=${socketDir}`,
		'-c max_connections=200',
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
	].join(' ');
	const start = pgCommand(binDir, 'pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']);
	const started = Date.now();
	await run(start.command, start.args, { cwd: '/', log, quiet: true });
	log(`PostgreSQL ${path.basename(path.dirname(binDir))} on ${host}:${port} (${((Date.now() - started) / 1000).toFixed(1)} s, log ${logFile})`);

	// psql's whole output (results can be megabytes of JSON; the shared `run` keeps only a tail).
	const sql = (query: string, database = 'postgres') =>
		new Promise<string>((resolve, reject) => {
			const args = ['-h', host, '-p', String(port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAtX', '-c', query];
			const child = spawn(path.join(binDir, 'psql'), args, { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] });
			const out: Buffer[] = [];
			const err: Buffer[] = [];
			child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
			child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
			child.on('error', reject);
			child.on('close', (code) => {
				if (code === 0) resolve(Buffer.concat(out).toString('utf8').trim());
				else reject(new Error(`psql exited with ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`));
			});
		});

	let stopped = false;
	return {
		host,
		port,
		user: 'postgres',
		password: 'postgres',
		dataDir,
		sql,
		createDatabase: async (name, { fresh = false } = {}) => {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name ${name}`);
			if (fresh) await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			const exists = await sql(`SELECT 1 FROM pg_database WHERE datname = '${name}'`);
			if (!exists) await sql(`CREATE DATABASE ${name}`);
		},
		stop: async () => {
			if (stopped) return;
			stopped = true;
			const stop = pgCommand(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
			try {
				await run(stop.command, stop.args, { cwd: '/', quiet: true });
				log('PostgreSQL stopped');
			} catch (error) {
				log(`PostgreSQL stop: ${String(error).split('\n')[0]}`);
			}
		},
	};
}

export interface Redis {
	host: string;
	port: number;
	/** Runs one redis-cli command; returns its output. */
	cli(...args: string[]): Promise<string>;
	/** Stops Redis (SIGTERM; it writes its append-only file) and starts it again on the same port. */
	restart(): Promise<{ downMs: number }>;
	/** SIGKILLs Redis (no clean shutdown) — for harsher fault tests. */
	kill(): Promise<void>;
	start(): Promise<void>;
	stop(): Promise<void>;
}

export interface RedisOptions {
	dir: string;
	port: number;
	host?: string;
	/** Keep jobs across a restart with the append-only file (default true). */
	appendOnly?: boolean;
	log: Log;
}

/** Starts redis-server on 127.0.0.1:<port> as a child of this process. */
export async function startRedis(options: RedisOptions): Promise<Redis> {
	const { port, log } = options;
	const host = options.host ?? '127.0.0.1';
	const dir = path.resolve(options.dir);
	fs.mkdirSync(dir, { recursive: true });
	const logFile = path.join(dir, 'redis.log');
	let child: ChildProcess | undefined;

	const cli = async (...args: string[]) => (await run('redis-cli', ['-h', host, '-p', String(port), ...args], { cwd: dir, quiet: true })).trim();
	const ping = async () => {
		try {
			return (await cli('ping')) === 'PONG';
		} catch {
			return false;
		}
	};

	const start = async () => {
		const args = [
			'--bind',
			host,
			'--port',
			String(port),
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			options.appendOnly === false ? 'no' : 'yes',
			'--appendfsync',
			'everysec',
			'--daemonize',
			'no',
			'--logfile',
			logFile,
			'--protected-mode',
			'yes',
		];
		child = spawn('redis-server', args, { cwd: dir, stdio: 'ignore' });
		const started = Date.now();
		while (!(await ping())) {
			if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}; see ${logFile}`);
			if (Date.now() - started > 20_000) throw new Error(`redis-server not answering on ${host}:${port}; see ${logFile}`);
			await sleep(100);
		}
	};

	const stopChild = async (signal: NodeJS.Signals) => {
		const current = child;
		child = undefined;
		if (!current || current.exitCode !== null || current.signalCode !== null) return;
		const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
		current.kill(signal);
		const timeout = sleep(10_000).then(() => 'timeout' as const);
		if ((await Promise.race([exited, timeout])) === 'timeout') {
			current.kill('SIGKILL');
			await exited;
		}
	};

	await start();
	log(`Redis on ${host}:${port} (data ${dir})`);
	return {
		host,
		port,
		cli,
		start,
		restart: async () => {
			const down = Date.now();
			await stopChild('SIGTERM');
			await start();
			return { downMs: Date.now() - down };
		},
		kill: async () => stopChild('SIGKILL'),
		stop: async () => {
			await stopChild('SIGTERM');
			log('Redis stopped');
		},
	};
}
