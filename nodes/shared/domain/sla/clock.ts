import { DateTime, IANAZone } from 'luxon';
import { DomainError } from '../errors';
import { compileCalendar, type Calendar, type CompiledCalendar } from './calendar';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** Offsets never change twice within this step, so one probe per step finds every transition. */
const OFFSET_PROBE_MS = 6 * 3_600_000;
const SEARCH_WINDOW_MS = WEEK_MS;
/** A target is refused when the calendar would need more than about a century to serve it. */
const MAX_WEEKS = 5_218;
/** Instants the contract's `YYYY-MM-DDTHH:mm:ssZ` form can write: years 0001 to 9999. */
const MIN_MS = new Date('0001-01-01T00:00:00Z').getTime();
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export type UtcSpan = [startMs: number, endMs: number];

const compiledCache = new WeakMap<Calendar, CompiledCalendar>();

function compiled(calendar: Calendar): CompiledCalendar {
	let result = compiledCache.get(calendar);
	if (!result) {
		result = compileCalendar(calendar);
		compiledCache.set(calendar, result);
	}
	return result;
}

/** Date-times in UTC with a `Z` as the ticket contract writes them; Date.parse reads these exactly. */
const ISO_UTC_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export function parseInstant(iso: string, field: string): number {
	let ms = Number.NaN;
	if (typeof iso === 'string' && ISO_UTC_Z.test(iso)) {
		ms = Date.parse(iso);
		// Date.parse rolls '2026-02-30' over into March; comparing the day of the month catches it.
		if (new Date(ms).getUTCDate() !== Number(iso.slice(8, 10))) ms = Number.NaN;
	} else if (typeof iso === 'string') {
		// Other ISO forms keep their offset; one written without an offset is read as UTC (never the server's zone).
		const parsed = DateTime.fromISO(iso, { zone: 'utc', setZone: true });
		if (parsed.isValid) ms = parsed.toMillis();
	}
	if (!(ms >= MIN_MS && ms <= MAX_MS)) {
		throw new DomainError(`${field}: '${String(iso)}' is not an ISO date-time between the years 0001 and 9999`, {
			field,
			hint: 'Use ISO 8601 with an offset, e.g. 2026-01-31T12:00:00Z or 2026-01-31T13:00:00+01:00.',
		});
	}
	return ms;
}

export function toUtcIso(ms: number): string {
	return new Date(ms).toISOString();
}

function dayInfo(dayIndex: number): { isoDate: string; weekday: number } {
	const date = new Date(dayIndex * DAY_MS);
	return { isoDate: date.toISOString().slice(0, 10), weekday: ((date.getUTCDay() + 6) % 7) + 1 };
}

/**
 * Open spans in "wall milliseconds" (local wall time written as if it were UTC), clipped to
 * [wallFrom, wallTo). A day's overnight interval is cut at midnight when the next day is a holiday.
 */
function openWallSpans(calendar: CompiledCalendar, wallFrom: number, wallTo: number): UtcSpan[] {
	const spans: UtcSpan[] = [];
	const firstDay = Math.floor(wallFrom / DAY_MS) - 1;
	const lastDay = Math.floor((wallTo - 1) / DAY_MS);
	for (let day = firstDay; day <= lastDay; day++) {
		const { isoDate, weekday } = dayInfo(day);
		if (calendar.holidays.has(isoDate)) continue;
		const nextIsHoliday = calendar.holidays.has(dayInfo(day + 1).isoDate);
		const midnight = day * DAY_MS;
		for (const span of calendar.spansByWeekday[weekday]) {
			const start = Math.max(wallFrom, midnight + span.start * MINUTE_MS);
			let end = midnight + span.end * MINUTE_MS;
			if (nextIsHoliday) end = Math.min(end, midnight + DAY_MS);
			end = Math.min(end, wallTo);
			if (end > start) spans.push([start, end]);
		}
	}
	return spans;
}

function constantOffsetSegments(zone: IANAZone, from: number, to: number): Array<[number, number, number]> {
	const segments: Array<[number, number, number]> = [];
	let cursor = from;
	while (cursor < to) {
		const offset = zone.offset(cursor);
		let segmentEnd = to;
		let low = cursor;
		while (low < to) {
			const probe = Math.min(low + OFFSET_PROBE_MS, to);
			if (zone.offset(probe) !== offset) {
				let high = probe;
				while (high - low > 1) {
					const middle = Math.floor((low + high) / 2);
					if (zone.offset(middle) === offset) low = middle;
					else high = middle;
				}
				segmentEnd = high;
				break;
			}
			low = probe;
		}
		segments.push([cursor, segmentEnd, offset * MINUTE_MS]);
		cursor = segmentEnd;
	}
	return segments;
}

/** Open time of the calendar within [from, to) as sorted, merged UTC spans. */
export function openUtcSpans(calendarInput: Calendar, from: number, to: number): UtcSpan[] {
	const calendar = compiled(calendarInput);
	if (to <= from) return [];
	if (calendar.kind === '24/7') return [[from, to]];
	const zone = IANAZone.create(calendar.timeZone);
	const merged: UtcSpan[] = [];
	for (const [segmentFrom, segmentTo, offsetMs] of constantOffsetSegments(zone, from, to)) {
		for (const [wallStart, wallEnd] of openWallSpans(calendar, segmentFrom + offsetMs, segmentTo + offsetMs)) {
			const start = wallStart - offsetMs;
			const end = wallEnd - offsetMs;
			const last = merged[merged.length - 1];
			if (last && start <= last[1]) last[1] = Math.max(last[1], end);
			else merged.push([start, end]);
		}
	}
	return merged;
}

/**
 * The clock counts whole minutes on the grid of its first instant: the minute [g, g + 1 min)
 * is open when the calendar is open at g. Spans that start or end off the grid (a start with
 * seconds, the seconds of a historic local-mean-time offset) move to the next grid point, which
 * keeps exactly the grid points inside them.
 */
function onGrid(span: UtcSpan, grid: number): UtcSpan {
	const [start, end] = span;
	if ((start - grid) % MINUTE_MS === 0 && (end - grid) % MINUTE_MS === 0) return span;
	return [grid + Math.ceil((start - grid) / MINUTE_MS) * MINUTE_MS, grid + Math.ceil((end - grid) / MINUTE_MS) * MINUTE_MS];
}

function checkMinutes(minutes: number): void {
	if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
		throw new DomainError(`minutes must be a non-negative number, got ${String(minutes)}`, { field: 'minutes', hint: 'Give the target in minutes, e.g. 120.' });
	}
}

/** The instant (ISO, UTC) when `minutes` of open calendar time have passed since `startIso`. */
export function addBusinessMinutes(calendarInput: Calendar, startIso: string, minutes: number): string {
	checkMinutes(minutes);
	const start = parseInstant(startIso, 'start');
	const calendar = compiled(calendarInput);
	const target = Math.round(minutes * MINUTE_MS);
	let remaining = target;
	if (remaining === 0) return toUtcIso(start);
	if (calendar.kind === '24/7') return toUtcIso(inRange(start + remaining, calendar));
	// Even a fall-back hour every week would not bring a target that needs over a century within reach.
	if (minutes / (calendar.weeklyOpenMinutes + 60) > MAX_WEEKS) {
		throw new DomainError(`${minutes} minutes need more than a century of calendar '${calendar.name}' (${calendar.weeklyOpenMinutes} open minutes a week)`, {
			field: 'minutes',
			hint: 'Use a smaller target or a calendar with more open hours.',
		});
	}
	// Past the last holiday every week has open time, so an empty search beyond it means none is left.
	const giveUpAt = Math.max(start, calendar.lastHolidayMs) + 4 * WEEK_MS;
	let cursor = start;
	// Short targets are the common case: look one day ahead first, then widen up to a week.
	let window = Math.min(SEARCH_WINDOW_MS, Math.max(DAY_MS / 4, remaining * 2));
	while (cursor <= giveUpAt || remaining < target) {
		const spans = openUtcSpans(calendarInput, cursor, cursor + window);
		for (const span of spans) {
			const [spanStart, spanEnd] = onGrid(span, start);
			const length = spanEnd - spanStart;
			if (length <= 0) continue;
			if (remaining <= length) return toUtcIso(inRange(spanStart + remaining, calendar));
			remaining -= length;
		}
		cursor = inRange(spans.length === 0 ? afterHolidays(calendar, cursor + window) : cursor + window, calendar);
		window = Math.min(SEARCH_WINDOW_MS, window * 2);
	}
	throw new DomainError(`calendar '${calendar.name}' has no open time after ${toUtcIso(start)}`, {
		field: 'calendar',
		hint: 'Check its hours and holidays.',
	});
}

/**
 * When `at` falls on a holiday, an instant no later than the start of the next non-holiday local
 * day (nothing in between can open: those dates are holidays, which close their own hours and
 * the previous evening's tails); else `at`. Lets the search cross a long closure day by day
 * without computing offsets for it.
 */
function afterHolidays(calendar: CompiledCalendar, at: number): number {
	const utcDay = Math.floor(at / DAY_MS);
	// The local date is the UTC date or a neighbour; when none of them is a holiday, skip the offset look-up.
	if (![utcDay - 1, utcDay, utcDay + 1].some((d) => calendar.holidays.has(dayInfo(d).isoDate))) return at;
	let day = Math.floor((at + IANAZone.create(calendar.timeZone).offset(at) * MINUTE_MS) / DAY_MS);
	const first = day;
	while (calendar.holidays.has(dayInfo(day).isoDate)) day++;
	// Local midnight is at most 14 hours before the same wall time in UTC; one more hour for safety.
	return day === first ? at : Math.max(at, day * DAY_MS - 15 * 3_600_000);
}

function inRange(ms: number, calendar: CompiledCalendar): number {
	if (ms <= MAX_MS) return ms;
	throw new DomainError(`calendar '${calendar.name}': the due time falls after the year 9999`, {
		field: 'minutes',
		hint: 'Use a smaller target or a calendar with more open hours.',
	});
}

/** Open calendar minutes between two instants; negative when `toIso` is before `fromIso`. */
export function businessMinutesBetween(calendar: Calendar, fromIso: string, toIso: string): number {
	return openMinutesBetween(calendar, parseInstant(fromIso, 'from'), parseInstant(toIso, 'to'));
}

/** businessMinutesBetween on epoch milliseconds, counted on the grid of the earlier instant. */
export function openMinutesBetween(calendar: Calendar, from: number, to: number): number {
	if (to < from) return 0 - openMinutesBetween(calendar, to, from);
	if (calendar.kind === '24/7' || compiled(calendar).kind === '24/7') return (to - from) / MINUTE_MS;
	let total = 0;
	for (const span of openUtcSpans(calendar, from, to)) {
		const [start, end] = onGrid(span, from);
		if (end > start) total += Math.min(end, to) - start;
	}
	return total / MINUTE_MS;
}
