/** "92.3%", or "n/a" when there is nothing to count. */
export function percent(part: number, whole: number): string {
	return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** "92.3% (12/13)", or "n/a" when there is nothing to count. */
export function percentWithCounts(part: number, whole: number): string {
	return whole === 0 ? 'n/a' : `${percent(part, whole)} (${part}/${whole})`;
}
