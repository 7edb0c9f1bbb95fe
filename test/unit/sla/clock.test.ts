import { validateCalendar, type Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { addBusinessMinutes, businessMinutesBetween } from '../../../nodes/shared/domain/sla/clock';
import { DomainError } from '../../../nodes/shared/domain/errors';
import { MINUTE, oracleBetween, oracleDue } from './oracle';

const weekdays9to18 = { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'] };

function fieldOf(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (error) {
		if (error instanceof DomainError) return error.field;
		throw error;
	}
	return 'no error';
}

describe('validateCalendar', () => {
	const base: Calendar = { name: 'rome', kind: 'business', timeZone: 'Europe/Rome', hours: weekdays9to18 };
	it('accepts the spellings people write: H:mm, spaces and dashes round the separator, full weekday names, one string per day', () => {
		const hours = { Monday: ['9:00 - 13:00', '14:00\u201318:00'], TUE: '09:00-13:00, 14:00-18:00', wed: null, thu: [] };
		expect(() => validateCalendar({ ...base, hours } as unknown as Calendar)).not.toThrow();
	});
	it('joins overlapping, duplicate and adjacent intervals (a minute is open when any interval says so)', () => {
		const merged: Calendar = { ...base, hours: { wed: ['12:00-18:00', '09:00-13:00', '09:00-13:00'], thu: ['09:00-12:00', '12:00-18:00'], mon: ['22:00-03:00'], tue: ['02:00-05:00'] } };
		// Wed 14 Jan 2026, Rome (UTC+1): 09:00-18:00 is 540 minutes, not 600.
		expect(businessMinutesBetween(merged, '2026-01-14T00:00:00Z', '2026-01-15T00:00:00Z')).toBe(540);
		expect(businessMinutesBetween(merged, '2026-01-15T00:00:00Z', '2026-01-16T00:00:00Z')).toBe(540);
		// Mon 22:00 -> Tue 05:00 is one stretch of 420 minutes.
		expect(businessMinutesBetween(merged, '2026-01-12T00:00:00Z', '2026-01-14T00:00:00Z')).toBe(420);
	});
	it('accepts split and overnight shifts', () => {
		expect(() => validateCalendar({ ...base, hours: { mon: ['08:00-12:00', '13:00-17:00', '22:00-02:00'], sun: ['00:00-24:00'] } })).not.toThrow();
	});
	it('names the bad field', () => {
		expect(fieldOf(() => validateCalendar({ ...base, timeZone: 'Mars/Olympus' }))).toBe('timeZone');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { tue: ['9-18'] } }))).toBe('hours.tue[0]');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { tue: ['10:00-10:00'] } }))).toBe('hours.tue[0]');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { Monday: ['09:00-18:00'], mon: ['10:00-11:00'] } }))).toBe('hours.mon');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { lundi: ['09:00-18:00'] } }))).toBe('hours.lundi');
		expect(fieldOf(() => validateCalendar({ ...base, holidays: ['2026-02-30'] }))).toBe('holidays[0]');
		expect(fieldOf(() => validateCalendar({ ...base, holidays: ['2026-12-31..2026-12-24'] }))).toBe('holidays[0]');
		expect(fieldOf(() => validateCalendar({ ...base, hours: {} }))).toBe('hours');
	});
});

describe('addBusinessMinutes / businessMinutesBetween', () => {
	const rome: Calendar = { name: 'rome', kind: 'business', timeZone: 'Europe/Rome', hours: weekdays9to18, holidays: ['2026-12-24..2026-12-26'] };

	it('is plain addition on 24/7', () => {
		const always: Calendar = { name: '24/7', kind: '24/7', timeZone: 'UTC' };
		expect(addBusinessMinutes(always, '2026-03-29T00:30:00Z', 5)).toBe('2026-03-29T00:35:00.000Z');
	});

	it('carries over closed nights and weekends', () => {
		// Friday 17:50 Rome (CET, UTC+1) + 20 min -> Monday 09:10 Rome
		expect(addBusinessMinutes(rome, '2026-01-09T16:50:00Z', 20)).toBe('2026-01-12T08:10:00.000Z');
		expect(businessMinutesBetween(rome, '2026-01-09T16:50:00Z', '2026-01-12T08:10:00Z')).toBe(20);
	});

	it('skips holiday ranges', () => {
		// Wed 23 Dec 17:00 Rome + 120 min -> 60 that day, then Mon 28 Dec 10:00 (24-26 closed, 27 Sunday)
		expect(addBusinessMinutes(rome, '2026-12-23T16:00:00Z', 120)).toBe('2026-12-28T09:00:00.000Z');
	});

	it('spring-forward: a non-existent 02:30 opening starts at 03:00', () => {
		const night: Calendar = { name: 'n', kind: 'business', timeZone: 'Europe/Warsaw', hours: { sun: ['02:30-04:00'] } };
		// 29 Mar 2026: 02:00 CET -> 03:00 CEST (01:00Z). Open 03:00-04:00 local = 01:00Z-02:00Z.
		expect(businessMinutesBetween(night, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(60);
		expect(addBusinessMinutes(night, '2026-03-28T00:00:00Z', 1)).toBe('2026-03-29T01:01:00.000Z');
	});

	it('fall-back: the repeated hour counts twice', () => {
		const night: Calendar = { name: 'n', kind: 'business', timeZone: 'Europe/Rome', hours: { sun: ['02:00-03:00'] } };
		// 25 Oct 2026: 03:00 CEST -> 02:00 CET; 02:00-03:00 local happens 00:00Z-01:00Z and 01:00Z-02:00Z.
		expect(businessMinutesBetween(night, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toBe(120);
		expect(addBusinessMinutes(night, '2026-10-24T00:00:00Z', 90)).toBe('2026-10-25T01:30:00.000Z');
	});

	it('overnight shifts belong to the day they start (Jerusalem)', () => {
		const nights: Calendar = { name: 'n', kind: 'business', timeZone: 'Asia/Jerusalem', hours: { thu: ['22:00-02:00'] } };
		// Thu 12 Feb 2026 22:00 IST (UTC+2) = 20:00Z, until Fri 00:00Z
		expect(addBusinessMinutes(nights, '2026-02-12T12:00:00Z', 239)).toBe('2026-02-12T23:59:00.000Z');
		expect(addBusinessMinutes(nights, '2026-02-12T12:00:00Z', 241)).toBe('2026-02-19T20:01:00.000Z');
	});

	it('is fast across long spans', () => {
		const started = Date.now();
		expect(addBusinessMinutes(rome, '2026-01-01T00:00:00Z', 540 * 200)).toMatch(/^2026-/);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('jumps over a decade of holidays and rejects calendars with no open time', () => {
		const closed: Calendar = { ...rome, holidays: ['2026-01-01..2035-12-31'] };
		expect(addBusinessMinutes(closed, '2026-01-05T08:00:00Z', 10)).toBe('2036-01-01T08:10:00.000Z');
		expect(() => addBusinessMinutes({ ...rome, hours: {} }, '2026-01-05T08:00:00Z', 10)).toThrow(DomainError);
		expect(() => addBusinessMinutes(rome, 'yesterday', 10)).toThrow(DomainError);
	});
});

describe('calendar edge cases (docs/sla.md, "Clock semantics")', () => {
	const nineToFive = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] };
	const rome: Calendar = { name: 'rome', kind: 'business', timeZone: 'Europe/Rome', hours: nineToFive };
	const minutesOf = (calendar: Calendar, from: string, to: string) => ({ clock: businessMinutesBetween(calendar, from, to), oracle: oracleBetween(calendar, Date.parse(from), (Date.parse(to) - Date.parse(from)) / MINUTE) });

	it('a holiday closes its own overnight interval and the previous evening’s interval after midnight', () => {
		const nights: Calendar = { name: 'n', kind: 'business', timeZone: 'Europe/Rome', hours: { thu: ['22:00-06:00'] } };
		// Thu 15 Jan 2026 22:00 -> Fri 06:00 (UTC+1). Friday a holiday: only Thursday 22:00-24:00 opens.
		expect(minutesOf({ ...nights, holidays: ['2026-01-16'] }, '2026-01-15T00:00:00Z', '2026-01-17T00:00:00Z')).toEqual({ clock: 120, oracle: 120 });
		// Thursday a holiday: its interval does not open at all, Friday 00:00-06:00 included.
		expect(minutesOf({ ...nights, holidays: ['2026-01-15'] }, '2026-01-15T00:00:00Z', '2026-01-17T00:00:00Z')).toEqual({ clock: 0, oracle: 0 });
		expect(minutesOf(nights, '2026-01-15T00:00:00Z', '2026-01-17T00:00:00Z')).toEqual({ clock: 480, oracle: 480 });
	});

	it('counts whole minutes from the start instant: the seconds of the start carry over', () => {
		// Mon 12 Jan 2026 16:59:30 Rome: the minute from 16:59:30 started open, so it counts whole.
		expect(addBusinessMinutes(rome, '2026-01-12T15:59:30Z', 1)).toBe('2026-01-12T16:00:30.000Z');
		// The next one: 08:59:30 on Tuesday is closed, 09:00:30 open -> due 09:01:30.
		expect(addBusinessMinutes(rome, '2026-01-12T15:59:30Z', 2)).toBe('2026-01-13T08:01:30.000Z');
		expect(addBusinessMinutes(rome, '2026-01-12T15:59:30Z', 2)).toBe(new Date(oracleDue(rome, Date.parse('2026-01-12T15:59:30Z'), 2)).toISOString());
		expect(businessMinutesBetween(rome, '2026-01-12T15:59:30Z', '2026-01-13T08:01:30Z')).toBe(2);
		expect(addBusinessMinutes({ name: '24/7', kind: '24/7', timeZone: 'UTC' }, '2026-01-12T10:00:45.500Z', 5)).toBe('2026-01-12T10:05:45.500Z');
		// 0 minutes: the start itself, open or not.
		expect(addBusinessMinutes(rome, '2026-01-11T03:00:07.123Z', 0)).toBe('2026-01-11T03:00:07.123Z');
	});

	it('reads a start without an offset as UTC, and one with an offset as that instant', () => {
		const always: Calendar = { name: '24/7', kind: '24/7', timeZone: 'UTC' };
		expect(addBusinessMinutes(always, '2026-10-25T02:30:00', 1)).toBe('2026-10-25T02:31:00.000Z');
		// The repeated 02:30 in Rome, first (CEST) and second (CET) time round.
		expect(addBusinessMinutes(always, '2026-10-25T02:30:00+02:00', 1)).toBe('2026-10-25T00:31:00.000Z');
		expect(addBusinessMinutes(always, '2026-10-25T02:30:00+01:00', 1)).toBe('2026-10-25T01:31:00.000Z');
	});

	it('follows odd offsets and DST rules: Kathmandu +05:45, Lord Howe (30-minute shift), Havana (at midnight), Apia’s skipped day', () => {
		expect(addBusinessMinutes({ ...rome, timeZone: 'Asia/Kathmandu' }, '2026-01-05T03:00:00Z', 30)).toBe('2026-01-05T03:45:00.000Z');
		const lordHowe: Calendar = { name: 'lh', kind: 'business', timeZone: 'Australia/Lord_Howe', hours: { sun: ['01:00-03:00'] } };
		// 4 Oct 2026 02:00 -> 02:30 (30 minutes never happen); 5 Apr 2026 02:00 -> 01:30 (30 minutes twice).
		expect(minutesOf(lordHowe, '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toEqual({ clock: 90, oracle: 90 });
		expect(minutesOf(lordHowe, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual({ clock: 150, oracle: 150 });
		const havana: Calendar = { name: 'h', kind: 'business', timeZone: 'America/Havana', hours: { sun: ['00:00-02:00'] } };
		// 8 Mar 2026 00:00 -> 01:00; 1 Nov 2026 01:00 -> 00:00.
		expect(minutesOf(havana, '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z')).toEqual({ clock: 60, oracle: 60 });
		expect(minutesOf(havana, '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z')).toEqual({ clock: 180, oracle: 180 });
		// Apia went from Thu 29 Dec 2011 24:00 (-10) straight to Sat 31 Dec 00:00 (+14): Thursday's overnight
		// interval stops at the jump, Friday's own hours never happen, its overnight tail opens on Saturday.
		const apia: Calendar = { name: 'a', kind: 'business', timeZone: 'Pacific/Apia', hours: { thu: ['22:00-02:00'], fri: ['09:00-17:00', '23:00-01:00'] } };
		expect(minutesOf(apia, '2011-12-29T00:00:00Z', '2012-01-01T00:00:00Z')).toEqual({ clock: 180, oracle: 180 });
	});

	it('works far in the past and the future, and refuses what cannot be written or served', () => {
		// Rome kept local mean time (UTC+0:49:56) until 1866; a whole-minute start still gets whole open minutes.
		const start1850 = Date.parse('1850-06-03T07:00:00Z');
		expect(addBusinessMinutes(rome, '1850-06-03T07:00:00Z', 90)).toBe(new Date(oracleDue(rome, start1850, 90)).toISOString());
		expect(addBusinessMinutes(rome, '2399-06-03T07:00:00Z', 90)).toBe(new Date(oracleDue(rome, Date.parse('2399-06-03T07:00:00Z'), 90)).toISOString());
		expect(fieldOf(() => addBusinessMinutes(rome, '9999-12-31T12:00:00Z', 100_000))).toBe('minutes');
		expect(fieldOf(() => addBusinessMinutes(rome, '+010000-01-01T00:00:00Z', 1))).toBe('start');
		const sparse: Calendar = { ...rome, hours: { tue: ['00:00-00:15'] } };
		expect(fieldOf(() => addBusinessMinutes(sparse, '2026-01-01T00:00:00Z', 5_000_000))).toBe('minutes');
		expect(fieldOf(() => addBusinessMinutes(rome, '2026-01-01T00:00:00Z', -1))).toBe('minutes');
	});

	it('takes a calendar without kind but with hours as business, and 24x7 as 24/7', () => {
		const noKind = { name: 'x', timeZone: 'Europe/Rome', hours: nineToFive } as unknown as Calendar;
		expect(addBusinessMinutes(noKind, '2026-01-12T07:00:00Z', 30)).toBe('2026-01-12T08:30:00.000Z');
		const always = { name: 'x', kind: '24x7', timeZone: 'Asia/Kolkata', hours: { mon: ['nonsense'] } } as unknown as Calendar;
		expect(addBusinessMinutes(always, '2026-01-12T07:00:00Z', 30)).toBe('2026-01-12T07:30:00.000Z');
	});
});

describe('long closures', () => {
	it('walks through chained holiday ranges (twenty years closed) quickly', () => {
		const rome: Calendar = { name: 'rome', kind: 'business', timeZone: 'Europe/Rome', hours: { mon: ['09:00-18:00'], fri: ['22:00-02:00'] }, holidays: ['2026-01-01..2035-12-31', '2036-01-01..2045-12-31'] };
		const started = Date.now();
		// 2046-01-01 is a Monday: open 09:00 CET = 08:00Z.
		expect(addBusinessMinutes(rome, '2026-01-05T08:00:00Z', 10)).toBe('2046-01-01T08:10:00.000Z');
		expect(Date.now() - started).toBeLessThan(1000);
		// Friday 29 December 2045 is still a holiday, so its overnight shift never opens.
		expect(businessMinutesBetween(rome, '2045-12-29T00:00:00Z', '2046-01-01T08:10:00Z')).toBe(10);
	});
});
