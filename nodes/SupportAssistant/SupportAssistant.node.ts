import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { routeItems } from '../shared/n8n/items';
import { readSettings } from '../shared/n8n/settings';
import { compileSettings, textItem, ticketItem, type AssistantParameters } from './assistant-item';
import { supportAssistantProperties } from './description';

export class SupportAssistant implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Support Assistant',
		name: 'supportAssistant',
		icon: { light: 'file:supportAssistant.svg', dark: 'file:supportAssistant.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ "min confidence " + $parameter["minConfidence"] }}',
		description:
			'Answer typical player questions in six languages from a knowledge base and hand everything else to an agent with the reason',
		defaults: { name: 'Support Assistant' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Answered', 'Needs Agent'],
		properties: supportAssistantProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const input = this.getNodeParameter('input', 0, 'ticket') as string;
		const settings = readSettings(this, () =>
			compileSettings({
				minConfidence: this.getNodeParameter('minConfidence', 0, 0.6) as number,
				answeredStatus: this.getNodeParameter('answeredStatus', 0, 'resolved') as string,
				customAnswers: this.getNodeParameter('customAnswers', 0, {}) as AssistantParameters['customAnswers'],
				options: this.getNodeParameter('options', 0, {}) as AssistantParameters['options'],
				now: new Date(),
			}),
		);
		if (input === 'text') {
			return await routeItems(this, 2, (item, itemIndex) =>
				textItem(
					item,
					this.getNodeParameter('text', itemIndex, '') as string,
					this.getNodeParameter('language', itemIndex, '') as string,
					settings,
				),
			);
		}
		return await routeItems(this, 2, (item) => ticketItem(item, settings));
	}
}
