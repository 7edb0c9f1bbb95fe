/** What the queue-mode tests read back: stored tickets straight from Postgres, worker logs. */
import * as fs from 'fs';

import type { QueueStack } from '../../../tools/runtime/queue/queue-stack';

export interface StoredTicket {
	rowId: number;
	ticketId: string;
	channel: string;
	language: string;
	status: string;
	queue: string | null;
	level: string | null;
	assignee: string | null;
	flags: string | null;
	slaState: string | null;
	/** The stored ticket object (the `ticket` column parsed). */
	ticket: {
		id: string;
		status: string;
		tags: string[];
		resolvedBy?: string;
		sla?: { metrics: Record<string, { state: string; dueAt: string }> };
		routing?: { queue: string; level: string; assignee?: string };
		crm?: Record<string, unknown>;
		history: Array<{ at: string; event: string; detail?: unknown }>;
		[key: string]: unknown;
	};
}

/** Every row of support_tickets whose ticketId is in `ids` (all rows when ids is undefined). */
export async function storedTickets(stack: QueueStack, ids?: string[]): Promise<StoredTicket[]> {
	const table = stack.tableName('support_tickets');
	const where = ids ? `WHERE "ticketId" = ANY(ARRAY[${ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(',')}]::text[])` : '';
	if (ids && ids.length === 0) return [];
	const query = `SELECT coalesce(json_agg(json_build_object('rowId', id, 'ticketId', "ticketId", 'channel', channel, 'language', language, 'status', status, 'queue', queue, 'level', level, 'assignee', assignee, 'flags', flags, 'slaState', "slaState", 'ticket', ticket::json) ORDER BY id), '[]') FROM "${table}" ${where}`;
	return JSON.parse(await stack.postgres.sql(query, stack.database)) as StoredTicket[];
}

export async function countRows(stack: QueueStack, dataTable: string): Promise<number> {
	return Number(await stack.postgres.sql(`SELECT count(*) FROM "${stack.tableName(dataTable)}"`, stack.database));
}

/** The intake's own notifications (`<ticketId>:new`; the SLA monitor adds others later) per ticket id. */
export async function notificationCounts(stack: QueueStack, ids: string[]): Promise<Map<string, number>> {
	if (!ids.length) return new Map();
	const table = stack.tableName('support_notifications');
	const out = await stack.postgres.sql(
		`SELECT coalesce(json_object_agg("ticketId", n), '{}') FROM (SELECT "ticketId", count(*) AS n FROM "${table}" WHERE "notificationId" = ANY(ARRAY[${ids.map((id) => `'${id}:new'`).join(',')}]::text[]) GROUP BY 1) c`,
		stack.database,
	);
	return new Map(Object.entries(JSON.parse(out) as Record<string, number>));
}

/** Executions each worker finished, from its log ("Worker finished execution N"). */
export function finishedPerWorker(stack: QueueStack): number[] {
	return stack.workers.map((worker) => {
		try {
			return (fs.readFileSync(worker.logFile, 'utf8').match(/Worker finished execution \d+/g) ?? []).length;
		} catch {
			return 0;
		}
	});
}
