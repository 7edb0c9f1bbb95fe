/** Summary statistics used by the KPI rows (definitions in docs/kpis.md). */

export interface Distribution {
	count: number;
	mean: number | null;
	median: number | null;
	p90: number | null;
}

export function round(value: number, decimals = 2): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/**
 * Mean, median (mean of the two middle values for an even count) and 90th percentile by the
 * nearest-rank method (the smallest value with at least 90 % of the values at or below it).
 * Sorts `values` in place.
 */
export function distribution(values: number[]): Distribution {
	const n = values.length;
	if (n === 0) return { count: 0, mean: null, median: null, p90: null };
	values.sort((a, b) => a - b);
	let sum = 0;
	for (const v of values) sum += v;
	const mid = n >> 1;
	const median = n % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
	const p90 = values[Math.ceil(0.9 * n) - 1];
	return { count: n, mean: round(sum / n), median: round(median), p90: round(p90) };
}

/** part / whole rounded to 4 decimals, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
	return whole > 0 ? round(part / whole, 4) : null;
}
