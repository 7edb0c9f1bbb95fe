import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { RawOfferSettings } from '../shared/domain/offers/settings';

/** Reads every setting once per execution (none depends on the item). */
export function readOfferSettings(ctx: IExecuteFunctions): RawOfferSettings {
	const offerTable = ctx.getNodeParameter('offerTable', 0, 'default') as string;
	const playerSource = ctx.getNodeParameter('playerSource', 0, 'ticket') as string;
	const options = ctx.getNodeParameter('options', 0, {}) as { referenceTime?: string; runBudget?: number; timeZone?: string };
	return {
		campaign: String(ctx.getNodeParameter('campaign', 0, '') ?? ''),
		period: ctx.getNodeParameter('period', 0, 'month') as string,
		playerSource,
		recordPath: playerSource === 'field' ? String(ctx.getNodeParameter('recordPath', 0, '') ?? '') : '',
		offerTable,
		rows: offerTable === 'panel' ? (ctx.getNodeParameter('offers', 0, {}) as { rows?: unknown[] }).rows ?? [] : undefined,
		tableJson: offerTable === 'json' ? ctx.getNodeParameter('offerTableJson', 0, '[]') : undefined,
		restrictedCountries: String(ctx.getNodeParameter('restrictedCountries', 0, '') ?? ''),
		cooldownDays: ctx.getNodeParameter('cooldownDays', 0, 7) as number,
		fieldPaths: ctx.getNodeParameter('fieldPaths', 0, {}) as IDataObject,
		referenceTime: options.referenceTime ?? '',
		runBudget: options.runBudget ?? 0,
		timeZone: options.timeZone ?? '',
	};
}

