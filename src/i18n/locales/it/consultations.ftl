consultations-title = Consultazioni
consultations-filter-theme = Filtra per tema
consultations-all-themes = Tutti i temi
consultations-empty = Non ci sono ancora consultazioni. Quando ne sarà aperta una, la troverai qui.
consultations-empty-theme = Nessuna consultazione sul tema «{ $theme }».
consultations-section-open = Aperte ora
consultations-section-upcoming = In arrivo
consultations-section-closed = Concluse
consultation-invite-only = Su invito
consultation-themes = Temi
consultation-status-draft = Bozza
consultation-status-published = Pubblicata
consultation-status-archived = Archiviata
consultation-follow = Segui questa consultazione
consultation-unfollow = Non seguire più
consultation-open-console = Apri la console di facilitazione
consultation-rounds = Fasi
consultation-no-rounds = Le fasi di questa consultazione non sono ancora state decise.
consultation-about = Di cosa si tratta
consultation-figures = In numeri
consultation-involved = { $count ->
    [one] Una persona coinvolta (segue la consultazione o ne fa parte)
   *[other] { $count } persone coinvolte (seguono la consultazione o ne fanno parte)
}
consultation-followers = { $count ->
    [one] Una persona segue questa consultazione
   *[other] { $count } persone seguono questa consultazione
}
consultation-members = { $count ->
    [one] Un membro invitato
   *[other] { $count } membri invitati
}
consultation-round-count = { $count ->
    [one] Una fase
   *[other] { $count } fasi
}
round-opens = si apre il
round-closes = si chiude il
round-state-upcoming = In arrivo
round-state-open = Aperta
round-state-closed = Chiusa
round-allows-proposals = Si possono fare proposte
round-allows-comments = Si può commentare
round-allows-voting = Si può votare
round-groups = Possono partecipare

cta-title = Cosa puoi fare adesso
cta-ended = Tutte le fasi sono concluse. Puoi leggere cosa è stato proposto e deciso.
cta-upcoming = La prossima fase si apre il
cta-log-in = Una fase è aperta: accedi o registrati per partecipare.
cta-verify = Una fase è aperta. Per partecipare, conferma prima il tuo indirizzo email dal link che ti abbiamo mandato.
cta-read-only = In questa fase si legge e si segue: non si fanno proposte né commenti.
cta-members-only = Questa fase è riservata ai membri invitati.
cta-other-groups = Questa fase è riservata a:
cta-other-groups-follow = Puoi comunque seguire la consultazione e leggere tutto.
cta-act = Questa fase è aperta e puoi partecipare:
cta-act-propose = fare proposte
cta-act-comment = commentare le proposte
cta-act-vote = votare

pagination = Pagine
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-position = Pagina { $page } di { $pages }

invitation-title = Invito
invitation-lead = Sei stato invitato a partecipare a «{ $consultation }».
invitation-accept = Accetta l'invito
invitation-account-needed = Per accettare serve un account. L'invito è stato mandato a { $email }: registrati o accedi, poi torna a questa pagina.
invitation-invalid = Questo invito non è valido, è già stato usato, è stato ritirato o è scaduto. Chiedi a chi ti ha invitato di mandarne uno nuovo.

email-invitation-subject = Invito a partecipare: { $consultation }
email-invitation-body = { $inviter } ti invita a partecipare alla consultazione «{ $consultation }» su Tavolo.
email-invitation-role-facilitator = Sarai facilitatore: potrai gestire le fasi, invitare i membri e moderare.
email-invitation-role-member = Sarai membro: potrai vedere la consultazione, che è su invito, e partecipare.
email-invitation-action = Accetta l'invito
email-invitation-expiry = L'invito vale 14 giorni. Se non ti interessa, ignora questa email.
email-appointed-subject = Sei facilitatore di: { $consultation }
email-appointed-body = Sei stato nominato facilitatore della consultazione «{ $consultation }». Dalla console puoi gestire fasi, membri e moderazione.
email-appointed-action = Apri la console

flash-following = Ora segui questa consultazione.
flash-unfollowed = Non segui più questa consultazione.
flash-invitation-accepted = Benvenuto! Ora fai parte di questa consultazione.

policy-log-in = Per farlo devi accedere.
policy-coordinators-only = Solo il coordinamento della piattaforma può farlo.
policy-facilitators-only = Solo chi facilita questa consultazione può farlo.
