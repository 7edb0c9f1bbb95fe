import { createHmac, timingSafeEqual } from 'crypto';

export interface SignatureVerdict {
	ok: boolean;
	reason: string;
}

function equalSecrets(actual: string, expected: string): boolean {
	const actualBuffer = Buffer.from(actual, 'utf8');
	const expectedBuffer = Buffer.from(expected, 'utf8');
	// timingSafeEqual needs equal lengths; compare against itself to keep the timing flat.
	if (actualBuffer.length !== expectedBuffer.length) {
		timingSafeEqual(expectedBuffer, expectedBuffer);
		return false;
	}
	return timingSafeEqual(actualBuffer, expectedBuffer);
}

function hmacHex(rawBody: string | Buffer, secret: string): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}

function checkHex(rawBody: string | Buffer, providedHex: string | undefined, secret: string, prefix?: string): SignatureVerdict {
	if (!secret) return { ok: false, reason: 'no secret configured' };
	let provided = (providedHex ?? '').trim();
	if (provided === '') return { ok: false, reason: 'missing signature header' };
	if (prefix !== undefined && provided.toLowerCase().startsWith(prefix)) provided = provided.slice(prefix.length);
	if (!/^[0-9a-f]{64}$/i.test(provided)) return { ok: false, reason: 'malformed signature' };
	return equalSecrets(provided.toLowerCase(), hmacHex(rawBody, secret))
		? { ok: true, reason: 'valid' }
		: { ok: false, reason: 'signature mismatch' };
}

/** Meta's X-Hub-Signature-256: "sha256=" + HMAC-SHA256(raw body, app secret). */
export function verifyWhatsApp(rawBody: string | Buffer, signatureHeader: string | undefined, appSecret: string): SignatureVerdict {
	const header = (signatureHeader ?? '').trim();
	if (header !== '' && !header.toLowerCase().startsWith('sha256=')) return { ok: false, reason: 'malformed signature' };
	return checkHex(rawBody, header, appSecret, 'sha256=');
}

/** Viber's X-Viber-Content-Signature: hex HMAC-SHA256(raw body, auth token). */
export function verifyViber(rawBody: string | Buffer, signatureHex: string | undefined, authToken: string): SignatureVerdict {
	return checkHex(rawBody, signatureHex, authToken);
}

/** Telegram's X-Telegram-Bot-Api-Secret-Token must equal the secret set with setWebhook. */
export function verifyTelegram(headerSecretToken: string | undefined, expected: string): SignatureVerdict {
	if (!expected) return { ok: false, reason: 'no secret configured' };
	if (!headerSecretToken) return { ok: false, reason: 'missing secret token header' };
	return equalSecrets(headerSecretToken, expected) ? { ok: true, reason: 'valid' } : { ok: false, reason: 'secret token mismatch' };
}

export interface ChatTimestampCheck {
	/** The X-Timestamp header value: unix seconds or milliseconds. */
	timestamp: string | undefined;
	/** Now, in milliseconds (passed in so domain code stays free of clocks). */
	nowMs: number;
	maxSkewSeconds?: number;
}

/**
 * The chat widget signs either the raw body, or "<timestamp>.<raw body>" when a timestamp header
 * is sent (replay protection, rejected beyond maxSkewSeconds, default 300).
 */
export function verifyChatHmac(
	rawBody: string | Buffer,
	signatureHeader: string | undefined,
	secret: string,
	timestampCheck?: ChatTimestampCheck,
): SignatureVerdict {
	if (!timestampCheck) return checkHex(rawBody, signatureHeader, secret, 'sha256=');
	const stamp = (timestampCheck.timestamp ?? '').trim();
	if (!/^\d+$/.test(stamp)) return { ok: false, reason: 'missing timestamp header' };
	const stampMs = stamp.length > 11 ? Number(stamp) : Number(stamp) * 1000;
	const skewSeconds = Math.abs(timestampCheck.nowMs - stampMs) / 1000;
	if (skewSeconds > (timestampCheck.maxSkewSeconds ?? 300)) return { ok: false, reason: 'timestamp outside allowed skew' };
	const signed = Buffer.concat([Buffer.from(`${stamp}.`, 'utf8'), Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, 'utf8')]);
	return checkHex(signed, signatureHeader, secret, 'sha256=');
}
