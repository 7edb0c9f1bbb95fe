/** Calendar buckets (day, ISO week) of instants in a time zone, cached for large batches. */
import { DateTime, IANAZone } from 'luxon';

import { DomainError } from '../errors';

export type PeriodUnit = 'day' | 'week';

/** ISO week key (`2026-W10`) of a calendar date `YYYY-MM-DD`. */
export function isoWeekOfDate(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
	const thursday = new Date(date.getTime() + (3 - weekday) * 86400000);
	const weekYear = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86400000)) + 1;
	return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** Monday (`YYYY-MM-DD`) of the ISO week that contains the date. */
export function mondayOf(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	const weekday = (date.getUTCDay() + 6) % 7;
	return new Date(date.getTime() - weekday * 86400000).toISOString().slice(0, 10);
}

const QUARTER_HOUR = 15 * 60000;

/**
 * Maps instants to period keys in one time zone. UTC offsets only change on quarter hours, so
 * the local date is cached per quarter hour; weeks are cached per date.
 */
export class PeriodKeys {
	private readonly offsets = new Map<number, number>();
	private readonly weeks = new Map<string, string>();
	private readonly utc: boolean;

	constructor(
		readonly unit: PeriodUnit,
		readonly timeZone: string,
	) {
		if (!IANAZone.isValidZone(timeZone)) {
			throw new DomainError(`unknown time zone '${timeZone}'`, {
				field: 'options.timeZone',
				hint: 'Use an IANA time zone such as Europe/Malta or UTC.',
			});
		}
		this.utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
	}

	day(ms: number): string {
		if (this.utc) return new Date(ms).toISOString().slice(0, 10);
		const bucket = Math.floor(ms / QUARTER_HOUR);
		let offset = this.offsets.get(bucket);
		if (offset === undefined) {
			offset = DateTime.fromMillis(ms, { zone: this.timeZone }).offset;
			this.offsets.set(bucket, offset);
		}
		return new Date(ms + offset * 60000).toISOString().slice(0, 10);
	}

	/** Key of the period containing `ms`: `YYYY-MM-DD` for days, `YYYY-Www` for weeks. */
	key(ms: number): string {
		const day = this.day(ms);
		if (this.unit === 'day') return day;
		let week = this.weeks.get(day);
		if (week === undefined) this.weeks.set(day, (week = isoWeekOfDate(day)));
		return week;
	}
}
