import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { WEEKDAYS, type Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { addBusinessMinutes, businessMinutesBetween } from '../../../nodes/shared/domain/sla/clock';

const ZONES = ['Europe/Rome', 'Europe/Warsaw', 'Asia/Jerusalem', 'America/Sao_Paulo', 'UTC'];
// 2026 DST transitions in the zones above (UTC instants close to the change).
const ANCHORS = ['2026-03-27T00:00:00Z', '2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z', '2026-06-10T00:00:00Z', '2026-12-30T00:00:00Z'];
const MINUTE = 60_000;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** Up to two non-overlapping intervals per day on a 30-minute grid; the last may run past midnight. */
const dayHours = fc
	.uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 0, maxLength: 4 })
	.map((cuts) => {
		const sorted = [...cuts].sort((a, b) => a - b).map((c) => c * 30);
		const spans: Array<[number, number]> = [];
		for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([sorted[i], sorted[i + 1]]);
		return spans;
	});

const calendarArb = fc
	.record({
		zone: fc.constantFrom(...ZONES),
		days: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
		overnight: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
		holidayOffsets: fc.array(fc.integer({ min: -3, max: 6 }), { maxLength: 2 }),
		anchor: fc.constantFrom(...ANCHORS),
	})
	.map(({ zone, days, overnight, holidayOffsets, anchor }) => {
		const hours: Calendar['hours'] = {};
		WEEKDAYS.forEach((weekday, index) => {
			const spans = days[index].map(([start, end]) => `${clock(start)}-${clock(end)}`);
			// Overnight: an evening shift into the next morning, only when the next day opens late enough.
			const next = days[(index + 1) % 7];
			const lastEnd = days[index].length ? days[index][days[index].length - 1][1] : 0;
			if (overnight[index] && lastEnd <= 1200 && (next.length === 0 || next[0][0] >= 120)) spans.push('22:00-02:00');
			hours[weekday] = spans;
		});
		const anchorDate = DateTime.fromISO(anchor, { zone: 'utc' });
		const holidays = holidayOffsets.map((offset) => anchorDate.plus({ days: offset }).toISODate() as string);
		const calendar: Calendar = { name: 'random', kind: 'business', timeZone: zone, hours, holidays };
		return { calendar, anchor: anchorDate.toMillis() };
	})
	.filter(({ calendar }) => Object.values(calendar.hours ?? {}).some((list) => list.length > 0));

function parseSpan(text: string): [number, number] {
	const [a, b] = text.split('-').map((part) => {
		const [h, m] = part.split(':').map(Number);
		return h * 60 + m;
	});
	return [a, b > a ? b : b + 1440];
}

const holidayCache = new WeakMap<Calendar, Set<string>>();
function holidaySet(calendar: Calendar): Set<string> {
	let set = holidayCache.get(calendar);
	if (!set) holidayCache.set(calendar, (set = new Set(calendar.holidays ?? [])));
	return set;
}

const WEEKDAY_BY_JS_DAY = [6, 0, 1, 2, 3, 4, 5];

/** Brute force: is the UTC minute starting at `ms` open? Local time = UTC + the zone offset at that instant. */
function isOpen(calendar: Calendar, ms: number): boolean {
	const offsetMinutes = IANAZone.create(calendar.timeZone).offset(ms);
	const wall = new Date(ms + offsetMinutes * MINUTE);
	const minuteOfDay = wall.getUTCHours() * 60 + wall.getUTCMinutes();
	const holidays = holidaySet(calendar);
	if (holidays.has(wall.toISOString().slice(0, 10))) return false;
	const spansOf = (date: Date) => (calendar.hours?.[WEEKDAYS[WEEKDAY_BY_JS_DAY[date.getUTCDay()]]] ?? []).map(parseSpan);
	if (spansOf(wall).some(([s, e]) => minuteOfDay >= s && minuteOfDay < e)) return true;
	const yesterday = new Date(wall.getTime() - 86_400_000);
	if (holidays.has(yesterday.toISOString().slice(0, 10))) return false;
	return spansOf(yesterday).some(([, e]) => e > 1440 && minuteOfDay < e - 1440);
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('business clock vs minute-by-minute oracle', () => {
	it('addBusinessMinutes lands where the oracle counts `minutes` open minutes', () => {
		fc.assert(
			fc.property(calendarArb, fc.integer({ min: -2 * 1440, max: 2 * 1440 }), fc.integer({ min: 1, max: 1440 }), ({ calendar, anchor }, shift, minutes) => {
				const start = anchor + shift * MINUTE;
				const due = Date.parse(addBusinessMinutes(calendar, iso(start), minutes));
				let counted = 0;
				let cursor = start;
				while (counted < minutes) {
					if (isOpen(calendar, cursor)) counted++;
					cursor += MINUTE;
					if (cursor - start > 60 * 86_400_000) throw new Error('oracle ran away');
				}
				expect(iso(due)).toBe(iso(cursor));
			}),
			{ numRuns: 100 },
		);
	});

	it('businessMinutesBetween equals the number of open minutes the oracle sees', () => {
		fc.assert(
			fc.property(calendarArb, fc.integer({ min: -2 * 1440, max: 2 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 }), ({ calendar, anchor }, shift, span) => {
				const from = anchor + shift * MINUTE;
				let expected = 0;
				for (let m = 0; m < span; m++) if (isOpen(calendar, from + m * MINUTE)) expected++;
				expect(businessMinutesBetween(calendar, iso(from), iso(from + span * MINUTE))).toBe(expected);
			}),
			{ numRuns: 100 },
		);
	});

	it('businessMinutesBetween(start, addBusinessMinutes(start, n)) === n for spans of several days', () => {
		fc.assert(
			fc.property(calendarArb, fc.integer({ min: -3 * 1440, max: 3 * 1440 }), fc.integer({ min: 0, max: 5 * 1440 }), ({ calendar, anchor }, shift, minutes) => {
				const start = iso(anchor + shift * MINUTE);
				expect(businessMinutesBetween(calendar, start, addBusinessMinutes(calendar, start, minutes))).toBe(minutes);
			}),
			{ numRuns: 150 },
		);
	});
});
