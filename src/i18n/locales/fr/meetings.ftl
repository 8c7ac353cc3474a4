# Réunions : en présence et en ligne, inscriptions et liste d'attente

meetings-title = Réunions
meetings-upcoming = Prochaines réunions
meetings-none-upcoming = Aucune réunion n'est encore prévue. Quand l'équipe d'animation en fixe une, elle apparaît ici avec le lieu, l'heure et les langues.
meetings-past = Réunions passées
console-meetings-list = Toutes les réunions de cette consultation
meeting-new-title = Nouvelle réunion
meeting-edit-title = Modifier la réunion
meeting-cancel-title = Annuler la réunion
meeting-registrations-title = Qui vient
field-meeting-round = Phase
field-meeting-no-round = Aucune phase
field-meeting-starts-at = Début
field-meeting-ends-at = Fin
meeting-where = Où
field-meeting-place-hint = Une adresse, un lien en ligne, ou les deux.
field-meeting-address = Adresse
field-meeting-directions = Comment s'y rendre
field-meeting-venue-accessibility = Accessibilité du lieu
field-meeting-online-url = Lien en ligne
field-meeting-languages = Langues parlées
field-meeting-languages-hint = Par exemple : italien, arabe.
field-meeting-interpretation = Interprétation proposée
field-meeting-interpretation-hint = Par exemple : interprètes en arabe et en tigrinya.
field-meeting-childcare = Une garde d'enfants est proposée
meeting-registration = Inscription
field-meeting-registration-required = L'inscription est nécessaire
field-meeting-capacity = Places
field-meeting-capacity-hint = Laissez vide pour aucune limite. Quand il n'y a plus de place, on s'inscrit sur liste d'attente.
field-meeting-deadline = Fin des inscriptions
meeting-when = Quand
meeting-childcare = Garde d'enfants
meeting-childcare-yes = Oui
meeting-childcare-no = Non proposée
meeting-cancelled = Annulée
meeting-online = avec un lien en ligne
meeting-past = Cette réunion a eu lieu.
meeting-add-to-calendar = Ajouter à votre agenda (.ics)
meeting-places-left = { $count ->
    [0] Plus aucune place.
    [one] Il reste une place.
   *[other] Il reste { $count } places.
}
meeting-deadline = Fin des inscriptions
meeting-you-are-registered = Vous êtes inscrit·e.
meeting-you-are-waiting = { $count ->
    [one] Vous êtes sur la liste d'attente : vous êtes la prochaine personne.
   *[other] Vous êtes sur la liste d'attente, numéro { $count }.
}
meeting-withdraw = Annuler mon inscription
meeting-full-waiting-list = La réunion est complète. Vous pouvez rejoindre la liste d'attente : si une place se libère, elle va à la première personne en attente, prévenue par e-mail.
meeting-needs = Ce dont vous avez besoin pour participer
meeting-needs-hint = Seule l'équipe d'animation le voit.
field-meeting-interpreter = Interprète pour la langue
field-meeting-need-childcare = J'ai besoin d'une garde d'enfants
field-meeting-accessibility-need = Besoin d'accessibilité
meeting-join-waiting-list = Rejoindre la liste d'attente
meeting-register = S'inscrire
meeting-cancel-explain = Annuler la réunion « { $title } » ? Elle reste affichée comme annulée, avec votre motif.
meeting-cancel-told = { $count ->
    [0] Personne ne s'est encore inscrit.
    [one] La personne inscrite ou en attente sera prévenue par e-mail.
   *[other] Les { $count } personnes inscrites ou en attente seront prévenues par e-mail.
}
field-meeting-cancel-reason = Motif
field-meeting-cancel-reason-hint = Affiché sur la page de la réunion.
meeting-cancel-confirm = Annuler la réunion
meeting-needs-private = Les besoins ne sont visibles que par l'équipe d'animation.
meeting-needs-summary = En bref
meeting-count-registered = { $count ->
    [one] Une personne inscrite
   *[other] { $count } personnes inscrites
}
meeting-count-waiting = { $count ->
    [one] Une personne en attente
   *[other] { $count } personnes en attente
}
meeting-count-childcare = { $count ->
    [one] Garde d'enfants pour une personne
   *[other] Garde d'enfants pour { $count } personnes
}
meeting-count-accessibility = { $count ->
    [one] Un besoin d'accessibilité
   *[other] { $count } besoins d'accessibilité
}
meeting-count-interpreter = Interprétation en { $language }
meeting-nobody-registered = Personne ne s'est encore inscrit.
meeting-status = Statut
meeting-status-registered = Inscrit·e
meeting-status-waiting = En attente
meeting-no-registration = Pas besoin de s'inscrire : venez directement.
meeting-registration-cancelled = Cette réunion est annulée.
meeting-registration-started = Les inscriptions sont closes : la réunion a commencé.
meeting-registration-deadline-passed = Les inscriptions sont closes.
error-meeting-title-required = Donnez un titre à la réunion.
error-meeting-text-long = Ce texte est trop long.
error-meeting-round-unknown = Choisissez l'une des phases de cette consultation.
error-meeting-ends-before-starts = La réunion doit finir après son début.
error-meeting-online-url = Saisissez une adresse web commençant par https://.
error-meeting-place-required = Indiquez une adresse, un lien en ligne, ou les deux.
error-meeting-capacity = Saisissez un nombre de places de 1 à 100000, ou laissez vide.
error-meeting-deadline-after-start = Les inscriptions doivent se terminer avant le début de la réunion.
error-meeting-capacity-needs-registration = Limiter les places demande une inscription : cochez « L'inscription est nécessaire ».
error-meeting-cancel-reason-required = Dites pourquoi la réunion est annulée.
error-meeting-needs-invalid = Ce que vous avez écrit sur vos besoins est trop long ou contient des caractères interdits.
flash-meeting-created = La réunion est prévue.
flash-meeting-saved = La réunion est enregistrée.
flash-meeting-cancelled = La réunion est annulée ; les personnes inscrites sont prévenues.
flash-meeting-registered = Vous êtes inscrit·e.
flash-meeting-waiting = La réunion est complète : vous êtes sur la liste d'attente.
flash-meeting-already = Vous étiez déjà inscrit·e.
flash-meeting-withdrawn = Votre inscription est annulée.
notification-meeting_cancelled = « { $consultation } » : la réunion « { $title } » est annulée
notification-meeting_place_confirmed = « { $consultation } » : une place s'est libérée à « { $title } », elle est pour vous
privacy-keep-meeting-needs = Ce dont vous avez dit avoir besoin pour une réunion (interprète, garde d'enfants, accessibilité)
privacy-keep-meeting-needs-for = 30 jours après la réunion ; votre inscription reste

error-meeting-choice = Choisissez une des réunions déjà tenues de cette consultation, ou aucune.
meeting-records-cancelled = Cette réunion a été annulée : il n'y a ni présences ni compte rendu à enregistrer.
meeting-records-not-started = Les présences et le compte rendu peuvent être saisis une fois la réunion commencée.
meeting-attendance-title = Présences
meeting-attendance-lead = Cochez les personnes venues et comptez celles venues sans inscription. Enregistrer à nouveau remplace ce qui avait été enregistré.
meeting-attendance-recorded = Dernier enregistrement
meeting-attendance-registered = Personnes inscrites (et sur liste d'attente)
meeting-attendance-registered-hint = Cochez toutes les personnes venues.
meeting-attendance-walk-ins = Venues sans inscription
meeting-attendance-walk-ins-hint = Personnes venues sans s'inscrire, par groupe de parties prenantes. Laissez vide s'il n'y en a pas.
meeting-attendance-save = Enregistrer les présences
error-meeting-walk-ins = Saisissez un nombre entier de 0 à 10000.
flash-meeting-attendance-saved = Les présences sont enregistrées.
meeting-minutes-title = Compte rendu
meeting-minutes-lead = Ce qui a été discuté et ce qui a été convenu. Vous pouvez utiliser Markdown. Un brouillon n'est vu que par l'équipe d'animation ; une fois publié, tout le monde peut le lire.
meeting-minutes-published-on = Publié
meeting-minutes-edit-public = Les modifications enregistrées sont publiques immédiatement.
meeting-minutes-draft-note = Ce compte rendu est un brouillon : seule l'équipe d'animation le voit tant que vous ne le publiez pas.
field-meeting-minutes = Compte rendu
field-meeting-minutes-hint = Par exemple : qui a participé, les points discutés, ce qui a été convenu et qui fait quoi ensuite.
meeting-minutes-limit = Jusqu'à { $count } caractères.
meeting-minutes-save-published = Enregistrer les modifications
meeting-minutes-publish = Publier
meeting-minutes-save-draft = Enregistrer le brouillon
error-meeting-minutes-long = Le compte rendu est trop long : réduisez-le à 20000 caractères au plus. Votre texte est conservé ci-dessous.
error-meeting-minutes-empty = Rédigez le compte rendu avant de le publier.
flash-meeting-minutes-draft = Le brouillon du compte rendu est enregistré.
flash-meeting-minutes-published = Le compte rendu est publié.
flash-meeting-minutes-edited = Le compte rendu publié est mis à jour.
meeting-after-title = Après la réunion
meeting-after-empty = Rien n'a encore été enregistré pour cette réunion.
meeting-attendance-by-group = Qui est venu, par groupe
meeting-attendance-came-registered = Inscrits et venus
meeting-attendance-total = Total
meeting-minutes-draft = Brouillon
meeting-linked-proposals = Propositions issues de cette réunion
meeting-linked-tallies = Votes comptés lors de cette réunion
meeting-tally-round = phase { $round }
field-meeting-source = Réunion
field-meeting-source-hint = La réunion dont elle provient, le cas échéant. Seules les réunions déjà tenues sont proposées.
field-meeting-none = Aucune réunion
