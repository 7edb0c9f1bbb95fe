/**
 * The real thing: n8n 2.40.7 on Node 24 with this pack installed from its tarball, the shipped
 * workflows imported and published, the reference CRM beside it. Ports 5688 (n8n), 5689 (task
 * runner broker), 5690 (CRM) so a running `npm start` demo is left alone; the user folder is a
 * fresh temporary one, removed at the end (its n8n.log is copied to test/artifacts/ first).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { startStack, type Stack } from '../../tools/runtime/stack';
import { closedTicket } from '../fixtures/closed-tickets';
import { nextMessage } from '../workflows/support/conversation';
import { channelPayloads, handOffPayloads, type ChannelPayload } from '../workflows/support/payloads';
import { ticketRow } from '../workflows/support/rows';
import { sign } from '../workflows/support/shipped-sign';
import { waWebhook, whatsapp } from '../fixtures/channels/real-payloads';
import { eventually, postWebhook, rows } from './support/client';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const RUN = `e2e${Date.now().toString(36)}`;
const JOBS = { 'x-jobs-token': 'demo-jobs-token' };

interface TicketJson {
	id: string;
	channel: string;
	language: string;
	status: string;
	category: string;
	tags: string[];
	routing?: { queue: string; level: string };
	sla?: { metrics: Record<string, { state: string; dueAt: string }> };
	crm?: Record<string, unknown>;
	history: Array<{ event: string }>;
}

let stack: Stack;
let userFolder: string;

beforeAll(async () => {
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'igs-e2e-'));
	stack = await startStack({
		userFolder,
		n8nPort: Number(process.env.E2E_N8N_PORT ?? 5688),
		runnerBrokerPort: Number(process.env.E2E_RUNNER_PORT ?? 5689),
		crmPort: Number(process.env.E2E_CRM_PORT ?? 5690),
		skipBuild: process.env.E2E_SKIP_BUILD === '1',
		// e.g. E2E_N8N_ENV='{"N8N_DEFAULT_BINARY_DATA_MODE":"filesystem"}' to try another n8n setting
		env: process.env.E2E_N8N_ENV ? (JSON.parse(process.env.E2E_N8N_ENV) as Record<string, string>) : undefined,
		log: (message) => process.stdout.write(`[stack] ${message}\n`),
	});
}, 30 * 60_000);

afterAll(async () => {
	await stack?.stop();
	if (userFolder) {
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		const log = path.join(userFolder, 'n8n.log');
		if (fs.existsSync(log)) fs.copyFileSync(log, path.join(ARTIFACTS, 'e2e-n8n.log'));
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}, 60_000);

const payloads = channelPayloads(RUN);

describe('intake pipeline on a real n8n', () => {
	it.each(payloads.map((p) => [p.label, p] as const))('%s: stored and answered with the ticket', async (_label, payload) => {
		const raw = JSON.stringify(payload.body);
		const posted = await postWebhook(stack, `support/${payload.endpoint}`, raw, payload.sign ? payload.sign(raw) : {});
		expect(posted.status).toBe(200);
		const ticket = posted.body.ticket as TicketJson;
		expect(ticket.channel).toBe(payload.channel);
		expect(ticket.language).toBe(payload.language);
		expect(posted.body.duplicate).toBe(false);

		const stored = await rows(stack, 'support_tickets', { ticketId: ticket.id });
		expect(stored).toHaveLength(1);
		expect(stored[0].channel).toBe(payload.channel);
		expect(stored[0].language).toBe(payload.language);
		expect(JSON.parse(String(stored[0].ticket))).toEqual(ticket);
		const notified = await rows(stack, 'support_notifications', { ticketId: ticket.id });
		// answered by the assistant, or handed to a person with a queue and SLA clocks
		if ((ticket as TicketJson & { resolvedBy?: string }).resolvedBy === 'bot') {
			expect(ticket.status).toBe('resolved');
			expect(notified.map((n) => n.kind)).toEqual(['answered_by_bot']);
		} else {
			expect(stored[0].queue).toBe(ticket.routing?.queue);
			expect(stored[0].slaState).toBe('running');
			expect(notified.map((n) => n.kind)).toEqual(['new']);
		}
	});

	it('a duplicate delivery gets the stored ticket back and makes no second ticket', async () => {
		const chat = payloads[0];
		const raw = JSON.stringify(chat.body);
		const again = await postWebhook(stack, 'support/chat', raw);
		expect(again.status).toBe(200);
		expect(again.body.duplicate).toBe(true);
		expect(again.headers.get('x-duplicate-delivery')).toBe('true');
		const id = (again.body.ticket as TicketJson).id;
		expect(await rows(stack, 'support_tickets', { ticketId: id })).toHaveLength(1);
	});

	it('a malformed payload gets 400 with a clear message and is not stored', async () => {
		const before = (await rows(stack, 'support_tickets')).length;
		const posted = await postWebhook(stack, 'support/chat', JSON.stringify({ hello: 'world' }));
		expect(posted.status).toBe(400);
		expect(String(posted.body.error)).toMatch(/expected|missing/i);
		expect(posted.body.stored).toBe(false);
		expect((await rows(stack, 'support_tickets')).length).toBe(before);
	});

	it('a body that is not JSON at all is refused with 4xx and not stored', async () => {
		const before = (await rows(stack, 'support_tickets')).length;
		const posted = await postWebhook(stack, 'support/email', 'this is {not json');
		expect(posted.status).toBeGreaterThanOrEqual(400);
		expect(posted.status).toBeLessThan(500);
		expect((await rows(stack, 'support_tickets')).length).toBe(before);
	});

	it('a WhatsApp delivery with a bad signature is refused with 401 and not stored', async () => {
		const whatsapp = channelPayloads(`${RUN}-badsig`).find((p) => p.endpoint === 'whatsapp')!;
		const raw = JSON.stringify(whatsapp.body);
		const posted = await postWebhook(stack, 'support/whatsapp', raw, { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` });
		expect(posted.status).toBe(401);
		expect(String(posted.body.error)).toMatch(/signature/);
		// The same body correctly signed is accepted: the refusal was about the signature only.
		const good = await postWebhook(stack, 'support/whatsapp', raw, sign.whatsapp(raw));
		expect(good.status).toBe(200);
	});

	it('a WhatsApp status-only delivery is acknowledged 200 without a ticket; a delivery batching two players stores both', async () => {
		const statuses = JSON.stringify(waWebhook(whatsapp.statuses));
		const acknowledged = await postWebhook(stack, 'support/whatsapp', statuses, sign.whatsapp(statuses));
		expect(acknowledged.status).toBe(200);
		expect(acknowledged.body).toMatchObject({ stored: false });
		expect(String(acknowledged.body.ignored)).toMatch(/status/i);

		const batch = JSON.stringify(waWebhook(whatsapp.twoMessages));
		const posted = await postWebhook(stack, 'support/whatsapp', batch, sign.whatsapp(batch));
		expect(posted.status).toBe(200);
		const stored = await eventually('both tickets of the batch stored', async () => {
			const found = (await rows(stack, 'support_tickets', { channel: 'whatsapp' })).filter((row) => /MULTI/.test(String(row.ticket)));
			return found.length === 2 ? found : undefined;
		});
		expect(stored.map((row) => (JSON.parse(String(row.ticket)) as TicketJson).language).sort()).toEqual(['es', 'it']);
	});

	it('a WhatsApp delivery signed over Meta-style escaped JSON (\\u00bf) is verified over the raw bytes', async () => {
		// Meta sends non-ASCII as \\uXXXX escapes: only the exact raw body verifies, not a re-serialisation.
		const whatsapp = channelPayloads(`${RUN}-escaped`).find((p) => p.endpoint === 'whatsapp')!;
		const raw = JSON.stringify(whatsapp.body).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
		expect(raw).toContain('\\u00bf');
		const posted = await postWebhook(stack, 'support/whatsapp', raw, sign.whatsapp(raw));
		expect(posted.status).toBe(200);
		expect((posted.body.ticket as TicketJson & { body: string }).body).toContain('¿Me ayudan?');
	});

	it('with the CRM down, tickets still flow and are stored flagged', async () => {
		const chat = handOffPayloads(`${RUN}-crmdown`).dispute;
		await stack.crm!.close();
		try {
			const posted = await postWebhook(stack, 'support/chat', JSON.stringify(chat));
			expect(posted.status).toBe(200);
			const ticket = posted.body.ticket as TicketJson;
			const stored = await rows(stack, 'support_tickets', { ticketId: ticket.id });
			expect(stored).toHaveLength(1);
			expect(String(stored[0].flags)).toMatch(/crm/);
			expect(ticket.tags).toContain('crm:unavailable');
			expect(ticket.routing?.queue).toBe('disputes');
		} finally {
			await stack.restartCrm();
		}
	});
});

describe('the conversation loop on a real n8n (replies to the reference channel gateway and SMTP sink)', () => {
	const AGENT = { 'x-agent-token': 'demo-agent-token' };
	type LoopTicket = TicketJson & {
		status: string;
		reopenCount?: number;
		resolvedBy?: string;
		routing?: { queue: string; level: string; assignee?: string };
		messages?: Array<{ id: string; from: string; text: string; delivery?: { state: string } }>;
		sla?: { metrics: Record<string, { state: string; dueAt: string; achievedAt?: string }> };
	};
	const playerWrites = async (payload: ChannelPayload, body: Record<string, unknown>) => {
		const raw = JSON.stringify(body);
		const posted = await postWebhook(stack, `support/${payload.endpoint}`, raw, payload.sign ? payload.sign(raw) : {});
		expect([posted.status, posted.text.slice(0, 200)]).toEqual([200, expect.any(String)]);
		return posted.body.ticket as LoopTicket;
	};
	const agentDoes = async (action: Record<string, unknown>) => {
		const posted = await postWebhook(stack, 'support/agent', JSON.stringify(action), AGENT);
		return posted;
	};
	/** What the gateway received for replies to this player, in order. */
	const repliesTo = (payload: ChannelPayload) =>
		stack.gateway.requests().filter((request) => {
			const body = request.body as Record<string, unknown> | null;
			if (!body) return false;
			if (payload.endpoint === 'telegram') return /sendMessage$/.test(request.path) && String(body.chat_id) === String((payload.body.message as { chat: { id: number } }).chat.id);
			if (payload.endpoint === 'whatsapp') return /\/messages$/.test(request.path) && body.to === '35699001005';
			if (payload.endpoint === 'viber') return /send_message$/.test(request.path) && body.receiver === 'viber-1003';
			return false;
		});

	it.each(['telegram', 'whatsapp', 'viber', 'email', 'chat'] as const)(
		'%s: reply on the channel, follow-up joins, pending, the player answers, resolve, a later message reopens — nothing answered in time breaches',
		async (endpoint) => {
			const payload = channelPayloads(`${RUN}-loop-${endpoint}`, new Date().toISOString()).find((p) => p.endpoint === endpoint) as ChannelPayload;
			let ticket = await playerWrites(payload, payload.body);
			const id = ticket.id;
			if (ticket.resolvedBy === 'bot') {
				expect(ticket.messages?.map((m) => m.from)).toEqual(['player', 'bot']);
				ticket = await playerWrites(payload, nextMessage(payload, 2, 'That did not help, I still have the same problem.', new Date().toISOString()));
				expect(ticket).toMatchObject({ id, status: 'open', reopenCount: 1 });
			}
			const agentId = String(ticket.routing?.assignee);
			const sentBefore = repliesTo(payload).length;
			const mailBefore = stack.gateway.mail().length;

			const before = Date.now();
			const reply = await agentDoes({ type: 'reply', ticketId: id, agentId, actionId: `${id}-r1`, text: 'Thanks for waiting, I am on it.' });
			expect(reply.status).toBe(200);
			ticket = reply.body.ticket as LoopTicket;
			const achievedAt = Date.parse(String(ticket.sla?.metrics.firstResponse.achievedAt));
			expect(achievedAt).toBeGreaterThanOrEqual(before - 1000);
			expect(achievedAt).toBeLessThanOrEqual(Date.now());
			const agentMessage = ticket.messages?.find((m) => m.from === 'agent');
			if (['telegram', 'whatsapp', 'viber'].includes(endpoint)) {
				const sent = repliesTo(payload).slice(sentBefore);
				expect(sent).toHaveLength(1);
				const body = sent[0].body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
				if (endpoint === 'telegram') expect(body).toMatchObject({ chat_id: '701002', text: 'Thanks for waiting, I am on it.', reply_parameters: { message_id: expect.any(Number) } });
				if (endpoint === 'whatsapp') {
					expect(body).toMatchObject({ messaging_product: 'whatsapp', to: '35699001005', type: 'text', text: { body: 'Thanks for waiting, I am on it.' } });
					expect(sent[0].headers.authorization).toBe('Bearer demo-whatsapp-token');
				}
				if (endpoint === 'viber') {
					expect(body).toMatchObject({ receiver: 'viber-1003', type: 'text', text: 'Thanks for waiting, I am on it.', sender: { name: 'Casino Support' } });
					expect(sent[0].headers['x-viber-auth-token']).toBe('demo-viber-token');
				}
				expect(agentMessage?.delivery?.state).toBe('sent');
			}
			if (endpoint === 'email') {
				const [mail] = stack.gateway.mail().slice(mailBefore);
				expect(mail).toMatchObject({ subject: `Re: ${String(payload.body.subject)} [#${id}]`, envelope: { to: ['anna.regular@example.com'] } });
				expect(mail.text?.trim()).toBe('Thanks for waiting, I am on it.');
			}

			ticket = await playerWrites(payload, nextMessage(payload, 3, 'Ok, how long will it take?', new Date().toISOString()));
			expect(ticket.id).toBe(id);
			expect(ticket.sla?.metrics.nextResponse.state).toBe('running');
			expect((await agentDoes({ type: 'reply', ticketId: id, agentId, actionId: `${id}-r2`, text: 'Can you send a screenshot?' })).status).toBe(200);
			const pending = await agentDoes({ type: 'pending', ticketId: id, agentId, actionId: `${id}-p` });
			expect((pending.body.ticket as LoopTicket).status).toBe('pending');
			ticket = await playerWrites(payload, nextMessage(payload, 4, 'Here it is, the screen shows error 504.', new Date().toISOString()));
			expect(ticket.status).toBe('open');
			const resolved = await agentDoes({ type: 'resolve', ticketId: id, agentId, actionId: `${id}-done` });
			ticket = resolved.body.ticket as LoopTicket;
			expect(ticket).toMatchObject({ status: 'resolved', resolvedBy: 'agent' });

			// the monitor finds nothing to escalate: every clock was met
			expect((await postWebhook(stack, 'support/jobs/sla-monitor', '{}', JOBS)).status).toBe(202);
			ticket = await playerWrites(payload, nextMessage(payload, 5, 'Sorry, the problem is back again today.', new Date().toISOString()));
			expect(ticket).toMatchObject({ id, status: 'open' });
			const [row] = await rows(stack, 'support_tickets', { ticketId: id });
			const stored = JSON.parse(String(row.ticket)) as LoopTicket;
			expect(Object.values(stored.sla?.metrics ?? {}).filter((m) => m.state === 'breached')).toEqual([]);
			expect(stored.status).not.toBe('escalated');
			expect((await rows(stack, 'support_tickets', { threadKey: String(row.threadKey) })).length).toBe(1);
			if (['telegram', 'whatsapp', 'viber'].includes(endpoint)) expect(repliesTo(payload).slice(sentBefore)).toHaveLength(2);
		},
		120_000,
	);

	it('the agent API refuses a caller without the agent token, and a bad action with 4xx naming the field', async () => {
		expect((await postWebhook(stack, 'support/agent', JSON.stringify({ type: 'reply' }))).status).toBe(403);
		const bad = await agentDoes({ type: 'reply', ticketId: 'tkt_000000000000000000000000', agentId: 'agent-anna', actionId: `${RUN}-bad`, text: 'hi' });
		expect([bad.status, (bad.body.error as { field: string }).field]).toEqual([404, 'ticketId']);
	});
});

describe('load on a real n8n (SQLite, one main process)', () => {
	it('40 distinct messages from 4 concurrent clients plus their 40 repeats: every one answered, stored exactly once', async () => {
		const bodies = Array.from({ length: 40 }, (_, i) =>
			JSON.stringify({
				conversationId: `conv-${RUN}-load-${i}`,
				messageId: `msg-${RUN}-load-${i}`,
				text: ['My deposit is not showing on my balance', 'Il mio prelievo è in attesa da giorni', 'Nie mogę się zalogować do konta', 'No me llegó el bono de bienvenida'][i % 4],
				sentAt: new Date().toISOString(),
				player: { id: `p-${1001 + (i % 15)}` },
				source: 'chat',
			}),
		);
		const queue = [...bodies, ...bodies]; // every message delivered twice, as a retrying sender would
		const timings: number[] = [];
		const ids = new Set<string>();
		const statuses: number[] = [];
		const started = Date.now();
		await Promise.all(
			Array.from({ length: 4 }, async () => {
				for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
					const t0 = Date.now();
					const posted = await postWebhook(stack, 'support/chat', next);
					timings.push(Date.now() - t0);
					statuses.push(posted.status);
					if (posted.status === 200) ids.add((posted.body.ticket as TicketJson).id);
				}
			}),
		);
		const seconds = (Date.now() - started) / 1000;
		timings.sort((a, b) => a - b);
		const p = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
		process.stdout.write(
			`[load] 80 posts (40 distinct) in ${seconds.toFixed(1)} s = ${(80 / seconds).toFixed(1)}/s; median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${timings[timings.length - 1]} ms\n`,
		);
		expect(statuses.every((s) => s === 200)).toBe(true);
		expect(ids.size).toBe(40);
		for (const id of ids) expect(await rows(stack, 'support_tickets', { ticketId: id })).toHaveLength(1);
	}, 300_000);
});

describe('scheduled workflows on a real n8n (started through their run-now webhooks)', () => {
	it('the SLA monitor escalates a ticket whose clock ran out', async () => {
		// The trick: the message says it was sent two hours ago, and the pipeline starts SLA clocks
		// at the message's own time, so its first-response clock is already overdue when stored.
		const old = handOffPayloads(`${RUN}-sla`, new Date(Date.now() - 2 * 3_600_000).toISOString()).dispute;
		const posted = await postWebhook(stack, 'support/chat', JSON.stringify(old));
		expect(posted.status).toBe(200);
		const ticket = posted.body.ticket as TicketJson;
		expect((await rows(stack, 'support_tickets', { ticketId: ticket.id }))[0].slaState).toBe('running');

		const started = await postWebhook(stack, 'support/jobs/sla-monitor', '{}', JOBS);
		expect(started.status).toBe(202);
		const escalated = await eventually('the ticket to be escalated', async () => {
			const [row] = await rows(stack, 'support_tickets', { ticketId: ticket.id });
			return row?.slaState === 'breached' ? row : undefined;
		});
		const stored = JSON.parse(String(escalated.ticket)) as TicketJson;
		expect(stored.status).toBe('escalated');
		expect(escalated.level).toBe('L3'); // the disputes rule routes at L2; the breach raises it one level
		expect(stored.history.map((h) => h.event)).toContain('escalated');
		const notices = await rows(stack, 'support_notifications', { ticketId: ticket.id });
		expect(notices.map((n) => n.kind).sort()).toEqual(['breached', 'new']);
	});

	it('the run-now webhooks refuse a caller without the jobs token', async () => {
		const refused = await postWebhook(stack, 'support/jobs/sla-monitor', '{}');
		expect(refused.status).toBe(403);
	});

	it('the weekly QA sampling stores a sample of closed tickets per agent', async () => {
		const recent = new Date(Date.now() - 86_400_000).toISOString();
		const closed = Array.from({ length: 6 }, (_, i) =>
			closedTicket({ id: `tkt_${RUN}_qa${i}`, agent: `agent-e2e-${i % 2}`, channel: 'chat', createdAt: recent, firstResponseMin: 2, resolutionMin: 9, csat: i === 0 ? 1 : 5 }),
		);
		await stack.api('POST', `/data-tables/${stack.tables.support_tickets}/rows`, { data: closed.map((t) => ticketRow(t)), returnType: 'count' });
		const started = await postWebhook(stack, 'support/jobs/qa-sampling', '{}', JOBS);
		expect(started.status).toBe(202);
		const samples = await eventually('QA samples of both agents', async () => {
			const found = (await rows(stack, 'qa_samples')).filter((r) => String(r.ticketId).startsWith(`tkt_${RUN}_qa`));
			return new Set(found.map((r) => r.agent)).size === 2 ? found : undefined;
		});
		expect(samples.length).toBeGreaterThanOrEqual(4); // minimum 2 per agent
		const sample = JSON.parse(String(samples[0].sample)) as { qa: { sampled: boolean; scorecard: unknown } };
		expect(sample.qa.sampled).toBe(true);
		expect(sample.qa.scorecard).toBeDefined();
	});

	it('the KPI report stores today\'s rows', async () => {
		const started = await postWebhook(stack, 'support/jobs/kpi-report', '{}', JOBS);
		expect(started.status).toBe(202);
		const total = await eventually('the KPI total row', async () => {
			const today = new Date().toISOString().slice(0, 10);
			return (await rows(stack, 'kpi_reports', { period: today, dimension: 'total' }))[0];
		});
		expect(JSON.parse(String(total.metrics)).tickets).toBeGreaterThan(0);
	});

	it('the VIP campaign grants offers through the CRM once and logs refusals', async () => {
		const grantsBefore = stack.crm!.stats.grants;
		const started = await postWebhook(stack, 'support/jobs/vip-offers', '{}', JOBS);
		expect(started.status).toBe(202);
		const log = await eventually('VIP offers logged', async () => {
			const found = await rows(stack, 'vip_offers');
			return found.length > 0 ? found : undefined;
		});
		const granted = log.filter((r) => r.status === 'granted');
		expect(granted.length).toBeGreaterThan(0);
		expect(stack.crm!.stats.grants - grantsBefore).toBe(granted.length);
	});
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

describe('the n8n editor in headless Chromium', () => {
	(CHROMIUM ? it : it.skip)('shows the intake pipeline, lists every node of the pack in the node panel, opens Ticket Intake\'s settings (screenshots kept)', async () => {
		const workflow = JSON.parse(fs.readFileSync(path.join(ROOT, 'workflows', 'intake-pipeline.json'), 'utf8')) as {
			id: string;
			nodes: Array<{ id: string; name: string }>;
		};
		const intake = workflow.nodes.find((n) => n.name === 'Ticket Intake')!;
		const script = path.join(__dirname, 'support', 'editor-check.mjs');
		const args = [script, stack.n8nUrl, stack.owner.email, stack.owner.password, workflow.id, intake.id, ARTIFACTS, CHROMIUM!];
		const stdout = await new Promise<string>((resolve, reject) =>
			execFile(stack.runtime.nodeBin, args, { timeout: 170_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
		);
		type Step = { png: string; found: string[] };
		const result = JSON.parse(stdout.trim().split('\n').pop()!) as { canvas: Step; creator: Step; panel: Step };
		expect(result.canvas.found).toEqual(['Ticket Intake', 'Player CRM', 'Support Assistant', 'SLA Timer Start', 'Escalation Router']);
		expect(result.creator.found).toEqual(['Ticket Intake', 'SLA Timer', 'Escalation Router', 'Player CRM', 'Support Assistant', 'VIP Bonus Offer', 'QA Sampler', 'Support KPIs', 'Support Conversation', 'Player Reply']);
		expect(result.panel.found).toEqual(['Verify Signatures', 'Unreadable Messages']);
		for (const png of [result.canvas.png, result.creator.png, result.panel.png]) {
			const bytes = fs.readFileSync(png);
			expect(bytes.subarray(1, 4).toString()).toBe('PNG');
			expect(bytes.length).toBeGreaterThan(20_000);
		}
	}, 180_000);
});
