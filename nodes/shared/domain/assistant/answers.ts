/**
 * The shipped knowledge base: one answer per intent and language, and for the intents where a
 * CRM fact helps (deposit, withdrawal, KYC) a variant quoting it first. The variant is used
 * only when the ticket carries every fact it names; otherwise the fact-free answer is.
 */
import type { Intent } from './lexicon';

export interface AnswerEntry {
	intent: string;
	language: string;
	text: string;
}

type Texts = Readonly<Record<'en' | 'it' | 'pl' | 'ru' | 'he' | 'es', string>>;

const PASSWORD_RESET: Texts = {
	en: 'To reset your password, tap "Forgot password?" on the login page and enter the e-mail address of your account. We will send you a link that is valid for 24 hours. If it does not arrive within a few minutes, please check your spam folder. For your security, never share your password with anyone, including our team.',
	it: 'Per reimpostare la password tocca "Password dimenticata?" nella pagina di accesso e inserisci l\'indirizzo e-mail del tuo conto. Ti invieremo un link valido per 24 ore. Se non arriva entro qualche minuto, controlla la cartella spam. Per la tua sicurezza non condividere mai la password con nessuno, nemmeno con il nostro team.',
	pl: 'Aby zresetować hasło, kliknij „Nie pamiętasz hasła?” na stronie logowania i podaj adres e-mail swojego konta. Wyślemy link ważny przez 24 godziny. Jeśli nie dotrze w ciągu kilku minut, sprawdź folder spam. Dla bezpieczeństwa nigdy nikomu nie podawaj hasła, także naszym konsultantom.',
	ru: 'Чтобы сбросить пароль, нажмите «Забыли пароль?» на странице входа и укажите e-mail вашего аккаунта. Мы пришлём ссылку, которая действует 24 часа. Если письмо не пришло в течение нескольких минут, проверьте папку «Спам». В целях безопасности никогда никому не сообщайте свой пароль, в том числе нашим сотрудникам.',
	he: 'כדי לאפס את הסיסמה, לחצו על "שכחתי סיסמה" בדף הכניסה והזינו את כתובת המייל של החשבון. נשלח אליכם קישור שתקף ל-24 שעות. אם הוא לא מגיע תוך כמה דקות, בדקו את תיקיית הספאם. למען ביטחונכם, לעולם אל תמסרו את הסיסמה לאף אחד, גם לא לצוות שלנו.',
	es: 'Para restablecer tu contraseña, pulsa «¿Olvidaste tu contraseña?» en la página de acceso e introduce el correo electrónico de tu cuenta. Te enviaremos un enlace válido durante 24 horas. Si no llega en unos minutos, revisa la carpeta de spam. Por tu seguridad, no compartas nunca tu contraseña con nadie, tampoco con nuestro equipo.',
};

const DEPOSIT_HELP: Texts = {
	en: 'You can deposit in the Cashier: choose a payment method, enter the amount and confirm. The methods and the minimum deposit available in your country are shown there. Card and e-wallet deposits usually appear on your balance within a few minutes; bank transfers can take 1–3 business days. If your card is declined, please check with your bank that online gambling payments are allowed, or try another method.',
	it: 'Puoi depositare dalla Cassa: scegli un metodo di pagamento, inserisci l\'importo e conferma. Lì trovi i metodi e il deposito minimo disponibili nel tuo paese. I depositi con carta e portafogli elettronici di solito compaiono sul saldo in pochi minuti; i bonifici possono richiedere 1–3 giorni lavorativi. Se la carta viene rifiutata, verifica con la tua banca che i pagamenti per il gioco online siano abilitati, oppure prova un altro metodo.',
	pl: 'Wpłaty dokonasz w Kasie: wybierz metodę płatności, wpisz kwotę i potwierdź. Tam widać metody i minimalną wpłatę dostępne w Twoim kraju. Wpłaty kartą i portfelem elektronicznym zwykle pojawiają się na saldzie w ciągu kilku minut; przelew bankowy może potrwać 1–3 dni robocze. Jeśli karta jest odrzucana, sprawdź w banku, czy płatności za gry online są dozwolone, albo wybierz inną metodę.',
	ru: 'Пополнить счёт можно в разделе «Касса»: выберите способ оплаты, введите сумму и подтвердите. Там же указаны способы и минимальный депозит для вашей страны. Платежи картой и электронными кошельками обычно зачисляются за несколько минут, банковский перевод может идти 1–3 рабочих дня. Если карту отклоняют, уточните в банке, разрешены ли платежи за онлайн-игры, или выберите другой способ.',
	he: 'אפשר להפקיד דרך הקופה: בחרו אמצעי תשלום, הזינו סכום ואשרו. שם מופיעים אמצעי התשלום וההפקדה המינימלית הזמינים במדינה שלכם. הפקדות בכרטיס אשראי ובארנק דיגיטלי מופיעות ביתרה בדרך כלל תוך כמה דקות; העברה בנקאית עשויה לקחת 1–3 ימי עסקים. אם הכרטיס נדחה, בדקו מול הבנק שתשלומים למשחקים מקוונים מאושרים, או נסו אמצעי תשלום אחר.',
	es: 'Puedes depositar desde la Caja: elige un método de pago, introduce el importe y confirma. Allí verás los métodos y el depósito mínimo disponibles en tu país. Los depósitos con tarjeta y monedero electrónico suelen aparecer en el saldo en pocos minutos; las transferencias bancarias pueden tardar de 1 a 3 días hábiles. Si te rechazan la tarjeta, consulta con tu banco si permite pagos de juego online o prueba otro método.',
};

const DEPOSIT_HELP_FACTS: Texts = {
	en: 'Your current balance is {{balance}} {{currency}}. ' + DEPOSIT_HELP.en,
	it: 'Il tuo saldo attuale è di {{balance}} {{currency}}. ' + DEPOSIT_HELP.it,
	pl: 'Twoje aktualne saldo to {{balance}} {{currency}}. ' + DEPOSIT_HELP.pl,
	ru: 'Ваш текущий баланс: {{balance}} {{currency}}. ' + DEPOSIT_HELP.ru,
	he: 'היתרה הנוכחית שלכם היא {{balance}} {{currency}}. ' + DEPOSIT_HELP.he,
	es: 'Tu saldo actual es de {{balance}} {{currency}}. ' + DEPOSIT_HELP.es,
};

const WITHDRAWAL_STATUS: Texts = {
	en: 'Withdrawals are reviewed by our payments team within 24 hours, then sent by the method you chose: e-wallets usually receive the money within a few hours, cards in 1–5 business days and bank transfers in 1–3 business days. You can follow the status under My Account → Transactions. A withdrawal can only be approved once your account is verified.',
	it: 'I prelievi vengono controllati dal nostro reparto pagamenti entro 24 ore e poi inviati con il metodo che hai scelto: sui portafogli elettronici l\'accredito arriva di solito in poche ore, sulle carte in 1–5 giorni lavorativi e con bonifico in 1–3 giorni lavorativi. Puoi seguire lo stato in Il mio conto → Transazioni. Un prelievo può essere approvato solo dopo la verifica del conto.',
	pl: 'Wypłaty sprawdza nasz dział płatności w ciągu 24 godzin, a potem wysyła je wybraną metodą: na portfel elektroniczny pieniądze docierają zwykle w kilka godzin, na kartę w 1–5 dni roboczych, a przelewem w 1–3 dni robocze. Status sprawdzisz w Moje konto → Transakcje. Wypłatę można zatwierdzić dopiero po weryfikacji konta.',
	ru: 'Заявки на вывод проверяет наш платёжный отдел в течение 24 часов, после чего деньги отправляются выбранным способом: на электронные кошельки обычно за несколько часов, на карту за 1–5 рабочих дней, банковским переводом за 1–3 рабочих дня. Статус можно отслеживать в разделе «Мой аккаунт → Транзакции». Вывод одобряется только после верификации аккаунта.',
	he: 'בקשות משיכה נבדקות על ידי מחלקת התשלומים שלנו תוך 24 שעות ונשלחות באמצעי שבחרתם: לארנק דיגיטלי הכסף מגיע בדרך כלל תוך כמה שעות, לכרטיס אשראי תוך 1–5 ימי עסקים ובהעברה בנקאית תוך 1–3 ימי עסקים. אפשר לעקוב אחרי הסטטוס בחשבון שלי ← תנועות. משיכה מאושרת רק לאחר אימות החשבון.',
	es: 'Nuestro equipo de pagos revisa los retiros en un plazo de 24 horas y después los envía por el método que elegiste: en monederos electrónicos el dinero suele llegar en pocas horas, en tarjeta en 1–5 días hábiles y por transferencia en 1–3 días hábiles. Puedes seguir el estado en Mi cuenta → Transacciones. Un retiro solo se aprueba cuando la cuenta está verificada.',
};

const WITHDRAWAL_STATUS_FACTS: Texts = {
	en: 'We can see your pending withdrawal of {{pendingWithdrawal}}. ' + WITHDRAWAL_STATUS.en,
	it: 'Vediamo il tuo prelievo in attesa di {{pendingWithdrawal}}. ' + WITHDRAWAL_STATUS.it,
	pl: 'Widzimy Twoją oczekującą wypłatę na kwotę {{pendingWithdrawal}}. ' + WITHDRAWAL_STATUS.pl,
	ru: 'Мы видим вашу заявку на вывод {{pendingWithdrawal}} в обработке. ' + WITHDRAWAL_STATUS.ru,
	he: 'אנחנו רואים את בקשת המשיכה הממתינה שלכם על סך {{pendingWithdrawal}}. ' + WITHDRAWAL_STATUS.he,
	es: 'Vemos tu retiro pendiente de {{pendingWithdrawal}}. ' + WITHDRAWAL_STATUS.es,
};

const BONUS_TERMS: Texts = {
	en: 'The terms of each bonus are under My Account → Bonuses: tap the bonus to see its wagering requirement, expiry date, maximum bet while it is active and which games count towards wagering (slots usually count 100%, table and live games less or not at all). Winnings from free spins are added as bonus money with their own wagering. Once wagering is complete, the bonus balance becomes real money that you can withdraw.',
	it: 'Le condizioni di ogni bonus sono in Il mio conto → Bonus: tocca il bonus per vedere i requisiti di puntata, la scadenza, la puntata massima mentre è attivo e quali giochi contano per il wagering (di solito le slot al 100%, i giochi da tavolo e live meno o per niente). Le vincite dei giri gratis vengono accreditate come bonus con un proprio requisito di puntata. Completato il wagering, il saldo bonus diventa denaro reale prelevabile.',
	pl: 'Warunki każdego bonusu znajdziesz w Moje konto → Bonusy: kliknij bonus, aby zobaczyć wymóg obrotu, datę wygaśnięcia, maksymalny zakład przy aktywnym bonusie i gry, które liczą się do obrotu (automaty zwykle w 100%, gry stołowe i na żywo mniej lub wcale). Wygrane z darmowych spinów trafiają na saldo bonusowe z własnym wymogiem obrotu. Po wykonaniu obrotu środki bonusowe stają się prawdziwymi pieniędzmi do wypłaty.',
	ru: 'Условия каждого бонуса указаны в разделе «Мой аккаунт → Бонусы»: нажмите на бонус, чтобы увидеть вейджер, срок действия, максимальную ставку при активном бонусе и игры, которые учитываются при отыгрыше (слоты обычно на 100%, настольные и лайв-игры меньше или не учитываются). Выигрыши с фриспинов зачисляются на бонусный счёт со своим вейджером. После отыгрыша бонусные средства становятся реальными деньгами, которые можно вывести.',
	he: 'התנאים של כל בונוס נמצאים בחשבון שלי ← בונוסים: לחצו על הבונוס כדי לראות את דרישות ההימור, תאריך התפוגה, ההימור המקסימלי כשהבונוס פעיל ואילו משחקים נחשבים לגלגול (סלוטים בדרך כלל 100%, משחקי שולחן ולייב פחות או בכלל לא). זכיות מסיבובי חינם נכנסות ליתרת הבונוס עם דרישות הימור משלהן. לאחר השלמת הגלגול, יתרת הבונוס הופכת לכסף אמיתי שאפשר למשוך.',
	es: 'Las condiciones de cada bono están en Mi cuenta → Bonos: pulsa el bono para ver el requisito de apuesta, la fecha de caducidad, la apuesta máxima mientras está activo y qué juegos cuentan para el rollover (las tragaperras suelen contar al 100 %, los juegos de mesa y en vivo menos o nada). Las ganancias de las tiradas gratis se abonan como saldo de bono con su propio requisito de apuesta. Al completar el rollover, el saldo de bono pasa a ser dinero real que puedes retirar.',
};

const KYC_DOCUMENTS: Texts = {
	en: 'To verify your account we need a valid photo ID (passport, ID card or driving licence) and a proof of address from the last 3 months (utility bill or bank statement showing your name and address). Upload clear photos of all four corners under My Account → Verification; we may also ask for a selfie holding your ID. Documents are usually checked within 24–48 hours and you will get an e-mail when it is done.',
	it: 'Per verificare il conto ci servono un documento d\'identità valido con foto (passaporto, carta d\'identità o patente) e una prova di residenza degli ultimi 3 mesi (bolletta o estratto conto con nome e indirizzo). Carica foto nitide, con tutti e quattro gli angoli visibili, in Il mio conto → Verifica; potremmo chiederti anche un selfie con il documento. Di solito i documenti vengono controllati entro 24–48 ore e riceverai un\'e-mail a verifica conclusa.',
	pl: 'Do weryfikacji konta potrzebujemy ważnego dokumentu ze zdjęciem (paszport, dowód osobisty lub prawo jazdy) oraz potwierdzenia adresu z ostatnich 3 miesięcy (rachunek za media lub wyciąg bankowy z imieniem, nazwiskiem i adresem). Prześlij wyraźne zdjęcia z widocznymi czterema rogami w Moje konto → Weryfikacja; możemy też poprosić o selfie z dokumentem. Dokumenty sprawdzamy zwykle w ciągu 24–48 godzin, a o wyniku poinformujemy e-mailem.',
	ru: 'Для верификации аккаунта нужны действующий документ с фото (паспорт, удостоверение личности или водительские права) и подтверждение адреса не старше 3 месяцев (квитанция за коммунальные услуги или банковская выписка с вашим именем и адресом). Загрузите чёткие фото, на которых видны все четыре угла, в разделе «Мой аккаунт → Верификация»; мы также можем попросить селфи с документом. Обычно проверка занимает 24–48 часов, о результате мы сообщим по e-mail.',
	he: 'כדי לאמת את החשבון אנחנו צריכים תעודה מזהה בתוקף עם תמונה (דרכון, תעודת זהות או רישיון נהיגה) ואישור כתובת מ-3 החודשים האחרונים (חשבון חשמל או דף חשבון בנק עם השם והכתובת שלכם). העלו צילומים ברורים שבהם רואים את ארבע הפינות בחשבון שלי ← אימות; ייתכן שנבקש גם סלפי עם התעודה. בדרך כלל המסמכים נבדקים תוך 24–48 שעות ותקבלו מייל בסיום.',
	es: 'Para verificar tu cuenta necesitamos un documento de identidad válido con foto (pasaporte, DNI o carnet de conducir) y un justificante de domicilio de los últimos 3 meses (factura de suministros o extracto bancario con tu nombre y dirección). Sube fotos nítidas en las que se vean las cuatro esquinas en Mi cuenta → Verificación; puede que también te pidamos un selfie con el documento. Normalmente revisamos los documentos en 24–48 horas y te avisaremos por correo electrónico.',
};

const KYC_DOCUMENTS_FACTS: Texts = {
	en: 'The verification status of your account is: {{kycStatus}}. ' + KYC_DOCUMENTS.en,
	it: 'Lo stato di verifica del tuo conto è: {{kycStatus}}. ' + KYC_DOCUMENTS.it,
	pl: 'Status weryfikacji Twojego konta: {{kycStatus}}. ' + KYC_DOCUMENTS.pl,
	ru: 'Статус верификации вашего аккаунта: {{kycStatus}}. ' + KYC_DOCUMENTS.ru,
	he: 'סטטוס האימות של החשבון שלכם: {{kycStatus}}. ' + KYC_DOCUMENTS.he,
	es: 'El estado de verificación de tu cuenta es: {{kycStatus}}. ' + KYC_DOCUMENTS.es,
};

const ACCOUNT_LOCKED: Texts = {
	en: 'For your security, an account is locked for 30 minutes after several wrong login attempts; after that you can log in again, or reset your password with "Forgot password?" to unlock it straight away. If you see "account suspended" or "disabled", the account was closed by a check on our side: reply to this message and a member of our team will look into it and explain the next steps.',
	it: 'Per la tua sicurezza, dopo diversi tentativi di accesso errati il conto viene bloccato per 30 minuti; trascorso questo tempo puoi accedere di nuovo, oppure reimpostare la password con "Password dimenticata?" per sbloccarlo subito. Se vedi "account sospeso" o "disattivato", il conto è stato fermato da un controllo da parte nostra: rispondi a questo messaggio e una persona del nostro team verificherà e ti spiegherà i prossimi passi.',
	pl: 'Ze względów bezpieczeństwa po kilku nieudanych próbach logowania konto blokuje się na 30 minut; potem możesz zalogować się ponownie albo od razu je odblokować, resetując hasło przez „Nie pamiętasz hasła?”. Jeśli widzisz komunikat „konto zawieszone” lub „dezaktywowane”, konto zostało wstrzymane przez kontrolę po naszej stronie: odpowiedz na tę wiadomość, a ktoś z naszego zespołu to sprawdzi i wyjaśni dalsze kroki.',
	ru: 'В целях безопасности после нескольких неудачных попыток входа аккаунт блокируется на 30 минут; после этого можно войти снова или сразу разблокировать его, сбросив пароль через «Забыли пароль?». Если вы видите «аккаунт приостановлен» или «деактивирован», аккаунт остановлен проверкой с нашей стороны: ответьте на это сообщение, и сотрудник нашей команды всё проверит и объяснит дальнейшие шаги.',
	he: 'למען ביטחונכם, אחרי כמה ניסיונות כניסה שגויים החשבון ננעל ל-30 דקות; לאחר מכן אפשר להיכנס שוב, או לאפס את הסיסמה דרך "שכחתי סיסמה" כדי לשחרר אותו מיד. אם מופיע "החשבון מושעה" או "הושבת", החשבון נעצר בבדיקה מצדנו: השיבו להודעה זו ונציג מהצוות שלנו יבדוק ויסביר את הצעדים הבאים.',
	es: 'Por tu seguridad, tras varios intentos de acceso fallidos la cuenta se bloquea durante 30 minutos; después puedes volver a entrar, o restablecer la contraseña con «¿Olvidaste tu contraseña?» para desbloquearla al momento. Si ves «cuenta suspendida» o «desactivada», la cuenta se detuvo por una revisión de nuestra parte: responde a este mensaje y una persona de nuestro equipo lo revisará y te explicará los siguientes pasos.',
};

const GAME_CRASH: Texts = {
	en: 'Sorry about the interruption. Every round is recorded on the game provider\'s server, so a round cut off by a crash or lost connection is not lost: reopen the same game and it will finish the round or credit its result to your balance. Clearing the browser cache, updating the app or switching from Wi-Fi to mobile data usually fixes loading problems. If your balance still looks wrong, reply with the game name and the time and we will check the round history.',
	it: 'Ci dispiace per l\'interruzione. Ogni giocata viene registrata sul server del fornitore del gioco, quindi un round interrotto da un crash o da una disconnessione non va perso: riapri lo stesso gioco e il round verrà completato o il risultato accreditato sul saldo. Svuotare la cache del browser, aggiornare l\'app o passare dal Wi-Fi ai dati mobili di solito risolve i problemi di caricamento. Se il saldo non ti torna, rispondi con il nome del gioco e l\'orario e controlleremo lo storico delle giocate.',
	pl: 'Przepraszamy za przerwę. Każda runda jest zapisywana na serwerze dostawcy gry, więc runda przerwana przez awarię lub utratę połączenia nie przepada: otwórz tę samą grę ponownie, a runda zostanie dokończona lub jej wynik trafi na saldo. Problemy z ładowaniem zwykle rozwiązuje wyczyszczenie pamięci podręcznej przeglądarki, aktualizacja aplikacji lub przejście z Wi-Fi na dane komórkowe. Jeśli saldo nadal się nie zgadza, odpisz z nazwą gry i godziną, a sprawdzimy historię rund.',
	ru: 'Извините за сбой. Каждый раунд записывается на сервере провайдера игры, поэтому раунд, прерванный вылетом или обрывом связи, не теряется: откройте ту же игру снова, и раунд завершится или его результат будет зачислен на баланс. Проблемы с загрузкой обычно решает очистка кеша браузера, обновление приложения или переход с Wi-Fi на мобильный интернет. Если баланс всё равно кажется неверным, ответьте с названием игры и временем, и мы проверим историю раундов.',
	he: 'מצטערים על ההפרעה. כל סיבוב נשמר בשרת של ספק המשחק, כך שסיבוב שנקטע בגלל קריסה או ניתוק לא הולך לאיבוד: פתחו שוב את אותו משחק והסיבוב יושלם או שהתוצאה שלו תיכנס ליתרה. ניקוי המטמון של הדפדפן, עדכון האפליקציה או מעבר מ-Wi-Fi לנתונים סלולריים פותרים בדרך כלל בעיות טעינה. אם היתרה עדיין לא נראית נכונה, השיבו עם שם המשחק והשעה ונבדוק את היסטוריית הסיבובים.',
	es: 'Sentimos la interrupción. Cada ronda queda registrada en el servidor del proveedor del juego, así que una ronda cortada por un fallo o una desconexión no se pierde: vuelve a abrir el mismo juego y la ronda se completará o su resultado se abonará en tu saldo. Borrar la caché del navegador, actualizar la app o pasar del Wi-Fi a los datos móviles suele resolver los problemas de carga. Si el saldo sigue sin cuadrar, responde con el nombre del juego y la hora y revisaremos el historial de rondas.',
};

const CHANGE_EMAIL: Texts = {
	en: 'You can change the e-mail address of your account under My Account → Personal details. We will send a confirmation link to the new address and a notice to the old one; the change takes effect once you open the link. If you no longer have access to the old address, reply to this message and our team will help you after a short identity check.',
	it: 'Puoi cambiare l\'indirizzo e-mail del conto in Il mio conto → Dati personali. Invieremo un link di conferma al nuovo indirizzo e un avviso a quello vecchio; la modifica è attiva quando apri il link. Se non hai più accesso al vecchio indirizzo, rispondi a questo messaggio e il nostro team ti aiuterà dopo una breve verifica dell\'identità.',
	pl: 'Adres e-mail konta zmienisz w Moje konto → Dane osobowe. Wyślemy link potwierdzający na nowy adres i powiadomienie na stary; zmiana zacznie działać po kliknięciu linku. Jeśli nie masz już dostępu do starego adresu, odpowiedz na tę wiadomość, a nasz zespół pomoże po krótkim potwierdzeniu tożsamości.',
	ru: 'Изменить e-mail аккаунта можно в разделе «Мой аккаунт → Личные данные». Мы отправим ссылку для подтверждения на новый адрес и уведомление на старый; изменение вступит в силу после перехода по ссылке. Если доступа к старому адресу больше нет, ответьте на это сообщение, и наша команда поможет после короткой проверки личности.',
	he: 'אפשר לשנות את כתובת המייל של החשבון בחשבון שלי ← פרטים אישיים. נשלח קישור אישור לכתובת החדשה והודעה לכתובת הישנה; השינוי ייכנס לתוקף אחרי שתפתחו את הקישור. אם אין לכם יותר גישה לכתובת הישנה, השיבו להודעה זו והצוות שלנו יעזור לאחר אימות זהות קצר.',
	es: 'Puedes cambiar el correo electrónico de tu cuenta en Mi cuenta → Datos personales. Enviaremos un enlace de confirmación a la nueva dirección y un aviso a la antigua; el cambio se aplica cuando abras el enlace. Si ya no tienes acceso a la dirección antigua, responde a este mensaje y nuestro equipo te ayudará tras una breve comprobación de identidad.',
};

/** Per intent, the answers in preference order: fact-quoting variants first. */
const SHIPPED: ReadonlyArray<[Intent, Texts]> = [
	['password_reset', PASSWORD_RESET],
	['deposit_help', DEPOSIT_HELP_FACTS],
	['deposit_help', DEPOSIT_HELP],
	['withdrawal_status', WITHDRAWAL_STATUS_FACTS],
	['withdrawal_status', WITHDRAWAL_STATUS],
	['bonus_terms', BONUS_TERMS],
	['kyc_documents', KYC_DOCUMENTS_FACTS],
	['kyc_documents', KYC_DOCUMENTS],
	['account_locked', ACCOUNT_LOCKED],
	['game_crash', GAME_CRASH],
	['change_email', CHANGE_EMAIL],
];

export const SHIPPED_ANSWERS: readonly AnswerEntry[] = SHIPPED.flatMap(([intent, texts]) =>
	Object.entries(texts).map(([language, text]) => ({ intent, language, text })),
);

/** KYC status values as players read them, per language. Unknown values are quoted as they are. */
export const KYC_STATUS_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	verified: { en: 'verified', it: 'verificato', pl: 'zweryfikowane', ru: 'подтверждён', he: 'מאומת', es: 'verificada' },
	approved: { en: 'verified', it: 'verificato', pl: 'zweryfikowane', ru: 'подтверждён', he: 'מאומת', es: 'verificada' },
	pending: { en: 'under review', it: 'in revisione', pl: 'w trakcie weryfikacji', ru: 'на проверке', he: 'בבדיקה', es: 'en revisión' },
	in_review: { en: 'under review', it: 'in revisione', pl: 'w trakcie weryfikacji', ru: 'на проверке', he: 'בבדיקה', es: 'en revisión' },
	rejected: { en: 'documents rejected, please upload new ones', it: 'documenti rifiutati, caricane di nuovi', pl: 'dokumenty odrzucone, prześlij nowe', ru: 'документы отклонены, загрузите новые', he: 'המסמכים נדחו, נא להעלות חדשים', es: 'documentos rechazados, sube unos nuevos' },
	not_started: { en: 'not verified yet', it: 'non ancora verificato', pl: 'jeszcze niezweryfikowane', ru: 'ещё не подтверждён', he: 'טרם אומת', es: 'aún sin verificar' },
	unverified: { en: 'not verified yet', it: 'non ancora verificato', pl: 'jeszcze niezweryfikowane', ru: 'ещё не подтверждён', he: 'טרם אומת', es: 'aún sin verificar' },
	required: { en: 'documents required', it: 'documenti richiesti', pl: 'wymagane dokumenty', ru: 'требуются документы', he: 'נדרשים מסמכים', es: 'documentos requeridos' },
	expired: { en: 'documents expired, please upload new ones', it: 'documenti scaduti, caricane di nuovi', pl: 'dokumenty wygasły, prześlij nowe', ru: 'срок документов истёк, загрузите новые', he: 'תוקף המסמכים פג, נא להעלות חדשים', es: 'documentos caducados, sube unos nuevos' },
};
