import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { routeItems } from '../shared/n8n/items';
import { readSettings } from '../shared/n8n/settings';
import { qaSamplerProperties } from './description';
import { qaSampling, type SamplerParameters } from './sampling';

export class QaSampler implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QA Sampler',
		name: 'qaSampler',
		icon: { light: 'file:qaSampler.svg', dark: 'file:qaSampler.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["mode"] === "count" ? $parameter["count"] + " per agent" : $parameter["rate"] + "% per agent" }}',
		description:
			'Pick closed tickets for quality review: per-agent rate or count, stratified by channel, weighted to risky tickets, reproducible from a seed',
		defaults: { name: 'QA Sampler' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Sampled', 'Summary', 'Not Sampled'],
		properties: qaSamplerProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const sampling = readSettings(this, () =>
			qaSampling(items, {
				mode: this.getNodeParameter('mode', 0, 'rate') as string,
				rate: this.getNodeParameter('rate', 0, 5) as number,
				count: this.getNodeParameter('count', 0, 5) as number,
				minimumPerAgent: this.getNodeParameter('minimumPerAgent', 0, 2) as number,
				stratifyByChannel: this.getNodeParameter('stratifyByChannel', 0, true) as boolean,
				riskWeights: this.getNodeParameter('riskWeights', 0, {}) as SamplerParameters['riskWeights'],
				criteria: this.getNodeParameter('scorecard.criteria', 0, []) as SamplerParameters['criteria'],
				options: this.getNodeParameter('options', 0, {}) as SamplerParameters['options'],
			}),
		);
		const outputs = await routeItems(this, 3, (item, itemIndex) => sampling.route(item, itemIndex));
		outputs[1].push({ json: sampling.summary, pairedItem: items.map((_, item) => ({ item })) });
		return outputs;
	}
}
