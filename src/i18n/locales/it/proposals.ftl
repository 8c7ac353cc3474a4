proposals-title = Proposte
proposals-filter = Filtra le proposte
proposals-search = Cerca nelle proposte
proposals-count = { $count ->
    [one] Una proposta
   *[other] { $count } proposte
}
proposals-empty = Nessuna proposta corrisponde. Prova a togliere qualche filtro.
filter-any = Tutti
filter-round = Fase
filter-answer = Risposta
filter-group = Gruppo di chi propone
filter-language = Lingua
filter-sort = Ordina per
filter-in-person = Solo proposte raccolte agli incontri di persona
filter-apply = Applica
sort-newest = Più recenti
sort-commented = Più commentate
sort-random = Ordine casuale (uguale per te)

answer-pending = In attesa di risposta
answer-evaluating = In valutazione
answer-accepted = Accolta
answer-partially_accepted = Accolta in parte
answer-rejected = Non accolta

proposal-new-title = Nuova proposta
proposal-preview = Anteprima
proposal-preview-hint = Così apparirà la tua proposta. Controlla e poi pubblica.
proposal-publish = Pubblica la proposta
proposal-edit-title = Modifica la proposta
proposal-edit-hint = Puoi modificare la proposta per 30 minuti, finché nessuno l'ha commentata. Le versioni precedenti restano leggibili.
proposal-history-title = Versioni precedenti
proposal-history-empty = Questa proposta non è mai stata modificata.
proposal-history-before = Versione fino al
proposal-withdraw = Ritira la proposta
proposal-withdraw-title = Ritirare la proposta?
proposal-withdraw-explain = La proposta resterà visibile come ritirata, con il motivo che scrivi qui.
proposal-record-title = Registra una proposta da un incontro
proposal-record-lead = Riporta una proposta emersa a un tavolo di persona, a nome di chi c'era.
proposal-record-meeting = L'incontro
proposal-record-text = La proposta
proposal-record-submit = Registra la proposta
proposal-in-person = Dall'incontro di persona
proposal-in-person-title = Raccolta a un incontro di persona
proposal-in-person-where = A { $place }, il { $day }:
proposal-in-person-people = { $count ->
    [one] una persona
   *[other] { $count } persone
}
proposal-in-person-recorded-by = Registrata da { $name }.
proposal-by = Di
proposal-edited-history = modificata: vedi le versioni precedenti
proposal-state-withdrawn = Ritirata
proposal-state-hidden = Nascosta
proposal-state-merged = Unita a un'altra
proposal-merged-into = Questa proposta è stata unita a:
proposal-withdrawn-because = Ritirata da chi l'ha scritta:
proposal-hidden-because = Nascosta dalla moderazione:
proposal-hidden-pending = Nascosta in attesa di verifica, dopo alcune segnalazioni.
proposal-answer-title = Risposta dell'ente
proposal-answer-save = Salva la risposta
proposal-comments-count = { $count ->
    [one] un commento
   *[other] { $count } commenti
}

field-proposal-title = Titolo della proposta
field-proposal-title-hint = Breve e chiaro: cosa proponi?
field-proposal-body = Testo della proposta
field-theme = Tema
field-no-theme = Nessun tema
field-text-language = Lingua del testo
field-text-language-hint = La lingua in cui scrivi: va bene anche la tua.
field-withdraw-reason = Perché la ritiri?
field-place = Luogo
field-place-hint = Per esempio: Biblioteca di San Paolo, Prato.
field-day = Giorno
field-day-hint = Nel formato 2026-11-20.
field-people = Quante persone
field-group-met = Gruppo delle persone incontrate
field-answer = Risposta
field-justification = Motivazione pubblica
field-justification-hint = Obbligatoria per le risposte definitive: spiega cosa farà l'ente e perché.
field-stance = La tua posizione
field-comment = Commento
field-comment-hint = Puoi usare Markdown semplice: **grassetto**, elenchi, link.
field-flag-reason = Cosa non va?

discussion-title = Discussione
discussion-empty = Nessun commento ancora.
stance-for = A favore
stance-against = Contro
stance-neutral = Neutrale
stance-for-count = { $count ->
    [one] 1 a favore
   *[other] { $count } a favore
}
stance-against-count = { $count ->
    [one] 1 contro
   *[other] { $count } contro
}
stance-neutral-count = { $count ->
    [one] 1 neutrale
   *[other] { $count } neutrali
}
comment-new = Scrivi un commento
comment-publish = Pubblica il commento
comment-reply = Rispondi
comment-edit-title = Modifica il commento
comment-edited = modificato
comment-withdraw = Ritira il commento
comment-withdrawn = Commento ritirato da chi l'ha scritto.
comment-hidden-because = Commento nascosto dalla moderazione:
comment-hidden-pending = Commento nascosto in attesa di verifica.
comment-replying-to = in risposta a { $name }
comment-yours = il tuo commento
flag-proposal = Segnala questa proposta
flag-comment = Segnala
flag-send = Invia la segnalazione

console-answered = { $answered } di { $total } proposte con una risposta definitiva
console-hide = Nascondi
console-restore = Ripristina
console-held = In attesa di verifica: segnalato da abbastanza persone per essere nascosto, ma resta visibile finché una votazione è aperta.
error-moderation-settled = I contenuti ritirati o uniti restano come sono: la moderazione non li nasconde né li ripristina.
console-hide-reason = Motivo (visibile al posto del contenuto)
console-flag-reasons = Motivi delle segnalazioni
consultation-proposals-link = Vedi le proposte

flash-proposal-published = Proposta pubblicata.
flash-proposal-saved = Proposta modificata. La versione precedente resta nella cronologia.
flash-proposal-withdrawn = Proposta ritirata.
flash-proposal-recorded = Proposta dall'incontro registrata.
flash-answer-saved = Risposta salvata.
flash-comment-published = Commento pubblicato.
flash-comment-saved = Commento modificato.
flash-comment-withdrawn = Commento ritirato.
flash-flagged = Grazie: la segnalazione è arrivata a chi facilita.
flash-already-flagged = Avevi già segnalato questo contenuto.
flash-content-hidden = Contenuto nascosto.
flash-content-restored = Contenuto ripristinato.

error-proposal-title-required = Scrivi un titolo.
error-proposal-title-long = Il titolo può avere al massimo 200 caratteri.
error-proposal-body-required = Scrivi il testo della proposta.
error-proposal-body-short = Il testo è troppo breve: spiega un po' di più.
error-proposal-body-long = Il testo può avere al massimo 20.000 caratteri.
error-proposal-theme-unknown = Scegli uno dei temi della consultazione.
error-proposal-language-required = Scegli la lingua del testo.
error-withdraw-reason = Scrivi il motivo (al massimo 1.000 caratteri).
error-place-required = Scrivi il luogo dell'incontro.
error-day-invalid = Scrivi il giorno nel formato 2026-11-20.
error-people-invalid = Scrivi quante persone c'erano (da 1 a 10.000).
error-answer-required = Scegli una risposta.
error-justification-required = Una risposta definitiva ha bisogno di una motivazione pubblica.
error-justification-long = La motivazione è troppo lunga.
error-comment-required = Scrivi il commento.
error-comment-long = Il commento può avere al massimo 5.000 caratteri.
error-stance-required = Scegli la tua posizione.
error-flag-reason = Scrivi brevemente il motivo della segnalazione.
error-hide-reason = Per nascondere un contenuto serve un motivo.

policy-verify-email = Prima conferma il tuo indirizzo email.
policy-report-verify-email = Per segnalare un contenuto, prima conferma il tuo indirizzo email: le segnalazioni da account non confermati non sono accettate.
policy-consultation-not-running = Questa consultazione non è in corso.
policy-members-only = Partecipano solo i membri invitati.
policy-no-open-round = Nessuna fase è aperta in questo momento.
policy-round-no-proposals = In questa fase non si fanno proposte.
policy-round-no-comments = In questa fase non si commenta.
policy-round-no-voting = In questa fase non si vota.
policy-group-not-admitted = Questa fase non è aperta al tuo gruppo.
policy-proposal-not-open = Questa proposta non accetta più interventi.
policy-not-your-proposal = Solo chi firma la proposta può farlo.
policy-proposal-edit-closed = Non si può più modificare: è stata commentata o sono passati 30 minuti. Puoi ritirarla.
policy-not-your-comment = Solo chi ha scritto il commento può farlo.
policy-comment-edit-closed = Il tempo per modificare questo commento è finito.

audit-proposal-recorded-in-person = Proposta registrata da un incontro
audit-proposal-withdrawn = Proposta ritirata
audit-proposal-answered = Risposta a una proposta
audit-content-flagged = Contenuto segnalato
audit-content-hidden = Contenuto nascosto
audit-content-restored = Contenuto ripristinato

console-answers-pending-link = Proposte in attesa di risposta
consultation-proposal-count = { $count ->
    [one] Una proposta
   *[other] { $count } proposte
}
consultation-comment-count = { $count ->
    [one] Un commento
   *[other] { $count } commenti
}
coauthor-title = Firma come coautore
coauthor-lead = Sei invitato a firmare la proposta:
coauthor-accept = Firma la proposta
coauthors-title = Coautori
coauthors-invite = Invita un coautore (email)
coauthors-invite-hint = Riceverà un link per firmare la proposta con te e poterla modificare.
coauthors-send = Manda l'invito
coauthor-role = coautore
flash-coauthor-invited = Invito a firmare mandato.
flash-coauthor-accepted = Ora firmi questa proposta.
policy-only-author-invites = Solo chi ha scritto la proposta invita i coautori.
email-coauthor-subject = Invito a firmare: { $proposal }
email-coauthor-body = { $inviter } ti invita a firmare con lei o lui la proposta «{ $proposal }» su Tavolo.
email-coauthor-action = Firma la proposta
moderation-title = Moderazione

merge-title = Unisci proposte
merge-lead = Raccogli in una sola proposta quelle che dicono la stessa cosa. Ogni proposta unita rimanda a quella che le raccoglie, e chi l'ha firmata firma anche quella.
merge-too-few = Servono almeno due proposte da unire.
merge-sources = Proposte da unire
merge-target = Dove unirle
merge-target-new = In una nuova proposta di sintesi (scrivi titolo e testo qui sotto)
merge-new-hint = Titolo e testo servono solo per una nuova proposta di sintesi.
merge-submit = Unisci
flash-merged = Proposte unite.
error-merge-target = Scegli dove unire le proposte.
error-merge-sources = Scegli le proposte da unire (almeno due, o una se le unisci a una proposta esistente).
error-merge-during-voting = Non si uniscono proposte mentre è aperta una fase di voto: i voti non si possono spostare senza alterarli. Unisci prima che il voto si apra o dopo che si è chiuso.
audit-proposal-merged = Proposte unite
proposal-recorded-at = Registrata durante
