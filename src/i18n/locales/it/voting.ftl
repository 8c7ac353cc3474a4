# Voto

vote-title = Il tuo voto
vote-support = Sostieni
vote-you-support = Sostieni questa proposta.
vote-withdraw-support = Ritira il mio sostegno
vote-approval-legend = La tua opinione
vote-approval-for = A favore
vote-approval-against = Contro
vote-approval-abstain = Mi astengo
vote-withdraw = Ritira il mio voto
vote-your-dots = { $count ->
    [0] Non hai messo punti qui.
    [one] Hai messo un punto qui.
   *[other] Hai messo { $count } punti qui.
}
vote-add-dot = Aggiungi un punto
vote-remove-dot = Togli un punto
vote-left-supports = Ti restano { $left } sostegni su { $limit }
vote-left-dots = Ti restano { $left } punti su { $limit }
vote-left-unlimited = Puoi sostenere tutte le proposte che vuoi. Sostegni dati finora: { $used }.
vote-approval-count = { $count ->
    [0] Non hai ancora votato nessuna proposta.
    [one] Hai votato una proposta.
   *[other] Hai votato { $count } proposte.
}
vote-done-nothing = Non è cambiato nulla.
vote-done-withdrawn = Il tuo voto è ritirato.
vote-done-supported = Il tuo sostegno è registrato.
vote-done-approval = Il tuo voto è salvato.
vote-done-dot-added = Punto aggiunto.
vote-done-dot-removed = Punto tolto.
error-vote-log-in = Accedi per votare.
error-vote-verify-email = Prima di votare conferma il tuo indirizzo email.
error-vote-members-only = In questa consultazione votano solo i membri invitati.
error-vote-group-not-admitted = Il tuo gruppo non vota in questa fase.
error-vote-round-no-voting = In questa fase non si vota.
error-vote-round-closed = Il voto è chiuso: la fase è terminata.
error-vote-proposal-not-open = Questa proposta è stata ritirata, nascosta o unita a un'altra: non si può votare.
error-vote-choice = Questa scelta non esiste in questa fase.
error-vote-no-supports-left = Non ti restano sostegni. Ritirane uno per sostenere questa proposta.
error-vote-no-dots-left = Non ti restano punti. Prima togline uno da un'altra proposta.
sort-supported = Più sostenute

# Risultati

results-title = Risultati
results-all = Tutti i risultati della consultazione
results-no-voting = Questa consultazione non ha fasi di voto.
results-rounds = Fasi di voto
results-limit-support = { $count ->
    [one] un sostegno a testa
   *[other] fino a { $count } sostegni a testa
}
results-limit-dots = { $count ->
    [one] un punto a testa
   *[other] { $count } punti a testa
}
results-rule-explained-support = Ogni partecipante sostiene le proposte che vuole. Il dato è il numero di sostegni.
results-rule-explained-approval = Ogni partecipante dice a favore, contro o si astiene su ogni proposta. Il dato è il numero di voti a favore.
results-rule-explained-dots = Ogni partecipante distribuisce dei punti; se ne possono mettere più d'uno sulla stessa proposta. Il dato è il numero di punti.
results-after-close = I risultati di questa fase saranno pubblicati alla chiusura.
results-preview = Per ora questi dati li vedono solo i facilitatori: diventano pubblici come prevedono le regole della fase.
results-by-proposal = Proposte
results-turnout = Chi ha votato
results-turnout-title = Votanti di ogni gruppo, sugli account che potevano votare
results-turnout-figure = { $voters } su { $eligible } ({ $share })
results-voters-total = { $count ->
    [one] Ha votato una persona.
   *[other] Hanno votato { $count } persone.
}
results-cross-group-what = Che cos'è il sostegno trasversale?
results-cross-group-explained = Mostra se una proposta è sostenuta da tutti i gruppi, non solo dal più numeroso. Per ogni gruppo con almeno 3 votanti prendiamo la quota dei suoi votanti che ha sostenuto la proposta. Il punteggio è la più bassa di queste quote: 60% vuol dire che almeno il 60% dei votanti di ogni gruppo l'ha sostenuta. Servono almeno due gruppi con 3 votanti o più. I conteggi in presenza sono mostrati accanto e non sono inclusi.
results-fewer-than-3-explained = Per mantenere segreto il voto, un gruppo con meno di 3 votanti mostra «meno di 3» invece dei dati. Quando i dati si potrebbero comunque ricavare per sottrazione, si nasconde anche il gruppo più piccolo tra gli altri.
results-sort-total = Totale più alto
results-sort-cross-group = Sostegno trasversale più alto
results-no-proposals = Nessuna proposta in questa fase.
results-online = Voti online
results-cross-group = Sostegno trasversale
results-cross-group-undefined = non ci sono abbastanza gruppi con 3 votanti
results-offline = Contati in presenza (non inclusi sopra)
results-fewer-than-3 = meno di 3
results-total-support = { $count ->
    [one] un sostegno
   *[other] { $count } sostegni
}
results-total-approval = { $count ->
    [one] uno a favore
   *[other] { $count } a favore
}
results-total-dots = { $count ->
    [one] un punto
   *[other] { $count } punti
}
results-against-abstain = { $against } contro, { $abstain } astenuti
results-approval-figures = { $for } a favore, { $against } contro, { $abstain } astenuti
results-bar-figure = { $share } · { $figure }
results-chart-title = Sostegno per gruppo: { $title }

# Conteggi in presenza

tally-title = Registra un conteggio in presenza
tally-lead = I conteggi di un incontro in presenza per la fase «{ $round }». Sono mostrati accanto ai voti online, con il luogo e il modo in cui sono stati contati.
tally-session = L'incontro
tally-record-for = Registra un conteggio in presenza per «{ $round }»
field-tally-method = Come si è contato
field-tally-method-hint = Per esempio: alzata di mano, schede di carta, adesivi su un cartellone.
field-tally-supports = Sostegni
field-tally-for = A favore
field-tally-dots = Punti
field-tally-against = Contro
field-tally-abstain = Astenuti
tally-submit = Salva il conteggio
tally-delete-title = Eliminare questo conteggio in presenza?
tally-delete-explain = Il conteggio di { $place } del { $day } non comparirà più nei risultati. L'eliminazione resta nel registro delle attività.
tally-delete = Elimina il conteggio
flash-tally-recorded = Il conteggio in presenza è salvato.
flash-tally-deleted = Il conteggio in presenza è eliminato.
error-tally-day-future = Il giorno non può essere nel futuro.
error-tally-method-required = Indica come sono stati contati i voti (fino a 500 caratteri).
error-tally-count-invalid = Inserisci un numero intero da 0 a 100000.
error-tally-empty = Inserisci almeno un conteggio.
