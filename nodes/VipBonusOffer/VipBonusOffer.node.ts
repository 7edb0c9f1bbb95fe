import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { routeItems } from '../shared/n8n/items';
import { offerItem } from '../shared/domain/offers/item';
import { vipBonusOfferProperties } from './description';
import { offerRunFromSettings } from '../shared/domain/offers/settings';
import { readOfferSettings } from './settings';

export class VipBonusOffer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VIP Bonus Offer',
		name: 'vipBonusOffer',
		icon: { light: 'file:vipBonusOffer.svg', dark: 'file:vipBonusOffer.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["campaign"] }}',
		description: 'Pick a personal bonus offer per VIP player, refusing with reasons where compliance says no',
		defaults: { name: 'VIP Bonus Offer' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Offer', 'Ineligible'],
		properties: vipBonusOfferProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const prepared = offerRunFromSettings(readOfferSettings(this));
		const [offers, ineligible] = await routeItems(this, 2, (item) => {
			if (prepared.error) throw prepared.error;
			const routed = offerItem(item.json, prepared.run, prepared.source);
			return { output: routed.output, json: routed.json as IDataObject };
		});
		// A failed item never leaves by the Offer output, even under "Continue (using regular output)".
		const failed = offers.filter((item) => item.error);
		return failed.length ? [offers.filter((item) => !item.error), [...ineligible, ...failed]] : [offers, ineligible];
	}
}
