/**
 * Intent lexicons of the Support Assistant, per language. Entries use the classifier's matcher
 * syntax (nodes/shared/domain/classify/match.ts): each entry word matches the start of a text
 * word (so a stem covers its inflections), diacritics are folded on both sides, a trailing "="
 * makes a word match whole, and multi-word entries match as consecutive words.
 *
 * Each intent has two kinds of evidence:
 * - `core`: words that name the topic (withdrawal, wagering, passport). An intent is only a
 *   candidate when at least one core entry is found. Written with "!" an entry is decisive
 *   (a phrase that alone says what the player wants, such as "forgot password").
 * - `cue`: words that support the topic when it is already there (pending, how long, upload).
 */
import type { LexiconLanguage } from '../classify/lexicon';

export const INTENTS = [
	'password_reset',
	'deposit_help',
	'withdrawal_status',
	'bonus_terms',
	'kyc_documents',
	'account_locked',
	'game_crash',
	'change_email',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentEvidence {
	core: readonly string[];
	cue: readonly string[];
}

export type IntentLexicon = Readonly<Record<LexiconLanguage, IntentEvidence>>;

export const INTENT_LEXICON: Readonly<Record<Intent, IntentLexicon>> = {
	password_reset: {
		en: {
			core: ['password', 'pasword', 'passwrd', 'passw', 'pw=', 'pwd=', 'forgot password!', 'forgot my password!', 'reset password!', 'reset my password!', 'password reset!', 'change my password!', 'change password!', 'new password!'],
			cue: ['forgot', 'forget', 'forgotten', 'reset', 'remember', 'recover', 'change', 'link', 'email', 'e-mail', 'expired', 'new one', 'set a new'],
		},
		it: {
			core: ['password', 'pass=', 'parola d\'ordine', 'credenziali', 'password dimenticata!', 'recupero password!', 'reimpostare la password!', 'cambiare la password!', 'reset della password!', 'reset password!'],
			cue: ['dimentica', 'ricord', 'reimpost', 'recuper', 'cambia', 'cambio', 'reset', 'link', 'mail', 'scadut', 'nuova'],
		},
		pl: {
			core: ['hasł', 'hasel', 'haseł', 'reset hasła!', 'zmiana hasła!', 'zmienić hasło!', 'zapomniałem hasła!', 'zapomniałam hasła!', 'nie pamiętam hasła!', 'odzyskać hasło!'],
			cue: ['zapomnia', 'pamięta', 'reset', 'zmieni', 'zmian', 'odzysk', 'link', 'mail', 'wygas', 'nowe'],
		},
		ru: {
			core: ['парол', 'parol', 'забыл пароль!', 'забыла пароль!', 'сброс пароля!', 'сбросить пароль!', 'сменить пароль!', 'поменять пароль!', 'восстановить пароль!', 'новый пароль!', 'zabyl parol!'],
			cue: ['забыл', 'забыла', 'помн', 'сброс', 'смен', 'помен', 'восстанов', 'ссылк', 'письм', 'почт', 'устарел', 'истек', 'новый'],
		},
		he: {
			core: ['סיסמה', 'סיסמא', 'סיסמאות', 'שכחתי סיסמה!', 'שכחתי את הסיסמה!', 'שכחתי את הסיסמא!', 'איפוס סיסמה!', 'איפוס הסיסמה!', 'לאפס סיסמה!', 'לאפס את הסיסמה!', 'שינוי סיסמה!', 'לשנות סיסמה!'],
			cue: ['שכחתי', 'זוכר', 'זוכרת', 'איפוס', 'לאפס', 'מאפסים', 'לשנות', 'משנים', 'שינוי', 'קישור', 'לינק', 'מייל', 'פג', 'חדשה'],
		},
		es: {
			core: ['contraseña', 'contrasena', 'contraseñ', 'clave=', 'password', 'olvidé mi contraseña!', 'olvide mi contraseña!', 'restablecer la contraseña!', 'cambiar la contraseña!', 'cambiar mi contraseña!', 'recuperar la contraseña!', 'recuperar mi contraseña!'],
			cue: ['olvid', 'recuerd', 'restablec', 'recuper', 'cambi', 'reset', 'enlace', 'link', 'correo', 'caducad', 'expirad', 'nueva'],
		},
	},
	deposit_help: {
		en: {
			core: ['deposit', 'top up', 'top-up', 'topped up', 'topup', 'add funds', 'add money', 'added funds', 'added money', 'put money in', 'fund my account', 'minimum deposit!', 'deposit methods!', 'payment method', 'money not showing', 'funds not showing', 'not credited', 'bank transfer', 'btc=', 'bitcoin', 'usdt', 'crypto', 'depo='],
			cue: ['card', 'visa', 'mastercard', 'paypal', 'skrill', 'neteller', 'apple pay', 'google pay', 'crypto', 'bitcoin', 'bank transfer', 'declined', 'not showing', 'not credited', 'balance', 'minimum', 'method', 'how do i', 'how can i', 'cashier', 'bank'],
		},
		it: {
			core: ['deposit', 'ricaric', 'versament', 'versare', 'caricare il conto', 'deposito minimo!', 'metodi di pagamento!', 'metodo di pagamento', 'non vedo i soldi', 'soldi non accreditati', 'non è stato accreditato', 'bonifico', 'cripto', 'bitcoin', 'usdt'],
			cue: ['carta', 'postepay', 'paypal', 'skrill', 'paysafecard', 'bonifico', 'rifiutat', 'saldo', 'accredit', 'minimo', 'come posso', 'come faccio', 'soldi', 'euro'],
		},
		pl: {
			core: ['wpłat', 'wplat', 'wpłaci', 'wplaci', 'wpłac', 'depozyt', 'doładow', 'doladow', 'zasilić konto', 'zasilic konto', 'minimalna wpłata!', 'metody płatności!', 'metoda płatności', 'przelew na konto', 'nie widzę środków', 'nie widzę pieniędzy', 'środki nie dotarły', 'nie zaksięgowa', 'krypto', 'bitcoin', 'usdt', 'depo='],
			cue: ['kart', 'blik', 'przelew', 'paysafecard', 'skrill', 'paypal', 'odrzuc', 'saldo', 'zaksięg', 'środk', 'srodk', 'minimaln', 'jak ', 'pieniąd', 'zł='],
		},
		ru: {
			core: ['депозит', 'пополн', 'закинул', 'закинуть', 'внести деньги', 'внес деньги', 'внёс деньги', 'минимальный депозит!', 'способы оплаты!', 'способ оплаты', 'способы пополнения!', 'перевод на счет', 'перевод на счёт', 'перевод на игровой', 'не вижу денег', 'деньги не зачислены', 'не зачислил', 'биткоин', 'usdt', 'крипт', 'депнул', 'деп='],
			cue: ['карт', 'сбп', 'крипт', 'перевод', 'qiwi', 'юмани', 'отклон', 'баланс', 'зачисл', 'не пришли', 'минимальн', 'как ', 'деньги', 'рубл', 'счет', 'счёт'],
		},
		he: {
			core: ['הפקדה', 'הפקדת', 'הפקדתי', 'להפקיד', 'מפקידים', 'הפקדות', 'טעינת חשבון', 'הפקדה מינימלית!', 'אמצעי תשלום', 'העברה בנקאית לחשבון', 'לא רואה את הכסף', 'הכסף לא נכנס לחשבון', 'הכסף לא עודכן', 'ביטקוין', 'קריפטו', 'העברה בנקאית'],
			cue: ['כרטיס', 'אשראי', 'ביט', 'פייפאל', 'קריפטו', 'העברה בנקאית', 'נדחה', 'נדחתה', 'יתרה', 'היתרה', 'התעדכנ', 'מינימל', 'איך', 'כסף', 'שקל'],
		},
		es: {
			core: ['deposit', 'depósit', 'recarg', 'ingresar dinero', 'ingresé', 'ingrese dinero', 'cargar la cuenta', 'cargar saldo', 'depósito mínimo!', 'deposito minimo!', 'métodos de pago!', 'metodos de pago!', 'método de pago', 'no veo el dinero', 'no aparece el dinero', 'no se ha acreditado', 'transferencia', 'cripto', 'bitcoin', 'usdt'],
			cue: ['tarjeta', 'bizum', 'paypal', 'skrill', 'paysafecard', 'transferencia', 'rechaz', 'saldo', 'acredit', 'aparece', 'mínimo', 'minimo', 'como ', 'cómo', 'dinero', 'euros'],
		},
	},
	withdrawal_status: {
		en: {
			core: ['withdraw', 'withdrew', 'withdrawl', 'withdrawel', 'cashout', 'cash out', 'cashed out', 'payout', 'pay out', 'paid out', 'my winnings!', 'get my money', 'receive my money', 'withdrawal status!', 'withdrawal pending!', 'pending withdrawal!'],
			cue: ['pending', 'processing', 'approved', 'how long', 'when will', 'where is', 'still', 'received', 'arrive', 'hit my', 'bank account', 'days', 'status', 'skrill', 'visa', 'card', 'winnings'],
		},
		it: {
			core: ['preliev', 'prelevare', 'prelevat', 'prelevo', 'riscuot', 'riscoss', 'incass', 'la vincita', 'le vincite', 'stato del prelievo!', 'prelievo in attesa!', 'della vincita', 'delle vincite', 'mia vincita', 'mie vincite', 'vincita non', 'ritirare', 'ritiro', 'ritirat', 'ricevere i soldi', 'ricevo i soldi', 'avere i miei soldi'],
			cue: ['attesa', 'lavorazione', 'approvat', 'quanto tempo', 'quando', 'ancora', 'ricevut', 'arriva', 'arrivat', 'accredito', 'conto', 'giorni', 'stato', 'skrill', 'carta'],
		},
		pl: {
			core: ['wypłat', 'wyplat', 'wypłaci', 'wyplaci', 'wypłać', 'wyplac', 'wygran', 'dostanę pieniądze', 'dostane pieniadze', 'dostanę kasę', 'dostane kase', 'dostanę hajs', 'dostane hajs', 'status wypłaty!', 'wypłata oczekuje!'],
			cue: ['oczekuj', 'czeka', 'realizacj', 'zatwierdz', 'ile trwa', 'ile idzie', 'kiedy', 'dalej', 'nadal', 'dotar', 'doszł', 'przyszł', 'konto bankowe', 'dni', 'status', 'skrill', 'kart'],
		},
		ru: {
			core: ['вывод', 'вывести', 'вывел', 'выплат', 'выигрыш', 'снять деньги', 'снятие', 'получу деньги', 'получить деньги', 'получу выигрыш', 'статус вывода!', 'вывод в обработке!'],
			cue: ['обработк', 'ожидан', 'висит', 'одобрен', 'сколько', 'когда', 'всё ещё', 'все еще', 'до сих пор', 'поступил', 'пришл', 'придет', 'придёт', 'карт', 'дней', 'статус', 'скрилл', 'идут'],
		},
		he: {
			core: ['משיכה', 'משיכת', 'המשיכה', 'משכתי', 'למשוך', 'פדיון', 'הזכייה', 'הזכיה', 'הזכיות', 'אקבל את הכסף', 'לקבל את הכסף', 'סטטוס משיכה!', 'משיכה ממתינה!'],
			cue: ['ממתין', 'ממתינה', 'בטיפול', 'אושר', 'מאושר', 'כמה זמן', 'מתי', 'עדיין', 'הגיע', 'תגיע', 'נכנס', 'חשבון הבנק', 'ימים', 'סטטוס', 'סקריל', 'כרטיס'],
		},
		es: {
			core: ['retir', 'cobro', 'cobrar', 'sacar dinero', 'sacar mi dinero', 'mis ganancias', 'las ganancias', 'pago de ganancias', 'recibir mi dinero', 'recibo mi dinero', 'cobrar mi dinero', 'estado del retiro!', 'retiro pendiente!'],
			cue: ['pendiente', 'proceso', 'procesando', 'aprobad', 'cuanto tarda', 'cuánto tarda', 'cuando', 'cuándo', 'sigue', 'todavía', 'recibido', 'llega', 'cuenta bancaria', 'dias', 'días', 'estado', 'skrill', 'tarjeta'],
		},
	},
	bonus_terms: {
		en: {
			core: ['bonus', 'free spin', 'freespin', 'free-spin', 'fs=', 'wagering!', 'rollover!', 'playthrough!', 'play through', 'wager requirement!', 'wagering requirement!', 'promo=', 'promos', 'promo code', 'promotion', 'cashback', 'welcome offer', 'deposit bonus', 'bonus on deposit', 'bonus on my deposit', 'reload bonus'],
			cue: ['before i can withdraw', 'before withdrawing', 'before i can cash out', 'requirement', 'terms', 'conditions', 'expire', 'expiry', 'max bet', 'maximum bet', 'games count', 'count towards', 'contribute', 'how many times', 'active', 'wager', 'winnings', 'claim'],
		},
		it: {
			core: ['bonus', 'giri gratis', 'giri gratuiti', 'free spin', 'freespin', 'requisiti di puntata!', 'requisito di puntata!', 'wagering!', 'rollover!', 'promo', 'cashback', 'bonus sul deposito', 'bonus deposito', 'bonus di deposito', 'bonus sulla ricarica', 'bonus ricarica'],
			cue: ['prima di poter prelevare', 'prima di prelevare', 'per poter prelevare', 'prima di poter ritirare', 'prima di ritirare', 'per poter ritirare', 'requisit', 'termini', 'condizioni', 'scade', 'scadenz', 'puntata massima', 'puntata max', 'contano', 'quante volte', 'rigioc', 'attivo', 'vincite', 'benvenuto'],
		},
		pl: {
			core: ['bonus', 'darmow', 'free spin', 'freespin', 'obrót!', 'obrotu!', 'obroty!', 'obrócić!', 'obrocic!', 'wager!', 'promocj', 'cashback', 'bonus od depozytu', 'bonus do depozytu', 'bonus od wpłaty', 'bonus od wplaty', 'bonus za wpłatę', 'bonus za wplate', 'bonusu od depozytu', 'bonusu od wpłaty', 'bonusu od wplaty'],
			cue: ['zanim wypłacę', 'zanim wyplace', 'zanim będę mógł wypłacić', 'przed wypłatą', 'żeby wypłacić', 'zeby wyplacic', 'warunk', 'regulamin', 'wygas', 'ważn', 'maksymaln', 'zakład', 'licz', 'ile razy', 'aktywn', 'wygrane', 'powitaln', 'spin'],
		},
		ru: {
			core: ['бонус', 'фриспин', 'фри спин', 'бесплатные вращения', 'вейджер!', 'отыгр!', 'вагер!', 'промо', 'кэшбэк', 'кешбек', 'бонус к депозиту', 'бонус на депозит', 'бонус за депозит', 'депозитный бонус', 'бонус за пополнение', 'бонус на пополнение'],
			cue: ['чтобы вывести', 'прежде чем вывести', 'перед выводом', 'услови', 'правил', 'сгора', 'срок', 'максимальн', 'ставк', 'идут в', 'учитыва', 'сколько раз', 'активн', 'выигрыш', 'приветств'],
		},
		he: {
			core: ['בונוס', 'ספינים', 'סיבובים חינם', 'סיבובי חינם', 'דרישות הימור!', 'דרישת הימור!', 'גלגול!', 'לגלגל!', 'מגלגלים!', 'הטבה', 'קאשבק', 'בונוס הפקדה', 'בונוס ההפקדה', 'בונוס על הפקדה', 'בונוס על ההפקדה'],
			cue: ['לפני שאפשר למשוך', 'לפני שאוכל למשוך', 'כדי למשוך', 'לפני משיכה', 'דרישות', 'תנאים', 'תנאי', 'פג', 'תוקף', 'מקסימל', 'הימור', 'נחשבים', 'כמה פעמים', 'פעיל', 'זכיות', 'הצטרפות', 'חינמי'],
		},
		es: {
			core: ['bono', 'bonus', 'tiradas gratis', 'giros gratis', 'free spin', 'freespin', 'requisitos de apuesta!', 'requisito de apuesta!', 'rollover!', 'wagering!', 'promoci', 'cashback', 'bono de deposito', 'bono de depósito', 'bono del deposito', 'bono del depósito', 'bono por deposito', 'bono por depósito', 'bono de recarga'],
			cue: ['antes de retirar', 'antes de poder retirar', 'para poder retirar', 'antes de cobrar', 'requisit', 'términos', 'terminos', 'condiciones', 'caduc', 'expira', 'apuesta máxima', 'apuesta maxima', 'cuentan', 'cuantas veces', 'cuántas veces', 'activo', 'ganancias', 'bienvenida'],
		},
	},
	kyc_documents: {
		en: {
			core: ['kyc!', 'verification', 'verify my account', 'verify my identity', 'document', 'passport', 'id card', 'identity card', 'driving licen', "driver's licen", 'drivers licen', 'proof of address!', 'proof of identity!', 'utility bill', 'bank statement', 'selfie', 'source of funds!', 'docs=', 'doc='],
			cue: ['verify', 'verified', 'upload', 'uploaded', 'send', 'sent', 'rejected', 'accepted', 'how long', 'which', 'what', 'need', 'required', 'photo', 'scan', 'address', 'id='],
		},
		it: {
			core: ['kyc!', 'verifica del', 'verifica dell', 'verifica account', 'verifica conto', 'verifica documenti', 'verificare il conto', "verificare l'account", 'verificare la mia identit', 'document', "carta d'identita", "carta d'identità", 'carta di identita', 'carta di identità', 'passaporto', 'patente', 'prova di residenza!', 'certificato di residenza!', 'bolletta', 'estratto conto', 'selfie', 'codice fiscale', 'origine dei fondi!'],
			cue: ['verific', 'caricat', 'caricare', 'inviat', 'mando', 'rifiutat', 'accettat', 'quanto', 'quali', 'servono', 'richiest', 'foto', 'scansion', 'residenza', 'identit'],
		},
		pl: {
			core: ['kyc!', 'weryfikacj', 'zweryfikow', 'dokument', 'dowód osobist', 'dowod osobist', 'dowodem', 'dowód', 'paszport', 'prawo jazdy', 'potwierdzenie adresu!', 'potwierdzenie tożsamości!', 'rachunek za', 'wyciąg', 'wyciag', 'selfie', 'źródło środków!'],
			cue: ['przesł', 'przesla', 'wysła', 'wysla', 'wgra', 'odrzuc', 'zaakcept', 'ile trwa', 'jakie', 'potrzebn', 'zdjęci', 'skan', 'adres'],
		},
		ru: {
			core: ['kyc!', 'верификац', 'верифицир', 'документ', 'паспорт', 'удостоверени', 'водительск', 'подтверждение адреса!', 'подтверждение личности!', 'квитанц', 'выписк', 'селфи', 'источник средств!'],
			cue: ['загрузил', 'загрузить', 'отправ', 'отклон', 'принят', 'сколько', 'какие', 'нужн', 'фото', 'скан', 'адрес', 'проверк', 'длится'],
		},
		he: {
			core: ['kyc!', 'אימות', 'לאמת', 'מסמך', 'מסמכים', 'תעודת זהות', 'ת"ז', 'ת.ז', 'תז=', 'דרכון', 'רישיון נהיגה', 'רשיון נהיגה', 'אישור כתובת!', 'אישור תושבות!', 'חשבון חשמל', 'דף חשבון', 'סלפי', 'מקור הכספים!'],
			cue: ['העליתי', 'להעלות', 'שלחתי', 'לשלוח', 'נדחה', 'אושר', 'כמה זמן', 'אילו', 'צריך', 'תמונה', 'סריקה', 'כתובת'],
		},
		es: {
			core: ['kyc!', 'verificaci', 'verificar mi cuenta', 'verificar la cuenta', 'verificar mi identidad', 'document', 'dni=', 'nie=', 'pasaporte', 'carnet de conducir', 'permiso de conducir', 'justificante de domicilio!', 'comprobante de domicilio!', 'prueba de domicilio!', 'factura de', 'extracto bancario', 'selfie', 'origen de los fondos!'],
			cue: ['verific', 'subí', 'subi', 'subir', 'envi', 'rechaz', 'acept', 'cuanto tarda', 'cuánto tarda', 'que documentos', 'qué documentos', 'necesit', 'foto', 'escane', 'domicilio'],
		},
	},
	account_locked: {
		en: {
			core: ['locked', 'lock out', 'locked out', 'blocked', 'suspended', 'disabled', 'deactivated', 'frozen account', 'account frozen', 'unlock!', 'reactivate!', 'account is locked!', 'account locked!', 'account blocked!', 'account suspended!', 'suspended my account', 'froze my account', 'blocked my account'],
			cue: ['account', 'log in', 'login', 'sign in', 'why', 'wrong code', 'attempts', 'times', 'reason', 'access'],
		},
		it: {
			core: ['bloccat', 'sospes', 'disattivat', 'disabilitat', 'sbloccar!', 'sblocco!', 'riattivar!', 'conto bloccato!', 'account bloccato!', 'account sospeso!', 'sospeso il conto', 'bloccato il conto'],
			cue: ['conto', 'account', 'accesso', 'entrare', 'entro', 'perché', 'perche', 'come mai', 'codice', 'volte', 'motivo'],
		},
		pl: {
			core: ['zablokowan', 'zablokowało', 'zablokowalo', 'zablokowali', 'zablokowaliście', 'zablokowaliscie', 'zawieszon', 'dezaktywowan', 'wyłączon', 'odblokow!', 'przywróci konto', 'konto zablokowane!', 'konto zawieszone!', 'zawiesiliście!', 'zawiesiliscie!', 'zawiesili konto'],
			cue: ['kont', 'logow', 'zaloguj', 'czemu', 'dlaczego', 'kod', 'razy', 'powod', 'dostęp', 'dostep'],
		},
		ru: {
			core: ['заблокир', 'заблокирова', 'блокировк', 'приостановлен', 'деактивир', 'отключен', 'заморожен', 'разблокир!', 'аккаунт заблокирован!', 'заморози', 'заблочи', 'заблокировали', 'отключили аккаунт'],
			cue: ['аккаунт', 'учетн', 'учётн', 'кабинет', 'вход', 'войти', 'почему', 'код', 'раза', 'причин', 'доступ'],
		},
		he: {
			core: ['נעול', 'נעולה', 'נחסם', 'נחסמתי', 'חסום', 'חסומה', 'מושעה', 'הושעה', 'הושבת', 'מושבת', 'לשחרר את החשבון!', 'שחרור החשבון!', 'משחררים!', 'להפעיל מחדש!', 'החשבון נעול!', 'החשבון חסום!', 'השעיתם', 'השעו', 'הקפאתם', 'הקפיאו', 'ננעל', 'חסמו', 'חסמתם', 'נעלו', 'נעלתם'],
			cue: ['חשבון', 'החשבון', 'כניסה', 'להיכנס', 'נכנס', 'למה', 'קוד', 'פעמים', 'סיבה', 'גישה'],
		},
		es: {
			core: ['bloquead', 'suspendid', 'desactivad', 'deshabilitad', 'desbloque!', 'reactivar!', 'cuenta bloqueada!', 'cuenta suspendida!', 'suspendieron', 'bloquearon', 'desactivaron', 'congelaron'],
			cue: ['cuenta', 'entrar', 'acceder', 'iniciar sesi', 'por qué', 'por que', 'código', 'codigo', 'veces', 'motivo', 'acceso'],
		},
	},
	game_crash: {
		en: {
			core: ['crash', 'crashed', 'freez', 'froze', 'frozen', 'stuck', 'not loading', "won't load", 'wont load', 'doesnt load', "doesn't load", 'black screen!', 'white screen!', 'went black', 'goes black', 'turned black', 'went white', 'disconnect', 'closes itself', 'keeps closing', 'glitch', 'error message', 'hangs', 'lagging'],
			cue: ['game', 'slot', 'spin', 'round', 'roulette', 'blackjack', 'live', 'app', 'loading', 'screen', 'bet', 'reload', 'refresh', 'middle of', 'during'],
		},
		it: {
			core: ['crash', 'si blocca', 'si è bloccat', 'si e bloccat', 'bloccato durante', 'piantat', 'non carica', 'non si carica', 'schermata nera!', 'schermo nero!', 'diventa nero', 'diventato nero', 'diventata nera', 'disconness', 'si chiude da sol', 'si chiude', 'si è chius', 'si e chius', 'impallat', 'congelat'],
			cue: ['gioco', 'slot', 'spin', 'giro', 'giri', 'giocata', 'roulette', 'live', 'app', 'caricament', 'schermat', 'puntata', 'ricaricat', 'durante', 'mentre'],
		},
		pl: {
			core: ['zawiesił', 'zawiesil', 'zawiesza', 'zacina', 'zacięła', 'zaciela', 'crash', 'nie ładuje', 'nie laduje', 'nie wczytuje', 'czarny ekran!', 'biały ekran!', 'ekran zrobił się czarny', 'ekran zrobil sie czarny', 'ekran robi się czarny', 'rozłączył', 'rozlaczyl', 'rozłącza', 'zamyka się', 'zamyka sie', 'się zamyka', 'sie zamyka', 'sama się zamyka', 'sam się zamyka', 'wyrzuca', 'wywala', 'się wyłączył', 'sie wylaczyl', 'się zamknęł', 'sie zamknel'],
			cue: ['gra', 'gry', 'grze', 'slot', 'automat', 'spin', 'rund', 'ruletk', 'na żywo', 'aplikacj', 'ekran', 'zakład', 'odświe', 'podczas', 'w trakcie'],
		},
		ru: {
			core: ['завис=', 'зависл', 'зависа', 'зависнет', 'вылет', 'вылетел', 'краш', 'не грузит', 'не загружа', 'черный экран!', 'чёрный экран!', 'белый экран!', 'экран почернел', 'экран стал черным', 'экран стал чёрным', 'отключил', 'отвалил', 'разрыв соединени', 'само закрывается', 'закрывается', 'закрылась', 'закрылось', 'закрылся', 'глюч', 'лагает', 'тормозит'],
			cue: ['игра', 'игре', 'игру', 'слот', 'спин', 'раунд', 'рулетк', 'лайв', 'приложени', 'экран', 'ставк', 'перезагруз', 'во время', 'посреди'],
		},
		he: {
			core: ['נתקע', 'נתקעה', 'קרס', 'קורס', 'קריסה', 'לא נטען', 'לא נטענת', 'מסך שחור!', 'מסך לבן!', 'המסך השחיר', 'המסך נהיה שחור', 'התנתק', 'התנתקה', 'נסגרת לבד', 'נסגר לבד', 'נסגרת', 'נתקעת', 'באג'],
			cue: ['משחק', 'המשחק', 'סלוט', 'ספין', 'סיבוב', 'רולטה', 'חי', 'אפליקציה', 'מסך', 'הימור', 'רענון', 'באמצע', 'תוך כדי'],
		},
		es: {
			core: ['se colgó', 'se colgo', 'se cuelga', 'colgad', 'se congel', 'congelad', 'crash', 'no carga', 'no se carga', 'pantalla negra!', 'pantalla en blanco!', 'se puso negra', 'se queda en negro', 'se quedó en negro', 'se quedo en negro', 'se desconect', 'desconexi', 'se cierra sola', 'se cierra solo', 'se cierra', 'se cerró', 'se cerro', 'se traba', 'se trabó', 'se trabo', 'se queda pillad', 'se quedó pillad', 'se quedo pillad', 'se quedó colgad', 'se quedo colgad'],
			cue: ['juego', 'tragaperras', 'slot', 'giro', 'tirada', 'ronda', 'jugada', 'ruleta', 'en vivo', 'app', 'aplicaci', 'pantalla', 'apuesta', 'recarg', 'durante'],
		},
	},
	change_email: {
		en: {
			core: ['change my email!', 'change my e-mail!', 'change email address!', 'update my email!', 'new email address!', 'change the email!', 'email address on my account!'],
			cue: ['email', 'e-mail', 'address', 'account', 'update', 'change'],
		},
		it: {
			core: ['cambiare la mail!', 'cambiare email!', "cambiare l'email!", 'cambiare indirizzo email!', 'nuovo indirizzo email!', 'aggiornare la mail!'],
			cue: ['mail', 'email', 'indirizzo', 'conto', 'account'],
		},
		pl: {
			core: ['zmienić maila!', 'zmienic maila!', 'zmienić adres e-mail!', 'zmienić adres email!', 'zmiana adresu e-mail!', 'zmiana maila!', 'nowy adres e-mail!'],
			cue: ['mail', 'email', 'adres', 'kont'],
		},
		ru: {
			core: ['сменить почту!', 'поменять почту!', 'сменить email!', 'поменять email!', 'изменить почту!', 'изменить email!', 'новая почта!', 'смена почты!'],
			cue: ['почт', 'email', 'емейл', 'адрес', 'аккаунт'],
		},
		he: {
			core: ['לשנות את המייל!', 'לשנות מייל!', 'לשנות את כתובת המייל!', 'שינוי מייל!', 'שינוי כתובת מייל!', 'כתובת מייל חדשה!'],
			cue: ['מייל', 'אימייל', 'כתובת', 'חשבון'],
		},
		es: {
			core: ['cambiar mi correo!', 'cambiar el correo!', 'cambiar mi email!', 'cambiar el email!', 'cambiar la dirección de correo!', 'nuevo correo!', 'actualizar mi correo!'],
			cue: ['correo', 'email', 'dirección', 'direccion', 'cuenta'],
		},
	},
};

/** The player asks for a person instead of the bot. */
export const HUMAN_REQUEST: Readonly<Record<LexiconLanguage, readonly string[]>> = {
	en: ['real person!', 'real human!', 'a human!', 'human being!', 'live agent!', 'live person!', 'live chat agent!', 'speak to someone!', 'talk to someone!', 'speak to a person!', 'talk to a person!', 'speak to an agent!', 'talk to an agent!', 'speak with an agent!', 'speak to an operator!', 'need an operator!', 'need to speak to!', 'connect me to!', 'transfer me to!', 'put me through!', 'call me back!', 'call me!', 'phone me!', 'not a bot!', "don't want a bot!", 'no bot!', 'no bots!', 'automatic replies!', 'automated replies!', 'agent=', 'operator=', 'human=', 'not the bot!', 'not a robot!'],
	it: ['persona vera!', 'persona reale!', 'essere umano!', 'un umano!', 'operatore umano!', 'operatore in carne!', 'parlare con un operatore!', 'parlare con qualcuno!', 'parlare con una persona!', 'passatemi!', 'mettetemi in contatto!', 'richiamatemi!', 'chiamatemi!', 'non voglio il bot!', 'non voglio un bot!', 'risposte automatiche!', 'operatore=', 'operatrice=', 'umano=', 'non il bot!', 'non un bot!', 'non con il bot!'],
	pl: ['prawdziwym człowiekiem!', 'prawdziwy człowiek!', 'żywy człowiek!', 'żywego konsultanta!', 'żywym konsultantem!', 'jakiś człowiek!', 'z człowiekiem!', 'porozmawiać z konsultantem!', 'pogadać z konsultantem!', 'połączcie mnie!', 'polaczcie mnie!', 'przełączcie mnie!', 'zadzwońcie!', 'kontakt telefoniczny!', 'nie chcę bota!', 'nie chce bota!', 'automatycznych odpowiedzi!', 'automatyczne odpowiedzi!', 'konsultant=', 'konsultanta=', 'człowiek=', 'prawdziw konsultant!', 'prawdziw człowiek!', 'nie bota!', 'nie z botem!'],
	ru: ['живым человеком!', 'живой человек!', 'живого оператора!', 'живой оператор!', 'с человеком!', 'есть человек!', 'соедините!', 'переключите на!', 'позовите оператора!', 'нужен оператор!', 'поговорить с оператором!', 'перезвоните!', 'позвоните мне!', 'не хочу бота!', 'не бот!', 'автоответ!', 'автоматические ответы!', 'оператор=', 'оператора=', 'человек=', 'не с ботом!', 'не робот!'],
	he: ['בן אדם אמיתי!', 'אדם אמיתי!', 'נציג אנושי!', 'נציג אמיתי!', 'יש פה בן אדם!', 'לדבר עם נציג!', 'לדבר עם מישהו!', 'לדבר עם בן אדם!', 'צריך נציג!', 'תעבירו אותי!', 'להעביר אותי!', 'תחזרו אליי!', 'תתקשרו אליי!', 'לא רוצה בוט!', 'תשובות אוטומטיות!', 'נציג=', 'נציגה=', 'לא בוט!', 'לא לבוט!'],
	es: ['persona real!', 'ser humano!', 'algún humano!', 'algun humano!', 'un humano!', 'agente de verdad!', 'agente real!', 'hablar con una persona!', 'hablar con alguien!', 'hablar con un agente!', 'hablar con un operador!', 'pásame con!', 'pasame con!', 'pásenme con!', 'llámenme!', 'llamenme!', 'no quiero un bot!', 'no quiero hablar con un bot!', 'respuestas automáticas!', 'agente=', 'operador=', 'humano=', 'no un bot!', 'no con un bot!', 'no con el bot!', 'no el bot!'],
};

/**
 * Complaint and dispute cues of the assistant's own, on top of the classifier's complaint
 * category and compliance markers: accusations, demands for money back, formal disputes.
 */
export const COMPLAINT_CUES: Readonly<Record<LexiconLanguage, readonly string[]>> = {
	en: ['scam', 'scammer', 'fraud', 'rigged', 'cheat', 'thief', 'thieves', 'theft', 'stole', 'stolen', 'robbed', 'robbery', 'unacceptable', 'disgrace', 'disgusting', 'pathetic', 'worst', 'rude', 'complaint', 'complain', 'dispute', 'refund', 'money back', 'compensation', 'report you', 'supervisor', 'manager', 'fed up', 'ridiculous', 'confiscat', 'voided my', 'took my winnings', 'taken my winnings', 'shame on you', 'charged twice', 'double charged', 'charged me twice', 'double charge', 'taken twice', 'twice for one', 'twice for the same', 'same deposit twice'],
	it: ['truff', 'imbrogl', 'trucca', 'ladri', 'furto', 'rubat', 'inaccettabil', 'vergogn', 'schifo', 'pessim', 'maleducat', 'scortes', 'reclamo', 'lamentar', 'contesta', 'contestazion', 'rimborso', 'ridatemi', 'risarciment', 'denunc', 'col responsabile', 'con il responsabile', 'al responsabile', 'stufo', 'stufa', 'ridicol', 'mi avete tolto', 'annullato le vincite', 'annullato la vincita', 'confiscat', 'addebitato due volte', 'addebitati due volte', 'due volte la stessa', 'due volte lo stesso', 'doppio addebito', 'addebitata due volte'],
	pl: ['oszust', 'oszuk', 'ustawion', 'złodzie', 'zlodzie', 'kradzież', 'kradziez', 'ukradli', 'ukradł', 'okradl', 'skandal', 'żenad', 'zenad', 'fatalna', 'niemił', 'niemil', 'niegrzeczn', 'reklamacj', 'skarg', 'kwestionuj', 'zwrot', 'oddajcie', 'rekompensat', 'zgłoszę was', 'przełożon', 'kierownik', 'mam dość', 'zabraliście', 'zabraliscie', 'anulowaliście', 'anulowaliscie', 'skonfiskow', 'dwa razy pobral', 'pobraliście dwa razy', 'pobrali dwa razy', 'podwójnie obciąż', 'dwa razy tę samą', 'dwa razy te sama', 'dwa razy ten sam', 'podwójne obciążenie', 'podwojne obciazenie', 'pobrane dwa razy', 'pobrano dwa razy', 'podwójnie pobra', 'podwojnie pobra'],
	ru: ['мошенни', 'обман', 'развод', 'подкруч', 'вор=', 'воры', 'воров', 'воровств', 'украл', 'позор', 'ужасн', 'отвратител', 'хам', 'груб', 'жалоб', 'пожалов', 'претензи', 'оспарива', 'верните', 'возврат', 'компенсац', 'руководител', 'начальник', 'надоело', 'беспредел', 'аннулировали', 'забрали выигрыш', 'забрали мой', 'конфиск', 'списали дважды', 'списали два раза', 'дважды списали', 'два раза за один', 'двойное списание'],
	he: ['רמאים', 'רמאות', 'הונאה', 'מכוונים', 'גנבים', 'גניבה', 'גנבתם', 'גנבו', 'בושה', 'גרוע', 'חצוף', 'גסה', 'גס רוח', 'תלונה', 'להתלונן', 'מערער', 'תחזירו', 'החזר', 'פיצוי', 'המנהל', 'למנהל', 'נמאס', 'לקחתם לי', 'ביטלתם לי', 'עושק', 'החרמתם', 'חויבתי פעמיים', 'חייבתם אותי פעמיים', 'חיוב כפול', 'חייבו פעמיים', 'חייבתם פעמיים', 'פעמיים על אותה', 'פעמיים על אותו'],
	es: ['estaf', 'fraude', 'amañad', 'trampa', 'ladron', 'robo', 'robaron', 'robad', 'vergüenza', 'verguenza', 'inaceptable', 'pésimo', 'pesimo', 'maleducad', 'grosero', 'grosera', 'reclamaci', 'queja', 'quejarme', 'impugn', 'reembolso', 'devuélvanme', 'devuelvanme', 'compensaci', 'denunci', 'supervisor', 'harto', 'harta', 'sinvergüenza', 'sinverguenza', 'me habéis quitado', 'me habeis quitado', 'me han quitado', 'confiscad', 'anulado mis ganancias', 'anularon mis ganancias', 'cobrado dos veces', 'cobraron dos veces', 'cobrasteis dos veces', 'cobro doble', 'doble cobro', 'cobraron doble', 'dos veces el mismo', 'dos veces la misma', 'cargo duplicado'],
};

/**
 * Topics the shipped answers do not cover and whose words belong to an intent's topic: a one-time
 * login code is not identity verification ("the verification code never arrives" is no KYC
 * question). Words inside these phrases are not single-word evidence of any intent.
 */
export const UNANSWERED_TOPICS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
	en: ['verification code', 'sms code', 'security code', 'one-time code', 'one time code', 'otp code', '2fa code', 'code by sms'],
	it: ['codice di verifica', 'codice sms', 'codice di sicurezza', 'codice otp', 'codice via sms'],
	pl: ['kod weryfikacyjny', 'kod sms', 'kodu sms', 'kod z sms', 'kod bezpieczeństwa', 'kodu weryfikacyjnego'],
	ru: ['код подтверждения', 'смс код', 'код из смс', 'код по смс', 'код безопасности', 'проверочный код'],
	he: ['קוד אימות', 'קוד בsms', 'קוד sms', 'קוד חד פעמי', 'קוד אבטחה'],
	es: ['código de verificación', 'codigo de verificacion', 'código sms', 'codigo sms', 'código de seguridad', 'codigo de seguridad', 'código por sms'],
};

/** Words that negate what follows ("not about a bonus", "no quiero el bono"). */
export const NEGATORS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
	en: ['not', "don't", 'dont', 'no', 'never', 'without', "isn't", "wasn't"],
	it: ['non', 'nessun', 'senza', 'mai'],
	pl: ['nie', 'bez', 'żaden', 'zaden', 'nigdy'],
	ru: ['не', 'нет', 'без', 'никогда'],
	he: ['לא', 'אין', 'בלי', 'אל'],
	es: ['no', 'sin', 'nunca', 'ningún', 'ningun'],
};

/** Additive connectors ("and also", "a do tego"): the message probably raises more than one issue. */
export const ADDITIVE_MARKERS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
	en: ['also', 'as well', 'in addition', 'on top of that', 'plus='],
	it: ['in più', 'inoltre', 'e poi', 'per di più', 'oltretutto'],
	pl: ['a do tego', 'do tego', 'poza tym', 'ponadto', 'oprócz tego', 'również', 'także'],
	ru: ['плюс=', 'также', 'кроме того', 'вдобавок', 'к тому же', 'и ещё', 'и еще'],
	he: ['וגם', 'בנוסף', 'חוץ מזה', 'יתרה מזאת'],
	es: ['además', 'ademas', 'también', 'tambien', 'encima', 'aparte de eso'],
};
