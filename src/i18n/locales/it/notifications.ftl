# La campanella e la pagina delle notifiche

nav-notifications = Notifiche
nav-unread = non lette
notifications-title = Notifiche
notifications-empty = Ancora niente. Segui una consultazione o una proposta per sapere cosa succede.
notifications-unread = { $count ->
    [0] Hai letto tutto.
    [one] Una notifica da leggere.
   *[other] { $count } notifiche da leggere.
}
notifications-read-all = Segna tutte come lette
notifications-new = Nuova
notifications-mark-read = Segna come letta
flash-notification-read = Segnata come letta.
flash-notifications-read = Tutte le notifiche sono segnate come lette.
notification-round_opened = «{ $consultation }»: la fase «{ $title }» è aperta
notification-round_closed = «{ $consultation }»: la fase «{ $title }» si è chiusa
notification-round_closing_soon = «{ $consultation }»: il voto in «{ $title }» si chiude tra 24 ore e non hai ancora votato
notification-proposal_published = «{ $consultation }»: nuova proposta «{ $title }»
notification-proposal_answered = «{ $consultation }»: la proposta «{ $title }» ha una risposta
notification-comment_on_my_proposal = «{ $consultation }»: un nuovo commento su «{ $title }»
notification-reply_to_my_comment = «{ $consultation }»: una risposta al tuo commento su «{ $title }»
notification-proposal_merged = «{ $consultation }»: la proposta «{ $title }» è stata unita a un'altra
notification-content_flagged = «{ $consultation }»: un contenuto è stato segnalato e va controllato
notification-content_hidden = «{ $consultation }»: un tuo contributo su «{ $title }» è stato nascosto dalla moderazione
notification-coauthor_invited = «{ $consultation }»: sei invitato a firmare «{ $title }» (vedi la tua email)
notification-member_invited = «{ $consultation }»: sei invitato a partecipare (vedi la tua email)
notification-facilitator_invited = «{ $consultation }»: sei invitato a facilitare (vedi la tua email)

# Preferenze e cose che segui

notification-preferences-title = Preferenze email
notification-preferences-lead = Scegli quali email ricevere. Le notifiche restano sempre sotto la campanella.
notification-preference-email_own = Sulle tue proposte, i tuoi commenti e i tuoi voti
notification-preference-email_others = Sulle consultazioni e le proposte che segui
notification-preference-hint-email_own = Commenti e risposte alle tue proposte, risposte ai tuoi commenti, promemoria prima della chiusura del voto.
notification-preference-hint-email_others = Nuove proposte, fasi che si aprono e si chiudono, novità sulle proposte che segui.
frequency-immediate = Subito, una email per volta
frequency-daily = Una email al giorno con tutto (nessuna se non c'è niente)
frequency-off = Nessuna email
notification-preferences-account-emails = Le email sul tuo account (conferma dell'indirizzo, nuova password, inviti) arrivano sempre.
notification-preferences-save = Salva le preferenze
notification-following-consultations = Consultazioni che segui
notification-following-proposals = Proposte che segui
notification-following-none = Nessuna.
proposal-follow = Segui questa proposta
proposal-unfollow = Non seguire più
flash-preferences-saved = Le tue preferenze email sono salvate.
flash-proposal-followed = Segui questa proposta: saprai dei commenti e della risposta.
flash-proposal-unfollowed = Non segui più questa proposta.
error-frequency-required = Scegli ogni quanto vuoi ricevere queste email.

# Disiscrizione

unsubscribe-title = Non ricevere più queste email
unsubscribe-invalid = Questo link per disiscriversi non è valido. Puoi scegliere le email nella pagina delle preferenze dopo aver fatto l'accesso.
unsubscribe-explain = Non mandare più email su consultazioni e proposte a { $email }?
unsubscribe-confirm = Non ricevere più queste email
unsubscribe-done = Fatto: { $email } non riceverà più email su consultazioni e proposte.
unsubscribe-account-emails = Le email sul tuo account continuano ad arrivare. Per scegliere di nuovo:

# Email

email-notification-open = Apri in Tavolo
email-notification-why = Ricevi questa email perché partecipi o segui questo contenuto su Tavolo.
email-notification-preferences = Scegli le tue email:
email-notification-unsubscribe = Non ricevere più queste email:
email-notification-preferences-link = Scegli le tue email
email-notification-unsubscribe-link = Non ricevere più queste email
email-digest-subject = Tavolo: cosa è successo fino al { $day }

# Coda della posta

mail-title = Coda della posta
mail-lead = Email non ancora spedite, o abbandonate dopo un giorno di tentativi, con l'ultimo errore. Rispedendole resta lo stesso Message-ID, così nessuno vede due copie.
mail-empty = Nessuna email in attesa o fallita.
mail-recipient = A
mail-kind = Email
mail-state = Stato
mail-error = Ultimo errore
mail-actions = Azioni
mail-dead = Abbandonata
mail-retrying = Prossimo tentativo { $when }
mail-attempts = { $count ->
    [one] un tentativo
   *[other] { $count } tentativi
}
mail-retry = Rispedisci
flash-mail-retried = L'email sarà rispedita ora.
audit-mail-retried = Email rispedita
audit-tally-recorded = Conteggio in presenza registrato
audit-tally-deleted = Conteggio in presenza eliminato
