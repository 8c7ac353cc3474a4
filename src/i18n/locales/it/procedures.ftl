# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = Procedure di co-progettazione
procedures-lead = Gli avvisi pubblici di co-progettazione (art. 55 D.Lgs. 117/2017): chi può candidarsi, entro quando, con quali criteri, e ogni atto della procedura.
procedures-empty = Non ci sono ancora procedure pubblicate.
procedures-console-lead = Le procedure formali di co-progettazione di questa consultazione: l'avviso, le candidature, l'ammissione, le sessioni.
procedures-console-empty = Questa consultazione non ha ancora procedure.
console-procedures = Procedure di co-progettazione
console-procedures-explain = Un avviso pubblico per co-progettare con gli enti del terzo settore, con candidature, ammissione e sessioni.
console-procedures-list = Tutte le procedure di questa consultazione

procedure-phase-draft = Bozza
procedure-phase-applications = Candidature aperte
procedure-phase-admission = Ammissione in corso
procedure-phase-co-design = Co-progettazione
procedure-phase-evaluation = Valutazione
procedure-phase-closed = Conclusa

procedure-new-title = Nuova procedura
procedure-edit-title = Modifica l'avviso
procedure-correct = Correggi l'avviso (errata corrige)
procedure-console-title = Gestione della procedura
procedure-public-page = Pagina pubblica
procedure-form-lead = Ogni sezione richiesta dalla legge ha il suo campo. Finché l'avviso è in bozza puoi cambiare tutto.
procedure-edit-published-explain = L'avviso è pubblicato: ogni sezione che cambi viene registrata come errata corrige, visibile a tutti, con la nota che spiega perché. La scadenza può solo essere spostata più avanti e i criteri non possono più cambiare.
field-procedure-title = Titolo della procedura
field-procedure-purposes = Finalità e oggetto
field-procedure-economic_frame = Quadro economico (budget)
field-procedure-duration = Durata del partenariato
field-procedure-how_to_apply = Come candidarsi
field-procedure-applications_close_at = Scadenza delle candidature
field-procedure-deadline-hint = Almeno 20 giorni (20 × 24 ore) dopo la pubblicazione. Puoi indicare anche i secondi.
procedure-deadline-earliest = Pubblicando ora, la scadenza più vicina ammessa è { $date }.
procedure-supporters-legend = Sostenitori e finanziatori
field-procedure-supporters_allowed = Altri soggetti possono partecipare come sostenitori o finanziatori
field-procedure-supporters_note = A quali condizioni
field-procedure-requirements = Requisiti di partecipazione
field-procedure-runs_service = Gli enti selezionati gestiranno anche il servizio
field-procedure-kinds = Chi può candidarsi
procedure-criteria-title = Criteri di valutazione
procedure-criteria-hint = Compila una riga per criterio (le righe vuote sono ignorate). I pesi devono sommare a 100.
procedure-criteria-locked = I criteri non possono cambiare dopo la pubblicazione: le proposte saranno valutate con i criteri che gli enti hanno letto quando si sono candidati.
procedure-criterion-legend = Criterio { $number }
field-procedure-criterion-name = Criterio
field-procedure-criterion-description = Descrizione
field-procedure-criterion-weight = Peso
procedure-weight = peso { $weight }
field-procedure-erratum_note = Perché l'avviso cambia
field-procedure-erratum_note-hint = La nota è pubblicata con l'errata corrige di ogni sezione che cambia.

error-procedure-title-required = Scrivi il titolo della procedura.
error-procedure-section-required = Questa sezione è richiesta dalla legge: compilala.
error-procedure-text-long = Il testo è troppo lungo.
error-procedure-kinds-required = Scegli almeno un tipo di ente che può candidarsi.
error-procedure-criterion-name = Scrivi il nome del criterio.
error-procedure-criterion-weight = Il peso è un numero intero da 1 a 100.
error-procedure-criteria-required = Indica almeno un criterio di valutazione.
error-procedure-weights-sum = I pesi dei criteri devono sommare a 100.
error-procedure-deadline-20-days = La scadenza deve cadere almeno 20 giorni (20 × 24 ore) dopo la pubblicazione.
error-procedure-deadline-earlier = Dopo la pubblicazione la scadenza può solo essere spostata più avanti.
error-procedure-erratum-note = Spiega perché l'avviso cambia: la nota accompagna l'errata corrige.

procedure-publish-title = Pubblica l'avviso
procedure-publish-explain = Stai per pubblicare l'avviso «{ $title }».
procedure-publish-deadline = Le candidature si chiuderanno il { $date }.
procedure-publish-after = Dopo la pubblicazione ogni modifica sarà un'errata corrige pubblica, la scadenza potrà solo essere spostata più avanti e i criteri non potranno più cambiare. Chi segue la consultazione ne sarà avvisato.
procedure-publish-confirm = Pubblica ora

flash-procedure-created = Procedura creata in bozza.
flash-procedure-saved = Bozza salvata.
flash-procedure-corrected = Avviso corretto: l'errata corrige è pubblicata.
flash-procedure-unchanged = Nulla è cambiato.
flash-procedure-published = Avviso pubblicato.
flash-procedure-applied = Candidatura ricevuta. Ti abbiamo inviato la ricevuta per email.
flash-procedure-withdrawn = Candidatura ritirata.
flash-procedure-replaced = Candidatura sostituita. Ti abbiamo inviato la nuova ricevuta per email.
flash-procedure-decided = Decisione salvata.
flash-procedure-admission-published = Ammissione pubblicata: gli enti sono stati avvisati.
flash-procedure-sessions-saved = Sessioni aggiornate.

procedure-notice-title = Avviso
procedure-published-on = Pubblicato il
procedure-yes = Previsto
procedure-no = Non previsto
procedure-none = Nessuno.
procedure-errata-title = Errata corrige
procedure-erratum-previous = Prima
procedure-erratum-current = Ora
procedure-erratum-note = Motivo
procedure-field-title = Titolo
procedure-field-purposes = Finalità e oggetto
procedure-field-economic_frame = Quadro economico
procedure-field-duration = Durata del partenariato
procedure-field-how_to_apply = Come candidarsi
procedure-field-applications_close_at = Scadenza delle candidature
procedure-field-supporters_allowed = Sostenitori e finanziatori ammessi
procedure-field-supporters_note = Condizioni per sostenitori e finanziatori
procedure-field-requirements = Requisiti di partecipazione
procedure-field-runs_service = Gestione del servizio
procedure-field-admitted_kinds = Chi può candidarsi
procedure-applications-title = Candidature
procedure-applications-received = Candidature ricevute
procedure-received-count = { $count ->
    [0] Nessuna candidatura ricevuta finora.
    [one] Una candidatura ricevuta.
   *[other] { $count } candidature ricevute.
}
procedure-names-after-deadline = I nomi degli enti candidati sono pubblicati dopo la scadenza.
procedure-application-number = N. { $number }
procedure-admission-outcome = Esito dell'ammissione
procedure-admitted-title = Enti ammessi
procedure-excluded-title = Enti esclusi
procedure-sessions-title = Sessioni di co-progettazione
procedure-minutes-published = verbale pubblicato
procedure-minutes-not-yet = verbale non ancora pubblicato

procedure-apply = Candidati
procedure-apply-title = Candidatura
procedure-apply-explain = Possono candidarsi i rappresentanti di enti verificati del tipo ammesso dall'avviso, fino alla scadenza.
procedure-apply-deadline = Le candidature si ricevono fino al { $date } (ora del server, al secondo).
procedure-apply-submit = Invia la candidatura
field-procedure-organisation = Ente
field-procedure-role = Partecipa come
procedure-role-partner = Partner (co-progetta)
procedure-role-supporter = Sostenitore
procedure-role-funder = Finanziatore
field-procedure-statement = Presentazione dell'ente e requisiti
field-procedure-statement-hint = Chi siete, che esperienza avete, come soddisfate i requisiti dell'avviso. Puoi usare Markdown.
error-procedure-organisation = Scegli l'ente per cui ti candidi.
error-procedure-role = Scegli un ruolo ammesso dall'avviso.
error-procedure-statement-required = Scrivi la presentazione dell'ente.
error-procedure-statement-long = La presentazione è troppo lunga (al massimo 10.000 caratteri).
error-procedure-already-applied = Questo ente ha già una candidatura valida: puoi sostituirla invece di presentarne un'altra.
procedure-offer-replace = Vai alle tue candidature per sostituirla
procedure-refused-not-representative = Solo chi rappresenta un ente può candidarlo, ritirare o sostituire la sua candidatura.
procedure-refused-not-verified = Il tuo ente non è ancora verificato: solo gli enti verificati possono candidarsi.
procedure-refused-kind = L'avviso non ammette il tipo del tuo ente.
procedure-refused-deadline = La scadenza è passata: non si ricevono più candidature, ritiri o sostituzioni.
procedure-refused-not-published = L'avviso non è pubblicato.
procedure-refused-not-standing = Questa candidatura è già stata ritirata o sostituita.
procedure-mine-title = Le tue candidature
procedure-mine-empty = I tuoi enti non hanno candidature in questa procedura.
procedure-received-at = Ricevuta il
procedure-status-submitted = Ricevuta, in attesa dell'ammissione
procedure-status-withdrawn = Ritirata
procedure-status-replaced = Sostituita
procedure-status-admitted = Ammessa
procedure-status-excluded = Esclusa
procedure-replace-title = Sostituisci la candidatura
procedure-replace-explain = La candidatura n. { $number } sarà sostituita da una nuova, con un nuovo numero.
procedure-replace-submit = Invia la nuova candidatura
procedure-withdraw-title = Ritira la candidatura
procedure-withdraw-explain = Ritiri la candidatura n. { $number } alla procedura «{ $title }»? Finché la scadenza non è passata potrai presentarne una nuova.
procedure-withdraw-confirm = Ritira

procedure-admission-title = Ammissione
procedure-admission-open = Decidi chi è ammesso
procedure-admission-lead = Ammetti o escludi ogni candidatura; l'esclusione richiede il motivo. Puoi cambiare le decisioni fino alla pubblicazione.
procedure-admission-empty = Nessuna candidatura è stata ricevuta.
procedure-admission-not-yet = L'ammissione si decide dopo la scadenza delle candidature.
procedure-admission-published = L'ammissione è già pubblicata: le decisioni non possono più cambiare.
procedure-admission-published-explain = L'ammissione è pubblicata.
procedure-admission-undecided = Decidi su ogni candidatura prima di pubblicare.
procedure-admission-undecided-count = { $count ->
    [0] Tutte le candidature sono decise.
    [one] Una candidatura è ancora da decidere.
   *[other] { $count } candidature sono ancora da decidere.
}
procedure-decision = Decisione
procedure-decision-admit = Ammetti
procedure-decision-exclude = Escludi
procedure-decision-save = Salva la decisione
field-procedure-reason = Motivo
field-procedure-reason-hint = Obbligatorio per l'esclusione; sarà comunicato all'ente e pubblicato.
error-procedure-exclusion-reason = Scrivi il motivo dell'esclusione.
error-procedure-decision = Scegli se ammettere o escludere.
procedure-admission-publish = Pubblica l'ammissione
procedure-admission-publish-explain = Pubblichi l'esito dell'ammissione alla procedura «{ $title }»? Ogni ente sarà avvisato per email, con il motivo, e gli elenchi diventeranno pubblici.
procedure-admission-publish-confirm = Pubblica e avvisa gli enti
procedure-admitted-count = { $count ->
    [one] Un ente ammesso
   *[other] { $count } enti ammessi
}
procedure-excluded-count = { $count ->
    [one] Un ente escluso
   *[other] { $count } enti esclusi
}

procedure-console-evaluation = Valutazione e accordo
procedure-console-commission = Commissione di valutazione
procedure-console-scores = Proposte e punteggi
procedure-console-agreement = Accordo
procedure-record-link = Registro pubblico degli atti
procedure-sessions-not-yet = Le sessioni si indicano dopo la pubblicazione dell'ammissione.
procedure-sessions-no-meetings = La consultazione non ha incontri.
procedure-sessions-explain = Indica quali incontri della consultazione sono sessioni di co-progettazione: solo i membri degli enti ammessi potranno iscriversi.
procedure-session-badge = Sessione
procedure-session-add = Segna come sessione
procedure-session-remove = Non è una sessione
error-procedure-session-change = Richiesta non valida.
procedure-session-admitted-only = Questo incontro è una sessione di co-progettazione: possono iscriversi solo i membri degli enti ammessi alla procedura.

notification-procedure_news = «{ $consultation }»: novità sulla procedura «{ $title }»
procedure-step-published = L'avviso è stato pubblicato.
procedure-step-corrected = L'avviso è stato corretto (errata corrige).
procedure-step-admission-published = L'esito dell'ammissione è stato pubblicato.

procedure-format-received = %d/%m/%Y, %H:%M:%S
email-procedure-action = Apri la procedura
email-procedure-received-subject = Candidatura n. { $number } ricevuta: { $procedure }
email-procedure-received-body = Abbiamo ricevuto la candidatura di { $organisation } alla procedura «{ $procedure }».
email-procedure-received-number = Numero di protocollo: { $number }
email-procedure-received-time = Ricevuta il { $received }
email-procedure-received-change = Fino alla scadenza puoi ritirarla o sostituirla dalla pagina delle tue candidature.
email-procedure-admitted-subject = Ammessa: { $procedure }
email-procedure-admitted-body = La candidatura n. { $number } di { $organisation } alla procedura «{ $procedure }» è stata ammessa.
email-procedure-excluded-subject = Esclusa: { $procedure }
email-procedure-excluded-body = La candidatura n. { $number } di { $organisation } alla procedura «{ $procedure }» è stata esclusa.
email-procedure-reason = Motivo: { $reason }
