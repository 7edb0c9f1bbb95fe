/**
 * `npm start`: the one-command demo. Installs (or reuses) the pinned n8n runtime, installs this
 * pack into it from its packed tarball, starts the reference CRM and n8n, imports and publishes
 * the shipped workflows, and prints how to reach them. Ctrl-C stops everything it started.
 *
 * Environment: N8N_PORT (5678), CRM_PORT (5680), CHANNELS_PORT (5681), SMTP_PORT (2525), N8N_RUNNERS_BROKER_PORT (5679),
 * DEMO_USER_FOLDER (.runtime/home), N8N_RUNTIME_CACHE (~/.cache/n8n-igaming-support),
 * DEMO_VERBOSE=1 echoes n8n's own log.
 */
import * as path from 'path';

import { ROOT } from './install';
import { startStack, stopAllStacks } from './stack';

const env = process.env;

/** A curl line that posts a chat message; the shell fills in a fresh message id and the time. */
function chatCurl(n8nUrl: string): string {
	const body =
		'{"conversationId":"demo-conv-1","messageId":"demo-$(date +%s)","sentAt":"$(date -u +%FT%TZ)",' +
		'"text":"Hi, my withdrawal has been pending for 3 days, can you check?",' +
		'"player":{"id":"p-1004","email":"dan.gold@example.com","name":"Dan Gold"},"source":"chat"}';
	return `curl -sS -X POST ${n8nUrl}/webhook/support/chat -H 'Content-Type: application/json' -d "${body.replace(/"/g, '\\"')}"`;
}

async function main(): Promise<void> {
	const started = Date.now();
	const log = (message: string) => console.log(message);
	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		log(`\n${signal}: stopping n8n, the reference CRM and the channel gateway…`);
		await stopAllStacks();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop('SIGINT'));
	process.on('SIGTERM', () => void stop('SIGTERM'));

	const stack = await startStack({
		userFolder: env.DEMO_USER_FOLDER ? path.resolve(env.DEMO_USER_FOLDER) : path.join(ROOT, '.runtime', 'home'),
		n8nPort: Number(env.N8N_PORT ?? 5678),
		crmPort: Number(env.CRM_PORT ?? 5680),
		gatewayPort: Number(env.CHANNELS_PORT ?? 5681),
		smtpPort: Number(env.SMTP_PORT ?? 2525),
		runnerBrokerPort: Number(env.N8N_RUNNERS_BROKER_PORT ?? 5679),
		echoN8nOutput: env.DEMO_VERBOSE === '1',
		log,
	});
	if (stopping) return;
	const seconds = Math.round((Date.now() - started) / 1000);
	log(`
Ready in ${seconds} s.

  n8n editor      ${stack.n8nUrl}/home/workflows
  login           ${stack.owner.email} / ${stack.owner.password}
  reference CRM   ${stack.crmUrl} (API key demo-crm-key)
  channel gateway ${stack.gateway.url}/_gateway/requests (replies sent to Telegram, WhatsApp, Viber)
  e-mail sink     ${stack.gateway.url}/_gateway/mail (SMTP on 127.0.0.1:${stack.gateway.smtpPort})
  agent API       POST ${stack.n8nUrl}/webhook/support/agent (header X-Agent-Token: demo-agent-token)
  Data Tables     ${Object.keys(stack.tables).join(', ')}
  user folder     ${stack.userFolder}

Post a chat ticket (the answer is the stored ticket):

  ${chatCurl(stack.n8nUrl)}

Other channels: POST ${stack.n8nUrl}/webhook/support/{email,telegram,whatsapp,viber,phone} (see docs/runtime.md).
Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
