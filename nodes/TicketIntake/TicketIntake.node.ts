import {
	NodeConnectionTypes,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { DEFAULT_MAX_BODY_LENGTH } from '../shared/domain/intake';
import { routeItems } from '../shared/n8n/items';
import { ticketIntakeProperties } from './description';
import { intakeItem, type IntakeSettings } from './intake-item';
import { referenceTime } from '../shared/domain/reference-time';

export class TicketIntake implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ticket Intake',
		name: 'ticketIntake',
		icon: { light: 'file:ticketIntake.svg', dark: 'file:ticketIntake.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ "from " + $parameter["channel"] }}',
		description:
			'Turn chat, e-mail, Telegram, WhatsApp, Viber and phone messages into support tickets with language, category and priority',
		defaults: { name: 'Ticket Intake' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'supportChannelsApi',
				required: true,
				displayOptions: { show: { verifySignatures: [true] } },
			},
		],
		properties: ticketIntakeProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const options = this.getNodeParameter('options', 0, {}) as {
			fallbackLanguage?: string;
			maxBodyLength?: number;
			referenceTime?: string;
		};
		const verify = this.getNodeParameter('verifySignatures', 0, false) as boolean;
		const settings: IntakeSettings = {
			channel: this.getNodeParameter('channel', 0, 'auto') as string,
			onUnreadable: this.getNodeParameter('onUnreadable', 0, 'error') as 'error' | 'triage',
			onNonMessage: this.getNodeParameter('onNonMessage', 0, 'pass') as 'pass' | 'unreadable',
			now: referenceTime(options.referenceTime),
			maxBodyLength: options.maxBodyLength ?? DEFAULT_MAX_BODY_LENGTH,
			fallbackLanguage: options.fallbackLanguage || 'und',
			secrets: verify ? ((await this.getCredentials('supportChannelsApi')) as ICredentialDataDecryptedObject) : undefined,
		};
		return await routeItems(this, 1, (item) => intakeItem(item, settings).map((json) => ({ output: 0, json })));
	}
}
