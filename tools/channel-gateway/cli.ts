import { GATEWAY_DEFAULTS, startChannelGateway } from './server';

async function main(): Promise<void> {
	const env = process.env;
	const gateway = await startChannelGateway({
		port: Number(env.CHANNELS_PORT ?? GATEWAY_DEFAULTS.port),
		smtpPort: Number(env.SMTP_PORT ?? GATEWAY_DEFAULTS.smtpPort),
	});
	const { url } = gateway;
	console.log(`Reference channel gateway listening on ${url}`);
	console.log(`  Telegram Bot API  ${url}/bot${GATEWAY_DEFAULTS.telegramToken}/sendMessage`);
	console.log(`  WhatsApp Cloud    ${url}/v21.0/${GATEWAY_DEFAULTS.whatsappPhoneNumberId}/messages (Bearer ${GATEWAY_DEFAULTS.whatsappToken})`);
	console.log(`  Viber REST        ${url}/pa/send_message (X-Viber-Auth-Token: ${GATEWAY_DEFAULTS.viberToken})`);
	console.log(`  Control API       ${url}/_gateway/health, /_gateway/requests, /_gateway/mail, /_gateway/faults`);
	console.log(`SMTP sink listening on smtp://127.0.0.1:${gateway.smtpPort} (no TLS, any credentials)`);
	console.log('Press Ctrl-C to stop.');
	const stop = () => void gateway.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
