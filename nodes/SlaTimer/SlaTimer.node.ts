import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { referenceTime } from '../shared/domain/reference-time';
import { applySlaOperation, buildSlaSettings, ticketOf, type SlaOperation, type SlaSettings } from '../shared/domain/sla/operation';
import { routeItems, type Routed } from '../shared/n8n/items';
import { slaTimerProperties } from './description';
import { panelPolicySet } from './settings';

const OUTPUT_BY_VERDICT = { on_track: 0, at_risk: 1, breached: 2 } as const;

export class SlaTimer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SLA Timer',
		name: 'slaTimer',
		icon: { light: 'file:slaTimer.svg', dark: 'file:slaTimer.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] }}',
		description:
			'Start, check, pause, resume and complete SLA clocks on support tickets, with business-hours calendars; routes on track, at risk and breached tickets apart',
		defaults: { name: 'SLA Timer' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['On Track', 'At Risk', 'Breached'],
		properties: slaTimerProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const operation = this.getNodeParameter('operation', 0) as SlaOperation;
		let settings: SlaSettings | Error;
		try {
			settings = readSettings(this, operation);
		} catch (error) {
			// A settings problem fails every item the same way, so Continue On Fail still applies.
			settings = error as Error;
		}
		return await routeItems(this, 3, (item) => slaItem(item, operation, settings));
	}
}

function slaItem(item: INodeExecutionData, operation: SlaOperation, settings: SlaSettings | Error): Routed {
	if (settings instanceof Error) throw settings;
	const outcome = applySlaOperation(operation, ticketOf(item.json), settings);
	return { output: OUTPUT_BY_VERDICT[outcome.verdict], json: { ...item.json, ticket: outcome.ticket as unknown as IDataObject } };
}

/** Everything that does not depend on the item, read and checked once per execution. */
function readSettings(ctx: IExecuteFunctions, operation: SlaOperation): SlaSettings {
	const options = ctx.getNodeParameter('options', 0, {}) as {
		fallbackPolicy?: string;
		referenceTime?: string;
		restart?: boolean;
		warningThreshold?: number;
	};
	const set = panelPolicySet(ctx);
	return buildSlaSettings({
		...set,
		fallbackPolicy: operation === 'start' ? options.fallbackPolicy : undefined,
		warningThreshold: options.warningThreshold === undefined ? undefined : options.warningThreshold / 100,
		restart: options.restart,
		now: referenceTime(options.referenceTime),
	});
}
