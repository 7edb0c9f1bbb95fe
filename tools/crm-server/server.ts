import { randomBytes, randomUUID, timingSafeEqual } from 'crypto';
import http from 'http';
import type { AddressInfo, Socket } from 'net';

import { RESTRICTED_COUNTRIES, seedPlayers, type CrmPlayer } from './seed';

export type FaultMode = 'none' | 'slow' | '429' | '500' | 'drop' | 'hang' | 'malformed' | 'dropAfter';

export interface Fault {
	mode: FaultMode;
	latencyMs?: number;
	retryAfterSeconds?: number;
	/** How many requests the fault affects; unlimited when omitted. */
	count?: number;
}

export interface CrmServerOptions {
	port?: number;
	host?: string;
	apiKey?: string;
	bearerToken?: string;
	basicUser?: string;
	basicPassword?: string;
	oauthClientId?: string;
	oauthClientSecret?: string;
	/** Lifetime of tokens issued by /oauth/token. */
	tokenTtlSeconds?: number;
}

export interface CrmServerStats {
	/** Requests per route, e.g. `GET /v1/players/{id}`. */
	requests: Record<string, number>;
	/** Bonus grants actually created (idempotent replays are not counted). */
	grants: number;
	/** Tokens issued by /oauth/token. */
	tokensIssued: number;
	/** Requests being served right now, and the most seen at once (clients' parallelism). */
	inFlight: number;
	maxInFlight: number;
	/** Every request path as received (raw, still percent-encoded), for path-safety tests. */
	paths: string[];
}

export interface CrmServer {
	url: string;
	close(): Promise<void>;
	setFault(fault: Fault): void;
	stats: CrmServerStats;
	players: Map<string, CrmPlayer>;
}

interface Note {
	id: string;
	playerId: string;
	text: string;
	idempotencyKey: string;
	createdAt: string;
}

interface BonusGrant {
	id: string;
	playerId: string;
	offerId: string;
	type: string;
	amount: number;
	currency: string;
	wageringRequirement: number;
	expiresAt: string;
	idempotencyKey: string;
	grantedAt: string;
}

const FAULT_MODES: FaultMode[] = ['none', 'slow', '429', '500', 'drop', 'hang', 'malformed', 'dropAfter'];

/** Responses whose request was handled but whose answer is lost (fault `dropAfter`). */
const LOST_ANSWERS = new WeakSet<http.ServerResponse>();
const LOOKUP_FIELDS = ['email', 'phone', 'telegramId', 'whatsappId', 'viberId'] as const;
const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

function sameSecret(given: string, expected: string | undefined): boolean {
	if (!expected) return false;
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	if (LOST_ANSWERS.has(res)) {
		res.socket?.destroy();
		return;
	}
	const text = JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
	res.end(text);
}

async function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES) throw new HttpError(413, 'payload_too_large', 'Body is too large');
		chunks.push(chunk as Buffer);
	}
	const text = Buffer.concat(chunks).toString('utf8');
	if (!text.trim()) return {};
	const type = req.headers['content-type'] ?? '';
	if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
	try {
		const parsed: unknown = JSON.parse(text);
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
	} catch {
		// falls through to the 400 below
	}
	throw new HttpError(400, 'invalid_body', 'Body must be a JSON object');
}

function requireString(body: Record<string, unknown>, field: string): string {
	const value = body[field];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new HttpError(422, 'validation_failed', `"${field}" must be a non-empty string`);
	}
	return value;
}

function requireNumber(body: Record<string, unknown>, field: string, min: number): number {
	const value = body[field];
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
		throw new HttpError(422, 'validation_failed', `"${field}" must be a number >= ${min}`);
	}
	return value;
}

/**
 * The same player as another CRM might shape it (`GET /alt/customers/{id}`): wrapped in `data`,
 * other names, nested objects, display-case codes, blocks as objects. Tests the node's field mapping.
 */
function altShape(player: CrmPlayer) {
	const title = (code: string) => code.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
	return {
		data: {
			customerId: player.id,
			wallet: { amount: String(player.balance), currencyCode: player.currency.toLowerCase() },
			status: title(player.accountStatus),
			vip: { level: player.vipTier === 'none' ? null : title(player.vipTier) },
			verification: { kyc: title(player.kycStatus) },
			excluded: player.selfExcluded ? 'yes' : 'no',
			blocks: player.rgFlags.map((flag) => ({ type: flag.toUpperCase(), since: '2026-01-01' })),
		},
	};
}

function wait(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts the reference Player CRM API on Node's own http server. */
export async function createCrmServer(options: CrmServerOptions = {}): Promise<CrmServer> {
	const tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
	const players = new Map(seedPlayers().map((p) => [p.id, p]));
	const notes = new Map<string, Note>();
	const grants = new Map<string, BonusGrant>();
	const tags = new Map<string, string[]>();
	const issuedTokens = new Map<string, number>();
	const stats: CrmServerStats = { requests: {}, grants: 0, tokensIssued: 0, inFlight: 0, maxInFlight: 0, paths: [] };
	let fault: Fault = { mode: 'none' };
	const sockets = new Set<Socket>();

	const setFault = (next: Fault): void => {
		if (!FAULT_MODES.includes(next.mode)) throw new Error(`Unknown fault mode "${String(next.mode)}"`);
		for (const field of ['latencyMs', 'retryAfterSeconds', 'count'] as const) {
			const value = next[field];
			if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
				throw new Error(`"${field}" must be a whole number >= 0`);
			}
		}
		fault = { ...next };
	};

	const isAuthorized = (req: http.IncomingMessage): boolean => {
		const apiKey = req.headers['x-api-key'];
		if (typeof apiKey === 'string' && sameSecret(apiKey, options.apiKey)) return true;
		const authorization = req.headers.authorization ?? '';
		const [scheme, value = ''] = authorization.split(' ', 2);
		if (/^bearer$/i.test(scheme)) {
			if (sameSecret(value, options.bearerToken)) return true;
			const expiresAt = issuedTokens.get(value);
			return expiresAt !== undefined && expiresAt > Date.now();
		}
		if (/^basic$/i.test(scheme) && options.basicUser) {
			const decoded = Buffer.from(value, 'base64').toString('utf8');
			const separator = decoded.indexOf(':');
			return (
				separator > 0 &&
				sameSecret(decoded.slice(0, separator), options.basicUser) &&
				sameSecret(decoded.slice(separator + 1), options.basicPassword)
			);
		}
		return false;
	};

	const getPlayer = (id: string): CrmPlayer => {
		const player = players.get(id);
		if (!player) throw new HttpError(404, 'player_not_found', `No player with id "${id}"`);
		return player;
	};

	const issueToken = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
		const body = await readBody(req);
		let clientId = typeof body.client_id === 'string' ? body.client_id : '';
		let clientSecret = typeof body.client_secret === 'string' ? body.client_secret : '';
		const [scheme, value = ''] = (req.headers.authorization ?? '').split(' ', 2);
		if (/^basic$/i.test(scheme)) {
			const decoded = Buffer.from(value, 'base64').toString('utf8');
			const separator = decoded.indexOf(':');
			clientId = decodeURIComponent(decoded.slice(0, separator));
			clientSecret = decodeURIComponent(decoded.slice(separator + 1));
		}
		if (body.grant_type !== 'client_credentials') {
			sendJson(res, 400, { error: 'unsupported_grant_type' });
			return;
		}
		if (!sameSecret(clientId, options.oauthClientId) || !sameSecret(clientSecret, options.oauthClientSecret)) {
			sendJson(res, 401, { error: 'invalid_client' });
			return;
		}
		const token = randomBytes(24).toString('hex');
		issuedTokens.set(token, Date.now() + tokenTtlSeconds * 1000);
		stats.tokensIssued++;
		sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: tokenTtlSeconds });
	};

	const route = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
		const method = req.method ?? 'GET';
		const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
		const id = parts[2];

		if (method === 'GET' && url.pathname === '/v1/health') {
			sendJson(res, 200, { status: 'ok', players: players.size });
			return;
		}
		if (method === 'GET' && url.pathname === '/v1/players') {
			const given = LOOKUP_FIELDS.filter((field) => url.searchParams.has(field));
			if (given.length !== 1) {
				throw new HttpError(400, 'invalid_lookup', `Give exactly one of: ${LOOKUP_FIELDS.join(', ')}`);
			}
			const field = given[0];
			const wanted = (url.searchParams.get(field) ?? '').trim();
			const normalize = (v: string) => (field === 'email' ? v.toLowerCase() : v);
			const found = [...players.values()].find((p) => p[field] !== null && normalize(p[field] ?? '') === normalize(wanted));
			if (!found) throw new HttpError(404, 'player_not_found', `No player with ${field} "${wanted}"`);
			sendJson(res, 200, found);
			return;
		}
		if (method === 'GET' && parts[0] === 'alt' && parts[1] === 'customers' && id && parts.length === 3) {
			sendJson(res, 200, altShape(getPlayer(id)));
			return;
		}
		if (parts[0] !== 'v1' || parts[1] !== 'players' || !id || parts.length > 4) {
			throw new HttpError(404, 'not_found', `No route ${method} ${url.pathname}`);
		}
		const player = getPlayer(id);
		const sub = parts[3];

		if (method === 'GET' && sub === undefined) {
			sendJson(res, 200, player);
		} else if (method === 'GET' && sub === 'balance') {
			sendJson(res, 200, { playerId: player.id, balance: player.balance, currency: player.currency });
		} else if (method === 'GET' && sub === 'blocks') {
			const blocks: Array<{ type: string; reason: string }> = [];
			if (player.accountStatus !== 'active') blocks.push({ type: 'account', reason: player.accountStatus });
			if (player.selfExcluded) blocks.push({ type: 'self_exclusion', reason: 'player_request' });
			if (RESTRICTED_COUNTRIES.includes(player.country)) blocks.push({ type: 'bonus', reason: 'restricted_country' });
			if (player.bonusAbuse) blocks.push({ type: 'bonus', reason: 'bonus_abuse' });
			sendJson(res, 200, {
				playerId: player.id,
				blocked: player.accountStatus !== 'active',
				excluded: player.selfExcluded,
				bonusBlocked: blocks.length > 0,
				blocks,
			});
		} else if (method === 'POST' && sub === 'notes') {
			const body = await readBody(req);
			const text = requireString(body, 'text');
			const idempotencyKey = requireString(body, 'idempotencyKey');
			const key = `${player.id}:${idempotencyKey}`;
			const existing = notes.get(key);
			if (existing) {
				sendJson(res, 200, existing);
				return;
			}
			const note: Note = { id: randomUUID(), playerId: player.id, text, idempotencyKey, createdAt: new Date().toISOString() };
			notes.set(key, note);
			sendJson(res, 201, note);
		} else if (method === 'POST' && sub === 'tags') {
			const body = await readBody(req);
			if (!Array.isArray(body.tags) || !body.tags.every((t) => typeof t === 'string' && t.trim() !== '')) {
				throw new HttpError(422, 'validation_failed', '"tags" must be an array of non-empty strings');
			}
			const merged = [...new Set([...(tags.get(player.id) ?? []), ...(body.tags as string[])])];
			tags.set(player.id, merged);
			sendJson(res, 200, { playerId: player.id, tags: merged });
		} else if (method === 'POST' && sub === 'bonuses') {
			const body = await readBody(req);
			const idempotencyKey = requireString(body, 'idempotencyKey');
			const key = `${player.id}:${idempotencyKey}`;
			const existing = grants.get(key);
			if (existing) {
				sendJson(res, 200, existing);
				return;
			}
			const expiresAt = requireString(body, 'expiresAt');
			if (Number.isNaN(Date.parse(expiresAt))) throw new HttpError(422, 'validation_failed', '"expiresAt" must be an ISO date');
			const grant: BonusGrant = {
				id: `g-${randomUUID()}`,
				playerId: player.id,
				offerId: requireString(body, 'offerId'),
				type: requireString(body, 'type'),
				amount: requireNumber(body, 'amount', 0),
				currency: requireString(body, 'currency'),
				wageringRequirement: requireNumber(body, 'wageringRequirement', 0),
				expiresAt,
				idempotencyKey,
				grantedAt: new Date().toISOString(),
			};
			if (player.accountStatus !== 'active' || player.selfExcluded) {
				throw new HttpError(409, 'player_not_eligible', 'Bonuses cannot go to a blocked or self-excluded player');
			}
			grants.set(key, grant);
			stats.grants++;
			player.lastOfferAt = grant.grantedAt;
			sendJson(res, 201, grant);
		} else {
			throw new HttpError(404, 'not_found', `No route ${method} ${url.pathname}`);
		}
	};

	const routeName = (method: string, pathname: string): string => {
		const generic = pathname.replace(/^\/v1\/players\/[^/]+/, '/v1/players/{id}');
		return `${method} ${generic}`;
	};

	/** Applies the current fault; returns true when the request has been fully dealt with. */
	const applyFault = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
		if (fault.mode === 'none') return false;
		if (fault.count !== undefined) {
			if (fault.count <= 0) return false;
			fault.count--;
		}
		switch (fault.mode) {
			case 'slow':
				await wait(fault.latencyMs ?? 1000);
				return false;
			case '429':
				sendJson(res, 429, { error: 'rate_limited', message: 'Too many requests' }, {
					'Retry-After': String(fault.retryAfterSeconds ?? 1),
				});
				return true;
			case '500':
				sendJson(res, 500, { error: 'internal_error', message: 'Injected failure' });
				return true;
			case 'drop':
				req.socket.destroy();
				return true;
			case 'hang':
				return true;
			case 'dropAfter':
				LOST_ANSWERS.add(res);
				return false;
			case 'malformed':
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end('{"id": "p-10');
				return true;
		}
		return false;
	};

	const server = http.createServer((req, res) => {
		stats.inFlight++;
		stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
		let counted = true;
		const done = () => {
			if (counted) stats.inFlight--;
			counted = false;
		};
		res.on('close', done);
		if (stats.paths.length < 10_000) stats.paths.push(req.url ?? '');
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const method = req.method ?? 'GET';
			try {
				if (method === 'POST' && url.pathname === '/__admin/fault') {
					const body = await readBody(req);
					try {
						setFault(body as unknown as Fault);
					} catch (error) {
						throw new HttpError(400, 'invalid_fault', (error as Error).message);
					}
					sendJson(res, 200, { fault });
					return;
				}
				const name = routeName(method, url.pathname);
				stats.requests[name] = (stats.requests[name] ?? 0) + 1;
				if (await applyFault(req, res)) return;
				if (method === 'POST' && url.pathname === '/oauth/token') {
					await issueToken(req, res);
					return;
				}
				if (!isAuthorized(req)) {
					sendJson(res, 401, { error: 'unauthorized', message: 'Missing or invalid credentials' }, {
						'WWW-Authenticate': 'Bearer, Basic realm="player-crm"',
					});
					return;
				}
				await route(req, res, url);
			} catch (error) {
				if (res.headersSent) return;
				if (error instanceof HttpError) sendJson(res, error.status, { error: error.code, message: error.message });
				else sendJson(res, 500, { error: 'internal_error', message: String(error) });
			}
		})();
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
	});
	const address = server.address() as AddressInfo;
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

	return {
		url: `http://${host}:${address.port}`,
		stats,
		players,
		setFault,
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}
