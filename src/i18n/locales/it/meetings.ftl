# Incontri: in presenza e online, iscrizioni e lista d'attesa

meetings-title = Incontri
meetings-upcoming = Prossimi incontri
meetings-none-upcoming = Non ci sono ancora incontri in programma. Quando chi facilita ne fissa uno, lo trovi qui con luogo, orario e lingue.
meetings-past = Incontri passati
console-meetings-list = Tutti gli incontri di questa consultazione
meeting-new-title = Nuovo incontro
meeting-edit-title = Modifica l'incontro
meeting-cancel-title = Annulla l'incontro
meeting-registrations-title = Chi partecipa
field-meeting-round = Fase
field-meeting-no-round = Nessuna fase
field-meeting-starts-at = Inizio
field-meeting-ends-at = Fine
meeting-where = Dove
field-meeting-place-hint = Un indirizzo, un link per partecipare online, o entrambi.
field-meeting-address = Indirizzo
field-meeting-directions = Come arrivare
field-meeting-venue-accessibility = Accessibilità del luogo
field-meeting-online-url = Link per partecipare online
field-meeting-languages = Lingue parlate
field-meeting-languages-hint = Per esempio: italiano, arabo.
field-meeting-interpretation = Interpretariato offerto
field-meeting-interpretation-hint = Per esempio: interpreti di arabo e tigrino.
field-meeting-childcare = È previsto uno spazio bambini
meeting-registration = Iscrizione
field-meeting-registration-required = Serve iscriversi
field-meeting-capacity = Posti
field-meeting-capacity-hint = Lascia vuoto per nessun limite. Finiti i posti, ci si iscrive in lista d'attesa.
field-meeting-deadline = Iscrizioni aperte fino a
meeting-when = Quando
meeting-childcare = Spazio bambini
meeting-childcare-yes = Sì
meeting-childcare-no = Non previsto
meeting-cancelled = Annullato
meeting-online = con link online
meeting-past = Questo incontro si è già svolto.
meeting-add-to-calendar = Aggiungi al tuo calendario (.ics)
meeting-places-left = { $count ->
    [0] Non ci sono più posti.
    [one] Resta un posto.
   *[other] Restano { $count } posti.
}
meeting-deadline = Iscrizioni aperte fino a
meeting-you-are-registered = Sei iscritto o iscritta.
meeting-you-are-waiting = { $count ->
    [one] Sei in lista d'attesa: sei la prossima persona.
   *[other] Sei in lista d'attesa, al numero { $count }.
}
meeting-withdraw = Annulla la mia iscrizione
meeting-full-waiting-list = L'incontro è al completo. Puoi iscriverti alla lista d'attesa: se si libera un posto va alla prima persona in attesa, che riceve un'email.
meeting-needs = Cosa ti serve per partecipare
meeting-needs-hint = Lo vede solo chi facilita.
field-meeting-interpreter = Interprete per la lingua
field-meeting-need-childcare = Mi serve lo spazio bambini
field-meeting-accessibility-need = Esigenza di accessibilità
meeting-join-waiting-list = Mettimi in lista d'attesa
meeting-register = Iscriviti
meeting-cancel-explain = Annullare l'incontro «{ $title }»? Resta in elenco come annullato, con il motivo.
meeting-cancel-told = { $count ->
    [0] Non si è ancora iscritto nessuno.
    [one] La persona iscritta o in attesa riceverà un'email.
   *[other] Le { $count } persone iscritte o in attesa riceveranno un'email.
}
field-meeting-cancel-reason = Motivo
field-meeting-cancel-reason-hint = Compare nella pagina dell'incontro.
meeting-cancel-confirm = Annulla l'incontro
meeting-needs-private = Le esigenze sono visibili solo a chi facilita.
meeting-needs-summary = In breve
meeting-count-registered = { $count ->
    [one] Una persona iscritta
   *[other] { $count } persone iscritte
}
meeting-count-waiting = { $count ->
    [one] Una persona in attesa
   *[other] { $count } persone in attesa
}
meeting-count-childcare = { $count ->
    [one] Spazio bambini per una persona
   *[other] Spazio bambini per { $count } persone
}
meeting-count-accessibility = { $count ->
    [one] Un'esigenza di accessibilità
   *[other] { $count } esigenze di accessibilità
}
meeting-count-interpreter = Interpretariato in { $language }
meeting-nobody-registered = Non si è ancora iscritto nessuno.
meeting-status = Stato
meeting-status-registered = Iscritto/a
meeting-status-waiting = In attesa
meeting-no-registration = Non serve iscriversi: vieni direttamente.
meeting-registration-cancelled = Questo incontro è annullato.
meeting-registration-started = Le iscrizioni sono chiuse: l'incontro è iniziato.
meeting-registration-deadline-passed = Le iscrizioni sono chiuse.
error-meeting-title-required = Dai un titolo all'incontro.
error-meeting-text-long = Questo testo è troppo lungo.
error-meeting-round-unknown = Scegli una delle fasi di questa consultazione.
error-meeting-ends-before-starts = L'incontro deve finire dopo l'inizio.
error-meeting-online-url = Scrivi un indirizzo web che inizi con https://.
error-meeting-place-required = Indica un indirizzo, un link online, o entrambi.
error-meeting-capacity = Scrivi un numero di posti da 1 a 100000, oppure lascia vuoto.
error-meeting-deadline-after-start = Le iscrizioni devono chiudersi prima dell'inizio.
error-meeting-capacity-needs-registration = Per limitare i posti serve l'iscrizione: spunta «Serve iscriversi».
error-meeting-cancel-reason-required = Scrivi perché l'incontro è annullato.
error-meeting-needs-invalid = Quello che hai scritto sulle tue esigenze è troppo lungo o contiene caratteri non ammessi.
flash-meeting-created = L'incontro è in programma.
flash-meeting-saved = L'incontro è salvato.
flash-meeting-cancelled = L'incontro è annullato; chi era iscritto riceve un avviso.
flash-meeting-registered = Sei iscritto o iscritta.
flash-meeting-waiting = L'incontro è al completo: sei in lista d'attesa.
flash-meeting-already = Eri già iscritto o iscritta.
flash-meeting-withdrawn = La tua iscrizione è annullata.
notification-meeting_cancelled = «{ $consultation }»: l'incontro «{ $title }» è annullato
notification-meeting_place_confirmed = «{ $consultation }»: si è liberato un posto a «{ $title }» ed è tuo
privacy-keep-meeting-needs = Cosa hai detto che ti serve per partecipare a un incontro (interprete, spazio bambini, accessibilità)
privacy-keep-meeting-needs-for = 30 giorni dopo l'incontro; l'iscrizione resta

error-meeting-choice = Scegli uno degli incontri già svolti di questa consultazione, oppure nessuno.
meeting-records-cancelled = Questo incontro è stato annullato: non ci sono presenze né verbale da registrare.
meeting-records-not-started = Presenze e verbale si possono registrare quando l'incontro è iniziato.
meeting-attendance-title = Presenze
meeting-attendance-lead = Spunta le persone venute e conta chi è arrivato senza iscrizione. Salvando di nuovo si sostituisce quanto salvato prima.
meeting-attendance-recorded = Ultima registrazione
meeting-attendance-registered = Persone iscritte (e in lista d'attesa)
meeting-attendance-registered-hint = Spunta chi è venuto.
meeting-attendance-walk-ins = Arrivati senza iscrizione
meeting-attendance-walk-ins-hint = Persone venute senza iscriversi, per gruppo di portatori di interesse. Lascia vuoto se nessuna.
meeting-attendance-save = Salva le presenze
error-meeting-walk-ins = Inserisci un numero intero da 0 a 10000.
flash-meeting-attendance-saved = Presenze salvate.
meeting-minutes-title = Verbale
meeting-minutes-lead = Di cosa si è discusso e cosa si è deciso. Puoi usare Markdown. La bozza la vede solo chi facilita; una volta pubblicato, lo leggono tutti.
meeting-minutes-published-on = Pubblicato
meeting-minutes-edit-public = Le modifiche che salvi sono subito pubbliche.
meeting-minutes-draft-note = Questo verbale è una bozza: lo vede solo chi facilita finché non lo pubblichi.
field-meeting-minutes = Verbale
field-meeting-minutes-hint = Per esempio: chi ha partecipato, i punti discussi, cosa si è deciso e chi fa cosa dopo.
meeting-minutes-limit = Al massimo { $count } caratteri.
meeting-minutes-save-published = Salva le modifiche
meeting-minutes-publish = Pubblica
meeting-minutes-save-draft = Salva la bozza
error-meeting-minutes-long = Il verbale è troppo lungo: accorcialo a 20000 caratteri o meno. Il tuo testo è conservato qui sotto.
error-meeting-minutes-empty = Scrivi il verbale prima di pubblicarlo.
flash-meeting-minutes-draft = La bozza del verbale è salvata.
flash-meeting-minutes-published = Il verbale è pubblicato.
flash-meeting-minutes-edited = Il verbale pubblicato è aggiornato.
meeting-after-title = Dopo l'incontro
meeting-after-empty = Di questo incontro non è stato ancora registrato nulla.
meeting-attendance-by-group = Chi è venuto, per gruppo
meeting-attendance-came-registered = Iscritti e venuti
meeting-attendance-total = Totale
meeting-minutes-draft = Bozza
meeting-linked-proposals = Proposte nate da questo incontro
meeting-linked-tallies = Voti contati in questo incontro
meeting-tally-round = fase { $round }
field-meeting-source = Incontro
field-meeting-source-hint = L'incontro da cui viene, se c'è. Sono elencati solo gli incontri già svolti.
field-meeting-none = Nessun incontro
