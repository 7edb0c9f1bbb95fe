/**
 * The brute-force reference for the business clock: walks UTC minute by minute and asks, for
 * each one, whether its local wall time (UTC + the zone's offset at that instant) is open.
 * Deliberately naive, shares no code with the clock, and is used by the property tests and the
 * benchmark.
 */
import { IANAZone } from 'luxon';

import { WEEKDAYS, type Calendar } from '../../../nodes/shared/domain/sla/calendar';

export const MINUTE = 60_000;
const WEEKDAY_BY_JS_DAY = [6, 0, 1, 2, 3, 4, 5];

function parseSpan(text: string): [number, number] {
	const [a, b] = text.split('-').map((part) => {
		const [h, m] = part.split(':').map(Number);
		return h * 60 + m;
	});
	return [a, b > a ? b : b + 1440];
}

/** Expands holidays written as days or `from..to` ranges. */
function holidayDays(calendar: Calendar): Set<string> {
	const days = new Set<string>();
	for (const entry of calendar.holidays ?? []) {
		const [from, to = from] = entry.split('..');
		for (let day = Date.parse(from); day <= Date.parse(to); day += 86_400_000) days.add(new Date(day).toISOString().slice(0, 10));
	}
	return days;
}

const holidayCache = new WeakMap<Calendar, Set<string>>();

/** Is the UTC minute starting at `ms` open in `calendar`? */
export function isOpen(calendar: Calendar, ms: number): boolean {
	if (calendar.kind === '24/7') return true;
	let holidays = holidayCache.get(calendar);
	if (!holidays) holidayCache.set(calendar, (holidays = holidayDays(calendar)));
	const offsetMinutes = IANAZone.create(calendar.timeZone).offset(ms);
	const wall = new Date(ms + offsetMinutes * MINUTE);
	const minuteOfDay = wall.getUTCHours() * 60 + wall.getUTCMinutes();
	if (holidays.has(wall.toISOString().slice(0, 10))) return false;
	const spansOf = (date: Date) => (calendar.hours?.[WEEKDAYS[WEEKDAY_BY_JS_DAY[date.getUTCDay()]]] ?? []).map(parseSpan);
	if (spansOf(wall).some(([s, e]) => minuteOfDay >= s && minuteOfDay < e)) return true;
	const yesterday = new Date(wall.getTime() - 86_400_000);
	if (holidays.has(yesterday.toISOString().slice(0, 10))) return false;
	return spansOf(yesterday).some(([, e]) => e > 1440 && minuteOfDay < e - 1440);
}

/**
 * How far the oracle may walk before it gives up: enough weeks to collect `minutes` open minutes
 * at the calendar's weekly rate, plus a margin for holidays and a part-week at either end. A
 * sparse calendar (say 15 minutes on Tuesdays) legitimately puts a due time months away.
 */
export function oracleHorizonMs(calendar: Calendar, minutes: number): number {
	const weeklyOpen = WEEKDAYS.reduce(
		(sum, day) => sum + (calendar.hours?.[day] ?? []).map(parseSpan).reduce((acc, [s, e]) => acc + (e - s), 0),
		0,
	);
	const weeks = calendar.kind === '24/7' || weeklyOpen === 0 ? 9 : Math.ceil(minutes / weeklyOpen) + 4;
	return Math.max(60, weeks * 7) * 86_400_000;
}

/** The instant (ms) after `minutes` open minutes counted from `start` (a whole minute). */
export function oracleDue(calendar: Calendar, start: number, minutes: number): number {
	const horizon = oracleHorizonMs(calendar, minutes);
	let counted = 0;
	let cursor = start;
	while (counted < minutes) {
		if (isOpen(calendar, cursor)) counted++;
		cursor += MINUTE;
		if (cursor - start > horizon) throw new Error('oracle ran away');
	}
	return cursor;
}

/** Open minutes in [from, from + span minutes). */
export function oracleBetween(calendar: Calendar, from: number, span: number): number {
	let open = 0;
	for (let m = 0; m < span; m++) if (isOpen(calendar, from + m * MINUTE)) open++;
	return open;
}
