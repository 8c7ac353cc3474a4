## Accesso in due passaggi, sessioni, robustezza delle password

two-factor-title = Accesso in due passaggi
two-factor-intro = Con l'accesso in due passaggi, per entrare servono la password e un codice di sei cifre da un'app di autenticazione sul telefono (come FreeOTP, Aegis o Google Authenticator). Chi scopre la tua password non può comunque entrare.
two-factor-required = Chi gestisce le consultazioni su questa piattaforma deve usare l'accesso in due passaggi. Attivalo ora: serve un minuto.
two-factor-start = Configura l'accesso in due passaggi
two-factor-scan = Nell'app di autenticazione aggiungi un account e inquadra questo codice.
two-factor-qr-alt = Codice QR da inquadrare con un'app di autenticazione. La stessa chiave è scritta qui sotto.
two-factor-type-secret = Non riesci a inquadrarlo? Scrivi invece questa chiave nell'app:
two-factor-confirm = Attiva l'accesso in due passaggi
two-factor-on = L'accesso in due passaggi è attivo: per entrare serve un codice dalla tua app.
two-factor-off-status = L'accesso in due passaggi non è attivo.
two-factor-turn-on = Attiva l'accesso in due passaggi
two-factor-manage = Gestisci l'accesso in due passaggi
two-factor-recovery-left = { $count ->
    [one] Ti resta un codice di recupero non usato.
   *[other] Ti restano { $count } codici di recupero non usati.
}
two-factor-recovery-title = Codici di recupero
two-factor-recovery-renew-intro = I nuovi codici di recupero sostituiscono i vecchi, che smettono di funzionare.
two-factor-recovery-renew = Crea nuovi codici di recupero
two-factor-off-title = Disattiva l'accesso in due passaggi
two-factor-off = Disattiva l'accesso in due passaggi
two-factor-back = Torna al tuo account
field-two-factor-code = Codice
field-two-factor-code-hint = Il codice di sei cifre che l'app mostra ora per Tavolo.
field-two-factor-app-code-hint = Il codice di sei cifre che la tua app di autenticazione mostra ora.
field-two-factor-code-or-recovery-hint = Il codice di sei cifre dalla tua app di autenticazione, oppure uno dei tuoi codici di recupero.
error-two-factor-code = Questo codice non è giusto, o è già stato usato. Controlla l'app e scrivi il codice che mostra ora.
recovery-codes-title = I tuoi codici di recupero
recovery-codes-intro = Se perdi il telefono, ognuno di questi codici ti fa entrare una volta al posto del codice dell'app. Stampali o conservali in un posto sicuro, lontano dal telefono.
recovery-codes-once = Vengono mostrati solo questa volta. Puoi crearne di nuovi dal tuo account quando vuoi.
recovery-codes-done = Li ho conservati
login-code-title = Inserisci il codice
login-code-intro = La password è giusta. Apri l'app di autenticazione e scrivi il codice che mostra per Tavolo.
login-code-submit = Accedi
login-code-restart = Ricomincia
flash-two-factor-off = L'accesso in due passaggi è disattivato.
flash-login-code-expired = Accedi di nuovo: il tempo per il codice è scaduto, o troppi codici erano sbagliati.
sessions-title = Dove hai effettuato l'accesso
sessions-unknown-device = Un browser sconosciuto
sessions-this-one = questo browser
sessions-signed-in = Accesso:
sessions-last-seen = Ultimo uso:
sessions-end-others = Esci da tutti gli altri dispositivi
flash-sessions-ended = Sei uscito da tutti gli altri dispositivi.
error-password-weak = Questa password sarebbe facile da indovinare. Alcune parole senza legame tra loro formano una password difficile da indovinare e facile da ricordare.
error-password-common = Molte persone usano questa password, quindi è tra le prime che vengono provate. Prova con alcune parole senza legame tra loro.
error-password-pattern = File di tasti, ripetizioni e sequenze (come "qwerty", "aaaa" o "1234") sono facili da indovinare. Prova con alcune parole senza legame tra loro.
error-password-dates = Date e anni sono facili da indovinare. Prova invece con alcune parole senza legame tra loro.
error-password-word = Una sola parola o un nome da soli sono facili da indovinare. Aggiungi una o due parole, senza legame tra loro.
error-password-personal = Questa password contiene il tuo nome o il tuo indirizzo email, che sono facili da indovinare. Prova con alcune parole senza legame tra loro.
manage-two-factor-title = Accesso in due passaggi
manage-two-factor-require = Coordinatori e facilitatori devono usare l'accesso in due passaggi
manage-two-factor-hint = Al prossimo accesso viene chiesto loro di attivarlo, prima di poter fare altro.
flash-two-factor-requirement-saved = L'impostazione dell'accesso in due passaggi è salvata.
