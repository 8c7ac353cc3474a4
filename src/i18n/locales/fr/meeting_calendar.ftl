# Les réunions dans les agendas : prochaines réunions, changements et rappels, le flux, la feuille d'émargement

notification-meeting_changed = « { $consultation } » : la réunion « { $title } » a changé
notification-meeting_reminder = « { $consultation } » : la réunion « { $title } » commence dans moins d'un jour
meeting-changed-time = La date ou l'heure a changé.
meeting-changed-address = L'adresse a changé.
meeting-changed-online-link = Le lien en ligne a changé.
meetings-feed = Flux d'agenda de toutes les réunions (.ics)
meetings-feed-hint = Abonnez votre application d'agenda à cette adresse : toutes les réunions de cette consultation y restent à jour, celles annulées marquées comme telles.
meetings-upcoming-all = Toutes les réunions
meeting-upcoming-online = En ligne uniquement
sign-in-sheet-link = Feuille d'émargement à imprimer
sign-in-title = Feuille d'émargement
sign-in-registered = Personnes inscrites
sign-in-walk-ins = Personnes venues sans inscription
sign-in-name = Nom
sign-in-group = Groupe de parties prenantes
sign-in-signature = Signature
sign-in-print-hint = Imprimez cette page depuis votre navigateur (A4) ; la navigation n'est pas imprimée.
sign-in-nobody = Personne ne s'est inscrit.
