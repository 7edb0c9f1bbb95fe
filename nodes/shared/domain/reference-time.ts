import { DomainError } from './errors';

/** A date-time with no zone designator ("2026-01-31T12:00"), which Date.parse would read in the server's zone. */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The instant a node works at, as UTC ISO-8601: the "Reference Time" option when the admin set
 * one (replays, tests), else the execution's clock — read once per execution, never per item. A
 * time written without an offset is read as UTC, so the answer never depends on the server's zone.
 */
export function referenceTime(text: unknown, nowMs: number = Date.now(), field = 'options.referenceTime'): string {
	const written = text === undefined || text === null ? '' : String(text).trim();
	if (written === '') return new Date(nowMs).toISOString();
	const ms = Date.parse(WITHOUT_OFFSET.test(written) ? `${written.replace(' ', 'T')}Z` : written);
	if (Number.isNaN(ms)) {
		throw new DomainError(`Reference Time "${written}" is not a date`, {
			field,
			hint: 'Use an ISO-8601 time such as 2026-01-31T12:00:00Z, or leave it empty for the time of the execution',
		});
	}
	return new Date(ms).toISOString();
}
