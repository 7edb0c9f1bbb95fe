/**
 * The demo stack as a reusable module: the reference CRM, a real n8n (pinned runtime, SQLite)
 * with this pack installed from its packed tarball, the demo credentials, the Data Tables and
 * the shipped workflows published. `npm start` and the e2e tests both use `startStack`; each
 * caller picks its own ports and user folder, so several stacks can run side by side.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { startChannelGateway, type ChannelGateway } from '../channel-gateway/server';
import { createCrmServer, type CrmServer } from '../crm-server/server';
import { DATA_TABLES, demoCredentials, shippedWorkflows, type TableSpec, type WorkflowFile } from './demo-setup';
import { ensureRuntime, ROOT, run, type Log, type Runtime } from './install';

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

export const DEMO_OWNER: Owner = {
	email: 'admin@igaming-support.dev',
	password: 'Support-Desk-2026',
	firstName: 'Support',
	lastName: 'Admin',
};

export interface StackOptions {
	/** N8N_USER_FOLDER: n8n's database, config and installed community packages live under it. */
	userFolder: string;
	n8nPort?: number;
	crmPort?: number;
	/** Port of n8n's task-runner broker (must differ between stacks running at once). */
	runnerBrokerPort?: number;
	host?: string;
	encryptionKey?: string;
	owner?: Owner;
	log?: Log;
	/** Also echo n8n's own output to the log (always written to <userFolder>/n8n.log). */
	echoN8nOutput?: boolean;
	/** Extra environment for the n8n process (e.g. EXECUTIONS_MODE for a queue variant). */
	env?: Record<string, string>;
	/** Skip `npm run build` and reuse dist/ as it is. */
	skipBuild?: boolean;
	/** Workflows to import and publish; default: every file in workflows/. */
	workflows?: WorkflowFile[];
	/** Ids of workflows to publish (activate); default: all imported. */
	publish?: string[];
	/** Do not start the in-process reference CRM (the caller runs its own, or tests "CRM down"). */
	externalCrmUrl?: string;
	/** Ports of the reference channel gateway (HTTP) and its SMTP sink; default any free port. */
	gatewayPort?: number;
	smtpPort?: number;
}

export interface Stack {
	n8nUrl: string;
	crmUrl: string;
	/** The in-process reference CRM (undefined with externalCrmUrl): fault switches, stats, stop/restart. */
	crm?: CrmServer;
	apiKey: string;
	owner: Owner;
	runtime: Runtime;
	userFolder: string;
	tables: Record<string, string>;
	workflowIds: string[];
	/** Calls n8n's public API (`/api/v1…`) with the API key. */
	api<T = unknown>(method: string, apiPath: string, body?: unknown): Promise<T>;
	/** The reference channel gateway the demo credentials send replies to (Telegram, WhatsApp, Viber, SMTP). */
	gateway: ChannelGateway;
	/** Restarts the reference CRM on the same port (after `crm.close()` for a "CRM down" test). */
	restartCrm(): Promise<void>;
	stop(): Promise<void>;
}

/** Cleanups of stacks being started or running, so a signal during start-up stops them too. */
const running = new Set<() => Promise<void>>();

/** Stops every stack this process started (for signal handlers). */
export async function stopAllStacks(): Promise<void> {
	await Promise.all([...running].map((stop) => stop()));
}

/**
 * The undo steps of a stack being started: `push` each as its part starts; `run` undoes them in
 * reverse order, logs (and survives) each failure, and is registered in `registry` until it ran,
 * so a signal handler can stop a stack that is still starting.
 */
export function cleanupStack(log: Log, registry: Set<() => Promise<void>>) {
	const steps: Array<() => Promise<void>> = [];
	const run = async () => {
		registry.delete(run);
		while (steps.length) {
			const next = steps.pop();
			try {
				await next?.();
			} catch (error) {
				log(`cleanup: ${String(error)}`);
			}
		}
	};
	registry.add(run);
	return { push: (step: () => Promise<void>) => steps.push(step), run };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The environment every n8n process and CLI call on one database shares. */
export function n8nEnv(runtime: Runtime, options: Required<Pick<StackOptions, 'userFolder' | 'n8nPort' | 'host' | 'encryptionKey' | 'runnerBrokerPort'>> & { env?: Record<string, string> }): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	// Keep only what a process needs from the caller: no npm_* or TS_NODE_* leaking into n8n.
	for (const key of ['HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'XDG_CACHE_HOME']) {
		if (process.env[key] !== undefined) env[key] = process.env[key];
	}
	return {
		...env,
		PATH: runtime.path,
		N8N_USER_FOLDER: options.userFolder,
		DB_TYPE: 'sqlite',
		N8N_PORT: String(options.n8nPort),
		N8N_LISTEN_ADDRESS: options.host,
		N8N_HOST: options.host,
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://${options.host}:${options.n8nPort}/`,
		WEBHOOK_URL: `http://${options.host}:${options.n8nPort}/`,
		N8N_ENCRYPTION_KEY: options.encryptionKey,
		N8N_RUNNERS_BROKER_PORT: String(options.runnerBrokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		GENERIC_TIMEZONE: 'UTC',
		...(options.env ?? {}),
	};
}

/** Builds the pack and packs it; returns the tarball's path. */
export async function packThePack(log: Log, skipBuild = false): Promise<string> {
	if (!skipBuild) {
		log('Building the pack (npm run build)…');
		await run('npm', ['run', 'build', '--silent'], { cwd: ROOT, log, quiet: true });
	}
	const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'igs-pack-'));
	const out = await run('npm', ['pack', '--pack-destination', dest, '--json', '--silent'], { cwd: ROOT, log, quiet: true });
	const start = out.indexOf('[');
	const [{ filename }] = JSON.parse(out.slice(start)) as Array<{ filename: string }>;
	const tarball = path.join(dest, path.basename(filename));
	log(`Packed ${path.basename(tarball)}`);
	return tarball;
}

/** Installs the tarball into <userFolder>/.n8n/nodes the way n8n installs community packages. */
export async function installPack(userFolder: string, tarball: string, log: Log): Promise<void> {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	}
	const pkgName = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;
	// A tarball of the same version would otherwise be taken as already installed.
	fs.rmSync(path.join(nodesDir, 'node_modules', pkgName), { recursive: true, force: true });
	await run('npm', ['install', tarball, '--omit=peer', '--ignore-scripts', '--package-lock=false', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: nodesDir,
		log,
		quiet: true,
	});
	log(`Installed ${pkgName} into ${nodesDir}`);
}

/** Runs one n8n CLI command (each boots n8n for a few seconds, so callers batch). */
async function n8nCli(runtime: Runtime, env: NodeJS.ProcessEnv, cwd: string, args: string[], log: Log): Promise<string> {
	return await run(runtime.nodeBin, [runtime.n8nBin, ...args], { cwd, env, log, quiet: true });
}

async function httpJson(
	url: string,
	init: { method?: string; headers?: Record<string, string>; body?: unknown },
): Promise<{ status: number; json: unknown; text: string; headers: Headers }> {
	const response = await fetch(url, {
		method: init.method ?? 'GET',
		headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) },
		body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: response.status, json, text, headers: response.headers };
}

async function waitForReadiness(url: string, child: ChildProcess, logFile: string, timeoutMs = 180_000): Promise<number> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`n8n exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(logFile)}`);
		}
		try {
			const response = await fetch(`${url}/healthz/readiness`);
			if (response.status === 200) return Date.now() - started;
		} catch {
			// not listening yet
		}
		await sleep(500);
	}
	throw new Error(`n8n was not ready within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

function tail(file: string, lines = 40): string {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

/** Owner set-up (first start only), then login; returns the auth cookie. */
async function ownerSession(n8nUrl: string, owner: Owner, log: Log): Promise<string> {
	const setup = await httpJson(`${n8nUrl}/rest/owner/setup`, { method: 'POST', body: owner });
	if (setup.status === 200) log(`Owner account created: ${owner.email}`);
	const login = await httpJson(`${n8nUrl}/rest/login`, {
		method: 'POST',
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	if (login.status !== 200) throw new Error(`Login as ${owner.email} failed (${login.status}): ${login.text.slice(0, 300)}`);
	const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
	const auth = cookies.find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error('Login answered without an n8n-auth cookie');
	return auth;
}

/** Reuses the API key saved in the user folder while it still works, else creates one. */
async function apiKeyFor(n8nUrl: string, cookie: string, userFolder: string, log: Log): Promise<string> {
	const keyFile = path.join(userFolder, 'demo-api-key.txt');
	if (fs.existsSync(keyFile)) {
		const saved = fs.readFileSync(keyFile, 'utf8').trim();
		const probe = await httpJson(`${n8nUrl}/api/v1/workflows?limit=1`, { headers: { 'X-N8N-API-KEY': saved } });
		if (probe.status === 200) return saved;
	}
	const headers = { cookie };
	const scopes = await httpJson(`${n8nUrl}/rest/api-keys/scopes`, { headers });
	if (scopes.status !== 200) throw new Error(`GET /rest/api-keys/scopes failed (${scopes.status}): ${scopes.text.slice(0, 300)}`);
	const scopeList = (scopes.json as { data: string[] }).data;
	const created = await httpJson(`${n8nUrl}/rest/api-keys`, {
		method: 'POST',
		headers,
		body: { label: `demo ${new Date().toISOString()}`, scopes: scopeList, expiresAt: null },
	});
	if (created.status !== 200) throw new Error(`Creating an API key failed (${created.status}): ${created.text.slice(0, 300)}`);
	const key = (created.json as { data: { rawApiKey: string } }).data.rawApiKey;
	fs.writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
	log('API key created (saved in the user folder)');
	return key;
}

function makeApi(n8nUrl: string, apiKey: string) {
	return async <T>(method: string, apiPath: string, body?: unknown): Promise<T> => {
		const response = await httpJson(`${n8nUrl}/api/v1${apiPath}`, { method, headers: { 'X-N8N-API-KEY': apiKey }, body });
		if (response.status >= 300) {
			throw new Error(`${method} /api/v1${apiPath} → ${response.status}: ${response.text.slice(0, 500)}`);
		}
		return response.json as T;
	};
}

/** Creates the Data Tables that do not exist yet; returns name → id. */
export async function ensureDataTables(
	api: ReturnType<typeof makeApi>,
	specs: TableSpec[],
	log: Log,
): Promise<Record<string, string>> {
	const listed = await api<{ data: Array<{ id: string; name: string; columns?: Array<{ name: string }> }> }>('GET', '/data-tables?limit=250');
	const ids: Record<string, string> = {};
	for (const spec of specs) {
		const existing = listed.data.find((t) => t.name === spec.name);
		if (existing) {
			ids[spec.name] = existing.id;
			continue;
		}
		const created = await api<{ id: string }>('POST', '/data-tables', { name: spec.name, columns: spec.columns });
		ids[spec.name] = created.id;
		log(`Data Table created: ${spec.name}`);
	}
	return ids;
}

async function publishWorkflows(api: ReturnType<typeof makeApi>, ids: string[], log: Log): Promise<void> {
	for (const id of ids) {
		await api('POST', `/workflows/${id}/publish`);
	}
	if (ids.length) log(`Published ${ids.length} workflow(s)`);
}

function writeTemp(dir: string, name: string, data: unknown): string {
	const file = path.join(dir, name);
	fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
	return file;
}

async function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = sleep(timeoutMs).then(() => 'timeout' as const);
	if ((await Promise.race([exited, timer])) === 'timeout') {
		child.kill('SIGKILL');
		await exited;
	}
}

/**
 * Starts the whole stack and returns once every shipped workflow is published. On any failure
 * everything already started is stopped before the error is rethrown.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
	const log = options.log ?? ((message: string) => console.log(message));
	const host = options.host ?? '127.0.0.1';
	const n8nPort = options.n8nPort ?? 5678;
	const crmPort = options.crmPort ?? 5680;
	const runnerBrokerPort = options.runnerBrokerPort ?? 5679;
	const encryptionKey = options.encryptionKey ?? 'igaming-support-demo-encryption-key';
	const owner = options.owner ?? DEMO_OWNER;
	const userFolder = path.resolve(options.userFolder);
	fs.mkdirSync(userFolder, { recursive: true });

	const cleanups = cleanupStack(log, running);
	const cleanup = cleanups.run;
	try {
		const [runtime, tarball] = await Promise.all([ensureRuntime(log), packThePack(log, options.skipBuild)]);
		cleanups.push(async () => fs.rmSync(path.dirname(tarball), { recursive: true, force: true }));
		await installPack(userFolder, tarball, log);

		let crm: CrmServer | undefined;
		const startCrm = async () => {
			crm = await createCrmServer({ port: crmPort, host, apiKey: 'demo-crm-key' });
		};
		if (!options.externalCrmUrl) {
			await startCrm();
			cleanups.push(async () => crm?.close());
			log(`Reference CRM listening on ${crm?.url}`);
		}
		const crmUrl = options.externalCrmUrl ?? `http://${host}:${crmPort}`;
		// The gateway cannot see the players' messages (they reach n8n), so it leaves the WhatsApp
		// 24-hour window to the Player Reply node, which judges it from the ticket.
		const gateway = await startChannelGateway({ port: options.gatewayPort ?? 0, smtpPort: options.smtpPort ?? 0, whatsappWindow: false });
		cleanups.push(async () => gateway.close());
		log(`Reference channel gateway listening on ${gateway.url} (SMTP sink on port ${gateway.smtpPort})`);

		const env = n8nEnv(runtime, { userFolder, n8nPort, host, encryptionKey, runnerBrokerPort, env: options.env });
		// n8n reads a .env from its working directory: run it from the user folder, which has none.
		const cwd = userFolder;
		const workflows = options.workflows ?? shippedWorkflows();
		const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'igs-import-'));
		cleanups.push(async () => fs.rmSync(scratch, { recursive: true, force: true }));
		const importStarted = Date.now();
		await n8nCli(runtime, env, cwd, ['import:credentials', `--input=${writeTemp(scratch, 'credentials.json', demoCredentials({ crmUrl, gatewayUrl: gateway.url, smtpPort: gateway.smtpPort }))}`], log);
		if (workflows.length) {
			const forImport = workflows.map((w) => ({ ...w, active: false }));
			await n8nCli(runtime, env, cwd, ['import:workflow', `--input=${writeTemp(scratch, 'workflows.json', forImport)}`], log);
		}
		log(`Imported ${demoCredentials({ crmUrl }).length} credentials and ${workflows.length} workflow(s) (${Math.round((Date.now() - importStarted) / 1000)} s)`);

		const logFile = path.join(userFolder, 'n8n.log');
		const out = fs.openSync(logFile, 'a');
		const child = spawn(runtime.nodeBin, [runtime.n8nBin, 'start'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const onOutput = (chunk: Buffer) => {
			fs.writeSync(out, chunk);
			if (options.echoN8nOutput) for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  [n8n] ${line}`);
		};
		child.stdout?.on('data', onOutput);
		child.stderr?.on('data', onOutput);
		cleanups.push(async () => {
			await stopChild(child);
			fs.closeSync(out);
		});
		const n8nUrl = `http://${host}:${n8nPort}`;
		log(`Starting n8n ${runtime.n8nVersion} on ${n8nUrl} (log: ${logFile})…`);
		const readyIn = await waitForReadiness(n8nUrl, child, logFile);
		log(`n8n ready in ${(readyIn / 1000).toFixed(1)} s`);

		const cookie = await ownerSession(n8nUrl, owner, log);
		const apiKey = await apiKeyFor(n8nUrl, cookie, userFolder, log);
		const api = makeApi(n8nUrl, apiKey);
		const tables = await ensureDataTables(api, DATA_TABLES, log);
		const toPublish = options.publish ?? workflows.map((w) => w.id);
		await publishWorkflows(api, toPublish, log);

		let stopped = false;
		return {
			n8nUrl,
			crmUrl,
			get crm() {
				return crm;
			},
			apiKey,
			gateway,
			owner,
			runtime,
			userFolder,
			tables,
			workflowIds: workflows.map((w) => w.id),
			api,
			restartCrm: async () => {
				if (options.externalCrmUrl) throw new Error('The stack does not run the CRM');
				await startCrm();
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
