import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { playerCrmProperties } from './description';
import { executePlayerCrm } from './execute';

export class PlayerCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Player CRM',
		name: 'playerCrm',
		icon: { light: 'file:playerCrm.svg', dark: 'file:playerCrm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["resource"] + ": " + ($parameter["resource"] === "bonus" ? "grant" : $parameter["operation"]) }}',
		description: 'Read a player’s balance, status, VIP tier, KYC and responsible-gambling flags from the CRM, and write notes, tags and bonus grants',
		defaults: { name: 'Player CRM' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{ $parameter["onNotFound"] === "output" ? [{ type: "${NodeConnectionTypes.Main}", displayName: "Found" }, { type: "${NodeConnectionTypes.Main}", displayName: "Not Found" }] : ["${NodeConnectionTypes.Main}"] }}`,
		credentials: [{ name: 'playerCrmApi', required: true }],
		properties: playerCrmProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executePlayerCrm(this);
	}
}
