import { detectLanguage, SUPPORTED_LANGUAGES } from '../../../nodes/shared/domain/language/detect';
import sentences from './sentences.json';

interface LabelledSentence {
	language: string;
	text: string;
}

const labelled = sentences as LabelledSentence[];

describe('detectLanguage on the labelled set', () => {
	it('has at least 25 sentences for every supported language', () => {
		for (const language of SUPPORTED_LANGUAGES) {
			expect(labelled.filter((entry) => entry.language === language).length).toBeGreaterThanOrEqual(25);
		}
	});

	it('reaches at least 97% accuracy overall', () => {
		const misses = labelled.filter((entry) => detectLanguage(entry.text).language !== entry.language);
		const accuracy = 1 - misses.length / labelled.length;
		if (accuracy < 0.97) console.log('misses', misses);
		expect(accuracy).toBeGreaterThanOrEqual(0.97);
	});

	it('reaches at least 95% accuracy for each language separately', () => {
		for (const language of SUPPORTED_LANGUAGES) {
			const subset = labelled.filter((entry) => entry.language === language);
			const correct = subset.filter((entry) => detectLanguage(entry.text).language === language).length;
			expect(correct / subset.length).toBeGreaterThanOrEqual(0.95);
		}
	});
});

describe('detectLanguage hard cases', () => {
	it.each([
		['ciao, non riesco a prelevare', 'it'],
		['nie mogę wypłacić', 'pl'],
		['hola no puedo retirar', 'es'],
		['nie moge wyplacic', 'pl'],
		['NIE MOGE WYPLACIC', 'pl'],
		['Nie Mogę Się Zalogować', 'pl'],
		['dove sono i miei soldi???', 'it'],
		['donde esta mi dinero', 'es'],
		["I can't withdraw", 'en'],
		['where is my withdrawal', 'en'],
		['grazie', 'it'],
		['gracias', 'es'],
		['dziękuję', 'pl'],
		['thanks', 'en'],
		['спасибо', 'ru'],
		['תודה', 'he'],
		['Мой вывод висит уже 5 дней', 'ru'],
		['Ho depositato 50€ su https://casino.example/deposit ma niente', 'it'],
		['My card **** **** **** 1234 was charged twice', 'en'],
		['Mi correo es juan.perez@example.com y no puedo entrar', 'es'],
	])('%s → %s', (text, expected) => {
		expect(detectLanguage(text).language).toBe(expected);
	});

	it.each([[''], ['   '], ['12345 678'], ['https://example.com/x?y=1'], ['😀😀👍'], ['user@example.com'], ['!!! ???']])(
		'%j is undetermined',
		(text) => {
			expect(detectLanguage(text)).toEqual({ language: 'und', confidence: 0, scores: [] });
		},
	);

	it('does not call Ukrainian Russian', () => {
		expect(detectLanguage('Доброго дня, я не можу вивести свої гроші, їх немає на рахунку').language).toBe('uk');
	});

	it('recognises Belarusian by і next to ы, and by ў, even though it shares ы and э with Russian', () => {
		expect(detectLanguage('Добры дзень, я не магу вывесці грошы з рахунку, дапамажыце калі ласка').language).toBe('be');
		expect(detectLanguage('Добрый день, я не могу вывести деньги со счёта, помогите пожалуйста').language).toBe('ru');
		expect(detectLanguage('Дзякуй, ўсё добра').language).toBe('be');
	});

	it('returns und for scripts it does not support', () => {
		expect(detectLanguage('我无法提款').language).toBe('und');
		expect(detectLanguage('لا أستطيع سحب أموالي').language).toBe('und');
	});

	it('says und for several Latin-script words none of which belong to a supported language', () => {
		expect(detectLanguage('Guten Tag, wir brauchen Hilfe').language).toBe('und');
		expect(detectLanguage('Merci beaucoup pour votre aide').language).toBe('und');
		expect(detectLanguage('xkcd qwrt zzyzx').language).toBe('und');
	});

	it('is less sure of short unknown words than of known phrases', () => {
		expect(detectLanguage('Cheers mate').confidence).toBeLessThan(0.4);
		expect(detectLanguage('non riesco a prelevare i miei soldi').confidence).toBeGreaterThan(0.8);
	});

	it('labels a Hebrew message with embedded English words as Hebrew', () => {
		expect(detectLanguage('שלום, ה-bonus שלי לא הופיע בחשבון').language).toBe('he');
	});
});

describe('detectLanguage result shape', () => {
	it('returns scores best first, probabilities in 0..1 and confidence matching the winner', () => {
		const guess = detectLanguage('Non ho ricevuto il mio prelievo, potete controllare per favore?');
		expect(guess.language).toBe('it');
		expect(guess.scores[0].language).toBe('it');
		for (let index = 1; index < guess.scores.length; index++) {
			expect(guess.scores[index - 1].score).toBeGreaterThanOrEqual(guess.scores[index].score);
		}
		for (const entry of guess.scores) {
			expect(entry.score).toBeGreaterThanOrEqual(0);
			expect(entry.score).toBeLessThanOrEqual(1);
		}
		expect(guess.confidence).toBeGreaterThan(0.8);
		expect(guess.confidence).toBeLessThanOrEqual(1);
	});

	it('keeps confidence and every score within 0..1 for the whole labelled set', () => {
		for (const entry of labelled) {
			const guess = detectLanguage(entry.text);
			expect(guess.confidence).toBeGreaterThanOrEqual(0);
			expect(guess.confidence).toBeLessThanOrEqual(1);
			for (const candidate of guess.scores) expect(candidate.score).toBeLessThanOrEqual(1);
		}
	});

	it('splits Italian elisions so the article and the noun both count', () => {
		const guess = detectLanguage("L'applicazione dell'account non funziona");
		expect(guess.language).toBe('it');
		expect(guess.confidence).toBeLessThanOrEqual(1);
		expect(detectLanguage("c'è un problema con l'assistenza").language).toBe('it');
	});

	it('is less confident about a single word than about a full sentence', () => {
		const word = detectLanguage('bonus');
		const sentence = detectLanguage('Why was my bonus removed from my account without any warning?');
		expect(word.confidence).toBeLessThan(sentence.confidence);
		expect(sentence.language).toBe('en');
	});

	it('handles tens of thousands of messages per second', () => {
		const texts = labelled.map((entry) => entry.text);
		// CPU time of this process, so other work on a shared machine does not count.
		const started = process.cpuUsage();
		let processed = 0;
		while (processed < 20000) {
			detectLanguage(texts[processed % texts.length]);
			processed++;
		}
		const used = process.cpuUsage(started);
		// Generous bound (200 µs a message) for a slow CI machine; typical runs take 20-30 µs.
		expect((used.user + used.system) / 1000).toBeLessThan(4000);
	});
});
