# Zilja dhe faqja e njoftimeve

nav-notifications = Njoftimet
nav-unread = të palexuara
notifications-title = Njoftimet
notifications-empty = Ende asgjë. Ndiq një konsultim ose një propozim për të ditur çfarë ndodh.
notifications-unread = { $count ->
    [0] I ke lexuar të gjitha.
    [one] Një njoftim i palexuar.
   *[other] { $count } njoftime të palexuara.
}
notifications-read-all = Shëno të gjitha si të lexuara
notifications-new = I ri
notifications-mark-read = Shëno si të lexuar
flash-notification-read = U shënua si i lexuar.
flash-notifications-read = Të gjitha njoftimet u shënuan si të lexuara.
notification-round_opened = «{ $consultation }»: faza «{ $title }» është e hapur
notification-round_closed = «{ $consultation }»: faza «{ $title }» u mbyll
notification-round_closing_soon = «{ $consultation }»: votimi në «{ $title }» mbyllet pas 24 orësh dhe ti nuk ke votuar ende
notification-proposal_published = «{ $consultation }»: propozim i ri «{ $title }»
notification-proposal_answered = «{ $consultation }»: propozimi «{ $title }» ka një përgjigje
notification-comment_on_my_proposal = «{ $consultation }»: një koment i ri te «{ $title }»
notification-reply_to_my_comment = «{ $consultation }»: një përgjigje për komentin tënd te «{ $title }»
notification-proposal_merged = «{ $consultation }»: propozimi «{ $title }» u bashkua me një tjetër
notification-content_flagged = «{ $consultation }»: një përmbajtje u sinjalizua dhe duhet shqyrtuar
notification-content_hidden = «{ $consultation }»: një kontribut i yti te «{ $title }» u fsheh nga moderatorët
notification-coauthor_invited = «{ $consultation }»: je ftuar të nënshkruash «{ $title }» (shiko emailin tënd)
notification-member_invited = «{ $consultation }»: je ftuar të marrësh pjesë (shiko emailin tënd)
notification-facilitator_invited = «{ $consultation }»: je ftuar të jesh lehtësues (shiko emailin tënd)

# Preferencat dhe gjërat që ndjek

notification-preferences-title = Preferencat e emailit
notification-preferences-lead = Zgjidh cilat emaile do të marrësh. Njoftimet shfaqen gjithmonë te zilja.
notification-preference-email_own = Për propozimet, komentet dhe votat e tua
notification-preference-email_others = Për konsultimet dhe propozimet që ndjek
notification-preference-hint-email_own = Komente dhe përgjigje për propozimet e tua, përgjigje për komentet e tua, kujtesa para se të mbyllet votimi.
notification-preference-hint-email_others = Propozime të reja, faza që hapen dhe mbyllen, të reja për propozimet që ndjek.
frequency-immediate = Menjëherë, një email për çdo njoftim
frequency-daily = Një email në ditë me gjithçka (asnjë kur s'ka asgjë)
frequency-off = Asnjë email
notification-preferences-account-emails = Emailet për llogarinë tënde (konfirmimi i adresës, fjalëkalimi i ri, ftesat) vijnë gjithmonë.
notification-preferences-save = Ruaj preferencat
notification-following-consultations = Konsultimet që ndjek
notification-following-proposals = Propozimet që ndjek
notification-following-none = Asnjë.
proposal-follow = Ndiq këtë propozim
proposal-unfollow = Mos e ndiq më
flash-preferences-saved = Preferencat e tua të emailit u ruajtën.
flash-proposal-followed = E ndjek këtë propozim: do të marrësh vesh për komentet dhe përgjigjen.
flash-proposal-unfollowed = Nuk e ndjek më këtë propozim.
error-frequency-required = Zgjidh sa shpesh do t'i marrësh këto emaile.

# Çregjistrimi

unsubscribe-title = Ndalo këto emaile
unsubscribe-invalid = Kjo lidhje për çregjistrim nuk është e vlefshme. Mund t'i zgjedhësh emailet te faqja e preferencave, pasi të hysh.
unsubscribe-explain = Të mos dërgohen më emaile për konsultimet dhe propozimet te { $email }?
unsubscribe-confirm = Ndalo këto emaile
unsubscribe-done = U krye: { $email } nuk do të marrë më emaile për konsultimet dhe propozimet.
unsubscribe-account-emails = Emailet për llogarinë tënde vazhdojnë të vijnë. Për të zgjedhur përsëri:

# Emailet

email-notification-open = Hape në Tavolo
email-notification-why = E merr këtë email sepse merr pjesë ose ndjek këtë përmbajtje në Tavolo.
email-notification-preferences = Zgjidh emailet e tua:
email-notification-unsubscribe = Ndalo këto emaile:
email-notification-preferences-link = Zgjidh emailet e tua
email-notification-unsubscribe-link = Ndalo këto emaile
email-digest-subject = Tavolo: çfarë ndodhi deri më { $day }

# Radha e postës

mail-title = Radha e postës
mail-lead = Emailet që nuk janë dërguar ende, ose që u braktisën pas një dite përpjekjesh, me gabimin e fundit. Ridërgimi mban të njëjtin Message-ID, kështu që askush nuk sheh dy kopje.
mail-empty = Asnjë email në pritje apo i dështuar.
mail-recipient = Për
mail-kind = Email
mail-state = Gjendja
mail-error = Gabimi i fundit
mail-actions = Veprime
mail-dead = I braktisur
mail-retrying = Përpjekja tjetër: { $when }
mail-attempts = { $count ->
    [one] një përpjekje
   *[other] { $count } përpjekje
}
mail-retry = Dërgoje përsëri
flash-mail-retried = Emaili do të dërgohet përsëri tani.
audit-mail-retried = Email i ridërguar
audit-tally-recorded = Regjistrim i numërimit nga një takim ballë për ballë
audit-tally-deleted = Fshirje e numërimit nga një takim ballë për ballë
