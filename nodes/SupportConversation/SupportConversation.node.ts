import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { supportConversationProperties } from './description';
import { executeConversation } from './execute';
import { configuredOutputs } from './outputs';

export class SupportConversation implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Support Conversation',
		name: 'supportConversation',
		icon: { light: 'file:supportConversation.svg', dark: 'file:supportConversation.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] === "agentAction" ? "agent action" : "join thread" }}',
		description: 'Keep each player conversation on one ticket: follow-ups, reopens and agent actions that move the SLA clocks',
		defaults: { name: 'Support Conversation' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		properties: supportConversationProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeConversation(this);
	}
}
