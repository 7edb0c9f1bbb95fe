import { validateCalendar, type Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { addBusinessMinutes, businessMinutesBetween } from '../../../nodes/shared/domain/sla/clock';
import { DomainError } from '../../../nodes/shared/domain/errors';

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
	it('accepts split and overnight shifts', () => {
		expect(() => validateCalendar({ ...base, hours: { mon: ['08:00-12:00', '13:00-17:00', '22:00-02:00'], sun: ['00:00-24:00'] } })).not.toThrow();
	});
	it('names the bad field', () => {
		expect(fieldOf(() => validateCalendar({ ...base, timeZone: 'Mars/Olympus' }))).toBe('timeZone');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { tue: ['9-18'] } }))).toBe('hours.tue[0]');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { tue: ['10:00-10:00'] } }))).toBe('hours.tue[0]');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { wed: ['09:00-13:00', '12:00-18:00'] } }))).toBe('hours.wed');
		expect(fieldOf(() => validateCalendar({ ...base, hours: { mon: ['22:00-03:00'], tue: ['02:00-05:00'] } }))).toBe('hours.mon');
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
