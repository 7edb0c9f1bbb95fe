/**
 * The second responsible-gambling layer: weak cues in semantic groups. A phrase list catches the
 * ways of saying "I am in trouble" that someone wrote down; a player in trouble usually says
 * several ordinary things at once (money gone, cannot stop, ashamed, the wife does not know,
 * please block me). Each cue alone is common in ordinary support text; evidence from two or more
 * distinct groups, from a writer talking about themselves, is not.
 *
 * Cues follow the matcher syntax (match.ts): stems match the start of a word, `=` a whole word.
 * `cues` weigh 1, `hints` 0.5 (words that ordinary messages use often: "again", "all night",
 * "my wife"). A group contributes at most GROUP_CAP. `SUPPORT_CONTEXT` lowers the score: a
 * message about a password, a code, a tournament's points or an outage is a support question
 * even when it sounds upset.
 */
import type { LexiconLanguage, LexiconTable, RgMarker } from './lexicon';

export type EvidenceGroup = 'gambling' | 'money_trouble' | 'compulsion' | 'distress' | 'secrecy' | 'restrict';

export interface CueGroup {
	group: EvidenceGroup;
	cues: LexiconTable;
	hints: LexiconTable;
}

const NONE: LexiconTable = { en: [], it: [], pl: [], ru: [], he: [], es: [] };

/** Gambling itself: on a casino's support desk nearly every message has it, so it only adds a little. */
const GAMBLING: CueGroup = {
	group: 'gambling',
	cues: NONE,
	hints: {
		en: ['gambl', 'bet=', 'bets=', 'betting', 'play', 'spin', 'slot', 'casino', 'roulette', 'poker', 'blackjack', 'deposit', 'jackpot', 'wager'],
		it: ['gioc', 'scommess', 'scommett', 'puntat', 'slot', 'casino', 'casinò', 'roulette', 'poker', 'ricaric', 'deposit'],
		pl: ['gra=', 'gram=', 'grac', 'grać', 'grał', 'gral', 'gry=', 'hazard', 'zakład', 'zaklad', 'obstaw', 'slot', 'kasyn', 'ruletk', 'poker', 'wpłac', 'wplac', 'wpłat', 'wplat', 'depozyt', 'kręc', 'krec'],
		ru: ['игра', 'игру', 'игре', 'играю', 'играл', 'ставк', 'ставлю', 'слот', 'казино', 'рулетк', 'покер', 'депозит', 'пополн', 'азарт'],
		he: ['הימור', 'מהמר', 'להמר', 'משחק', 'שיחקתי', 'לשחק', 'סלוט', 'קזינו', 'רולטה', 'פוקר', 'הפקד', 'להפקיד'],
		es: ['jug', 'juego', 'apost', 'apuesta', 'tragaperras', 'slot', 'casino', 'ruleta', 'poker', 'deposit', 'recarg'],
	},
};

/** Money the writer lives on, owes or no longer has. No bare "lost": a lost password is ordinary. */
const MONEY_TROUBLE: CueGroup = {
	group: 'money_trouble',
	cues: {
		en: ['debt', 'owe=', 'owing', 'loan', 'borrow', 'overdra', 'rent=', 'savings', 'mortgage', 'salary', 'wages', 'wage=', 'paycheck', 'pay packet', 'payday', 'bills=', 'broke=', 'bankrupt', 'pawn', 'sold my', 'all my money', 'in the red', "can't afford", 'cant afford', 'last money', 'food money', 'benefits='],
		it: ['debiti', 'debito=', 'prestit', 'finanziament', 'mutuo', 'affitto', 'stipendi', 'in rosso', 'pensione', 'ho venduto', 'tutti i soldi', 'tutto lo stipendio', 'fine mese', 'scopert', 'fido='],
		pl: ['dług=', 'dlug=', 'długu', 'dlugu', 'długów', 'dlugow', 'długach', 'dlugach', 'zadłuż', 'zadluz', 'pożycz', 'pozycz', 'kredyt=', 'kredytu', 'kredyty', 'kredytów=', 'chwilówk', 'chwilowk', 'czynsz', 'pensj', 'oszczędnoś', 'oszczednos', 'debet', 'komornik', 'sprzedał', 'sprzedal', 'wszystkie pieniądze', 'wszystkie pieniadze', 'całą wypłat', 'cała wypłat', 'cala wyplat', 'na minusie'],
		ru: ['долг', 'должен', 'должна', 'кредит=', 'кредита', 'кредиты', 'кредитов', 'займ', 'заём', 'заем', 'занял', 'заняла', 'одолжил', 'ипотек', 'аренд', 'квартплат', 'зарплат', 'сбережен', 'накоплен', 'продал', 'все деньги', 'в минус', 'коллектор', 'заложил', 'пенси'],
		he: ['חוב', 'חובות', 'הלוואה', 'הלוואות', 'לוויתי', 'משכנתא', 'שכירות', 'שכר דירה', 'משכורת', 'חסכונות', 'חיסכון', 'מינוס', 'מכרתי', 'כל הכסף', 'פשיטת רגל'],
		es: ['deud', 'debo=', 'préstamo', 'prestamo', 'un crédito', 'un credito', 'créditos', 'creditos', 'hipotec', 'alquiler', 'sueldo', 'nómina', 'nomina', 'ahorr', 'números rojos', 'numeros rojos', 'empeñ', 'vendí', 'vendi=', 'todo mi dinero', 'todo el dinero', 'quiebra', 'pension'],
	},
	hints: {
		en: ['money', 'lost', 'credit card'],
		it: ['risparmi', 'soldi', 'perso', 'carta di credito', 'bollett'],
		pl: ['pieniąd', 'pieniad', 'kasa', 'kasy', 'przegrał', 'przegral', 'straci', 'długi', 'dlugi'],
		ru: ['деньги', 'денег', 'проиграл', 'потерял'],
		he: ['כסף', 'הפסדתי', 'כרטיס אשראי'],
		es: ['dinero', 'plata', 'perdí', 'perdi=', 'tarjeta de credito', 'tarjeta de crédito'],
	},
};

/** Losing control: cannot stop, chasing, compulsion, broken promises, the same thing every night. */
const COMPULSION: CueGroup = {
	group: 'compulsion',
	cues: {
		en: ["can't stop", 'cant stop', 'cannot stop', "couldn't stop", 'couldnt stop', 'chasing', 'chase', 'win it back', 'win back', 'one more', 'urge', 'hooked', 'addict', 'obsess', 'compuls', 'keep playing', 'keep going back', 'relapse', 'out of control', 'lose control', 'losing control', "can't help", 'cant help', 'promised myself', 'swore', 'only think about', 'think only about', "can't resist", 'cant resist', 'keep telling myself', 'quit', 'therapy', 'gamblers anonymous', "don't trust myself", 'dont trust myself', 'out of hand', 'spiral', 'getting away from me', 'got away from me', 'blowing past', 'keep going over', "can't say no", 'cant say no', 'overdoing', 'overdid', 'overboard'],
		it: ['smettere', 'smetto', 'rifarmi', 'rifarsi', 'rincorr', 'dipendenz', 'ossession', 'compulsiv', 'non mi controllo', 'controllo', "l'ultima volta", 'ultima volta', 'giurato', 'promesso', 'ricadut', 'ricaduto', 'vizio', 'non riesco a staccar', 'penso solo', 'penso sempre', 'terapia', 'non mi fido di me', 'chiuso con il gioco', 'sfuggendo di mano', 'sfugge di mano', 'sfuggito di mano', 'scappando di mano', 'mi sta scappando', 'sforo', 'dire di no', 'esager', 'continuo a tornare'],
		pl: ['przestać', 'przestac', 'odegr', 'odrobi', 'jeszcze raz', 'jeszcze jeden', 'uzależn', 'uzalezn', 'nałóg', 'nalog', 'obsesj', 'kontrol', 'ostatni raz', 'obiecał', 'obiecal', 'nie panuj', 'wciąga', 'wciaga', 'ciągnie', 'ciagnie', 'myślę tylko', 'mysle tylko', 'myślę tylko o', 'ciągle myślę', 'ciagle mysle', 'rzuci', 'terapi', 'nie ufam sobie', 'koncze z', 'kończę z', 'wymyka', 'rozkręca', 'rozkreca', 'przekraczam', 'ponosi mnie', 'odmówić', 'odmowic', 'przesadz', 'dalej wracam', 'ciągle wracam', 'ciagle wracam'],
		ru: ['останов', 'бросить', 'вернуть проигр', 'еще раз', 'ещё раз', 'зависим', 'подсел', 'затягива', 'тянет', 'контрол', 'последний раз', 'обещал', 'сорвал', 'срыв', 'одержим', 'думаю только', 'только и думаю', 'завяз', 'терапи', 'психолог', 'не доверяю себе', 'меня несет', 'меня несёт', 'заносит', 'понесло', 'превышаю', 'не могу отказаться', 'перебира', 'перебарщива', 'перебор', 'все равно возвращаюсь', 'снова возвращаюсь'],
		he: ['להפסיק', 'להחזיר את', 'מכור', 'התמכר', 'שליטה', 'שולט', 'פעם אחרונה', 'הבטחתי', 'נשבעתי', 'כפייתי', 'אובססי', 'חושב רק', 'רק חושב', 'בטיפול פסיכולוגי', 'טיפול בהתמכרות', 'לא סומך על עצמי', 'גומר עם', 'מהידיים', 'נסחף', 'נסחפתי', 'לסרב', 'מגזים', 'מגזימה', 'הגזמתי', 'עדיין חוזר', 'חוזר שוב'],
		es: ['parar', 'dejar de jugar', 'dejarlo', 'adicci', 'adicto', 'engancha', 'control', 'ultima vez', 'última vez', 'prometí', 'prometi', 'recaí', 'recai', 'recaida', 'recaída', 'obsesi', 'compulsi', 'solo pienso', 'solo pienso en', 'terapia', 'no me fio de mi', 'lo dejo', 'de las manos', 'se me complica', 'me lo salto', 'me paso siempre', 'decir que no', 'me estoy pasando', 'me paso', 'exager', 'sigo volviendo'],
	},
	hints: {
		en: ['again', 'too much', 'every day', 'every night', 'all night', 'each night', 'all day', 'every time', 'every week', 'whole night', 'recover'],
		it: ['di nuovo', 'troppo', 'ancora una volta', 'ogni giorno', 'ogni sera', 'ogni notte', 'tutta la notte', 'tutte le sere', 'tutte le notti', 'ogni volta', 'recuper'],
		pl: ['znowu', 'znów', 'znow', 'za dużo', 'za duzo', 'codziennie', 'co noc', 'całą noc', 'cala noc', 'co wieczór', 'co wieczor', 'za każdym razem', 'za kazdym razem', 'po nocach', 'odzyska'],
		ru: ['опять', 'снова', 'слишком много', 'каждый день', 'каждую ночь', 'всю ночь', 'каждый раз', 'каждый вечер', 'отыгр'],
		he: ['שוב', 'יותר מדי', 'כל יום', 'כל לילה', 'כל הלילה', 'כל פעם', 'כל ערב'],
		es: ['otra vez', 'de nuevo', 'demasiado', 'cada dia', 'cada día', 'todos los dias', 'todos los días', 'todas las noches', 'toda la noche', 'cada vez', 'recuper',],
	},
};

/** Negative affect and despair about oneself. */
const DISTRESS: CueGroup = {
	group: 'distress',
	cues: {
		en: ['ashamed', 'shame', 'desperat', 'hopeless', 'depress', 'ruin', "can't sleep", 'cant sleep', 'not sleeping', 'hate myself', 'disgust', 'miserable', 'terrified', 'panic', 'crying', 'no way out', 'falling apart', "can't go on", 'cant go on', 'keep going like this', "don't know what to do", 'dont know what to do', 'what have i done', 'worthless', 'scared', 'end it', 'destroy', "can't keep", 'cant keep', 'whats the point', 'what\'s the point', 'what is the point', 'barely sleep', 'hardly sleep', 'no sleep', 'not slept', "haven't slept", 'havent slept', 'sleepless'],
		it: ['vergogn', 'disperat', 'depress', 'rovin', 'non dormo', 'dormire', 'odio me', 'schifo', 'paura', 'piango', 'non ce la faccio', 'non so cosa fare', 'non so piu cosa', 'a chi altro', 'aiutatemi', 'distrutt', 'ansia', 'angoscia', 'sparire', 'disastro', 'distrugg', 'che senso ha', 'non riposo', 'notti in bianco', 'insonni', 'non dormo piu', 'non dormo più'],
		pl: ['wstyd', 'zdesperow', 'rozpacz', 'depres', 'zrujnow', 'ruin', 'nie śpię', 'nie spie', 'nienawidzę siebie', 'nienawidze siebie', 'nie daję rady', 'nie daje rady', 'nie wiem co robić', 'nie wiem co robic', 'pomóżcie', 'pomozcie', 'boję', 'boje sie', 'płacz', 'placz', 'zniszcz', 'beznadz', 'lęk', 'bez sensu', 'niszcz', 'jaki sens', 'po co to wszystko', 'nie sypiam', 'nieprzespan', 'bezsenn', 'prawie nie śpię', 'prawie nie spie'],
		ru: ['стыд', 'отчаян', 'безнадеж', 'безнадёж', 'депресс', 'разруш', 'разорен', 'не сплю', 'ненавижу себя', 'не знаю что делать', 'помогите', 'страшно', 'боюсь', 'плачу', 'больше некому', 'сил нет', 'нет сил', 'тошно', 'конец', 'какой смысл', 'в чем смысл', 'в чём смысл', 'не высыпаюсь', 'бессонн', 'почти не сплю', 'не спал'],
		he: ['מתבייש', 'בושה', 'מיואש', 'ייאוש', 'דיכאון', 'הרס', 'הרוס', 'הורס', 'לא ישן', 'שונא את עצמי', 'לא יודע מה לעשות', 'תעזרו', 'פחד', 'בוכה', 'אין לי כוח', 'אין לי למי', 'מה הטעם', 'לא ישנה', 'לא נרדם', 'נדודי שינה', 'בקושי ישן'],
		es: ['verguenza', 'vergüenza', 'desesper', 'deprim', 'depresi', 'arruin', 'no duermo', 'me odio', 'no se que hacer', 'no sé qué hacer', 'ayudenme', 'ayúdenme', 'miedo', 'lloro', 'llorar', 'destroz', 'no puedo más', 'no puedo mas', 'hundido', 'qué sentido tiene', 'que sentido tiene', 'para qué seguir', 'para que seguir', 'no descanso', 'casi no duermo', 'insomnio', 'sin dormir', 'no pego ojo'],
	},
	hints: NONE,
};

/** Secrecy and the people it hurts. Family words alone are ordinary, so they are hints. */
const SECRECY: CueGroup = {
	group: 'secrecy',
	cues: {
		en: ['hide', 'hiding', 'hid=', 'secret', 'lie to', 'lying', 'lied', "doesn't know", 'doesnt know', 'find out', 'found out', 'behind her back', 'behind his back', 'having a go at me', 'nagging me', 'on at me', 'fighting about', 'arguing about', 'rows about', 'complains about my'],
		it: ['nascond', 'segret', 'mentit', 'mento=', 'bugi', 'non lo sa', 'non sa nulla', 'non sa niente', 'non sa che', 'scopr', 'di nascosto', 'mi rimprovera', 'litighiamo', 'litigare per', 'mi fa la guerra'],
		pl: ['ukryw', 'ukrył', 'ukryl', 'sekret', 'tajemn', 'kłam', 'klam', 'nie wie=', 'nie wiedzą', 'nie wiedza', 'dowie', 'po kryjomu', 'myśli że', 'mysli ze', 'robi mi awantur', 'kłócimy', 'klocimy', 'czepia się', 'czepia sie', 'robi mi wyrzuty'],
		ru: ['скрыва', 'прячу', 'тайн', 'вру=', 'врал', 'обманыв', 'не знает', 'не знают', 'узнает', 'узнала', 'думает что', 'пилит', 'ругается', 'ссоримся', 'упрекает'],
		he: ['מסתיר', 'להסתיר', 'הסתרתי', 'בסוד', 'משקר', 'שיקרתי', 'יודעת', 'יגלו', 'גילתה', 'בלי ש', 'רבה איתי', 'רב איתי', 'רבים על', 'צועקת עליי'],
		es: ['escond', 'ocult', 'secreto', 'mentí', 'menti=', 'mintiendo', 'miento', 'no sabe', 'no saben', 'se entere', 'descubr', 'cree que', 'me pelea', 'peleamos', 'discutimos', 'me echa en cara', 'me regaña', 'me regana'],
	},
	hints: {
		en: ['wife', 'husband', 'missus', 'partner', 'kids', 'children', 'family', 'parents', 'mum=', 'mom=', 'dad=', 'girlfriend', 'boyfriend', 'daughter', 'son='],
		it: ['moglie', 'marito', 'figli', 'famiglia', 'genitori', 'mamma', 'papà', 'papa=', 'fidanzat', 'bambini'],
		pl: ['żon', 'zona', 'zony', 'mąż', 'maz=', 'męż', 'mez', 'dzieci', 'rodzin', 'rodzic', 'mama', 'tata', 'dziewczyn', 'narzeczon'],
		ru: ['жена', 'жене', 'жены', 'муж=', 'мужу', 'мужа', 'дети', 'детей', 'семь', 'родител', 'мама', 'маме', 'мамы', 'папа', 'девушк', 'тещ', 'тёщ'],
		he: ['אשתי', 'בעלי', 'ילדים', 'משפחה', 'הורים', 'להורים', 'אמא', 'אבא'],
		es: ['mujer', 'esposa', 'marido', 'esposo', 'hijos', 'familia', 'padres', 'mamá', 'papá', 'novia', 'novio'],
	},
};

/** The writer asks to be stopped: block, close, exclude, limit, do not let me. */
const RESTRICT: CueGroup = {
	group: 'restrict',
	cues: {
		en: ['block me', 'stop me', 'ban= me', 'exclude', 'exclusion', 'close my account', 'shut my account', 'delete my account', "don't let me", 'dont let me', 'do not let me', 'limit my', 'lower my', 'cap my', 'prevent me', 'keep me out', 'lock me out', 'never again', 'take it away'],
		it: ['bloccatemi', 'bloccate il mio', 'escludet', 'esclusion', 'chiudete il mio', 'chiudetemi', 'chiudere il mio', 'impedit', 'impedirmi', 'non fatemi', 'non lasciatemi', 'cancellate il mio', 'limitatemi', 'limite ai miei'],
		pl: ['zablokujcie', 'zablokuj mi', 'zablokowac mi', 'zablokować mi', 'wyklucz', 'zamknijcie', 'zamknac mi', 'zamknąć mi', 'usuńcie', 'usuncie', 'nie pozwólcie', 'nie pozwolcie', 'ograniczcie', 'ogranicz mi', 'ustawcie mi', 'odetnijcie', 'zebym nie mogl', 'żebym nie mógł'],
		ru: ['заблокируйте', 'заблокировать меня', 'исключ', 'закройте', 'удалите мой', 'не давайте мне', 'не дайте мне', 'ограничьте', 'запретите', 'чтобы я не мог', 'чтобы я больше не'],
		he: ['תחסמו', 'תחסום', 'לחסום אותי', 'חסמו אותי', 'תסגרו', 'תמחקו', 'אל תתנו לי', 'תגבילו', 'להגביל לי', 'הרחקה', 'החרגה'],
		es: ['bloqueadme', 'bloqueenme', 'bloquéenme', 'autoexclu', 'excluirme', 'excluyan', 'cierren mi', 'cerrad mi', 'cerrar mi cuenta', 'borren mi', 'no me dejen', 'no me dejeis', 'limiten', 'limitar mis', 'impidan', 'impedirme',],
	},
	hints: NONE,
};

export const CUE_GROUPS: readonly CueGroup[] = [GAMBLING, MONEY_TROUBLE, COMPULSION, DISTRESS, SECRECY, RESTRICT];

/** The writer speaks about themselves: pronouns and first-person verb forms (endings below). */
export const FIRST_PERSON: LexiconTable = {
	en: ['i', "i'm", 'im', "i've", 'ive', "i'd", 'me', 'my', 'myself', 'mine'],
	// Languages that drop the pronoun: the first-person forms of the verbs these messages use.
	it: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie', 'ho', 'sono', 'sto', 'riesco', 'voglio', 'posso', 'gioco=', 'perdo', 'penso', 'dormo', 'devo'],
	pl: ['ja=', 'mi', 'mnie', 'mój', 'moj=', 'moja', 'moje', 'moich', 'moim', 'mam=', 'jestem', 'sam=', 'sama=', 'moge', 'mogę', 'chce=', 'chcę', 'wiem', 'gram=', 'śpię', 'spie', 'myślę', 'mysle', 'przegrał', 'przegral'],
	ru: ['я', 'мне', 'меня', 'мной', 'мой', 'моя', 'мои', 'моё', 'мое', 'моего', 'моей', 'сам=', 'сама=', 'могу', 'хочу', 'знаю', 'сплю', 'думаю', 'играю', 'вру=', 'проиграл', 'взял', 'занял', 'потратил', 'играл', 'пытался', 'пыталась', 'сорвал'],
	he: ['אני', 'לי', 'שלי', 'אותי', 'עצמי', 'בשבילי'],
	es: ['yo', 'me', 'mi', 'mis', 'estoy', 'tengo', 'he', 'soy', 'puedo', 'quiero', 'juego=', 'perdí', 'perdi=', 'pedí', 'pedi=', 'duermo', 'pienso', 'debo='],
};

/**
 * First-person endings of verbs in languages that drop the pronoun: Hebrew past "-תי"
 * (הפסדתי) and Polish past "-łem/-łam"; the other languages are covered by the verb forms above.
 */
export const FIRST_PERSON_ENDINGS: Readonly<Partial<Record<LexiconLanguage, readonly string[]>>> = {
	he: ['תי'],
	// After folding ł: przegrałem → przegralem; a vowel before it keeps "problem" out.
	pl: ['alem', 'ilem', 'ylem', 'elem', 'alam', 'ilam', 'ylam', 'elam', 'albym', 'ilbym'],
};

/** Ordinary support topics: a message about them needs one more group of evidence. */
export const SUPPORT_CONTEXT: LexiconTable = {
	en: ['password', 'verification code', 'sms code', 'login', 'log in', 'tournament', 'points', 'connection', 'browser', 'notification', 'email address', 'screenshot'],
	it: ['password', 'codice', 'torneo', 'classifica', 'punti', 'connession', 'browser', 'notific', 'indirizzo email'],
	pl: ['hasł', 'hasl', 'kod sms', 'kodu', 'turniej', 'ranking', 'punkt', 'połączen', 'polaczen', 'przeglądark', 'powiadomie'],
	ru: ['пароль', 'пароля', 'код=', 'кода', 'турнир', 'рейтинг', 'очки', 'баллы', 'соединени', 'браузер', 'уведомлен'],
	he: ['סיסמה', 'סיסמא', 'קוד', 'טורניר', 'נקודות', 'חיבור', 'דפדפן', 'התראות'],
	es: ['contraseña', 'contrasena', 'codigo', 'código', 'torneo', 'clasificaci', 'puntos', 'conexi', 'navegador', 'notificacion'],
};

/** Denials: each takes back one cue ("I'm not addicted, I just want to know the limits"). */
export const DENIALS: LexiconTable = {
	en: ['not addicted', 'not an addict', 'not a problem', "don't have a problem", 'dont have a problem', 'no problem with', 'not ashamed', 'not desperate', 'no debts', 'not in debt'],
	it: ['non sono dipendente', 'non ho problemi', 'nessun problema', 'non ho debiti', 'non mi vergogno'],
	pl: ['nie jestem uzależ', 'nie jestem uzalez', 'nie mam problemu', 'nie mam problemów', 'nie mam długów', 'nie mam dlugow', 'żaden problem', 'zaden problem'],
	ru: ['не зависим', 'нет проблем', 'нет долгов', 'не стыдно'],
	he: ['אני לא מכור', 'אין לי בעיה', 'אין לי חובות', 'לא מתבייש'],
	es: ['no soy adicto', 'no tengo problema', 'no tengo deudas', 'ningún problema', 'ningun problema', 'no me da verguenza'],
};

export const GROUP_CAP = 1.5;
/** Weight of the gambling group: present in most support messages, it only tips a close call. */
export const GAMBLING_WEIGHT = 0.5;
/** At least one group needs this score from full cues (hints alone never make a group strong); the others any hint. */
export const GROUP_PRESENT = 1;
/** At least this many distinct groups (gambling included), and at least this total score. */
export const MIN_GROUPS = 2;
export const MIN_SCORE = 1.5;
/** Without a full cue in any group, hints from this many groups (and MIN_SCORE) are needed. */
export const HINT_ONLY_GROUPS = 3;
export const SUPPORT_PENALTY = 1;
export const DENIAL_PENALTY = 1;

/** The marker a weak-cue verdict raises: a request to be stopped, else loss of control, else harm. */
export function markerForEvidence(present: ReadonlySet<EvidenceGroup>): RgMarker {
	if (present.has('restrict')) return 'self_exclusion';
	if (present.has('compulsion')) return 'addiction';
	return 'harm';
}
