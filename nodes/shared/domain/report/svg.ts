/** Hand-drawn inline SVG charts: no scripts, no external assets, bidi-correct labels. */
import { clip, esc, firstStrongDirection, niceCeiling } from './format';

export interface Bar {
	label: string;
	value: number | null;
	/** Text shown after the bar (defaults to the value). */
	display?: string;
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif"';

/**
 * A text element anchored at x. Text whose first strong character is right-to-left gets
 * direction="rtl", and its anchor flipped so it still ends (or starts) at x visually.
 */
export function svgText(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end', attributes = ''): string {
	const rtl = firstStrongDirection(text) === 'rtl';
	const flipped = rtl && anchor !== 'middle' ? (anchor === 'start' ? 'end' : 'start') : anchor;
	const dir = rtl ? ' direction="rtl" unicode-bidi="embed"' : '';
	return `<text x="${x}" y="${y}" text-anchor="${flipped}"${dir} ${attributes}>${esc(text)}</text>`;
}

/** Horizontal bars, one row per label, with the value written after each bar. */
export function barChart(title: string, bars: Bar[], options: { color?: string; width?: number } = {}): string {
	const width = options.width ?? 520;
	const labelWidth = 150;
	const valueWidth = 78;
	const row = 26;
	const top = 34;
	const height = top + Math.max(1, bars.length) * row + 10;
	const max = niceCeiling(Math.max(0, ...bars.map((b) => b.value ?? 0)));
	const plot = width - labelWidth - valueWidth;
	const color = options.color ?? '#4f46e5';
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} font-size="13">`,
		svgText(0, 18, title, 'start', 'font-size="15" font-weight="600" fill="#111827"'),
	];
	if (bars.length === 0) parts.push(svgText(0, top + 16, 'No data', 'start', 'fill="#6b7280"'));
	bars.forEach((bar, i) => {
		const y = top + i * row;
		const w = bar.value ? Math.max(2, (bar.value / max) * plot) : 0;
		parts.push(svgText(labelWidth - 8, y + 17, clip(bar.label, 22), 'end', 'fill="#374151"'));
		parts.push(`<rect x="${labelWidth}" y="${y + 4}" width="${plot}" height="${row - 8}" rx="3" fill="#f3f4f6"/>`);
		if (w > 0) parts.push(`<rect x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 8}" rx="3" fill="${color}"/>`);
		const shown = bar.display ?? (bar.value === null ? '—' : String(bar.value));
		parts.push(svgText(labelWidth + plot + 8, y + 17, shown, 'start', 'fill="#111827"'));
	});
	parts.push('</svg>');
	return parts.join('');
}

export interface TrendPoint {
	label: string;
	count: number;
	/** 0–1, drawn as a line on the right axis; null leaves a gap. */
	share: number | null;
}

/** Columns (count, left axis) with a line (share in %, right axis) per period. */
export function trendChart(title: string, points: TrendPoint[], legend: { count: string; share: string }): string {
	const width = 1040;
	const height = 280;
	const left = 48;
	const right = 48;
	const top = 44;
	const bottom = 46;
	const plotW = width - left - right;
	const plotH = height - top - bottom;
	const max = niceCeiling(Math.max(0, ...points.map((p) => p.count)));
	const slot = plotW / Math.max(1, points.length);
	const colW = Math.max(2, Math.min(36, slot * 0.6));
	// Every k-th label, so labels (about 7 px per character) never overlap.
	const longest = Math.max(1, ...points.map((p) => Array.from(p.label).length));
	const labelEvery = Math.max(1, Math.ceil((longest * 7 + 12) / slot));
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} font-size="12">`,
		svgText(0, 18, title, 'start', 'font-size="15" font-weight="600" fill="#111827"'),
		`<rect x="${width - 330}" y="8" width="12" height="12" rx="2" fill="#0ea5e9"/>`,
		svgText(width - 312, 18, legend.count, 'start', 'fill="#374151"'),
		`<line x1="${width - 160}" y1="14" x2="${width - 140}" y2="14" stroke="#f59e0b" stroke-width="3"/>`,
		svgText(width - 134, 18, legend.share, 'start', 'fill="#374151"'),
	];
	for (let i = 0; i <= 4; i++) {
		const y = top + plotH - (plotH * i) / 4;
		parts.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="#e5e7eb"/>`);
		parts.push(svgText(left - 6, y + 4, String(Math.round((max * i) / 4)), 'end', 'fill="#6b7280"'));
		parts.push(svgText(left + plotW + 6, y + 4, `${25 * i}%`, 'start', 'fill="#6b7280"'));
	}
	if (points.length === 0) parts.push(svgText(left + 8, top + plotH / 2, 'No data', 'start', 'fill="#6b7280"'));
	const line: string[] = [];
	points.forEach((p, i) => {
		const cx = left + slot * i + slot / 2;
		const h = (p.count / max) * plotH;
		parts.push(`<rect x="${(cx - colW / 2).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${colW.toFixed(1)}" height="${h.toFixed(1)}" rx="2" fill="#0ea5e9"><title>${esc(p.label)}: ${p.count}</title></rect>`);
		if (i % labelEvery === 0) parts.push(svgText(cx, top + plotH + 18, p.label, 'middle', 'fill="#374151"'));
		if (p.share !== null) line.push(`${cx.toFixed(1)},${(top + plotH - p.share * plotH).toFixed(1)}`);
	});
	if (line.length > 1) parts.push(`<polyline points="${line.join(' ')}" fill="none" stroke="#f59e0b" stroke-width="2.5" stroke-linejoin="round"/>`);
	for (const point of line) {
		const [x, y] = point.split(',');
		parts.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="#f59e0b"/>`);
	}
	parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#9ca3af"/>`);
	parts.push('</svg>');
	return parts.join('');
}
