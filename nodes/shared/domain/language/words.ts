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
doesn't didn't can't cannot won't wouldn't couldn't shouldn't i'm i've i'll i'd it'll we're we've they're they've you've you'll he's she's isn't aren't wasn't weren't haven't hasn't you're it's that's
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
through before while where's long really please could please my account has been
ok okay sorry people world life hand part child children eye woman man place case week company system
program question government night point home water room mother area national business side kind head house
service friend father power hour game line end member law car city community name president team minute
idea kid body information school face others level office door health person art war history party result
morning reason research girl guy moment air teacher force education should found became around however
information explained explain believe mistake happened clicked confirm unfortunately tournament leaderboard
shows points reward referred friend outside garden tonight twice kicked table terms conditions last payout
already without between under while during until against another each because being going having making
getting looking coming trying feeling something anything everything nothing these those which whose whom
would should could might shall though although whether either neither both such only own same`,
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
richiesta risposta nessuno qualcuno ogni stesso altro altra altri volte volta cosa
persone mondo vita mano parte bambino bambini occhio donna uomo posto caso azienda sistema programma
domanda governo notte punto casa acqua stanza madre zona nazionale lavoro lato tipo testa servizio amico
padre potere ora linea fine membro legge macchina città comunità nome presidente squadra minuto idea
corpo informazione informazioni scuola faccia livello ufficio porta salute persona arte guerra storia
partito risultato mattina ragione ricerca ragazza ragazzo momento aria insegnante forza istruzione
condizione condizioni spiegare spiegazione credo errore successo cliccato confermare purtroppo torneo
classifica punti ricompensa invitato fuori giardino stasera volte tavolo termini ultimo pagamento
potreste potrebbe servirebbe servirebbero vorremmo sarebbe sarei avrei avrebbe dovrebbe facendo
andando essendo avendo qualcosa nulla niente alcuni alcune questi quelli mentre durante contro senza
l' d' dell' dall' nell' sull' all' un' c' m' t' s' v' quest' po' ogni cioè quindi inoltre tuttavia comunque insomma mano urgente subito bisogno`,
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
sprawa sprawie pan pani państwo szanowni szanowny
ludzie świat życie ręka część dziecko dzieci oko kobieta mężczyzna miejsce przypadek tydzień firma
system program pytanie rząd noc punkt dom woda pokój matka obszar krajowy praca strona rodzaj głowa
usługa przyjaciel kolega ojciec władza godzina linia koniec członek prawo samochód miasto społeczność
nazwa prezydent drużyna minuta pomysł ciało informacja informacje szkoła twarz poziom biuro drzwi
zdrowie osoba sztuka wojna historia partia wynik rano powód badanie dziewczyna chłopak chwila powietrze
nauczyciel siła edukacja warunki zasady wyjaśnić wydaje błędem stało kliknięciu potwierdź niestety
turniej turnieju tabela punkty nagroda nagrody polecił dworze ogrodzie wieczorem razy dwa ostatni
ostatniej przepraszam potrzebuję pilnie pomocy czy możecie możecie mógłbym powinienem byłoby zrobiłem
robię idę mając będąc coś nic niektóre te tamte podczas przeciwko bez każdy czyli więc ponadto jednak
zresztą jakoś bardzo szybko`,
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
otra otros veces vez cosa usted ustedes señor señora saludos atentamente estimado
gente personas mundo vida mano parte niño niños ojo mujer hombre lugar caso empresa sistema programa
pregunta gobierno noche punto casa agua habitación madre zona nacional trabajo lado tipo cabeza servicio
amigo padre poder hora línea fin miembro ley coche ciudad comunidad nombre presidente equipo minuto idea
cuerpo información escuela cara nivel oficina puerta salud persona arte guerra historia partido
resultado razón investigación chica chico momento aire profesor fuerza educación condición condiciones
explicar explicación creo error pasó clic confirmar lamentablemente torneo clasificación puntos
recompensa invitó fuera jardín esta noche veces mesa términos último cobro podrían podría
necesitaría quisiéramos sería tendría debería haciendo yendo siendo teniendo algo nada algunos
algunas estos aquellos mientras durante contra sin cada o sea además sin embargo siento lo siento
urgente rápido`,
};
