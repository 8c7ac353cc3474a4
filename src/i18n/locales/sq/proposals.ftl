proposals-title = Propozimet
proposals-filter = Filtro propozimet
proposals-search = Kërko te propozimet
proposals-count = { $count ->
    [one] Një propozim
   *[other] { $count } propozime
}
proposals-empty = Asnjë propozim nuk përputhet. Provo të heqësh disa filtra.
filter-any = Të gjitha
filter-round = Faza
filter-answer = Përgjigjja
filter-group = Grupi i atij që propozon
filter-language = Gjuha
filter-sort = Rendit sipas
filter-in-person = Vetëm propozimet e mbledhura në takime ballë për ballë
filter-apply = Zbato
sort-newest = Më të rejat
sort-commented = Më të komentuarat
sort-random = Renditje e rastësishme (e njëjta për ty)

answer-pending = Në pritje të përgjigjes
answer-evaluating = Në shqyrtim
answer-accepted = Pranuar
answer-partially_accepted = Pranuar pjesërisht
answer-rejected = Nuk u pranua

proposal-new-title = Propozim i ri
proposal-preview = Parapamje
proposal-preview-hint = Kështu do të duket propozimi yt. Kontrolloje, pastaj publikoje.
proposal-publish = Publiko propozimin
proposal-edit-title = Ndrysho propozimin
proposal-edit-hint = Mund ta ndryshosh propozimin për 30 minuta, derisa dikush ta komentojë. Versionet e mëparshme mbeten të lexueshme.
proposal-history-title = Versionet e mëparshme
proposal-history-empty = Ky propozim nuk është ndryshuar kurrë.
proposal-history-before = Versioni deri më
proposal-withdraw = Tërhiq propozimin
proposal-withdraw-title = Dëshiron ta tërheqësh propozimin?
proposal-withdraw-explain = Propozimi do të mbetet i dukshëm si i tërhequr, me arsyen që shkruan këtu.
proposal-record-title = Regjistro një propozim nga një takim
proposal-record-lead = Shëno një propozim të bërë në një takim ballë për ballë, në emër të njerëzve që ishin aty.
proposal-record-meeting = Takimi
proposal-record-text = Propozimi
proposal-record-submit = Regjistro propozimin
proposal-in-person = Nga një takim ballë për ballë
proposal-in-person-title = Mbledhur në një takim ballë për ballë
proposal-in-person-where = Në { $place }, më { $day }:
proposal-in-person-people = { $count ->
    [one] një person
   *[other] { $count } persona
}
proposal-in-person-recorded-by = Regjistruar nga { $name }.
proposal-by = Nga
proposal-edited-history = ndryshuar: shiko versionet e mëparshme
proposal-state-withdrawn = I tërhequr
proposal-state-hidden = I fshehur
proposal-state-merged = I bashkuar me një tjetër
proposal-merged-into = Ky propozim u bashkua me:
proposal-withdrawn-because = Tërhequr nga autorët:
proposal-hidden-because = Fshehur nga moderatorët:
proposal-hidden-pending = Fshehur në pritje të shqyrtimit, pas disa sinjalizimeve.
proposal-answer-title = Përgjigjja e institucionit publik
proposal-answer-save = Ruaj përgjigjen
proposal-comments-count = { $count ->
    [one] një koment
   *[other] { $count } komente
}

field-proposal-title = Titulli i propozimit
field-proposal-title-hint = I shkurtër dhe i qartë: çfarë propozon?
field-proposal-body = Teksti i propozimit
field-theme = Tema
field-no-theme = Pa temë
field-text-language = Gjuha e tekstit
field-text-language-hint = Gjuha në të cilën shkruan: mund të jetë edhe gjuha jote.
field-withdraw-reason = Pse po e tërheq?
field-place = Vendi
field-place-hint = Për shembull: Biblioteca di San Paolo, Prato.
field-day = Dita
field-day-hint = Në formatin 2026-11-20.
field-people = Sa persona
field-group-met = Grupi i njerëzve të takuar
field-answer = Përgjigjja
field-justification = Arsyetimi publik
field-justification-hint = I detyrueshëm për përgjigjet përfundimtare: shpjego çfarë do të bëjë institucioni publik dhe pse.
field-stance = Qëndrimi yt
field-comment = Komenti
field-comment-hint = Mund të përdorësh Markdown të thjeshtë: **të trasha**, lista, lidhje.
field-flag-reason = Çfarë nuk shkon?

discussion-title = Diskutimi
discussion-empty = Ende asnjë koment.
stance-for = Pro
stance-against = Kundër
stance-neutral = Neutral
stance-for-count = { $count ->
    [one] 1 pro
   *[other] { $count } pro
}
stance-against-count = { $count ->
    [one] 1 kundër
   *[other] { $count } kundër
}
stance-neutral-count = { $count ->
    [one] 1 neutral
   *[other] { $count } neutralë
}
comment-new = Shkruaj një koment
comment-publish = Publiko komentin
comment-reply = Përgjigju
comment-edit-title = Ndrysho komentin
comment-edited = ndryshuar
comment-withdraw = Tërhiq komentin
comment-withdrawn = Komenti u tërhoq nga autori.
comment-hidden-because = Komenti u fsheh nga moderatorët:
comment-hidden-pending = Komenti u fsheh në pritje të shqyrtimit.
comment-replying-to = përgjigje për { $name }
comment-yours = komenti yt
flag-proposal = Sinjalizo këtë propozim
flag-comment = Sinjalizo
flag-send = Dërgo sinjalizimin

console-answered = { $answered } nga { $total } propozime kanë një përgjigje përfundimtare
console-hide = Fshih
console-restore = Rikthe
console-held = Në pritje të shqyrtimit: e sinjalizuar nga mjaft njerëz për t'u fshehur, por mbetet e dukshme sa kohë që një votim është i hapur.
error-moderation-settled = Përmbajtjet e tërhequra ose të bashkuara mbeten siç janë: moderimi as nuk i fsheh, as nuk i rikthen.
console-hide-reason = Arsyeja (shfaqet në vend të përmbajtjes)
console-flag-reasons = Arsyet e sinjalizimeve
consultation-proposals-link = Shiko propozimet

flash-proposal-published = Propozimi u publikua.
flash-proposal-saved = Propozimi u ndryshua. Versioni i mëparshëm mbetet në historik.
flash-proposal-withdrawn = Propozimi u tërhoq.
flash-proposal-recorded = Propozimi nga takimi u regjistrua.
flash-answer-saved = Përgjigjja u ruajt.
flash-comment-published = Komenti u publikua.
flash-comment-saved = Komenti u ndryshua.
flash-comment-withdrawn = Komenti u tërhoq.
flash-flagged = Faleminderit: sinjalizimi yt u dërgua te lehtësuesit.
flash-already-flagged = E kishe sinjalizuar tashmë këtë.
flash-content-hidden = Përmbajtja u fsheh.
flash-content-restored = Përmbajtja u rikthye.

error-proposal-title-required = Shkruaj një titull.
error-proposal-title-long = Titulli mund të ketë deri në 200 karaktere.
error-proposal-body-required = Shkruaj tekstin e propozimit.
error-proposal-body-short = Teksti është shumë i shkurtër: shpjego pak më shumë.
error-proposal-body-long = Teksti mund të ketë deri në 20.000 karaktere.
error-proposal-theme-unknown = Zgjidh një nga temat e konsultimit.
error-proposal-language-required = Zgjidh gjuhën e tekstit.
error-withdraw-reason = Shkruaj arsyen (deri në 1.000 karaktere).
error-place-required = Shkruaj ku u bë takimi.
error-day-invalid = Shkruaj ditën në formatin 2026-11-20.
error-people-invalid = Shkruaj sa persona ishin (nga 1 deri në 10.000).
error-answer-required = Zgjidh një përgjigje.
error-justification-required = Një përgjigje përfundimtare ka nevojë për një arsyetim publik.
error-justification-long = Arsyetimi është shumë i gjatë.
error-comment-required = Shkruaj komentin.
error-comment-long = Komenti mund të ketë deri në 5.000 karaktere.
error-stance-required = Zgjidh qëndrimin tënd.
error-flag-reason = Shkruaj shkurt pse po e sinjalizon.
error-hide-reason = Për të fshehur një përmbajtje duhet një arsye.

policy-verify-email = Së pari konfirmo adresën tënde të emailit.
policy-report-verify-email = Për të sinjalizuar një përmbajtje, së pari konfirmo adresën tënde të emailit: sinjalizimet nga llogari të pakonfirmuara nuk pranohen.
policy-consultation-not-running = Ky konsultim nuk është në zhvillim.
policy-members-only = Marrin pjesë vetëm anëtarët e ftuar.
policy-no-open-round = Asnjë fazë nuk është e hapur tani.
policy-round-no-proposals = Në këtë fazë nuk bëhen propozime.
policy-round-no-comments = Në këtë fazë nuk bëhen komente.
policy-round-no-voting = Në këtë fazë nuk votohet.
policy-group-not-admitted = Kjo fazë nuk është e hapur për grupin tënd.
policy-proposal-not-open = Ky propozim nuk pranon më kontribute.
policy-not-your-proposal = Këtë mund ta bëjnë vetëm ata që e kanë nënshkruar propozimin.
policy-proposal-edit-closed = Nuk mund të ndryshohet më: dikush e ka komentuar ose kanë kaluar 30 minuta. Mund ta tërheqësh.
policy-not-your-comment = Këtë mund ta bëjë vetëm autori i komentit.
policy-comment-edit-closed = Koha për të ndryshuar këtë koment ka mbaruar.

audit-proposal-recorded-in-person = Propozim i regjistruar nga një takim
audit-proposal-withdrawn = Propozim i tërhequr
audit-proposal-answered = Përgjigje për një propozim
audit-content-flagged = Përmbajtje e sinjalizuar
audit-content-hidden = Përmbajtje e fshehur
audit-content-restored = Përmbajtje e rikthyer

console-answers-pending-link = Propozime në pritje të përgjigjes
consultation-proposal-count = { $count ->
    [one] Një propozim
   *[other] { $count } propozime
}
consultation-comment-count = { $count ->
    [one] Një koment
   *[other] { $count } komente
}
coauthor-title = Nënshkruaj si bashkautor
coauthor-lead = Je ftuar të nënshkruash propozimin:
coauthor-accept = Nënshkruaj propozimin
coauthors-title = Bashkautorët
coauthors-invite = Fto një bashkautor (email)
coauthors-invite-hint = Do të marrë një lidhje për ta nënshkruar propozimin me ty dhe do të mund ta ndryshojë.
coauthors-send = Dërgo ftesën
coauthor-role = bashkautor
flash-coauthor-invited = Ftesa për nënshkrim u dërgua.
flash-coauthor-accepted = Tani e nënshkruan edhe ti këtë propozim.
policy-only-author-invites = Vetëm autori i propozimit mund të ftojë bashkautorë.
email-coauthor-subject = Ftesë për të nënshkruar: { $proposal }
email-coauthor-body = { $inviter } të fton të nënshkruani bashkë propozimin «{ $proposal }» në Tavolo.
email-coauthor-action = Nënshkruaj propozimin
moderation-title = Moderimi

merge-title = Bashko propozimet
merge-lead = Mblidh në një propozim të vetëm propozimet që thonë të njëjtën gjë. Çdo propozim i bashkuar të çon te propozimi që i mbledh, dhe kush ka nënshkruar propozimin e bashkuar, nënshkruan edhe atë që i mbledh.
merge-too-few = Duhen të paktën dy propozime për t'i bashkuar.
merge-sources = Propozimet për t'u bashkuar
merge-target = Ku t'i bashkosh
merge-target-new = Në një propozim të ri përmbledhës (shkruaj titullin dhe tekstin më poshtë)
merge-new-hint = Titulli dhe teksti duhen vetëm për një propozim të ri përmbledhës.
merge-submit = Bashko
flash-merged = Propozimet u bashkuan.
error-merge-target = Zgjidh ku do t'i bashkosh propozimet.
error-merge-sources = Zgjidh propozimet për t'u bashkuar (të paktën dy, ose një nëse e bashkon me një propozim që ekziston).
error-merge-during-voting = Propozimet nuk bashkohen kur një fazë votimi është e hapur: votat nuk mund të zhvendosen pa u ndryshuar. Bashkoji para se të hapet votimi ose pasi të mbyllet.
audit-proposal-merged = Propozime të bashkuara
proposal-recorded-at = Regjistruar në
