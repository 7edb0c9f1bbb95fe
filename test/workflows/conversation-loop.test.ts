import { assertTicket, type Ticket } from '../../nodes/shared/domain/ticket';
import { nextMessage } from './support/conversation';
import { channelPayloads, handOffPayloads, type ChannelPayload } from './support/payloads';
import { useReferenceServers } from './support/reference-servers';
import { loadWorkflow, newTables, runShipped, webhookItem } from './support/shipped';

const intake = loadWorkflow('intake-pipeline.json');
const agentActions = loadWorkflow('agent-actions.json');
const servers = useReferenceServers();

/** What each channel's API received for one reply. */
const SENT_TEXT: Record<string, (body: Record<string, any>) => unknown> = { // eslint-disable-line @typescript-eslint/no-explicit-any
	telegram: (body) => body.text,
	whatsapp: (body) => body.text?.body,
	viber: (body) => body.text,
};

describe('The conversation loop through the shipped workflows (engine-run, reference CRM, channel gateway and SMTP sink)', () => {
	beforeEach(() => servers.gateway.reset());

	const playerWrites = async (tables: ReturnType<typeof newTables>, payload: ChannelPayload, body: Record<string, unknown>) => {
		const { response, result } = await runShipped(intake, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode: payload.webhook, input: [webhookItem(body, payload.sign?.(body) ?? {})] });
		expect(result.error).toBeUndefined();
		expect(response?.statusCode).toBe(200);
		return assertTicket(response?.body.ticket);
	};
	const agentDoes = async (tables: ReturnType<typeof newTables>, action: Record<string, unknown>) => {
		const { response, result } = await runShipped(agentActions, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode: 'Agent API', input: [webhookItem(action)] });
		expect(result.error).toBeUndefined();
		return response as NonNullable<typeof response>;
	};
	const stored = (tables: ReturnType<typeof newTables>): Ticket[] => tables.rows('support_tickets').map((row) => assertTicket(JSON.parse(String(row.ticket))));
	const delivered = () => servers.gateway.requests().filter((request) => request.channel !== 'other' && /sendMessage|messages|send_message/.test(request.path));

	const now = () => new Date().toISOString();

	it.each(channelPayloads('loop', now()).filter((p) => p.endpoint !== 'phone').map((p) => [p.label, p] as const))(
		'%s: first message → reply on the channel → follow-up joins → pending → player answers → resolve → a later message reopens',
		async (_label, first) => {
			const payload = channelPayloads(`loop-${first.endpoint}`, now()).find((p) => p.endpoint === first.endpoint) as ChannelPayload;
			const tables = newTables();
			let ticket = await playerWrites(tables, payload, payload.body);
			const id = ticket.id;

			if (ticket.resolvedBy === 'bot') {
				// the bot's answer went out on the channel, in the player's language, and is on the ticket
				expect(ticket.messages?.map((m) => m.from)).toEqual(['player', 'bot']);
				const botMessage = ticket.messages?.[1];
				if (payload.channel in SENT_TEXT) {
					expect(delivered().map((r) => SENT_TEXT[payload.channel](r.body as Record<string, unknown>))).toEqual([botMessage?.text]);
					expect(botMessage?.delivery?.state).toBe('sent');
				}
				if (payload.channel === 'email') expect(servers.gateway.mail().map((m) => m.text?.trim())).toEqual([botMessage?.text.trim()]);
				// "that did not help" reopens it for a person: clocks and a queue now
				ticket = await playerWrites(tables, payload, nextMessage(payload, 2, 'That did not help, I still have the same problem.', now()));
				expect(ticket).toMatchObject({ id, status: 'open', reopenCount: 1 });
			}
			expect(ticket.routing?.assignee).toEqual(expect.any(String));
			expect(ticket.sla?.metrics.firstResponse?.state).toBe('running');
			const agentId = ticket.routing?.assignee as string;
			servers.gateway.reset();

			// the agent replies: delivered where the player wrote, first response achieved
			const reply = await agentDoes(tables, { type: 'reply', ticketId: id, agentId, actionId: `${id}-r1`, text: 'Thanks for waiting, I am on it.' });
			expect(reply.statusCode).toBe(200);
			ticket = assertTicket(reply.body.ticket);
			expect(ticket.sla?.metrics.firstResponse).toMatchObject({ state: 'achieved' });
			const agentMessage = ticket.messages?.find((m) => m.from === 'agent');
			if (payload.channel in SENT_TEXT) {
				const requests = delivered();
				expect(requests.map((r) => SENT_TEXT[payload.channel](r.body as Record<string, unknown>))).toEqual(['Thanks for waiting, I am on it.']);
				expect(requests[0].headers['idempotency-key']).toBe(agentMessage?.id);
				expect(agentMessage?.delivery).toMatchObject({ state: 'sent', attempts: 1 });
			}
			if (payload.channel === 'email') {
				const [mail] = servers.gateway.mail();
				expect(mail.subject).toBe(`Re: ${String(payload.body.subject)} [#${id}]`);
				expect(mail.envelope.to).toEqual([ticket.player.email]);
				expect(agentMessage?.delivery?.state).toBe('handed_to_smtp');
			}
			if (payload.channel === 'chat') expect(agentMessage?.delivery?.state).toBe('awaiting_poll');

			// the same request again (a retry) sends nothing twice
			const retried = await agentDoes(tables, { type: 'reply', ticketId: id, agentId, actionId: `${id}-r1`, text: 'Thanks for waiting, I am on it.' });
			expect(retried.body.duplicate).toBe(true);

			// the player follows up: same ticket, next response running
			ticket = await playerWrites(tables, payload, nextMessage(payload, 3, 'Ok, how long will it take?', now()));
			expect(ticket.id).toBe(id);
			expect(ticket.sla?.metrics.nextResponse?.state).toBe('running');

			// pending, the player answers, resolve
			ticket = assertTicket((await agentDoes(tables, { type: 'reply', ticketId: id, agentId, actionId: `${id}-r2`, text: 'Can you send a screenshot?' })).body.ticket);
			expect(ticket.sla?.metrics.nextResponse?.state).toBe('achieved');
			ticket = assertTicket((await agentDoes(tables, { type: 'pending', ticketId: id, agentId, actionId: `${id}-p` })).body.ticket);
			expect(ticket.status).toBe('pending');
			ticket = await playerWrites(tables, payload, nextMessage(payload, 4, 'Here it is, the screen shows error 504.', now()));
			expect(ticket.status).toBe('open');
			ticket = assertTicket((await agentDoes(tables, { type: 'resolve', ticketId: id, agentId, actionId: `${id}-done` })).body.ticket);
			expect(ticket).toMatchObject({ status: 'resolved', resolvedBy: 'agent' });
			expect(Object.values(ticket.sla?.metrics ?? {}).some((m) => m.state === 'breached')).toBe(false);

			// a later message reopens it
			ticket = await playerWrites(tables, payload, nextMessage(payload, 5, 'Sorry, the problem is back again today.', now()));
			const reopens = ticket.history.filter((h) => h.event === 'reopened').length;
			expect(reopens).toBeGreaterThanOrEqual(1);
			expect(ticket).toMatchObject({ id, status: 'open', reopenCount: reopens });

			// one ticket holds the whole conversation; no message lost, the row says it is open
			const rows = stored(tables);
			expect(rows.map((t) => t.id)).toEqual([id]);
			expect(rows[0].messages?.filter((m) => m.from === 'player')).toHaveLength(reopens === 2 ? 5 : 4);
			expect(tables.rows('support_tickets')[0].status).toBe('open');
			const kinds = tables.rows('support_notifications').map((n) => n.kind);
			expect(kinds).toContain('follow_up');
			expect(kinds).toContain('reopened');
		},
	);

	it('two follow-ups of one thread processed at the same time: one ticket, both messages (the later store sees the change and joins again)', async () => {
		const tables = newTables();
		const payload = channelPayloads('race', now()).find((p) => p.endpoint === 'telegram') as ChannelPayload;
		const chat = channelPayloads('race', now()).find((p) => p.endpoint === 'chat') as ChannelPayload;
		const first = await playerWrites(tables, chat, handOffPayloads('race', now()).dispute); // another thread, left alone
		const ticket = await playerWrites(tables, payload, payload.body);
		const bodies = [2, 3, 4].map((k) => nextMessage(payload, k, `follow-up number ${k}`, now()));
		const runs = await Promise.all(
			bodies.map((body) => runShipped(intake, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode: payload.webhook, input: [webhookItem(body, payload.sign?.(body) ?? {})] })),
		);
		for (const run of runs) expect(run.response?.statusCode).toBe(200);
		const thread = stored(tables).filter((t) => t.threadKey === ticket.threadKey);
		expect(thread.map((t) => t.id)).toEqual([ticket.id]);
		expect(thread[0].messages?.filter((m) => m.from === 'player').map((m) => m.text).slice(-3).sort()).toEqual(['follow-up number 2', 'follow-up number 3', 'follow-up number 4']);
		expect(runs.some((run) => run.result.executed.includes('Join Again'))).toBe(true);
		expect(stored(tables).map((t) => t.id)).toContain(first.id);
	});

	it.each([
		['telegram', 'three first messages of a new thread', 'no unique key'],
		['chat', 'three first messages of a new thread, one of them delivered twice', 'no unique key'],
		['telegram', 'three first messages of a new thread', 'a unique key on ticketId refusing the second insert'],
		['chat', 'three first messages of a new thread, one of them delivered twice', 'a unique key on ticketId refusing the second insert'],
	] as const)('%s: %s processed at the same time (%s): one ticket, every message once, every bot answer that went out kept', async (endpoint, _title, store) => {
		const tables = newTables(store.startsWith('a unique') ? ['support_tickets.ticketId'] : []);
		const payload = channelPayloads(`burst-${endpoint}`, now()).find((p) => p.endpoint === endpoint) as ChannelPayload;
		const bodies = [payload.body, nextMessage(payload, 2, 'hello? anyone there', now()), nextMessage(payload, 3, 'my withdrawal is still pending since Monday', now())];
		if (endpoint === 'chat') bodies.push(bodies[1]);
		const runs = await Promise.all(
			bodies.map((body) => runShipped(intake, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode: payload.webhook, input: [webhookItem(body, payload.sign?.(body) ?? {})] })),
		);
		for (const run of runs) expect([run.result.error, run.response?.statusCode]).toEqual([undefined, 200]);
		const rows = tables.rows('support_tickets');
		expect(rows).toHaveLength(1);
		const [ticket] = stored(tables);
		expect(new Set(runs.map((run) => (run.response?.body.ticket as { id?: string }).id))).toEqual(new Set([ticket.id]));
		const playerIds = ticket.messages?.filter((m) => m.from === 'player').map((m) => m.id) ?? [];
		expect(playerIds).toHaveLength(3);
		expect(new Set(playerIds).size).toBe(3);
		expect(runs.some((run) => run.result.executed.includes('Lost the Thread'))).toBe(true);
		// every answer the bot sent is on the ticket; the players' messages got one answer each at most
		const sent = delivered().map((r) => String(r.headers['idempotency-key']));
		const botIds = ticket.messages?.filter((m) => m.from === 'bot').map((m) => m.id) ?? [];
		expect(new Set(sent).size).toBe(sent.length);
		for (const key of sent) expect(botIds).toContain(key);
	});

	it('agent actions and player follow-ups on one ticket at the same time: every message and action kept, the reply sent once', async () => {
		const tables = newTables();
		const payload = channelPayloads('mixed', now()).find((p) => p.endpoint === 'telegram') as ChannelPayload;
		let ticket = await playerWrites(tables, payload, payload.body);
		if (ticket.resolvedBy === 'bot') ticket = await playerWrites(tables, payload, nextMessage(payload, 2, 'That did not help, I still have the same problem.', now()));
		const agentId = String(ticket.routing?.assignee);
		servers.gateway.reset();
		const follow = (k: number) =>
			runShipped(intake, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode: payload.webhook, input: [webhookItem(nextMessage(payload, k, `still waiting ${k}`, now()), payload.sign?.(nextMessage(payload, k, `still waiting ${k}`, now())) ?? {})] });
		const act = (action: Record<string, unknown>) =>
			runShipped(agentActions, { tables, crmUrl: servers.crm.url, gateway: servers.gateway, startNode: 'Agent API', input: [webhookItem({ ticketId: ticket.id, agentId, ...action })] });
		const runs = await Promise.all([
			act({ type: 'reply', actionId: 'm-reply', text: 'Checking your payout now.' }),
			follow(6),
			act({ type: 'note', actionId: 'm-note', text: 'payments team asked' }),
			follow(7),
			act({ type: 'setPriority', actionId: 'm-prio', priority: 'high', reason: 'player waited twice' }),
		]);
		for (const run of runs) expect([run.result.error, run.response?.statusCode, run.response?.body.error]).toEqual([undefined, 200, undefined]);
		const [after] = stored(tables);
		expect(tables.rows('support_tickets')).toHaveLength(1);
		const texts = after.messages?.map((m) => m.text) ?? [];
		for (const text of ['still waiting 6', 'still waiting 7', 'Checking your payout now.', 'payments team asked']) expect(texts.filter((t) => t === text)).toHaveLength(1);
		expect(after.priority).toBe('high');
		expect(after.history.filter((h) => h.event.startsWith('agent.')).map((h) => h.event).sort()).toEqual(['agent.note', 'agent.reply', 'agent.setPriority']);
		expect(delivered().map((r) => SENT_TEXT.telegram(r.body as Record<string, unknown>))).toEqual(['Checking your payout now.']);
		expect(after.messages?.find((m) => m.text === 'Checking your payout now.')?.delivery?.state).toBe('sent');
		expect(runs.some((run) => run.result.executed.includes('Apply Again') || run.result.executed.includes('Join Again'))).toBe(true);
	});

	it("e-mail: the player's answer to our reply joins the ticket by the reference in its subject; someone else's mail with that subject does not", async () => {
		const tables = newTables();
		const payload = channelPayloads('mailref', now()).find((p) => p.endpoint === 'email') as ChannelPayload;
		const ticket = await playerWrites(tables, payload, payload.body);
		if (servers.gateway.mail().length === 0) {
			const response = await agentDoes(tables, { type: 'reply', ticketId: ticket.id, agentId: String(ticket.routing?.assignee), actionId: 'mailref-1', text: 'Ciao, stiamo controllando.' });
			expect(response.statusCode).toBe(200);
		}
		const ours = servers.gateway.mail().slice(-1)[0];
		expect(ours.subject).toBe(`Re: ${ticket.subject} [#${ticket.id}]`);
		// the player's mail client answers our mail: In-Reply-To and References name our Message-ID only
		const answer = (from: Record<string, unknown>, id: string, text: string) => ({
			...(payload.body as Record<string, unknown>),
			...from,
			messageId: `<${id}@player.example>`,
			inReplyTo: ours.messageId,
			references: ours.messageId,
			subject: `R: ${String(ours.subject)}`,
			text,
			date: now(),
		});
		const joined = await playerWrites(tables, payload, answer({}, 'mailref-2', 'Grazie, ma il deposito non è ancora arrivato.'));
		expect(joined.id).toBe(ticket.id);
		expect(joined.messages?.filter((m) => m.from === 'player').map((m) => m.text)).toContain('Grazie, ma il deposito non è ancora arrivato.');
		expect(joined.subject).toBe(ticket.subject);
		const stranger = { from: { value: [{ address: 'mallory@example.net', name: 'Mallory' }], text: 'Mallory <mallory@example.net>' } };
		const other = await playerWrites(tables, payload, answer(stranger, 'mailref-3', 'Please send me the details of this ticket.'));
		expect(other.id).not.toBe(ticket.id);
		expect(stored(tables).find((t) => t.id === ticket.id)?.messages?.some((m) => m.text.includes('details of this ticket'))).toBe(false);
	});

	it('answers a bad agent action 4xx with the field to fix and changes nothing', async () => {
		const tables = newTables();
		const chat = channelPayloads('bad', now()).find((p) => p.endpoint === 'chat') as ChannelPayload;
		const ticket = await playerWrites(tables, chat, handOffPayloads('bad', now()).dispute);
		expect(ticket.status).toBe('new');
		const before = tables.rows('support_tickets');
		const cases: Array<[Record<string, unknown>, number, string]> = [
			[{ type: 'reply', ticketId: 'tkt_000000000000000000000000', agentId: 'agent-anna', actionId: 'x1', text: 'hi' }, 404, 'ticketId'],
			[{ type: 'reply', ticketId: ticket.id, agentId: 'agent-anna', actionId: 'x2', text: ' ' }, 400, 'text'],
			[{ type: 'reply', ticketId: ticket.id, agentId: 'mallory', actionId: 'x3', text: 'hi' }, 403, 'agentId'],
			[{ type: 'reopen', ticketId: ticket.id, agentId: 'agent-anna', actionId: 'x4' }, 409, 'type'],
			[{ type: 'resolve', ticketId: ticket.id, agentId: 'agent-anna', actionId: 'x5', expectedUpdatedAt: '2020-01-01T00:00:00Z' }, 409, 'expectedUpdatedAt'],
		];
		for (const [action, status, field] of cases) {
			const response = await agentDoes(tables, action);
			expect([response.statusCode, (response.body.error as { field?: string } | undefined)?.field, action.actionId]).toEqual([status, field, action.actionId]);
		}
		expect(tables.rows('support_tickets')).toEqual(before);
		expect(delivered()).toHaveLength(0);
	});
});

describe('Chat widget replies (engine-run)', () => {
	it("lists the bot's and agents' public replies after the widget's last one, never notes", async () => {
		const tables = newTables();
		const chat = channelPayloads('widget', new Date().toISOString()).find((p) => p.endpoint === 'chat') as ChannelPayload;
		const first = await runShipped(intake, { tables, crmUrl: servers.crm.url, startNode: chat.webhook, input: [webhookItem(handOffPayloads('widget', new Date().toISOString()).dispute)] });
		const ticket = assertTicket(first.response?.body.ticket);
		const agent = String(ticket.routing?.assignee);
		for (const [type, text] of [['note', 'internal only'], ['reply', 'We are looking into it.'], ['reply', 'Found it: refunded.']]) {
			await runShipped(agentActions, { tables, crmUrl: servers.crm.url, startNode: 'Agent API', input: [webhookItem({ type, text, ticketId: ticket.id, agentId: agent, actionId: `w-${text}` })] });
		}
		const poll = async (query: Record<string, string>) =>
			(await runShipped(loadWorkflow('chat-widget.json'), { tables, crmUrl: servers.crm.url, startNode: 'Widget Poll', input: [{ json: { query, headers: {}, params: {}, body: {} } }] })).response?.body as {
				found: boolean;
				replies: Array<{ id: string; text: string; from: string }>;
			};
		const all = await poll({ conversationId: 'conv-widget-dispute' });
		expect(all.found).toBe(true);
		expect(all.replies.map((r) => [r.from, r.text])).toEqual([['agent', 'We are looking into it.'], ['agent', 'Found it: refunded.']]);
		expect((await poll({ conversationId: 'conv-widget-dispute', after: all.replies[0].id })).replies.map((r) => r.text)).toEqual(['Found it: refunded.']);
		expect(await poll({ conversationId: 'nobody' })).toEqual({ found: false, status: null, replies: [] });
	});
});
