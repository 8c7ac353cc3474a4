# Ndjekja e angazhimeve: çfarë ndodhi më pas

follow-up-title = Çfarë ndodhi më pas
follow-up-lead = Angazhimet që institucioni publik mori nga propozimet e pranuara: kush është përgjegjës, sa kanë përparuar dhe përditësimet me datë.
follow-up-overall = Përparimi i përgjithshëm
follow-up-overall-text = { $count ->
    [one] Një angazhim në zbatim ose i përfunduar, përparimi mesatar { $progress }%.
   *[other] { $count } angazhime në zbatim ose të përfunduara, përparimi mesatar { $progress }%.
}
follow-up-filter = Filtro angazhimet
follow-up-count = { $count ->
    [0] Asnjë angazhim.
    [one] Një angazhim.
   *[other] { $count } angazhime.
}
follow-up-none-matching = Asnjë angazhim nuk përputhet me këto filtra.
follow-up-empty = Këtu do të shfaqen angazhimet e institucionit publik: për çdo propozim të pranuar ose të pranuar pjesërisht, çfarë do të bëhet, kush është përgjegjës, deri kur, me çfarë shpenzimi, dhe përditësimet deri në përfundim.
follow-up-empty-link = Shiko propozimet e pranuara
commitment-status-planned = I planifikuar
commitment-status-in_progress = Në zbatim
commitment-status-done = I përfunduar
commitment-status-dropped = I braktisur
commitment-progress-text = Përparimi: { $progress }%
commitment-dropped-reason = Pse u braktis
commitment-proposals = Propozimet nga të cilat lind
commitment-updates = Përditësimet
commitment-no-updates = Ende asnjë përditësim.
commitment-post-update = Publiko një përditësim
commitment-publish-update = Publiko përditësimin
commitment-edit = Ndrysho angazhimin
commitment-new = Angazhim i ri
commitment-save = Ruaj angazhimin
commitment-keep-status = Lëre siç është
commitments-manage = Angazhimet
commitments-manage-lead = Ktheji propozimet e pranuara në angazhime publike dhe trego si po ecin.
commitments-none-eligible = Ende asnjë propozim nuk është pranuar ose pranuar pjesërisht: përgjigjju propozimeve para se të marrësh angazhime.
commitments-none-yet = Ende asnjë angazhim.
commitments-actions = Veprimet
console-commitments = Angazhimet dhe ndjekja
consultation-follow-up-link = Çfarë ndodhi më pas
proposal-commitments-title = Angazhimet e marra
field-commitment-title = Titulli i angazhimit
field-commitment-description = Përshkrimi
field-commitment-responsible = Përgjegjësi
field-commitment-responsible-hint = Zyra ose institucioni që e zbaton.
field-commitment-status = Gjendja
field-commitment-new-status = Gjendja e re
field-commitment-reason = Arsyeja, nëse braktiset
field-commitment-reason-hint = E detyrueshme kur angazhimi braktiset: do të jetë publike.
field-commitment-progress = Përparimi në përqindje
field-commitment-progress-hint = Një numër nga 0 deri në 100; një angazhim i përfunduar është në 100%.
field-commitment-new-progress = Përparimi i ri në përqindje
field-commitment-keep-hint = Lëre bosh për të mos e ndryshuar.
field-commitment-starts = Fillimi i planifikuar
field-commitment-ends = Mbarimi i planifikuar
field-commitment-budget = Buxheti
field-commitment-budget-hint = Shifra, me jo më shumë se dy dhjetore pas presjes ose pikës (për shembull 12500,50).
field-commitment-currency = Monedha
field-commitment-currency-hint = Kod me tre shkronja, për shembull EUR.
field-commitment-proposals = Propozimet nga të cilat lind
field-commitment-update = Çfarë ndodhi
field-commitment-update-hint = Tekst publik; mund të përdorësh Markdown.
error-commitment-status = Zgjidh një gjendje.
error-commitment-reason-required = Një angazhim i braktisur ka nevojë për një arsye publike.
error-commitment-text-long = Teksti është shumë i gjatë.
error-commitment-progress = Përparimi është një numër i plotë nga 0 deri në 100.
error-commitment-title-required = Shkruaj një titull.
error-commitment-title-long = Jo më shumë se 200 shenja.
error-commitment-responsible-required = Trego kush është përgjegjës.
error-commitment-ends-before = Mbarimi i planifikuar nuk mund të vijë para fillimit.
error-commitment-proposal-invalid = Mund të zgjidhen vetëm propozime të pranuara ose të pranuara pjesërisht të kësaj konsultimi.
error-commitment-proposal-required = Zgjidh të paktën një propozim të pranuar.
error-commitment-budget = Shkruaj shumën vetëm me shifra dhe jo më shumë se dy dhjetore.
error-commitment-currency = Monedha është një kod me tre shkronja, si EUR.
error-commitment-update-required = Shkruaj çfarë ndodhi.
flash-commitment-saved = Angazhimi u ruajt.
flash-commitment-update-posted = Përditësimi u publikua; ata që nënshkruan ose ndjekin propozimet do të njoftohen.
notification-commitment_updated = «{ $consultation }»: të reja për angazhimin «{ $title }»
audit-commitment-created = Angazhim i krijuar
audit-commitment-edited = Angazhim i ndryshuar
audit-commitment-update-posted = U publikua një përditësim angazhimi
