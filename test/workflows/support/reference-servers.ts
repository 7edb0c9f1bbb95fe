/**
 * The reference CRM and the reference channel gateway (with its SMTP sink) on free ports of
 * 127.0.0.1 for one test file: started before its tests, stopped after them.
 */
import { startChannelGateway, type ChannelGateway } from '../../../tools/channel-gateway/server';
import { createCrmServer, type CrmServer } from '../../../tools/crm-server/server';

export function useReferenceServers(): { readonly crm: CrmServer; readonly gateway: ChannelGateway } {
	const servers: { crm?: CrmServer; gateway?: ChannelGateway } = {};
	beforeAll(async () => {
		servers.crm = await createCrmServer({ port: 0, host: '127.0.0.1', apiKey: 'demo-crm-key' });
		// Players' messages reach the workflows, not the gateway: Player Reply judges WhatsApp's window itself.
		servers.gateway = await startChannelGateway({ whatsappWindow: false });
	});
	afterAll(async () => {
		await servers.crm?.close();
		await servers.gateway?.close();
	});
	return {
		get crm() {
			return servers.crm as CrmServer;
		},
		get gateway() {
			return servers.gateway as ChannelGateway;
		},
	};
}
