/**
 * Masks payment data and credentials players paste into support messages, so they never reach
 * ticket storage, the assistant or the helpdesk.
 */

export type MaskedKind = 'card' | 'cvv' | 'password' | 'iban';

export interface MaskResult {
	text: string;
	/** Kinds of secrets that were masked, each once, in order of first appearance. */
	masked: MaskedKind[];
}

export function passesLuhn(digits: string): boolean {
	if (!/^\d+$/.test(digits)) return false;
	let sum = 0;
	let double = false;
	for (let index = digits.length - 1; index >= 0; index--) {
		let digit = digits.charCodeAt(index) - 48;
		if (double) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
		double = !double;
	}
	return sum % 10 === 0;
}

export function isValidIban(candidate: string): boolean {
	const compact = candidate.replace(/\s+/g, '').toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
	const rearranged = compact.slice(4) + compact.slice(0, 4);
	let remainder = 0;
	for (const char of rearranged) {
		const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
		for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
	}
	return remainder === 1;
}

function maskedCard(digits: string): string {
	return `**** **** **** ${digits.slice(-4)}`;
}

// A leading '+' marks an international phone number, never a card.
const CARD_RUN = /(?<![\d+][ -]?)\d(?:[ -]?\d){12,40}(?![ -]?\d)/g;

/** A run of digit groups may glue a card to a neighbouring number; try whole-group sub-runs. */
function maskCardRun(run: string): string | undefined {
	const digits = run.replace(/\D/g, '');
	if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return maskedCard(digits);
	const groups = run.split(/[ -]/);
	if (groups.length < 2) return undefined;
	for (let start = 0; start < groups.length; start++) {
		for (let end = groups.length; end > start; end--) {
			if (start === 0 && end === groups.length) continue;
			const subDigits = groups.slice(start, end).join('');
			if (subDigits.length < 13 || subDigits.length > 19 || !passesLuhn(subDigits)) continue;
			const before = groups.slice(0, start).join(' ');
			const after = groups.slice(end).join(' ');
			return [before, maskedCard(subDigits), after].filter((part) => part !== '').join(' ');
		}
	}
	return undefined;
}

const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g;

const NOT_LETTER_OR_DIGIT_BEFORE = '(?<![\\p{L}\\p{N}])';
const CVV_PATTERN = new RegExp(
	`${NOT_LETTER_OR_DIGIT_BEFORE}(cvv2?|cvc2?|cvn|csc|cid|код|codice|kod|código|codigo|קוד)` +
		'((?:\\s+(?:cvv2?|cvc2?|cvn|csc|di sicurezza|de seguridad|bezpieczeństwa|безопасности|sicurezza|seguridad))?\\s*(?:[:=#-]|is|è|to|es|—)?\\s*)' +
		'(\\d{3,4})(?!\\d)',
	'giu',
);

const PASSWORD_KEYWORDS =
	'password|passwort|passwd|pass|pwd|пароль|парол|hasło|haslo|hasła|contraseña|contrasena|clave|הסיסמה|סיסמתי|סיסמה|סיסמא|mot de passe';
const PASSWORD_PATTERN = new RegExp(
	// Hebrew puts the possessive after the noun: "הסיסמה שלי היא …".
	`${NOT_LETTER_OR_DIGIT_BEFORE}((?:${PASSWORD_KEYWORDS})(?![\\p{L}\\p{N}])(?:\\s+שלי)?)` +
		'(\\s*[:=]\\s*|\\s+(?:is|è|é|to|es|это|היא|—|-)\\s+|\\s*(?:[:=]\\s*)?)' +
		'("[^"\\n]+"|\'[^\'\\n]+\'|«[^»\\n]+»|[^\\s"\'«]+)',
	'giu',
);

function looksLikeSecret(token: string): boolean {
	return /[\p{N}\p{P}\p{S}]/u.test(token) || /\p{Lu}.*\p{Ll}.*\p{Lu}|\p{Ll}.*\p{Lu}/u.test(token);
}

export function maskSecrets(input: string): MaskResult {
	const masked: MaskedKind[] = [];
	const note = (kind: MaskedKind): void => {
		if (!masked.includes(kind)) masked.push(kind);
	};

	let text = input.replace(IBAN_CANDIDATE, (candidate) => {
		if (!isValidIban(candidate)) return candidate;
		note('iban');
		const compact = candidate.replace(/\s+/g, '');
		return `${compact.slice(0, 2)}** **** **** ${compact.slice(-4)}`;
	});

	text = text.replace(CARD_RUN, (run) => {
		const replacement = maskCardRun(run);
		if (replacement === undefined) return run;
		note('card');
		return replacement;
	});

	text = text.replace(CVV_PATTERN, (_whole, keyword: string, separator: string) => {
		note('cvv');
		return `${keyword}${separator}***`;
	});

	text = text.replace(PASSWORD_PATTERN, (whole, keyword: string, separator: string, token: string) => {
		const explicit = /[:=]/.test(separator);
		const trimmedToken = token.replace(/[.,;!?)]+$/, '');
		// Only sentence punctuation after the keyword ("… zmianie hasła.") is the end of a sentence, not a secret.
		if (trimmedToken === '' && !explicit) return whole;
		const secret = trimmedToken === '' ? token : trimmedToken;
		if (secret === '[password' || secret.startsWith('***')) return whole;
		if (!explicit && !looksLikeSecret(secret)) return whole;
		note('password');
		const tail = token.slice(secret.length);
		return `${keyword}${separator}[password masked]${tail}`;
	});

	return { text, masked };
}
