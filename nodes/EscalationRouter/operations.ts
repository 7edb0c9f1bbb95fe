import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { DomainError } from '../shared/domain/errors';
import { assign, validateRoster, type Agent, type AssignmentStrategy } from '../shared/domain/routing/assignment';
import { escalate } from '../shared/domain/routing/escalate';
import { compileRules, route, RG_GUARD, VIP_GUARD, type CompiledRules } from '../shared/domain/routing/rules';
import { assertTicket, withHistory, type Ticket } from '../shared/domain/ticket';
import { routeItems } from '../shared/n8n/items';
import {
	AT_TOP_OUTPUT,
	COMPLIANCE_OUTPUT,
	configuredOutputs,
	DEFAULT_OUTPUT,
	ESCALATED_OUTPUT,
	FIRST_RULE_OUTPUT,
	OTHER_QUEUES_OUTPUT,
	QUEUE_OUTPUTS,
	VIP_OUTPUT,
} from './outputs';
import { commaList, jsonRuleTable, normaliseRoster, panelRuleTable, readPath, type PanelRule } from './settings';
import { referenceTime } from '../shared/domain/reference-time';

interface Options {
	referenceTime?: string;
	vipTiers?: string;
	allowOtherLanguages?: boolean;
}

interface RouteSettings {
	compiled: CompiledRules;
	byQueue: boolean;
	assignment?: { roster: Agent[]; strategy: AssignmentStrategy; allowOtherLanguages: boolean };
}


/** Every setting that does not depend on the item, read and compiled once per execution. */
function readRouteSettings(ctx: IExecuteFunctions, items: INodeExecutionData[], options: Options): RouteSettings {
	const vipTiers = commaList(options.vipTiers);
	const source = ctx.getNodeParameter('rulesSource', 0, 'panel') as string;
	const table =
		source === 'json'
			? jsonRuleTable(ctx.getNodeParameter('rulesJson', 0), vipTiers)
			: panelRuleTable(
					(ctx.getNodeParameter('rules.values', 0, []) as PanelRule[]) ?? [],
					{
						queue: ctx.getNodeParameter('defaultQueue', 0, 'general') as string,
						customQueue: ctx.getNodeParameter('defaultCustomQueue', 0, '') as string,
						level: ctx.getNodeParameter('defaultLevel', 0, 'L1') as string,
					},
					vipTiers,
				);
	const settings: RouteSettings = { compiled: compileRules(table), byQueue: source === 'json' };
	const rosterSource = ctx.getNodeParameter('assignmentSource', 0, 'none') as string;
	if (rosterSource === 'none') return settings;
	let raw: unknown;
	let field = 'roster';
	if (rosterSource === 'panel') {
		raw = ctx.getNodeParameter('roster', 0);
	} else {
		const path = (ctx.getNodeParameter('rosterField', 0, 'roster') as string).trim();
		field = path;
		for (let index = 0; index < items.length && (raw === undefined || raw === null); index++) {
			raw = readPath(items[index].json, path);
		}
		if ((raw === undefined || raw === null) && items.length > 0) {
			throw new DomainError(`No input item has the roster field '${path}'`, {
				field: 'rosterField',
				hint: 'Attach the agents list to the items (e.g. read the agents table and merge it in), or fix the field path',
			});
		}
		raw ??= [];
	}
	settings.assignment = {
		roster: validateRoster(normaliseRoster(raw, field)),
		strategy: ctx.getNodeParameter('strategy', 0, 'round_robin') as AssignmentStrategy,
		allowOtherLanguages: options.allowOtherLanguages === true,
	};
	return settings;
}

/**
 * A problem with the node's settings: the whole execution stops with it, or, under Continue On
 * Fail, every item leaves as an error item carrying it.
 */
async function failSettings(ctx: IExecuteFunctions, outputCount: number, error: unknown) {
	const nodeError =
		error instanceof DomainError
			? new NodeOperationError(ctx.getNode(), error.message, {
					description: error.describe(),
				})
			: error;
	if (!ctx.continueOnFail()) throw nodeError;
	return await routeItems(ctx, outputCount, () => {
		throw nodeError;
	});
}

function outputOf(routeIndex: number | string, queue: string, byQueue: boolean): number {
	if (routeIndex === RG_GUARD) return COMPLIANCE_OUTPUT;
	if (routeIndex === VIP_GUARD) return VIP_OUTPUT;
	if (byQueue) return QUEUE_OUTPUTS[queue] ?? OTHER_QUEUES_OUTPUT;
	return routeIndex === -1 ? DEFAULT_OUTPUT : FIRST_RULE_OUTPUT + (routeIndex as number);
}

export async function routeTickets(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const outputCount = configuredOutputs(ctx.getNode().parameters).length;
	let settings: RouteSettings;
	let now: string;
	try {
		const options = ctx.getNodeParameter('options', 0, {}) as Options;
		now = referenceTime(options.referenceTime);
		settings = readRouteSettings(ctx, items, options);
	} catch (error) {
		return await failSettings(ctx, outputCount, error);
	}
	const { compiled, byQueue, assignment } = settings;
	const routed: Array<{ json: INodeExecutionData['json']; ticket: Ticket }> = [];
	const outputs = await routeItems(ctx, outputCount, (item) => {
		const ticket = assertTicket(item.json.ticket);
		const decision = route(ticket, compiled, now);
		const next = withHistory(ticket, now, 'routed', decision.routing);
		const previous = ticket.routing;
		next.routing =
			!assignment && previous?.assignee && previous.queue === decision.routing.queue
				? { ...decision.routing, assignee: previous.assignee }
				: { ...decision.routing };
		const json = { ...item.json, ticket: next };
		if (assignment) routed.push({ json, ticket: next });
		return { output: outputOf(decision.routeIndex, decision.routing.queue, byQueue), json };
	});
	if (assignment && routed.length > 0) {
		const { outcomes } = assign(
			routed.map((entry) => entry.ticket),
			assignment.roster,
			assignment.strategy,
			now,
			{ allowOtherLanguages: assignment.allowOtherLanguages },
		);
		outcomes.forEach((outcome, index) => {
			const ticket = outcome.ticket;
			if (!outcome.assigned) ticket.routing = { ...ticket.routing!, unassignedReason: outcome.reason };
			routed[index].json.ticket = ticket;
		});
	}
	return outputs;
}

export async function escalateTickets(ctx: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	let now: string;
	try {
		now = referenceTime((ctx.getNodeParameter('options', 0, {}) as Options).referenceTime);
	} catch (error) {
		return await failSettings(ctx, 2, error);
	}
	return await routeItems(ctx, 2, (item, itemIndex) => {
		const ticket = assertTicket(item.json.ticket);
		const reason = String(ctx.getNodeParameter('reason', itemIndex, '')).trim();
		if (reason === '') {
			throw new DomainError('The escalation needs a reason', { field: 'reason', hint: 'Say why, e.g. "SLA firstResponse breached"' });
		}
		const result = escalate(ticket, reason, now);
		return { output: result.flag ? AT_TOP_OUTPUT : ESCALATED_OUTPUT, json: { ...item.json, ticket: result.ticket } };
	});
}
