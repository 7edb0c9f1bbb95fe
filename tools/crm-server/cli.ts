import { createCrmServer } from './server';

async function main(): Promise<void> {
	const env = process.env;
	const server = await createCrmServer({
		port: Number(env.CRM_PORT ?? 5680),
		host: env.CRM_HOST ?? '127.0.0.1',
		apiKey: env.CRM_API_KEY ?? 'demo-crm-key',
		bearerToken: env.CRM_BEARER_TOKEN ?? 'demo-crm-token',
		basicUser: env.CRM_BASIC_USER ?? 'demo',
		basicPassword: env.CRM_BASIC_PASSWORD ?? 'demo-password',
		oauthClientId: env.CRM_OAUTH_CLIENT_ID ?? 'demo-client',
		oauthClientSecret: env.CRM_OAUTH_CLIENT_SECRET ?? 'demo-secret',
	});
	if (env.CRM_FAULT && env.CRM_FAULT !== 'none') {
		server.setFault({
			mode: env.CRM_FAULT as Parameters<typeof server.setFault>[0]['mode'],
			latencyMs: env.CRM_FAULT_LATENCY_MS ? Number(env.CRM_FAULT_LATENCY_MS) : undefined,
			retryAfterSeconds: env.CRM_FAULT_RETRY_AFTER ? Number(env.CRM_FAULT_RETRY_AFTER) : undefined,
			count: env.CRM_FAULT_COUNT ? Number(env.CRM_FAULT_COUNT) : undefined,
		});
	}
	console.log(`Player CRM API listening on ${server.url}`);
	const stop = () => void server.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
