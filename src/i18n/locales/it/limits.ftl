# Limiti a ciò che una persona o un indirizzo può fare
error-title-429 = Troppi tentativi
error-too-many-requests = { $count ->
    [one] Per ora l'hai fatto troppe volte. Riprova tra un minuto.
   *[other] Per ora l'hai fatto troppe volte. Riprova tra { $count } minuti.
}
error-login-throttled = Troppi accessi non riusciti per questo account o da questa connessione. Aspetta prima di riprovare, oppure scegli una nuova password.
error-registrations-limit = Nell'ultima ora sono stati creati troppi account da questa connessione. Riprova più tardi.
error-comments-limit = Hai pubblicato molti commenti in poco tempo. Il tuo testo è qui sotto: invialo di nuovo tra poco.
error-proposals-limit = Hai presentato molte proposte in poco tempo. Il tuo testo è qui sotto: invialo di nuovo tra poco.
flash-verification-today = Ti abbiamo già mandato un link oggi. Controlla la posta, anche nello spam; domani potrai chiederne uno nuovo.
flash-invited-today = Questo indirizzo è già stato invitato oggi. Potrai invitarlo di nuovo domani.
email-locked-subject = Qualcuno sta cercando di accedere al tuo account
email-locked-body = Qualcuno ha provato molte password sbagliate per accedere al tuo account Tavolo, quindi abbiamo bloccato gli accessi per qualche minuto.
email-locked-reset = Se non sei stato tu, scegli subito una nuova password: apri il link qui sotto. Se usi la stessa password anche altrove, cambiala anche lì.
email-locked-ignore = Se eri tu, aspetta qualche minuto e riprova; puoi anche scegliere una nuova password con lo stesso link.

# Registrazione: la stessa risposta che l'indirizzo sia libero o no.
register-sent-title = Controlla la tua email
register-sent-body = Ti abbiamo scritto all'indirizzo che hai indicato. Apri il link nel messaggio per confermarlo: così entri anche in Tavolo.
register-sent-missing = Non trovi il messaggio? Guarda nella posta indesiderata. Puoi anche accedere con la tua password e chiedere un nuovo link dalla pagina del tuo account. Se avevi già un account con questo indirizzo, ti abbiamo scritto come rientrare.
register-sent-login = Accedi con la tua password
email-again-subject = Hai già un account su Tavolo
email-again-body = Qualcuno, forse tu, ha provato a creare un nuovo account su Tavolo con questo indirizzo email. Esiste già un account con questo indirizzo, quindi non ne abbiamo creato un altro.
email-again-reset = Se eri tu, accedi con la tua password. Se non la ricordi, scegline una nuova con il link qui sotto.
email-again-ignore = Se non eri tu, puoi ignorare questo messaggio: il tuo account non è cambiato.
