# Votimi

vote-title = Vota jote
vote-support = Mbështet
vote-you-support = E mbështet këtë propozim.
vote-withdraw-support = Tërhiq mbështetjen time
vote-approval-legend = Mendimi yt
vote-approval-for = Pro
vote-approval-against = Kundër
vote-approval-abstain = Abstenoj
vote-withdraw = Tërhiq votën time
vote-your-dots = { $count ->
    [0] Nuk ke vënë asnjë pikë këtu.
    [one] Ke vënë një pikë këtu.
   *[other] Ke vënë { $count } pikë këtu.
}
vote-add-dot = Shto një pikë
vote-remove-dot = Hiq një pikë
vote-left-supports = Të kanë mbetur { $left } mbështetje nga { $limit }
vote-left-dots = Të kanë mbetur { $left } pikë nga { $limit }
vote-left-unlimited = Mund të mbështetësh sa propozime të duash. Mbështetje të dhëna deri tani: { $used }.
vote-approval-count = { $count ->
    [0] Nuk ke votuar ende për asnjë propozim.
    [one] Ke votuar për një propozim.
   *[other] Ke votuar për { $count } propozime.
}
vote-done-nothing = Nuk ndryshoi asgjë.
vote-done-withdrawn = Vota jote u tërhoq.
vote-done-supported = Mbështetja jote u regjistrua.
vote-done-approval = Vota jote u ruajt.
vote-done-dot-added = Pika u shtua.
vote-done-dot-removed = Pika u hoq.
error-vote-log-in = Hyr për të votuar.
error-vote-verify-email = Konfirmo adresën tënde të emailit para se të votosh.
error-vote-members-only = Në këtë konsultim votojnë vetëm anëtarët e ftuar.
error-vote-group-not-admitted = Grupi yt nuk voton në këtë fazë.
error-vote-round-no-voting = Në këtë fazë nuk votohet.
error-vote-round-closed = Votimi është mbyllur: faza ka përfunduar.
error-vote-proposal-not-open = Ky propozim u tërhoq, u fsheh ose u bashkua me një tjetër: nuk mund të votohet.
error-vote-choice = Kjo zgjedhje nuk ekziston në këtë fazë.
error-vote-no-supports-left = Nuk të ka mbetur asnjë mbështetje. Tërhiq një për të mbështetur këtë propozim.
error-vote-no-dots-left = Nuk të ka mbetur asnjë pikë. Së pari hiq një pikë nga një propozim tjetër.
sort-supported = Më të mbështeturat

# Rezultatet

results-title = Rezultatet
results-all = Të gjitha rezultatet e këtij konsultimi
results-no-voting = Ky konsultim nuk ka faza votimi.
results-rounds = Fazat e votimit
results-limit-support = { $count ->
    [one] një mbështetje për person
   *[other] deri në { $count } mbështetje për person
}
results-limit-dots = { $count ->
    [one] një pikë për person
   *[other] { $count } pikë për person
}
results-rule-explained-support = Çdo pjesëmarrës mbështet propozimet që do. Shifra është numri i mbështetjeve.
results-rule-explained-approval = Çdo pjesëmarrës thotë pro, kundër ose abstenon për çdo propozim. Shifra është numri i votave pro.
results-rule-explained-dots = Çdo pjesëmarrës shpërndan një numër pikësh; mund të vërë disa pikë te i njëjti propozim. Shifra është numri i pikëve.
results-after-close = Rezultatet e kësaj faze do të publikohen kur ajo të mbyllet.
results-preview = Për momentin këto shifra i shohin vetëm lehtësuesit: ato bëhen publike siç parashikojnë rregullat e fazës.
results-by-proposal = Propozimet
results-turnout = Kush votoi
results-turnout-title = Votuesit e çdo grupi, nga llogaritë që mund të votonin
results-turnout-figure = { $voters } nga { $eligible } ({ $share })
results-voters-total = { $count ->
    [one] Votoi një person.
   *[other] Votuan { $count } persona.
}
results-cross-group-what = Çfarë është mbështetja mes grupeve?
results-cross-group-explained = Tregon nëse një propozim mbështetet nga çdo grup, jo vetëm nga grupi më i madh. Për çdo grup me të paktën 3 votues, marrim përqindjen e votuesve të tij që e mbështetën propozimin. Vlera është përqindja më e ulët nga këto: 60% do të thotë që të paktën 60% e votuesve të çdo grupi e mbështetën. Duhen të paktën dy grupe me 3 votues ose më shumë. Numërimet nga takimet ballë për ballë tregohen pranë dhe nuk përfshihen.
results-fewer-than-3-explained = Që vota të mbetet e fshehtë, një grup me më pak se 3 votues tregon «më pak se 3» në vend të shifrave. Kur shifrat mund të gjendeshin prapëseprapë me zbritje, fshihet edhe grupi tjetër më i vogël.
results-sort-total = Totali më i lartë
results-sort-cross-group = Mbështetja më e lartë mes grupeve
results-no-proposals = Asnjë propozim në këtë fazë.
results-online = Vota online
results-cross-group = Mbështetja mes grupeve
results-cross-group-undefined = nuk ka mjaft grupe me 3 votues
results-offline = Numëruar në takime ballë për ballë (nuk përfshihen më lart)
results-fewer-than-3 = më pak se 3
results-total-support = { $count ->
    [one] një mbështetje
   *[other] { $count } mbështetje
}
results-total-approval = { $count ->
    [one] një pro
   *[other] { $count } pro
}
results-total-dots = { $count ->
    [one] një pikë
   *[other] { $count } pikë
}
results-against-abstain = { $against } kundër, { $abstain } abstenime
results-approval-figures = { $for } pro, { $against } kundër, { $abstain } abstenime
results-bar-figure = { $share } · { $figure }
results-chart-title = Mbështetja sipas grupit: { $title }

# Numërimet nga takimet ballë për ballë

tally-title = Regjistro një numërim nga një takim ballë për ballë
tally-lead = Numërimet nga një takim ballë për ballë për fazën «{ $round }». Ato shfaqen pranë votave online, bashkë me vendin dhe mënyrën si u numëruan.
tally-session = Takimi
tally-record-for = Regjistro një numërim nga një takim ballë për ballë për «{ $round }»
field-tally-method = Si u numërua
field-tally-method-hint = Për shembull: me ngritje dore, me fletë votimi prej letre, me ngjitëse në një tabelë.
field-tally-supports = Mbështetje
field-tally-for = Pro
field-tally-dots = Pikë
field-tally-against = Kundër
field-tally-abstain = Abstenime
tally-submit = Ruaj numërimin
tally-delete-title = Dëshiron ta fshish këtë numërim nga takimi ballë për ballë?
tally-delete-explain = Numërimi nga { $place } më { $day } nuk do të shfaqet më te rezultatet. Fshirja mbetet në regjistrin e veprimeve.
tally-delete = Fshi numërimin
flash-tally-recorded = Numërimi nga takimi ballë për ballë u ruajt.
flash-tally-deleted = Numërimi nga takimi ballë për ballë u fshi.
error-tally-day-future = Dita nuk mund të jetë në të ardhmen.
error-tally-method-required = Shkruaj si u numëruan votat (deri në 500 karaktere).
error-tally-count-invalid = Shkruaj një numër të plotë nga 0 deri në 100000.
error-tally-empty = Shkruaj të paktën një numërim.
