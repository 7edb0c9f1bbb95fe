/**
 * The ticket reference our e-mail replies carry in their subject (`Re: <subject> [#tkt_…]`). n8n's
 * Send Email cannot set In-Reply-To or References, so a player's answer to our mail names our
 * Message-ID only; the reference in the subject, which mail clients keep, leads it to its ticket.
 */
const REFERENCE = /\s*\[#(tkt_[0-9a-f]{24})\]/g;

/** The ticket id a subject refers to (the last one when a thread carried several), or undefined. */
export function referencedTicketId(subject: string | undefined): string | undefined {
	const found = [...(subject ?? '').matchAll(REFERENCE)];
	return found.length > 0 ? found[found.length - 1][1] : undefined;
}

/** The subject without ticket references. */
export function withoutReference(subject: string): string {
	return subject.replace(REFERENCE, '').trim();
}

/** The subject of a reply on the ticket: `Re: <subject> [#<ticket id>]`. */
export function replySubject(subject: string | undefined, ticketId: string): string {
	return `Re: ${withoutReference(subject ?? '') || 'Your request'} [#${ticketId}]`;
}
