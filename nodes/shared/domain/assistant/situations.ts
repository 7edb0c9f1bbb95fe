/**
 * Situations: typical questions told without their topic word. Players describe what happened
 * ("money left my card yesterday, balance still 0", "the reset link never comes", "it won't let
 * me in after three tries") more often than they name the topic. A situation is a combination of
 * concepts, each a small group of words in the six languages (payment-method names, money, paying,
 * the casino balance, waiting, a link or e-mail, resetting, log-in attempts …); when all of a
 * situation's concepts occur close together, and none of its `unless` concepts occurs anywhere, the
 * situation is evidence for its intent, weighed like a core word.
 *
 * Concepts are general vocabulary, never whole sentences: a situation only holds when the
 * message says two or three things that together can only mean one typical question.
 * Entries use the matcher's syntax (nodes/shared/domain/classify/match.ts).
 */
import type { LexiconTable } from '../classify/lexicon';
import type { Intent } from './lexicon';

export const CONCEPTS = [
	'method',
	'money',
	'pay',
	'debited',
	'balance',
	'missing',
	'requested',
	'waiting',
	'arrive',
	'winnings',
	'reset',
	'link',
	'forgot',
	'credentials',
	'attempts',
	'login',
	'account',
	'restricted',
	'email',
	'change',
	'password',
	'kicked',
	'game',
	'promo',
	'payment',
	'failed',
	'proof',
	'submit',
	'broken',
	'refused',
	'verify',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * Payment methods and wallets by name, the same in every language (players write brand names as
 * brands): a payment context, not yet a direction (in or out).
 */
export const PAYMENT_BRANDS: readonly string[] = [
	'visa', 'mastercard', 'maestro', 'amex', 'skrill', 'neteller', 'revolut', 'paypal', 'apple pay', 'applepay', 'google pay', 'gpay', 'blik', 'przelewy24', 'p24=',
	'bizum', 'paysafe', 'postepay', 'satispay', 'muchbetter', 'ecopayz', 'jeton', 'astropay', 'trustly', 'sofort', 'klarna', 'iban', 'sepa', 'usdt', 'btc=', 'bitcoin', 'eth=', 'ltc=',
	'сбп', 'юmoney', 'юмани', 'юмоней', 'ymoney', 'qiwi', 'киви=', 'тинькофф', 'тинькоф', 'сбер=', 'сбербанк', 'paybox', 'פייבוקס', 'פייפאל', 'אפל פיי', 'גוגל פיי', 'ביט=', 'בביט=', 'סקריל', 'נטלר',
	'скрил', 'нетеллер', 'пейпал', 'виза=', 'мастеркард',
];

export const CONCEPT_LEXICON: Readonly<Record<Concept, LexiconTable>> = {
	method: {
		en: ['card', 'debit card', 'credit card', 'bank transfer', 'wire', 'crypto', 'wallet app', 'e-wallet', 'ewallet'],
		it: ['carta', 'bonifico', 'cripto'],
		pl: ['kart', 'przelew', 'krypto'],
		ru: ['карт', 'перевод', 'крипт'],
		he: ['כרטיס', 'אשראי', 'העברה בנקאית', 'קריפטו'],
		es: ['tarjeta', 'transferencia', 'cripto'],
	},
	money: {
		en: ['money', 'funds', 'cash=', 'quid', 'bucks', 'pounds', 'euros', 'dollars', 'eur=', 'usd=', 'gbp='],
		it: ['soldi', 'denaro', 'importo', 'euro=', 'fondi', 'grana'],
		pl: ['pieniąd', 'pieniad', 'kas=', 'kasa', 'kase', 'kasy', 'hajs', 'środki', 'srodki', 'środków', 'kwot', 'zł=', 'zl=', 'pln='],
		ru: ['деньг', 'денег', 'бабки', 'бабл', 'лавэ', 'средств', 'сумм', 'руб', 'рубл'],
		he: ['כסף', 'הכסף', 'הסכום', 'סכום', 'שקל', 'ש"ח', 'שח='],
		es: ['dinero', 'pasta', 'plata', 'pelas', 'importe', 'euros', 'fondos'],
	},
	pay: {
		en: ['paid', 'pay with', 'pay by', 'pay via', 'paying', 'sent money', 'sent the money', 'transferred', 'put in', 'put money', 'loaded', 'load money', 'deposit', 'top up', 'topped up', 'add money', 'add funds'],
		it: ['pagat', 'pagare con', 'caricare soldi', 'caricato soldi', 'caricare denaro', 'trasferit', 'accettat', 'si può pagare', 'si puo pagare', 'deposit', 'ricaric', 'versat', 'versare'],
		pl: ['zapłaci', 'zaplaci', 'płacić', 'placic', 'przelał', 'przelal', 'wpłac', 'wplac', 'doładow', 'doladow', 'depozyt', 'zasili', 'zrobiłem blik', 'zrobilem blik', 'zrobiłam blik', 'przyjmujecie', 'akceptujecie'],
		ru: ['оплатил', 'оплата', 'оплат', 'перевел', 'перевёл', 'перевела', 'скинул', 'кинул', 'закинул', 'пополн', 'депозит', 'деп=', 'принимаете', 'можно через'],
		he: ['שילמתי', 'לשלם', 'העברתי', 'הפקד', 'להפקיד', 'טענתי', 'הטענתי', 'לטעון', 'להטעין', 'מקבלים'],
		es: ['pagué', 'pague', 'pagar con', 'transferí', 'transferi', 'ingres', 'recarg', 'deposit', 'hice un bizum', 'meter', 'metí', 'meti', 'cargar con', 'cargue', 'cargué', 'aceptáis', 'aceptais', 'aceptan'],
	},
	debited: {
		en: ['left my card', 'left my account', 'left my bank', 'taken from my', 'came off my', 'came out of my', 'charged', 'debited', 'gone from my card', 'went out of my'],
		it: ['scalat', 'addebitat', 'tolti dalla carta', 'presi dalla carta', 'uscit dalla carta', 'uscit dal conto'],
		pl: ['zeszł', 'zeszl', 'pobrał', 'pobral', 'pobrano', 'pobrane', 'ściągnęł', 'sciagnel', 'obciąż', 'obciaz', 'zniknęły z konta', 'zniknely z konta'],
		ru: ['списал', 'списан', 'списались', 'сняли с карты', 'ушли с карты', 'снято с карты'],
		he: ['ירד לי', 'ירדו לי', 'ירד מהכרטיס', 'ירדו מהכרטיס', 'חויבתי', 'חייבו', 'חיוב'],
		es: ['cobrado', 'cobraron', 'descontad', 'cargado en la tarjeta', 'me lo han cobrado', 'salió de mi cuenta', 'salio de mi cuenta', 'me quitaron de la tarjeta'],
	},
	balance: {
		en: ['balance', 'casino wallet', 'casino account', 'game account', 'player account', 'in my account', 'on my account', 'to my account', 'on site', 'on the site'],
		it: ['saldo', 'conto gioco', 'conto di gioco', 'sul conto', 'sul mio conto', 'nel conto', 'sul sito'],
		pl: ['saldo', 'konto gracza', 'koncie gracza', 'stan konta', 'na koncie', 'na konto', 'na stronie'],
		ru: ['баланс', 'игровой сч', 'на счет', 'на счёт', 'на счету', 'на сайте', 'в кабинете'],
		he: ['יתרה', 'היתרה', 'ביתרה', 'באתר', 'לחשבון', 'בחשבון'],
		es: ['saldo', 'cuenta de juego', 'en la cuenta', 'en mi cuenta', 'a mi cuenta', 'en la web'],
	},
	missing: {
		en: ['still 0', 'still zero', 'still says 0', 'still shows 0', 'still showing 0', "hasn't appeared", 'not appeared', 'not appearing', 'never appeared', 'not showing', 'not there', 'nothing in my', 'nothing on my', 'not reflected', 'not updated', 'not arrived', "hasn't arrived", 'not in my'],
		it: ['ancora a zero', 'ancora 0', 'non risulta', 'non compare', 'non appare', 'non vedo', "non c'è niente", 'non ce niente', 'non è arrivat', 'non e arrivat', 'non si è aggiornat', 'non si e aggiornat'],
		pl: ['dalej 0', 'nadal 0', 'wciąż 0', 'wciaz 0', 'dalej pokazuje 0', 'nie widać', 'nie widac', 'nie są widoczne', 'nie sa widoczne', 'nie widzę', 'nie widze', 'nic nie ma', 'nie ma', 'nie doszł', 'nie doszl', 'nie dotarł', 'nie dotarl', 'nie pojawił', 'nie pojawil', 'nie zaksięgow', 'nie zaksiegow'],
		ru: ['ноль', 'нуль', 'по нулям', 'не поступил', 'не поступили', 'не поступило', 'не пришл', 'не пришел', 'не пришёл', 'не отображ', 'не вижу', 'ничего нет', 'пусто', 'не зачисл', 'не появил'],
		he: ['עדיין 0', 'עדיין אפס', 'אפס', 'לא נכנס', 'לא נכנסו', 'לא מופיע', 'לא רואה', 'לא הגיע', 'לא התעדכן', 'רואה 0'],
		es: ['sigue en 0', 'sigue a 0', 'sigue saliendo 0', 'sigue en cero', 'no me sale', 'no sale', 'no aparece', 'no me aparece', 'no veo', 'no ha llegado', 'no llegó', 'no llego', 'no se refleja', 'no se ha acreditado'],
	},
	requested: {
		en: ['requested', 'request', 'asked for', 'cashed', 'ordered', 'submitted', 'take out', 'took out', 'get my money', 'get it out', 'get them out', 'cash it', 'get paid'],
		it: ['richiest', 'richiesto', 'ho chiesto', 'chiesta', 'chiesto', 'ritirare', 'ritiro', 'incassare'],
		pl: ['zleciłem', 'zlecilem', 'zleciłam', 'zlecenie', 'zlecon', 'prośb', 'prosb', 'dostanę', 'dostane', 'dostać', 'dostac'],
		ru: ['заказал', 'заказала', 'заявк', 'запросил', 'запрос', 'получу', 'получить'],
		he: ['ביקשתי', 'בקשה', 'בקשת', 'הגשתי', 'אקבל', 'לקבל'],
		es: ['pedí', 'pedi', 'solicité', 'solicite', 'solicitud', 'pedido', 'cobrar', 'sacar', 'recibir'],
	},
	waiting: {
		en: ['how long', 'when will', 'when do', 'when does', 'when can', 'when is', 'still', 'pending', 'processing', 'waiting', 'days', 'working days', 'hours', 'yet'],
		it: ['quanto ci vuole', 'quanto tempo', 'quando arriv', 'quando mi', 'quando potr', 'quando ricev', 'ancora', 'in attesa', 'lavorazione', 'aspetto', 'giorni', 'gg=', 'ore='],
		pl: ['ile się czeka', 'ile sie czeka', 'ile trwa', 'ile czekam', 'kiedy będzie', 'kiedy bedzie', 'kiedy dostan', 'kiedy przyjd', 'kiedy dojd', 'kiedy wpłyn', 'kiedy wplyn', 'nadal', 'dalej', 'wciąż', 'wciaz', 'czekam', 'oczekuj', 'realizacj', 'dni=', 'dzień', 'dzien', 'godzin'],
		ru: ['сколько ждать', 'сколько идет', 'сколько идёт', 'когда будет', 'когда придут', 'когда придет', 'когда придёт', 'когда ждать', 'когда получу', 'когда поступ', 'до сих пор', 'всё ещё', 'все еще', 'жду', 'висит', 'обработк', 'дня=', 'дней', 'день=', 'час=', 'часа=', 'часов'],
		he: ['כמה זמן', 'מתי יגיע', 'מתי אקבל', 'מתי הכסף', 'מתי תגיע', 'מתי ייכנס', 'עדיין', 'ממתין', 'ממתינה', 'מחכה', 'בטיפול', 'ימים', 'יום=', 'שעות'],
		es: ['cuanto tarda', 'cuánto tarda', 'cuanto tiempo', 'cuándo llega', 'cuando llega', 'cuándo me llega', 'cuando me llega', 'cuándo voy a', 'cuando voy a', 'para cuándo', 'para cuando', 'todavía', 'todavia', 'sigue', 'pendiente', 'en proceso', 'espero', 'esperando', 'días', 'dias', 'horas'],
	},
	arrive: {
		en: ['arrive', 'hit my', 'reach my', 'land in', 'in my bank', 'to my bank', 'to my card', 'get my money', 'receive'],
		it: ['arriva', 'arrivano', 'arrivat', 'ricev', 'sulla carta', 'sul conto corrente', 'in banca'],
		pl: ['dojdzie', 'dojdą', 'dojda', 'przyjdzie', 'przyjdą', 'przyjda', 'dotrze', 'dostanę', 'dostane', 'na konto bankowe', 'na karte', 'na kartę'],
		ru: ['придут', 'придет', 'придёт', 'поступят', 'дойдут', 'получу', 'на карту', 'на скрил', 'на счет в банке'],
		he: ['יגיע', 'יגיעו', 'תגיע', 'ייכנס', 'נכנסת', 'יכנס', 'לחשבון הבנק', 'לכרטיס'],
		es: ['llega', 'llegar', 'llegue', 'lleguen', 'recib', 'a mi cuenta bancaria', 'al banco', 'a la tarjeta'],
	},
	winnings: {
		en: ['winnings', 'my win', 'my winning', 'won=', 'prize'],
		it: ['vincit', 'vinto', 'vincite'],
		pl: ['wygran'],
		ru: ['выигрыш', 'выиграл'],
		he: ['זכייה', 'הזכייה', 'זכיה', 'זכיתי'],
		es: ['ganancias', 'premio', 'gané', 'gane='],
	},
	reset: {
		en: ['reset', 'recover', 'recovery', 'restore'],
		it: ['reimpost', 'resett', 'reset', 'recuper', 'ripristin'],
		pl: ['reset', 'zresetow', 'odzysk', 'przywróc', 'przywroc'],
		ru: ['сброс', 'сбрас', 'восстанов'],
		he: ['לאפס', 'איפוס', 'אפס את', 'שחזור', 'לשחזר'],
		es: ['restablec', 'resete', 'reset', 'recuper'],
	},
	link: {
		en: ['link', 'email', 'e-mail', 'mail=', 'message', 'sms'],
		it: ['link', 'mail', 'email', 'e-mail', 'messaggio'],
		pl: ['link', 'mail', 'maila', 'e-mail', 'wiadomoś', 'wiadomos'],
		ru: ['ссылк', 'письм', 'почт', 'email', 'сообщени'],
		he: ['קישור', 'לינק', 'מייל', 'הודעה'],
		es: ['enlace', 'link', 'correo', 'email', 'mensaje'],
	},
	forgot: {
		en: ['forgot', 'forget', 'forgotten', "can't remember", 'cant remember', "don't remember", 'dont remember'],
		it: ['dimenticat', 'scordat', 'non ricordo', 'non mi ricordo'],
		pl: ['zapomnia', 'nie pamiętam', 'nie pamietam'],
		ru: ['забыл', 'забыла', 'не помню'],
		he: ['שכחתי', 'לא זוכר', 'לא זוכרת'],
		es: ['olvid', 'no recuerdo', 'no me acuerdo'],
	},
	credentials: {
		en: ['login', 'log in details', 'login details', 'sign in details', 'pass=', 'pin='],
		it: ['credenziali', 'dati di accesso', 'pass=', 'login'],
		pl: ['login', 'dane logowania', 'pass='],
		ru: ['логин', 'данные для входа', 'пасс='],
		he: ['פרטי ההתחברות', 'פרטי כניסה', 'פרטי התחברות'],
		es: ['datos de acceso', 'login', 'contra=', 'pass='],
	},
	attempts: {
		en: ['attempts', 'tries=', 'times='],
		it: ['tentativ', 'volte'],
		pl: ['prob=', 'proby=', 'probach', 'probie', 'probami', 'razy'],
		ru: ['попыт', 'раз=', 'раза'],
		he: ['ניסיונות', 'ניסיון', 'פעמים'],
		es: ['intentos', 'veces'],
	},
	login: {
		en: ['log in', 'login', 'log on', 'sign in', 'let me in', 'get in', 'access'],
		it: ['entrare', 'accedere', 'accesso', 'login', 'loggar'],
		pl: ['zaloguj', 'zalogow', 'logowa', 'wejść', 'wejsc', 'dostęp', 'dostep'],
		ru: ['войти', 'вход', 'зайти', 'не пускает', 'залогин', 'авториз', 'доступ'],
		he: ['להתחבר', 'להיכנס', 'כניסה', 'התחברות', 'גישה'],
		es: ['entrar', 'iniciar sesi', 'acceder', 'acceso', 'loguear'],
	},
	account: {
		en: ['account', 'acct=', 'acc=', 'profile'],
		it: ['account', 'conto', 'profilo'],
		pl: ['kont', 'profil'],
		ru: ['аккаунт', 'акк=', 'учетн', 'учётн', 'профил', 'кабинет'],
		he: ['חשבון', 'פרופיל'],
		es: ['cuenta', 'perfil'],
	},
	restricted: {
		en: ['restricted', 'restriction', 'inactive', 'disabled', 'deactivated', 'on hold'],
		it: ['limitat', 'inattiv', 'disattivat', 'ristrett'],
		pl: ['ograniczon', 'ograniczeni', 'nieaktywn', 'zablokow'],
		ru: ['ограничен', 'неактивн', 'отключен', 'заблокир', 'заблочен'],
		he: ['מוגבל', 'לא פעיל', 'מושבת', 'הושבת', 'חסום', 'נחסם'],
		es: ['restringid', 'inactiv', 'limitad', 'desactivad'],
	},
	email: {
		en: ['email', 'e-mail', 'mail address', 'gmail', 'hotmail', 'outlook', 'mail='],
		it: ['mail', 'email', 'e-mail', 'indirizzo di posta', 'gmail'],
		pl: ['mail', 'email', 'e-mail', 'adres mailowy', 'adres e-mail', 'gmail'],
		ru: ['почт', 'email', 'имейл', 'емейл', 'мейл', 'ящик', 'gmail', 'mail'],
		he: ['מייל', 'אימייל', 'דואר אלקטרוני', 'דוא"ל', 'gmail'],
		es: ['correo', 'email', 'e-mail', 'mail', 'gmail'],
	},
	change: {
		en: ['change', 'update', 'switch', 'replace', 'modify', 'edit', 'add a new', 'use a new', 'put a new'],
		it: ['cambia', 'cambio', 'aggiorn', 'modific', 'sostitu', 'metterne una nuova', 'inserire una nuova', 'mettere una nuova'],
		pl: ['zmieni', 'zmian', 'podmieni', 'zaktualiz', 'aktualiz', 'edytow'],
		ru: ['смен', 'помен', 'измен', 'обнов', 'привязать нов', 'привязать друг', 'заменить'],
		he: ['לשנות', 'שינוי', 'לעדכן', 'עדכון', 'להחליף', 'משנים'],
		es: ['cambi', 'actualiz', 'modific', 'poner otro', 'poner un nuevo', 'otro correo'],
	},
	password: {
		en: ['password', 'passw', 'pwd='],
		it: ['password'],
		pl: ['hasł', 'hasl', 'hasel'],
		ru: ['парол'],
		he: ['סיסמ'],
		es: ['contraseñ', 'contrasen', 'clave='],
	},
	kicked: {
		en: ['kicking me out', 'kicks me out', 'kicked me out', 'kicked out', 'throws me out', 'threw me out', 'logs me out', 'logged me out', 'boots me', 'booted me'],
		it: ['mi butta fuori', 'mi sbatte fuori', 'buttato fuori', 'sbattuto fuori', 'mi caccia'],
		pl: ['wywala', 'wywaliło', 'wywalilo', 'wyrzuca', 'wyrzuciło', 'wyrzucilo', 'wylogowuje'],
		ru: ['выкидывает', 'выкинуло', 'выбивает', 'выбило', 'выбрасывает', 'разлогинивает'],
		he: ['מעיף אותי', 'העיף אותי', 'זורק אותי', 'זרק אותי', 'מנתק אותי'],
		es: ['me echa', 'me echó', 'me echo', 'me saca', 'me sacó', 'me saco', 'me tira', 'me expulsa'],
	},
	game: {
		en: ['game', 'slot', 'spin', 'table', 'live', 'roulette', 'blackjack', 'baccarat', 'poker', 'round', 'wheel', 'hand='],
		it: ['gioco', 'slot', 'giro', 'spin', 'tavolo', 'live', 'roulette', 'ruota', 'blackjack', 'mano='],
		pl: ['gra', 'gry', 'grze', 'slot', 'spin', 'stół', 'stol', 'na żywo', 'na zywo', 'ruletk', 'blackjack', 'rund'],
		ru: ['игра', 'игре', 'игру', 'слот', 'спин', 'стол', 'лайв', 'рулетк', 'блэкджек', 'раунд'],
		he: ['משחק', 'סלוט', 'ספין', 'שולחן', 'רולטה', 'בלאקג', 'סיבוב'],
		es: ['juego', 'slot', 'tragaperras', 'tirada', 'giro', 'mesa', 'en vivo', 'ruleta', 'blackjack', 'ronda', 'mano='],
	},
	payment: {
		en: ['payment', 'transaction'],
		it: ['pagamento', 'transazion'],
		pl: ['płatnoś', 'platnos', 'transakcj'],
		ru: ['платеж', 'платёж', 'транзакци'],
		he: ['תשלום', 'עסקה', 'העסקה'],
		es: ['pago', 'transacci'],
	},
	failed: {
		en: ['fail', 'declined', 'rejected', "doesn't go through", 'doesnt go through', "won't go through", 'wont go through', "didn't go through", 'didnt go through', 'error'],
		it: ['fallit', 'rifiutat', 'non va a buon fine', 'non è andat', 'non e andat', 'non passa', 'errore'],
		pl: ['nieudan', 'odrzucon', 'nie przechodzi', 'nie przeszł', 'nie przeszl', 'błąd', 'blad'],
		ru: ['не проходит', 'не прошел', 'не прошёл', 'не прошла', 'отклон', 'ошибк'],
		he: ['נכשל', 'נכשלה', 'נדחה', 'נדחתה', 'לא עובר', 'לא עברה', 'שגיאה'],
		es: ['fallid', 'falla', 'rechazad', 'no pasa', 'no se procesa', 'error'],
	},
	proof: {
		en: ['photo of my', 'picture of my', 'scan of my', 'copy of my', 'photo id', 'id photo', 'address check', 'id check', 'identity check', 'age check', 'proof of'],
		it: ['foto del', 'foto della', 'scansione', 'copia del', 'copia della', 'bollett', 'estratto', 'ricevuta'],
		pl: ['zdjęcie', 'zdjecie', 'skan', 'kopi', 'rachun', 'wyciąg', 'wyciag', 'prawa jazdy', 'dowodu', 'dowód', 'dowod'],
		ru: ['фото', 'скан=', 'сканы', 'скана=', 'копию', 'копия', 'копии', 'квитанц', 'выписк', 'права='],
		he: ['צילום', 'תמונה של', 'סריקה', 'העתק', 'חשבונית', 'ת.ז', 'רישיון'],
		es: ['foto de', 'escaneo', 'copia de', 'factura', 'recibo', 'extracto', 'carnet', 'dni='],
	},
	submit: {
		en: ['upload', 'sent', 'send', 'submitted', 'attached', 'accept', 'approved', 'approve', 'check', 'review'],
		it: ['caricat', 'inviat', 'mandat', 'allegat', 'accettat', 'approvat', 'verific', 'controll'],
		pl: ['wysłał', 'wyslal', 'przesłał', 'przeslal', 'wgrał', 'wgral', 'załączy', 'zalaczy', 'zaakcept', 'akceptuj', 'sprawdz', 'weryfik'],
		ru: ['загрузил', 'отправил', 'прислал', 'приложил', 'принимаете', 'одобр', 'провер'],
		he: ['שלחתי', 'העליתי', 'צירפתי', 'אישרו', 'לאשר', 'מקבלים', 'בדיקה'],
		es: ['subí', 'subi=', 'envié', 'envie', 'mandé', 'mande', 'adjunt', 'aceptáis', 'aceptais', 'aceptan', 'aprob', 'revisi'],
	},
	broken: {
		en: ["won't open", 'wont open', "doesn't open", 'doesnt open', 'never opens', 'not opening', "won't start", 'wont start', "doesn't start", 'keeps loading', 'stuck loading', 'loading forever', 'spinning wheel', 'stops responding', 'not responding='],
		it: ['non si apre', 'non parte', 'non si avvia', 'caricamento infinito', 'continua a caricare', 'non risponde='],
		pl: ['nie otwiera', 'nie odpala', 'nie uruchamia', 'ciągle się ładuje', 'ciagle sie laduje', 'nie odpowiada='],
		ru: ['не открывается', 'не запускается', 'вечная загрузка', 'бесконечная загрузка', 'не отвечает'],
		he: ['לא נפתח', 'לא נפתחת', 'לא עולה', 'נטען כל הזמן', 'לא מגיב'],
		es: ['no abre', 'no se abre', 'no arranca', 'se queda cargando', 'carga infinita', 'no responde='],
	},
	refused: {
		en: ["can't", 'cant', 'cannot', 'unable', "won't let", 'wont let', "doesn't let", 'doesnt let', 'not let me', 'not letting'],
		it: ['non riesco', 'non mi fa', 'non posso', 'impossibile'],
		pl: ['nie mogę', 'nie moge', 'nie da się', 'nie da sie', 'nie pozwala', 'nie wpuszcza'],
		ru: ['не могу', 'не пускает', 'не дает', 'не даёт', 'не получается', 'невозможно'],
		he: ['לא מצליח', 'לא מצליחה', 'לא נותנים', 'לא נותן', 'לא יכול', 'לא יכולה', 'אי אפשר'],
		es: ['no puedo', 'no me deja', 'no me dejan', 'imposible'],
	},
	// The state of being verified, not the verb: "verificare" and "verificar" also just ask to check.
	verify: {
		en: ['verified', 'unverified', 'verify my', 'get verified'],
		it: ['verificat', 'non verificat'],
		pl: ['zweryfikowan', 'weryfikacj'],
		ru: ['верифи'],
		he: ['מאומת', 'אימות', 'לאמת', 'אומת'],
		es: ['verificad', 'no verificad'],
	},
	promo: {
		en: ['bonus', 'free spin', 'freespin', 'fs=', 'promo', 'cashback', 'welcome offer', 'wagering'],
		it: ['bonus', 'giri gratis', 'giri gratuiti', 'free spin', 'promo', 'cashback'],
		pl: ['bonus', 'darmow', 'free spin', 'promocj', 'promk', 'cashback'],
		ru: ['бонус', 'фриспин', 'фри спин', 'промо', 'кэшбэк', 'кешбек', 'фс='],
		he: ['בונוס', 'ספינים', 'סיבובים חינם', 'הטבה', 'קאשבק'],
		es: ['bono', 'bonus', 'tiradas gratis', 'giros gratis', 'free spin', 'promo', 'cashback'],
	},
};

export interface Situation {
	intent: Intent;
	/** Concepts that must all occur, within SITUATION_WINDOW words of one another. */
	all: readonly Concept[];
	/** Concepts that rule the situation out when they occur anywhere in the message. */
	unless?: readonly Concept[];
}

/**
 * The situations. Deposits: money went out of the player's hands (paid, debited) and is not on the
 * balance; a named payment method with a payment act; never about a bonus. Withdrawals: money the player waits to
 * receive somewhere outside the casino, or winnings requested and pending; never when the
 * player says they paid in. Password: a reset and the link or e-mail it needs; forgotten log-in
 * details. Locked account: log-in attempts and access refused; an account said to be restricted or
 * inactive. Game crash: thrown out of
 * a game; a game that will not open or keeps loading. Documents: a photo, scan or proof sent or to
 * be accepted, never next to a payment; an account to verify, unless an e-mail or link is meant. E-mail change:
 * changing the e-mail, unless a password is named.
 */
export const SITUATIONS: readonly Situation[] = [
	{ intent: 'deposit_help', all: ['debited', 'balance'], unless: ['promo'] },
	{ intent: 'deposit_help', all: ['debited', 'missing'], unless: ['requested', 'promo'] },
	{ intent: 'deposit_help', all: ['pay', 'balance'], unless: ['requested', 'winnings', 'promo'] },
	{ intent: 'deposit_help', all: ['pay', 'missing'], unless: ['requested', 'winnings', 'password', 'promo'] },
	{ intent: 'deposit_help', all: ['method', 'pay'], unless: ['requested', 'winnings', 'password', 'promo'] },
	{ intent: 'deposit_help', all: ['method', 'payment', 'failed'], unless: ['requested', 'winnings', 'promo'] },
	{ intent: 'deposit_help', all: ['method', 'balance', 'missing'], unless: ['requested', 'winnings', 'promo'] },
	{ intent: 'withdrawal_status', all: ['money', 'waiting', 'method'], unless: ['pay', 'debited', 'balance'] },
	{ intent: 'withdrawal_status', all: ['money', 'arrive'], unless: ['pay', 'debited', 'balance', 'failed'] },
	{ intent: 'withdrawal_status', all: ['method', 'requested', 'waiting'], unless: ['pay', 'debited'] },
	{ intent: 'withdrawal_status', all: ['winnings', 'requested'], unless: ['pay', 'debited'] },
	{ intent: 'withdrawal_status', all: ['money', 'requested', 'waiting'], unless: ['pay', 'debited'] },
	{ intent: 'password_reset', all: ['reset', 'link'] },
	{ intent: 'password_reset', all: ['forgot', 'credentials'] },
	{ intent: 'account_locked', all: ['attempts', 'login', 'refused'], unless: ['password', 'link'] },
	{ intent: 'account_locked', all: ['restricted', 'account'] },
	{ intent: 'account_locked', all: ['restricted', 'login'] },
	{ intent: 'game_crash', all: ['kicked', 'game'] },
	{ intent: 'game_crash', all: ['broken', 'game'], unless: ['link'] },
	{ intent: 'kyc_documents', all: ['proof', 'submit'], unless: ['pay', 'debited', 'method'] },
	{ intent: 'kyc_documents', all: ['verify', 'account'], unless: ['email', 'link', 'password', 'pay'] },
	{ intent: 'change_email', all: ['email', 'change'], unless: ['password', 'reset'] },
];

/** Words between the first and the last concept of a situation (a long e-mail is not one situation). */
export const SITUATION_WINDOW = 12;
