# Vote

vote-title = Votre vote
vote-support = Soutenir
vote-you-support = Vous soutenez cette proposition.
vote-withdraw-support = Retirer mon soutien
vote-approval-legend = Votre avis
vote-approval-for = Pour
vote-approval-against = Contre
vote-approval-abstain = Je m'abstiens
vote-withdraw = Retirer mon vote
vote-your-dots = { $count ->
    [0] Vous n'avez pas mis de point ici.
    [one] Vous avez mis un point ici.
   *[other] Vous avez mis { $count } points ici.
}
vote-add-dot = Ajouter un point
vote-remove-dot = Enlever un point
vote-left-supports = Soutiens qui vous restent : { $left } sur { $limit }
vote-left-dots = Points qui vous restent : { $left } sur { $limit }
vote-left-unlimited = Vous pouvez soutenir autant de propositions que vous voulez. Soutiens donnés jusqu'ici : { $used }.
vote-approval-count = { $count ->
    [0] Vous n'avez encore voté sur aucune proposition.
    [one] Vous avez voté sur une proposition.
   *[other] Vous avez voté sur { $count } propositions.
}
vote-done-nothing = Rien n'a changé.
vote-done-withdrawn = Votre vote est retiré.
vote-done-supported = Votre soutien est enregistré.
vote-done-approval = Votre vote est enregistré.
vote-done-dot-added = Point ajouté.
vote-done-dot-removed = Point enlevé.
error-vote-log-in = Connectez-vous pour voter.
error-vote-verify-email = Avant de voter, confirmez votre adresse e-mail.
error-vote-members-only = Dans cette consultation, seuls les membres invités votent.
error-vote-group-not-admitted = Votre groupe ne vote pas dans cette phase.
error-vote-round-no-voting = Dans cette phase, on ne vote pas.
error-vote-round-closed = Le vote est fermé : la phase est terminée.
error-vote-proposal-not-open = Cette proposition a été retirée, masquée ou regroupée avec une autre : on ne peut pas voter pour elle.
error-vote-choice = Ce choix n'existe pas dans cette phase.
error-vote-no-supports-left = Il ne vous reste plus de soutiens. Retirez-en un pour soutenir cette proposition.
error-vote-no-dots-left = Il ne vous reste plus de points. Enlevez d'abord un point d'une autre proposition.
sort-supported = Les plus soutenues

# Résultats

results-title = Résultats
results-all = Tous les résultats de la consultation
results-no-voting = Cette consultation n'a pas de phase de vote.
results-rounds = Phases de vote
results-limit-support = { $count ->
    [one] un soutien par personne
   *[other] jusqu'à { $count } soutiens par personne
}
results-limit-dots = { $count ->
    [one] un point par personne
   *[other] { $count } points par personne
}
results-rule-explained-support = Chaque personne soutient les propositions de son choix. Le chiffre indiqué est le nombre de soutiens.
results-rule-explained-approval = Chaque personne dit « pour », « contre » ou s'abstient sur chaque proposition. Le chiffre indiqué est le nombre de votes pour.
results-rule-explained-dots = Chaque personne répartit des points ; on peut en mettre plusieurs sur la même proposition. Le chiffre indiqué est le nombre de points.
results-after-close = Les résultats de cette phase seront publiés à sa fermeture.
results-preview = Pour l'instant, seuls les facilitateurs voient ces chiffres : ils deviennent publics selon les règles de la phase.
results-by-proposal = Propositions
results-turnout = Qui a voté
results-turnout-title = Votants de chaque groupe, sur les comptes qui pouvaient voter
results-turnout-figure = { $voters } sur { $eligible } ({ $share })
results-voters-total = { $count ->
    [one] { $count } personne a voté.
   *[other] { $count } personnes ont voté.
}
results-cross-group-what = Qu'est-ce que le soutien partagé ?
results-cross-group-explained = Il montre si une proposition est soutenue par tous les groupes, et pas seulement par le groupe le plus nombreux. Pour chaque groupe d'au moins 3 votants, nous prenons la part de ses votants qui ont soutenu la proposition. Le score est la plus petite de ces parts : 60 % veut dire qu'au moins 60 % des votants de chaque groupe l'ont soutenue. Il faut au moins deux groupes de 3 votants ou plus. Les décomptes en personne sont affichés à côté et ne sont pas inclus.
results-fewer-than-3-explained = Pour garder le vote secret, un groupe de moins de 3 votants affiche « moins de 3 » au lieu des chiffres. Si on pouvait quand même retrouver les chiffres par soustraction, le plus petit des autres groupes est aussi masqué.
results-sort-total = Total le plus élevé
results-sort-cross-group = Soutien partagé le plus élevé
results-no-proposals = Aucune proposition dans cette phase.
results-online = Votes en ligne
results-cross-group = Soutien partagé
results-cross-group-undefined = pas assez de groupes de 3 votants
results-offline = Comptés en personne (non inclus ci-dessus)
results-fewer-than-3 = moins de 3
results-total-support = { $count ->
    [one] { $count } soutien
   *[other] { $count } soutiens
}
results-total-approval = { $count ->
    [one] { $count } pour
   *[other] { $count } pour
}
results-total-dots = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
results-against-abstain = { $against } contre, { $abstain } abstentions
results-approval-figures = { $for } pour, { $against } contre, { $abstain } abstentions
results-bar-figure = { $share } · { $figure }
results-chart-title = Soutien par groupe : { $title }

# Décomptes en personne

tally-title = Enregistrer un décompte en personne
tally-lead = Les décomptes d'une rencontre en personne pour la phase « { $round } ». Ils sont affichés à côté des votes en ligne, avec le lieu et la façon de compter.
tally-session = La rencontre
tally-record-for = Enregistrer un décompte en personne pour « { $round } »
field-tally-method = Comment on a compté
field-tally-method-hint = Par exemple : à main levée, bulletins papier, gommettes sur une affiche.
field-tally-supports = Soutiens
field-tally-for = Pour
field-tally-dots = Points
field-tally-against = Contre
field-tally-abstain = Abstentions
tally-submit = Enregistrer le décompte
tally-delete-title = Supprimer ce décompte en personne ?
tally-delete-explain = Le décompte de { $place } du { $day } n'apparaîtra plus dans les résultats. La suppression reste dans le journal d'activité.
tally-delete = Supprimer le décompte
flash-tally-recorded = Le décompte en personne est enregistré.
flash-tally-deleted = Le décompte en personne est supprimé.
error-tally-day-future = Le jour ne peut pas être dans le futur.
error-tally-method-required = Indiquez comment les votes ont été comptés (500 caractères au maximum).
error-tally-count-invalid = Écrivez un nombre entier de 0 à 100000.
error-tally-empty = Écrivez au moins un décompte.
