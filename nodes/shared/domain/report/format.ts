/** Escaping, bidi and number formatting shared by the HTML report and its SVG charts. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
	return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LETTER = /\p{L}/u;

/** Direction of the first strong character (Hebrew/Arabic → rtl), as the Unicode bidi algorithm's P2 rule. */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' {
	for (const ch of text) {
		if (RTL.test(ch)) return 'rtl';
		if (LETTER.test(ch)) return 'ltr';
	}
	return 'ltr';
}

/** Shortens to `max` characters (whole code points) with an ellipsis. */
export function clip(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

export function fmtMinutes(value: unknown): string {
	if (typeof value !== 'number') return '—';
	if (value < 60) return `${value < 10 ? value.toFixed(1) : Math.round(value)} min`;
	const minutes = Math.round(value);
	if (minutes < 1440) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
	return `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h`;
}

export function fmtRate(value: unknown): string {
	return typeof value === 'number' ? `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)} %` : '—';
}

export function fmtCount(value: unknown): string {
	return typeof value === 'number' ? value.toLocaleString('en-US') : '—';
}

/** The smallest 1, 2 or 5 × 10^k at or above `value` (at least 1): a readable axis maximum. */
export function niceCeiling(value: number): number {
	if (!(value > 1)) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
	return 10 * power;
}
