import type { IExecuteFunctions } from 'n8n-workflow';
import { get } from 'lodash';

import { referenceTime } from '../domain/reference-time';

const PATH = 'options.referenceTime';

/** Whether the admin wrote the parameter at `path` (e.g. `options.referenceTime`) as an expression. */
export function isExpression(ctx: IExecuteFunctions, path: string): boolean {
	const raw: unknown = get(ctx.getNode().parameters, path);
	return typeof raw === 'string' && raw.startsWith('=');
}

/**
 * The instant each item is handled at: the Reference Time option (empty = the execution's clock).
 * A constant is read once; an expression (`{{ $json.ticket.createdAt }}`) is resolved per item, so
 * a batch never takes item 0's time. A bad value fails the item it belongs to, naming the option.
 */
export function referenceTimeFor(ctx: IExecuteFunctions): (itemIndex: number) => string {
	if (isExpression(ctx, PATH)) return (itemIndex) => referenceTime(ctx.getNodeParameter(PATH, itemIndex, ''));
	let constant: string | undefined;
	return () => (constant ??= referenceTime(ctx.getNodeParameter(PATH, 0, '')));
}
