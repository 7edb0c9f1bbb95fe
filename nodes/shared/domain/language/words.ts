/**
 * Frequent words per Latin-script language, hand-written for this pack (no external source).
 * Function words first, then everyday and casino-support vocabulary. Written with their
 * diacritics; the detector also derives a diacritic-free form of each word.
 */
export const COMMON_WORDS: Readonly<Record<'en' | 'it' | 'pl' | 'es', string>> = {
	en: `the be to of and a in that have i it for not on with he as you do at this but his by from
they we say her she or an will my one all would there their what so up out if about who get which go
me when make can like time no just him know take people into year your good some could them see other
than then now look only come its over think also back after use two how our work first well way even
new want because any these give day most us is are was were been has had did does doing am isn't don't
doesn't didn't can't cannot won't wouldn't couldn't shouldn't i'm i've i'll i'd you're it's that's
there's what's let's please thanks thank hello hi hey dear sir madam regards yes yet still why where
here very much more many should must may might need help money account deposit deposited deposits
withdraw withdrawal withdrawals withdrew pending balance bonus bonuses free spins wager wagering
login log password reset email verify verification verified documents document id passport card bank
transfer payment paid pay refund still waiting days hours since yesterday today tomorrow week ago
problem issue error working works support agent complaint complain unfair scam stolen lost won win
winnings game games casino slot bet bets play played playing player site website app phone number
address change changed close closed limit limits self exclusion gambling addicted stop blocked
locked unlock access again never always someone anyone nothing something every everything same
received receive sent send tried try trying keep keeps said told asked ask answer reply wrong
through before while where's long really please could please my account has been`,
	it: `il lo la i gli le un uno una di a da in con su per tra fra e o ma se che chi cui non più
come dove quando perché anche ancora già sono sei è siamo siete hanno ho hai ha abbiamo avete
essere avere fare fatto stato stata sto sta stai mi ti si ci vi ne del dello della dei degli delle
al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sulla
sui sulle questo questa questi queste quello quella mio mia miei mie tuo tua suo sua nostro vostro
loro tutto tutti tutta molto poco troppo sempre mai oggi ieri domani giorni giorno ore settimana
ciao buongiorno buonasera salve grazie prego scusate scusa salve sì no bene male niente qualcosa
riesco riesce posso puoi può possiamo vorrei voglio devo deve dovrei prelevare prelievo prelievi
prelevato ritirare ritiro depositare deposito depositato versamento ricarica conto saldo soldi
bonus giri gratuiti gratis scommessa scommesse gioco giochi giocare giocato vincita vincite vinto
perso accedere accesso password email verifica verificare documenti documento carta identità
patente bancario bonifico pagamento rimborso ancora aspetto attesa ricevuto arrivato arrivati
problema errore funziona assistenza reclamo truffa chiuso chiudere bloccato sbloccare limite
limiti autoesclusione dipendenza aiuto per favore perfavore cortesia gentilmente distinti saluti
cordiali sono dopo prima senza però quindi allora così qui lì adesso ora subito sito app
numero telefono indirizzo cambiare nome cognome account mese mesi anno fatto inviato mandato
richiesta risposta nessuno qualcuno ogni stesso altro altra altri volte volta cosa`,
	pl: `i w nie na z się do to że jest a o jak ale co po tak od za czy już tylko mnie mi jestem
jesteś są był była było były być mam masz ma mamy macie mają miałem miałam ten ta te tego tej tym
ich jego jej mój moja moje moim mojego twój twoje nasz wasz dla przez przy pod nad przed bez
jeszcze bardzo też także więc bo gdy kiedy gdzie dlaczego dlatego który która które którego
wszystko nic coś ktoś każdy dzień dni dzisiaj dziś wczoraj jutro tydzień godzin godziny
dzień dobry cześć witam witajcie dziękuję dzięki proszę pozdrawiam pozdrowienia tak nie
mogę możesz może możemy chcę chciałbym chciałabym muszę musi trzeba wypłacić wypłata wypłaty
wypłatę wpłata wpłaty wpłacić wpłaciłem wpłaciłam depozyt konto koncie konta saldo pieniądze
pieniędzy środki bonus bonusu darmowe spiny zakład zakłady gra gry grać grałem wygrana wygrałem
przegrałem zalogować logowanie hasło email weryfikacja weryfikacji dokumenty dokument dowód
osobisty paszport karta karty kartę przelew płatność zwrot czekam czekać otrzymałem dostałem
problem błąd działa pomoc pomocy skarga reklamacja oszustwo zamknięte zamknąć zablokowane
zablokowany odblokować limit limity samowykluczenie uzależnienie proszę o pomoc nadal wciąż
teraz zaraz potem wtedy tutaj tam strona stronie aplikacja numer telefonu adres zmienić imię
nazwisko miesiąc rok zrobić wysłałem wysłałam zgłoszenie odpowiedź nikt zawsze nigdy znowu
ponieważ jednak albo lub oraz jeśli żeby aby tylko kilka wiele dużo mało jak najszybciej
sprawa sprawie pan pani państwo szanowni szanowny`,
	es: `el la los las un una unos unas de del al a en con por para sin sobre entre y o pero si
que qué quien cual no ni más menos como cómo donde dónde cuando cuándo porque por qué también ya
todavía aún soy eres es somos son estoy está estás estamos están he has ha hemos han tengo tiene
tienes tenemos tienen ser estar hacer hecho sido me te se nos os le les lo mi mis tu tus su sus
nuestro nuestra este esta esto estos estas ese esa eso aquel todo todos toda muy mucho poco
siempre nunca hoy ayer mañana días día horas semana hola buenos buenas gracias favor por favor
perdón disculpa gracias muchas sí bien mal nada algo puedo puede puedes podemos quiero quisiera necesito debo
debe retirar retiro retiros retirada depositar depósito deposité ingreso ingresé cuenta saldo
dinero bono bonos bonificación giros gratis apuesta apuestas juego juegos jugar jugué ganancia
ganancias gané perdí acceder acceso iniciar sesión contraseña correo verificar verificación
documentos documento identidad pasaporte tarjeta transferencia bancaria pago reembolso espero
esperando recibido recibí llegado problema error funciona ayuda soporte queja reclamación estafa
cerrada cerrar bloqueada bloqueado desbloquear límite límites autoexclusión adicción ahora
después antes entonces aquí allí sitio página aplicación número teléfono dirección cambiar
nombre apellido mes meses año hice envié solicitud respuesta nadie alguien cada mismo otro
otra otros veces vez cosa usted ustedes señor señora saludos atentamente estimado`,
};
