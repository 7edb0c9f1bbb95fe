import fc from 'fast-check';
import { DateTime } from 'luxon';
import { WEEKDAYS, type Calendar } from '../../../nodes/shared/domain/sla/calendar';
import { addBusinessMinutes, businessMinutesBetween } from '../../../nodes/shared/domain/sla/clock';
import { check, pause, resume, start } from '../../../nodes/shared/domain/sla/metrics';
import type { Ticket } from '../../../nodes/shared/domain/ticket';
import { isOpen, MINUTE, oracleBetween, oracleDue, oracleHorizonMs } from './oracle';

const ZONES = ['Europe/Rome', 'Europe/Warsaw', 'Asia/Jerusalem', 'America/Sao_Paulo', 'UTC'];
// 2026 DST transitions in the zones above (UTC instants close to the change).
const ANCHORS = ['2026-03-27T00:00:00Z', '2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z', '2026-06-10T00:00:00Z', '2026-12-30T00:00:00Z'];
/**
 * The exact instants each zone changes its offset: Rome and Warsaw at 01:00Z; Jerusalem on a
 * Friday in spring and a Sunday in autumn; São Paulo (DST until 2019) at local midnight, so the
 * day starts at 01:00 in November and 23:00-24:00 repeats in February.
 */
const DST_EDGES: Array<[string, string]> = [
	['Europe/Rome', '2026-03-29T01:00:00Z'],
	['Europe/Rome', '2026-10-25T01:00:00Z'],
	['Europe/Warsaw', '2026-03-29T01:00:00Z'],
	['Europe/Warsaw', '2026-10-25T01:00:00Z'],
	['Asia/Jerusalem', '2026-03-27T00:00:00Z'],
	['Asia/Jerusalem', '2026-10-24T23:00:00Z'],
	['America/Sao_Paulo', '2018-11-04T03:00:00Z'],
	['America/Sao_Paulo', '2019-02-17T02:00:00Z'],
];
const zoneAndAnchor = fc.oneof(
	fc.tuple(fc.constantFrom(...ZONES), fc.constantFrom(...ANCHORS)),
	fc.constantFrom(...DST_EDGES),
);

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** Up to two non-overlapping intervals per day on a 15-minute grid; the last may run past midnight. */
const dayHours = fc
	.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 4 })
	.map((cuts) => {
		const sorted = [...cuts].sort((a, b) => a - b).map((c) => c * 15);
		const spans: Array<[number, number]> = [];
		for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([sorted[i], sorted[i + 1]]);
		return spans;
	});

const calendarArb = fc
	.record({
		zoneAnchor: zoneAndAnchor,
		days: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
		overnight: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
		holidayOffsets: fc.array(fc.integer({ min: -3, max: 6 }), { maxLength: 2 }),
	})
	.map(({ zoneAnchor: [zone, anchor], days, overnight, holidayOffsets }) => {
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
		const anchorDay = anchorDate.startOf('day');
		const holidays = holidayOffsets.map((offset) => anchorDay.plus({ days: offset }).toISODate() as string);
		const calendar: Calendar = { name: 'random', kind: 'business', timeZone: zone, hours, holidays };
		return { calendar, anchor: anchorDate.toMillis() };
	})
	.filter(({ calendar }) => Object.values(calendar.hours ?? {}).some((list) => (list?.length ?? 0) > 0));

const iso = (ms: number) => new Date(ms).toISOString();

describe('business clock vs minute-by-minute oracle', () => {
	it('addBusinessMinutes lands where the oracle counts `minutes` open minutes', () => {
		// Found by CI: 136 minutes on a calendar open 15 minutes a week is due nine weeks later.
		const sparse: Calendar = { name: 'sparse', kind: 'business', timeZone: 'Europe/Rome', hours: { tue: ['00:00-00:15'] }, holidays: [] };
		const sparseStart = Date.parse('2026-03-29T01:00:00Z');
		expect(addBusinessMinutes(sparse, iso(sparseStart), 136)).toBe(iso(oracleDue(sparse, sparseStart, 136)));
		fc.assert(
			fc.property(calendarArb, fc.integer({ min: -2 * 1440, max: 2 * 1440 }), fc.integer({ min: 1, max: 1440 }), ({ calendar, anchor }, shift, minutes) => {
				const start = anchor + shift * MINUTE;
				const due = Date.parse(addBusinessMinutes(calendar, iso(start), minutes));
				expect(iso(due)).toBe(iso(oracleDue(calendar, start, minutes)));
			}),
			{ numRuns: 100 },
		);
	});

	it('businessMinutesBetween equals the number of open minutes the oracle sees', () => {
		fc.assert(
			fc.property(calendarArb, fc.integer({ min: -2 * 1440, max: 2 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 }), ({ calendar, anchor }, shift, span) => {
				const from = anchor + shift * MINUTE;
				expect(businessMinutesBetween(calendar, iso(from), iso(from + span * MINUTE))).toBe(oracleBetween(calendar, from, span));
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

	it('pausing and resuming moves the due time by exactly the open minutes spent paused', () => {
		const ticket = { id: 't', history: [] } as unknown as Ticket;
		fc.assert(
			fc.property(
				calendarArb,
				fc.integer({ min: -2 * 1440, max: 1440 }),
				fc.integer({ min: 1, max: 600 }),
				fc.integer({ min: 0, max: 1440 }),
				fc.integer({ min: 0, max: 2 * 1440 }),
				({ calendar, anchor }, shift, minutes, pauseAfter, pausedFor) => {
					const startMs = anchor + shift * MINUTE;
					const pausedAt = startMs + pauseAfter * MINUTE;
					const resumedAt = pausedAt + pausedFor * MINUTE;
					const policy = { name: 'p', targets: { resolution: minutes }, calendar: 'random' };
					const started = start(ticket, policy, [calendar], iso(startMs));
					const due = Date.parse(started.sla?.metrics.resolution.dueAt as string);
					fc.pre(pausedAt < due);
					const resumed = resume(pause(started, iso(pausedAt)), iso(resumedAt), [calendar]);
					// Oracle: count open minutes from the start, skipping the paused stretch.
					const horizon = oracleHorizonMs(calendar, minutes) + pausedFor * MINUTE;
					let counted = 0;
					let cursor = startMs;
					while (counted < minutes) {
						if ((cursor < pausedAt || cursor >= resumedAt) && isOpen(calendar, cursor)) counted++;
						cursor += MINUTE;
						if (cursor - startMs > horizon) throw new Error('oracle ran away');
					}
					expect(resumed.sla?.metrics.resolution.dueAt).toBe(iso(cursor));
					expect(resumed.sla?.metrics.resolution.pausedMinutes).toBe(oracleBetween(calendar, pausedAt, pausedFor));
					// At risk exactly when the open minutes used (pause excluded) reach 80 % of the target.
					const checkAt = resumedAt + Math.floor((cursor - resumedAt) / MINUTE / 2) * MINUTE;
					let used = 0;
					for (let m = startMs; m < checkAt; m += MINUTE) if ((m < pausedAt || m >= resumedAt) && isOpen(calendar, m)) used++;
					if (checkAt < cursor) {
						expect(check(resumed, iso(checkAt), 0.8, [calendar]).verdict).toBe(used >= 0.8 * minutes ? 'at_risk' : 'on_track');
					}
					// A check one minute before the due time never reports a breach, one at it always does.
					if (cursor - MINUTE >= resumedAt) expect(check(resumed, iso(cursor - MINUTE), undefined, [calendar]).verdict).not.toBe('breached');
					expect(check(resumed, iso(Math.max(cursor, resumedAt)), undefined, [calendar]).verdict).toBe('breached');
				},
			),
			{ numRuns: 100 },
		);
	});
});
