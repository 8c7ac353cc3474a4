## Rezultatet e pyetësorëve, pyetësorët në letër dhe versioni për shtyp.

survey-results-title = Rezultatet e pyetësorit
survey-results-consultation = Kthehu te konsultimi
survey-results-when-open = Rezultatet do të shihen kur të hapet pyetësori.
survey-results-when-closed = Rezultatet do të shihen kur të mbyllet pyetësori.
survey-results-facilitators-only = Rezultatet e këtij pyetësori i shohin vetëm lehtësuesit e konsultimit.
survey-results-sources = Nga vijnë përgjigjet
survey-results-source-all = Të gjitha
survey-results-source-online = Në internet
survey-results-source-paper = Në letër
survey-results-fewer = më pak se 3
survey-results-fewer-explained = Për të mbrojtur ata që përgjigjen, shifrat e një grupi shfaqen vetëm kur të paktën 3 persona të atij grupi i janë përgjigjur pyetjes; nëse grupet e fshehura kanë bashkë 1 ose 2 përgjigje, fshihet edhe grupi më i vogël i shfaqur.
survey-results-respondents = Kush u përgjigj
survey-results-group = Grupi
survey-results-everyone = Të gjithë
survey-results-answered = U përgjigjën
survey-results-answers = { $count ->
    [one] Një përgjigje
   *[other] { $count } përgjigje
}
survey-results-average = Mesatarja
survey-results-place = vendi mesatar { $place } · { $figures }
survey-results-place-short = vendi mesatar { $place }
survey-results-table = Tabela e të dhënave të pyetjes
survey-results-quotes = Citime të zgjedhura

survey-answers-title = Përgjigjet e lira
survey-answers-read = Lexo përgjigjet
survey-answers-none = Ende asnjë përgjigje.
survey-answers-hidden = E fshehur
survey-answers-quoted = E publikuar si citim
survey-answers-hide = Fshihe
survey-answers-show = Shfaqe sërish
survey-answers-quote = Publikoje si citim
survey-answers-unquote = Tërhiq citimin
survey-answers-hide-title = Ta fsheh këtë përgjigje?
survey-answers-hide-explain = Një përgjigje e fshehur vazhdon të numërohet, por nuk mund të lexohet as të citohet më. Arsyeja mbetet në regjistrin e veprimtarisë.
survey-answers-reason = Arsyeja
survey-answers-reason-required = Shkruaj pse e fsheh.
survey-answers-reason-too-long = Arsyeja është shumë e gjatë (jo më shumë se 1000 shenja).
survey-answers-hidden-not-quoted = Një përgjigje e fshehur nuk mund të citohet.
flash-survey-answer-hidden = Përgjigja u fsheh.
flash-survey-answer-shown = Përgjigja shihet sërish.
flash-survey-answer-quoted = Përgjigja u publikua si citim.
flash-survey-answer-unquoted = Citimi u tërhoq.

survey-paper-list-title = Pyetësorët në letër
survey-paper-new-title = Fut një pyetësor në letër
survey-paper-new-explain = Kopjo përgjigjet siç janë shkruar në fletë. Pyetjet e detyrueshme të lëna bosh mund të mbeten bosh: pyetësori regjistrohet njësoj.
survey-paper-place = Vendi
survey-paper-place-hint = Ku u plotësua, për shembull sporteli ose takimi.
survey-paper-day = Dita
survey-paper-group = Grupi i atij që u përgjigj
survey-paper-save = Regjistro pyetësorin
survey-paper-another = Pyetësori u regjistrua. Mund të futësh tjetrin: vendi, dita dhe grupi janë plotësuar tashmë.
survey-paper-place-required = Shkruaj vendin.
survey-paper-place-too-long = Vendi është shumë i gjatë (jo më shumë se 200 shenja).
survey-paper-day-required = Jep ditën.
survey-paper-day-invalid = Shkruaje ditën si VVVV-MM-DD.
survey-paper-day-future = Dita nuk mund të jetë në të ardhmen.
survey-paper-group-required = Zgjidh grupin e atij që u përgjigj.
survey-paper-draft = Pyetësori është ende draft: publikoje para se të futësh përgjigje.
survey-paper-count = { $count ->
    [0] Asnjë pyetësor në letër i futur.
    [one] Një pyetësor në letër i futur.
   *[other] { $count } pyetësorë në letër të futur.
}
survey-paper-typed-by = Futur nga
survey-paper-remove = Hiqe
survey-paper-remove-title = Ta heq këtë pyetësor në letër?
survey-paper-remove-explain = Përgjigjet e tij do të hiqen nga rezultatet. Bëje vetëm nëse u fut gabimisht.
survey-paper-remove-confirm = Hiq pyetësorin
flash-survey-paper-removed = Pyetësori në letër u hoq.
survey-paper-condition = Përgjigju vetëm nëse te pyetja { $number } je përgjigjur “{ $option }”.

survey-print-link = Versioni për shtyp
survey-print-explain = Shtype këtë faqe nga shfletuesi. Çdo seksion fillon në faqe të re.
survey-print-languages = Gjuha e pyetësorit
survey-print-how = Shëno kutitë e përgjigjeve që zgjedh.
survey-print-required = e detyrueshme
survey-print-tick-one = Shëno vetëm një kuti.
survey-print-tick-any = Shëno sa kuti të duash.
survey-print-tick-up-to = { $count ->
    [one] Shëno të shumtën një kuti.
   *[other] Shëno të shumtën { $count } kuti.
}
survey-print-rank = { $count ->
    [one] Shkruaj 1 në kuti.
   *[other] Shkruaj në kuti një numër nga 1 deri në { $count }, nga më i rëndësishmi te më pak i rëndësishmi, çdo numër një herë.
}
survey-print-date = Data (dita, muaji, viti):
survey-print-thanks = Faleminderit që u përgjigje.
