import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import { DomainError } from '../domain/errors';

/**
 * Runs `read` (reading and compiling a node's settings once per execution) and turns a
 * DomainError about a setting into a NodeOperationError naming the parameter and the fix.
 */
export function readSettings<T>(ctx: IExecuteFunctions, read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (!(error instanceof DomainError)) throw new NodeOperationError(ctx.getNode(), error as Error);
		throw new NodeOperationError(ctx.getNode(), `Invalid setting: ${error.message}`, { description: error.describe('Parameter') });
	}
}
