/**
 * Calendars as someone else would write them, in the full documented format (spelling variants of
 * intervals and weekday keys, overnight, whole-day, adjacent, overlapping and unordered spans,
 * empty and omitted days, holiday dates and ranges), in zones with odd offsets and DST rules,
 * from far past to far future, with starts that carry seconds: the clock must agree with the
 * minute-by-minute oracle, and a badly written calendar must fail naming the field.
 */
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { DomainError } from '../../../nodes/shared/domain/errors';
import { validateCalendar, WEEKDAYS, type Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { addBusinessMinutes, businessMinutesBetween } from '../../../nodes/shared/domain/sla/clock';
import { MINUTE, oracleBetween, oracleDue, weeklyOpenMinutes } from './oracle';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Half-hour and 45-minute offsets, a 30-minute DST shift (Lord Howe), a skipped day (Apia, 30 Dec
 * 2011), DST at local midnight (Havana, Santiago, Beirut, Cairo, Asunción), a negative DST
 * (Dublin), a two-hour shift (Troll), +13/+14 (Apia, Kiritimati), and a plain European zone.
 */
const ZONES = [
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'Australia/Lord_Howe',
	'Pacific/Apia',
	'America/St_Johns',
	'America/Havana',
	'America/Santiago',
	'Asia/Beirut',
	'Africa/Cairo',
	'America/Asuncion',
	'Pacific/Chatham',
	'Europe/Dublin',
	'Antarctica/Troll',
	'Pacific/Kiritimati',
	'Asia/Tehran',
	'Europe/Rome',
	'UTC',
];
const YEARS = [1890, 1911, 1946, 1985, 2011, 2022, 2026, 2099, 2250];

/** Every offset change of `zone` in `year`, to the millisecond (daily steps, then bisection). */
function transitions(zone: string, year: number): number[] {
	const tz = IANAZone.create(zone);
	const found: number[] = [];
	const end = Date.UTC(year + 1, 0, 1);
	for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
		if (tz.offset(day) === tz.offset(day + DAY)) continue;
		let [low, high] = [day, day + DAY];
		while (high - low > 1) {
			const middle = Math.floor((low + high) / 2);
			if (tz.offset(middle) === tz.offset(day)) low = middle;
			else high = middle;
		}
		found.push(high);
	}
	return found;
}

const EDGES: Array<[string, number]> = ZONES.flatMap((zone) => YEARS.flatMap((year) => transitions(zone, year).map((at): [string, number] => [zone, at])));

/** A zone and an instant near which the case starts: an exact offset change, or any minute from 1850 to 2400. */
const zoneAndAnchor = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...EDGES) },
	{
		weight: 1,
		arbitrary: fc.tuple(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1850, 0, 1) / MINUTE, max: Date.UTC(2400, 0, 1) / MINUTE }).map((m) => m * MINUTE)),
	},
);

const KEY_SPELLINGS: Record<(typeof WEEKDAYS)[number], string[]> = {
	mon: ['mon', 'Mon', 'MON', 'monday', 'Monday'],
	tue: ['tue', 'Tue', 'tues', 'Tuesday'],
	wed: ['wed', 'Wed', 'wednesday', 'WEDNESDAY'],
	thu: ['thu', 'Thu', 'thurs', 'Thursday'],
	fri: ['fri', 'Fri', 'friday'],
	sat: ['sat', 'Sat', 'Saturday'],
	sun: ['sun', 'Sun', 'sunday'],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A span [start, end) in minutes of the day (end up to 1440; end <= start means overnight), written in any accepted way. */
const spanText = fc
	.record({
		start: fc.integer({ min: 0, max: 1439 }),
		end: fc.integer({ min: 0, max: 1440 }),
		unpadded: fc.boolean(),
		dash: fc.constantFrom('-', '-', ' - ', '\u2013', ' \u2013 ', '\u2014'),
		midnightAs24: fc.boolean(),
	})
	.filter(({ start, end }) => start !== end)
	.map(({ start, end, unpadded, dash, midnightAs24 }) => {
		const clock = (m: number) => `${unpadded ? String(Math.floor(m / 60)) : pad(Math.floor(m / 60))}:${pad(m % 60)}`;
		const endText = end === 1440 || (end === 0 && midnightAs24) ? '24:00' : clock(end);
		return `${clock(start)}${dash}${endText}`;
	});

/** Round times (what people write) more often than odd minutes. */
const roundSpan = fc
	.record({ start: fc.integer({ min: 0, max: 47 }), length: fc.integer({ min: 1, max: 47 }) })
	.map(({ start, length }) => `${pad(Math.floor(start / 2))}:${start % 2 ? '30' : '00'}-${pad(Math.floor(((start + length) % 48) / 2))}:${(start + length) % 2 ? '30' : '00'}`);

/** A day's intervals: plain ones, the whole day, adjacent pairs and overlapping pairs, in any order. */
const dayValue = fc
	.array(
		fc.oneof(
			{ weight: 3, arbitrary: roundSpan.map((s) => [s]) },
			{ weight: 2, arbitrary: spanText.map((s) => [s]) },
			{ weight: 1, arbitrary: fc.constant(['00:00-24:00']) },
			{ weight: 1, arbitrary: fc.constantFrom(['09:00-12:00', '12:00-18:00'], ['22:00-06:00'], ['18:00-24:00', '00:00-02:00']) },
			{ weight: 1, arbitrary: fc.constantFrom(['09:00-13:00', '12:00-18:00'], ['08:00-17:00', '08:00-17:00'], ['10:00-11:00', '09:00-20:00'], ['21:00-03:00', '23:00-01:00']) },
		),
		{ maxLength: 3 },
	)
	.chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }))
	.chain((spans) => fc.constantFrom<string[] | string>(spans, spans, spans.join(', ')));

/** Holidays as local dates near the anchor: single days and ranges up to 15 days, written with or without spaces round `..`. */
function holidaysNear(anchor: number) {
	const date = (offset: number) => iso(anchor + offset * DAY).slice(0, 10);
	const entry = fc
		.record({ from: fc.integer({ min: -8, max: 10 }), length: fc.integer({ min: 0, max: 14 }), range: fc.boolean(), spaced: fc.boolean() })
		.map(({ from, length, range, spaced }) => (range ? `${date(from)}${spaced ? ' .. ' : '..'}${date(from + length)}` : date(from)));
	return fc.array(entry, { maxLength: 3 }).chain((list) => fc.constantFrom<string[] | string>(list, list, list.join(', ')));
}

const calendarCase = zoneAndAnchor.chain(([zone, anchor]) =>
	fc
		.record({
			days: fc.array(fc.option(dayValue, { nil: undefined, freq: 4 }), { minLength: 7, maxLength: 7 }),
			keys: fc.tuple(...WEEKDAYS.map((day) => fc.constantFrom(...KEY_SPELLINGS[day]))),
			kind: fc.constantFrom<Array<string | undefined>>('business', 'business', 'Business', undefined, '24/7'),
			holidays: holidaysNear(anchor),
		})
		.map(({ days, keys, kind, holidays }) => {
			const hours: Record<string, string[] | string> = {};
			days.forEach((value, index) => {
				if (value !== undefined) hours[keys[index]] = value;
			});
			const calendar = { name: 'hidden', timeZone: zone, hours, holidays, ...(kind === undefined ? {} : { kind }) } as unknown as Calendar;
			return { calendar, anchor };
		})
		.filter(({ calendar }) => calendar.kind === '24/7' || weeklyOpenMinutes(calendar) > 0),
);

/** A start near the anchor (often within two hours: inside a repeated or skipped hour); one in four carries seconds and milliseconds. */
const shiftMs = fc.tuple(fc.oneof(fc.integer({ min: -3 * 1440, max: 3 * 1440 }), fc.integer({ min: -120, max: 120 })), fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 59_999 }) })).map(([minutes, ms]) => minutes * MINUTE + ms);

/** Targets from 0 to two weeks' worth of the calendar's open time (keeps the oracle's walk short). */
const targetFor = (calendar: Calendar, pick: number) => {
	const weekly = calendar.kind === '24/7' ? 10_080 : weeklyOpenMinutes(calendar);
	return pick < 0.1 ? 0 : Math.max(1, Math.round(Math.min(pick * 2 * weekly, 2_000 * pick)));
};

describe('hidden calendars: full format, odd zones, against the oracle', () => {
	it('found an offset change in every zone that has one', () => {
		for (const zone of ['Australia/Lord_Howe', 'Pacific/Apia', 'America/Havana', 'Asia/Kathmandu', 'Antarctica/Troll']) {
			expect(EDGES.some(([z]) => z === zone)).toBe(true);
		}
		// Apia skipped Friday 30 December 2011: its clocks went from Thursday 23:59:59 (-10) to Saturday 00:00 (+14).
		expect(EDGES).toContainEqual(['Pacific/Apia', Date.parse('2011-12-30T10:00:00Z')]);
	});

	it('every generated calendar is accepted', () => {
		fc.assert(
			fc.property(calendarCase, ({ calendar }) => {
				expect(() => validateCalendar(calendar)).not.toThrow();
			}),
			{ numRuns: 300 },
		);
	});

	it('addBusinessMinutes lands where the oracle counts the target', () => {
		fc.assert(
			fc.property(calendarCase, shiftMs, fc.double({ min: 0, max: 1, noNaN: true }), ({ calendar, anchor }, shift, pick) => {
				const start = anchor + shift;
				const minutes = targetFor(calendar, pick);
				expect(addBusinessMinutes(calendar, iso(start), minutes)).toBe(iso(oracleDue(calendar, start, minutes)));
			}),
			{ numRuns: 120 },
		);
	});

	it('businessMinutesBetween counts the minutes the oracle sees open', () => {
		fc.assert(
			fc.property(calendarCase, shiftMs, fc.integer({ min: 0, max: 2 * 1440 }), ({ calendar, anchor }, shift, span) => {
				const from = anchor + shift;
				const open = oracleBetween(calendar, from, span);
				expect(businessMinutesBetween(calendar, iso(from), iso(from + span * MINUTE))).toBe(open);
				expect(businessMinutesBetween(calendar, iso(from + span * MINUTE), iso(from))).toBe(0 - open);
			}),
			{ numRuns: 60 },
		);
	});

	it('businessMinutesBetween(start, addBusinessMinutes(start, n)) === n, targets up to 30 days of open time', () => {
		fc.assert(
			fc.property(calendarCase, shiftMs, fc.integer({ min: 0, max: 30 * 1440 }), ({ calendar, anchor }, shift, asked) => {
				// At most a year's worth, so a calendar open a few minutes a week stays quick.
				const minutes = calendar.kind === '24/7' ? asked : Math.min(asked, 52 * weeklyOpenMinutes(calendar));
				const start = iso(anchor + shift);
				const due = addBusinessMinutes(calendar, start, minutes);
				expect(businessMinutesBetween(calendar, start, due)).toBe(minutes);
				// Nothing open is skipped: one minute less is due strictly earlier.
				if (minutes > 0) expect(Date.parse(addBusinessMinutes(calendar, start, minutes - 1))).toBeLessThan(Date.parse(due));
			}),
			{ numRuns: 150 },
		);
	});

	it('30 days of business minutes on a long-hours calendar agree with the oracle', () => {
		const longHours: Calendar = {
			name: 'long',
			kind: 'business',
			timeZone: 'Australia/Lord_Howe',
			hours: { Monday: ['06:00-24:00'], tue: '6:00 - 24:00', wed: ['06:00–24:00'], thu: ['06:00-24:00'], fri: ['06:00-24:00', '22:00-02:00'], Sat: ['08:00-20:00'], sun: [] },
			holidays: ['2026-12-25..2026-12-26', '2027-01-01'],
		};
		const start = Date.parse('2026-09-20T13:17:42.250Z');
		expect(addBusinessMinutes(longHours, iso(start), 30 * 1440)).toBe(iso(oracleDue(longHours, start, 30 * 1440)));
	});
});

describe('hidden calendars: writing variants mean the same calendar', () => {
	const canonical: Calendar = {
		name: 'office',
		kind: 'business',
		timeZone: 'Asia/Kathmandu',
		hours: { mon: ['09:00-12:00', '12:00-18:00'], tue: ['09:00-18:00'], wed: ['22:00-06:00'], fri: ['00:00-24:00'] },
		holidays: ['2026-04-14', '2026-10-20', '2026-10-21', '2026-10-22'],
	};
	const variant = {
		name: 'office',
		timeZone: 'Asia/Kathmandu',
		hours: {
			Monday: ['12:00 - 18:00', '9:00-12:00'],
			TUE: '09:00\u201318:00, 10:00-17:00',
			wednesday: ['22:00-6:00'],
			thu: [],
			fri: ['00:00-24:00'],
			sat: null,
		},
		holidays: '2026-04-14, 2026-10-20 .. 2026-10-22',
	} as unknown as Calendar;

	it('give the same due times and open minutes', () => {
		fc.assert(
			fc.property(fc.integer({ min: Date.UTC(2026, 3, 1) / MINUTE, max: Date.UTC(2026, 11, 1) / MINUTE }), fc.integer({ min: 0, max: 5000 }), (startMinute, minutes) => {
				const start = iso(startMinute * MINUTE);
				expect(addBusinessMinutes(variant, start, minutes)).toBe(addBusinessMinutes(canonical, start, minutes));
				const to = iso(startMinute * MINUTE + minutes * MINUTE);
				expect(businessMinutesBetween(variant, start, to)).toBe(businessMinutesBetween(canonical, start, to));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('hidden calendars: badly written ones fail naming the field, with a hint', () => {
	const base = { name: 'bad', kind: 'business', timeZone: 'Europe/Rome', hours: { mon: ['09:00-18:00'] } };
	const cases: Array<[string, Record<string, unknown>, string]> = [
		['no minutes', { hours: { mon: ['9-17'] } }, 'hours.mon[0]'],
		['am/pm', { hours: { tue: ['09:00-18:00'], wed: ['9am-5pm'] } }, 'hours.wed[0]'],
		['no colon', { hours: { mon: ['0900-1700'] } }, 'hours.mon[0]'],
		['hour 25', { hours: { mon: ['25:00-26:00'] } }, 'hours.mon[0]'],
		['minute 60', { hours: { mon: ['09:60-10:00'] } }, 'hours.mon[0]'],
		['starts at 24:00', { hours: { mon: ['24:00-02:00'] } }, 'hours.mon[0]'],
		['24:30', { hours: { mon: ['20:00-24:30'] } }, 'hours.mon[0]'],
		['zero length', { hours: { mon: ['10:00-10:00'] } }, 'hours.mon[0]'],
		['zero length at midnight', { hours: { fri: ['09:00-17:00', '00:00-00:00'] } }, 'hours.fri[1]'],
		['not a weekday', { hours: { mon: ['09:00-18:00'], weekdays: ['09:00-18:00'] } }, 'hours.weekdays'],
		['two-letter day', { hours: { mo: ['09:00-18:00'] } }, 'hours.mo'],
		['a day twice', { hours: { mon: ['09:00-12:00'], Monday: ['13:00-18:00'] } }, 'hours.Monday'],
		['day not a list', { hours: { mon: 9 } }, 'hours.mon'],
		['hours a list', { hours: ['09:00-18:00'] }, 'hours'],
		['no open hours', { hours: { mon: [], sat: '' } }, 'hours'],
		['no hours at all', { hours: undefined }, 'hours'],
		['impossible date', { holidays: ['2026-02-30'] }, 'holidays[0]'],
		['day first', { holidays: ['2026-12-24', '25/12/2026'] }, 'holidays[1]'],
		['reversed range', { holidays: ['2026-12-31..2026-12-24'] }, 'holidays[0]'],
		['date-time', { holidays: ['2026-12-24T00:00:00Z'] }, 'holidays[0]'],
		['three dots', { holidays: ['2026-12-24...2026-12-26'] }, 'holidays[0]'],
		['holiday a number', { holidays: [20261225] }, 'holidays[0]'],
		['abbreviation zone', { timeZone: 'CEST' }, 'timeZone'],
		['offset zone', { timeZone: '+05:30' }, 'timeZone'],
		['BST (the runtime reads Dhaka)', { timeZone: 'BST' }, 'timeZone'],
		['IST', { timeZone: 'IST' }, 'timeZone'],
		['EST (no daylight saving)', { timeZone: 'EST' }, 'timeZone'],
		['empty zone', { timeZone: '' }, 'timeZone'],
		['kind', { kind: 'office' }, 'kind'],
	];
	it.each(cases)('%s', (_label, change, field) => {
		let error: unknown;
		try {
			validateCalendar({ ...base, ...change } as unknown as Calendar);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(DomainError);
		expect((error as DomainError).field).toBe(field);
		expect((error as DomainError).hint).toEqual(expect.any(String));
	});
});
