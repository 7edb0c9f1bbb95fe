import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { playerReplyProperties } from './description';
import { CREDENTIAL, executeReplies } from './execute';

export class PlayerReply implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Player Reply',
		name: 'playerReply',
		icon: { light: 'file:playerReply.svg', dark: 'file:playerReply.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ "on the player\'s channel" }}',
		description: "Send the bot's and agents' replies to players on Telegram, WhatsApp, Viber, e-mail or chat",
		defaults: { name: 'Player Reply' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Sent', 'E-mail', 'Failed'],
		credentials: [{ name: CREDENTIAL, required: true }],
		properties: playerReplyProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeReplies(this);
	}
}
