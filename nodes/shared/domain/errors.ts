/**
 * A problem with the data or the settings a domain function was given. `field` names the
 * offending field (dotted path) and `hint` says how to fix it; node adapters turn this into
 * n8n's NodeOperationError with the item index.
 */
export class DomainError extends Error {
	readonly field?: string;
	readonly hint?: string;

	constructor(message: string, options: { field?: string; hint?: string } = {}) {
		super(message);
		this.name = 'DomainError';
		this.field = options.field;
		this.hint = options.hint;
	}
}
