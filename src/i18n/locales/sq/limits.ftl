# Kufijtë e asaj që mund të bëjë një person ose një adresë
error-title-429 = Shumë përpjekje
error-too-many-requests = { $count ->
    [one] Për momentin e ke bërë këtë shumë herë. Provo përsëri pas një minute.
   *[other] Për momentin e ke bërë këtë shumë herë. Provo përsëri pas { $count } minutash.
}
error-login-throttled = Shumë hyrje të dështuara për këtë llogari ose nga kjo lidhje. Prit para se të provosh përsëri, ose zgjidh një fjalëkalim të ri.
error-registrations-limit = Në orën e fundit janë krijuar shumë llogari nga kjo lidhje. Provo përsëri më vonë.
error-comments-limit = Ke publikuar shumë komente në pak kohë. Teksti yt ruhet më poshtë: dërgoje përsëri pak më vonë.
error-proposals-limit = Ke paraqitur shumë propozime në pak kohë. Teksti yt ruhet më poshtë: dërgoje përsëri pak më vonë.
flash-verification-today = Të kemi dërguar tashmë një lidhje sot. Shiko postën, edhe te spam-i; nesër mund të kërkosh një të re.
flash-invited-today = Kjo adresë është ftuar tashmë sot. Mund ta ftosh përsëri nesër.
email-locked-subject = Dikush po përpiqet të hyjë në llogarinë tënde
email-locked-body = Dikush provoi shumë fjalëkalime të gabuara për të hyrë në llogarinë tënde Tavolo, prandaj i kemi bllokuar hyrjet për disa minuta.
email-locked-reset = Nëse nuk ishe ti, zgjidh tani një fjalëkalim të ri: hap lidhjen më poshtë. Nëse të njëjtin fjalëkalim e përdor edhe diku tjetër, ndryshoje edhe atje.
email-locked-ignore = Nëse ishe ti, prit disa minuta dhe provo përsëri; mund të zgjedhësh edhe një fjalëkalim të ri me të njëjtën lidhje.

# Regjistrimi: e njëjta përgjigje, qoftë adresa e lirë apo jo.
register-sent-title = Kontrollo email-in
register-sent-body = Të kemi shkruar në adresën që dhe. Hap lidhjen në mesazh për ta konfirmuar: ajo të fut edhe në Tavolo.
register-sent-missing = Nuk e gjen mesazhin? Shiko te posta e padëshiruar. Mund të hysh edhe me fjalëkalimin tënd dhe të kërkosh një lidhje të re nga faqja e llogarisë. Nëse kishe tashmë një llogari me këtë adresë, të kemi shkruar si të rikthehesh.
register-sent-login = Hyr me fjalëkalimin tënd
email-again-subject = Ke tashmë një llogari në Tavolo
email-again-body = Dikush, ndoshta ti, provoi të krijonte një llogari të re në Tavolo me këtë adresë email-i. Ekziston tashmë një llogari me këtë adresë, prandaj nuk krijuam një tjetër.
email-again-reset = Nëse ishe ti, hyr me fjalëkalimin tënd. Nëse nuk e mban mend, zgjidh një të ri me lidhjen më poshtë.
email-again-ignore = Nëse nuk ishe ti, mund ta shpërfillësh këtë mesazh: llogaria jote nuk ka ndryshuar.
