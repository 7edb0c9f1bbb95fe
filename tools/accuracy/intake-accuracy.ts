/**
 * Accuracy of the intake classifiers on the labelled set test/data/messages.json:
 * category accuracy, responsible-gambling recall (misses listed) and language-detection accuracy.
 * Run: npx ts-node tools/accuracy/intake-accuracy.ts
 */
import labelled from '../../test/data/messages.json';
import { classifyMessage } from '../../nodes/shared/domain/classify/message';
import { detectLanguage } from '../../nodes/shared/domain/language/detect';
import { percentWithCounts } from './percent';

export interface LabelledMessage {
	text: string;
	language: string;
	category: string;
	rg: boolean;
}

export interface IntakeAccuracy {
	total: number;
	categoryCorrect: number;
	rgTotal: number;
	rgFound: number;
	languageCorrect: number;
	categoryMisses: Array<{ message: LabelledMessage; predicted: string }>;
	rgMisses: LabelledMessage[];
	/** Messages not about responsible gambling that were still routed as such. */
	rgFalseAlarms: LabelledMessage[];
	perLanguage: Record<string, { total: number; correct: number }>;
}

export function measureIntakeAccuracy(messages: readonly LabelledMessage[]): IntakeAccuracy {
	const result: IntakeAccuracy = {
		total: messages.length,
		categoryCorrect: 0,
		rgTotal: 0,
		rgFound: 0,
		languageCorrect: 0,
		categoryMisses: [],
		rgMisses: [],
		rgFalseAlarms: [],
		perLanguage: {},
	};
	for (const message of messages) {
		const classification = classifyMessage(message.text, message.language);
		const languageStats = (result.perLanguage[message.language] ??= { total: 0, correct: 0 });
		languageStats.total++;
		if (classification.category === message.category) {
			result.categoryCorrect++;
			languageStats.correct++;
		} else {
			result.categoryMisses.push({ message, predicted: classification.category });
		}
		if (message.rg) {
			result.rgTotal++;
			if (classification.category === 'responsible_gambling' && classification.priority === 'urgent') result.rgFound++;
			else result.rgMisses.push(message);
		} else if (classification.category === 'responsible_gambling') {
			result.rgFalseAlarms.push(message);
		}
		if (detectLanguage(message.text).language === message.language) result.languageCorrect++;
	}
	return result;
}


if (require.main === module) {
	const report = measureIntakeAccuracy(labelled as LabelledMessage[]);
	console.log(`Messages: ${report.total}`);
	console.log(`Category accuracy: ${percentWithCounts(report.categoryCorrect, report.total)}`);
	for (const [language, stats] of Object.entries(report.perLanguage)) {
		console.log(`  ${language}: ${percentWithCounts(stats.correct, stats.total)}`);
	}
	console.log(`RG recall: ${percentWithCounts(report.rgFound, report.rgTotal)}`);
	for (const missed of report.rgMisses) console.log(`  MISSED RG [${missed.language}] ${missed.text}`);
	console.log(`RG false alarms: ${report.rgFalseAlarms.length} of ${report.total - report.rgTotal} other messages`);
	console.log(`Language accuracy: ${percentWithCounts(report.languageCorrect, report.total)}`);
	for (const miss of report.categoryMisses) {
		console.log(`  category miss [${miss.message.language}] expected ${miss.message.category}, got ${miss.predicted}: ${miss.message.text}`);
	}
}
