import labelled from '../../data/messages.json';
import { classifyMessage } from '../../../nodes/shared/domain/classify/message';
import { measureIntakeAccuracy, type LabelledMessage } from '../../../tools/accuracy/intake-accuracy';

const messages = labelled as LabelledMessage[];

describe('labelled message set', () => {
	it('has at least 50 messages and 8 RG messages per language', () => {
		for (const language of ['en', 'it', 'pl', 'ru', 'he', 'es']) {
			const ofLanguage = messages.filter((message) => message.language === language);
			expect(ofLanguage.length).toBeGreaterThanOrEqual(50);
			expect(ofLanguage.filter((message) => message.rg).length).toBeGreaterThanOrEqual(8);
		}
		expect(messages.length).toBeGreaterThanOrEqual(300);
	});

	it('is classified with category accuracy of at least 90% and full RG recall', () => {
		const report = measureIntakeAccuracy(messages);
		expect(report.categoryCorrect / report.total).toBeGreaterThanOrEqual(0.9);
		expect(report.rgMisses.map((message) => message.text)).toEqual([]);
		expect(report.rgFound).toBe(report.rgTotal);
		expect(report.rgFalseAlarms.length / (report.total - report.rgTotal)).toBeLessThanOrEqual(0.02);
	});
});

describe('classifyMessage', () => {
	it.each([
		['en', 'My withdrawal has been pending for six days', 'withdrawal'],
		['it', 'Il mio prelievo risulta ancora in attesa da una settimana', 'withdrawal'],
		['pl', 'Nie mogę wypłacić wygranej od trzech dni', 'withdrawal'],
		['ru', 'Не могу вывести выигрыш уже неделю', 'withdrawal'],
		['he', 'ביקשתי למשוך את הכסף והמשיכה עדיין ממתינה', 'withdrawal'],
		['es', 'No puedo retirar mis ganancias desde hace días', 'withdrawal'],
	])('sees a stuck withdrawal in %s as high priority', (language, text, category) => {
		const result = classifyMessage(text, language);
		expect(result.category).toBe(category);
		expect(result.priority).toBe('high');
	});

	it.each([
		['en', 'I am addicted, please exclude me from all games', 'addiction'],
		['it', 'Sono ludopatico, voglio smettere di giocare', 'addiction'],
		['pl', 'Proszę o samowykluczenie, nie chcę już grać', 'self_exclusion'],
		['ru', 'Я хочу покончить с собой, все проиграл', 'suicide'],
		['he', 'אני רוצה להתאבד אחרי כל ההפסדים', 'suicide'],
		['es', 'Quiero poner un límite de depósito semanal', 'limit_request'],
		['he', 'ובהרחקה עצמית אני מעוניין', 'self_exclusion'],
	])('puts responsible-gambling messages in %s first and urgent', (language, text, marker) => {
		const result = classifyMessage(text, language);
		expect(result.category).toBe('responsible_gambling');
		expect(result.priority).toBe('urgent');
		expect(result.markers).toContain(marker);
		expect(result.complexity).toBe('complex');
	});

	it('lets an RG cue win over a withdrawal question in the same message', () => {
		const result = classifyMessage('When will my cash out arrive? Also I need a cooling off period, I lost control', 'en');
		expect(result.category).toBe('responsible_gambling');
		expect(result.markers).toEqual(expect.arrayContaining(['cooling_off', 'addiction']));
	});

	it('treats a chargeback threat as an urgent complaint', () => {
		const result = classifyMessage('Pay me today or I will do a chargeback', 'en');
		expect(result.category).toBe('complaint');
		expect(result.priority).toBe('urgent');
		expect(result.markers).toContain('chargeback');
	});

	it('finds RG cues when the language is undetermined', () => {
		const result = classifyMessage('samowykluczenie prosze', 'und');
		expect(result.category).toBe('responsible_gambling');
		expect(result.markers).toContain('self_exclusion');
	});

	it('folds diacritics so unaccented Polish still matches', () => {
		expect(classifyMessage('nie moge wyplacic pieniedzy', 'pl').category).toBe('withdrawal');
	});

	it('marks a simple question as low priority and simple', () => {
		const result = classifyMessage('What is the minimum deposit with Skrill?', 'en');
		expect(result).toMatchObject({ category: 'deposit', priority: 'low', complexity: 'simple' });
		expect(result.markers).toEqual([]);
	});

	it('returns other with low confidence when nothing matches', () => {
		const result = classifyMessage('Hello there', 'en');
		expect(result.category).toBe('other');
		expect(result.confidence).toBeLessThan(0.5);
	});

	it('is deterministic', () => {
		const text = 'Моя выплата отклонена, верните деньги, это обман';
		expect(classifyMessage(text, 'ru')).toEqual(classifyMessage(text, 'ru'));
	});
});

describe('priority and complexity', () => {
	it.each([
		['en', 'Your support is a joke, this is a scam and I want to complain'],
		['it', 'Voglio fare un reclamo, siete dei truffatori'],
		['pl', 'Składam skargę, to jest oszustwo'],
		['ru', 'Пишу жалобу, это обман и мошенничество'],
		['he', 'אני מגיש תלונה, זו הונאה'],
		['es', 'Quiero poner una queja, esto es una estafa'],
	])('makes a complaint in %s high priority and complex', (language, text) => {
		expect(classifyMessage(text, language)).toMatchObject({ category: 'complaint', priority: 'high', complexity: 'complex' });
	});

	it('makes a locked account high priority', () => {
		expect(classifyMessage('My account is locked and I cannot log in', 'en')).toMatchObject({
			category: 'account_access',
			priority: 'high',
		});
	});

	it('makes a rejected KYC document complex', () => {
		expect(classifyMessage('Mi avete rifiutato il documento di verifica tre volte', 'it')).toMatchObject({
			category: 'kyc',
			complexity: 'complex',
		});
	});

	it('makes a multi-issue message complex and tags the second issue', () => {
		const result = classifyMessage(
			'My withdrawal is still pending after a week and my bonus free spins also never arrived, no bonus at all',
			'en',
		);
		expect(result.complexity).toBe('complex');
		expect(result.tags.some((tag) => tag.startsWith('also:'))).toBe(true);
	});
});
