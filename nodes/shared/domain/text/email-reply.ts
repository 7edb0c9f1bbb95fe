/**
 * Keeps only the new part of an e-mail reply: everything before the quoted history, the
 * forwarded-original block or the signature.
 */

const ATTRIBUTION_LINE_PATTERNS: RegExp[] = [
	/^On\s.+\bwrote:\s*$/i,
	/^Il giorno\s.+\bha scritto:\s*$/i,
	/^.+\bha scritto:\s*$/i,
	/^.+\snapisał(\(a\)|a)?:\s*$/i,
	/^.+\sнаписал(\(а\)|а)?:\s*$/i,
	/^.+\sכתב(\/ה|ה)?:\s*$/,
	/^El\s.+\bescribió:\s*$/i,
	/^.+\bescribió:\s*$/i,
	/^.+\bwrote:\s*$/i,
];

const SEPARATOR_PATTERNS: RegExp[] = [
	/^-{2,}\s*(Original Message|Messaggio originale|Wiadomość oryginalna|Исходное сообщение|Mensaje original|Forwarded message)\s*-{2,}\s*$/i,
	/^_{10,}\s*$/,
];

const HEADER_BLOCK_START = /^\*?(From|Da|Od|От|De|מאת)\s*:\*?\s+\S/i;
const HEADER_BLOCK_FOLLOW = /^\*?(Sent|Date|Inviato|Data|Wysłano|Data wysłania|Отправлено|Дата|Enviado|Fecha|נשלח|תאריך|To|A|Do|Кому|Para|אל)\s*:/i;

function isQuotedLine(line: string): boolean {
	return /^\s*>/.test(line);
}

export function stripQuotedReply(text: string): string {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	let end = lines.length;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index].trim();
		if (/^--\s?$/.test(lines[index])) {
			end = index;
			break;
		}
		if (SEPARATOR_PATTERNS.some((pattern) => pattern.test(line))) {
			end = index;
			break;
		}
		if (HEADER_BLOCK_START.test(line)) {
			const nextLines = lines.slice(index + 1, index + 4).map((next) => next.trim());
			if (nextLines.some((next) => HEADER_BLOCK_FOLLOW.test(next))) {
				end = index;
				break;
			}
		}
		if (isAttribution(lines, index)) {
			end = index;
			break;
		}
		if (isQuotedLine(lines[index])) {
			end = index;
			break;
		}
	}
	return lines
		.slice(0, end).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function isAttribution(lines: string[], index: number): boolean {
	const line = lines[index].trim();
	if (line === '') return false;
	if (ATTRIBUTION_LINE_PATTERNS.some((pattern) => pattern.test(line))) {
		return line.length <= 250;
	}
	// Clients often wrap a long attribution line: "On Mon, 3 Jun 2024, Support <x@y>\nwrote:"
	const nextLine = lines[index + 1]?.trim() ?? '';
	const looksLikeAttributionStart = /^(On|Il giorno|El|W dniu)\s/i.test(line) && /\d|@/.test(line);
	if (looksLikeAttributionStart && /^.{0,40}(wrote|ha scritto|escribió|napisał\S*):\s*$/i.test(nextLine)) {
		return true;
	}
	return false;
}
