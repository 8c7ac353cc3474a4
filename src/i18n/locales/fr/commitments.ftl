# Suivi des engagements : ce qui s’est passé ensuite

follow-up-title = Ce qui s’est passé ensuite
follow-up-lead = Les engagements pris par l’organisme public à partir des propositions retenues : qui en est responsable, où ils en sont, et les nouvelles datées.
follow-up-overall = Avancement global
follow-up-overall-text = { $count ->
    [one] Un engagement en cours ou réalisé, avancement moyen { $progress } %.
   *[other] { $count } engagements en cours ou réalisés, avancement moyen { $progress } %.
}
follow-up-filter = Filtrer les engagements
follow-up-count = { $count ->
    [0] Aucun engagement.
    [one] Un engagement.
   *[other] { $count } engagements.
}
follow-up-none-matching = Aucun engagement ne correspond à ces filtres.
follow-up-empty = Les engagements de l’organisme public apparaîtront ici : pour chaque proposition retenue ou retenue en partie, ce qui sera fait, qui en est responsable, pour quand, pour quel coût, et les nouvelles jusqu’à son achèvement.
follow-up-empty-link = Voir les propositions retenues
commitment-status-planned = Prévu
commitment-status-in_progress = En cours
commitment-status-done = Réalisé
commitment-status-dropped = Abandonné
commitment-progress-text = Avancement : { $progress } %
commitment-dropped-reason = Pourquoi il a été abandonné
commitment-proposals = Les propositions dont il est issu
commitment-updates = Nouvelles
commitment-no-updates = Aucune nouvelle pour l’instant.
commitment-post-update = Publier une nouvelle
commitment-publish-update = Publier la nouvelle
commitment-edit = Modifier l’engagement
commitment-new = Nouvel engagement
commitment-save = Enregistrer l’engagement
commitment-keep-status = Laisser tel quel
commitments-manage = Engagements
commitments-manage-lead = Transformez les propositions retenues en engagements publics et racontez leur avancement.
commitments-none-eligible = Aucune proposition n’est encore retenue ou retenue en partie : répondez aux propositions avant de prendre des engagements.
commitments-none-yet = Aucun engagement pour l’instant.
commitments-actions = Actions possibles
console-commitments = Engagements et suivi
consultation-follow-up-link = Ce qui s’est passé ensuite
proposal-commitments-title = Engagements pris
field-commitment-title = Titre de l’engagement
field-commitment-description = Description détaillée
field-commitment-responsible = Responsable
field-commitment-responsible-hint = Le service ou l’organisme qui le réalise.
field-commitment-status = État
field-commitment-new-status = Nouvel état
field-commitment-reason = Motif, s’il est abandonné
field-commitment-reason-hint = Obligatoire quand l’engagement est abandonné : il sera public.
field-commitment-progress = Avancement en pourcentage
field-commitment-progress-hint = Un nombre de 0 à 100 ; un engagement réalisé est à 100 %.
field-commitment-new-progress = Nouvel avancement en pourcentage
field-commitment-keep-hint = Laissez vide pour ne pas le changer.
field-commitment-starts = Début prévu
field-commitment-ends = Fin prévue
field-commitment-budget = Budget prévu
field-commitment-budget-hint = Des chiffres, avec au plus deux décimales après une virgule ou un point (par exemple 12500,50).
field-commitment-currency = Devise
field-commitment-currency-hint = Code de trois lettres, par exemple EUR.
field-commitment-proposals = Propositions dont il est issu
field-commitment-update = Ce qui s’est passé
field-commitment-update-hint = Texte public ; vous pouvez utiliser Markdown.
error-commitment-status = Choisissez un état.
error-commitment-reason-required = Un engagement abandonné a besoin d’un motif public.
error-commitment-text-long = Le texte est trop long.
error-commitment-progress = L’avancement est un nombre entier de 0 à 100.
error-commitment-title-required = Écrivez un titre.
error-commitment-title-long = 200 caractères au plus.
error-commitment-responsible-required = Indiquez qui est responsable.
error-commitment-ends-before = La fin prévue ne peut pas précéder le début.
error-commitment-proposal-invalid = Seules les propositions retenues ou retenues en partie de cette consultation peuvent être choisies.
error-commitment-proposal-required = Choisissez au moins une proposition retenue.
error-commitment-budget = Écrivez le montant avec des chiffres seulement et au plus deux décimales.
error-commitment-currency = La devise est un code de trois lettres, comme EUR.
error-commitment-update-required = Écrivez ce qui s’est passé.
flash-commitment-saved = Engagement enregistré.
flash-commitment-update-posted = Nouvelle publiée ; les signataires et les personnes qui suivent les propositions en seront informés.
notification-commitment_updated = « { $consultation } » : du nouveau sur l’engagement « { $title } »
audit-commitment-created = Engagement créé
audit-commitment-edited = Engagement modifié
audit-commitment-update-posted = Nouvelle d’un engagement publiée
