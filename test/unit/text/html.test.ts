import { stripHtml } from '../../../nodes/shared/domain/text/html';

describe('stripHtml', () => {
	it('drops head, script and style and keeps paragraph breaks', () => {
		const html =
			'<html><head><title>x</title><style>p{color:red}</style></head><body><script>alert(1)</script>' +
			'<p>Ciao,</p><p>non riesco a prelevare&nbsp;100&euro;.</p><div>Grazie<br>Marco</div></body></html>';
		expect(stripHtml(html)).toBe('Ciao,\nnon riesco a prelevare 100€.\nGrazie\nMarco');
	});
	it('turns list items into lines and decodes numeric entities', () => {
		const html = '<ul>\n  <li>Depozyt &#8211; 50 z&#322;</li>\n  <li>Wyp&#x142;ata</li></ul>';
		expect(stripHtml(html)).toBe('- Depozyt – 50 zł\n- Wypłata');
	});
	it('collapses whitespace and source newlines, keeps unknown entities literal', () => {
		expect(stripHtml('  Hello\n   <b>world</b>   &unknown; &lt;ok&gt;  ')).toBe('Hello world &unknown; <ok>');
	});
	it('handles Hebrew and Cyrillic text and comments', () => {
		expect(stripHtml('<!-- x --><p dir="rtl">שלום</p><p>Привет&#33;</p>')).toBe('שלום\nПривет!');
	});
	it('drops unclosed script/style blocks and comments to the end', () => {
		expect(stripHtml('<p>ok</p><style>p { color: red }')).toBe('ok');
		expect(stripHtml('before<!-- never closed <p>hidden</p>')).toBe('before');
		expect(stripHtml('<SCRIPT type="x">a</Script >visible')).toBe('visible');
	});
	it('stays fast on hostile markup full of unclosed tags', () => {
		const started = Date.now();
		expect(stripHtml('<script>'.repeat(20000) + 'tail')).toBe('');
		expect(stripHtml('<a'.repeat(50000)).length).toBe(100000);
		expect(Date.now() - started).toBeLessThan(2000);
	});
});
