import { IANAZone } from 'luxon';

/** The hint every time-zone field gives when it refuses a value. */
export const TIME_ZONE_HINT =
	'Use an IANA Region/City name such as Europe/Rome, America/New_York or Asia/Kolkata (not an abbreviation like IST or EST, nor an offset like +05:30).';

/**
 * Three- and four-letter abbreviations: the runtime accepts some that are not tzdb names (`BST` is
 * Dhaka, `IST` Kolkata) and tzdb's `EST`/`MST`/`HST` have no daylight saving, so a lead writing
 * them rarely gets what was meant. UTC, GMT and tzdb's European `CET`, `EET`, `MET`, `WET` remain.
 */
function isAbbreviation(zone: string): boolean {
	return /^[A-Z]{3,4}$/i.test(zone) && !['UTC', 'GMT', 'UCT', 'CET', 'EET', 'MET', 'WET', 'ZULU'].includes(zone.toUpperCase());
}

/** Why `zone` cannot be used ('unknown' or 'ambiguous'), or null when it is a usable IANA name. */
export function timeZoneProblem(zone: unknown): 'unknown' | 'ambiguous' | null {
	if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) return 'unknown';
	return isAbbreviation(zone) ? 'ambiguous' : null;
}
