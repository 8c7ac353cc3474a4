# Takimet në kalendarë: takimet e ardhshme, ndryshimet dhe kujtesat, burimi i kalendarit, fleta e nënshkrimeve

notification-meeting_changed = "{ $consultation }": takimi "{ $title }" ka ndryshuar
notification-meeting_reminder = "{ $consultation }": takimi "{ $title }" fillon brenda një dite
meeting-changed-time = Data ose ora ka ndryshuar.
meeting-changed-address = Adresa ka ndryshuar.
meeting-changed-online-link = Lidhja online ka ndryshuar.
meetings-feed = Kalendari i të gjitha takimeve (.ics)
meetings-feed-hint = Abonoje aplikacionin tënd të kalendarit në këtë adresë: të gjitha takimet e kësaj konsultimi mbeten të përditësuara, ato të anuluara të shënuara si të tilla.
meetings-upcoming-all = Të gjitha takimet
meeting-upcoming-online = Vetëm online
sign-in-sheet-link = Fleta e nënshkrimeve për t'u printuar
sign-in-title = Fleta e nënshkrimeve
sign-in-registered = Personat e regjistruar
sign-in-walk-ins = Personat që erdhën pa regjistrim
sign-in-name = Emri
sign-in-group = Grupi i interesit
sign-in-signature = Nënshkrimi
sign-in-print-hint = Printoje këtë faqe nga shfletuesi (A4); navigimi nuk printohet.
sign-in-nobody = Askush nuk është regjistruar.
