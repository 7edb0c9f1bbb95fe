/** Converts an HTML e-mail or widget body to plain text. No dependencies, tolerant of bad markup. */

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	copy: '©',
	reg: '®',
	trade: '™',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	bull: '•',
	middot: '·',
	shy: '',
	zwnj: '',
	zwj: '',
	lrm: '',
	rlm: '',
	agrave: 'à',
	aacute: 'á',
	egrave: 'è',
	eacute: 'é',
	igrave: 'ì',
	iacute: 'í',
	ograve: 'ò',
	oacute: 'ó',
	ugrave: 'ù',
	uacute: 'ú',
	ntilde: 'ñ',
	Ntilde: 'Ñ',
	ccedil: 'ç',
	uuml: 'ü',
	ouml: 'ö',
	auml: 'ä',
	szlig: 'ß',
	iexcl: '¡',
	iquest: '¿',
};

export function decodeHtmlEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, entity: string) => {
		if (entity[0] === '#') {
			const codePoint =
				entity[1] === 'x' || entity[1] === 'X'
					? parseInt(entity.slice(2), 16)
					: parseInt(entity.slice(1), 10);
			if (!Number.isFinite(codePoint) || codePoint <= 0 || codePoint > 0x10ffff) return whole;
			return String.fromCodePoint(codePoint);
		}
		const decoded = NAMED_ENTITIES[entity] ?? NAMED_ENTITIES[entity.toLowerCase()];
		return decoded ?? whole;
	});
}

const BLOCK_BREAK_TAGS = /<\s*(br|hr)\b[^<>]*>|<\/\s*(p|div|tr|h[1-6]|li|ul|ol|table|blockquote|pre|section|article|header|footer)\s*>|<\s*(li|tr|p|div|h[1-6])\b[^<>]*>/gi;

const HIDDEN_OPEN = /<\s*(script|style|head|title|noscript|template)\b[^<>]*>|<!--/gi;

/**
 * Removes the blocks `open` finds (group 1 = element name; no group = an HTML comment) up to and
 * including their closing tag, with indexOf scans rather than lazy regexes, so hostile markup full
 * of unclosed tags stays linear. An unclosed block drops the rest of the text, or, with
 * `keepUnclosed`, stays (its opening tag left for the caller).
 */
export function dropBlocks(html: string, open: RegExp, keepUnclosed = false): string {
	const lower = html.toLowerCase();
	let result = '';
	let position = 0;
	open.lastIndex = 0;
	for (let match = open.exec(html); match !== null; match = open.exec(html)) {
		if (match.index < position) continue;
		const afterOpen = match.index + match[0].length;
		const closing = match[1] === undefined ? '-->' : `</${match[1].toLowerCase()}`;
		const closeAt = lower.indexOf(closing, afterOpen);
		const closeEnd = closeAt === -1 ? -1 : match[1] === undefined ? closeAt + 3 : lower.indexOf('>', closeAt);
		if (closeEnd === -1) {
			if (keepUnclosed) continue;
			return result + html.slice(position, match.index);
		}
		result += html.slice(position, match.index);
		position = match[1] === undefined ? closeEnd : closeEnd + 1;
		open.lastIndex = position;
	}
	return result + html.slice(position);
}

export function stripHtml(html: string): string {
	let text = dropBlocks(html, HIDDEN_OPEN);
	text = text.replace(/\r\n?/g, '\n').replace(/\s*\n\s*/g, ' ');
	text = text.replace(BLOCK_BREAK_TAGS, (tag) => (/^<\s*li\b/i.test(tag) ? '\n- ' : '\n'));
	text = text.replace(/<\/?[a-z!?][^<>]*>/gi, '');
	text = decodeHtmlEntities(text);
	return text
		.split('\n')
		.map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{2,}/g, '\n')
		.trim();
}
