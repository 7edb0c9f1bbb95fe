import { DomainError } from '../errors';
import { TIME_ZONE_HINT, timeZoneProblem } from '../time-zone';

import { minutesOfClock, weekdayOf, WEEKDAYS, type Weekday } from '../weekly-time';

export { WEEKDAYS, type Weekday };

export interface Calendar {
	name: string;
	kind: '24/7' | 'business';
	/** IANA zone, e.g. `Europe/Rome`. */
	timeZone: string;
	/**
	 * Per weekday (`mon`..`sun`, or full English names in any case) a list of 'HH:mm-HH:mm' (or one
	 * comma-separated string); an interval ending at or before its start runs past midnight.
	 */
	hours?: Record<string, string[] | string | null | undefined>;
	/** 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD' (a list, or one comma-separated string); a holiday closes the whole local calendar day. */
	holidays?: string[] | string;
}

/** Minutes from local midnight of the day the interval starts; `end` may exceed 1440 (overnight). */
export interface OpenSpan {
	start: number;
	end: number;
}

export interface CompiledCalendar {
	name: string;
	kind: '24/7' | 'business';
	timeZone: string;
	/** Index 1..7 = luxon weekday (1 = Monday); index 0 unused. */
	spansByWeekday: OpenSpan[][];
	holidays: Set<string>;
	/** UTC instant safely after the end of the last holiday (in any zone); -Infinity without holidays. */
	lastHolidayMs: number;
	/** Open minutes of a week without holidays (an overnight tail counted with its day); 10080 for 24/7. */
	weeklyOpenMinutes: number;
}

export const DEFAULT_CALENDAR: Calendar = { name: '24/7', kind: '24/7', timeZone: 'UTC' };

/** `H:mm` or `HH:mm`, a hyphen or dash (ASCII, en, em, minus…) with optional spaces, `H:mm` or `HH:mm`. */
const INTERVAL_PATTERN = /^(\d{1,2}):(\d{2})\s*[-\u2010-\u2015\u2212]\s*(\d{1,2}):(\d{2})$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_HOLIDAY_RANGE_DAYS = 3660;
const DAY_MS = 86_400_000;
const INTERVAL_HINT = "Write intervals as 'HH:mm-HH:mm' (24-hour clock), e.g. '09:00-18:00', '22:00-06:00' (overnight) or '00:00-24:00' (whole day).";
const HOLIDAY_HINT = "Write local calendar dates 'YYYY-MM-DD' or ranges 'YYYY-MM-DD..YYYY-MM-DD', e.g. '2026-12-24..2026-12-26'.";

export function parseInterval(text: string, field: string): OpenSpan {
	const match = INTERVAL_PATTERN.exec(typeof text === 'string' ? text.trim() : '');
	if (!match) throw new DomainError(`${field}: '${String(text)}' is not an interval`, { field, hint: INTERVAL_HINT });
	const start = minutesOfClock(match[1], match[2]);
	const end = minutesOfClock(match[3], match[4]);
	if (start === undefined || end === undefined || start === 1440) {
		throw new DomainError(`${field}: '${text}' has an impossible time`, {
			field,
			hint: `Hours run 00-23 and minutes 00-59; only an end may be 24:00. ${INTERVAL_HINT}`,
		});
	}
	if (start === end) {
		throw new DomainError(`${field}: '${text}' has zero length`, {
			field,
			hint: "Use '00:00-24:00' for a whole day, or remove the interval (a day without intervals is closed).",
		});
	}
	return { start, end: end > start ? end : end + 1440 };
}

/** Sorted, with overlapping and touching intervals joined: a minute is open when any interval says so. */
function mergeSpans(spans: OpenSpan[]): OpenSpan[] {
	const merged: OpenSpan[] = [];
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}

/** A day's value: a list of intervals, one string of comma-separated intervals, or null/empty for closed. */
function dayIntervals(value: unknown, field: string): string[] {
	if (value === undefined || value === null) return [];
	if (typeof value === 'string') return value.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);
	if (Array.isArray(value)) return value as string[];
	throw new DomainError(`${field} must be a list of intervals`, { field, hint: `e.g. ["09:00-13:00", "14:00-18:00"]. ${INTERVAL_HINT}` });
}

function compileHours(hours: unknown): OpenSpan[][] {
	if (hours !== undefined && hours !== null && (typeof hours !== 'object' || Array.isArray(hours))) {
		throw new DomainError('hours must be an object with one key per weekday', { field: 'hours', hint: 'e.g. { "mon": ["09:00-18:00"], "sat": ["10:00-14:00"] }.' });
	}
	const byWeekday = new Map<Weekday, { key: string; spans: OpenSpan[] }>();
	for (const [key, value] of Object.entries((hours ?? {}) as Record<string, unknown>)) {
		const field = `hours.${key}`;
		const weekday = weekdayOf(key);
		if (!weekday) {
			throw new DomainError(`${field}: '${key}' is not a weekday`, {
				field,
				hint: 'Use mon, tue, wed, thu, fri, sat, sun (or the full English names, any case); leave a closed day out.',
			});
		}
		const already = byWeekday.get(weekday);
		if (already) {
			throw new DomainError(`${field}: ${weekday} is already given as '${already.key}'`, { field, hint: 'List each weekday once, with all its intervals.' });
		}
		const spans = dayIntervals(value, field).map((text, index) => parseInterval(text, `${field}[${index}]`));
		byWeekday.set(weekday, { key, spans: mergeSpans(spans) });
	}
	return [[], ...WEEKDAYS.map((weekday) => byWeekday.get(weekday)?.spans ?? [])];
}

/** Midnight UTC of a `YYYY-MM-DD` date (used as a day number), rejecting days such as 2026-02-30. */
function parseDate(text: string, field: string): number {
	const ms = DATE_PATTERN.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
		throw new DomainError(`${field}: '${text}' is not a date`, { field, hint: HOLIDAY_HINT });
	}
	return ms;
}

function expandHolidays(entries: unknown, field: string): Set<string> {
	const days = new Set<string>();
	if (entries === undefined || entries === null) return days;
	const list = typeof entries === 'string' ? entries.split(/[,;\n]/) : entries;
	if (!Array.isArray(list)) throw new DomainError(`${field} must be a list of dates`, { field, hint: HOLIDAY_HINT });
	list.forEach((entry, index) => {
		const entryField = `${field}[${index}]`;
		if (typeof entry !== 'string') throw new DomainError(`${entryField} must be a string`, { field: entryField, hint: HOLIDAY_HINT });
		if (entry.trim() === '') return;
		const [fromText, toText, ...rest] = entry.split('..').map((part) => part.trim());
		if (rest.length > 0) throw new DomainError(`${entryField}: '${entry}' is not a date range`, { field: entryField, hint: HOLIDAY_HINT });
		const from = parseDate(fromText, entryField);
		const to = toText === undefined ? from : parseDate(toText, entryField);
		const length = (to - from) / DAY_MS;
		if (length < 0 || length > MAX_HOLIDAY_RANGE_DAYS) {
			throw new DomainError(`${entryField}: range '${entry}' is reversed or longer than ${MAX_HOLIDAY_RANGE_DAYS} days`, {
				field: entryField,
				hint: 'Put the first day first; split very long closures into several ranges.',
			});
		}
		for (let day = from; day <= to; day += DAY_MS) days.add(new Date(day).toISOString().slice(0, 10));
	});
	return days;
}

/** `24/7` and `business` in any case (`24x7` too); a calendar that gives `hours` but no kind is `business`. */
function kindOf(calendar: Calendar): CompiledCalendar['kind'] | undefined {
	const raw: unknown = calendar.kind;
	if (raw === undefined && calendar.hours !== undefined) return 'business';
	const kind = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	if (kind === '24/7' || kind === '24x7') return '24/7';
	return kind === 'business' ? 'business' : undefined;
}

/** Checks a calendar and turns it into minute spans; throws DomainError naming the bad field. */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
	if (typeof calendar !== 'object' || calendar === null) throw new DomainError('calendar must be an object', { field: 'calendar' });
	if (typeof calendar.name !== 'string' || calendar.name.trim() === '') {
		throw new DomainError('calendar.name is required', { field: 'name', hint: 'Give the calendar a name that policies can refer to.' });
	}
	const kind = kindOf(calendar);
	if (!kind) {
		throw new DomainError(`calendar '${calendar.name}': kind must be '24/7' or 'business'`, {
			field: 'kind',
			hint: "Use 'business' for opening hours, '24/7' for always open.",
		});
	}
	const timeZone = typeof calendar.timeZone === 'string' ? calendar.timeZone.trim() : calendar.timeZone;
	const zoneProblem = timeZoneProblem(timeZone);
	if (zoneProblem || typeof timeZone !== 'string') {
		throw new DomainError(`calendar '${calendar.name}': ${zoneProblem ?? 'unknown'} time zone '${String(calendar.timeZone)}'`, {
			field: 'timeZone',
			hint: TIME_ZONE_HINT,
		});
	}
	if (kind === '24/7') {
		return { name: calendar.name, kind, timeZone, spansByWeekday: [[], [], [], [], [], [], [], []], holidays: new Set(), lastHolidayMs: -Infinity, weeklyOpenMinutes: 10_080 };
	}
	const spansByWeekday = compileHours(calendar.hours);
	const holidays = expandHolidays(calendar.holidays, 'holidays');
	if (spansByWeekday.every((spans) => spans.length === 0)) {
		throw new DomainError(`calendar '${calendar.name}' has no open hours`, {
			field: 'hours',
			hint: "Add opening intervals to at least one weekday, e.g. \"mon\": [\"09:00-18:00\"], or use kind '24/7'.",
		});
	}
	let lastHolidayMs = -Infinity;
	for (const day of holidays) lastHolidayMs = Math.max(lastHolidayMs, Date.parse(day) + 2 * DAY_MS);
	const weeklyOpenMinutes = spansByWeekday.flat().reduce((sum, span) => sum + span.end - span.start, 0);
	return { name: calendar.name, kind, timeZone, spansByWeekday, holidays, lastHolidayMs, weeklyOpenMinutes };
}

export function validateCalendar(calendar: Calendar): void {
	compileCalendar(calendar);
}
