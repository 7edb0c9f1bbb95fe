/**
 * `npm run start:queue`: the demo in n8n queue mode. PostgreSQL and Redis from Debian's packages
 * (installed with apt when missing) on 127.0.0.1 with their data under .runtime/queue/, n8n main
 * on 5678 and two workers, the pack installed in each user folder, the reference CRM, the shipped
 * workflows published. Ctrl-C or SIGTERM stops everything it started.
 *
 * Environment: N8N_PORT (5678), CRM_PORT (5680), QUEUE_POSTGRES_PORT (5733), QUEUE_REDIS_PORT
 * (6380), QUEUE_WORKERS (2), QUEUE_WORKER_CONCURRENCY (10), QUEUE_FRESH=1 (new database),
 * QUEUE_DIR (.runtime/queue), DEMO_VERBOSE=1 (echo n8n's logs).
 */
import * as path from 'path';

import { stopAllStacks } from '../stack';
import { DEFAULT_QUEUE_PORTS, startQueueStack, stopAllQueueStacks } from './queue-stack';

const env = process.env;
const num = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

function chatCurl(n8nUrl: string): string {
	const body = {
		conversationId: 'demo-conv-1',
		messageId: `demo-msg-${Date.now()}`,
		text: 'Hi, my withdrawal has been pending for 3 days, can you check?',
		sentAt: new Date().toISOString(),
		player: { id: 'p-1004', email: 'dan.gold@example.com', name: 'Dan Gold' },
		source: 'chat',
	};
	return `curl -sS -X POST ${n8nUrl}/webhook/support/chat -H 'Content-Type: application/json' -d '${JSON.stringify(body)}'`;
}

async function main(): Promise<void> {
	const started = Date.now();
	const log = (message: string) => console.log(message);
	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		log(`\n${signal}: stopping the workers, n8n main, the CRM, Redis and PostgreSQL…`);
		await stopAllQueueStacks();
		await stopAllStacks();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop('SIGINT'));
	process.on('SIGTERM', () => void stop('SIGTERM'));

	const n8nPort = num(env.N8N_PORT, DEFAULT_QUEUE_PORTS.n8n);
	const stack = await startQueueStack({
		dir: env.QUEUE_DIR ? path.resolve(env.QUEUE_DIR) : undefined,
		ports: {
			n8n: n8nPort,
			runnerBroker: num(env.N8N_RUNNERS_BROKER_PORT, n8nPort + 1),
			crm: num(env.CRM_PORT, DEFAULT_QUEUE_PORTS.crm),
			postgres: num(env.QUEUE_POSTGRES_PORT, DEFAULT_QUEUE_PORTS.postgres),
			redis: num(env.QUEUE_REDIS_PORT, DEFAULT_QUEUE_PORTS.redis),
		},
		workers: num(env.QUEUE_WORKERS, 2),
		workerConcurrency: num(env.QUEUE_WORKER_CONCURRENCY, 10),
		fresh: env.QUEUE_FRESH === '1',
		echoN8nOutput: env.DEMO_VERBOSE === '1',
		log,
	});
	if (stopping) return;
	const seconds = Math.round((Date.now() - started) / 1000);
	log(`
Queue mode ready in ${seconds} s.

  n8n editor      ${stack.n8nUrl}/home/workflows
  login           ${stack.main.owner.email} / ${stack.main.owner.password}
  workers         ${stack.workers.map((w) => `#${w.index + 1} pid ${w.pid()} (${w.healthUrl})`).join(', ')}
  PostgreSQL      ${stack.postgres.host}:${stack.postgres.port} database ${stack.database} (Data Tables: ${Object.keys(stack.main.tables).join(', ')})
  Redis           ${stack.redis.host}:${stack.redis.port}
  reference CRM   ${stack.crmUrl} (API key demo-crm-key)
  runtime folder  ${stack.dir}

Post a chat ticket (a worker runs it; the answer is the stored ticket):

  ${chatCurl(stack.n8nUrl)}

Other channels: POST ${stack.n8nUrl}/webhook/support/{email,telegram,whatsapp,viber,phone}. See docs/queue-mode.md.
Ctrl-C stops everything.`);
}

main().catch(async (error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	await stopAllQueueStacks();
	process.exit(1);
});
