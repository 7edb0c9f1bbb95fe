/**
 * Weekdays and clock times as an ops lead writes them, shared by SLA calendars and agent shifts
 * so both panels accept the same spellings.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const SPELLINGS: Record<Weekday, string[]> = {
	mon: ['monday'],
	tue: ['tues', 'tuesday'],
	wed: ['weds', 'wednesday'],
	thu: ['thur', 'thurs', 'thursday'],
	fri: ['friday'],
	sat: ['saturday'],
	sun: ['sunday'],
};
const WEEKDAY_NAMES = new Map<string, Weekday>();
for (const weekday of WEEKDAYS) for (const name of [weekday, ...SPELLINGS[weekday]]) WEEKDAY_NAMES.set(name, weekday);

/** `mon`, `Monday`, `TUE`, `thurs` → the short key; anything else → undefined. */
export function weekdayOf(name: unknown): Weekday | undefined {
	return typeof name === 'string' ? WEEKDAY_NAMES.get(name.trim().toLowerCase()) : undefined;
}

/** Minutes after midnight of `H:mm` or `HH:mm` (00:00-23:59; 24:00 only where `allowMidnightEnd`), or undefined. */
export function minutesOfClock(hours: string, minutes: string, allowMidnightEnd = true): number | undefined {
	const h = Number(hours);
	const m = Number(minutes);
	if (!Number.isInteger(h) || !Number.isInteger(m) || m > 59 || h > 24 || (h === 24 && (m !== 0 || !allowMidnightEnd))) return undefined;
	return h * 60 + m;
}

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** One clock time written alone ('9:00', '09:00', '24:00' when allowed), or undefined. */
export function parseClockTime(text: unknown, allowMidnightEnd = false): number | undefined {
	const match = typeof text === 'string' ? CLOCK.exec(text.trim()) : null;
	return match ? minutesOfClock(match[1], match[2], allowMidnightEnd) : undefined;
}
