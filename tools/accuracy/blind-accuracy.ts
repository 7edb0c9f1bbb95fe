/**
 * Blind sets of player messages (test/unit/classify/blind-2.json … blind-8.json): realistic
 * support messages about money and access in en, it, pl, ru, he, es (typos, no diacritics, mixed
 * languages, slang, e-mails with greetings and signatures, one-word lines), each labelled with
 * the Ticket Intake category, whether it is a responsible-gambling contact, and the Support
 * Assistant's expected intent (or a hand-off). Written before the changes they measure.
 *
 * Every message goes through what the pipeline does: the language is detected (not taken from
 * the label), Ticket Intake's classifier decides category and RG, then the assistant decides
 * with the shipped knowledge base (docs/assistant.md).
 * Run: npx ts-node tools/accuracy/blind-accuracy.ts [blind-2 … blind-8] [--verbose]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { classifyMessage } from '../../nodes/shared/domain/classify/message';
import { detectLanguage } from '../../nodes/shared/domain/language/detect';
import { measureAssistantAccuracy, percent, type EvalMessage, type Tally } from './assistant-accuracy';

export interface BlindMessage extends EvalMessage {
	category: string;
	rg: boolean;
}

export interface BlindReport {
	total: number;
	categoryCorrect: number;
	rgTotal: number;
	rgCaught: number;
	ordinaryTotal: number;
	rgFalseAlarms: number;
	assistant: Tally;
	perLanguage: Record<string, { total: number; categoryCorrect: number; rgTotal: number; rgCaught: number; rgFalseAlarms: number }>;
	categoryMisses: Array<{ message: BlindMessage; predicted: string }>;
	rgMisses: BlindMessage[];
	falseAlarms: BlindMessage[];
	assistantMistakes: Array<{ message: EvalMessage; outcome: string }>;
}

export function loadBlindSet(name: string): BlindMessage[] {
	return JSON.parse(readFileSync(join(__dirname, '../../test/unit/classify', `${name}.json`), 'utf8')) as BlindMessage[];
}

export function measureBlind(messages: readonly BlindMessage[]): BlindReport {
	const assistant = measureAssistantAccuracy(messages);
	const report: BlindReport = {
		total: messages.length,
		categoryCorrect: 0,
		rgTotal: 0,
		rgCaught: 0,
		ordinaryTotal: 0,
		rgFalseAlarms: 0,
		assistant: assistant.all,
		perLanguage: {},
		categoryMisses: [],
		rgMisses: [],
		falseAlarms: [],
		assistantMistakes: assistant.mistakes,
	};
	for (const message of messages) {
		const classification = classifyMessage(message.text, detectLanguage(message.text).language);
		const stats = (report.perLanguage[message.language] ??= { total: 0, categoryCorrect: 0, rgTotal: 0, rgCaught: 0, rgFalseAlarms: 0 });
		stats.total++;
		if (classification.category === message.category) {
			report.categoryCorrect++;
			stats.categoryCorrect++;
		} else {
			report.categoryMisses.push({ message, predicted: classification.category });
		}
		const flagged = classification.category === 'responsible_gambling';
		if (message.rg) {
			report.rgTotal++;
			stats.rgTotal++;
			if (flagged) {
				report.rgCaught++;
				stats.rgCaught++;
			} else {
				report.rgMisses.push(message);
			}
		} else {
			report.ordinaryTotal++;
			if (flagged) {
				report.rgFalseAlarms++;
				stats.rgFalseAlarms++;
				report.falseAlarms.push(message);
			}
		}
	}
	return report;
}

export function printBlind(name: string, report: BlindReport, verbose: boolean): void {
	const a = report.assistant;
	console.log(`== ${name} (${report.total} messages)`);
	console.log(`Intake category: ${percent(report.categoryCorrect, report.total)} (${report.categoryCorrect}/${report.total})`);
	console.log(`RG recall: ${percent(report.rgCaught, report.rgTotal)} (${report.rgCaught}/${report.rgTotal}), false alarms ${report.rgFalseAlarms} of ${report.ordinaryTotal}`);
	console.log(
		`Assistant: right intent ${percent(a.typicalCorrect, a.typical)} (${a.typicalCorrect}/${a.typical}), wrong answers ${percent(a.wrong, a.total)} (${a.wrong}), ` +
			`hand-off accuracy ${percent(a.handedOff, a.other)} (${a.handedOff}/${a.other}), RG answered ${a.rgAnswered}/${a.rg}`,
	);
	for (const [language, stats] of Object.entries(report.perLanguage)) {
		console.log(
			`  ${language}: category ${percent(stats.categoryCorrect, stats.total)}, RG ${stats.rgCaught}/${stats.rgTotal}, false alarms ${stats.rgFalseAlarms}`,
		);
	}
	for (const missed of report.rgMisses) console.log(`  MISSED RG [${missed.id}] ${missed.text}`);
	for (const alarm of report.falseAlarms) console.log(`  FALSE ALARM [${alarm.id}] ${alarm.text}`);
	if (!verbose) return;
	for (const { message, predicted } of report.categoryMisses) {
		console.log(`  category [${message.id}] expected ${message.category}, got ${predicted}: ${message.text.slice(0, 110)}`);
	}
	for (const { message, outcome } of report.assistantMistakes) {
		console.log(`  assistant [${message.id}] expected ${message.intent ?? message.kind}, ${outcome}: ${message.text.slice(0, 110)}`);
	}
}

if (require.main === module) {
	const names = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
	const verbose = process.argv.includes('--verbose');
	for (const name of names.length > 0 ? names : ['blind-2']) printBlind(name, measureBlind(loadBlindSet(name)), verbose);
}
