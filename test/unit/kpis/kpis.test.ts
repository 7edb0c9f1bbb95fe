import { DateTime } from 'luxon';

import { firstResponseMinutes, resolutionMinutes, resolvedAt } from '../../../nodes/shared/domain/kpis/facts';
import { isoWeekOfDate, mondayOf, PeriodKeys } from '../../../nodes/shared/domain/kpis/periods';
import { distribution, rate } from '../../../nodes/shared/domain/kpis/stats';
import { weekStart } from '../../../nodes/shared/domain/kpis/compute';
import { clip, esc, firstStrongDirection, fmtMinutes, fmtRate, niceCeiling } from '../../../nodes/shared/domain/report/format';
import { barChart, svgText } from '../../../nodes/shared/domain/report/svg';
import { closedTicket } from '../../fixtures/closed-tickets';

describe('statistics', () => {
	it('takes the median of the middle pair and the nearest-rank 90th percentile', () => {
		expect(distribution([5, 1, 3])).toEqual({ count: 3, mean: 3, median: 3, p90: 5 });
		expect(distribution([4, 1, 3, 2])).toEqual({ count: 4, mean: 2.5, median: 2.5, p90: 4 });
		expect(distribution(Array.from({ length: 10 }, (_, i) => i + 1)).p90).toBe(9);
		expect(distribution(Array.from({ length: 11 }, (_, i) => i + 1)).p90).toBe(10);
		expect(distribution([])).toEqual({ count: 0, mean: null, median: null, p90: null });
		expect(rate(1, 3)).toBe(0.3333);
		expect(rate(0, 0)).toBeNull();
	});
});

describe('periods', () => {
	it('agrees with luxon on ISO weeks, including week-years across New Year', () => {
		for (let d = Date.UTC(2024, 11, 20); d < Date.UTC(2027, 0, 15); d += 86400000) {
			const day = new Date(d).toISOString().slice(0, 10);
			const lux = DateTime.fromISO(day, { zone: 'utc' });
			expect(isoWeekOfDate(day)).toBe(`${lux.weekYear}-W${String(lux.weekNumber).padStart(2, '0')}`);
			expect(mondayOf(day)).toBe(lux.startOf('week').toISODate());
		}
		expect(weekStart('2026-W01')).toBe('2025-12-29');
		expect(weekStart('2026-W10')).toBe('2026-03-02');
	});

	it('agrees with luxon on local days in zones with DST and odd offsets', () => {
		for (const zone of ['Europe/Malta', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Asia/Jerusalem']) {
			const keys = new PeriodKeys('day', zone);
			for (let i = 0; i < 1000; i++) {
				const ms = Date.UTC(2026, 0, 1) + ((i * 7919 * 60000 + i * 13000) % (366 * 86400000));
				expect(keys.key(ms)).toBe(DateTime.fromMillis(ms, { zone }).toISODate());
			}
		}
		expect(() => new PeriodKeys('day', 'Not/AZone')).toThrow(/unknown time zone/);
	});
});

describe('ticket times', () => {
	it('measures a late first response and a late resolution from the history', () => {
		const late = closedTicket({ id: 'x', agent: 'a', createdAt: '2026-03-02T09:00:00.000Z', firstResponseMin: 9, resolutionMin: 40 });
		expect(firstResponseMinutes(late)).toBe(9);
		expect(resolutionMinutes(late)).toBe(40);
	});

	it('falls back to updatedAt for a closed ticket with no resolution record', () => {
		const t = { ...closedTicket({ id: 'y', createdAt: '2026-03-02T09:00:00.000Z' }), updatedAt: '2026-03-02T10:30:00.000Z', sla: undefined };
		expect(resolvedAt(t)).toBe(Date.parse('2026-03-02T10:30:00.000Z'));
		expect(resolutionMinutes(t)).toBe(90);
		expect(firstResponseMinutes(t)).toBeUndefined();
	});
});

describe('report formatting', () => {
	it('finds the first strong direction as the bidi algorithm does', () => {
		expect(firstStrongDirection('דנה כהן')).toBe('rtl');
		expect(firstStrongDirection('(7) דנה')).toBe('rtl');
		expect(firstStrongDirection('Dana דנה')).toBe('ltr');
		expect(firstStrongDirection('agent-7')).toBe('ltr');
		expect(firstStrongDirection('123')).toBe('ltr');
	});

	it('flips the anchor of right-to-left SVG labels so they still end at x', () => {
		expect(svgText(10, 5, 'דנה', 'end')).toBe('<text x="10" y="5" text-anchor="start" direction="rtl" unicode-bidi="embed" >דנה</text>');
		expect(svgText(10, 5, 'Dana', 'end')).toBe('<text x="10" y="5" text-anchor="end" >Dana</text>');
	});

	it('formats numbers and escapes text', () => {
		expect(fmtMinutes(4.25)).toBe('4.3 min');
		expect(fmtMinutes(42.4)).toBe('42 min');
		expect(fmtMinutes(135)).toBe('2 h 15 min');
		expect(fmtMinutes(3000)).toBe('2 d 2 h');
		expect(fmtMinutes(null)).toBe('—');
		expect(fmtRate(0.6667)).toBe('66.7 %');
		expect(fmtRate(1)).toBe('100 %');
		expect(niceCeiling(131)).toBe(200);
		expect(niceCeiling(0)).toBe(1);
		expect(esc('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
		expect(clip('😀😀😀😀', 3)).toBe('😀😀…');
	});

	it('draws one bar per row, scaled to a round maximum', () => {
		const svg = barChart('T', [{ label: 'a', value: 50 }, { label: 'b', value: 100 }]);
		const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*fill="#4f46e5"/g)].map((m) => Number(m[1]));
		expect(widths).toEqual([146, 292]);
		expect(barChart('Empty', [])).toContain('No data');
	});
});
