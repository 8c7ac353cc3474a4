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
