## Risultati dei questionari, questionari cartacei e versione da stampare.

survey-results-title = Risultati del questionario
survey-results-consultation = Torna alla consultazione
survey-results-when-open = I risultati saranno visibili quando il questionario si apre.
survey-results-when-closed = I risultati saranno visibili quando il questionario si chiude.
survey-results-facilitators-only = I risultati di questo questionario sono visibili solo a chi facilita la consultazione.
survey-results-sources = Provenienza delle risposte
survey-results-source-all = Tutte
survey-results-source-online = In rete
survey-results-source-paper = Su carta
survey-results-fewer = meno di 3
survey-results-fewer-explained = Per proteggere chi risponde, le cifre di un gruppo compaiono solo se almeno 3 persone di quel gruppo hanno risposto alla domanda; se i gruppi nascosti insieme contano 1 o 2 risposte, si nasconde anche il gruppo più piccolo mostrato.
survey-results-respondents = Chi ha risposto
survey-results-group = Gruppo
survey-results-everyone = Tutti
survey-results-answered = Hanno risposto
survey-results-answers = { $count ->
    [one] Una risposta
   *[other] { $count } risposte
}
survey-results-average = Media
survey-results-place = posto medio { $place } · { $figures }
survey-results-place-short = posto medio { $place }
survey-results-table = Tabella dei dati della domanda
survey-results-quotes = Citazioni scelte

survey-answers-title = Risposte libere
survey-answers-read = Leggi le risposte
survey-answers-none = Nessuna risposta per ora.
survey-answers-hidden = Nascosta
survey-answers-quoted = Pubblicata come citazione
survey-answers-hide = Nascondi
survey-answers-show = Mostra di nuovo
survey-answers-quote = Pubblica come citazione
survey-answers-unquote = Ritira la citazione
survey-answers-hide-title = Nascondere questa risposta?
survey-answers-hide-explain = Una risposta nascosta resta nei conteggi ma non si legge più e non può essere citata. La motivazione resta nel registro delle attività.
survey-answers-reason = Motivazione
survey-answers-reason-required = Scrivi perché la nascondi.
survey-answers-reason-too-long = La motivazione è troppo lunga (al massimo 1000 caratteri).
survey-answers-hidden-not-quoted = Una risposta nascosta non può essere citata.
flash-survey-answer-hidden = La risposta è nascosta.
flash-survey-answer-shown = La risposta è di nuovo visibile.
flash-survey-answer-quoted = La risposta è pubblicata come citazione.
flash-survey-answer-unquoted = La citazione è ritirata.

survey-paper-list-title = Questionari cartacei
survey-paper-new-title = Inserisci un questionario cartaceo
survey-paper-new-explain = Riporta le risposte come sono scritte sul foglio. Le domande obbligatorie lasciate in bianco si possono lasciare vuote: il questionario viene registrato lo stesso.
survey-paper-place = Luogo
survey-paper-place-hint = Dove è stato compilato, per esempio lo sportello o l'incontro.
survey-paper-day = Giorno
survey-paper-group = Gruppo di chi ha risposto
survey-paper-save = Registra il questionario
survey-paper-another = Questionario registrato. Puoi inserire il prossimo: luogo, giorno e gruppo sono già compilati.
survey-paper-place-required = Scrivi il luogo.
survey-paper-place-too-long = Il luogo è troppo lungo (al massimo 200 caratteri).
survey-paper-day-required = Indica il giorno.
survey-paper-day-invalid = Scrivi il giorno come AAAA-MM-GG.
survey-paper-day-future = Il giorno non può essere nel futuro.
survey-paper-group-required = Scegli il gruppo di chi ha risposto.
survey-paper-draft = Il questionario è ancora una bozza: pubblicalo prima di inserire risposte.
survey-paper-count = { $count ->
    [0] Nessun questionario cartaceo inserito.
    [one] Un questionario cartaceo inserito.
   *[other] { $count } questionari cartacei inseriti.
}
survey-paper-typed-by = Inserito da
survey-paper-remove = Elimina
survey-paper-remove-title = Eliminare questo questionario cartaceo?
survey-paper-remove-explain = Le sue risposte saranno tolte dai risultati. Fallo solo se è stato inserito per errore.
survey-paper-remove-confirm = Elimina il questionario
flash-survey-paper-removed = Il questionario cartaceo è eliminato.
survey-paper-condition = Rispondi solo se alla domanda { $number } hai risposto «{ $option }».

survey-print-link = Versione da stampare
survey-print-explain = Stampa questa pagina dal browser. Ogni sezione comincia su una nuova pagina.
survey-print-languages = Lingua del questionario
survey-print-how = Segna con una croce le caselle delle risposte che scegli.
survey-print-required = obbligatoria
survey-print-tick-one = Segna una sola casella.
survey-print-tick-any = Segna tutte le caselle che vuoi.
survey-print-tick-up-to = { $count ->
    [one] Segna al massimo una casella.
   *[other] Segna al massimo { $count } caselle.
}
survey-print-rank = { $count ->
    [one] Scrivi 1 nella casella.
   *[other] Scrivi nelle caselle un numero da 1 a { $count }, dal più importante al meno importante, senza ripeterli.
}
survey-print-date = Data (giorno, mese, anno):
survey-print-thanks = Grazie per aver risposto.
