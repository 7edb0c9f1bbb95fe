import { DateTime, IANAZone } from 'luxon';
import { DomainError } from '../errors';
import { compileCalendar, type Calendar, type CompiledCalendar } from './calendar';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Offsets never change twice within this step, so one probe per step finds every transition. */
const OFFSET_PROBE_MS = 6 * 3_600_000;
const SEARCH_WINDOW_MS = 7 * DAY_MS;
/** Longer than the longest holiday range a calendar may hold. */
const MAX_EMPTY_WINDOWS = 560;

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
	if (typeof iso === 'string' && ISO_UTC_Z.test(iso)) {
		const ms = Date.parse(iso);
		// Date.parse rolls '2026-02-30' over into March; comparing the day of the month catches it.
		if (!Number.isNaN(ms) && new Date(ms).getUTCDate() === Number(iso.slice(8, 10))) return ms;
	}
	const parsed = typeof iso === 'string' ? DateTime.fromISO(iso, { setZone: true }) : undefined;
	if (!parsed || !parsed.isValid) {
		throw new DomainError(`${field}: '${String(iso)}' is not an ISO date-time`, { field });
	}
	return parsed.toMillis();
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

function checkMinutes(minutes: number): void {
	if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
		throw new DomainError(`minutes must be a non-negative number, got ${String(minutes)}`, { field: 'minutes' });
	}
}

/** The instant (ISO, UTC) when `minutes` of open calendar time have passed since `startIso`. */
export function addBusinessMinutes(calendar: Calendar, startIso: string, minutes: number): string {
	checkMinutes(minutes);
	const start = parseInstant(startIso, 'start');
	compiled(calendar);
	let remaining = Math.round(minutes * MINUTE_MS);
	if (remaining === 0) return toUtcIso(start);
	let cursor = start;
	let emptyWindows = 0;
	// Short targets are the common case: look one day ahead first, then widen up to a week.
	let window = Math.min(SEARCH_WINDOW_MS, Math.max(DAY_MS / 4, remaining * 2));
	while (emptyWindows < MAX_EMPTY_WINDOWS) {
		const spans = openUtcSpans(calendar, cursor, cursor + window);
		emptyWindows = spans.length === 0 ? emptyWindows + 1 : 0;
		for (const [spanStart, spanEnd] of spans) {
			const length = spanEnd - spanStart;
			if (remaining <= length) return toUtcIso(spanStart + remaining);
			remaining -= length;
		}
		cursor += window;
		window = Math.min(SEARCH_WINDOW_MS, window * 2);
	}
	throw new DomainError(`calendar '${calendar.name}' has no open time after ${toUtcIso(start)}`, {
		field: 'calendar',
		hint: 'Check its hours and holidays.',
	});
}

/** Open calendar minutes between two instants; negative when `toIso` is before `fromIso`. */
export function businessMinutesBetween(calendar: Calendar, fromIso: string, toIso: string): number {
	return openMinutesBetween(calendar, parseInstant(fromIso, 'from'), parseInstant(toIso, 'to'));
}

/** businessMinutesBetween on epoch milliseconds. */
export function openMinutesBetween(calendar: Calendar, from: number, to: number): number {
	if (to < from) return -openMinutesBetween(calendar, to, from);
	if (calendar.kind === '24/7') return (to - from) / MINUTE_MS;
	let total = 0;
	for (const [start, end] of openUtcSpans(calendar, from, to)) total += end - start;
	return total / MINUTE_MS;
}
