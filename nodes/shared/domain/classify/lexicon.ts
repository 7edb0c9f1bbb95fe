/**
 * Per-language keyword lexicons. Each entry matches at the start of a word, so a stem such as
 * "wypłat" covers wypłata/wypłaty/wypłatę; multi-word entries match as phrases. Entries are
 * written lower-case; the matcher also tries a diacritic-folded form of the text.
 */
import type { Category } from '../ticket';

export const LEXICON_LANGUAGES = ['en', 'it', 'pl', 'ru', 'he', 'es'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export type LexiconTable = Readonly<Record<LexiconLanguage, readonly string[]>>;

export type ScoredCategory = Exclude<Category, 'responsible_gambling' | 'other'>;

export const CATEGORY_LEXICON: Readonly<Record<ScoredCategory, LexiconTable>> = {
	technical: {
		en: ['error', 'bug', 'crash!', 'freez!', 'froze!', 'frozen!', 'stuck', 'loading', 'load', 'not working', "doesn't work", 'does not work', "won't open!", 'app', 'website', 'site', 'page', 'screen', 'black screen', 'glitch', 'lag', 'disconnect!', 'connection', 'browser', 'game', 'spin', 'slot', 'update', 'install', 'server', 'broken', 'blank', 'timeout error', 'keeps closing!'],
		it: ['errore', 'bug', 'crash!', 'bloccat', 'si blocca!', 'caricament', 'carica', 'non funziona', 'non si apre!', 'app', 'applicazion', 'sito', 'pagina', 'schermo', 'schermata', 'gioco', 'giochi', 'slot', 'giro', 'connession', 'disconness!', 'browser', 'aggiornament', 'si chiude!', 'problema tecnic', 'si pianta', 'si impalla'],
		pl: ['błąd', 'błęd', 'bląd', 'blad', 'bug', 'zawies!', 'zacina!', 'ładuj', 'ładowa', 'nie działa', 'nie dziala', 'nie otwiera', 'aplikacj', 'stron', 'ekran', 'gra=', 'gry', 'grze', 'gierk', 'slot', 'spin', 'połączeni', 'rozłącz!', 'przeglądark', 'aktualizacj', 'wyrzuca!', 'zamyka się', 'problem techniczn', 'wywala!', 'wysypuje!', 'apka', 'apce', 'apki', 'wyłącza się', 'wylacza sie'],
		ru: ['ошибк', 'ошибок', 'баг', 'вылета!', 'вылет!', 'завис!', 'отключил!', 'отключа!', 'не загруж', 'загрузк', 'грузит', 'не работает', 'не открыва', 'приложени', 'сайт', 'страниц', 'экран', 'игра', 'игре', 'игру', 'игры', 'слот', 'спин', 'соединени', 'подключени', 'браузер', 'обновлени', 'тормоз', 'технич', 'глючит', 'лагает', 'виснет'],
		he: ['שגיאה', 'שגיאת', 'באג', 'קורס!', 'קרס!', 'נתקע!', 'תקוע', 'נטען', 'טעינה', 'לא עובד', 'לא עובדת', 'לא נפתח', 'לא נפתחת', 'אפליקציה', 'אתר', 'עמוד', 'דף', 'מסך', 'משחק', 'סלוט', 'סיבוב', 'חיבור', 'התנתק!', 'דפדפן', 'עדכון', 'תקלה', 'טכני'],
		es: ['error', 'bug', 'se cuelga!', 'colgad', 'congela!', 'bloquea', 'no carga', 'carga', 'no funciona', 'no abre', 'no se abre', 'app', 'aplicaci', 'sitio', 'página', 'web', 'pantalla', 'juego', 'tragaperras', 'slot', 'tirada', 'giro', 'conexi', 'desconect!', 'navegador', 'actualizaci', 'se cierra!', 'problema técnico', 'falla', 'fallo', 'crashea!', 'se tilda!', 'se traba!'],
	},
	account_access: {
		en: ['login', 'log in', 'log-in', 'sign in', 'password!', 'locked', 'lock out', 'locked out', 'blocked', 'suspended', 'account', 'username', '2fa', 'two-factor', 'verification code', 'sms code', 'reset', 'forgot', 'access', "can't log", 'cannot log', 'hacked', 'email change', 'change my email', 'disabled', 'otp=', 'one-time code', 'one time code', 'verification sms'],
		it: ['accesso', 'accedere', 'accedo', 'login', 'password', 'bloccato il conto', 'conto bloccato', 'account bloccato', 'bloccat', 'sospes', 'account', 'conto gioco', 'nome utente', 'codice', 'reimpost', 'dimenticat', 'recuper', 'hackerat', 'entrare', 'disattivat', 'codice di verifica', 'codice sms', 'codice otp', 'otp=', 'loggar'],
		pl: ['logow', 'zalogow', 'login', 'hasł!', 'hasl', 'zablokowan', 'blokad', 'zawieszon', 'kont', 'koncie', 'nazwa użytkownika', 'kod sms', 'kod weryfikacyjn', 'resetow', 'zapomniał', 'zapomnialem', 'dostęp', 'dostep', 'włama', 'przejęt', 'wejść', 'wejsc', 'nie mogę się zalogować', 'zawiesiliście!', 'zawiesiliscie!', 'kod weryfikacyjny', 'zalogowa'],
		ru: ['вход', 'войти', 'зайти', 'захожу', 'логин', 'пароль!', 'пароля', 'заблокир', 'блокировк', 'аккаунт', 'учетн', 'учётн', 'кабинет', 'код', 'смс', 'сброс', 'забыл', 'доступ', 'взлом', 'восстанов', 'профил', 'код подтверждения', 'смс код', 'код из смс', 'акк=', 'акка', 'акке', 'заблочи', 'разблочи', 'залогин'],
		he: ['התחבר', 'להתחבר', 'כניסה', 'להיכנס', 'סיסמה!', 'סיסמא', 'נעול', 'נחסם', 'חסום', 'חסימה', 'מושעה', 'חשבון', 'שם משתמש', 'קוד', 'איפוס', 'שכחתי', 'גישה', 'נפרץ', 'פרצו', 'משתמש', 'קוד אימות', 'קוד בsms'],
		es: ['iniciar sesi', 'inicio de sesi', 'acceder', 'acceso', 'entrar', 'login', 'contraseña!', 'contrasena', 'clave', 'bloquead', 'suspendid', 'cuenta', 'usuario', 'código', 'codigo', 'restablec', 'olvid', 'hackead', 'desactivad', 'recuperar', 'código de verificación', 'codigo de verificacion', 'código sms', 'codigo sms', 'loguear', 'logue'],
	},
	deposit: {
		en: ['deposit!', 'top up', 'top-up', 'topped up', 'fund', 'payment', 'paid', 'card declined', 'declined', 'charged', 'added money', 'put money', 'balance', 'credited', 'not showing', 'visa', 'mastercard', 'skrill', 'neteller', 'paypal', 'crypto', 'transfer', 'money', 'btc=', 'bitcoin', 'usdt', 'ethereum', 'litecoin', 'depo='],
		it: ['deposit', 'ricaric', 'versament', 'versat', 'pagament', 'pagat', 'carta rifiutata', 'rifiutat', 'addebit', 'saldo', 'accredit', 'soldi', 'bonifico', 'paypal', 'skrill', 'postepay', 'carta', 'cripto', 'bitcoin', 'usdt'],
		pl: ['wpłat!', 'wplat', 'wpłaci', 'wplaci', 'depozyt!', 'doładow', 'doladow', 'zasil', 'płatnoś', 'platnos', 'odrzucon', 'obciąż', 'pobran', 'saldo', 'zaksięgow', 'przelew', 'blik', 'karta', 'kart', 'pieniąd', 'pieniądze', 'kasa', 'kasy', 'krypto', 'bitcoin', 'usdt', 'depo='],
		ru: ['депозит!', 'пополн', 'пополнил', 'зачисл', 'внес', 'платеж', 'платёж', 'оплат', 'отклон', 'списал', 'списан', 'баланс', 'карт', 'перевод', 'деньги', 'денег', 'крипт', 'qiwi', 'сбп', 'биткоин', 'usdt', 'депнул', 'деп='],
		he: ['הפקדה!', 'הפקדת', 'הפקדתי', 'להפקיד', 'הפקיד', 'טעינת', 'טענתי', 'תשלום', 'שילמתי', 'נדחה', 'נדחתה', 'חויב', 'חיוב', 'יתרה', 'יתרת', 'זוכה', 'כרטיס אשראי', 'אשראי', 'העברה', 'כסף', 'ביט', 'פייפאל', 'ביטקוין', 'קריפטו'],
		es: ['depósit!', 'deposit', 'ingres', 'recarg', 'pago', 'pagué', 'pague', 'rechazad', 'cobrad', 'cargo', 'saldo', 'acreditad', 'abonad', 'tarjeta', 'transferencia', 'dinero', 'bizum', 'paypal', 'cripto', 'bitcoin', 'usdt'],
	},
	withdrawal: {
		en: ['withdraw!', 'withdrew', 'cash out', 'cashout', 'cash-out', 'payout', 'pay out', 'paid out', 'winnings', 'pending withdrawal', 'still pending', 'reversed', 'when will i get my money', 'get my money', 'not received', "haven't received", 'processing time'],
		it: ['preliev!', 'prelevar', 'prelevat', 'prelevo', 'riscoss', 'riscuot', 'pagamento delle vincite', 'vincit', 'in attesa', 'non ho ricevuto', 'non ricevuto', 'incassar', 'rimborsar le vincite'],
		pl: ['wypłat!', 'wyplat', 'wypłaci', 'wyplaci', 'wypłać', 'wyplac', 'wygran', 'oczekuj', 'nie otrzymał', 'nie dostał', 'nie dostalem', 'nie przyszł', 'wycofa'],
		ru: ['вывод!', 'вывести', 'вывел', 'вывож', 'выплат', 'выплачив', 'выигрыш', 'снять', 'снятие', 'обналич', 'не получил', 'не пришл', 'не пришел', 'не пришёл', 'в обработке', 'ожидани'],
		he: ['משיכה!', 'משיכת', 'משכתי', 'למשוך', 'לפדות', 'פדיון', 'זכיה', 'זכייה', 'זכיות', 'זכיות', 'רווחים', 'ממתין', 'ממתינה', 'לא קיבלתי', 'לא הגיע', 'לא הגיעה', 'העברת הזכייה'],
		es: ['retir!', 'cobrar', 'cobro', 'ganancia', 'premio', 'pendiente', 'no he recibido', 'no recibí', 'no recibi', 'no me ha llegado', 'no llega', 'pago de mis ganancias', 'sacar mi dinero', 'sacar dinero'],
	},
	bonus: {
		en: ['bonus!', 'free spin!', 'freespin', 'promo', 'promotion', 'wagering', 'rollover', 'playthrough', 'cashback!', 'loyalty', 'vip', 'reward', 'points', 'welcome offer', 'offer', 'coupon', 'code'],
		it: ['bonus', 'giri gratis!', 'free spin', 'promo', 'promozion', 'requisit', 'puntat', 'scommess', 'cashback!', 'fedeltà', 'vip', 'premi', 'punti', 'offerta', 'benvenuto', 'codice promo!'],
		pl: ['bonus', 'bonu', 'darmow', 'free spin', 'freespin', 'promocj', 'promo', 'obrót', 'obrot', 'obroty', 'obrotu', 'cashback!', 'lojalnoś', 'vip', 'nagrod', 'punkt', 'ofert', 'powitaln', 'kod promocyjn!'],
		ru: ['бонус!', 'фриспин!', 'бесплатн', 'промо', 'акци', 'отыгр', 'вейджер', 'вager', 'кэшбэк', 'кешбек', 'промокод!', 'лояльн', 'вип', 'награ', 'балл', 'предложени', 'приветств'],
		he: ['בונוס!', 'סיבובים חינם', 'ספינים', 'חינם', 'פרומו', 'מבצע', 'הטבה', 'הטבת', 'דרישות הימור', 'גלגול', 'קאשבק', 'נאמנות', 'ויאיפי', 'נקודות', 'הצעה', 'קוד קופון!', 'קופון'],
		es: ['bono!', 'bonus', 'tiradas gratis!', 'giros gratis', 'free spin', 'promo', 'promoci', 'requisito', 'apuesta', 'rollover', 'cashback!', 'reembolso', 'fidelidad', 'vip', 'recompensa', 'puntos', 'oferta', 'bienvenida', 'código promocional'],
	},
	kyc: {
		en: ['kyc!', 'verif', 'document', 'id card', 'passport', 'identity', 'proof of address', 'proof of', 'utility bill', 'bank statement', 'selfie', 'source of funds', 'source of wealth', 'upload', 'driving licen', 'driver', 'rejected document'],
		it: ['kyc', 'verific', 'document', "carta d'identità", 'carta di identità', "carta d'identita", 'passaporto', 'identità', 'identita', 'residenza', 'bolletta', 'estratto conto', 'selfie', 'origine dei fondi', 'caricare', 'caricato', 'patente', 'codice fiscale'],
		pl: ['kyc', 'weryfikacj', 'zweryfikow', 'dokument', 'dowód', 'dowod', 'paszport', 'tożsamoś', 'tozsamos', 'potwierdzenie adresu', 'rachun', 'wyciąg', 'wyciag', 'selfie', 'źródło środków', 'zrodlo srodkow', 'przesł', 'wgra', 'prawo jazdy'],
		ru: ['kyc', 'верифик', 'верифиц', 'подтвержд', 'документ', 'паспорт', 'личност', 'адрес', 'квитанц', 'выписк', 'селфи', 'источник средств', 'источник', 'загрузил', 'загрузить', 'водительск', 'скан', 'проверк'],
		he: ['kyc', 'אימות', 'לאמת', 'אומת', 'מסמך', 'מסמכים', 'תעודת זהות', 'ת.ז', 'דרכון', 'זהות', 'אישור כתובת', 'חשבון חשמל', 'חשבונית', 'דף חשבון', 'סלפי', 'מקור הכספים', 'מקור כספים', 'העלאה', 'העליתי', 'להעלות', 'רישיון נהיגה', 'רשיון נהיגה'],
		es: ['kyc', 'verific', 'document', 'dni=', 'nie=', 'pasaporte', 'identidad', 'comprobante de domicilio', 'justificante', 'domicilio', 'factura', 'extracto', 'selfie', 'origen de los fondos', 'origen de fondos', 'subir', 'subí', 'carnet de conducir', 'permiso de conducir'],
	},
	complaint: {
		en: ['complain', 'complaint', 'unacceptable', 'disgrace', 'scam', 'fraud', 'rigged', 'cheat', 'thief', 'thieves', 'stole', 'steal', 'terrible service', 'worst', 'ridiculous', 'joke', 'manager', 'escalat', 'compensation', 'refund', 'unfair', 'disappointed', 'fed up', 'rude'],
		it: ['reclam', 'lament', 'inaccettabil', 'vergogn', 'truffa', 'truffator', 'imbrogli', 'trucca', 'ladri', 'rubat', 'servizio pessimo', 'pessim', 'ridicol', 'responsabile', 'risarciment', 'rimborso', 'ingiust', 'deluso', 'delusa', 'stufo', 'stufa', 'maleducat'],
		pl: ['reklamacj', 'skarg', 'niedopuszczaln', 'skandal', 'oszust', 'oszuk', 'ustawion', 'złodzie', 'zlodzie', 'ukradl', 'ukradli', 'okradl', 'fatalna obsługa', 'najgorsz', 'żenad', 'zenad', 'kierownik', 'przełożon', 'rekompensat', 'zwrot', 'niesprawiedliw', 'rozczarowan', 'mam dość', 'mam dosc', 'niegrzeczn'],
		ru: ['жалоб', 'претензи', 'недопустим', 'позор', 'мошенни', 'развод', 'обман', 'подкручен', 'вор', 'укра', 'ужасн', 'худш', 'безобрази', 'руководств', 'начальств', 'компенсац', 'возврат', 'несправедлив', 'разочарован', 'надоело', 'хамств', 'отвратительн', 'беспредел'],
		he: ['תלונה', 'להתלונן', 'מתלונן', 'לא מקובל', 'בושה', 'הונאה', 'רמאים', 'רמאות', 'מכור', 'מכורה', 'גנבים', 'גנבו', 'גניבה', 'שירות גרוע', 'גרוע', 'מגוחך', 'בדיחה', 'מנהל', 'פיצוי', 'החזר', 'לא הוגן', 'מאוכזב', 'נמאס', 'חצוף'],
		es: ['reclamaci', 'queja', 'quejar', 'inaceptable', 'vergüenza', 'verguenza', 'estafa', 'fraude', 'amañad', 'trampa', 'ladrones', 'robad', 'robo', 'pésimo servicio', 'pésim', 'pesim', 'ridícul', 'responsable', 'compensaci', 'indemniz', 'reembolso', 'injust', 'decepcionad', 'harto', 'harta', 'maleducad'],
	},
};

/** Responsible-gambling and compliance markers. */
export const RG_MARKERS = ['addiction', 'self_exclusion', 'cooling_off', 'limit_request', 'suicide', 'harm', 'underage'] as const;
export const COMPLIANCE_MARKERS = ['chargeback', 'legal_threat', 'regulator'] as const;
export type RgMarker = (typeof RG_MARKERS)[number];
export type ComplianceMarker = (typeof COMPLIANCE_MARKERS)[number];
export type Marker = RgMarker | ComplianceMarker;

export const MARKER_LEXICON: Readonly<Record<Marker, LexiconTable>> = {
	addiction: {
		en: ['addict', 'cant stop', 'cant control', "don't let me", 'dont let me', 'stop me from', 'compulsive gambler', 'stop me', 'gambled away', 'gambling is ruining', 'playing too much', 'gambling too much', 'gambling problem', 'problem with gambling', 'gambling issue', 'compulsive', "can't stop", 'cannot stop', "can't control", 'out of control', 'lost control', 'losing control', 'chasing losses', 'chasing my losses', 'gamcare', 'gamblers anonymous', 'begambleaware', 'need help to stop', 'help me stop', 'i have a problem', 'obsess', 'problem gambler', 'lose control', 'not in control', 'no control', 'trying to quit', 'trying to stop', 'want to quit', 'quit gambling', 'stop gambling', 'relaps', 'all i think about', 'only think about', 'cant keep doing', "can't keep doing", 'cant go on like this', "can't go on like this", 'win back', 'win it back', 'dont trust myself', "don't trust myself", 'stop myself', 'put it all back', 'put it back in', 'gamble it back', 'gamble it all back', 'play it all back', 'done with gambling', 'finished with gambling', 'give up gambling', 'giving up gambling', 'need to stop gambling', 'need to stop playing', 'have to stop gambling', 'have to stop playing', 'must stop gambling', 'promised myself', 'i promise myself', 'told myself', 'want out of gambling', 'get out of gambling', 'out of gambling for good', 'walk away from gambling'],
		it: ['dipendenz', 'non fatemi', 'non lasciatemi', 'non permettetemi', 'impeditemi', 'fermatemi', 'gioco troppo', 'il gioco mi sta rovinando', 'ludopati', 'ludopatic', 'gioco compulsivo', 'gioco patologico', 'problema con il gioco', 'problemi con il gioco', 'non riesco a smettere', 'non riesco a fermarmi', 'non mi fermo', 'perso il controllo', 'fuori controllo', 'rincorr', 'giocatori anonimi', 'aiutatemi a smettere', 'smettere di giocare', 'ossession', 'perdo il controllo', 'non controllo', 'senza controllo', 'a smettere', 'di smettere', 'rifarmi', 'rifarsi', 'recuperare quello che ho perso', 'recuperare le perdite', 'penso solo', 'non penso ad altro', 'non mi fido di me', 'ricadut', 'mi sta distrugg', 'mi sta rovin', 'dipendente da', 'dipendente dal', 'dipendente dalle', 'dipendenti da', 'rigioco', 'rigiocato', 'chiuso con il gioco', "chiuso con l'azzardo", 'basta con il gioco', "basta con l'azzardo", 'smetto con il gioco', 'bisogno di fermarmi', 'devo fermarmi', 'insegu le perdit', 'insegu perdit', 'ero promesso', 'ero promessa', 'sono promesso', 'prometto a me stess', 'mi ero detto', 'uscire dal gioco', 'smettere con il gioco', 'chiudere con il gioco'],
		pl: ['uzależni', 'nie pozwólcie mi', 'nie pozwolcie mi', 'nie dawajcie mi', 'nie mam jak oddać', 'nie mam jak oddac', 'zatrzymajcie mnie', 'powstrzymajcie mnie', 'za dużo gram', 'za duzo gram', 'hazard niszczy', 'uzalezni', 'nałóg', 'nałog', 'nalog', 'hazardzist', 'problem z hazardem', 'problemy z hazardem', 'kompulsywn', 'nie mogę przestać', 'nie moge przestac', 'nie potrafię przestać', 'nie umiem przestać', 'stracił kontrol', 'stracilem kontrol', 'straciłem kontrol', 'straciłam kontrol', 'odgrywa', 'odegrać', 'anonimowi hazardziści', 'przestać grać', 'przestac grac', 'obsesj', 'nie panuj', 'nie kontroluj', 'tracę kontrolę', 'wymyka się spod kontroli', 'spod kontroli', 'nad tym kontrol', 'nad sobą kontrol', 'rzucić granie', 'rzucić hazard', 'próbuję przestać', 'chcę przestać', 'gram za dużo', 'myślę tylko o', 'ciągle myślę o', 'cały czas myślę', 'nie ufam sobie', 'przegrywam dalej', 'od razu przegrywam', 'kończę z hazardem', 'kończę z graniem', 'skończyłem z hazardem', 'skończyłam z hazardem', 'rzucam hazard', 'rzucam granie', 'muszę przestać', 'muszę skończyć z', 'obiecałem sobie', 'obiecałam sobie', 'obiecuję sobie', 'skończyć z graniem', 'skonczyc z graniem', 'skończyć z hazardem', 'skonczyc z hazardem', 'wyjść z hazardu', 'wyjsc z hazardu'],
		ru: ['зависим', 'не давайте мне', 'не позволяйте мне', 'запретите мне', 'игроман', 'остановите меня', 'слишком много играю', 'игра разрушает', 'ставки разрушают', 'игромани', 'лудомани', 'лудоман', 'проблема с азарт', 'проблемы с азарт', 'проблемы с игр', 'проблема с игр', 'не могу остановиться', 'не могу перестать', 'не могу бросить', 'потерял контроль', 'потеряла контроль', 'теряю контроль', 'отыграться', 'отыгрываюсь', 'анонимные игроки', 'бросить играть', 'перестать играть', 'одержим', 'не контролир', 'себя контролир', 'вышло из-под контроля', 'из-под контроля', 'завязать', 'завязал', 'завязываю', 'пытаюсь бросить', 'хочу бросить', 'думаю только о', 'только и думаю', 'не доверяю себе', 'ставлю обратно', 'проигрываю обратно', 'покончить с азарт', 'бросаю игр', 'бросаю ставки', 'хватит с меня', 'надо остановиться', 'нужно остановиться', 'пытал отыграть', 'пытаюсь отыграть', 'отыграть проигр', 'не хочу больше играть', 'обещал себе', 'обещала себе', 'обещаю себе', 'дал себе слово', 'завязать с игр', 'покончить с игр', 'выбраться из этого', 'уйти из игр'],
		he: ['התמכרות', 'אל תתנו לי', 'אל תאפשרו לי', 'תמנעו ממני', 'תעצרו אותי', 'עצרו אותי', 'משחק יותר מדי', 'מהמר יותר מדי', 'ההימורים הורסים', 'מכור', 'מכורה', 'מכורים', 'בעיית הימורים', 'בעיה עם הימורים', 'בעיה עם ההימורים', 'הימורים כפייתי', 'כפייתי', 'לא מצליח להפסיק', 'לא מצליחה להפסיק', 'לא יכול להפסיק', 'לא יכולה להפסיק', 'איבדתי שליטה', 'איבדתי את השליטה', 'מאבד שליטה', 'להחזיר את ההפסדים', 'מהמרים אנונימיים', 'להפסיק להמר', 'אובססי', 'יוצא משליטה', 'יצא משליטה', 'משליטה', 'אין לי שליטה', 'בלי שליטה', 'מנסה להפסיק', 'להפסיק לשחק', 'חושב רק על', 'חושבת רק על', 'לא סומך על עצמי', 'לא סומכת על עצמי', 'מהמר הכל בחזרה', 'מהמר בחזרה', 'גומר עם ההימורים', 'גמרתי עם ההימורים', 'די עם ההימורים', 'מפסיק להמר', 'חייב לעצור', 'חייבת לעצור', 'צריך לעצור', 'צריכה לעצור', 'להחזיר את ההפסד', 'הבטחתי לעצמי', 'אמרתי לעצמי', 'לצאת מזה', 'לצאת מההימורים', 'להיגמל'],
		es: ['adicci', 'no me dejéis', 'no me dejeis', 'no me dejen', 'no me permitáis', 'no me permitan', 'impedidme', 'paradme', 'párenme', 'parenme', 'juego demasiado', 'el juego me está destrozando', 'el juego me esta destrozando', 'adicto', 'adicta', 'ludopat', 'problema con el juego', 'problemas con el juego', 'juego compulsivo', 'compulsiv', 'no puedo parar', 'no puedo dejar', 'no consigo parar', 'perdí el control', 'perdi el control', 'fuera de control', 'recuperar lo perdido', 'recuperar mis pérdidas', 'jugadores anónimos', 'jugadores anonimos', 'dejar de jugar', 'obsesi', 'no controlo', 'no me controlo', 'pierdo el control', 'perdiendo el control', 'no tengo control', 'sin control', 'intentando dejar', 'intento dejar', 'dejar el juego', 'recuperar lo que perd', 'solo pienso en', 'no pienso en otra cosa', 'no me fío de mí', 'recaída', 'recaí', 'me está arruin', 'me esta arruin', 'lo vuelvo a meter', 'lo vuelvo a apostar', 'vuelvo a apostar', 'lo dejo con el juego', 'dejo el juego', 'se acabó el juego', 'dejo las apuestas', 'tengo que parar', 'necesito parar', 'me prometí', 'me prometo', 'me dije a mí mismo', 'salirme de esto', 'salir de esto', 'salir del juego', 'dejar las apuestas'],
	},
	self_exclusion: {
		en: ['self-exclu', 'shut my account', 'shut down my account', 'shut my account down', 'self exclu', 'selfexclu', 'exclude me', 'exclude myself', 'close my account permanently', 'close my account for good', 'permanently close', 'block my account', 'block me', 'gamstop', 'close my account', 'delete my account', 'never want to play', 'never gamble again', 'deactivate my account', 'block myself', 'ban myself', 'ban= me', 'shut everything down', 'shut it all down', 'turn everything off', 'switch everything off', 'keep me away', 'kept away from', 'keep me off', 'close my profile', 'delete my profile', 'lock it all down', 'block everything', 'lock everything'],
		it: ['autoesclusion', 'auto-esclusion', 'auto esclusion', 'autoescluder', 'escludermi', 'escludetemi', 'chiudere il mio conto', 'chiudete il mio conto', 'chiudere il conto', 'chiudete il conto', 'chiudere il mio account', 'chiudete il mio account', 'bloccate il mio conto', 'bloccate il mio account', 'bloccatemi', 'cancellare il mio account', 'cancellate il mio account', 'registro unico delle autoesclusioni', 'non voglio più giocare', 'non voglio piu giocare', 'autoesclu', 'bloccate il conto', 'chiudete tutto', 'spegnete tutto', 'disattivate tutto', 'tenetemi lontano', 'tenermi lontano', 'chiudete il mio profilo', 'chiudere il mio profilo', 'bloccate tutto'],
		pl: ['samowyklucz', 'wyklucz', 'zamknij moje konto', 'zamknięcie konta', 'zamkniecie konta', 'zamknąć konto', 'zamknac konto', 'zamknąć moje konto', 'zamknijcie', 'zablokujcie moje konto', 'zablokujcie mnie', 'zablokować moje konto', 'zablokowac moje konto', 'usuń moje konto', 'usunąć konto', 'usunac konto', 'usunięcie konta', 'rejestr wyklucz', 'nie chcę już grać', 'nie chce juz grac', 'nigdy więcej grać', 'wyłączcie wszystko', 'wylaczcie wszystko', 'zamknijcie wszystko', 'trzymajcie mnie z dala', 'zamknijcie mój profil', 'zamknijcie moj profil', 'zablokujcie wszystko'],
		ru: ['самоисключ', 'исключить себя', 'исключите', 'самоограничен', 'исключите меня', 'закройте мой аккаунт', 'закрыть мой аккаунт', 'закрыть аккаунт', 'закройте аккаунт', 'закрыть счет', 'закрыть счёт', 'закройте счет', 'закройте счёт', 'заблокируйте мой аккаунт', 'заблокируйте меня', 'заблокируйте аккаунт', 'удалите мой аккаунт', 'удалить аккаунт', 'удалить мой аккаунт', 'больше не хочу играть', 'закройте мне', 'заблокируйте мой', 'отключите всё', 'отключите все', 'закройте всё', 'закройте все', 'держите меня подальше', 'закройте мой профиль', 'заблокируйте все', 'заблокируйте всё'],
		he: ['הרחקה עצמית', 'חוסם את עצמי', 'חוסמת את עצמי', 'לחסום את עצמי', 'להרחיק את עצמי', 'החרגה עצמית', 'אי הכללה עצמית', 'לחסום אותי', 'תחסמו אותי', 'חסמו אותי', 'תחסמו את החשבון', 'לחסום את החשבון', 'לסגור את החשבון', 'תסגרו את החשבון', 'סגירת החשבון', 'סגירת חשבון', 'למחוק את החשבון', 'תמחקו את החשבון', 'לא רוצה להמר יותר', 'לא רוצה לשחק יותר', 'להחריג', 'תחריגו', 'החריגו אותי', 'תרחיקו', 'להרחיק אותי', 'הרחיקו אותי', 'תסגרו לי את החשבון', 'תכבו הכל', 'תכבו הכול', 'תסגרו הכל', 'תסגרו הכול', 'תרחיקו אותי', 'תסגרו את הפרופיל', 'תחסמו הכל', 'תחסמו הכול'],
		es: ['autoexclusi', 'cerrad la cuenta', 'cerrad mi cuenta', 'auto-exclusi', 'auto exclusi', 'autoexclu', 'excluirme', 'exclúyanme', 'excluyanme', 'cerrar mi cuenta', 'cierren mi cuenta', 'cerrar la cuenta', 'cierre de mi cuenta', 'cierre de cuenta', 'bloquear mi cuenta', 'bloqueen mi cuenta', 'bloquéenme', 'bloqueenme', 'eliminar mi cuenta', 'borrar mi cuenta', 'rgiaj', 'no quiero volver a jugar', 'no quiero jugar más', 'no quiero jugar mas', 'bloquead mi cuenta', 'excluidme', 'exclúyeme', 'apaguen todo', 'cierren todo', 'desactiven todo', 'manténganme lejos', 'mantenganme lejos', 'mantenerme lejos', 'cierren mi perfil', 'bloqueen todo', 'bloquead todo'],
	},
	cooling_off: {
		en: ['cooling off', 'cooling-off', 'cool off', 'cool-off', 'time out', 'time-out', 'pause my account', 'suspend my account', 'reality check', 'break from gambling', 'break from the casino', 'break from playing', 'time away from', 'some time off', 'lock my account for', 'switch my account off', 'turn my account off', 'switch off my account', 'turn off my account', 'deactivate my account for', 'disable my account for'],
		it: ['pausa dal gioco', 'una pausa dal', 'periodo di pausa', 'periodo di riflessione', 'sospendere il mio conto', 'sospendete il mio conto', 'sospendere il conto', 'sospendete il conto', 'sospensione del conto', 'sospensione volontaria', 'fermarmi per', 'bisogno di staccare', 'voglio staccare', 'staccare un po', 'disattivarmi', 'disattivate il mio conto', 'disattivare il mio conto', 'allontanarmi dal gioco', 'stare lontano dal gioco'],
		pl: ['przerwę od', 'przerwe od', 'przerwy od', 'okres ochłonięcia', 'ochłon', 'ochlon', 'zawiesić konto', 'zawiesic konto', 'zawieście', 'zawiescie', 'zawieszenie konta', 'time out', 'timeout', 'odpocząć od gry', 'odpoczac od gry', 'wyłączyć mi konto', 'wylaczyc mi konto', 'wyłączcie mi konto', 'wylaczcie mi konto', 'dezaktywujcie mi', 'odsunąć się od gry', 'odsunac sie od gry'],
		ru: ['перерыв в игр', 'пауза в игр', 'тайм-аут', 'таймаут', 'тайм аут', 'приостановить аккаунт', 'приостановите аккаунт', 'приостановите мой', 'заморозить аккаунт', 'заморозьте аккаунт', 'заморозьте мой', 'отдохнуть от игр', 'период охлаждения', 'перерыв от игр', 'пауза на месяц', 'пауза на неделю', 'отключить мой аккаунт', 'отключите мой аккаунт', 'отключить мне аккаунт', 'отключите мне аккаунт', 'деактивируйте мой', 'отойти от игр'],
		he: ['הפסקה מהימורים', 'הפסקה מהמשחק', 'פסק זמן', 'הקפאה', 'להקפיא', 'תקפיאו', 'הקפאת החשבון', 'להשהות', 'השהיה', 'השהיית', 'לנוח מהימורים', 'תקופת צינון', 'צינון', 'לכבות לי את החשבון', 'תכבו לי את החשבון', 'להשבית לי את החשבון', 'תשביתו לי', 'להתרחק מההימורים'],
		es: ['pausa del juego', 'periodo de reflexi', 'tiempo de espera', 'tiempo fuera', 'suspender mi cuenta', 'suspendan mi cuenta', 'suspender la cuenta', 'congelar mi cuenta', 'congelen mi cuenta', 'tomarme un tiempo', 'time out', 'timeout', 'un descanso de', 'descanso del juego', 'congelad mi cuenta', 'congelad la cuenta', 'congelar la cuenta', 'desactivar la cuenta hasta', 'desactivarme la cuenta', 'desactiven mi cuenta', 'desactivar mi cuenta', 'alejarme del juego', 'alejarme de las apuestas'],
	},
	limit_request: {
		en: ['put a limit', 'limit on how much', 'limit my deposit', 'limit on my deposit', 'set a limit', 'set limits', 'wager limit', 'limit my spending', 'lower my limit', 'reduce my limit', 'session limit', 'limit my play', 'limit how much', 'block deposits', 'block my deposits', 'cap my', 'cap on my', 'limit me', 'limit myself', 'restrict my deposits', 'stop me depositing', 'stop me from depositing', 'make it so i cant', "make it so i can't", 'make it so that i cant', "make it so that i can't", 'make it impossible for me', 'so that i cant deposit', "so that i can't deposit", 'so i cant deposit', "so i can't deposit"],
		it: ['limitare i miei deposit', 'limitare i deposit', 'impostare un limite', 'abbassare il limite', 'ridurre il limite', 'limite di gioco', 'limitare il gioco', 'limitare quanto', 'limitarmi', 'mettetemi un limit', 'mettermi un limit', 'impostatemi un limit', 'bloccate i deposit', 'bloccare i deposit', 'bloccate i miei deposit', 'bloccatemi i deposit', 'fate in modo che non', 'in modo che non possa', 'in modo da non poter', 'non possa depositare', 'non possa giocare', 'fare in modo che non'],
		pl: ['ograniczyć wpłat', 'ograniczyc wplat', 'ograniczenie wpłat', 'ograniczenie depozyt', 'ustawić limit', 'ustawic limit', 'obniżyć limit', 'obnizyc limit', 'zmniejszyć limit', 'limit czasu gry', 'ograniczyć grę', 'ograniczyć granie', 'limity', 'zablokujcie mi', 'zablokujcie moje', 'ustawcie mi limit', 'ustawić mi limit', 'zablokować sobie', 'ograniczcie mi', 'ograniczyć sobie', 'żebym nie mógł', 'żebym nie mogła', 'zróbcie tak'],
		ru: ['ограничить депозит', 'ограничение депозит', 'ограничить пополнен', 'ограничение на пополнен', 'установить лимит', 'поставить лимит', 'поставьте лимит', 'установите лимит', 'снизить лимит', 'уменьшить лимит', 'ограничить игр', 'ограничить сумм', 'заблокируйте мне', 'поставьте мне лимит', 'ограничьте мне', 'запретить себе', 'запретите себе', 'чтобы я не мог', 'чтобы я не могла', 'чтоб я не мог', 'сделайте так чтобы'],
		he: ['להגביל את ההפקדות', 'להגביל הפקדות', 'להגביל את עצמי', 'להגדיר מגבלה', 'להגדיר הגבלה', 'להוריד את המגבלה', 'להקטין את המגבלה', 'להגביל את המשחק', 'להגביל כמה', 'תחסמו לי', 'תגבילו', 'הגבילו', 'להגביל לי', 'לחסום לעצמי', 'חוסם לעצמי', 'חוסמת לעצמי', 'תעשו שלא', 'שלא אוכל להפקיד', 'שלא אוכל להמר', 'שלא אוכל לשחק'],
		es: ['límite a mis depósitos', 'limitar mis depósitos', 'limitar mis depositos', 'limitar los depósitos', 'poner un límite', 'poner un limite', 'establecer un límite', 'bajar mi límite', 'reducir mi límite', 'reducir el límite', 'limitar el juego', 'limitar cuánto', 'bloquearme', 'bloqueadme', 'bloquead los deposit', 'bloquear mis deposit', 'bloquear los deposit', 'ponedme un limit', 'ponerme un limit', 'pónganme un límite', 'limitadme', 'limitarme', 'haced que no pueda', 'hagan que no pueda', 'para que no pueda', 'de forma que no pueda', 'para no poder'],
	},
	suicide: {
		en: ['suicid', 'kill myself', 'end my life', 'end it all', 'take my own life', 'want to die', 'wanna die', 'better off dead', 'self harm', 'self-harm', 'hurt myself', 'no reason to live', 'jump off', "don't want to live", 'not want to live anymore', 'nothing to live for', 'not worth living', 'dont want to live', 'better off without me', 'no way out', 'see a way out', 'see any way out', 'point anymore', 'point of living', 'no point in living', 'it all to stop', 'tired of everything', 'tired of living', 'tired of life', 'want to disappear', 'just disappear', 'not wake up', 'never wake up', 'cant go on', "can't go on", 'give up on life', "wasn't around", 'wasnt around', "weren't around", 'not around anymore', "didn't exist", 'didnt exist', "wasn't here", 'wasnt here', 'if i was gone', 'if i were gone', 'without me'],
		it: ['suicid', 'uccidermi', 'ammazzarmi', 'togliermi la vita', 'farla finita', 'voglio morire', 'meglio morto', 'meglio morta', 'farmi del male', 'autolesion', 'non ho più motivo di vivere', 'non voglio più vivere', 'non voglio piu vivere', 'buttarmi', 'senso vivere', 'senso di vivere', 'voglia di vivere', 'meglio sparire', 'voglio sparire', 'vorrei sparire', "via d'uscita", 'via di uscita', 'non svegliarmi', 'meglio senza di me', 'andare avanti cosi', 'stanco di tutto', 'stanca di tutto', 'stanco di vivere', 'stanca di vivere', 'non ci fossi', 'non esistessi', 'se sparissi', 'se morissi'],
		pl: ['samobój', 'samoboj', 'zabić się', 'zabic sie', 'zabiję się', 'zabije sie', 'odebrać sobie życie', 'skończyć ze sobą', 'skonczyc ze soba', 'skończę ze sobą', 'chcę umrzeć', 'chce umrzec', 'lepiej gdybym nie żył', 'zrobić sobie krzywdę', 'samookalecz', 'nie chcę żyć', 'nie chce zyc', 'nie mam po co żyć', 'powieszę', 'powiesic', 'nie chce mi się żyć', 'nie chcę już żyć', 'żeby mnie nie było', 'nie widzę sensu', 'sensu życia', 'juz sensu', 'już sensu', 'mam dość wszystkiego', 'mam dość życia', 'nie chce się budzić', 'nie obudzić', 'chcę zniknąć', 'bez wyjścia', 'beze mnie', 'mnie nie było', 'gdybym zniknął', 'gdybym zniknęła', 'gdybym umarł', 'gdybym umarła'],
		ru: ['суицид', 'самоубийств', 'покончить с собой', 'покончу с собой', 'убить себя', 'убью себя', 'покончить с жизнью', 'лишить себя жизни', 'хочу умереть', 'не хочу жить', 'жить не хочу', 'лучше бы я умер', 'навредить себе', 'причинить себе вред', 'порезать себя', 'повеситься', 'повешусь', 'выпрыгнуть', 'нет смысла жить', 'не хочется жить', 'жить не хочется', 'незачем жить', 'самоубий', 'больше не могу', 'лучше без меня', 'не вижу смысла', 'смысла жить', 'смысла дальше', 'исчезнуть', 'устал от всего', 'устала от всего', 'устал жить', 'устала жить', 'не проснуться', 'нет выхода', 'выхода нет', 'не вижу выхода', 'меня не было', 'меня не станет', 'если бы я умер', 'если бы я умерла', 'если я исчезну'],
		he: ['התאבדות', 'להתאבד', 'אתאבד', 'מתאבד', 'לשים קץ לחיי', 'לשים קץ לחיים', 'לגמור עם הכל', 'רוצה למות', 'רוצה למות', 'לפגוע בעצמי', 'פגיעה עצמית', 'אין לי סיבה לחיות', 'לא רוצה לחיות', 'לקפוץ מ', 'להרוג את עצמי', 'בשביל מה לחיות', 'אין טעם לחיות', 'לשים קץ', 'לא רואה טעם', 'טעם בכלום', 'עדיף שלא אהיה', 'שלא אהיה פה', 'רוצה להיעלם', 'פשוט להיעלם', 'נמאס לי מהכל', 'נמאס לי מהחיים', 'אין מוצא', 'לא רוצה להתעורר', 'בלעדיי', 'לא הייתי קיים', 'לא הייתי קיימת', 'אם לא הייתי', 'אם אעלם', 'אם אמות'],
		es: ['suicid', 'matarme', 'quitarme la vida', 'acabar con mi vida', 'acabar con todo', 'quiero morir', 'quiero morirme', 'mejor muerto', 'mejor muerta', 'hacerme daño', 'hacerme dano', 'autolesi', 'no quiero vivir', 'no tengo razón para vivir', 'tirarme', 'ganas de vivir', 'sentido vivir', 'no le veo sentido', 'no veo sentido', 'sentido a nada', 'sentido a la vida', 'mejor sin mí', 'yo no estuviera', 'desaparecer=', 'cansado de todo', 'cansada de todo', 'cansado de vivir', 'cansada de vivir', 'no quiero despertar', 'no hay salida', 'no veo salida', 'no existiera', 'no estuviera', 'si me muero', 'si desapareciera'],
	},
	harm: {
		en: ['lost everything', 'paycheck', 'paycheque', 'my marriage', 'lost my savings', 'my savings', 'rent money', "can't pay rent", 'cannot pay rent', 'my salary', 'whole salary', 'in debt', 'debts', 'loan to gamble', 'took a loan', 'borrowed money', 'depress', 'desperate', 'ruined', 'ruining my life', 'destroying my life', "can't sleep", 'ashamed', 'hopeless', 'lost it all', 'payday loan', 'loan shark', "can't pay my bills", 'cant pay my bills', 'cant sleep', 'feel sick about', 'lost all my money', 'owe money', 'i owe my', 'cant afford', "can't afford", 'cannot afford', 'hate myself', 'keep going like this', 'go on like this', 'nobody knows i', 'no one knows i', 'nobody knows that i'],
		it: ['perso tutto', 'matrimonio', 'tutti i miei risparmi', 'risparmi', "soldi dell'affitto", "giocato l'affitto", "perso l'affitto", 'stipendio', 'debiti', 'indebitat', 'prestito', 'soldi in prestito', 'depress', 'disperat', 'rovinat', 'rovinando la vita', 'non dormo', 'mi vergogno', 'vergogno di me', 'perdo tutto', 'debito', 'strozzin', 'perso tutti i soldi', 'perso tutti i miei soldi', 'devo soldi', 'devo dei soldi', 'posso permettermel', 'mi odio', 'andare avanti così', 'nessuno sa che'],
		pl: ['straciłem wszystko', 'pożyczyłem', 'pozyczylem', 'pożyczyłam', 'pozyczylam', 'małżeństw', 'malzenstw', 'stracilem wszystko', 'straciłam wszystko', 'przegrałem wszystko', 'przegralem wszystko', 'przegrałam wszystko', 'oszczędności', 'oszczednosci', 'pieniądze na czynsz', 'pieniadze na czynsz', 'przegrałem czynsz', 'wypłatę przegrał', 'całą pensję', 'cala pensje', 'pensj', 'długi', 'dlugi', 'zadłuż', 'zadluz', 'pożyczk', 'pozyczk', 'kredyty', 'wziąłem kredyt', 'wzialem kredyt', 'wzięłam kredyt', 'depresj', 'zdesperowan', 'zrujnowa', 'niszczy mi życie', 'nie śpię', 'nie spie', 'wstydzę', 'bez nadziei', 'chwilówk', 'komornik', 'wiszę', 'jestem winien', 'jestem winna', 'nie stać mnie', 'nienawidzę siebie', 'nienawidzę się', 'rady tak dalej', 'tak dłużej nie', 'nie dam rady dłużej', 'nikt nie wie że', 'nikt nie wie ze'],
		ru: ['проиграл все', 'занял', 'заняла', 'одолжил', 'одолжила', 'проиграл всё', 'проиграла все', 'проиграла всё', 'потерял все', 'потерял всё', 'все сбережения', 'сбережени', 'деньги на аренд', 'деньги на квартплат', 'проиграл аренд', 'проиграл квартплат', 'зарплат', 'долги', 'долгов', 'долгах', 'в долг', 'кредиты', 'взял кредит', 'взяла кредит', 'займ', 'микрозайм', 'в долг', 'депресс', 'отчаян', 'разрушил', 'разрушает', 'не сплю', 'стыдно', 'безнадеж', 'безнадёж', 'коллектор', 'должен всем', 'должна всем', 'себе этого позвол', 'не могу себе позвол', 'не могу позволить', 'ненавижу себя', 'так дальше', 'так больше не могу', 'так жить нельзя', 'никто не знает что я', 'никто не знает, что я'],
		he: ['הפסדתי הכל', 'הנישואים', 'נישואין', 'הפסדתי הכול', 'איבדתי הכל', 'איבדתי הכול', 'כל החסכונות', 'חסכונות', 'הכסף של שכר הדירה', 'כסף של שכר דירה', 'הכסף לשכר דירה', 'המשכורת', 'משכורת', 'חובות', 'בחובות', 'הלוואה', 'לוויתי', 'דיכאון', 'מדוכא', 'מיואש', 'ייאוש', 'הרסתי', 'הורס לי את החיים', 'לא ישן', 'לא ישנה', 'מתבייש', 'חסר תקווה', 'שוק אפור', 'הוצאה לפועל', 'חייב כסף', 'חייבת כסף', 'אין לי את זה', 'להרשות לעצמי', 'שונא את עצמי', 'שונאת את עצמי', 'להמשיך ככה', 'להמשיך כך', 'אף אחד לא יודע שאני'],
		es: ['perdido todo', 'matrimonio', 'destrozando mi vida', 'me está destrozando', 'perdí todo', 'perdi todo', 'ahorros', 'dinero del alquiler', 'jugué el alquiler', 'perdí el alquiler', 'el sueldo', 'mi sueldo', 'nómina', 'nomina', 'deudas', 'endeudad', 'préstamo', 'prestamo', 'pedí dinero prestado', 'depresi', 'deprimid', 'desesperad', 'arruinad', 'arruinando mi vida', 'no duermo', 'vergüenza de mí', 'sin esperanza', 'lo pierdo todo', 'lo perdí todo', 'prestamista', 'crédito rápido', 'debo dinero', 'le debo', 'no me lo puedo permitir', 'no puedo permitírmelo', 'no me puedo permitir', 'me odio', 'seguir así', 'continuar así', 'nadie sabe que'],
	},
	underage: {
		en: ['underage', 'a minor', 'is minor', 'under 18', '16 years old', '17 years old', '15 years old', 'im 17', "i'm 17", 'i am 17', 'im 16', "i'm 16", 'i am 16', 'im 15', "i'm 15", '17yo', '16yo', '15yo', '14yo', '17 y/o', '16 y/o'],
		it: ['minorenn', 'sotto i 18', '16 anni', '17 anni', '15 anni', '14 anni'],
		pl: ['niepełnolet', 'niepelnolet', 'poniżej 18', '16 lat', '17 lat', '15 lat', '14 lat'],
		ru: ['несовершеннолет', 'младше 18', '16 лет', '17 лет', 'мне 17', 'мне 16', 'мне 15', '15 лет', '14 лет'],
		he: ['קטין', 'קטינה', 'מתחת לגיל 18', 'בן 16', 'בן 17', 'בת 16', 'בת 17', 'בן 15', 'בת 15', 'אני בן 17', 'אני בת 17'],
		es: ['menor de edad', 'menores de 18', '16 años', '17 años', '15 años', '14 años'],
	},
	chargeback: {
		en: ['chargeback', 'dispute the', 'dispute it with', 'charge back', 'charge-back', 'dispute the payment', 'dispute the charge', 'dispute with my bank', 'dispute with the bank', 'contact my bank', 'call my bank', 'reverse the payment', 'reverse the transaction', 'cancel the payment with', 'report to my bank', 'report you to my bank', 'bank to reverse'],
		it: ['chargeback', 'contester', 'contesto l', 'disputa con la banca', 'storno', 'stornare', 'contestare il pagamento', "contestare l'addebito", 'contestazione', 'disconoscere', 'disconoscimento', 'chiamo la banca', 'chiamare la banca', 'rivolgermi alla banca', 'annullare il pagamento'],
		pl: ['chargeback', 'obciążenie zwrotne', 'obciazenie zwrotne', 'reklamacja w banku', 'reklamację w banku', 'reklamacje w banku', 'zgłoszę do banku', 'zglosze do banku', 'zgłoszę to w banku', 'zadzwonię do banku', 'zadzwonie do banku', 'cofnąć transakc', 'cofnac transakc', 'anulować transakc', 'zwrot przez bank'],
		ru: ['чарджбэк', 'оспор', 'оспарив', 'чарджбек', 'chargeback', 'оспорить платеж', 'оспорить платёж', 'оспорю платеж', 'оспорю платёж', 'оспорить транзакц', 'оспорю транзакц', 'оспорить списан', 'обращусь в банк', 'обратиться в банк', 'пожалуюсь в банк', 'позвоню в банк', 'отменить платеж', 'отменить платёж', 'вернуть через банк', 'отозвать платеж', 'отозвать платёж'],
		he: ['צ׳ארג׳בק', "צ'ארג'בק", 'צארגבק', 'chargeback', 'ביטול עסקה', 'לבטל את העסקה', 'לבטל את החיוב', 'ביטול החיוב', 'הכחשת עסקה', 'להכחיש את העסקה', 'אפנה לבנק', 'לפנות לבנק', 'אתקשר לבנק', 'לחברת האשראי', 'חברת האשראי', 'מחלוקת'],
		es: ['chargeback', 'disputar', 'contracargo', 'devolución bancaria', 'devolucion bancaria', 'disputar el cargo', 'disputar el pago', 'reclamar al banco', 'reclamaré al banco', 'llamar a mi banco', 'llamaré a mi banco', 'llamare a mi banco', 'anular el pago', 'anular el cargo', 'retroceder el pago', 'desconocer el cargo', 'al banco que', 'banco que me devuelva', 'banco que devuelva'],
	},
	legal_threat: {
		en: ['lawyer', 'solicitor', 'attorney', 'legal action', 'take legal', 'sue you', 'sue your', 'court', 'police', 'lawsuit', 'legal advisor', 'legal adviser', 'legal team', 'legal counsel', 'my legal rep'],
		it: ['avvocat', 'legale', 'azioni legali', 'vie legali', 'denuncia', 'denuncer', 'tribunale', 'polizia', 'carabinieri', 'querela', 'consulente legale', 'studio legale'],
		pl: ['prawnik', 'adwokat', 'kroki prawne', 'drogę sądową', 'droge sadowa', 'pozew', 'pozwę', 'pozwe', 'do sądu', 'do sadu', 'w sądzie', 'policj', 'zawiadomieni', 'prokuratur', 'pełnomocnik', 'pelnomocnik', 'kancelari'],
		ru: ['юрист', 'адвокат', 'в суд', 'суда', 'судом', 'судебн', 'подам иск', 'иск в', 'полици', 'прокуратур', 'заявление в', 'юридическ', 'своему представителю', 'моему представителю', 'юрист'],
		he: ['עורך דין', 'עו"ד', 'עו״ד', 'תביעה', 'אתבע', 'לתבוע', 'בית משפט', 'משטרה', 'במשטרה', 'צעדים משפטיים', 'ייצוג משפטי', 'יועץ משפטי', 'יועצת משפטית'],
		es: ['abogad', 'acciones legales', 'vía judicial', 'via judicial', 'demanda', 'demandar', 'denuncia', 'denunciar', 'tribunal', 'juzgado', 'policía', 'policia', 'representante legal', 'asesor legal', 'asesoría legal', 'asesoria legal'],
	},
	regulator: {
		en: ['regulator', 'gambling commission', 'ukgc', 'mga=', 'malta gaming', 'ombudsman', 'ibas', 'report you to', 'your licence', 'your license', 'licensing', 'licence holder', 'gave you a licence', 'gave you your licence'],
		it: ['adm=', 'aams', 'agenzia delle dogane', 'autorità', 'autorita', 'segnalazione all', 'la licenza', 'vostra licenza'],
		pl: ['regulator', 'ministerstw', 'urząd', 'urzad', 'uokik', 'rzecznik', 'zgłoszę was', 'zglosze was', 'licencj', 'organ nadzoru', 'organu nadzoru'],
		ru: ['регулятор', 'лицензи', 'надзор', 'роспотреб', 'пожалуюсь в', 'куда следует', 'выдал вам', 'выдали вам', 'выдавший вам'],
		he: ['רגולטור', 'הרשות להסדרת', 'רשות ההימורים', 'להגיש תלונה נגדכם', 'אדווח עליכם', 'לכם את הרישיון', 'הרישיון שלכם', 'שנתן לכם רישיון', 'הגוף המפקח'],
		es: ['regulador', 'dgoj', 'ordenación del juego', 'ordenacion del juego', 'denunciaré', 'denunciare', 'su licencia', 'les dio la licencia', 'les dio licencia', 'organismo regulador', 'organismo que les'],
	},
};

/**
 * Words that are innocent alone and a responsible-gambling sign together: a family member, a
 * child or the rent is ordinary support talk ("my wife wants an account too"); next to a gambling
 * loss, a secret, an age under 18 or a request to close for good it is not. A pair marks its
 * marker when at least one entry of each of its two tables occurs anywhere in the message.
 */
export interface MarkerPair {
	marker: Marker;
	first: LexiconTable;
	second: LexiconTable;
}

/** People a player can hurt or hide the gambling from. */
const PEOPLE: LexiconTable = {
	en: ['wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'family', 'kids', 'children', 'parents', 'mum=', 'mom=', 'dad=', 'brother', 'sister', 'everyone', 'everybody', 'friends', 'mates'],
	it: ['moglie', 'marito', 'famiglia', 'figli', 'genitori', 'madre', 'padre', 'mamma', 'papà', 'fratell', 'sorell', 'fidanzat', 'a tutti', 'amici', 'ragazza', 'ragazzo', 'mezzo mondo', 'compagno', 'compagna'],
	pl: ['żon', 'mąż', 'męża', 'mężowi', 'rodzin', 'dzieci', 'rodzic', 'mama', 'mamy', 'mamie', 'matk', 'ojc', 'tata', 'taty', 'brat', 'siostr', 'wszystkich', 'wszystkim', 'znajom', 'przyjaci', 'kumpl', 'dziewczyn', 'chłopak', 'partner'],
	ru: ['жена', 'жены', 'жене', 'жену', 'женой', 'муж=', 'мужа', 'мужу', 'семь', 'дети', 'детей', 'родител', 'мама', 'маме', 'мамы', 'отец', 'отцу', 'брат', 'сестр', 'всем=', 'друз', 'знаком', 'девушк', 'парень'],
	he: ['אשתי', 'בעלי', 'משפחה', 'המשפחה', 'ילדים', 'הילדים', 'הורים', 'ההורים', 'אמא', 'אבא', 'אחי', 'אחותי', 'לכולם', 'חברים', 'החבר שלי', 'החברה שלי', 'בת הזוג', 'בן הזוג'],
	es: ['mujer', 'esposa', 'marido', 'esposo', 'familia', 'hijos', 'padres', 'madre', 'padre', 'hermano', 'hermana', 'pareja', 'novia', 'novio', 'todo el mundo', 'a todos', 'amigos', 'medio mundo'],
};

/** Money a household lives on, or money raised to gamble. */
const LIVING_MONEY: LexiconTable = {
	en: ['rent', 'salary', 'paycheck', 'wages', 'savings', 'loan', 'borrow', 'sold my', 'pawn', 'mortgage', 'bills', 'grocer', 'food money', 'payments', 'money from my', 'took money from', 'money off my'],
	it: ['affitto', 'stipendio', 'risparmi', 'prestito', 'prestiti', 'soldi della spesa', 'venduto', 'mutuo', 'bollette', 'pensione', 'rate del', 'rata', 'soldi a mia', 'soldi a mio', 'soldi da mia', 'soldi da mio', 'soldi dell affitto', "soldi dell'affitto"],
	pl: ['czynsz', 'pensj', 'oszczędnoś', 'pożycz', 'kredyt=', 'kredytu', 'kredyty', 'kredytów=', 'sprzedał', 'rachunk', 'hipotek', 'na jedzenie', 'rat=', 'kasę od', 'kase od', 'pieniądze od', 'pieniadze od', 'na czynsz'],
	ru: ['аренд', 'квартплат', 'зарплат', 'сбережени', 'кредит=', 'кредита', 'кредиты', 'кредитов', 'займ', 'занял', 'одолжил', 'продал', 'ипотек', 'коммуналк', 'на еду', 'платеж', 'платёж', 'деньги у', 'за квартиру', 'на квартиру'],
	he: ['שכר דירה', 'שכר הדירה', 'משכורת', 'המשכורת', 'חסכונות', 'הלוואה', 'לוויתי', 'מכרתי', 'משכנתא', 'חשבונות', 'תשלומי', 'לקחתי כסף', 'כסף מאחי', 'כסף מאחותי', 'השכירות', 'שכירות'],
	es: ['alquiler', 'sueldo', 'nómina', 'ahorros', 'préstamo', 'un crédito', 'créditos', 'vendí', 'hipoteca', 'facturas', 'pedí dinero', 'cuotas', 'plata a mi', 'dinero a mi', 'plata del alquiler', 'la plata de'],
};

/** Money gone to gambling, owed or unpaid, or the gambling kept secret or found out. */
const LOST_OR_HIDDEN: LexiconTable = {
	en: ['gambl', 'blew', 'spent', 'cover what', 'hide', 'hiding', 'hid=', 'secret', 'lie to', 'lying', 'lied', 'doesnt know', "doesn't know", 'does not know', "don't know i", 'dont know i', 'behind her back', 'behind his back', 'owe', 'missed', 'behind on', "can't pay", 'cant pay', 'found out', 'left me', 'find out', 'finds out', 'asked for money', 'money from', 'borrowed', 'borrow', 'went on', 'lost everything', 'lost it all', 'lost all our', 'lost our', "i've lost", 'ive lost', 'blew the', 'gone on'],
	it: ['giocato', 'speso', 'sperperat', 'nascond', 'non sa', 'non sanno', 'sa che gioco', 'mento', 'bugi', 'di nascosto', 'devo soldi', 'devo dei', 'debiti', 'saltato', 'non riesco a pagare', 'non pago', 'ha scoperto', 'mi ha lasciato', 'scoprir', 'scoprirà', 'chiesto soldi', 'chiesto dei soldi', 'soldi a', 'prestat', 'perso tutto', 'perdo tutto', 'perso i soldi', 'perso soldi', 'perso tutti i soldi', 'mi sono giocato', 'giocato i soldi', 'andati in'],
	pl: ['przegra', 'wydał', 'na granie', 'ukryw', 'nie wie', 'nie wiedzą', 'okłamuj', 'kłam', 'po kryjomu', 'wisz', 'winien', 'winna', 'długi', 'nie zapłaci', 'nie mam na', 'dowiedział', 'dowiedziała', 'zostawił', 'zostawiła', 'dowie', 'grałem', 'grałam', 'pożycz', 'od mamy', 'od taty', 'poszło na', 'straci wszystk', 'straci pieni', 'poszły', 'poszly', 'poszło', 'poszlo'],
	ru: ['проигр', 'слил', 'потратил', 'на игр', 'на ставки', 'по ставкам', 'скрыва', 'пряч', 'не знает', 'не знают', 'вру=', 'врал', 'обманыва', 'тайком', 'должен', 'должна', 'долг', 'пропустил', 'не могу заплатить', 'нечем платить', 'узнал', 'узнала', 'ушла', 'ушел', 'ушёл', 'узнает', 'узнают', 'играл', 'взял у', 'денег у', 'занял', 'одолжил', 'ушло на', 'ушли на', 'потерял все', 'потерял всё', 'потерял деньги', 'ушли', 'слил', 'просадил'],
	he: ['הפסדתי', 'הפסיד', 'הימרתי', 'הימורים', 'להמר', 'בזבזתי', 'מסתיר', 'מסתירה', 'להסתיר', 'לא יודע', 'לא יודעת', 'לא יודעים', 'משקר', 'משקרת', 'בסתר', 'חייב', 'חייבת', 'חוב', 'פספסתי', 'לא שילמתי', 'אין לי לשלם', 'גילתה', 'גילה', 'עזבה', 'עזב', 'תגלה', 'יגלה', 'שיחקתי', 'ביקשתי כסף', 'לוויתי', 'הלך על', 'הלך הכסף', 'הלך לי'],
	es: ['gast', 'jugado', 'apost', 'escond', 'oculto', 'ocultar', 'no sabe', 'no saben', 'miento', 'mintiendo', 'a escondidas', 'debo', 'deuda', 'dejado de pagar', 'no puedo pagar', 'se enteró', 'me dejó', 'se va a enterar', 'se enterará', 'jugué', 'pedir dinero', 'pedí dinero', 'dinero a', 'se fue todo', 'se fue en', 'perdido todo', 'perdí todo', 'lo perdí', 'perdido el dinero', 'perdí el dinero', 'perdido dinero', 'perdí dinero', 'se fue la', 'se me fue'],
};

/** Money raised in order to gamble ("sold my watch to deposit"). */
const TO_GAMBLE: LexiconTable = {
	en: ['to play', 'to deposit', 'to gamble', 'to bet', 'keep playing', 'keep gambling', 'carry on playing', 'to top up'],
	it: ['per giocare', 'per scommettere', 'per ricaricare', 'continuare a giocare', 'per ricaricare', 'continuare a scommettere'],
	pl: ['żeby grać', 'na granie', 'na hazard', 'żeby wpłacić', 'żeby dalej grać', 'zeby dalej grac', 'dalej grać', 'dalej grac', 'żeby wpłacić', 'zeby wplacic'],
	ru: ['чтобы играть', 'на игру', 'на ставки', 'чтобы отыграться', 'продолжать играть', 'продолжить играть', 'чтобы пополнить', 'чтобы поставить'],
	he: ['כדי לשחק', 'כדי להמר', 'כדי להפקיד', 'להמשיך לשחק', 'להמשיך להמר', 'כדי לטעון'],
	es: ['para jugar', 'para apostar', 'para depositar', 'seguir jugando', 'seguir apostando', 'para recargar'],
};

/** A child of the writer. */
const CHILD: LexiconTable = {
	en: ['son=', 'sons=', 'daughter', 'my kid', 'my child', 'stepson', 'stepdaughter', 'nephew', 'niece', 'grandson', 'granddaughter', 'little brother', 'little sister'],
	it: ['figlio', 'figlia', 'mio nipote', 'mia nipote', 'nipote', 'fratellino', 'sorellina'],
	pl: ['syn=', 'syna', 'synowi', 'synem', 'córk', 'dziecko', 'dziecka', 'bratan', 'siostrzen', 'wnuk', 'wnucz', 'młodszy brat'],
	ru: ['сын', 'дочь', 'дочер', 'дочк', 'ребен', 'ребён', 'племянни', 'внук', 'внучк', 'младший брат'],
	he: ['הבן שלי', 'הבת שלי', 'בני=', 'בתי=', 'הילד שלי', 'הילדה שלי', 'אחיין', 'האחיין', 'אחיינית', 'נכד', 'נכדה', 'האח הקטן'],
	es: ['hijo', 'hija', 'mi niño', 'mi niña', 'sobrino', 'sobrina', 'nieto', 'nieta', 'hermano pequeño', 'hermano menor'],
};

/** The child is under 18 or gambled: an age, school, playing, the parent's card or an account. */
const MINOR_OR_PLAYING: LexiconTable = {
	en: ['12', '13', '14', '15', '16', '17', 'yo=', 'years old', 'teen', 'school', 'played', 'playing', 'gambl', 'bet=', 'betting', 'my card', 'registered', 'signed up', 'opened an account', 'his account', 'her account', 'an account'],
	it: ['12', '13', '14', '15', '16', '17', 'anni', 'scuola', 'liceo', 'giocato', 'gioca', 'scommess', 'la mia carta', 'registrat', 'un conto', 'un account'],
	pl: ['12', '13', '14', '15', '16', '17', 'lat=', 'szkoł', 'liceum', 'grał', 'grała', 'gra=', 'obstawia', 'moją kartą', 'moja karta', 'mojej karty', 'założył', 'zarejestrow', 'konto na'],
	ru: ['12', '13', '14', '15', '16', '17', 'лет', 'школ', 'играл', 'играет', 'ставк', 'моей карт', 'мою карт', 'зарегистр', 'ставит', 'ставил', 'играет', 'моего аккаунт', 'с моего', 'завел аккаунт', 'завёл аккаунт', 'моем аккаунт'],
	he: ['12', '13', '14', '15', '16', '17', 'בן=', 'בת=', 'תיכון', 'שיחק', 'שיחקה', 'משחק', 'הימר', 'הכרטיס שלי', 'נרשם', 'נרשמה', 'פתח חשבון', 'פתחה חשבון', 'מהחשבון שלי'],
	es: ['12', '13', '14', '15', '16', '17', 'años', 'colegio', 'instituto', 'jugó', 'juega', 'apost', 'mi tarjeta', 'registr', 'una cuenta', 'mi cuenta'],
};

/** For good: "close my account permanently", "zamknijcie konto na zawsze". */
const FOR_GOOD: LexiconTable = {
	// Not a bare "forever": "the page takes forever and then closes".
	en: ['permanently', 'account forever', 'me forever', 'myself forever', 'for good', 'for life'],
	it: ['per sempre', 'definitivament'],
	pl: ['na zawsze', 'na stałe', 'trwale', 'dożywotnio'],
	ru: ['навсегда', 'насовсем', 'пожизненно'],
	he: ['לתמיד', 'לצמיתות', 'לנצח'],
	es: ['para siempre', 'definitivamente', 'de por vida'],
};

/** Closing or blocking the account or the player. */
const CLOSE_OR_BLOCK: LexiconTable = {
	en: ['close', 'shut', 'block', 'delete', 'ban=', 'exclude', 'deactivat', 'lock me'],
	it: ['chiud', 'blocc', 'cancell', 'esclud', 'disattiv'],
	pl: ['zamkn', 'zablok', 'usun', 'usuń', 'wyklucz'],
	ru: ['закр', 'заблок', 'удал', 'исключ'],
	he: ['לסגור', 'תסגרו', 'סגירת', 'לחסום', 'תחסמו', 'למחוק', 'תמחקו', 'להרחיק'],
	es: ['cerr', 'cierr', 'bloque', 'elimin', 'borr', 'exclu'],
};

/** A break asked for as a thing: "a 30 day timeout", "un blocco di 30 giorni", "blokadę na miesiąc". */
const BREAK_REQUEST: LexiconTable = {
	en: ['timeout', 'time out', 'a block=', 'a lock=', 'step= away', 'stay away', 'time away', 'some time off'],
	it: ['un blocco', 'una pausa', 'una sospensione', 'staccare', 'allontanarmi', 'stare lontano'],
	pl: ['blokadę', 'przerwę', 'zawieszenie', 'odpocząć', 'odpoczac', 'odsunąć się', 'odsunac sie', 'odciąć się', 'odciac sie'],
	ru: ['блокировку', 'паузу', 'перерыв', 'отойти', 'отдохнуть', 'отключиться'],
	he: ['חסימה', 'הפסקה', 'השעיה', 'הקפאה', 'להתרחק', 'להתנתק'],
	es: ['un bloqueo', 'una pausa', 'un descanso', 'una suspensión', 'alejarme', 'apartarme', 'desconectarme'],
};

/** A length of time in days, weeks, months or years. */
const PERIOD: LexiconTable = {
	en: ['day=', 'days', 'week', 'month', 'year', 'half a year'],
	it: ['giorni', 'giorno', 'settiman', 'mese', 'mesi', 'anno'],
	pl: ['dni=', 'dzień', 'tydzień', 'tygodni', 'miesiąc', 'miesięcy', 'rok=', 'roku'],
	ru: ['дней', 'дня', 'недел', 'месяц', 'год', 'полгода'],
	he: ['יום', 'ימים', 'שבוע', 'שבועות', 'חודש', 'חודשים', 'שנה'],
	es: ['días', 'semana', 'mes=', 'meses', 'año'],
};

/** Asking to pause or suspend (verbs only: "account suspended" is a complaint, not a request). */
const PAUSE: LexiconTable = {
	en: ['pause=', 'suspend=', 'freeze='],
	it: ['pausa', 'sospendere', 'sospendete', 'congelare', 'congelate'],
	pl: ['wstrzymać', 'wstrzymajcie', 'zawiesić', 'zawieście', 'zamrozić', 'zamroźcie'],
	ru: ['приостановить', 'приостановите', 'заморозить', 'заморозьте'],
	he: ['להשהות', 'תשהו', 'להקפיא', 'תקפיאו'],
	es: ['pausar', 'pausad', 'suspender', 'suspendan', 'congelar', 'congelad'],
};

/** The player's account. */
const ACCOUNT: LexiconTable = {
	en: ['account'],
	it: ['conto', 'account'],
	pl: ['konto', 'konta'],
	ru: ['аккаунт', 'счет', 'счёт', 'профил'],
	he: ['חשבון', 'החשבון'],
	es: ['cuenta'],
};

/** Lowering something. */
const REDUCE: LexiconTable = {
	en: ['reduce my', 'lower my', 'decrease my', 'cut my', 'reduce the limit', 'lower the limit', 'lowest you can', 'bring down', 'cut down'],
	it: ['riduc', 'ridurre', 'abbass', 'diminui'],
	pl: ['zmniejsz', 'obniż', 'obniz', 'zejść', 'zejsc', 'obetnijcie'],
	ru: ['уменьш', 'сниз', 'сократ', 'урезать', 'урежьте', 'снизьте', 'уменьшите'],
	he: ['להוריד', 'תורידו', 'להקטין', 'תקטינו', 'הכי נמוך', 'תצמצמו', 'לצמצם'],
	es: ['bajar', 'bajad', 'bajen', 'reducir', 'reducid', 'reduzcan', 'bajen', 'bajarme', 'me pueden bajar'],
};

/** Deposits. */
const DEPOSITS: LexiconTable = {
	en: ['deposit', 'top up', 'top-up', 'topups', 'top ups', 'spend', 'spending', 'losses'],
	it: ['deposit', 'ricaric', 'versament', 'spesa', 'spese', 'perdite'],
	pl: ['wpłat', 'depozyt', 'doładow', 'doladow', 'wydatk', 'wplat'],
	ru: ['депозит', 'пополнен', 'пополнения', 'траты', 'трат=', 'расход', 'депозиты'],
	he: ['הפקדה', 'ההפקדה', 'הפקדות', 'ההפקדות', 'ההוצאה', 'הוצאות', 'ההוצאות', 'טעינות', 'הטעינות'],
	es: ['depósito', 'depositos', 'ingresos', 'depositos', 'recargas', 'gasto', 'gastos'],
};

/**
 * Asking the operator to refuse the player's money: "stop accepting my deposits", "don't let me
 * add a card". Request forms only (imperatives, "please don't"): "you don't accept Visa?" is a
 * question about payment methods.
 */
const REFUSE_REQUEST: LexiconTable = {
	en: ['stop accepting', 'stop taking my', "please don't accept", 'please dont accept', 'do not accept any', "don't accept any more", 'dont accept any more', 'no longer accept', 'refuse my', "don't let me", 'dont let me', 'do not let me', "don't allow me", 'dont allow me'],
	it: ['non accettate più', 'non accettate piu', 'smettete di accettare', 'non permettete', 'non permettetemi', 'rifiutate i miei', 'non fatemi'],
	pl: ['nie przyjmujcie', 'przestańcie przyjmować', 'przestancie przyjmowac', 'nie pozwalajcie', 'nie pozwólcie', 'nie pozwolcie', 'odrzucajcie'],
	ru: ['не принимайте', 'перестаньте принимать', 'не давайте', 'не позволяйте', 'отклоняйте мои'],
	he: ['תפסיקו לקבל', 'אל תקבלו', 'אל תאפשרו', 'אל תתנו לי', 'תדחו את'],
	es: ['no acepten', 'dejen de aceptar', 'no dejen', 'no me dejen', 'no permitan', 'rechacen mis'],
};

/** The player's money going in: deposits, top-ups, payment cards, adding a new one. */
const MONEY_IN: LexiconTable = {
	en: ['deposit', 'top up', 'top-up', 'topup', 'card', 'payment', 'add another', 'add a new', 'add new'],
	it: ['deposit', 'ricaric', 'versament', 'carta', 'carte', 'pagament', 'aggiunger'],
	pl: ['wpłat', 'wplat', 'depozyt', 'doładow', 'doladow', 'kart', 'płatnoś', 'platnos', 'dodać', 'dodac'],
	ru: ['депозит', 'пополнен', 'карт', 'платеж', 'платёж', 'привязать', 'добавить'],
	he: ['הפקדה', 'הפקדות', 'טעינה', 'טעינות', 'כרטיס', 'תשלום', 'להוסיף'],
	es: ['deposit', 'depósit', 'recarg', 'tarjeta', 'pago', 'añadir', 'anadir', 'agregar'],
};

/** The player's bank or card issuer. */
const BANK: LexiconTable = {
	en: ['bank', 'card issuer', 'card company', 'credit card company', 'issuer', 'my visa', 'my mastercard', 'amex', 'visa=', 'mastercard'],
	it: ['banca', 'emittente', 'circuito della carta', 'società della carta'],
	pl: ['bank', 'wystawc'],
	ru: ['банк', 'эмитент'],
	he: ['בנק', 'חברת האשראי', 'חברת הכרטיס', 'חברת כרטיסי'],
	es: ['banco', 'emisor', 'entidad emisora'],
};

/**
 * Taking money back through the bank, said by the player: dispute, reverse, claim back, contest.
 * Request and first-person forms, not the bank's own past acts ("the bank reversed my
 * withdrawal" is ordinary): whole words or stems that a past participle does not share.
 */
const REVERSAL: LexiconTable = {
	en: ['dispute', 'disputing', 'reverse=', 'reversal', 'reverse every', 'reverse all', 'claim back', 'a claim', 'charge it back', 'charge them back', 'get it back through', 'cancel every', 'cancel all'],
	it: ['contest', 'annullare tutt', 'annullare le', 'annullare i', 'stornare', 'stornate', 'storno=', 'stornerò', 'stornero', 'disconosc', 'una pratica', 'farmi ridare', 'riprendermi i soldi'],
	pl: ['cofnięcie', 'cofniecie', 'cofnąć', 'cofnac', 'anulować', 'anulowac', 'anulowanie', 'reklamuj', 'reklamację', 'reklamacje', 'wniosek o zwrot', 'odzyskać przez', 'odzyskac przez', 'sprzeciw'],
	ru: ['оспор', 'оспарив', 'откат', 'отменить все', 'отменить мои', 'на возврат', 'отозвать', 'вернуть через', 'претензи'],
	he: ['לבטל את', 'אבטל', 'מבטל את', 'ביטול', 'בירור', 'להכחיש', 'הכחשת', 'להחזיר דרך'],
	es: ['revierta', 'revertir', 'reviertan', 'desconozco', 'desconocer', 'disput', 'anular', 'anulen', 'un reclamo', 'contracargo', 'devolver los'],
};

export const MARKER_PAIRS: readonly MarkerPair[] = [
	{ marker: 'harm', first: PEOPLE, second: LOST_OR_HIDDEN },
	{ marker: 'harm', first: LIVING_MONEY, second: LOST_OR_HIDDEN },
	{ marker: 'harm', first: LIVING_MONEY, second: TO_GAMBLE },
	{ marker: 'underage', first: CHILD, second: MINOR_OR_PLAYING },
	{ marker: 'self_exclusion', first: FOR_GOOD, second: CLOSE_OR_BLOCK },
	{ marker: 'cooling_off', first: BREAK_REQUEST, second: PERIOD },
	{ marker: 'cooling_off', first: PAUSE, second: ACCOUNT },
	{ marker: 'limit_request', first: REDUCE, second: DEPOSITS },
	{ marker: 'limit_request', first: REFUSE_REQUEST, second: MONEY_IN },
	{ marker: 'chargeback', first: BANK, second: REVERSAL },
];

/**
 * A limit the player wants on their own play, told apart from a question about the site's limits.
 * `LIMIT_WORDS` names a limit (limit, cap, ceiling, max, budget, "no more than"); it is about the
 * player's money when `PLAY_MONEY` (deposits, top-ups, spending, losses) or `LIMIT_PERIOD` (a day,
 * weekly) is named too. Then it is a limit request when the player asks it for themselves
 * (`SELF_LIMIT`: "my deposits", "set me", "for myself", "mettetemi", "ustawcie", "поставьте",
 * "תגדירו לי", "pongan"), or when nothing says otherwise: no question for information
 * (`SITE_LIMIT_QUESTION`: "what is the", "is there a", "quanto posso") and no limit of something
 * else (`OTHER_LIMIT`: withdrawals, bonuses, bets, the bank's or the card's own limit).
 */
export const LIMIT_WORDS: LexiconTable = {
	en: ['limit', 'cap=', 'caps=', 'capped', 'ceiling', 'max=', 'maximum', 'budget', 'no more than', 'not more than', 'at most', 'threshold', 'upper bound', 'the most i'],
	it: ['limit', 'tetto', 'massimo', 'massimale', 'soglia', 'budget', 'non più di', 'non piu di', 'al massimo'],
	pl: ['limit', 'pułap', 'pulap', 'próg=', 'progu', 'max=', 'maks', 'budżet', 'budzet', 'nie więcej niż', 'nie wiecej niz', 'górny', 'gorny', 'sufit', 'granic', 'najwyżej', 'najwyzej', 'maksymalnie'],
	ru: ['лимит', 'потолок', 'потолк', 'максим', 'макс=', 'бюджет', 'не больше', 'не более', 'порог', 'ограничени', 'предел'],
	he: ['תקרה', 'תקרת', 'מקסימום', 'מגבלה', 'מגבלת', 'הגבלה', 'הגבלת', 'רף=', 'תקציב', 'לא יותר', 'גבול'],
	es: ['límite', 'limite', 'tope', 'techo', 'máximo', 'maximo', 'presupuesto', 'no más de', 'no mas de', 'umbral'],
};

/** The player's money going into play. */
export const PLAY_MONEY: LexiconTable = {
	en: ['deposit', 'top up', 'top-up', 'topup', 'top ups', 'spend', 'loss=', 'losses', 'goes in', 'put in', 'deposit'],
	it: ['deposit', 'ricaric', 'versament', 'perdit', 'spesa', 'spese', 'carico=', 'metto dentro', 'ricarico'],
	pl: ['depozyt', 'wpłat', 'wplat', 'doładow', 'doladow', 'strat', 'wydatk', 'wpłac', 'wplac'],
	ru: ['депозит', 'пополнен', 'проигрыш', 'потер', 'трат', 'расход', 'закидыва', 'закину', 'вношу', 'внести'],
	he: ['הפקדה', 'הפקדות', 'טעינה', 'טעינות', 'הפסד', 'הפסדים', 'הוצאה', 'הוצאות', 'מטעין', 'להטעין', 'מפקיד', 'להפקיד'],
	es: ['deposit', 'depósit', 'recarg', 'pérdid', 'perdid', 'gasto', 'gastos', 'cargo=', 'cargar', 'meto=', 'ingreso', 'meter'],
};

/** A period the limit applies to: "50 a week", "dzienny limit", "al mes". */
export const LIMIT_PERIOD: LexiconTable = {
	en: ['a day', 'a week', 'a month', 'per day', 'per week', 'per month', 'daily', 'weekly', 'monthly'],
	it: ['al giorno', 'a settimana', 'al mese', 'giornalier', 'settimanal', 'mensil'],
	pl: ['dziennie', 'tygodniowo', 'miesięcznie', 'miesiecznie', 'dzienn', 'tygodniow', 'miesięczn', 'miesieczn', 'na dzień', 'na dzien', 'na tydzień', 'na tydzien', 'na miesiąc', 'na miesiac'],
	ru: ['в день', 'в неделю', 'в месяц', 'дневн', 'недельн', 'месячн', 'ежедневн', 'еженедельн'],
	he: ['ביום', 'בשבוע', 'בחודש', 'יומי', 'יומית', 'שבועי', 'שבועית', 'חודשי', 'חודשית'],
	es: ['al día', 'al dia', 'a la semana', 'por semana', 'al mes', 'por mes', 'diario', 'diaria', 'semanal', 'mensual'],
};

/** The player asks the limit for themselves: their own money, a request made to the operator, "for myself". */
export const SELF_LIMIT: LexiconTable = {
	en: ['my deposit', 'my top up', 'my top-up', 'my topup', 'my spend', 'my losses', 'myself', 'set me', 'give me a', 'put me on', 'set my', 'lower my', 'reduce my', 'put a', 'set= a', 'i want a', 'i would like a', "i'd like a", 'i need a', 'can you set', 'can you put', 'could you set', 'could you put', 'please set', 'please put', 'add a', 'i want to set', 'i want to put', "i'd like to set", 'i would like to set', 'make it so', 'can you make'],
	it: ['miei versamenti', 'mie ricariche', 'miei deposit', 'mia spesa', 'mie perdite', 'mettetemi', 'impostatemi', 'mettete un', 'impostate un', 'mettere un', 'impostare un', 'mi sono dato', 'mi sono data', 'me stesso', 'me stessa', 'vorrei un', 'voglio un', 'vorrei fissare', 'voglio fissare', 'vorrei mettere', 'vorrei impostare', 'voglio impostare', 'fare in modo', 'fate in modo'],
	pl: ['moje wpłaty', 'moje wplaty', 'moich wpłat', 'moich wplat', 'moje doładowania', 'moje doladowania', 'moje wydatki', 'moich wydatków', 'moich wydatkow', 'ustawcie', 'ustawić mi', 'ustawic mi', 'dajcie mi', 'załóżcie mi', 'zalozcie mi', 'sobie', 'dla siebie', 'postanowił', 'postanowil', 'chcę ustawić', 'chce ustawic', 'chcę mieć', 'chce miec', 'chcę ustalić', 'chce ustalic', 'zrobić tak', 'zrobic tak', 'zróbcie tak', 'zrobcie tak'],
	ru: ['мои пополнения', 'моих пополнений', 'мои депозиты', 'моих депозитов', 'мои траты', 'моих трат', 'мои расходы', 'поставьте', 'установите', 'выставьте', 'сделайте мне', 'для себя', 'себе', 'хочу лимит', 'хочу ограничить', 'мне лимит', 'хочу поставить', 'хочу установить', 'сделайте так', 'сделать так'],
	he: ['ההפקדות שלי', 'הטעינות שלי', 'ההוצאות שלי', 'ההפסדים שלי', 'תגדירו', 'תשימו', 'תקבעו לי', 'תגבילו', 'לעצמי', 'החלטתי', 'אני רוצה תקרה', 'אני רוצה מגבלה', 'רוצה לקבוע', 'רוצה להגדיר', 'לעשות שלא', 'תעשו ש'],
	es: ['mis depósitos', 'mis depositos', 'mis recargas', 'mi gasto', 'mis gastos', 'mis pérdidas', 'mis perdidas', 'pongan', 'pónganme', 'ponganme', 'ponedme', 'fijen', 'fíjenme', 'fijenme', 'me puse', 'mí mismo', 'mi mismo', 'quiero un', 'necesito un', 'quiero fijar', 'quiero poner', 'quiero establecer', 'hacer que', 'hagan que'],
};

/** A question for information about the site's limits: "what is the max deposit?", "is there a limit?". */
export const SITE_LIMIT_QUESTION: LexiconTable = {
	en: ['what is the', "what's the", 'whats the', 'what are the', 'how much can', 'how high', 'is there a', 'is there any', 'is there an', 'are there', 'do you have a', 'what limit', 'how much'],
	it: ['qual è', 'qual e', 'quale è', 'quali sono', 'quanto posso', 'quanto si può', 'quanto si puo', "c'è un", "c'è una", 'c e un', 'c e una', 'ce un', 'esiste un', 'avete un', 'quanto'],
	pl: ['jaki jest', 'jaka jest', 'jakie są', 'jakie sa', 'ile mogę', 'ile moge', 'ile można', 'ile mozna', 'czy jest', 'czy są', 'czy sa', 'czy istnieje', 'jest jakiś', 'jest jakis', 'macie', 'ile='],
	ru: ['какой', 'какая', 'какие', 'сколько можно', 'сколько я могу', 'есть ли', 'существует ли', 'у вас есть', 'сколько', 'есть лимит', 'есть ограничени', 'есть максим'],
	he: ['מה=', 'מהו', 'מהי', 'כמה אפשר', 'כמה אני יכול', 'כמה מותר', 'יש=', 'האם יש', 'כמה='],
	es: ['cuál es', 'cual es', 'cuáles son', 'cuales son', 'cuánto puedo', 'cuanto puedo', 'cuánto se puede', 'cuanto se puede', 'hay un', 'hay una', 'hay algún', 'hay algun', 'existe un', 'tienen un', 'cuánto', 'cuanto'],
};

/** A limit of something else: withdrawals, bonuses and their winnings, bets, the bank's or a payment method's own limit. */
export const OTHER_LIMIT: LexiconTable = {
	en: ['withdraw', 'cash out', 'cashout', 'payout', 'bonus', 'free spin', 'winnings', 'win=', 'bet=', 'bets=', 'stake', 'table', 'bank', 'card limit', 'paysafe', 'skrill', 'neteller'],
	it: ['preliev', 'prelevar', 'bonus', 'vincit', 'giri gratis', 'puntata', 'banca', 'plafond'],
	pl: ['wypłat', 'wyplat', 'bonus', 'wygran', 'zakład', 'zaklad', 'stawk', 'bank', 'wypłac', 'wyplac'],
	ru: ['вывод', 'вывести', 'бонус', 'выигрыш', 'ставк', 'банк', 'выплат', 'снять'],
	he: ['משיכה', 'משיכת', 'למשוך', 'בונוס', 'זכייה', 'זכיה', 'הימור', 'בנק'],
	es: ['retiro', 'retirar', 'bono', 'ganancia', 'apuesta', 'banco', 'retir', 'sacar'],
};

/**
 * A break asked for in general words ("I need a break", "fare una pausa"): a cooling-off request
 * on a casino's desk, unless the message is about a technical fault (`TECH_FAULT`: "the app lags,
 * I have to take a break every few spins and restart it"). Then it is no marker, but the
 * assistant still hands it off (classifyMessage's rgCues: 'break').
 */
export const GENERIC_BREAK: LexiconTable = {
	en: ['take a break', 'need a break'],
	it: ['fare una pausa', 'bisogno di una pausa', 'prendermi una pausa'],
	pl: ['zrobić przerwę', 'zrobic przerwe', 'potrzebuję przerwy'],
	ru: ['сделать перерыв', 'взять перерыв', 'нужен перерыв', 'сделать паузу', 'взять паузу', 'нужна пауза'],
	he: ['צריך הפסקה', 'צריכה הפסקה', 'לקחת הפסקה'],
	es: ['hacer una pausa', 'necesito una pausa', 'tomarme una pausa', 'necesito un descanso', 'tomarme un descanso'],
};

/** A technical fault: lag, freezes, crashes, restarting or reloading the app. */
export const TECH_FAULT: LexiconTable = {
	en: ['lag', 'laggy', 'freez', 'froze', 'crash', 'restart', 'reload', 'reboot', 'glitch', 'loading', 'slow'],
	it: ['scatti', 'lagga', 'lento', 'lenta', 'si blocca', 'si pianta', 'crash', 'riavvi', 'ricaricare la pagina', 'caricament'],
	pl: ['laguje', 'lagi', 'zacina', 'zawiesza', 'wywala', 'restartow', 'uruchomić ponownie', 'uruchomic ponownie', 'ładuje', 'laduje', 'wolno'],
	ru: ['лагает', 'лаги', 'тормозит', 'виснет', 'зависает', 'вылетает', 'перезапуск', 'перезагруж', 'глючит', 'грузится'],
	he: ['נתקע', 'נתקעת', 'קורס', 'קורסת', 'איטי', 'איטית', 'להפעיל מחדש', 'לאתחל', 'טוען', 'נטען', 'לאג'],
	es: ['lento', 'lenta', 'lentisim', 'se cuelga', 'se congela', 'se traba', 'crashea', 'reinici', 'recargar la pagina', 'tarda en cargar', 'lag'],
};
