import { NodeApiError, NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type JsonObject } from 'n8n-workflow';

import { DomainError } from '../shared/domain/errors';
import { buildPath, compileEndpoints, joinUrl, type CompiledEndpoints, type EndpointSettings } from '../shared/domain/crm/endpoints';
import { crmFromSnapshot, crmNotFound, enrichItem, flagUnavailable, isRecord, readOffer, recordWrite, ticketOf } from '../shared/domain/crm/enrich';
import { noteKey } from '../shared/domain/crm/idempotency';
import { explicitLookup, lookupsFromPlayer, type Lookup, type PlayerIdentifier } from '../shared/domain/crm/lookup';
import { compileMapping, extractRecord, mapBalance, mapPlayer, mapPlayerId, type CompiledMapping, type FieldMappingSettings } from '../shared/domain/crm/mapping';
import { parsePath, readPath, type PathSegment } from '../shared/domain/crm/paths';
import { runBounded } from '../shared/domain/crm/pool';
import { routeItems, type Routed } from '../shared/n8n/items';
import { CREDENTIAL, CrmTransport, type CrmFailure } from './transport';
import { referenceTime } from '../shared/domain/reference-time';

type Json = Record<string, unknown>;
type Operation = 'get' | 'getBalance' | 'addNote' | 'addTag' | 'grant';

interface Options {
	idempotencyKey?: string;
	parallelism?: number;
	maxRetries?: number;
	maxRetryWait?: number;
	referenceTime?: string;
	retryDelay?: number;
	timeout?: number;
}

/** Everything that does not depend on the item, read and compiled once per execution. */
interface Settings {
	operation: Operation;
	findBy: 'ticket' | PlayerIdentifier;
	raw: boolean;
	onNotFound: 'flag' | 'output' | 'error';
	flagUnavailable: boolean;
	mapping: CompiledMapping;
	recordPath: string;
	endpoints: CompiledEndpoints;
	baseUrl: string;
	idempotencyKey: string;
	offerField: { path: string; segments: PathSegment[] };
	now: string;
	parallelism: number;
}

type Resolved = { kind: 'found'; id: string; record?: Json } | { kind: 'notFound'; lookup: Lookup } | { kind: 'failed'; failure: CrmFailure };

type Outcome = { routed: Routed } | { error: unknown };

class ItemJob {
	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly s: Settings,
		private readonly crm: CrmTransport,
		private readonly json: Json,
		private readonly index: number,
	) {}

	private url(template: string, values: Parameters<typeof buildPath>[1]): string {
		return joinUrl(this.s.baseUrl, buildPath(template, values));
	}

	private lookups(offerPlayerId?: string): Lookup[] {
		if (this.s.findBy !== 'ticket') return [explicitLookup(this.s.findBy, this.ctx.getNodeParameter('playerIdentifier', this.index, ''))];
		// An offer names the exact CRM player it was computed for (VIP Bonus Offer's offer.playerId).
		if (offerPlayerId) return [{ by: 'id', value: offerPlayerId }];
		if (isRecord(this.json.ticket)) return lookupsFromPlayer(this.json.ticket.player, this.json.ticket.channel);
		if (isRecord(this.json.player)) return lookupsFromPlayer(this.json.player);
		ticketOf(this.json);
		return [];
	}

	/** Tries each lookup in order until the CRM knows the player; `needRecord` false lets an id stand alone. */
	private async resolve(lookups: Lookup[], needRecord: boolean): Promise<Resolved> {
		let last = lookups[0];
		for (const lookup of lookups) {
			last = lookup;
			if (lookup.by === 'id' && !needRecord) return { kind: 'found', id: lookup.value };
			const url = lookup.by === 'id' ? this.url(this.s.endpoints.player, { id: lookup.value }) : this.url(this.s.endpoints.lookup, { lookup });
			const result = await this.crm.call('GET', url);
			if (result.kind === 'failed') return result;
			if (result.kind === 'notFound') continue;
			const record = extractRecord(result.body, this.s.mapping, this.s.recordPath);
			if (!record) continue;
			const id = mapPlayerId(record, this.s.mapping);
			return { kind: 'found', id, record };
		}
		return { kind: 'notFound', lookup: last };
	}

	private failed(failure: CrmFailure): Routed {
		if (failure.type === 'unavailable' && this.s.flagUnavailable && isRecord(this.json.ticket)) {
			return { output: 0, json: flagUnavailable(this.json, this.s.now, failure.message) as IDataObject };
		}
		throw new NodeApiError(this.ctx.getNode(), (isRecord(failure.body) ? failure.body : {}) as JsonObject, {
			message: failure.message,
			description: failure.description,
			httpCode: failure.status === undefined ? undefined : String(failure.status),
			itemIndex: this.index,
		});
	}

	private notFound(lookup: Lookup): Routed {
		if (this.s.onNotFound === 'error') {
			throw new NodeApiError(this.ctx.getNode(), {} as JsonObject, {
				message: `The CRM has no player with ${lookup.by} "${lookup.value}"`,
				description: 'Check the identifier, or set On Not Found to flag the ticket and continue',
				httpCode: '404',
				itemIndex: this.index,
			});
		}
		const crm = crmNotFound(this.s.now);
		const json = isRecord(this.json.ticket) ? enrichItem(this.json, crm, undefined) : { ...this.json, crm };
		return { output: this.s.onNotFound === 'output' ? 1 : 0, json: json as IDataObject };
	}

	async run(): Promise<Routed> {
		switch (this.s.operation) {
			case 'get':
				return await this.get();
			case 'getBalance':
				return await this.balance();
			case 'addNote':
				return await this.addNote();
			case 'addTag':
				return await this.addTag();
			default:
				return await this.grant();
		}
	}

	private async get(): Promise<Routed> {
		const player = await this.resolve(this.lookups(), true);
		if (player.kind === 'failed') return this.failed(player.failure);
		if (player.kind === 'notFound') return this.notFound(player.lookup);
		const record = player.record as Json;
		if (this.s.raw) return { output: 0, json: record as IDataObject };
		const snapshot = mapPlayer(record, this.s.mapping);
		return { output: 0, json: enrichItem(this.json, crmFromSnapshot(snapshot, this.s.now), snapshot.id) as IDataObject };
	}

	private async balance(): Promise<Routed> {
		const existing = isRecord(this.json.ticket) && isRecord(this.json.ticket.crm) && this.json.ticket.crm.found !== false ? this.json.ticket.crm : undefined;
		// The ticket mode needs the whole record when the ticket has no crm yet, so ticket.crm is complete and true.
		const player = await this.resolve(this.lookups(), !this.s.raw && !existing);
		if (player.kind === 'failed') return this.failed(player.failure);
		if (player.kind === 'notFound') return this.notFound(player.lookup);
		const result = await this.crm.call('GET', this.url(this.s.endpoints.balance, { id: player.id }));
		if (result.kind === 'failed') return this.failed(result.failure);
		if (result.kind === 'notFound') return this.notFound({ by: 'id', value: player.id });
		if (this.s.raw) return { output: 0, json: (isRecord(result.body) ? result.body : { balance: result.body }) as IDataObject };
		const base = existing ?? crmFromSnapshot(mapPlayer(player.record as Json, this.s.mapping), this.s.now);
		const crm = { ...base, ...mapBalance(result.body, this.s.mapping), found: true, fetchedAt: this.s.now };
		return { output: 0, json: enrichItem(this.json, crm as never, player.id) as IDataObject };
	}

	/** A keyed write: POST once per key in this execution, retried safely because the CRM dedups by key. */
	private async write(template: string, body: Json, key: string | undefined, lookups: Lookup[], event: string, detail: (response: Json, id: string) => Json): Promise<Routed> {
		const player = await this.resolve(lookups, false);
		if (player.kind === 'failed') return this.failed(player.failure);
		if (player.kind === 'notFound') return this.notFound(player.lookup);
		const url = this.url(template, { id: player.id });
		const headers: Record<string, string> = key ? { 'Idempotency-Key': key } : {};
		const result = await this.crm.call('POST', url, body as IDataObject, headers, `POST ${url} ${key ?? JSON.stringify(body)}`);
		if (result.kind === 'failed') return this.failed(result.failure);
		if (result.kind === 'notFound') return this.notFound({ by: 'id', value: player.id });
		const response = isRecord(result.body) ? result.body : {};
		if (this.s.raw || !isRecord(this.json.ticket)) return { output: 0, json: response as IDataObject };
		return { output: 0, json: recordWrite(this.json, this.s.now, event, detail(response, player.id), player.id) as IDataObject };
	}

	private async addNote(): Promise<Routed> {
		const text = String(this.ctx.getNodeParameter('noteText', this.index, '') ?? '').trim();
		if (!text) throw new DomainError('The note is empty', { field: 'noteText', hint: 'Write the note text, or map it from the item' });
		const lookups = this.lookups();
		const ticketId = isRecord(this.json.ticket) && typeof this.json.ticket.id === 'string' ? this.json.ticket.id : undefined;
		const player = await this.resolve(lookups, false);
		const playerKey = player.kind === 'found' ? player.id : lookups[0].value;
		const key = this.s.idempotencyKey || noteKey(ticketId, playerKey, text);
		return await this.write(this.s.endpoints.notes, { text, idempotencyKey: key }, key, lookups, 'crm_note_added', (r) => ({ noteId: r.id ?? null, idempotencyKey: key }));
	}

	private async addTag(): Promise<Routed> {
		const raw = String(this.ctx.getNodeParameter('tags', this.index, '') ?? '');
		const tags = [...new Set(raw.split(',').map((t) => t.trim()).filter(Boolean))];
		if (tags.length === 0) throw new DomainError('No tags to add', { field: 'tags', hint: 'Give one or more tags separated by commas' });
		return await this.write(this.s.endpoints.tags, { tags }, undefined, this.lookups(), 'crm_tags_added', () => ({ tags }));
	}

	private async grant(): Promise<Routed> {
		const read = readPath(this.json, this.s.offerField.segments);
		const offer = readOffer(read.found ? read.value : undefined, this.s.offerField.path);
		const key = this.s.idempotencyKey || offer.offerId;
		const { playerId, ...grant } = offer;
		return await this.write(this.s.endpoints.bonuses, { ...grant, idempotencyKey: key }, key, this.lookups(playerId), 'bonus_granted', (r) => ({
			grantId: r.id ?? null,
			offerId: offer.offerId,
			amount: offer.amount,
			currency: offer.currency,
			idempotencyKey: key,
		}));
	}
}

function readSettings(ctx: IExecuteFunctions, baseUrl: string): Settings {
	const options = ctx.getNodeParameter('options', 0, {}) as Options;
	const resource = ctx.getNodeParameter('resource', 0, 'player') as string;
	const mappingSettings = ctx.getNodeParameter('fieldMapping', 0, {}) as FieldMappingSettings;
	const offerField = String(ctx.getNodeParameter('offerField', 0, 'offer') ?? 'offer');
	const now = new Date(referenceTime(options.referenceTime));
	return {
		operation: (resource === 'bonus' ? 'grant' : ctx.getNodeParameter('operation', 0, 'get')) as Operation,
		findBy: ctx.getNodeParameter('findBy', 0, 'ticket') as Settings['findBy'],
		raw: ctx.getNodeParameter('output', 0, 'ticket') === 'raw',
		onNotFound: ctx.getNodeParameter('onNotFound', 0, 'flag') as Settings['onNotFound'],
		flagUnavailable: ctx.getNodeParameter('onUnavailable', 0, 'error') === 'flag',
		mapping: compileMapping(mappingSettings),
		recordPath: String(mappingSettings.record ?? ''),
		endpoints: compileEndpoints(ctx.getNodeParameter('endpoints', 0, {}) as EndpointSettings),
		baseUrl,
		idempotencyKey: String(options.idempotencyKey ?? '').trim(),
		offerField: { path: offerField, segments: resource === 'bonus' ? parsePath(offerField, 'offerField') : [] },
		now: now.toISOString(),
		parallelism: Math.max(1, Math.floor(options.parallelism ?? 5)),
	};
}

/** The node's execute: settings once, items in parallel (bounded), results back in item order. */
export async function executePlayerCrm(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const credentials = await ctx.getCredentials(CREDENTIAL);
	const options = ctx.getNodeParameter('options', 0, {}) as Options;
	let settings: Settings | undefined;
	let problem: unknown;
	try {
		settings = readSettings(ctx, String(credentials.baseUrl ?? ''));
	} catch (error) {
		problem = error;
	}
	if (!settings) {
		const description = problem instanceof DomainError ? problem.describe() : undefined;
		throw new NodeOperationError(ctx.getNode(), problem instanceof Error ? problem.message : String(problem), { description });
	}
	const transport = new CrmTransport(ctx, {
		baseUrl: settings.baseUrl,
		timeoutMs: Math.max(1, options.timeout ?? 10_000),
		retry: {
			maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 3)),
			baseDelayMs: Math.max(0, options.retryDelay ?? 500),
			maxDelayMs: Math.max(0, (options.maxRetryWait ?? 30) * 1000),
		},
	});

	const items = ctx.getInputData();
	const outcomes: Outcome[] = new Array(items.length);
	const stopOnError = !ctx.continueOnFail();
	let failed = false;
	await runBounded(
		items.length,
		settings.parallelism,
		async (index) => {
			try {
				outcomes[index] = { routed: await new ItemJob(ctx, settings, transport, items[index].json, index).run() };
			} catch (error) {
				outcomes[index] = { error };
				failed = true;
			}
		},
		() => stopOnError && failed,
	);

	return await routeItems(ctx, settings.onNotFound === 'output' ? 2 : 1, (_item, index) => {
		const outcome = outcomes[index];
		if (!outcome) throw new DomainError('Not run: an earlier item failed', { hint: 'Fix the earlier item, or turn on Continue On Fail' });
		if ('error' in outcome) throw outcome.error;
		return outcome.routed;
	});
}
