# Takimet: ballë për ballë dhe në internet, regjistrimi dhe lista e pritjes

meetings-title = Takimet
meetings-upcoming = Takimet e ardhshme
meetings-none-upcoming = Ende nuk është planifikuar asnjë takim. Kur lehtësuesit të caktojnë një, do ta gjeni këtu me vendin, orën dhe gjuhët.
meetings-past = Takimet e kaluara
console-meetings-list = Të gjitha takimet e këtij konsultimi
meeting-new-title = Takim i ri
meeting-edit-title = Ndrysho takimin
meeting-cancel-title = Anulo takimin
meeting-registrations-title = Kush vjen
field-meeting-round = Faza
field-meeting-no-round = Asnjë fazë
field-meeting-starts-at = Fillon
field-meeting-ends-at = Mbaron
meeting-where = Ku
field-meeting-place-hint = Një adresë, një lidhje në internet, ose të dyja.
field-meeting-address = Adresa
field-meeting-directions = Si të arrini
field-meeting-venue-accessibility = Aksesueshmëria e vendit
field-meeting-online-url = Lidhja në internet
field-meeting-languages = Gjuhët që fliten
field-meeting-languages-hint = Për shembull: italisht, arabisht.
field-meeting-interpretation = Përkthimi që ofrohet
field-meeting-interpretation-hint = Për shembull: përkthyes për arabisht dhe tigrinja.
field-meeting-childcare = Ofrohet kujdes për fëmijët
meeting-registration = Regjistrimi
field-meeting-registration-required = Duhet regjistrim
field-meeting-capacity = Vende
field-meeting-capacity-hint = Lëreni bosh për pa kufi. Kur mbarojnë vendet, njerëzit futen në listën e pritjes.
field-meeting-deadline = Regjistrimi mbyllet
meeting-when = Kur
meeting-childcare = Kujdes për fëmijët
meeting-childcare-yes = Po
meeting-childcare-no = Nuk ofrohet
meeting-cancelled = Anuluar
meeting-online = me lidhje në internet
meeting-past = Ky takim është mbajtur.
meeting-add-to-calendar = Shtoje në kalendarin tënd (.ics)
meeting-places-left = { $count ->
    [0] Nuk ka më vende.
    [one] Ka mbetur një vend.
   *[other] Kanë mbetur { $count } vende.
}
meeting-deadline = Regjistrimi mbyllet
meeting-you-are-registered = Je i/e regjistruar.
meeting-you-are-waiting = { $count ->
    [one] Je në listën e pritjes: je i/e radhës.
   *[other] Je në listën e pritjes, numri { $count }.
}
meeting-withdraw = Anulo regjistrimin tim
meeting-full-waiting-list = Takimi është plot. Mund të futesh në listën e pritjes: nëse lirohet një vend, ai i shkon personit të parë në pritje, që njoftohet me email.
meeting-needs = Çfarë të duhet për të marrë pjesë
meeting-needs-hint = E shohin vetëm lehtësuesit.
field-meeting-interpreter = Përkthyes për gjuhën
field-meeting-need-childcare = Më duhet kujdes për fëmijët
field-meeting-accessibility-need = Nevojë për aksesueshmëri
meeting-join-waiting-list = Futu në listën e pritjes
meeting-register = Regjistrohu
meeting-cancel-explain = Të anulohet takimi "{ $title }"? Mbetet në listë si i anuluar, me arsyen.
meeting-cancel-told = { $count ->
    [0] Ende nuk është regjistruar askush.
    [one] Personi i regjistruar ose në pritje do të njoftohet me email.
   *[other] { $count } personat e regjistruar ose në pritje do të njoftohen me email.
}
field-meeting-cancel-reason = Arsyeja
field-meeting-cancel-reason-hint = Shfaqet në faqen e takimit.
meeting-cancel-confirm = Anulo takimin
meeting-needs-private = Nevojat i shohin vetëm lehtësuesit.
meeting-needs-summary = Shkurt
meeting-count-registered = { $count ->
    [one] Një person i regjistruar
   *[other] { $count } persona të regjistruar
}
meeting-count-waiting = { $count ->
    [one] Një person në pritje
   *[other] { $count } persona në pritje
}
meeting-count-childcare = { $count ->
    [one] Kujdes për fëmijët për një person
   *[other] Kujdes për fëmijët për { $count } persona
}
meeting-count-accessibility = { $count ->
    [one] Një nevojë për aksesueshmëri
   *[other] { $count } nevoja për aksesueshmëri
}
meeting-count-interpreter = Përkthim në { $language }
meeting-nobody-registered = Ende nuk është regjistruar askush.
meeting-status = Gjendja
meeting-status-registered = I/E regjistruar
meeting-status-waiting = Në pritje
meeting-no-registration = Nuk duhet regjistrim: eja drejtpërdrejt.
meeting-registration-cancelled = Ky takim është anuluar.
meeting-registration-started = Regjistrimi ka mbaruar: takimi ka filluar.
meeting-registration-deadline-passed = Regjistrimi është mbyllur.
error-meeting-title-required = Jepi një titull takimit.
error-meeting-text-long = Ky tekst është shumë i gjatë.
error-meeting-round-unknown = Zgjidh një nga fazat e këtij konsultimi.
error-meeting-ends-before-starts = Takimi duhet të mbarojë pasi fillon.
error-meeting-online-url = Shkruaj një adresë interneti që fillon me https://.
error-meeting-place-required = Jep një adresë, një lidhje në internet, ose të dyja.
error-meeting-capacity = Shkruaj një numër vendesh nga 1 deri në 100000, ose lëre bosh.
error-meeting-deadline-after-start = Regjistrimi duhet të mbyllet para se të fillojë takimi.
error-meeting-capacity-needs-registration = Për të kufizuar vendet duhet regjistrim: shëno "Duhet regjistrim".
error-meeting-cancel-reason-required = Thuaj pse anulohet takimi.
error-meeting-needs-invalid = Ajo që shkrove për nevojat e tua është shumë e gjatë ose ka shenja që nuk lejohen.
flash-meeting-created = Takimi është planifikuar.
flash-meeting-saved = Takimi u ruajt.
flash-meeting-cancelled = Takimi u anulua; të regjistruarit po njoftohen.
flash-meeting-registered = Je i/e regjistruar.
flash-meeting-waiting = Takimi është plot: je në listën e pritjes.
flash-meeting-already = Ishe tashmë i/e regjistruar.
flash-meeting-withdrawn = Regjistrimi yt u anulua.
notification-meeting_cancelled = "{ $consultation }": takimi "{ $title }" u anulua
notification-meeting_place_confirmed = "{ $consultation }": u lirua një vend te "{ $title }" dhe është yti
privacy-keep-meeting-needs = Çfarë thatë se ju duhet për të ardhur në një takim (përkthyes, kujdes për fëmijët, aksesueshmëri)
privacy-keep-meeting-needs-for = 30 ditë pas takimit; regjistrimi mbetet

error-meeting-choice = Zgjidh një nga takimet e mbajtura të këtij konsultimi, ose asnjë.
meeting-records-cancelled = Ky takim u anulua: nuk ka pjesëmarrje as procesverbal për të regjistruar.
meeting-records-not-started = Pjesëmarrja dhe procesverbali mund të regjistrohen pasi takimi të ketë filluar.
meeting-attendance-title = Pjesëmarrja
meeting-attendance-lead = Shëno njerëzit që erdhën dhe numëro ata që erdhën pa u regjistruar. Ruajtja sërish zëvendëson atë që ishte ruajtur më parë.
meeting-attendance-recorded = Regjistruar së fundi
meeting-attendance-registered = Të regjistruarit (dhe ata në listën e pritjes)
meeting-attendance-registered-hint = Shëno të gjithë ata që erdhën.
meeting-attendance-walk-ins = Të ardhur pa regjistrim
meeting-attendance-walk-ins-hint = Njerëz që erdhën pa u regjistruar, sipas grupit të palëve të interesuara. Lëre bosh nëse nuk ka.
meeting-attendance-save = Ruaj pjesëmarrjen
error-meeting-walk-ins = Shkruaj një numër të plotë nga 0 deri në 10000.
flash-meeting-attendance-saved = Pjesëmarrja u ruajt.
meeting-minutes-title = Procesverbali
meeting-minutes-lead = Çfarë u diskutua dhe çfarë u ra dakord. Mund të përdorësh Markdown. Draftin e shohin vetëm lehtësuesit; pasi publikohet, e lexojnë të gjithë.
meeting-minutes-published-on = Publikuar
meeting-minutes-edit-public = Ndryshimet që ruan bëhen publike menjëherë.
meeting-minutes-draft-note = Ky procesverbal është draft: e shohin vetëm lehtësuesit derisa ta publikosh.
field-meeting-minutes = Procesverbali
field-meeting-minutes-hint = Për shembull: kush mori pjesë, pikat e diskutuara, çfarë u ra dakord dhe kush çfarë bën më pas.
meeting-minutes-limit = Deri në { $count } karaktere.
meeting-minutes-save-published = Ruaj ndryshimet
meeting-minutes-publish = Publiko
meeting-minutes-save-draft = Ruaj draftin
error-meeting-minutes-long = Procesverbali është shumë i gjatë: shkurtoje në 20000 karaktere ose më pak. Teksti yt ruhet më poshtë.
error-meeting-minutes-empty = Shkruaj procesverbalin para se ta publikosh.
flash-meeting-minutes-draft = Drafti i procesverbalit u ruajt.
flash-meeting-minutes-published = Procesverbali u publikua.
flash-meeting-minutes-edited = Procesverbali i publikuar u përditësua.
meeting-after-title = Pas takimit
meeting-after-empty = Ende nuk është regjistruar asgjë për këtë takim.
meeting-attendance-by-group = Kush erdhi, sipas grupit
meeting-attendance-came-registered = Të regjistruar që erdhën
meeting-attendance-total = Gjithsej
meeting-minutes-draft = Draft
meeting-linked-proposals = Propozime të lindura në këtë takim
meeting-linked-tallies = Vota të numëruara në këtë takim
meeting-tally-round = faza { $round }
field-meeting-source = Takimi
field-meeting-source-hint = Takimi nga vjen, nëse ka. Renditen vetëm takimet e mbajtura.
field-meeting-none = Asnjë takim
