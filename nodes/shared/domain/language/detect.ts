/**
 * Language detection for player messages. PLACEHOLDER interface: the real detector (character
 * n-gram and word tables derived at build time) replaces this body; the signature stays.
 */
export const SUPPORTED_LANGUAGES = ['en', 'it', 'pl', 'ru', 'he', 'es'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export interface LanguageGuess {
	/** ISO 639-1 code, or 'und' when the text gives no usable evidence. */
	language: string;
	/** 0..1, how sure the detector is. */
	confidence: number;
	/** Every candidate with its score, best first. */
	scores: Array<{ language: string; score: number }>;
}

export function detectLanguage(text: string): LanguageGuess {
	if (/[\u0590-\u05ff]/.test(text)) return { language: 'he', confidence: 1, scores: [] };
	if (/[\u0400-\u04ff]/.test(text)) return { language: 'ru', confidence: 1, scores: [] };
	return { language: 'und', confidence: 0, scores: [] };
}
