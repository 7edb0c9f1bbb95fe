import { stripQuotedReply } from '../../../nodes/shared/domain/text/email-reply';

describe('stripQuotedReply', () => {
	it('cuts at an English attribution line and the quoted history', () => {
		const text = 'Still no money on my account.\n\nOn Mon, 3 Jun 2024 at 10:00, Support <help@casino.example> wrote:\n> Your withdrawal is pending.';
		expect(stripQuotedReply(text)).toBe('Still no money on my account.');
	});
	it('cuts at a wrapped attribution line', () => {
		const text = 'Thanks!\nOn Mon, 3 Jun 2024 at 10:00, Casino Support <help@casino.example>\nwrote:\n> hi';
		expect(stripQuotedReply(text)).toBe('Thanks!');
	});
	it.each([
		['it', 'Il prelievo non è arrivato.\nIl giorno lun 3 giu 2024 alle ore 10:00 Supporto <s@c.it> ha scritto:\n> testo'],
		['pl', 'Wypłata nie dotarła.\nW dniu 3.06.2024 o 10:00 Wsparcie <s@c.pl> napisał(a):\n> tekst'],
		['ru', 'Вывод не пришёл.\n3 июня 2024 г., в 10:00, Поддержка <s@c.ru> написал(а):\n> текст'],
		['he', 'המשיכה לא הגיעה.\nביום ב׳, 3 ביוני 2024, תמיכה <s@c.co.il> כתב:\n> טקסט'],
		['es', 'El retiro no llegó.\nEl lun, 3 jun 2024 a las 10:00, Soporte (<s@c.es>) escribió:\n> texto'],
	])('cuts at the %s attribution line', (_language, text) => {
		expect(stripQuotedReply(text)).toBe(text.split('\n')[0]);
	});
	it('cuts at Outlook separators and From/Sent blocks', () => {
		expect(stripQuotedReply('Please close my account.\n-----Original Message-----\nFrom: a\nSent: b')).toBe(
			'Please close my account.',
		);
		expect(
			stripQuotedReply('See below.\n\nFrom: Casino Support <help@casino.example>\nSent: Monday, June 3, 2024 10:00 AM\nTo: me\nSubject: RE: bonus'),
		).toBe('See below.');
	});
	it.each([
		['it', 'Grazie.\nDa: Supporto <s@c.it>\nInviato: lunedì 3 giugno 2024 10:00\nA: Marco'],
		['pl', 'Dziękuję.\nOd: Wsparcie <s@c.pl>\nWysłano: poniedziałek, 3 czerwca 2024 10:00\nDo: Anna'],
		['ru', 'Спасибо.\nОт: Поддержка <s@c.ru>\nОтправлено: 3 июня 2024 г. 10:00\nКому: Иван'],
		['es', 'Gracias.\nDe: Soporte <s@c.es>\nEnviado: lunes, 3 de junio de 2024 10:00\nPara: José'],
	])('cuts at the %s Outlook header block', (_language, text) => {
		expect(stripQuotedReply(text)).toBe(text.split('\n')[0]);
	});
	it('cuts at the signature delimiter and at >-quoted lines', () => {
		expect(stripQuotedReply('Bonus missing.\n-- \nJohn Smith\nCEO')).toBe('Bonus missing.');
		expect(stripQuotedReply('Yes.\n> did you deposit?\n> ok')).toBe('Yes.');
	});
	it('keeps a plain message untouched, including a mid-sentence "From:"', () => {
		const text = 'From: my side everything looks fine.\nI deposited 50 EUR yesterday.';
		expect(stripQuotedReply(text)).toBe(text);
	});
});
