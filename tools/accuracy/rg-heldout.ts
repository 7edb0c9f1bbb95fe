/**
 * Responsible-gambling detection on the held-out set test/data/rg-heldout.json: realistic RG
 * messages (loss of control, chasing losses, borrowing, hiding, despair, indirect suicide ideation,
 * block/limit/exclusion/cooling-off requests, minors, chargeback and regulator threats) and
 * ordinary support messages that use risky-looking words innocently ("limit" on a bonus, "block"
 * a card, "lost" a password, "my son"). Five batches (`split`), each written before the tuning
 * round that followed it: dev, fresh, unseen, final (lexicon rounds 1-4) and blind (written before
 * the weak-cue layer, never used to calibrate it). See docs/rg.md for first-sight figures.
 * Also prints the weak-cue layer on its own, as an estimate of how it generalises.
 *
 * A message counts as caught when classifyMessage finds a responsible-gambling marker on it (for
 * chargeback and regulator threats a compliance marker also counts: both make the ticket urgent
 * and keep the bot off it). An ordinary message is a false alarm when any marker is found on it.
 * Run: npm run accuracy:rg (or npx ts-node tools/accuracy/rg-heldout.ts)
 */
import heldout from '../../test/data/rg-heldout.json';
import { RG_MARKERS } from '../../nodes/shared/domain/classify/lexicon';
import { classifyMessage, weakEvidence } from '../../nodes/shared/domain/classify/message';
import { percentWithCounts } from './percent';

export interface HeldoutMessage {
	language: string;
	text: string;
	rg: boolean;
	topic: string;
	borderline?: boolean;
	split: 'dev' | 'fresh' | 'unseen' | 'final' | 'blind';
}

export interface RgHeldoutReport {
	rgTotal: number;
	rgCaught: number;
	ordinaryTotal: number;
	falseAlarms: Array<{ message: HeldoutMessage; markers: string[] }>;
	misses: HeldoutMessage[];
	perLanguage: Record<string, { rgTotal: number; rgCaught: number; ordinaryTotal: number; falseAlarms: number }>;
	perTopic: Record<string, { total: number; caught: number }>;
	/** The weak-cue layer on its own (no lexicon): how far it generalises past the phrase lists. */
	weakOnly: { rgCaught: number; falseAlarms: number };
}

const RG_MARKER_SET = new Set<string>(RG_MARKERS);
/** Topics where a compliance marker (chargeback, regulator, legal threat) is the right catch. */
const COMPLIANCE_TOPICS = new Set(['chargeback', 'regulator']);

export const HELDOUT = heldout as HeldoutMessage[];

export function measureRgHeldout(messages: readonly HeldoutMessage[] = HELDOUT): RgHeldoutReport {
	const report: RgHeldoutReport = { rgTotal: 0, rgCaught: 0, ordinaryTotal: 0, falseAlarms: [], misses: [], perLanguage: {}, perTopic: {}, weakOnly: { rgCaught: 0, falseAlarms: 0 } };
	for (const message of messages) {
		const { markers } = classifyMessage(message.text, message.language);
		if (weakEvidence(message.text).marker !== undefined) {
			if (message.rg) report.weakOnly.rgCaught++;
			else report.weakOnly.falseAlarms++;
		}
		const stats = (report.perLanguage[message.language] ??= { rgTotal: 0, rgCaught: 0, ordinaryTotal: 0, falseAlarms: 0 });
		if (message.rg) {
			const caught = markers.some((marker) => RG_MARKER_SET.has(marker)) || (COMPLIANCE_TOPICS.has(message.topic) && markers.length > 0);
			const topic = (report.perTopic[message.topic] ??= { total: 0, caught: 0 });
			report.rgTotal++;
			stats.rgTotal++;
			topic.total++;
			if (caught) {
				report.rgCaught++;
				stats.rgCaught++;
				topic.caught++;
			} else {
				report.misses.push(message);
			}
		} else {
			report.ordinaryTotal++;
			stats.ordinaryTotal++;
			if (markers.length > 0) {
				report.falseAlarms.push({ message, markers });
				stats.falseAlarms++;
			}
		}
	}
	return report;
}


function printReport(title: string, report: RgHeldoutReport): void {
	console.log(`== ${title}`);
	console.log(`RG recall: ${percentWithCounts(report.rgCaught, report.rgTotal)}`);
	console.log(`False alarms on ordinary messages: ${percentWithCounts(report.falseAlarms.length, report.ordinaryTotal)}`);
	console.log(`Weak-cue layer alone: recall ${percentWithCounts(report.weakOnly.rgCaught, report.rgTotal)}, false alarms ${percentWithCounts(report.weakOnly.falseAlarms, report.ordinaryTotal)}`);
	for (const [language, stats] of Object.entries(report.perLanguage)) {
		console.log(`  ${language}: recall ${percentWithCounts(stats.rgCaught, stats.rgTotal)}, false alarms ${percentWithCounts(stats.falseAlarms, stats.ordinaryTotal)}`);
	}
	console.log('Recall per topic:');
	for (const [topic, stats] of Object.entries(report.perTopic)) console.log(`  ${topic}: ${percentWithCounts(stats.caught, stats.total)}`);
	for (const missed of report.misses) console.log(`  MISSED [${missed.language}] (${missed.topic}) ${missed.text}`);
	for (const { message, markers } of report.falseAlarms) {
		console.log(`  FALSE ALARM [${message.language}]${message.borderline ? ' (borderline)' : ''} ${markers.join(',')}: ${message.text}`);
	}
}

if (require.main === module) {
	printReport('all', measureRgHeldout());
	for (const split of ['dev', 'fresh', 'unseen', 'final', 'blind'] as const) {
		printReport(`${split} split`, measureRgHeldout(HELDOUT.filter((message) => message.split === split)));
	}
}
