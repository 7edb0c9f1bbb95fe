/**
 * Reproducible weighted sampling without replacement (Efraimidis & Spirakis, 2006): each ticket
 * gets the key ln(u) / w, where u ∈ (0, 1) comes from SHA-256 of the seed and the ticket id, and
 * the n tickets with the largest keys form the sample. Ticket i is drawn with the same law as
 * successive weighted draws without replacement, and since u depends only on (seed, ticket id)
 * the sample does not depend on the order or the batching of the input.
 */
import { createHash } from 'crypto';
import { DateTime } from 'luxon';

import { DomainError } from '../errors';

const TWO_POW_52 = 2 ** 52;

/** Uniform number in (0, 1) from the first 52 bits of SHA-256(seed + '\n' + id). */
export function uniform(seed: string, id: string): number {
	const digest = createHash('sha256').update(seed).update('\n').update(id).digest();
	const high = digest.readUInt32BE(0);
	const low = digest.readUInt32BE(4) >>> 12;
	return (high * 2 ** 20 + low + 0.5) / TWO_POW_52;
}

/** Efraimidis–Spirakis key in log form: larger keys are drawn first. */
export function sampleKey(seed: string, id: string, weight: number): number {
	return Math.log(uniform(seed, id)) / weight;
}

/** The default seed: the ISO week of the reference time in UTC, e.g. `2026-W09`. */
export function isoWeekSeed(referenceTime: string): string {
	const at = DateTime.fromISO(referenceTime, { zone: 'utc' });
	if (!at.isValid) {
		throw new DomainError(`reference time '${referenceTime}' is not an ISO-8601 timestamp`, {
			field: 'options.referenceTime',
			hint: 'Use a timestamp such as 2026-03-02T06:00:00Z, or leave it empty for now.',
		});
	}
	return `${at.weekYear}-W${String(at.weekNumber).padStart(2, '0')}`;
}
