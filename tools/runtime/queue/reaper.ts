/**
 * Making sure nothing outlives the run. Every process of a queue stack runs with its working
 * directory inside the stack's runtime folder (n8n main and workers in their user folders, Redis
 * in redis/, PostgreSQL in its data folder), so "ours" is: a process whose cwd is under that
 * folder and whose command is n8n, node (task runners), redis-server or postgres.
 *
 * - `reapStale` runs at start: stops what a killed earlier run left behind.
 * - `startReaper` spawns a small detached watchdog that, when this process dies without
 *   stopping the stack (SIGKILL, a test runner killed on a timeout), stops PostgreSQL with
 *   pg_ctl and then every process of ours, by pid.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

import type { Log } from '../install';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same logic, as plain JavaScript the watchdog runs with `node -e`. */
const SHARED = `
const fs = require('fs');
const { spawnSync } = require('child_process');
function ours(dir) {
	const out = [];
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\\d+$/.test(name) || Number(name) === process.pid) continue;
		try {
			const cwd = fs.readlinkSync('/proc/' + name + '/cwd');
			if (cwd !== dir && !cwd.startsWith(dir + '/')) continue;
			const cmd = fs.readFileSync('/proc/' + name + '/cmdline', 'utf8').replace(/\\0/g, ' ');
			if (/n8n|node|redis-server|postgres/.test(cmd)) out.push(Number(name));
		} catch (e) {}
	}
	return out;
}
function stopPostgres(pgCtl, dataDir, asPostgres) {
	if (!pgCtl || !fs.existsSync(dataDir + '/postmaster.pid')) return;
	const args = ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop'];
	if (asPostgres) spawnSync('runuser', ['-u', 'postgres', '--', pgCtl].concat(args), { stdio: 'ignore' });
	else spawnSync(pgCtl, args, { stdio: 'ignore' });
}
function signalAll(pids, signal) {
	for (const pid of pids) { try { process.kill(pid, signal); } catch (e) {} }
}
`;

interface Shared {
	ours(dir: string): number[];
	stopPostgres(pgCtl: string, dataDir: string, asPostgres: boolean): void;
	signalAll(pids: number[], signal: NodeJS.Signals): void;
}

// eslint-disable-next-line @typescript-eslint/no-implied-eval
const shared = new Function('require', 'process', `${SHARED}\nreturn { ours, stopPostgres, signalAll };`)(require, process) as Shared;

export interface ReapTarget {
	/** The runtime folder (absolute). */
	dir: string;
	/** pg_ctl of the installed PostgreSQL, and the cluster's data folder. */
	pgCtl?: string;
	pgDataDir: string;
}

const asPostgres = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Stops whatever an earlier run left running in this runtime folder. */
export async function reapStale(target: ReapTarget, log: Log): Promise<void> {
	if (target.pgCtl && fs.existsSync(path.join(target.pgDataDir, 'postmaster.pid'))) {
		const status = asPostgres()
			? spawnSync('runuser', ['-u', 'postgres', '--', target.pgCtl, '-D', target.pgDataDir, 'status'])
			: spawnSync(target.pgCtl, ['-D', target.pgDataDir, 'status']);
		if (status.status === 0) {
			log('Stopping PostgreSQL left running by an earlier run');
			shared.stopPostgres(target.pgCtl, target.pgDataDir, asPostgres());
		}
	}
	const stale = shared.ours(target.dir);
	if (!stale.length) return;
	log(`Stopping ${stale.length} process(es) left running in ${target.dir} by an earlier run: ${stale.join(', ')}`);
	shared.signalAll(stale, 'SIGTERM');
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline && shared.ours(target.dir).length) await sleep(250);
	shared.signalAll(shared.ours(target.dir), 'SIGKILL');
}

/** Spawns the watchdog; returns a function that ends it (call it once the stack has stopped). */
export function startReaper(target: ReapTarget): () => void {
	const code = `${SHARED}
const [parent, dir, pgCtl, dataDir, asPg] = process.argv.slice(1);
const alive = (pid) => { try { process.kill(Number(pid), 0); return true; } catch (e) { return false; } };
process.on('SIGTERM', () => process.exit(0));
setInterval(() => {
	if (alive(parent)) return;
	stopPostgres(pgCtl, dataDir, asPg === '1');
	signalAll(ours(dir), 'SIGTERM');
	setTimeout(() => { signalAll(ours(dir), 'SIGKILL'); process.exit(0); }, 15000);
}, 1000);
`;
	const child = spawn(process.execPath, ['-e', code, String(process.pid), target.dir, target.pgCtl ?? '', target.pgDataDir, asPostgres() ? '1' : '0'], {
		cwd: '/',
		detached: true,
		stdio: 'ignore',
	});
	child.unref();
	return () => {
		try {
			child.kill('SIGTERM');
		} catch {
			// gone
		}
	};
}
