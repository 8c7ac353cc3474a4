# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = Procédures de co-construction
procedures-lead = Les avis publics de co-construction (art. 55 D.Lgs. 117/2017) : qui peut candidater, jusqu'à quand, selon quels critères, et chaque acte de la procédure.
procedures-empty = Aucune procédure n'a encore été publiée.
procedures-console-lead = Les procédures formelles de co-construction de cette consultation : l'avis, les candidatures, l'admission, les séances.
procedures-console-empty = Cette consultation n'a pas encore de procédure.
console-procedures = Procédures de co-construction
console-procedures-explain = Un avis public pour co-construire avec les organismes du tiers secteur, avec candidatures, admission et séances.
console-procedures-list = Toutes les procédures de cette consultation

procedure-phase-draft = Brouillon
procedure-phase-applications = Candidatures ouvertes
procedure-phase-admission = Admission en cours
procedure-phase-co-design = Co-construction
procedure-phase-evaluation = Évaluation
procedure-phase-closed = Terminée

procedure-new-title = Nouvelle procédure
procedure-edit-title = Modifier l'avis
procedure-correct = Corriger l'avis (erratum)
procedure-console-title = Gérer la procédure
procedure-public-page = Page publique
procedure-form-lead = Chaque section exigée par la loi a son propre champ. Tant que l'avis est un brouillon, tout peut changer.
procedure-edit-published-explain = L'avis est publié : chaque section modifiée est enregistrée comme erratum, public, avec la note qui explique pourquoi. La date limite ne peut qu'être repoussée et les critères ne peuvent plus changer.
field-procedure-title = Titre de la procédure
field-procedure-purposes = Finalités et objet
field-procedure-economic_frame = Cadre économique (budget)
field-procedure-duration = Durée du partenariat
field-procedure-how_to_apply = Comment candidater
field-procedure-applications_close_at = Date limite des candidatures
field-procedure-deadline-hint = Au moins 20 jours (20 × 24 heures) après la publication. Vous pouvez aussi indiquer les secondes.
procedure-deadline-earliest = En publiant maintenant, la date limite la plus proche admise est le { $date }.
procedure-supporters-legend = Soutiens et financeurs
field-procedure-supporters_allowed = D'autres acteurs peuvent participer comme soutiens ou financeurs
field-procedure-supporters_note = À quelles conditions
field-procedure-requirements = Conditions de participation
field-procedure-runs_service = Les organismes retenus géreront aussi le service
field-procedure-kinds = Qui peut candidater
procedure-criteria-title = Critères d'évaluation
procedure-criteria-hint = Remplissez une ligne par critère (les lignes vides sont ignorées). Les poids doivent totaliser 100.
procedure-criteria-locked = Les critères ne peuvent plus changer après la publication : les propositions seront évaluées selon les critères que les organismes ont lus en candidatant.
procedure-criterion-legend = Critère { $number }
field-procedure-criterion-name = Critère
field-procedure-criterion-description = Description
field-procedure-criterion-weight = Poids
procedure-weight = poids { $weight }
field-procedure-erratum_note = Pourquoi l'avis change
field-procedure-erratum_note-hint = La note est publiée avec l'erratum de chaque section modifiée.

error-procedure-title-required = Écrivez le titre de la procédure.
error-procedure-section-required = La loi exige cette section : remplissez-la.
error-procedure-text-long = Le texte est trop long.
error-procedure-kinds-required = Choisissez au moins un type d'organisme pouvant candidater.
error-procedure-criterion-name = Écrivez le nom du critère.
error-procedure-criterion-weight = Le poids est un nombre entier de 1 à 100.
error-procedure-criteria-required = Indiquez au moins un critère d'évaluation.
error-procedure-weights-sum = Les poids des critères doivent totaliser 100.
error-procedure-deadline-20-days = La date limite doit tomber au moins 20 jours (20 × 24 heures) après la publication.
error-procedure-deadline-earlier = Après la publication, la date limite ne peut qu'être repoussée.
error-procedure-erratum-note = Expliquez pourquoi l'avis change : la note accompagne l'erratum.

procedure-publish-title = Publier l'avis
procedure-publish-explain = Vous allez publier l'avis « { $title } ».
procedure-publish-deadline = Les candidatures seront closes le { $date }.
procedure-publish-after = Après la publication, chaque modification sera un erratum public, la date limite ne pourra qu'être repoussée et les critères ne pourront plus changer. Les personnes qui suivent la consultation seront prévenues.
procedure-publish-confirm = Publier maintenant

flash-procedure-created = Procédure créée en brouillon.
flash-procedure-saved = Brouillon enregistré.
flash-procedure-corrected = Avis corrigé : l'erratum est publié.
flash-procedure-unchanged = Rien n'a changé.
flash-procedure-published = Avis publié.
flash-procedure-applied = Candidature reçue. Nous vous avons envoyé l'accusé de réception par e-mail.
flash-procedure-withdrawn = Candidature retirée.
flash-procedure-replaced = Candidature remplacée. Nous vous avons envoyé le nouvel accusé de réception par e-mail.
flash-procedure-decided = Décision enregistrée.
flash-procedure-admission-published = Admission publiée : les organismes ont été prévenus.
flash-procedure-sessions-saved = Séances mises à jour.

procedure-notice-title = Avis
procedure-published-on = Publié le
procedure-yes = Oui
procedure-no = Non
procedure-none = Aucun.
procedure-errata-title = Errata
procedure-erratum-previous = Avant
procedure-erratum-current = Maintenant
procedure-erratum-note = Motif
procedure-field-title = Titre
procedure-field-purposes = Finalités et objet
procedure-field-economic_frame = Cadre économique
procedure-field-duration = Durée du partenariat
procedure-field-how_to_apply = Comment candidater
procedure-field-applications_close_at = Date limite des candidatures
procedure-field-supporters_allowed = Soutiens et financeurs admis
procedure-field-supporters_note = Conditions pour les soutiens et financeurs
procedure-field-requirements = Conditions de participation
procedure-field-runs_service = Gestion du service
procedure-field-admitted_kinds = Qui peut candidater
procedure-applications-title = Candidatures
procedure-applications-received = Candidatures reçues
procedure-received-count = { $count ->
    [0] Aucune candidature reçue pour l'instant.
    [one] Une candidature reçue.
   *[other] { $count } candidatures reçues.
}
procedure-names-after-deadline = Les noms des organismes candidats sont publiés après la date limite.
procedure-application-number = N° { $number }
procedure-admission-outcome = Résultat de l'admission
procedure-admitted-title = Organismes admis
procedure-excluded-title = Organismes exclus
procedure-sessions-title = Séances de co-construction
procedure-minutes-published = compte rendu publié
procedure-minutes-not-yet = compte rendu pas encore publié

procedure-apply = Candidater
procedure-apply-title = Candidature
procedure-apply-explain = Les représentants d'organismes vérifiés d'un type admis par l'avis peuvent candidater, jusqu'à la date limite.
procedure-apply-deadline = Les candidatures sont reçues jusqu'au { $date } (heure du serveur, à la seconde).
procedure-apply-submit = Envoyer la candidature
field-procedure-organisation = Organisme
field-procedure-role = Participe en tant que
procedure-role-partner = Partenaire (co-construit)
procedure-role-supporter = Soutien
procedure-role-funder = Financeur
field-procedure-statement = Présentation de l'organisme et conditions
field-procedure-statement-hint = Qui vous êtes, votre expérience, comment vous remplissez les conditions de l'avis. Vous pouvez utiliser Markdown.
error-procedure-organisation = Choisissez l'organisme pour lequel vous candidatez.
error-procedure-role = Choisissez un rôle admis par l'avis.
error-procedure-statement-required = Présentez l'organisme.
error-procedure-statement-long = Le texte est trop long (10 000 caractères au plus).
error-procedure-already-applied = Cet organisme a déjà une candidature en cours : vous pouvez la remplacer au lieu d'en envoyer une autre.
procedure-offer-replace = Aller à vos candidatures pour la remplacer
procedure-refused-not-representative = Seul le représentant d'un organisme peut le porter candidat, retirer ou remplacer sa candidature.
procedure-refused-not-verified = Votre organisme n'est pas encore vérifié : seuls les organismes vérifiés peuvent candidater.
procedure-refused-kind = L'avis n'admet pas le type de votre organisme.
procedure-refused-deadline = La date limite est passée : candidatures, retraits et remplacements ne sont plus reçus.
procedure-refused-not-published = L'avis n'est pas publié.
procedure-refused-not-standing = Cette candidature a déjà été retirée ou remplacée.
procedure-mine-title = Vos candidatures
procedure-mine-empty = Vos organismes n'ont pas de candidature dans cette procédure.
procedure-received-at = Reçue le
procedure-status-submitted = Reçue, en attente de l'admission
procedure-status-withdrawn = Retirée
procedure-status-replaced = Remplacée
procedure-status-admitted = Admise
procedure-status-excluded = Exclue
procedure-replace-title = Remplacer la candidature
procedure-replace-explain = La candidature n° { $number } sera remplacée par une nouvelle, avec un nouveau numéro.
procedure-replace-submit = Envoyer la nouvelle candidature
procedure-withdraw-title = Retirer la candidature
procedure-withdraw-explain = Retirer la candidature n° { $number } à la procédure « { $title } » ? Jusqu'à la date limite, vous pourrez en envoyer une nouvelle.
procedure-withdraw-confirm = Retirer

procedure-admission-title = Admission
procedure-admission-open = Décider qui est admis
procedure-admission-lead = Admettez ou excluez chaque candidature ; une exclusion exige son motif. Vous pouvez changer les décisions jusqu'à la publication.
procedure-admission-empty = Aucune candidature n'a été reçue.
procedure-admission-not-yet = L'admission se décide après la date limite des candidatures.
procedure-admission-published = L'admission est déjà publiée : les décisions ne peuvent plus changer.
procedure-admission-published-explain = L'admission est publiée.
procedure-admission-undecided = Décidez de chaque candidature avant de publier.
procedure-admission-undecided-count = { $count ->
    [0] Toutes les candidatures sont décidées.
    [one] Une candidature reste à décider.
   *[other] { $count } candidatures restent à décider.
}
procedure-decision = Décision
procedure-decision-admit = Admettre
procedure-decision-exclude = Exclure
procedure-decision-save = Enregistrer la décision
field-procedure-reason = Motif
field-procedure-reason-hint = Obligatoire pour une exclusion ; il est communiqué à l'organisme et publié.
error-procedure-exclusion-reason = Écrivez le motif de l'exclusion.
error-procedure-decision = Choisissez d'admettre ou d'exclure.
procedure-admission-publish = Publier l'admission
procedure-admission-publish-explain = Publier le résultat de l'admission à la procédure « { $title } » ? Chaque organisme sera prévenu par e-mail, avec le motif, et les listes deviendront publiques.
procedure-admission-publish-confirm = Publier et prévenir les organismes
procedure-admitted-count = { $count ->
    [one] Un organisme admis
   *[other] { $count } organismes admis
}
procedure-excluded-count = { $count ->
    [one] Un organisme exclu
   *[other] { $count } organismes exclus
}

procedure-console-evaluation = Évaluation et convention
procedure-console-commission = Commission d'évaluation
procedure-console-scores = Propositions et notes
procedure-console-agreement = Convention
procedure-record-link = Registre public des actes
procedure-sessions-not-yet = Les séances sont désignées une fois l'admission publiée.
procedure-sessions-no-meetings = La consultation n'a pas de rencontres.
procedure-sessions-explain = Indiquez quelles rencontres de la consultation sont des séances de co-construction : seuls les membres des organismes admis pourront s'y inscrire.
procedure-session-badge = Séance
procedure-session-add = Marquer comme séance
procedure-session-remove = Pas une séance
error-procedure-session-change = Demande non valide.
procedure-session-admitted-only = Cette rencontre est une séance de co-construction : seuls les membres des organismes admis à la procédure peuvent s'inscrire.

notification-procedure_news = « { $consultation } » : du nouveau dans la procédure « { $title } »
procedure-step-published = L'avis a été publié.
procedure-step-corrected = L'avis a été corrigé (erratum).
procedure-step-admission-published = Le résultat de l'admission a été publié.

procedure-format-received = %d/%m/%Y à %H:%M:%S
email-procedure-action = Ouvrir la procédure
email-procedure-received-subject = Candidature n° { $number } reçue : { $procedure }
email-procedure-received-body = Nous avons reçu la candidature de { $organisation } à la procédure « { $procedure } ».
email-procedure-received-number = Numéro d'enregistrement : { $number }
email-procedure-received-time = Reçue le { $received }
email-procedure-received-change = Jusqu'à la date limite, vous pouvez la retirer ou la remplacer depuis la page de vos candidatures.
email-procedure-admitted-subject = Admise : { $procedure }
email-procedure-admitted-body = La candidature n° { $number } de { $organisation } à la procédure « { $procedure } » a été admise.
email-procedure-excluded-subject = Exclue : { $procedure }
email-procedure-excluded-body = La candidature n° { $number } de { $organisation } à la procédure « { $procedure } » a été exclue.
email-procedure-reason = Motif : { $reason }
