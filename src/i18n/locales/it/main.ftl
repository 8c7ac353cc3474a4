language-name = Italiano
language-dir = ltr
language-switch = Lingua
format-datetime = %d/%m/%Y, %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { ": " }
punctuation-comma = { ", " }
punctuation-stop = { ". " }

skip-to-content = Vai al contenuto
nav-account = Il tuo account
nav-login = Accedi
nav-register = Registrati
nav-logout = Esci
nav-manage = Gestione
nav-main = Navigazione principale
footer-privacy = Informativa sulla privacy
footer-about = Tavolo è una piattaforma aperta per progettare insieme politiche e servizi.

home-title = Progettiamo insieme
home-lead = Enti pubblici, organizzazioni del terzo settore e le persone a cui i servizi sono rivolti discutono e decidono insieme, a turni.
home-how-title = Come funziona
home-how-propose = Chiunque partecipi propone idee.
home-how-discuss = Se ne discute, anche agli incontri di persona.
home-how-vote = Si vota, e si vede il sostegno di ogni gruppo.
home-how-answer = L'ente risponde a ogni proposta, spiegando perché.

privacy-title = Informativa sulla privacy
privacy-lead = Trattiamo solo i dati che servono per partecipare, e nessuno vede come hai votato.
privacy-what-title = Quali dati trattiamo
privacy-what = Nome visibile, indirizzo email, password (cifrata), gruppo di appartenenza, organizzazione se la indichi, lingua preferita e i contributi che pubblichi.
privacy-why-title = Perché
privacy-why = Per permetterti di partecipare, mandarti le email che chiedi e rendere conto dei risultati divisi per gruppo, senza mostrare i dati personali.
privacy-ballot-title = Voto segreto
privacy-ballot = I risultati mostrano solo totali. Un gruppo con meno di 3 votanti non viene mostrato separatamente.
privacy-rights-title = I tuoi diritti
privacy-rights = Puoi vedere i tuoi dati, portarli con te, correggerli e cancellare il tuo account in autonomia:

register-title = Crea un account
register-lead = Serve un account per proporre, commentare e votare.
register-submit = Crea l'account
register-have-account = Hai già un account?

login-title = Accedi
login-submit = Accedi
login-forgot = Hai dimenticato la password?
login-no-account = Non hai un account? Registrati

forgot-title = Password dimenticata
forgot-lead = Scrivi il tuo indirizzo email: ti mandiamo un link per sceglierne una nuova.
forgot-submit = Mandami il link
forgot-sent = Se esiste un account per { $email }, abbiamo mandato un link per scegliere una nuova password. Il link vale un'ora.

reset-title = Scegli una nuova password
reset-submit = Salva la nuova password

invalid-link-title = Link non valido
invalid-link-verify = Questo link di conferma non è valido, è già stato usato o è scaduto.
invalid-link-verify-retry = Chiedi un nuovo link dal tuo account
invalid-link-reset = Questo link per cambiare la password non è valido, è già stato usato o è scaduto.
invalid-link-reset-retry = Chiedi un nuovo link

account-title = Il tuo account
account-email = Indirizzo email:
account-unverified-title = Conferma il tuo indirizzo email
account-unverified = Puoi già guardare tutto. Per proporre, commentare e votare, apri il link che ti abbiamo mandato per email.
account-resend = Mandami un nuovo link
account-profile-title = Profilo
account-save = Salva il profilo
account-password-title = Cambia password
account-change-password = Cambia la password

field-display-name = Nome visibile
field-display-name-hint = Appare accanto ai tuoi contributi.
field-email = Indirizzo email
field-password = Password
field-password-hint = Almeno 10 caratteri.
field-new-password = Nuova password
field-current-password = Password attuale
field-group = Gruppo
field-group-hint = Per chi parli? I risultati sono mostrati anche per gruppo.
field-choose = Scegli…
field-organisation = Organizzazione
field-organisation-hint = L'ente o l'associazione per cui partecipi.
field-locale = Lingua preferita
field-locale-hint = Per le pagine e le email.
field-privacy-consent = Ho letto e accetto l'
field-optional = facoltativo

group-beneficiary = Persona a cui i servizi sono rivolti
group-institution = Ente pubblico
group-third_sector = Terzo settore
group-other = Altro

flash-registered = Benvenuto! Ti abbiamo mandato un'email per confermare il tuo indirizzo.
flash-logged-out = Sei uscito.
flash-email-verified = Grazie, il tuo indirizzo email è confermato.
flash-already-verified = Il tuo indirizzo email è già confermato.
flash-verification-sent = Ti abbiamo mandato un nuovo link di conferma.
flash-verification-wait = Ti abbiamo appena mandato un link. Controlla la posta, anche nello spam, e riprova tra un minuto.
flash-password-reset = La password è cambiata. Ora puoi accedere.
flash-password-changed = La password è cambiata. Gli altri dispositivi sono stati disconnessi.
flash-profile-saved = Profilo salvato.

error-summary-title = Controlla questi campi
error-prefix = Errore:
error-name-required = Scrivi il nome da mostrare.
error-name-long = Il nome può avere al massimo 100 caratteri.
error-email-invalid = Scrivi un indirizzo email valido, per esempio nome@esempio.it.
error-password-short = La password deve avere almeno 10 caratteri.
error-password-long = La password può avere al massimo 200 caratteri.
error-group-required = Scegli il tuo gruppo.
error-organisation-long = L'organizzazione può avere al massimo 200 caratteri.
error-locale-required = Scegli una lingua.
error-consent-required = Per creare l'account devi accettare l'informativa sulla privacy.
error-login-failed = Email o password non corrette.
error-current-password = La password attuale non è corretta.
error-control-characters = Questo campo contiene caratteri di controllo invisibili (spesso restano da un copia e incolla). Toglili e riprova.
error-markdown-nesting = Questo testo annida troppi livelli (citazioni, elenchi o enfasi uno dentro l'altro per più di 16 livelli). Semplificalo e riprova: il testo è ancora qui.

error-title-400 = Richiesta non valida
error-title-403 = Accesso negato
error-title-404 = Pagina non trovata
error-title-408 = Richiesta scaduta
error-title-413 = Contenuto troppo grande
error-title-500 = Si è verificato un errore
error-title-503 = Servizio non disponibile
error-bad-request = La richiesta non è valida.
error-forbidden = Non hai il permesso di fare questa operazione.
error-csrf = Il modulo è scaduto o non viene da questo sito. Torna indietro, ricarica la pagina e riprova.
error-not-found = Questa pagina non esiste o è stata spostata.
error-too-large = Hai inviato troppi dati in una volta. Accorcia il testo e riprova.
error-method = Questa operazione non è possibile su questa pagina.
error-internal = Qualcosa non ha funzionato da parte nostra. Riprova tra poco.
error-unavailable = Il servizio è momentaneamente non disponibile. Riprova tra poco: quello che hai già inviato è al sicuro.
error-timeout = La richiesta ha impiegato troppo tempo ad arrivare. Controlla la connessione e riprova.
error-busy = Tavolo è molto occupato in questo momento. Attendi qualche secondo e riprova (se stavi inviando un modulo, torna indietro e invialo di nuovo).
error-go-home = Torna alla pagina iniziale
error-request-id = Se contatti l'assistenza, indica questo codice:

email-greeting = Ciao { $name },
email-signature = Tavolo, la piattaforma per progettare insieme
email-link-fallback = Se il pulsante non funziona, copia questo indirizzo nel browser:
email-verify-subject = Conferma il tuo indirizzo email
email-verify-body = Per proporre, commentare e votare su Tavolo, conferma che questo indirizzo è tuo aprendo il link qui sotto. Il link vale 3 giorni.
email-verify-action = Conferma l'indirizzo email
email-verify-ignore = Se non hai creato tu l'account, ignora questa email.
email-reset-subject = Scegli una nuova password
email-reset-body = Qualcuno ha chiesto di cambiare la password del tuo account Tavolo. Apri il link qui sotto per sceglierne una nuova. Il link vale un'ora e si può usare una volta sola.
email-reset-action = Scegli una nuova password
email-reset-ignore = Se non l'hai chiesto tu, ignora questa email: la tua password resta la stessa.
