import { dropBlocks } from './html';

/**
 * Makes player text safe to store and to show: a ticket body is plain text that helpdesks, chat
 * consoles and BI tools display, so it carries no active markup and no invisible characters that
 * hide words from keyword rules or flip how text is displayed.
 */

export interface SanitizeResult {
	text: string;
	/** Active markup (script, iframe, event-handler attributes, …) was removed. */
	markupRemoved: boolean;
}

/**
 * NUL and the other C0/C1 controls (but tab and line ends), which databases such as Postgres refuse in
 * text; soft hyphen, zero-width space, word joiner and BOM, used to split words past filters
 * ("with\u200Bdraw"); and the bidi embeddings and overrides U+202A-U+202E, which reorder what a
 * reader sees ("Trojan Source"). Zero-width (non-)joiners, marks (LRM/RLM) and isolates stay:
 * emoji sequences, Persian and Hebrew text need them.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u2060\ufeff\u202a-\u202e]/g;

/** Elements whose content is code, dropped with their content. */
const ACTIVE_BLOCK = /<\s*(script|style|iframe|object|embed|noscript|template|svg|math|frameset|applet)\b[^<>]*>/gi;

/** Tags that load or run something; the tag goes, the text around it stays. */
const ACTIVE_TAG =
	/<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|applet|img|image|svg|math|link|meta|base|form|input|button|textarea|select|video|audio|source|track|body|html|head|noscript|template|marquee|details)\b[^<>]*>/gi;

/** Any other tag with an event handler (onerror=, onclick=) or a javascript:/data: URL. */
const HANDLER_TAG = /<\s*[a-z][a-z0-9-]*\b[^<>]*?(?:\bon[a-z]+\s*=|(?:javascript|vbscript|data)\s*:)[^<>]*>/gi;

const SCRIPT_LEFT = /<(?=\s*\/?\s*script)/gi;

function removeMarkup(text: string): string {
	let current = text;
	// Nested tricks ("<scr<script>ipt>") reappear after one pass; each pass only shortens the text.
	for (let pass = 0; pass < 4; pass++) {
		const next = dropBlocks(current, ACTIVE_BLOCK, true).replace(ACTIVE_TAG, '').replace(HANDLER_TAG, '');
		if (next === current) break;
		current = next;
	}
	// An unterminated "<script" (or one left after four passes) loses its "<" to a look-alike.
	return current.replace(SCRIPT_LEFT, '\uff1c');
}

const NEEDS_WORK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u2060\ufeff\u202a-\u202e<]/;

export function sanitizeText(text: string): SanitizeResult {
	if (!NEEDS_WORK.test(text)) return { text, markupRemoved: false };
	const visible = text.replace(INVISIBLE, '');
	if (!visible.includes('<')) return { text: visible, markupRemoved: false };
	const clean = removeMarkup(visible);
	return { text: clean, markupRemoved: clean !== visible };
}
