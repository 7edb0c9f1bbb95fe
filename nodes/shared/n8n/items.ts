import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { DomainError } from '../domain/errors';
import { TicketValidationError } from '../domain/ticket';

/** Where one input item goes: an output index and the json (and optional binary) it carries. */
export interface Routed {
	output: number;
	json: INodeExecutionData['json'];
	binary?: INodeExecutionData['binary'];
}

/**
 * Turns anything thrown while handling one item into an n8n error that names the item.
 * Domain errors keep their field and hint as the description n8n shows under the message.
 */
export function toNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeOperationError | NodeApiError {
	if (error instanceof NodeOperationError || error instanceof NodeApiError) {
		if (error.context && error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	if (error instanceof DomainError) {
		return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${error.message}`, {
			itemIndex,
			description: error.describe(),
		});
	}
	if (error instanceof TicketValidationError) {
		return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${error.message}`, {
			itemIndex,
			description:
				'Each item must carry a ticket made by the Ticket Intake node (see the README for the ticket fields). ' +
				error.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${message}`, { itemIndex });
}

/**
 * The one place that links items and honours Continue On Fail. `handle` maps one input item
 * to the outputs it leaves by (usually exactly one); whatever it throws becomes an error item
 * on output 0 that keeps the input's json and carries `error`, so n8n's "Continue (using error
 * output)" moves it to the error output and nothing is lost. Items are never mutated in place.
 */
export async function routeItems(
	ctx: IExecuteFunctions,
	outputCount: number,
	handle: (item: INodeExecutionData, itemIndex: number) => Routed | Routed[] | Promise<Routed | Routed[]>,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const routed = await handle(items[itemIndex], itemIndex);
			for (const r of Array.isArray(routed) ? routed : [routed]) {
				const out: INodeExecutionData = { json: r.json, pairedItem: { item: itemIndex } };
				if (r.binary) out.binary = r.binary;
				outputs[r.output].push(out);
			}
		} catch (error) {
			const nodeError = toNodeError(ctx, error, itemIndex);
			if (!ctx.continueOnFail()) throw nodeError;
			outputs[0].push(errorItem(items[itemIndex], nodeError, itemIndex));
		}
	}
	return outputs;
}

/** The item that leaves a failed step under Continue On Fail: its input json plus `error`. */
export function errorItem(
	item: INodeExecutionData,
	error: NodeOperationError | NodeApiError,
	itemIndex: number,
): INodeExecutionData {
	const detail: JsonObject = { message: error.message };
	if (error.description) detail.description = error.description;
	return {
		json: { ...item.json, error: detail },
		error,
		pairedItem: { item: itemIndex },
	};
}
