import { DomainError } from '../errors';
import { CAMPAIGN_PERIODS, OfferRun, type CampaignPeriod } from './evaluate';
import { PLAYER_SOURCES, type PlayerSource, type SourceSettings } from './item';
import { compileFieldPaths } from './player';
import { compileOfferTable, DEFAULT_OFFER_TABLE } from './table';
import { referenceTime } from '../reference-time';

/** Every setting of the node as read from the panel, once per execution (none depends on the item). */
export interface RawOfferSettings {
	campaign: string;
	period: string;
	playerSource: string;
	recordPath: string;
	offerTable: string;
	rows: unknown;
	tableJson: unknown;
	restrictedCountries: string;
	cooldownDays: number;
	fieldPaths: Record<string, unknown>;
	referenceTime: string;
	runBudget: number;
	timeZone: string;
}

function parseTableJson(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	let parsed: unknown;
	let problem: string | undefined;
	try {
		parsed = JSON.parse(value) as unknown;
	} catch (error) {
		problem = (error as Error).message;
	}
	if (problem !== undefined) {
		throw new DomainError(`The offer table is not valid JSON: ${problem}`, {
			field: 'offerTableJson',
			hint: 'Write an array of rows such as [{ "tier": "gold", "type": "cashback", … }] (see docs/offers.md).',
		});
	}
	return parsed;
}


function compile(raw: RawOfferSettings): { run: OfferRun; source: SourceSettings } {
	if (!(CAMPAIGN_PERIODS as readonly string[]).includes(raw.period)) {
		throw new DomainError(`Unknown campaign period "${raw.period}"`, { field: 'period', hint: `Choose one of ${CAMPAIGN_PERIODS.join(', ')}.` });
	}
	if (!(PLAYER_SOURCES as readonly string[]).includes(raw.playerSource)) {
		throw new DomainError(`Unknown player source "${raw.playerSource}"`, { field: 'playerSource', hint: `Choose one of ${PLAYER_SOURCES.join(', ')}.` });
	}
	const rows = raw.offerTable === 'panel' ? raw.rows : raw.offerTable === 'json' ? parseTableJson(raw.tableJson) : DEFAULT_OFFER_TABLE;
	const table = compileOfferTable(rows, raw.offerTable === 'json' ? 'offerTableJson' : 'offers');
	if (typeof raw.cooldownDays !== 'number' || !(raw.cooldownDays >= 0)) {
		throw new DomainError(`Cooldown must be 0 or more days, got ${String(raw.cooldownDays)}`, { field: 'cooldownDays', hint: 'Use 0 for no cooldown.' });
	}
	if (typeof raw.runBudget !== 'number' || !(raw.runBudget >= 0)) {
		throw new DomainError(`Run budget must be 0 or more, got ${String(raw.runBudget)}`, { field: 'options.runBudget', hint: 'Use 0 for no budget.' });
	}
	const countries = raw.restrictedCountries.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
	const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
	if (bad) {
		throw new DomainError(`"${bad}" is not a two-letter country code`, { field: 'restrictedCountries', hint: 'Use ISO 3166-1 alpha-2 codes separated by commas, e.g. US, FR.' });
	}
	const recordPath = raw.recordPath.trim().split('.').filter(Boolean);
	if (raw.playerSource === 'field' && recordPath.length === 0) {
		throw new DomainError('Record Path is empty', { field: 'recordPath', hint: 'Give the field that holds the player record, e.g. player.' });
	}
	const run = new OfferRun(table, {
		campaign: raw.campaign.trim(),
		period: raw.period as CampaignPeriod,
		nowMs: Date.parse(referenceTime(raw.referenceTime)),
		restrictedCountries: new Set(countries),
		cooldownDays: raw.cooldownDays,
		runBudget: raw.runBudget > 0 ? raw.runBudget : undefined,
		timeZone: raw.timeZone.trim() || 'UTC',
	});
	return { run, source: { source: raw.playerSource as PlayerSource, recordPath, paths: compileFieldPaths(raw.fieldPaths) } };
}

export type PreparedRun = { error?: undefined; run: OfferRun; source: SourceSettings } | { error: Error; run?: undefined; source?: undefined };

/**
 * Compiles the settings once. A settings error is kept and thrown for each item, so the node
 * either stops with it or, under Continue On Fail, every item leaves with it.
 */
export function offerRunFromSettings(raw: RawOfferSettings): PreparedRun {
	try {
		return compile(raw);
	} catch (error) {
		return { error: error as Error };
	}
}
