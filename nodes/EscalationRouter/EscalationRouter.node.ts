import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { escalationRouterProperties } from './description';
import { escalateTickets, routeTickets } from './operations';
import { configuredOutputs } from './outputs';

export class EscalationRouter implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Escalation Router',
		name: 'escalationRouter',
		icon: { light: 'file:escalationRouter.svg', dark: 'file:escalationRouter.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] === "escalate" ? "escalate" : "route" }}',
		description:
			'Route support tickets to queues and levels by an ordered rule table, with responsible-gambling and VIP guard rails, agent assignment and escalation',
		defaults: { name: 'Escalation Router' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		properties: escalationRouterProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const operation = this.getNodeParameter('operation', 0, 'route') as string;
		return operation === 'escalate' ? await escalateTickets(this) : await routeTickets(this);
	}
}
