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

	/** What n8n shows under the message: the field (as `label`) and the fix; undefined when neither is known. */
	describe(label = 'Field'): string | undefined {
		return [this.field ? `${label}: ${this.field}.` : '', this.hint ?? ''].filter(Boolean).join(' ') || undefined;
	}
}
