import { recognizeIntent } from '../../../nodes/shared/domain/assistant/recognize';
import { CompiledLexicon, compileEntry, PreparedText } from '../../../nodes/shared/domain/classify/match';
import { classifyMessage } from '../../../nodes/shared/domain/classify/message';

function lexiconOf(...entries: string[]): CompiledLexicon {
	const lexicon = new CompiledLexicon();
	for (const entry of entries) lexicon.add(compileEntry(entry));
	return lexicon;
}

/** Whether the entry is found in the text; with `vocabulary`, words it does not know are corrected against it. */
function matches(text: string, entry: string, vocabulary?: CompiledLexicon): boolean {
	const lexicon = lexiconOf(entry);
	const speller = vocabulary ? { known: vocabulary, corrections: (word: string) => vocabulary.corrections(word) } : undefined;
	return new PreparedText(text, speller).match(lexicon).length > 0;
}

describe('text normalisation in the matcher', () => {
	it('folds Hebrew final letters, so a stem written with one finds the inflected word', () => {
		expect(matches('קיבלתי ספינים', 'ספין')).toBe(true);
		expect(matches('חסרים לי מסמכים', 'מסמך')).toBe(true);
	});

	it('reads a Hebrew word ending in ה as a stem that needs more letters (plural, construct) but not another word', () => {
		expect(matches('המשיכות שלכם איטיות', 'משיכה')).toBe(true);
		expect(matches('משיכת כספים', 'משיכה')).toBe(true);
		expect(matches('המשיכה', 'משיכה')).toBe(true);
		// ממשיך (continues) without its prefix letter is משיך: a whole word, not a withdrawal.
		expect(matches('המשחק לא ממשיך', 'משיכה')).toBe(false);
	});

	it('reads the Hebrew "and" before a two-letter function word: ואל (and do not), ולא (and not)', () => {
		expect(matches('תורידו את הכרטיס ואל תאפשרו להוסיף חדש', 'אל תאפשרו')).toBe(true);
		expect(matches('אני מהמר ולא יכול להפסיק', 'לא יכול להפסיק')).toBe(true);
		// Only "and": other prefix letters still need more than three letters left (ברד, hail, is not רד).
		expect(matches('ברד', 'רד=')).toBe(false);
	});

	it('reads letters repeated for emphasis and digits typed for letters', () => {
		expect(matches('pleeeease help', 'please')).toBe(true);
		expect(matches('prelievooo??', 'prelievo')).toBe(true);
		expect(matches('my d3p0sit is missing', 'deposit')).toBe(true);
		// Amounts and ids are not words with digits for letters.
		expect(new PreparedText('trc20 0x9f3a 50eur').words.map((variants) => variants.length)).toEqual([1, 1, 1]);
	});

	it('matches Italian elisions with or without the apostrophe', () => {
		expect(matches("la carta d'identità è scaduta", "carta d'identità")).toBe(true);
		expect(matches('la carta d identita e scaduta', "carta d'identità")).toBe(true);
		expect(matches("l'autoesclusione", 'autoesclusion')).toBe(true);
	});

	it('corrects one typing slip in words no entry knows, into long entry words covering nearly the whole word', () => {
		const speller = lexiconOf('addict', 'gambling', 'borrowed', 'uccidermi', 'cant stop', 'self exclu');
		expect(matches('im addicetd', 'addict', speller)).toBe(true);
		expect(matches('i keep gamlbing', 'gambling', speller)).toBe(true);
		expect(matches('borowed from my brother', 'borrowed', speller)).toBe(true);
		// Never without a speller, never the first letter, never a real word of the frequent-word lists.
		expect(matches('im addicetd', 'addict')).toBe(false);
		expect(speller.corrections('baddict')).toEqual([]);
		expect(lexiconOf('cuanto').corrections('cuando')).toEqual([]);
		expect(lexiconOf('playing').corrections('paying')).toEqual([]);
		// No replaced letter ("ucciderei", I would kill, is another form), no letter added at the end
		// ("debit" is not "debito"), no short stem with a long tail ("exlusion" stays as typed), no
		// four-letter swap ("stpo").
		expect(speller.corrections('ucciderei')).toEqual([]);
		expect(lexiconOf('debito').corrections('debit')).toEqual([]);
		expect(speller.corrections('exlusion')).toEqual([]);
		expect(speller.corrections('stpo')).toEqual([]);
	});
});

describe('classification with the normalisation round', () => {
	it.each([
		['en', 'honestly im addicetd to this, help'],
		['ru', 'сегодня опять все проиграл, какой смысл'],
		['pl', 'wszystko straciłem, wypłatę też, nie wiem co robić'],
	])('catches RG written with a typo or in free word order (%s)', (language, text) => {
		expect(classifyMessage(text, language).category).toBe('responsible_gambling');
	});

	it('reads the topic, not the circumstance: a bonus after a deposit, a crash during free spins', () => {
		expect(classifyMessage('no me dieron el bono de bienvenida despues de depositar', 'es').category).toBe('bonus');
		expect(classifyMessage('book of dead crashed during free spins and i lost the win!!', 'en').category).toBe('technical');
		// With one topic only, the circumstance is the topic.
		expect(classifyMessage('po wpłacie nic nie ma na saldzie', 'pl').category).toBe('deposit');
	});

	it('keeps a one-time login code out of KYC', () => {
		expect(classifyMessage('il codice di verifica non arriva mai, non posso entrare', 'it').category).toBe('account_access');
		expect(recognizeIntent('el codigo de verificacion nunca llega, no puedo entrar', 'es').intent).not.toBe('kyc_documents');
	});

	it('lets a question or a reported problem strengthen a single clear topic, but not a mixed message', () => {
		const plain = recognizeIntent('prelievo lento', 'it');
		const asked = recognizeIntent('prelievo lentissimo, e normale?', 'it');
		expect(asked.intent).toBe('withdrawal_status');
		expect(asked.confidence).toBeGreaterThanOrEqual(0.6);
		expect(asked.confidence).toBeGreaterThan(plain.confidence);
		expect(recognizeIntent('איפוס הסיסמה לא עובד, החשבון נעול ויש לי משיכה תקועה', 'he').confidence).toBeLessThan(0.6);
	});
});
