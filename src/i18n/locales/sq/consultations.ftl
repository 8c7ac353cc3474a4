consultations-title = Konsultimet
consultations-filter-theme = Filtro sipas temës
consultations-all-themes = Të gjitha temat
consultations-empty = Nuk ka ende konsultime. Kur të hapet një, do ta gjesh këtu.
consultations-empty-theme = Asnjë konsultim për temën «{ $theme }».
consultations-section-open = Të hapura tani
consultations-section-upcoming = Së shpejti
consultations-section-closed = Të përfunduara
consultation-invite-only = Me ftesë
consultation-themes = Temat
consultation-status-draft = Draft
consultation-status-published = I publikuar
consultation-status-archived = I arkivuar
consultation-follow = Ndiq këtë konsultim
consultation-unfollow = Mos e ndiq më
consultation-open-console = Hap panelin e lehtësuesit
consultation-rounds = Fazat
consultation-no-rounds = Fazat e këtij konsultimi nuk janë caktuar ende.
consultation-about = Për çfarë bëhet fjalë
consultation-figures = Në shifra
consultation-involved = { $count ->
    [one] Një person i përfshirë (e ndjek konsultimin ose bën pjesë në të)
   *[other] { $count } persona të përfshirë (e ndjekin konsultimin ose bëjnë pjesë në të)
}
consultation-followers = { $count ->
    [one] Një person e ndjek këtë konsultim
   *[other] { $count } persona e ndjekin këtë konsultim
}
consultation-members = { $count ->
    [one] Një anëtar i ftuar
   *[other] { $count } anëtarë të ftuar
}
consultation-round-count = { $count ->
    [one] Një fazë
   *[other] { $count } faza
}
round-opens = hapet më
round-closes = mbyllet më
round-state-upcoming = Së shpejti
round-state-open = E hapur
round-state-closed = E mbyllur
round-allows-proposals = Mund të bëhen propozime
round-allows-comments = Mund të komentosh
round-allows-voting = Mund të votosh
round-groups = Kush mund të marrë pjesë

cta-title = Çfarë mund të bësh tani
cta-ended = Të gjitha fazat kanë përfunduar. Mund të lexosh çfarë u propozua dhe çfarë u vendos.
cta-upcoming = Faza tjetër hapet më
cta-log-in = Një fazë është e hapur: hyr ose regjistrohu për të marrë pjesë.
cta-verify = Një fazë është e hapur. Për të marrë pjesë, së pari konfirmo adresën tënde të emailit me lidhjen që të dërguam.
cta-read-only = Në këtë fazë mund të lexosh dhe të ndjekësh: nuk bëhen propozime as komente.
cta-members-only = Kjo fazë është vetëm për anëtarët e ftuar.
cta-other-groups = Kjo fazë është vetëm për:
cta-other-groups-follow = Megjithatë mund ta ndjekësh konsultimin dhe të lexosh gjithçka.
cta-act = Kjo fazë është e hapur dhe mund të marrësh pjesë:
cta-act-propose = bëj propozime
cta-act-comment = komento propozimet
cta-act-vote = voto

pagination = Faqet
pagination-previous = Faqja e mëparshme
pagination-next = Faqja tjetër
pagination-position = Faqja { $page } nga { $pages }

invitation-title = Ftesë
invitation-lead = Je ftuar të marrësh pjesë në «{ $consultation }».
invitation-accept = Prano ftesën
invitation-account-needed = Për ta pranuar të duhet një llogari. Ftesa u dërgua te { $email }: regjistrohu ose hyr, pastaj kthehu në këtë faqe.
invitation-invalid = Kjo ftesë nuk është e vlefshme, është përdorur tashmë, është tërhequr ose ka skaduar. Kërkoji personit që të ftoi të të dërgojë një të re.

email-invitation-subject = Ftesë për të marrë pjesë: { $consultation }
email-invitation-body = { $inviter } të fton të marrësh pjesë në konsultimin «{ $consultation }» në Tavolo.
email-invitation-role-facilitator = Do të jesh lehtësues: do të mund të drejtosh fazat, të ftosh anëtarë dhe të moderosh.
email-invitation-role-member = Do të jesh anëtar: do të mund ta shohësh konsultimin, që është me ftesë, dhe të marrësh pjesë.
email-invitation-action = Prano ftesën
email-invitation-expiry = Ftesa vlen për 14 ditë. Nëse nuk të intereson, shpërfille këtë email.
email-appointed-subject = Je lehtësues i konsultimit: { $consultation }
email-appointed-body = U caktove lehtësues i konsultimit «{ $consultation }». Nga paneli mund të drejtosh fazat, anëtarët dhe moderimin.
email-appointed-action = Hap panelin

flash-following = Tani e ndjek këtë konsultim.
flash-unfollowed = Nuk e ndjek më këtë konsultim.
flash-invitation-accepted = Mirë se erdhe! Tani bën pjesë në këtë konsultim.

policy-log-in = Për ta bërë këtë duhet të hysh.
policy-coordinators-only = Këtë mund ta bëjnë vetëm koordinatorët e platformës.
policy-facilitators-only = Këtë mund ta bëjnë vetëm lehtësuesit e këtij konsultimi.
