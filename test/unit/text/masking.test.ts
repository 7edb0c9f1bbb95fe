import { isValidIban, maskSecrets, passesLuhn } from '../../../nodes/shared/domain/text/masking';

describe('passesLuhn / isValidIban', () => {
	it('accepts Luhn-valid test PANs and rejects a changed digit', () => {
		expect(passesLuhn('4111111111111111')).toBe(true);
		expect(passesLuhn('5555555555554444')).toBe(true);
		expect(passesLuhn('4111111111111112')).toBe(false);
	});
	it('checks IBANs with mod 97', () => {
		expect(isValidIban('IT60 X054 2811 1010 0000 0123 456')).toBe(true);
		expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
		expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
	});
});

describe('maskSecrets', () => {
	it('masks a spaced card number keeping the last 4 and the CVV (en)', () => {
		const result = maskSecrets('My card 4111 1111 1111 1111 cvv 123 was declined');
		expect(result.text).toBe('My card **** **** **** 1111 cvv *** was declined');
		expect(result.masked).toEqual(['card', 'cvv']);
	});
	it('masks dashed and compact card numbers (it, pl)', () => {
		expect(maskSecrets('La mia carta 5555-5555-5555-4444, codice 987').text).toBe(
			'La mia carta **** **** **** 4444, codice ***',
		);
		expect(maskSecrets('Karta 378282246310005 kod CVV: 1234').text).toBe(
			'Karta **** **** **** 0005 kod CVV: ***',
		);
	});
	it('masks CVV words in ru, es, he', () => {
		expect(maskSecrets('Мой код 321 не подходит').text).toBe('Мой код *** не подходит');
		expect(maskSecrets('el código de seguridad 456').text).toBe('el código de seguridad ***');
		expect(maskSecrets('קוד 789').masked).toEqual(['cvv']);
		expect(maskSecrets('קוד 789').text).toBe('קוד ***');
	});
	it('leaves Luhn-invalid digit runs, amounts, dates, phones and transaction ids alone', () => {
		const text =
			'Deposit of 1500 EUR on 2024-01-15 10:30, tx 1234567890123, call +39 333 123 4567, card 4111 1111 1111 1112';
		const result = maskSecrets(text);
		expect(result.text).toBe(text);
		expect(result.masked).toEqual([]);
	});
	it('never treats an international phone number as a card, even when it passes Luhn', () => {
		const text = 'Call me on +41 1111 1111 1111 11 please';
		expect(maskSecrets(text)).toEqual({ text, masked: [] });
	});
	it('finds a card glued to a preceding amount', () => {
		expect(maskSecrets('paid 100 4111111111111111 today').text).toBe('paid 100 **** **** **** 1111 today');
	});
	it('does not mask digit runs longer than 19 digits', () => {
		const text = 'ref 41111111111111110000000';
		expect(maskSecrets(text).text).toBe(text);
	});
	it('masks passwords after explicit separators in six languages', () => {
		expect(maskSecrets('password: Qwerty!23.').text).toBe('password: [password masked].');
		expect(maskSecrets('la password è Gatto2024').text).toBe('la password è [password masked]');
		expect(maskSecrets('hasło: tajne').text).toBe('hasło: [password masked]');
		expect(maskSecrets('мой пароль: секрет').text).toBe('мой пароль: [password masked]');
		expect(maskSecrets('mi contraseña es Sol#2020').text).toBe('mi contraseña es [password masked]');
		expect(maskSecrets('שלום, סיסמה: abc123').text).toBe('שלום, סיסמה: [password masked]');
		expect(maskSecrets('pwd=hunter2').masked).toEqual(['password']);
		expect(maskSecrets('הסיסמה שלי היא Shalom2024').text).toBe('הסיסמה שלי היא [password masked]');
		expect(maskSecrets('סיסמתי היא Shalom2024').text).toBe('סיסמתי היא [password masked]');
		expect(maskSecrets('hasło to Kot!2024').text).toBe('hasło to [password masked]');
	});
	it('does not treat ordinary sentences about passwords as secrets', () => {
		for (const text of ['my password is not working', 'I forgot my password', 'I will pass by later', 'пароль не подходит']) {
			expect(maskSecrets(text)).toEqual({ text, masked: [] });
		}
	});
	it('masks IBANs keeping the last 4', () => {
		const result = maskSecrets('Please pay to IT60 X054 2811 1010 0000 0123 456 thanks');
		expect(result.text).toBe('Please pay to IT** **** **** 3456 thanks');
		expect(result.masked).toEqual(['iban']);
		expect(maskSecrets('IBAN GB82 WEST 1234 5698 7654 33').masked).toEqual([]);
	});
});
