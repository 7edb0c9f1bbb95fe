import { LEXICON_LANGUAGES, MARKER_LEXICON, MARKER_PAIRS, type LexiconTable } from '../../../nodes/shared/domain/classify/lexicon';
import { CompiledLexicon, compileEntry, PreparedText } from '../../../nodes/shared/domain/classify/match';
import { classifyMessage } from '../../../nodes/shared/domain/classify/message';
import { HELDOUT, measureRgHeldout } from '../../../tools/accuracy/rg-heldout';

describe('RG held-out set (test/data/rg-heldout.json)', () => {
	it('has at least 20 RG and 20 ordinary messages per language', () => {
		for (const language of LEXICON_LANGUAGES) {
			const ofLanguage = HELDOUT.filter((message) => message.language === language);
			expect(ofLanguage.filter((message) => message.rg).length).toBeGreaterThanOrEqual(20);
			expect(ofLanguage.filter((message) => !message.rg).length).toBeGreaterThanOrEqual(20);
		}
	});

	const tuned = HELDOUT.filter((message) => message.split !== 'blind');

	it('is caught with recall of at least 97% on the tuned batches and at most 3% false alarms on all ordinary messages', () => {
		const report = measureRgHeldout(tuned);
		expect(report.rgCaught / report.rgTotal).toBeGreaterThanOrEqual(0.97);
		const all = measureRgHeldout();
		expect(all.falseAlarms.length / all.ordinaryTotal).toBeLessThanOrEqual(0.03);
	});

	// Reached: dev 100%, fresh 100%, unseen 97.9%, final 88.9% (docs/rg.md); floors a few points below.
	it.each([
		['dev', 0.97],
		['fresh', 0.95],
		['unseen', 0.95],
		['final', 0.85],
	] as const)('keeps recall and at most 3%% false alarms on the %s split', (split, floor) => {
		const report = measureRgHeldout(HELDOUT.filter((message) => message.split === split));
		expect(report.rgCaught / report.rgTotal).toBeGreaterThanOrEqual(floor);
		expect(report.falseAlarms.length / report.ordinaryTotal).toBeLessThanOrEqual(0.03);
	});

	// The blind batch is never tuned on: measured once with the weak-cue layer, 76.7% recall
	// (68.3% before it) and 6.7% false alarms (the lexicon's, unchanged). Floors guard regressions only.
	it('keeps the blind batch at its measured level (recall >= 70%, false alarms <= 6.7%, weak layer alone >= 45%)', () => {
		const report = measureRgHeldout(HELDOUT.filter((message) => message.split === 'blind'));
		expect(report.rgCaught / report.rgTotal).toBeGreaterThanOrEqual(0.7);
		expect(report.falseAlarms.length).toBeLessThanOrEqual(4);
		expect(report.weakOnly.rgCaught / report.rgTotal).toBeGreaterThanOrEqual(0.45);
	});

	it('reaches every language and topic: no language below 90% recall on the tuned batches', () => {
		const report = measureRgHeldout(tuned);
		for (const stats of Object.values(report.perLanguage)) expect(stats.rgCaught / stats.rgTotal).toBeGreaterThanOrEqual(0.9);
	});

	it('raises no false alarm from the weak-cue layer alone on the tuned batches', () => {
		expect(measureRgHeldout(tuned).weakOnly.falseAlarms).toBe(0);
	});
});

describe('one RG lexicon (the former assistant backstop lives in MARKER_LEXICON)', () => {
	it.each([
		['it', 'non ha più senso vivere'],
		['pl', 'nie chce mi się żyć'],
		['he', 'אין לי בשביל מה לחיות'],
		['es', 'ya no controlo lo que juego, bloquead mi cuenta'],
		['pl', 'zablokujcie mi możliwość wpłat, nie panuję nad tym'],
		['ru', 'не хочется жить, все проиграл'],
	])('routes a %s message to responsible gambling in any stated language', (language, text) => {
		for (const stated of [language, 'en', 'und']) {
			const result = classifyMessage(text, stated);
			expect(result.category).toBe('responsible_gambling');
			expect(result.priority).toBe('urgent');
		}
	});

	it('needs both halves of a pair: family or a child alone is ordinary support talk', () => {
		expect(classifyMessage('My wife wants an account too, can we use the same computer?', 'en').markers).toEqual([]);
		expect(classifyMessage('mi hijo me ayudó a instalar la app', 'es').markers).toEqual([]);
		expect(classifyMessage('my wife found out I gambled our savings', 'en').markers).toContain('harm');
		expect(classifyMessage('my son is 15 and played on my account', 'en').markers).toContain('underage');
		expect(classifyMessage('chiudete il mio conto per sempre', 'it').markers).toContain('self_exclusion');
		expect(classifyMessage('quiero un bloqueo de 30 días', 'es').markers).toContain('cooling_off');
	});
});

describe('compiled index', () => {
	/** Every marker table and pair table in one index, as classifyMessage builds it. */
	function compileAll(tables: LexiconTable[]): CompiledLexicon {
		const lexicon = new CompiledLexicon();
		for (const table of tables) for (const language of LEXICON_LANGUAGES) for (const written of table[language]) lexicon.add(compileEntry(written));
		return lexicon;
	}

	it('finds exactly the entries that a one-by-one search finds', () => {
		const lexicon = compileAll([...Object.values(MARKER_LEXICON), ...MARKER_PAIRS.flatMap((pair) => [pair.first, pair.second])]);
		let phrasesFound = 0;
		for (const { text } of HELDOUT) {
			const prepared = new PreparedText(text);
			const oneByOne = lexicon.entries.map((entry, index) => (prepared.contains(entry) ? index : -1)).filter((index) => index >= 0);
			expect(prepared.match(lexicon)).toEqual(oneByOne);
			phrasesFound += oneByOne.filter((index) => lexicon.entries[index].words.length > 1).length;
		}
		// The set exercises multi-word entries, the part indexed by two words.
		expect(phrasesFound).toBeGreaterThan(100);
	});
});
