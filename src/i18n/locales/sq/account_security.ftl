## Hyrja me dy hapa, seancat, forca e fjalëkalimeve

two-factor-title = Hyrja me dy hapa
two-factor-intro = Me hyrjen me dy hapa, për të hyrë duhen fjalëkalimi dhe një kod me gjashtë shifra nga një aplikacion vërtetimi në telefon (si FreeOTP, Aegis ose Google Authenticator). Kush mëson fjalëkalimin tuaj, prapë nuk mund të hyjë.
two-factor-required = Ata që drejtojnë konsultime në këtë platformë duhet të përdorin hyrjen me dy hapa. Aktivizojeni tani: zgjat një minutë.
two-factor-start = Konfiguro hyrjen me dy hapa
two-factor-scan = Në aplikacionin e vërtetimit, shtoni një llogari dhe skanoni këtë kod.
two-factor-qr-alt = Kod QR për t'u skanuar me një aplikacion vërtetimi. I njëjti çelës është shkruar më poshtë.
two-factor-type-secret = Nuk mund ta skanoni? Shkruajeni këtë çelës në aplikacion:
two-factor-confirm = Aktivizo hyrjen me dy hapa
two-factor-on = Hyrja me dy hapa është aktive: për të hyrë kërkohet një kod nga aplikacioni juaj.
two-factor-off-status = Hyrja me dy hapa nuk është aktive.
two-factor-turn-on = Aktivizo hyrjen me dy hapa
two-factor-manage = Menaxho hyrjen me dy hapa
two-factor-recovery-left = { $count ->
    [one] Ju ka mbetur një kod rikuperimi i papërdorur.
   *[other] Ju kanë mbetur { $count } kode rikuperimi të papërdorura.
}
two-factor-recovery-title = Kodet e rikuperimit
two-factor-recovery-renew-intro = Kodet e reja të rikuperimit zëvendësojnë të vjetrat, të cilat nuk funksionojnë më.
two-factor-recovery-renew = Krijo kode të reja rikuperimi
two-factor-off-title = Çaktivizo hyrjen me dy hapa
two-factor-off = Çaktivizo hyrjen me dy hapa
two-factor-back = Kthehu te llogaria juaj
field-two-factor-code = Kodi
field-two-factor-code-hint = Kodi me gjashtë shifra që aplikacioni tregon tani për Tavolo.
field-two-factor-app-code-hint = Kodi me gjashtë shifra që aplikacioni i vërtetimit tregon tani.
field-two-factor-code-or-recovery-hint = Kodi me gjashtë shifra nga aplikacioni i vërtetimit, ose një nga kodet tuaja të rikuperimit.
error-two-factor-code = Ky kod nuk është i saktë, ose është përdorur tashmë. Shikoni aplikacionin dhe shkruani kodin që tregon tani.
recovery-codes-title = Kodet tuaja të rikuperimit
recovery-codes-intro = Nëse humbni telefonin, secili nga këta kode ju lejon të hyni një herë në vend të kodit të aplikacionit. Shtypini ose ruajini në një vend të sigurt, larg telefonit.
recovery-codes-once = Tregohen vetëm këtë herë. Mund të krijoni të reja nga llogaria juaj kurdo.
recovery-codes-done = I ruajta
login-code-title = Shkruani kodin
login-code-intro = Fjalëkalimi është i saktë. Hapni aplikacionin e vërtetimit dhe shkruani kodin që tregon për Tavolo.
login-code-submit = Hyr
login-code-restart = Fillo nga e para
flash-two-factor-off = Hyrja me dy hapa është çaktivizuar.
flash-login-code-expired = Hyni përsëri: koha për kodin mbaroi, ose shumë kode ishin të gabuara.
sessions-title = Ku keni hyrë
sessions-unknown-device = Një shfletues i panjohur
sessions-this-one = ky shfletues
sessions-signed-in = Hyrja:
sessions-last-seen = Përdorimi i fundit:
sessions-end-others = Dil nga të gjitha vendet e tjera
flash-sessions-ended = Dolët nga të gjitha vendet e tjera.
error-password-weak = Ky fjalëkalim do të ishte i lehtë për t'u gjetur. Disa fjalë pa lidhje mes tyre bëjnë një fjalëkalim të vështirë për t'u gjetur dhe të lehtë për t'u mbajtur mend.
error-password-common = Shumë njerëz e përdorin këtë fjalëkalim, ndaj është ndër të parët që provohen. Provoni disa fjalë pa lidhje mes tyre.
error-password-pattern = Radhët e tasteve, përsëritjet dhe vargjet (si "qwerty", "aaaa" ose "1234") gjenden lehtë. Provoni disa fjalë pa lidhje mes tyre.
error-password-dates = Datat dhe vitet gjenden lehtë. Provoni më mirë disa fjalë pa lidhje mes tyre.
error-password-word = Një fjalë e vetme ose një emër vetëm gjendet lehtë. Shtoni edhe një ose dy fjalë pa lidhje mes tyre.
error-password-personal = Ky fjalëkalim përmban emrin ose adresën tuaj email, që gjenden lehtë. Provoni disa fjalë pa lidhje mes tyre.
manage-two-factor-title = Hyrja me dy hapa
manage-two-factor-require = Koordinatorët dhe lehtësuesit duhet të përdorin hyrjen me dy hapa
manage-two-factor-hint = U kërkohet ta aktivizojnë në hyrjen e ardhshme, para se të bëjnë çdo gjë tjetër.
flash-two-factor-requirement-saved = Cilësimi i hyrjes me dy hapa u ruajt.
