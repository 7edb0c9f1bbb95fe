import messages from '../../data/messages.json';
import evalSet from '../../data/assistant-eval.json';
import { CUE_GROUPS, FIRST_PERSON } from '../../../nodes/shared/domain/classify/evidence';
import { LEXICON_LANGUAGES } from '../../../nodes/shared/domain/classify/lexicon';
import { classifyMessage, weakEvidence } from '../../../nodes/shared/domain/classify/message';

describe('weak-cue evidence (the second RG layer)', () => {
	it('has cues in every language for every group', () => {
		for (const { group, cues, hints } of CUE_GROUPS) {
			for (const language of LEXICON_LANGUAGES) {
				expect([group, language, cues[language].length + hints[language].length > 0]).toEqual([group, language, true]);
			}
		}
		for (const language of LEXICON_LANGUAGES) expect(FIRST_PERSON[language].length).toBeGreaterThan(0);
	});

	it.each([
		['en', 'every payday it goes straight into the slots and by sunday i have nothing for the mortgage, i feel like a complete failure and so ashamed'],
		['it', 'ho debiti con tutti e mi vergogno, ogni sera prometto che smetto'],
		['pl', 'mam długi u rodziny i wstyd mi, znowu wszystko przegrałem'],
		['ru', 'я снова проиграл зарплату, стыдно перед семьей, не знаю что делать'],
		['he', 'אני שוב מפסיד את המשכורת ומתבייש להסתכל לאשתי בעיניים'],
		['es', 'tengo deudas con el banco y me da vergüenza, no puedo parar'],
	])('catches a %s message the phrase lists were not written for', (language, text) => {
		const evidence = weakEvidence(text);
		expect(evidence.groups.length).toBeGreaterThanOrEqual(2);
		expect(evidence.marker).toBeDefined();
		expect(classifyMessage(text, language).category).toBe('responsible_gambling');
	});

	it('never fires on one group alone, however strong', () => {
		for (const text of ['I feel ashamed, desperate and hopeless', 'debt, loan, overdraft, rent', 'hide it, secret, lying, my wife']) {
			expect(weakEvidence(text).marker).toBeUndefined();
		}
	});

	it('needs a writer speaking about themselves', () => {
		expect(weakEvidence('players chasing losses end up with debts').marker).toBeUndefined();
		expect(weakEvidence('I keep chasing losses and the debts pile up').marker).toBeDefined();
	});

	it('is held back by an ordinary support topic and by a denial', () => {
		expect(weakEvidence("I'm desperate, I lost my money again").marker).toBeDefined();
		expect(weakEvidence("I'm desperate, I lost my password again and can't log in").marker).toBeUndefined();
		expect(weakEvidence("I'm ashamed of my deposit history, I keep playing").marker).toBeDefined();
		expect(weakEvidence("I'm not addicted and not ashamed, I keep playing because I like it").marker).toBeUndefined();
	});

	it('names the best-fitting marker: a request to be stopped, else loss of control, else harm', () => {
		expect(weakEvidence('I am ashamed of how much I play, please block me').marker).toBe('self_exclusion');
		expect(weakEvidence('I am hooked on the slots and I hate myself for it').marker).toBe('addiction');
		expect(weakEvidence('my salary went on roulette and I am so ashamed').marker).toBe('harm');
	});

	it('raises no false alarm on the ordinary messages used to calibrate it (messages.json, assistant-eval.json)', () => {
		const ordinary = [
			...(messages as Array<{ text: string; rg: boolean }>).filter((message) => !message.rg),
			...(evalSet as Array<{ text: string; kind?: string }>).filter((message) => message.kind !== 'rg'),
		];
		expect(ordinary.length).toBeGreaterThan(700);
		expect(ordinary.filter((message) => weakEvidence(message.text).marker !== undefined).map((message) => message.text)).toEqual([]);
	});
});
