# Seguito degli impegni: cosa è successo dopo

follow-up-title = Cosa è successo dopo
follow-up-lead = Gli impegni presi dall'ente a partire dalle proposte accolte: chi ne è responsabile, a che punto sono, gli aggiornamenti datati.
follow-up-overall = Avanzamento complessivo
follow-up-overall-text = { $count ->
    [one] Un impegno in corso o concluso, avanzamento medio { $progress }%.
   *[other] { $count } impegni in corso o conclusi, avanzamento medio { $progress }%.
}
follow-up-filter = Filtra gli impegni
follow-up-count = { $count ->
    [0] Nessun impegno.
    [one] Un impegno.
   *[other] { $count } impegni.
}
follow-up-none-matching = Nessun impegno corrisponde a questi filtri.
follow-up-empty = Qui compariranno gli impegni dell'ente: per ogni proposta accolta o accolta in parte, cosa si farà, chi ne è responsabile, entro quando, con quale spesa, e gli aggiornamenti fino alla conclusione.
follow-up-empty-link = Vedi le proposte accolte
commitment-status-planned = Previsto
commitment-status-in_progress = In corso
commitment-status-done = Concluso
commitment-status-dropped = Abbandonato
commitment-progress-text = Avanzamento: { $progress }%
commitment-dropped-reason = Motivo dell'abbandono
commitment-proposals = Le proposte da cui nasce
commitment-updates = Aggiornamenti
commitment-no-updates = Nessun aggiornamento per ora.
commitment-post-update = Pubblica un aggiornamento
commitment-publish-update = Pubblica l'aggiornamento
commitment-edit = Modifica l'impegno
commitment-new = Nuovo impegno
commitment-save = Salva l'impegno
commitment-keep-status = Lascia com'è
commitments-manage = Impegni
commitments-manage-lead = Trasforma le proposte accolte in impegni pubblici e racconta come procedono.
commitments-none-eligible = Nessuna proposta è ancora accolta o accolta in parte: rispondi alle proposte prima di prendere impegni.
commitments-none-yet = Nessun impegno per ora.
commitments-actions = Azioni
console-commitments = Impegni e seguito
consultation-follow-up-link = Cosa è successo dopo
proposal-commitments-title = Impegni presi
field-commitment-title = Titolo dell'impegno
field-commitment-description = Descrizione
field-commitment-responsible = Responsabile
field-commitment-responsible-hint = L'ufficio o l'ente che lo realizza.
field-commitment-status = Stato
field-commitment-new-status = Nuovo stato
field-commitment-reason = Motivo, se abbandonato
field-commitment-reason-hint = Obbligatorio quando l'impegno è abbandonato: sarà pubblico.
field-commitment-progress = Avanzamento in percentuale
field-commitment-progress-hint = Un numero da 0 a 100; un impegno concluso è al 100%.
field-commitment-new-progress = Nuovo avanzamento in percentuale
field-commitment-keep-hint = Lascia vuoto per non cambiarlo.
field-commitment-starts = Inizio previsto
field-commitment-ends = Fine prevista
field-commitment-budget = Spesa prevista
field-commitment-budget-hint = Cifre, con al massimo due decimali dopo la virgola o il punto (ad esempio 12500,50).
field-commitment-currency = Valuta
field-commitment-currency-hint = Codice di tre lettere, ad esempio EUR.
field-commitment-proposals = Proposte da cui nasce
field-commitment-update = Cosa è successo
field-commitment-update-hint = Testo pubblico; puoi usare Markdown.
error-commitment-status = Scegli uno stato.
error-commitment-reason-required = Un impegno abbandonato ha bisogno di un motivo pubblico.
error-commitment-text-long = Il testo è troppo lungo.
error-commitment-progress = L'avanzamento è un numero intero da 0 a 100.
error-commitment-title-required = Scrivi un titolo.
error-commitment-title-long = Al massimo 200 caratteri.
error-commitment-responsible-required = Indica chi è responsabile.
error-commitment-ends-before = La fine prevista non può venire prima dell'inizio.
error-commitment-proposal-invalid = Si possono scegliere solo proposte accolte o accolte in parte di questa consultazione.
error-commitment-proposal-required = Scegli almeno una proposta accolta.
error-commitment-budget = Scrivi la cifra con soli numeri e al massimo due decimali.
error-commitment-currency = La valuta è un codice di tre lettere, come EUR.
error-commitment-update-required = Scrivi cosa è successo.
flash-commitment-saved = Impegno salvato.
flash-commitment-update-posted = Aggiornamento pubblicato; chi ha firmato o segue le proposte ne sarà informato.
notification-commitment_updated = «{ $consultation }»: novità sull'impegno «{ $title }»
audit-commitment-created = Impegno creato
audit-commitment-edited = Impegno modificato
audit-commitment-update-posted = Aggiornamento di un impegno pubblicato
