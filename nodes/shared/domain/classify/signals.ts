/** Cues that raise priority or complexity: a money/access problem, a plain question. */
import type { LexiconTable } from './lexicon';

export const PROBLEM_CUES: LexiconTable = {
	en: ['not received', "haven't received", 'have not received', 'still pending', 'pending', 'missing', 'disappeared', 'gone', 'rejected', 'cancelled', 'canceled', 'reversed', 'declined', 'not credited', 'never arrived', 'locked', 'blocked', 'suspended', 'hacked', 'days', 'week', 'still', 'waiting', 'problem', 'issue', "can't", 'cannot', 'failed', 'wrong', 'not showing', 'not updated', "hasn't changed", 'has not changed', 'never showed', 'not there', 'isn\'t there', 'nothing'],
	it: ['non ho ricevuto', 'non è arrivat', 'non e arrivat', 'in attesa', 'mancan', 'sparit', 'rifiutat', 'annullat', 'stornat', 'non accreditat', 'bloccat', 'sospes', 'hackerat', 'giorni', 'settiman', 'ancora', 'aspetto', 'problema', 'non riesco', 'fallit', 'sbagliat', 'non è cambiat', 'non e cambiat', 'non risulta', 'non compare', 'non si è aggiornat', 'non si e aggiornat', 'non vedo', 'niente'],
	pl: ['nie otrzymał', 'nie dostał', 'nie przyszł', 'nie doszł', 'oczekuj', 'brakuj', 'zniknęł', 'znikneł', 'zniknel', 'odrzucon', 'anulowan', 'cofnięt', 'niezaksięgow', 'zablokowan', 'zawieszon', 'włama', 'dni', 'tydzień', 'tygodni', 'nadal', 'wciąż', 'czekam', 'problem', 'nie mogę', 'nie moge', 'nieudan', 'błędn', 'nie pojawił', 'nie pojawil', 'nie widać', 'nie widac', 'nie zmienił', 'nie zmienil', 'nie zaktualizował', 'nie ma', 'nic nie'],
	ru: ['не получил', 'не пришл', 'не пришел', 'не пришли', 'не зачисл', 'в ожидани', 'ожидани', 'пропал', 'исчез', 'отклон', 'отмен', 'заблокир', 'взлом', 'дней', 'дня', 'недел', 'до сих пор', 'все еще', 'жду', 'проблем', 'не могу', 'неудач', 'неправильн', 'не отображ', 'не появил', 'не изменил', 'не обновил', 'не вижу', 'ничего'],
	he: ['לא קיבלתי', 'לא הגיע', 'לא הגיעה', 'ממתין', 'ממתינה', 'חסר', 'נעלם', 'נעלמו', 'נדחה', 'נדחתה', 'בוטל', 'בוטלה', 'לא זוכה', 'נעול', 'נחסם', 'חסום', 'נפרץ', 'ימים', 'שבוע', 'עדיין', 'מחכה', 'בעיה', 'לא מצליח', 'לא מצליחה', 'לא יכול', 'נכשל', 'שגוי', 'לא מופיע', 'לא מופיעה', 'לא השתנה', 'לא התעדכן', 'לא נכנס', 'כלום'],
	es: ['no he recibido', 'no recibí', 'no recibi', 'no me ha llegado', 'no llega', 'pendiente', 'falta', 'desaparec', 'rechazad', 'cancelad', 'anulad', 'no acreditad', 'no se ha acreditado', 'bloquead', 'suspendid', 'hackead', 'días', 'dias', 'semana', 'todavía', 'todavia', 'sigo esperando', 'espero', 'problema', 'no puedo', 'fallid', 'incorrect', 'no aparece', 'no se actualiza', 'no ha cambiado', 'no veo', 'nada'],
};

export const QUESTION_CUES: LexiconTable = {
	en: ['how', 'what', 'when', 'where', 'which', 'can i', 'is it', 'is there', 'do you', 'does'],
	it: ['come', 'cosa', 'quando', 'dove', 'quale', 'quali', 'posso', "c'è", 'si può', 'avete'],
	pl: ['jak', 'co=', 'kiedy', 'gdzie', 'który', 'ktory', 'jaki', 'czy', 'mogę', 'moge'],
	ru: ['как', 'что', 'когда', 'где', 'какой', 'какие', 'можно', 'ли', 'есть ли'],
	he: ['איך', 'מה', 'מתי', 'איפה', 'איזה', 'אילו', 'אפשר', 'האם', 'יש לכם'],
	es: ['cómo', 'como', 'qué', 'que', 'cuándo', 'cuando', 'dónde', 'donde', 'cuál', 'cual', 'puedo', 'se puede', 'hay'],
};

/**
 * Words that open a circumstance rather than the topic: "the bonus was not credited *after my
 * deposit*", "the game froze *during the free spins*". A topic named within CONTEXT_WINDOW words
 * after one of them is the setting of the problem; when another topic is named elsewhere, that
 * one is what the message is about. Not "when"/"kiedy"/"при": they also ask ("when will my
 * withdrawal arrive") or name the topic itself ("ошибка при выводе").
 */
export const CONTEXT_CONNECTORS: LexiconTable = {
	en: ['after', 'during', 'while', 'before', 'in the middle of', 'mid='],
	it: ['dopo', 'durante', 'mentre', 'prima di', 'nel mezzo', 'a metà', 'a meta'],
	pl: ['po=', 'podczas', 'w trakcie', 'w czasie', 'przed', 'w połowie', 'w polowie'],
	ru: ['после', 'во время', 'перед', 'посреди', 'в процессе'],
	he: ['אחרי', 'לאחר', 'במהלך', 'באמצע', 'תוך כדי', 'לפני'],
	es: ['después de', 'despues de', 'tras', 'durante', 'mientras', 'antes de', 'a mitad de', 'en medio de'],
};

/** How many words after a connector still belong to the circumstance it opens. */
export const CONTEXT_WINDOW = 4;
/** Weight of a topic named only inside a circumstance, when another topic is named outside one. */
export const CONTEXT_FACTOR = 0.5;
