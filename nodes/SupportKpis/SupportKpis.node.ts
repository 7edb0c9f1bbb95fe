import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { ticketOf } from '../shared/domain/kpis/facts';
import { selectedRows } from '../shared/domain/kpis/compute';
import { renderKpiReport } from '../shared/domain/report/html';
import { routeItems } from '../shared/n8n/items';
import { readSettings } from '../shared/n8n/settings';
import { supportKpisProperties } from './description';
import { referenceTime } from '../shared/domain/reference-time';
import { kpiAccumulator, reportModel, reportSummary, type KpiOptions } from './kpis';

export class SupportKpis implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Support KPIs',
		name: 'supportKpis',
		icon: { light: 'file:supportKpis.svg', dark: 'file:supportKpis.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ "per " + $parameter["period"] }}',
		description:
			'Response and resolution times, SLA compliance, CSAT, first-contact resolution, reopen rate and bot deflection per agent, channel and period, with an HTML report',
		defaults: { name: 'Support KPIs' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Rows', 'Report'],
		properties: supportKpisProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const options = this.getNodeParameter('options', 0, {}) as KpiOptions;
		const generatedAt = readSettings(this, () => referenceTime(options.referenceTime));
		const kpis = readSettings(this, () =>
			kpiAccumulator(
				this.getNodeParameter('groupBy', 0, ['agent', 'channel', 'period']) as string[],
				this.getNodeParameter('period', 0, 'day') as string,
				options,
			),
		);
		const outputs = await routeItems(this, 2, (item, itemIndex) => {
			kpis.addTicket(ticketOf(item.json), itemIndex);
			return [];
		});
		const result = kpis.result();
		const paired = items.map((_, item) => ({ item }));
		for (const group of selectedRows(result)) {
			outputs[0].push({ json: group.row, pairedItem: group.items.map((i) => paired[i]) });
		}
		const model = reportModel(result, options, generatedAt);
		const fileName = options.fileName?.trim() || 'support-kpis.html';
		const report = await this.helpers.prepareBinaryData(Buffer.from(renderKpiReport(model), 'utf8'), fileName, 'text/html');
		outputs[1].push({ json: reportSummary(model, fileName), binary: { report }, pairedItem: paired });
		return outputs;
	}
}
