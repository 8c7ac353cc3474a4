# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = Procedurat e bashëprojektimit
procedures-lead = Njoftimet publike për bashëprojektim (neni 55 D.Lgs. 117/2017): kush mund të aplikojë, deri kur, me cilat kritere, dhe çdo akt i procedurës.
procedures-empty = Ende nuk ka procedura të publikuara.
procedures-console-lead = Procedurat formale të bashëprojektimit të kësaj konsultimi: njoftimi, aplikimet, pranimi, seancat.
procedures-console-empty = Ky konsultim nuk ka ende procedura.
console-procedures = Procedurat e bashëprojektimit
console-procedures-explain = Një njoftim publik për të bashëprojektuar me entet e sektorit të tretë, me aplikime, pranim dhe seanca.
console-procedures-list = Të gjitha procedurat e këtij konsultimi

procedure-phase-draft = Draft
procedure-phase-applications = Aplikimet të hapura
procedure-phase-admission = Pranimi në vazhdim
procedure-phase-co-design = Bashëprojektim
procedure-phase-evaluation = Vlerësim
procedure-phase-closed = E përfunduar

procedure-new-title = Procedurë e re
procedure-edit-title = Ndrysho njoftimin
procedure-correct = Korrigjo njoftimin (errata)
procedure-console-title = Menaxho procedurën
procedure-public-page = Faqja publike
procedure-form-lead = Çdo seksion që kërkon ligji ka fushën e vet. Sa kohë njoftimi është draft, mund të ndryshosh gjithçka.
procedure-edit-published-explain = Njoftimi është publikuar: çdo seksion që ndryshon regjistrohet si errata, publike, me shënimin që shpjegon arsyen. Afati mund vetëm të shtyhet dhe kriteret nuk mund të ndryshojnë më.
field-procedure-title = Titulli i procedurës
field-procedure-purposes = Qëllimet dhe objekti
field-procedure-economic_frame = Korniza ekonomike (buxheti)
field-procedure-duration = Kohëzgjatja e partneritetit
field-procedure-how_to_apply = Si të aplikosh
field-procedure-applications_close_at = Afati i aplikimeve
field-procedure-deadline-hint = Të paktën 20 ditë (20 × 24 orë) pas publikimit. Mund të japësh edhe sekondat.
procedure-deadline-earliest = Duke publikuar tani, afati më i afërt i lejuar është { $date }.
procedure-supporters-legend = Mbështetës dhe financues
field-procedure-supporters_allowed = Palë të tjera mund të marrin pjesë si mbështetës ose financues
field-procedure-supporters_note = Me cilat kushte
field-procedure-requirements = Kërkesat për pjesëmarrje
field-procedure-runs_service = Entet e përzgjedhura do ta menaxhojnë edhe shërbimin
field-procedure-kinds = Kush mund të aplikojë
procedure-criteria-title = Kriteret e vlerësimit
procedure-criteria-hint = Plotëso një rresht për çdo kriter (rreshtat bosh shpërfillen). Peshat duhet të mblidhen në 100.
procedure-criteria-locked = Kriteret nuk mund të ndryshojnë pas publikimit: propozimet do të vlerësohen me kriteret që entet lexuan kur aplikuan.
procedure-criterion-legend = Kriteri { $number }
field-procedure-criterion-name = Kriteri
field-procedure-criterion-description = Përshkrimi
field-procedure-criterion-weight = Pesha
procedure-weight = pesha { $weight }
field-procedure-erratum_note = Pse ndryshon njoftimi
field-procedure-erratum_note-hint = Shënimi publikohet me erratën e çdo seksioni që ndryshon.

error-procedure-title-required = Shkruaj titullin e procedurës.
error-procedure-section-required = Ky seksion kërkohet nga ligji: plotësoje.
error-procedure-text-long = Teksti është shumë i gjatë.
error-procedure-kinds-required = Zgjidh të paktën një lloj enti që mund të aplikojë.
error-procedure-criterion-name = Shkruaj emrin e kriterit.
error-procedure-criterion-weight = Pesha është numër i plotë nga 1 deri në 100.
error-procedure-criteria-required = Jep të paktën një kriter vlerësimi.
error-procedure-weights-sum = Peshat e kritereve duhet të mblidhen në 100.
error-procedure-deadline-20-days = Afati duhet të bjerë të paktën 20 ditë (20 × 24 orë) pas publikimit.
error-procedure-deadline-earlier = Pas publikimit afati mund vetëm të shtyhet.
error-procedure-erratum-note = Shpjego pse ndryshon njoftimi: shënimi shoqëron erratën.

procedure-publish-title = Publiko njoftimin
procedure-publish-explain = Po publikon njoftimin «{ $title }».
procedure-publish-deadline = Aplikimet do të mbyllen më { $date }.
procedure-publish-after = Pas publikimit çdo ndryshim do të jetë errata publike, afati mund vetëm të shtyhet dhe kriteret nuk do të mund të ndryshojnë. Ata që ndjekin konsultimin do të njoftohen.
procedure-publish-confirm = Publiko tani

flash-procedure-created = Procedura u krijua si draft.
flash-procedure-saved = Drafti u ruajt.
flash-procedure-corrected = Njoftimi u korrigjua: errata është publikuar.
flash-procedure-unchanged = Asgjë nuk ndryshoi.
flash-procedure-published = Njoftimi u publikua.
flash-procedure-applied = Aplikimi u mor. Të dërguam dëftesën me email.
flash-procedure-withdrawn = Aplikimi u tërhoq.
flash-procedure-replaced = Aplikimi u zëvendësua. Të dërguam dëftesën e re me email.
flash-procedure-decided = Vendimi u ruajt.
flash-procedure-admission-published = Pranimi u publikua: entet u njoftuan.
flash-procedure-sessions-saved = Seancat u përditësuan.

procedure-notice-title = Njoftimi
procedure-published-on = Publikuar më
procedure-yes = Po
procedure-no = Jo
procedure-none = Asnjë.
procedure-errata-title = Errata
procedure-erratum-previous = Më parë
procedure-erratum-current = Tani
procedure-erratum-note = Arsyeja
procedure-field-title = Titulli
procedure-field-purposes = Qëllimet dhe objekti
procedure-field-economic_frame = Korniza ekonomike
procedure-field-duration = Kohëzgjatja e partneritetit
procedure-field-how_to_apply = Si të aplikosh
procedure-field-applications_close_at = Afati i aplikimeve
procedure-field-supporters_allowed = Mbështetës dhe financues të lejuar
procedure-field-supporters_note = Kushtet për mbështetës dhe financues
procedure-field-requirements = Kërkesat për pjesëmarrje
procedure-field-runs_service = Menaxhimi i shërbimit
procedure-field-admitted_kinds = Kush mund të aplikojë
procedure-applications-title = Aplikimet
procedure-applications-received = Aplikime të marra
procedure-received-count = { $count ->
    [0] Ende asnjë aplikim i marrë.
    [one] U mor një aplikim.
   *[other] U morën { $count } aplikime.
}
procedure-names-after-deadline = Emrat e enteve aplikuese publikohen pas afatit.
procedure-application-number = Nr. { $number }
procedure-admission-outcome = Rezultati i pranimit
procedure-admitted-title = Entet e pranuara
procedure-excluded-title = Entet e përjashtuara
procedure-sessions-title = Seancat e bashëprojektimit
procedure-minutes-published = procesverbali i publikuar
procedure-minutes-not-yet = procesverbali ende i papublikuar

procedure-apply = Apliko
procedure-apply-title = Aplikimi
procedure-apply-explain = Mund të aplikojnë përfaqësuesit e enteve të verifikuara të një lloji që pranon njoftimi, deri në afat.
procedure-apply-deadline = Aplikimet pranohen deri më { $date } (ora e serverit, deri në sekondë).
procedure-apply-submit = Dërgo aplikimin
field-procedure-organisation = Enti
field-procedure-role = Merr pjesë si
procedure-role-partner = Partner (bashëprojekton)
procedure-role-supporter = Mbështetës
procedure-role-funder = Financues
field-procedure-statement = Prezantimi i entit dhe kërkesat
field-procedure-statement-hint = Kush jeni, çfarë përvoje keni, si i plotësoni kërkesat e njoftimit. Mund të përdorësh Markdown.
error-procedure-organisation = Zgjidh entin për të cilin aplikon.
error-procedure-role = Zgjidh një rol që e lejon njoftimi.
error-procedure-statement-required = Shkruaj prezantimin e entit.
error-procedure-statement-long = Teksti është shumë i gjatë (jo më shumë se 10 000 shenja).
error-procedure-already-applied = Ky ent ka tashmë një aplikim në fuqi: mund ta zëvendësosh në vend që të dërgosh një tjetër.
procedure-offer-replace = Shko te aplikimet e tua për ta zëvendësuar
procedure-refused-not-representative = Vetëm përfaqësuesi i një enti mund të aplikojë për të, të tërheqë ose të zëvendësojë aplikimin.
procedure-refused-not-verified = Enti yt nuk është verifikuar ende: vetëm entet e verifikuara mund të aplikojnë.
procedure-refused-kind = Njoftimi nuk e pranon llojin e entit tënd.
procedure-refused-deadline = Afati ka kaluar: nuk pranohen më aplikime, tërheqje apo zëvendësime.
procedure-refused-not-published = Njoftimi nuk është publikuar.
procedure-refused-not-standing = Ky aplikim është tërhequr ose zëvendësuar tashmë.
procedure-mine-title = Aplikimet e tua
procedure-mine-empty = Entet e tua nuk kanë aplikime në këtë procedurë.
procedure-received-at = Marrë më
procedure-status-submitted = I marrë, në pritje të pranimit
procedure-status-withdrawn = I tërhequr
procedure-status-replaced = I zëvendësuar
procedure-status-admitted = I pranuar
procedure-status-excluded = I përjashtuar
procedure-replace-title = Zëvendëso aplikimin
procedure-replace-explain = Aplikimi nr. { $number } do të zëvendësohet nga një i ri, me numër të ri.
procedure-replace-submit = Dërgo aplikimin e ri
procedure-withdraw-title = Tërhiq aplikimin
procedure-withdraw-explain = Ta tërheqësh aplikimin nr. { $number } në procedurën «{ $title }»? Deri në afat mund të dërgosh një të ri.
procedure-withdraw-confirm = Tërhiq

procedure-admission-title = Pranimi
procedure-admission-open = Vendos kush pranohet
procedure-admission-lead = Prano ose përjashto çdo aplikim; përjashtimi kërkon arsyen. Mund t'i ndryshosh vendimet deri në publikim.
procedure-admission-empty = Nuk u mor asnjë aplikim.
procedure-admission-not-yet = Pranimi vendoset pas afatit të aplikimeve.
procedure-admission-published = Pranimi është publikuar tashmë: vendimet nuk mund të ndryshojnë më.
procedure-admission-published-explain = Pranimi është publikuar.
procedure-admission-undecided = Vendos për çdo aplikim para publikimit.
procedure-admission-undecided-count = { $count ->
    [0] Të gjitha aplikimet janë vendosur.
    [one] Mbetet një aplikim pa vendim.
   *[other] Mbeten { $count } aplikime pa vendim.
}
procedure-decision = Vendimi
procedure-decision-admit = Prano
procedure-decision-exclude = Përjashto
procedure-decision-save = Ruaj vendimin
field-procedure-reason = Arsyeja
field-procedure-reason-hint = E detyrueshme për përjashtimin; i komunikohet entit dhe publikohet.
error-procedure-exclusion-reason = Shkruaj arsyen e përjashtimit.
error-procedure-decision = Zgjidh nëse pranon apo përjashton.
procedure-admission-publish = Publiko pranimin
procedure-admission-publish-explain = Ta publikosh rezultatin e pranimit në procedurën «{ $title }»? Çdo ent do të njoftohet me email, me arsyen, dhe listat do të bëhen publike.
procedure-admission-publish-confirm = Publiko dhe njofto entet
procedure-admitted-count = { $count ->
    [one] Një ent i pranuar
   *[other] { $count } ente të pranuara
}
procedure-excluded-count = { $count ->
    [one] Një ent i përjashtuar
   *[other] { $count } ente të përjashtuara
}

procedure-console-evaluation = Vlerësimi dhe marrëveshja
procedure-console-commission = Komisioni i vlerësimit
procedure-console-scores = Propozimet dhe pikët
procedure-console-agreement = Marrëveshja
procedure-record-link = Regjistri publik i akteve
procedure-sessions-not-yet = Seancat caktohen pasi të publikohet pranimi.
procedure-sessions-no-meetings = Konsultimi nuk ka takime.
procedure-sessions-explain = Trego cilat takime të konsultimit janë seanca bashëprojektimi: vetëm anëtarët e enteve të pranuara do të mund të regjistrohen.
procedure-session-badge = Seancë
procedure-session-add = Shëno si seancë
procedure-session-remove = Nuk është seancë
error-procedure-session-change = Kërkesë e pavlefshme.
procedure-session-admitted-only = Ky takim është seancë bashëprojektimi: mund të regjistrohen vetëm anëtarët e enteve të pranuara në procedurë.

notification-procedure_news = «{ $consultation }»: të reja në procedurën «{ $title }»
procedure-step-published = Njoftimi u publikua.
procedure-step-corrected = Njoftimi u korrigjua (errata).
procedure-step-admission-published = Rezultati i pranimit u publikua.

procedure-format-received = %d.%m.%Y, %H:%M:%S
email-procedure-action = Hap procedurën
email-procedure-received-subject = Aplikimi nr. { $number } u mor: { $procedure }
email-procedure-received-body = Morëm aplikimin e { $organisation } në procedurën «{ $procedure }».
email-procedure-received-number = Numri i protokollit: { $number }
email-procedure-received-time = Marrë më { $received }
email-procedure-received-change = Deri në afat mund ta tërheqësh ose ta zëvendësosh nga faqja e aplikimeve të tua.
email-procedure-admitted-subject = I pranuar: { $procedure }
email-procedure-admitted-body = Aplikimi nr. { $number } i { $organisation } në procedurën «{ $procedure }» u pranua.
email-procedure-excluded-subject = I përjashtuar: { $procedure }
email-procedure-excluded-body = Aplikimi nr. { $number } i { $organisation } në procedurën «{ $procedure }» u përjashtua.
email-procedure-reason = Arsyeja: { $reason }
