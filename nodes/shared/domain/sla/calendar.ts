import { DateTime, IANAZone } from 'luxon';
import { DomainError } from '../errors';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Calendar {
	name: string;
	kind: '24/7' | 'business';
	/** IANA zone, e.g. `Europe/Rome`. */
	timeZone: string;
	/** Per weekday a list of 'HH:mm-HH:mm'; an interval ending at or before its start runs past midnight. */
	hours?: Partial<Record<Weekday, string[]>>;
	/** 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD'; a holiday closes the whole local calendar day. */
	holidays?: string[];
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
}

export const DEFAULT_CALENDAR: Calendar = { name: '24/7', kind: '24/7', timeZone: 'UTC' };

const INTERVAL_PATTERN = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_HOLIDAY_RANGE_DAYS = 3660;

function parseClock(hours: string, minutes: string): number | undefined {
	const h = Number(hours);
	const m = Number(minutes);
	if (m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
	return h * 60 + m;
}

export function parseInterval(text: string, field: string): OpenSpan {
	const match = INTERVAL_PATTERN.exec(typeof text === 'string' ? text.trim() : '');
	const hint = "Write intervals as 'HH:mm-HH:mm', e.g. '09:00-18:00' or '22:00-02:00'.";
	if (!match) throw new DomainError(`${field}: '${String(text)}' is not an interval`, { field, hint });
	const start = parseClock(match[1], match[2]);
	const end = parseClock(match[3], match[4]);
	if (start === undefined || end === undefined || start === 1440) {
		throw new DomainError(`${field}: '${text}' has an impossible time`, { field, hint });
	}
	if (start === end) {
		throw new DomainError(`${field}: '${text}' has zero length`, {
			field,
			hint: "Use '00:00-24:00' for a whole day.",
		});
	}
	return { start, end: end > start ? end : end + 1440 };
}

function parseDate(text: string, field: string): DateTime {
	const date = DATE_PATTERN.test(text) ? DateTime.fromISO(text, { zone: 'UTC' }) : undefined;
	if (!date || !date.isValid) {
		throw new DomainError(`${field}: '${text}' is not a date`, { field, hint: "Use 'YYYY-MM-DD' or 'YYYY-MM-DD..YYYY-MM-DD'." });
	}
	return date;
}

function expandHolidays(entries: unknown, field: string): Set<string> {
	const days = new Set<string>();
	if (entries === undefined) return days;
	if (!Array.isArray(entries)) throw new DomainError(`${field} must be a list of dates`, { field });
	entries.forEach((entry, index) => {
		const entryField = `${field}[${index}]`;
		if (typeof entry !== 'string') throw new DomainError(`${entryField} must be a string`, { field: entryField });
		const [fromText, toText, ...rest] = entry.trim().split('..');
		if (rest.length > 0) throw new DomainError(`${entryField}: '${entry}' is not a date range`, { field: entryField });
		const from = parseDate(fromText, entryField);
		const to = toText === undefined ? from : parseDate(toText, entryField);
		const length = to.diff(from, 'days').days;
		if (length < 0 || length > MAX_HOLIDAY_RANGE_DAYS) {
			throw new DomainError(`${entryField}: range '${entry}' is reversed or too long`, { field: entryField });
		}
		for (let day = from; day <= to; day = day.plus({ days: 1 })) days.add(day.toISODate() as string);
	});
	return days;
}

/** Checks a calendar and turns it into minute spans; throws DomainError naming the bad field. */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
	if (typeof calendar !== 'object' || calendar === null) throw new DomainError('calendar must be an object', { field: 'calendar' });
	if (typeof calendar.name !== 'string' || calendar.name.trim() === '') {
		throw new DomainError('calendar.name is required', { field: 'name' });
	}
	if (calendar.kind !== '24/7' && calendar.kind !== 'business') {
		throw new DomainError(`calendar '${calendar.name}': kind must be '24/7' or 'business'`, { field: 'kind' });
	}
	if (typeof calendar.timeZone !== 'string' || !IANAZone.isValidZone(calendar.timeZone)) {
		throw new DomainError(`calendar '${calendar.name}': unknown time zone '${String(calendar.timeZone)}'`, {
			field: 'timeZone',
			hint: 'Use an IANA zone name such as Europe/Rome.',
		});
	}
	const spansByWeekday: OpenSpan[][] = [[]];
	for (const weekday of WEEKDAYS) {
		const field = `hours.${weekday}`;
		const list = calendar.hours?.[weekday] ?? [];
		if (!Array.isArray(list)) throw new DomainError(`${field} must be a list of intervals`, { field });
		const spans = list.map((text, index) => parseInterval(text, `${field}[${index}]`)).sort((a, b) => a.start - b.start);
		for (let i = 1; i < spans.length; i++) {
			if (spans[i].start < spans[i - 1].end) {
				throw new DomainError(`${field}: intervals overlap`, { field, hint: 'Merge or shorten overlapping intervals.' });
			}
		}
		spansByWeekday.push(spans);
	}
	for (let weekday = 1; weekday <= 7; weekday++) {
		const next = spansByWeekday[(weekday % 7) + 1];
		const today = spansByWeekday[weekday];
		const last = today[today.length - 1];
		if (last && last.end > 1440 && next.length > 0 && next[0].start < last.end - 1440) {
			const field = `hours.${WEEKDAYS[weekday - 1]}`;
			throw new DomainError(`${field}: an overnight interval overlaps hours.${WEEKDAYS[weekday % 7]}`, { field });
		}
	}
	const holidays = expandHolidays(calendar.holidays, 'holidays');
	if (calendar.kind === 'business' && spansByWeekday.every((spans) => spans.length === 0)) {
		throw new DomainError(`calendar '${calendar.name}' has no open hours`, {
			field: 'hours',
			hint: "Add opening intervals or use kind '24/7'.",
		});
	}
	return { name: calendar.name, kind: calendar.kind, timeZone: calendar.timeZone, spansByWeekday, holidays };
}

export function validateCalendar(calendar: Calendar): void {
	compileCalendar(calendar);
}
