import { createHmac } from 'crypto';

import { verifyChatHmac, verifyTelegram, verifyViber, verifyWhatsApp } from '../../../nodes/shared/domain/channels/signatures';

const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [] }], text: 'Wypłata – ręczna' });
const hmac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('hex');

describe('verifyWhatsApp', () => {
	const secret = 'app-secret-123';
	it('accepts the sha256= header over the raw body', () => {
		expect(verifyWhatsApp(body, `sha256=${hmac(body, secret)}`, secret)).toEqual({ ok: true, reason: 'valid' });
		expect(verifyWhatsApp(Buffer.from(body), `sha256=${hmac(body, secret).toUpperCase()}`, secret).ok).toBe(true);
	});
	it('rejects a tampered body, a wrong secret, a bare hex and a missing header', () => {
		expect(verifyWhatsApp(body.replace('ręczna', 'reczna'), `sha256=${hmac(body, secret)}`, secret)).toEqual({ ok: false, reason: 'signature mismatch' });
		expect(verifyWhatsApp(body, `sha256=${hmac(body, 'other')}`, secret).ok).toBe(false);
		expect(verifyWhatsApp(body, hmac(body, secret), secret)).toEqual({ ok: false, reason: 'malformed signature' });
		expect(verifyWhatsApp(body, undefined, secret)).toEqual({ ok: false, reason: 'missing signature header' });
		expect(verifyWhatsApp(body, 'sha256=abc', secret)).toEqual({ ok: false, reason: 'malformed signature' });
	});
});

describe('verifyViber', () => {
	const token = '4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f';
	it('accepts the hex HMAC and rejects tampering, wrong token and missing header', () => {
		expect(verifyViber(body, hmac(body, token), token).ok).toBe(true);
		expect(verifyViber(body + ' ', hmac(body, token), token).reason).toBe('signature mismatch');
		expect(verifyViber(body, hmac(body, 'x'), token).ok).toBe(false);
		expect(verifyViber(body, '', token).reason).toBe('missing signature header');
		expect(verifyViber(body, hmac(body, token), '').reason).toBe('no secret configured');
	});
});

describe('verifyTelegram', () => {
	it('compares the secret token exactly', () => {
		expect(verifyTelegram('s3cr3t_Token', 's3cr3t_Token')).toEqual({ ok: true, reason: 'valid' });
		expect(verifyTelegram('s3cr3t_Tokem', 's3cr3t_Token').ok).toBe(false);
		expect(verifyTelegram('short', 's3cr3t_Token').ok).toBe(false);
		expect(verifyTelegram(undefined, 's3cr3t_Token').reason).toBe('missing secret token header');
	});
});

describe('verifyChatHmac', () => {
	const secret = 'widget-secret';
	it('accepts bare hex and sha256= forms without a timestamp', () => {
		expect(verifyChatHmac(body, hmac(body, secret), secret).ok).toBe(true);
		expect(verifyChatHmac(body, `sha256=${hmac(body, secret)}`, secret).ok).toBe(true);
		expect(verifyChatHmac(body, hmac(body, 'nope'), secret).ok).toBe(false);
		expect(verifyChatHmac(body, undefined, secret).reason).toBe('missing signature header');
	});
	it('signs "<timestamp>.<body>" and enforces the skew window', () => {
		const nowMs = Date.UTC(2024, 5, 3, 10, 0, 0);
		const stamp = String(nowMs / 1000 - 60);
		const signature = hmac(`${stamp}.${body}`, secret);
		expect(verifyChatHmac(body, signature, secret, { timestamp: stamp, nowMs }).ok).toBe(true);
		expect(verifyChatHmac(body, signature, secret, { timestamp: stamp, nowMs, maxSkewSeconds: 30 }).reason).toBe('timestamp outside allowed skew');
		expect(verifyChatHmac(body, hmac(body, secret), secret, { timestamp: stamp, nowMs }).ok).toBe(false);
		expect(verifyChatHmac(body, signature, secret, { timestamp: undefined, nowMs }).reason).toBe('missing timestamp header');
	});
});
