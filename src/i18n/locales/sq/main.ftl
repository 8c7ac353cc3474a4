language-name = Shqip
language-dir = ltr
language-switch = Gjuha
format-datetime = %d.%m.%Y, %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { ": " }
punctuation-comma = { ", " }
punctuation-stop = { ". " }

skip-to-content = Kalo te përmbajtja
nav-account = Llogaria jote
nav-login = Hyr
nav-register = Regjistrohu
nav-logout = Dil
nav-manage = Menaxhimi
nav-main = Navigimi kryesor
footer-privacy = Njoftimi për privatësinë
footer-about = Tavolo është një platformë e hapur për të hartuar së bashku politika dhe shërbime.

home-title = Le ta hartojmë së bashku
home-lead = Institucionet publike, organizatat e shoqërisë civile dhe njerëzit për të cilët janë shërbimet diskutojnë dhe vendosin së bashku, në faza.
home-how-title = Si funksionon
home-how-propose = Kushdo që merr pjesë propozon ide.
home-how-discuss = Idetë diskutohen, edhe në takime ballë për ballë.
home-how-vote = Njerëzit votojnë dhe të gjithë shohin mbështetjen e çdo grupi.
home-how-answer = Institucioni publik i përgjigjet çdo propozimi dhe shpjegon pse.

privacy-title = Njoftimi për privatësinë
privacy-lead = Përdorim vetëm të dhënat që duhen për të marrë pjesë, dhe askush nuk e sheh si ke votuar.
privacy-what-title = Cilat të dhëna përdorim
privacy-what = Emri që shfaqet, adresa e emailit, fjalëkalimi (i koduar), grupi, organizata nëse e jep, gjuha që preferon dhe kontributet që publikon.
privacy-why-title = Pse
privacy-why = Që të mund të marrësh pjesë, të të dërgojmë emailet që kërkon dhe të japim llogari për rezultatet sipas grupeve, pa treguar të dhëna personale.
privacy-ballot-title = Votim i fshehtë
privacy-ballot = Rezultatet tregojnë vetëm totale. Një grup me më pak se 3 votues nuk shfaqet më vete.
privacy-rights-title = Të drejtat e tua
privacy-rights = Mund t'i shihni të dhënat tuaja, t'i merrni me vete, t'i korrigjoni dhe ta fshini vetë llogarinë tuaj:

register-title = Krijo një llogari
register-lead = Të duhet një llogari për të propozuar, komentuar dhe votuar.
register-submit = Krijo llogarinë
register-have-account = Ke tashmë një llogari?

login-title = Hyr
login-submit = Hyr
login-forgot = Ke harruar fjalëkalimin?
login-no-account = Nuk ke llogari? Regjistrohu

forgot-title = Fjalëkalim i harruar
forgot-lead = Shkruaj adresën tënde të emailit: do të të dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
forgot-submit = Më dërgo lidhjen
forgot-sent = Nëse ka një llogari për { $email }, të kemi dërguar një lidhje për të zgjedhur një fjalëkalim të ri. Lidhja vlen për një orë.

reset-title = Zgjidh një fjalëkalim të ri
reset-submit = Ruaj fjalëkalimin e ri

invalid-link-title = Lidhja nuk është e vlefshme
invalid-link-verify = Kjo lidhje konfirmimi nuk është e vlefshme, është përdorur tashmë ose ka skaduar.
invalid-link-verify-retry = Kërko një lidhje të re nga llogaria jote
invalid-link-reset = Kjo lidhje për fjalëkalimin nuk është e vlefshme, është përdorur tashmë ose ka skaduar.
invalid-link-reset-retry = Kërko një lidhje të re

account-title = Llogaria jote
account-email = Adresa e emailit:
account-unverified-title = Konfirmo adresën tënde të emailit
account-unverified = Tashmë mund të shohësh gjithçka. Për të propozuar, komentuar dhe votuar, hap lidhjen që të dërguam me email.
account-resend = Më dërgo një lidhje të re
account-profile-title = Profili
account-save = Ruaj profilin
account-password-title = Ndrysho fjalëkalimin
account-change-password = Ndrysho fjalëkalimin

field-display-name = Emri që shfaqet
field-display-name-hint = Shfaqet pranë kontributeve të tua.
field-email = Adresa e emailit
field-password = Fjalëkalimi
field-password-hint = Të paktën 10 karaktere.
field-new-password = Fjalëkalimi i ri
field-current-password = Fjalëkalimi aktual
field-group = Grupi
field-group-hint = Në emër të kujt flet? Rezultatet shfaqen edhe sipas grupit.
field-choose = Zgjidh…
field-organisation = Organizata
field-organisation-hint = Institucioni ose shoqata për të cilën merr pjesë.
field-locale = Gjuha që preferon
field-locale-hint = Për faqet dhe emailet.
field-privacy-consent = Kam lexuar dhe pranoj
field-optional = mund ta lësh bosh

group-beneficiary = Person për të cilin janë shërbimet
group-institution = Institucion publik
group-third_sector = Shoqëri civile
group-other = Tjetër

flash-registered = Mirë se erdhe! Të dërguam një email për të konfirmuar adresën tënde.
flash-logged-out = Ke dalë nga llogaria.
flash-email-verified = Faleminderit, adresa jote e emailit u konfirmua.
flash-already-verified = Adresa jote e emailit është konfirmuar tashmë.
flash-verification-sent = Të dërguam një lidhje të re konfirmimi.
flash-verification-wait = Sapo të dërguam një lidhje. Shiko postën, edhe te spam-i, dhe provo përsëri pas një minute.
flash-password-reset = Fjalëkalimi u ndryshua. Tani mund të hysh.
flash-password-changed = Fjalëkalimi u ndryshua. Pajisjet e tjera dolën nga llogaria.
flash-profile-saved = Profili u ruajt.

error-summary-title = Kontrollo këto fusha
error-prefix = Gabim:
error-name-required = Shkruaj emrin që do të shfaqet.
error-name-long = Emri mund të ketë deri në 100 karaktere.
error-email-invalid = Shkruaj një adresë emaili të vlefshme, për shembull name@example.org.
error-password-short = Fjalëkalimi duhet të ketë të paktën 10 karaktere.
error-password-long = Fjalëkalimi mund të ketë deri në 200 karaktere.
error-group-required = Zgjidh grupin tënd.
error-organisation-long = Organizata mund të ketë deri në 200 karaktere.
error-locale-required = Zgjidh një gjuhë.
error-consent-required = Për të krijuar llogarinë duhet të pranosh njoftimin për privatësinë.
error-login-failed = Email ose fjalëkalim i gabuar.
error-current-password = Fjalëkalimi aktual nuk është i saktë.
error-control-characters = Kjo fushë përmban karaktere kontrolli të padukshme (shpesh mbeten nga kopjimi dhe ngjitja). Hiqini dhe provoni përsëri.
error-markdown-nesting = Ky tekst ka shumë nivele të futura njëri brenda tjetrit (citime, lista ose theksime në më shumë se 16 nivele). Thjeshtojeni dhe provoni përsëri; teksti juaj është ende këtu.

error-title-400 = Kërkesë e pavlefshme
error-title-403 = Hyrja nuk lejohet
error-title-404 = Faqja nuk u gjet
error-title-408 = Kërkesa skadoi
error-title-413 = Përmbajtje shumë e madhe
error-title-500 = Diçka shkoi keq
error-title-503 = Shërbimi nuk është i disponueshëm
error-bad-request = Kërkesa nuk është e vlefshme.
error-forbidden = Nuk ke leje ta bësh këtë.
error-csrf = Formulari ka skaduar ose nuk vjen nga kjo faqe. Kthehu prapa, ringarko faqen dhe provo përsëri.
error-not-found = Kjo faqe nuk ekziston ose është zhvendosur.
error-too-large = Dërgove shumë të dhëna njëherësh. Shkurtoje tekstin dhe provo përsëri.
error-method = Ky veprim nuk është i mundur në këtë faqe.
error-internal = Diçka nuk funksionoi nga ana jonë. Provo përsëri pas pak.
error-unavailable = Shërbimi nuk është i disponueshëm për momentin. Provo përsëri pas pak: ajo që ke dërguar tashmë është e sigurt.
error-timeout = Kërkesa jote mori shumë kohë për të mbërritur. Kontrollo lidhjen dhe provo përsëri.
error-busy = Tavolo është shumë i ngarkuar në këtë moment. Prit disa sekonda dhe provo përsëri (nëse po dërgoje një formular, kthehu mbrapa dhe dërgoje përsëri).
error-go-home = Kthehu në faqen kryesore
error-request-id = Nëse kontakton ndihmën, jep këtë kod:

email-greeting = Përshëndetje { $name },
email-signature = Tavolo, platforma për të hartuar së bashku
email-link-fallback = Nëse butoni nuk funksionon, kopjo këtë adresë në shfletues:
email-verify-subject = Konfirmo adresën tënde të emailit
email-verify-body = Për të propozuar, komentuar dhe votuar në Tavolo, konfirmo që kjo adresë është e jotja: hap lidhjen më poshtë. Lidhja vlen për 3 ditë.
email-verify-action = Konfirmo adresën e emailit
email-verify-ignore = Nëse nuk e ke krijuar ti llogarinë, shpërfille këtë email.
email-reset-subject = Zgjidh një fjalëkalim të ri
email-reset-body = Dikush kërkoi të ndryshojë fjalëkalimin e llogarisë sate në Tavolo. Hap lidhjen më poshtë për të zgjedhur një të ri. Lidhja vlen për një orë dhe mund të përdoret vetëm një herë.
email-reset-action = Zgjidh një fjalëkalim të ri
email-reset-ignore = Nëse nuk e ke kërkuar ti, shpërfille këtë email: fjalëkalimi yt mbetet i njëjtë.
