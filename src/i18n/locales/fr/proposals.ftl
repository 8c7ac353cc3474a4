proposals-title = Propositions
proposals-filter = Filtrer les propositions
proposals-search = Chercher dans les propositions
proposals-count = { $count ->
    [one] { $count } proposition
   *[other] { $count } propositions
}
proposals-empty = Aucune proposition ne correspond. Essayez d'enlever quelques filtres.
filter-any = Tous
filter-round = Phase
filter-answer = Réponse
filter-group = Groupe de la personne qui propose
filter-language = Langue
filter-sort = Trier par
filter-in-person = Seulement les propositions recueillies lors de rencontres en personne
filter-apply = Appliquer
sort-newest = Les plus récentes
sort-commented = Les plus commentées
sort-random = Ordre au hasard (le même pour vous)

answer-pending = En attente de réponse
answer-evaluating = En cours d'examen
answer-accepted = Acceptée
answer-partially_accepted = Acceptée en partie
answer-rejected = Non acceptée

proposal-new-title = Nouvelle proposition
proposal-preview = Aperçu
proposal-preview-hint = Voici à quoi ressemblera votre proposition. Vérifiez-la, puis publiez-la.
proposal-publish = Publier la proposition
proposal-edit-title = Modifier la proposition
proposal-edit-hint = Vous pouvez modifier la proposition pendant 30 minutes, tant que personne ne l'a commentée. Les versions précédentes restent lisibles.
proposal-history-title = Versions précédentes
proposal-history-empty = Cette proposition n'a jamais été modifiée.
proposal-history-before = Version jusqu'au
proposal-withdraw = Retirer la proposition
proposal-withdraw-title = Retirer la proposition ?
proposal-withdraw-explain = La proposition restera visible comme retirée, avec la raison que vous écrivez ici.
proposal-record-title = Enregistrer une proposition faite lors d'une rencontre
proposal-record-lead = Ajoutez une proposition faite lors d'une rencontre en personne, au nom des personnes présentes.
proposal-record-meeting = La rencontre
proposal-record-text = La proposition
proposal-record-submit = Enregistrer la proposition
proposal-in-person = D'une rencontre en personne
proposal-in-person-title = Recueillie lors d'une rencontre en personne
proposal-in-person-where = À { $place }, le { $day } :
proposal-in-person-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
proposal-in-person-recorded-by = Enregistrée par { $name }.
proposal-by = Par
proposal-edited-history = modifiée : voir les versions précédentes
proposal-state-withdrawn = Retirée
proposal-state-hidden = Masquée
proposal-state-merged = Regroupée avec une autre
proposal-merged-into = Cette proposition a été regroupée dans :
proposal-withdrawn-because = Retirée par ses auteurs :
proposal-hidden-because = Masquée par la modération :
proposal-hidden-pending = Masquée en attente de vérification, après plusieurs signalements.
proposal-answer-title = Réponse de l'organisme public
proposal-answer-save = Enregistrer la réponse
proposal-comments-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}

field-proposal-title = Titre de la proposition
field-proposal-title-hint = Court et clair : que proposez-vous ?
field-proposal-body = Texte de la proposition
field-theme = Thème
field-no-theme = Aucun thème
field-text-language = Langue du texte
field-text-language-hint = La langue dans laquelle vous écrivez : votre propre langue convient aussi.
field-withdraw-reason = Pourquoi la retirez-vous ?
field-place = Lieu
field-place-hint = Par exemple : Biblioteca di San Paolo, Prato.
field-day = Jour
field-day-hint = Au format 2026-11-20.
field-people = Nombre de personnes
field-group-met = Groupe des personnes rencontrées
field-answer = Réponse
field-justification = Explication publique
field-justification-hint = Obligatoire pour les réponses définitives : expliquez ce que l'organisme public va faire et pourquoi.
field-stance = Votre position
field-comment = Commentaire
field-comment-hint = Vous pouvez utiliser du Markdown simple : **gras**, listes, liens.
field-flag-reason = Quel est le problème ?

discussion-title = Discussion
discussion-empty = Pas encore de commentaire.
stance-for = Pour
stance-against = Contre
stance-neutral = Neutre
stance-for-count = { $count ->
    [one] { $count } pour
   *[other] { $count } pour
}
stance-against-count = { $count ->
    [one] { $count } contre
   *[other] { $count } contre
}
stance-neutral-count = { $count ->
    [one] { $count } neutre
   *[other] { $count } neutres
}
comment-new = Écrire un commentaire
comment-publish = Publier le commentaire
comment-reply = Répondre
comment-edit-title = Modifier le commentaire
comment-edited = modifié
comment-withdraw = Retirer le commentaire
comment-withdrawn = Commentaire retiré par son auteur.
comment-hidden-because = Commentaire masqué par la modération :
comment-hidden-pending = Commentaire masqué en attente de vérification.
comment-replying-to = en réponse à { $name }
comment-yours = votre commentaire
flag-proposal = Signaler cette proposition
flag-comment = Signaler
flag-send = Envoyer le signalement

console-answered = Propositions avec une réponse définitive : { $answered } sur { $total }
console-hide = Masquer
console-restore = Rétablir
console-held = En attente d'examen : signalé par assez de personnes pour être masqué, mais reste visible tant qu'un vote est ouvert.
error-moderation-settled = Les contenus retirés ou regroupés restent tels quels : la modération ne les masque ni ne les rétablit.
console-hide-reason = Raison (affichée à la place du contenu)
console-flag-reasons = Raisons des signalements
consultation-proposals-link = Voir les propositions

flash-proposal-published = Proposition publiée.
flash-proposal-saved = Proposition modifiée. La version précédente reste dans l'historique.
flash-proposal-withdrawn = Proposition retirée.
flash-proposal-recorded = Proposition de la rencontre enregistrée.
flash-answer-saved = Réponse enregistrée.
flash-comment-published = Commentaire publié.
flash-comment-saved = Commentaire modifié.
flash-comment-withdrawn = Commentaire retiré.
flash-flagged = Merci : le signalement a été transmis aux facilitateurs.
flash-already-flagged = Vous aviez déjà signalé ce contenu.
flash-content-hidden = Contenu masqué.
flash-content-restored = Contenu rétabli.

error-proposal-title-required = Écrivez un titre.
error-proposal-title-long = Le titre peut avoir 200 caractères au maximum.
error-proposal-body-required = Écrivez le texte de la proposition.
error-proposal-body-short = Le texte est trop court : expliquez un peu plus.
error-proposal-body-long = Le texte peut avoir 20 000 caractères au maximum.
error-proposal-theme-unknown = Choisissez un des thèmes de la consultation.
error-proposal-language-required = Choisissez la langue du texte.
error-withdraw-reason = Écrivez la raison (1 000 caractères au maximum).
error-place-required = Écrivez le lieu de la rencontre.
error-day-invalid = Écrivez le jour au format 2026-11-20.
error-people-invalid = Écrivez combien de personnes étaient présentes (de 1 à 10 000).
error-answer-required = Choisissez une réponse.
error-justification-required = Une réponse définitive a besoin d'une explication publique.
error-justification-long = L'explication est trop longue.
error-comment-required = Écrivez le commentaire.
error-comment-long = Le commentaire peut avoir 5 000 caractères au maximum.
error-stance-required = Choisissez votre position.
error-flag-reason = Écrivez en quelques mots la raison du signalement.
error-hide-reason = Pour masquer un contenu, il faut une raison.

policy-verify-email = Confirmez d'abord votre adresse e-mail.
policy-report-verify-email = Pour signaler un contenu, confirmez d'abord votre adresse e-mail : les signalements de comptes non confirmés ne sont pas acceptés.
policy-consultation-not-running = Cette consultation n'est pas en cours.
policy-members-only = Seuls les membres invités participent.
policy-no-open-round = Aucune phase n'est ouverte en ce moment.
policy-round-no-proposals = Dans cette phase, on ne fait pas de propositions.
policy-round-no-comments = Dans cette phase, on ne commente pas.
policy-round-no-voting = Dans cette phase, on ne vote pas.
policy-group-not-admitted = Cette phase n'est pas ouverte à votre groupe.
policy-proposal-not-open = Cette proposition n'accepte plus de contributions.
policy-not-your-proposal = Seules les personnes qui signent la proposition peuvent faire cela.
policy-proposal-edit-closed = Elle ne peut plus être modifiée : quelqu'un l'a commentée ou 30 minutes sont passées. Vous pouvez la retirer.
policy-not-your-comment = Seule la personne qui a écrit le commentaire peut faire cela.
policy-comment-edit-closed = Le temps pour modifier ce commentaire est terminé.

audit-proposal-recorded-in-person = Proposition d'une rencontre enregistrée
audit-proposal-withdrawn = Proposition retirée
audit-proposal-answered = Réponse à une proposition
audit-content-flagged = Contenu signalé
audit-content-hidden = Contenu masqué
audit-content-restored = Contenu rétabli

console-answers-pending-link = Propositions en attente de réponse
consultation-proposal-count = { $count ->
    [one] { $count } proposition
   *[other] { $count } propositions
}
consultation-comment-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
coauthor-title = Signer comme coauteur
coauthor-lead = On vous invite à signer la proposition :
coauthor-accept = Signer la proposition
coauthors-title = Coauteurs
coauthors-invite = Inviter un coauteur (e-mail)
coauthors-invite-hint = Cette personne recevra un lien pour signer la proposition avec vous et pouvoir la modifier.
coauthors-send = Envoyer l'invitation
coauthor-role = coauteur
flash-coauthor-invited = Invitation à signer envoyée.
flash-coauthor-accepted = Vous signez maintenant cette proposition.
policy-only-author-invites = Seule la personne qui a écrit la proposition peut inviter des coauteurs.
email-coauthor-subject = Invitation à signer : { $proposal }
email-coauthor-body = { $inviter } vous invite à signer avec elle ou lui la proposition « { $proposal } » sur Tavolo.
email-coauthor-action = Signer la proposition
moderation-title = Modération

merge-title = Regrouper des propositions
merge-lead = Réunissez en une seule proposition celles qui disent la même chose. Chaque proposition regroupée renvoie à celle qui les réunit, et les personnes qui l'ont signée signent aussi celle-ci.
merge-too-few = Il faut au moins deux propositions à regrouper.
merge-sources = Propositions à regrouper
merge-target = Où les regrouper
merge-target-new = Dans une nouvelle proposition de synthèse (écrivez le titre et le texte ci-dessous)
merge-new-hint = Le titre et le texte servent seulement pour une nouvelle proposition de synthèse.
merge-submit = Regrouper
flash-merged = Propositions regroupées.
error-merge-target = Choisissez où regrouper les propositions.
error-merge-sources = Choisissez les propositions à regrouper (au moins deux, ou une seule si vous la regroupez dans une proposition existante).
error-merge-during-voting = On ne regroupe pas de propositions pendant qu'une phase de vote est ouverte : on ne peut pas déplacer les votes sans les changer. Regroupez avant l'ouverture du vote ou après sa fermeture.
audit-proposal-merged = Propositions regroupées
proposal-recorded-at = Enregistrée lors de
