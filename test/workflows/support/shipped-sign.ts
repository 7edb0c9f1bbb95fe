/** Signs a payload the way each channel does, with the demo secrets (tools/runtime/demo-setup.ts). */
import { createHmac } from 'crypto';

import { DEMO_SECRETS } from '../../../tools/runtime/demo-setup';

const hmacHex = (secret: string, body: unknown) =>
	createHmac('sha256', secret).update(typeof body === 'string' ? body : JSON.stringify(body)).digest('hex');

export const sign = {
	whatsapp: (body: unknown) => ({ 'x-hub-signature-256': `sha256=${hmacHex(DEMO_SECRETS.whatsappAppSecret, body)}` }),
	viber: (body: unknown) => ({ 'x-viber-content-signature': hmacHex(DEMO_SECRETS.viberAuthToken, body) }),
	telegram: (_body?: unknown) => ({ 'x-telegram-bot-api-secret-token': DEMO_SECRETS.telegramSecretToken }),
};
