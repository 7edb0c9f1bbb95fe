/**
 * A message that only thanks or confirms ("thanks!", "ok grazie", "спасибо 👍"): on a resolved
 * ticket it joins the conversation without reopening it.
 */
const ACKNOWLEDGEMENT_WORDS = new Set(
	[
		// en
		'thanks thank you thx ty tnx ok okay k great perfect cheers bye got it solved works now all good fine cool nice much lot so',
		// it
		'grazie mille perfetto ottimo ok va bene risolto tutto funziona ciao ora',
		// pl
		'dziękuję dziekuje dzięki dzieki super ok okej wszystko działa dziala jest w porządku porzadku pozdrawiam bardzo',
		// ru
		'спасибо спс благодарю ок окей хорошо понял поняла всё все работает отлично супер большое',
		// he
		'תודה רבה אחלה סבבה מעולה בסדר עובד הכל',
		// es
		'gracias muchas vale perfecto genial ok ya funciona todo bien listo resuelto',
	]
		.join(' ')
		.split(' '),
);

const MAX_WORDS = 6;

export function isAcknowledgement(text: string): boolean {
	const words = text
		.toLowerCase()
		.normalize('NFC')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	// Only emoji or punctuation ("👍", "🙏🙏") confirms too.
	if (words.length === 0) return text.trim() !== '';
	return words.length <= MAX_WORDS && words.every((word) => ACKNOWLEDGEMENT_WORDS.has(word));
}
