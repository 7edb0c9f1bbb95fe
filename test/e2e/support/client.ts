/** Small HTTP helpers for the e2e tests: post to webhooks, read Data Table rows through the public API. */
import type { Stack } from '../../../tools/runtime/stack';

export interface Posted {
	status: number;
	body: Record<string, unknown>;
	text: string;
	headers: Headers;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs a raw string (exactly the bytes that were signed) to a production webhook. */
export async function postWebhook(stack: Stack, webhookPath: string, raw: string, headers: Record<string, string> = {}): Promise<Posted> {
	for (let attempt = 0; ; attempt++) {
		const response = await fetch(`${stack.n8nUrl}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: raw,
			signal: AbortSignal.timeout(60_000),
		});
		const text = await response.text();
		// A webhook can answer 404 for a moment right after its workflow is published.
		if (response.status === 404 && attempt < 10 && /not registered/i.test(text)) {
			await sleep(500);
			continue;
		}
		let body: Record<string, unknown> = {};
		try {
			body = JSON.parse(text) as Record<string, unknown>;
		} catch {
			body = {};
		}
		return { status: response.status, body, text, headers: response.headers };
	}
}

export type Row = Record<string, string | number | boolean | null>;

/** Rows of a Data Table (by name) matching `column = value` for each entry of `where`. */
export async function rows(stack: Stack, table: string, where: Record<string, string> = {}): Promise<Row[]> {
	const id = stack.tables[table];
	if (!id) throw new Error(`No Data Table ${table}`);
	const filters = Object.entries(where).map(([columnName, value]) => ({ columnName, condition: 'eq', value }));
	const out: Row[] = [];
	let cursor: string | undefined;
	do {
		const query = new URLSearchParams({ limit: '250' });
		if (filters.length) query.set('filter', JSON.stringify({ type: 'and', filters }));
		if (cursor) query.set('cursor', cursor);
		const page = await stack.api<{ data: Row[]; nextCursor?: string | null }>('GET', `/data-tables/${id}/rows?${query.toString()}`);
		out.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return out;
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 1000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await sleep(everyMs);
	}
}
