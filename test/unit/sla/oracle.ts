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

/** 'H:mm-HH:mm' with any dash and spaces around it; an end at or before the start is the next day's. */
function parseSpan(text: string): [number, number] {
	const [a, b] = text
		.trim()
		.split(/\s*[-\u2010-\u2015\u2212]\s*/)
		.map((part) => {
			const [h, m] = part.split(':').map(Number);
			return h * 60 + m;
		});
	return [a, b > a ? b : b + 1440];
}

/** A day's value as written: a list, or one string of comma-separated spans. */
const spanTexts = (value: unknown): string[] =>
	typeof value === 'string' ? value.split(/[,;\n]/).filter((part) => part.trim() !== '') : ((value ?? []) as string[]);

/** The spans of each weekday (0 = Monday); a key is read by its first three letters, any case. */
function weekTable(calendar: Calendar): Array<Array<[number, number]>> {
	const table: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
	for (const [key, value] of Object.entries(calendar.hours ?? {})) {
		table[WEEKDAYS.indexOf(key.trim().toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number])].push(...spanTexts(value).map(parseSpan));
	}
	return table;
}

/** Expands holidays written as days or `from..to` ranges (a list or one comma-separated string). */
function holidayDays(calendar: Calendar): Set<string> {
	const days = new Set<string>();
	const entries = typeof calendar.holidays === 'string' ? calendar.holidays.split(/[,;\n]/) : (calendar.holidays ?? []);
	for (const entry of entries) {
		if (entry.trim() === '') continue;
		const [from, to = from] = entry.split('..').map((part) => part.trim());
		for (let day = Date.parse(from); day <= Date.parse(to); day += 86_400_000) days.add(new Date(day).toISOString().slice(0, 10));
	}
	return days;
}

const isAlwaysOpen = (calendar: Calendar) => ['24/7', '24x7'].includes(String(calendar.kind).trim().toLowerCase());

const parsedCache = new WeakMap<Calendar, { holidays: Set<string>; week: Array<Array<[number, number]>> }>();

/** Is the UTC minute starting at `ms` open in `calendar`? */
export function isOpen(calendar: Calendar, ms: number): boolean {
	if (isAlwaysOpen(calendar)) return true;
	let parsed = parsedCache.get(calendar);
	if (!parsed) parsedCache.set(calendar, (parsed = { holidays: holidayDays(calendar), week: weekTable(calendar) }));
	const { holidays, week } = parsed;
	const offsetMinutes = IANAZone.create(calendar.timeZone.trim()).offset(ms);
	const wall = new Date(ms + offsetMinutes * MINUTE);
	const minuteOfDay = wall.getUTCHours() * 60 + wall.getUTCMinutes();
	if (holidays.has(wall.toISOString().slice(0, 10))) return false;
	const spansOf = (date: Date) => week[WEEKDAY_BY_JS_DAY[date.getUTCDay()]];
	if (spansOf(wall).some(([s, e]) => minuteOfDay >= s && minuteOfDay < e)) return true;
	const yesterday = new Date(wall.getTime() - 86_400_000);
	if (holidays.has(yesterday.toISOString().slice(0, 10))) return false;
	return spansOf(yesterday).some(([, e]) => e > 1440 && minuteOfDay < e - 1440);
}

/** Open minutes in a week without holidays or DST changes (overlapping spans counted once). */
export function weeklyOpenMinutes(calendar: Calendar): number {
	const openInWeek = new Set<number>();
	weekTable(calendar).forEach((spans, day) => {
		for (const [s, e] of spans) for (let m = s; m < e; m++) openInWeek.add((day * 1440 + m) % (7 * 1440));
	});
	return openInWeek.size;
}

/**
 * How far the oracle may walk before it gives up: a guard against endless loops only, never the
 * reason a valid case fails. Any 7 days hold at least `W` open minutes (the weekly pattern repeats;
 * overlapping spans counted once); a holiday day takes at most `W` of them, and so does a
 * spring-forward change (an hour, two at Troll, a whole day at Apia in 2011; at most about two a
 * year). With `k = ceil(minutes / W)`, `N = 2k + 8 + 2H` weeks (H holiday days) lose at most
 * `H + N/26 + 2` weeks' worth, which leaves at least `k` weeks' worth, i.e. `minutes`. A sparse
 * calendar (say 15 minutes on Tuesdays) legitimately puts a due time months away.
 */
export function oracleHorizonMs(calendar: Calendar, minutes: number): number {
	const weeklyOpen = weeklyOpenMinutes(calendar);
	const weeks = isAlwaysOpen(calendar) || weeklyOpen === 0 ? Math.ceil(minutes / 10_080) + 9 : 2 * Math.ceil(minutes / weeklyOpen) + 8 + 2 * holidayDays(calendar).size;
	return Math.max(60, weeks * 7) * 86_400_000;
}

/**
 * The instant (ms) after `minutes` open minutes counted from `start`. The walk steps whole
 * minutes from `start` itself, so a start with seconds counts the minutes of its own grid.
 */
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
