## Résultats des questionnaires, questionnaires papier et version imprimable.

survey-results-title = Résultats du questionnaire
survey-results-consultation = Retour à la consultation
survey-results-when-open = Les résultats seront visibles à l'ouverture du questionnaire.
survey-results-when-closed = Les résultats seront visibles à la clôture du questionnaire.
survey-results-facilitators-only = Les résultats de ce questionnaire ne sont visibles que par les animateurs de la consultation.
survey-results-sources = Origine des réponses
survey-results-source-all = Toutes
survey-results-source-online = En ligne
survey-results-source-paper = Sur papier
survey-results-fewer = moins de 3
survey-results-fewer-explained = Pour protéger les répondants, les chiffres d'un groupe n'apparaissent que si au moins 3 personnes de ce groupe ont répondu à la question ; si les groupes masqués totalisent 1 ou 2 réponses, le plus petit groupe affiché est masqué aussi.
survey-results-respondents = Répondants
survey-results-group = Groupe
survey-results-everyone = Tout le monde
survey-results-answered = Ont répondu
survey-results-answers = { $count ->
    [one] Une réponse
   *[other] { $count } réponses
}
survey-results-average = Moyenne
survey-results-place = rang moyen { $place } · { $figures }
survey-results-place-short = rang moyen { $place }
survey-results-table = Tableau des données de la question
survey-results-quotes = Citations choisies

survey-answers-title = Réponses libres
survey-answers-read = Lire les réponses
survey-answers-none = Aucune réponse pour l'instant.
survey-answers-hidden = Masquée
survey-answers-quoted = Publiée comme citation
survey-answers-hide = Masquer
survey-answers-show = Afficher de nouveau
survey-answers-quote = Publier comme citation
survey-answers-unquote = Retirer la citation
survey-answers-hide-title = Masquer cette réponse ?
survey-answers-hide-explain = Une réponse masquée reste comptée mais ne peut plus être lue ni citée. Le motif reste dans le journal d'activité.
survey-answers-reason = Motif
survey-answers-reason-required = Indiquez pourquoi vous la masquez.
survey-answers-reason-too-long = Le motif est trop long (1000 caractères au maximum).
survey-answers-hidden-not-quoted = Une réponse masquée ne peut pas être citée.
flash-survey-answer-hidden = La réponse est masquée.
flash-survey-answer-shown = La réponse est de nouveau visible.
flash-survey-answer-quoted = La réponse est publiée comme citation.
flash-survey-answer-unquoted = La citation est retirée.

survey-paper-list-title = Questionnaires papier
survey-paper-new-title = Saisir un questionnaire papier
survey-paper-new-explain = Recopiez les réponses telles qu'elles sont écrites sur la feuille. Les questions obligatoires laissées en blanc peuvent rester vides : le questionnaire est enregistré quand même.
survey-paper-place = Lieu
survey-paper-place-hint = Où il a été rempli, par exemple le guichet ou la réunion.
survey-paper-day = Jour
survey-paper-group = Groupe du répondant
survey-paper-save = Enregistrer le questionnaire
survey-paper-another = Questionnaire enregistré. Vous pouvez saisir le suivant : le lieu, le jour et le groupe sont déjà remplis.
survey-paper-place-required = Indiquez le lieu.
survey-paper-place-too-long = Le lieu est trop long (200 caractères au maximum).
survey-paper-day-required = Indiquez le jour.
survey-paper-day-invalid = Écrivez le jour sous la forme AAAA-MM-JJ.
survey-paper-day-future = Le jour ne peut pas être dans le futur.
survey-paper-group-required = Choisissez le groupe du répondant.
survey-paper-draft = Le questionnaire est encore un brouillon : publiez-le avant de saisir des réponses.
survey-paper-count = { $count ->
    [0] Aucun questionnaire papier saisi.
    [one] Un questionnaire papier saisi.
   *[other] { $count } questionnaires papier saisis.
}
survey-paper-typed-by = Saisi par
survey-paper-remove = Supprimer
survey-paper-remove-title = Supprimer ce questionnaire papier ?
survey-paper-remove-explain = Ses réponses seront retirées des résultats. Ne le faites que s'il a été saisi par erreur.
survey-paper-remove-confirm = Supprimer le questionnaire
flash-survey-paper-removed = Le questionnaire papier est supprimé.
survey-paper-condition = Répondez seulement si vous avez répondu « { $option } » à la question { $number }.

survey-print-link = Version imprimable
survey-print-explain = Imprimez cette page depuis votre navigateur. Chaque section commence sur une nouvelle page.
survey-print-languages = Langue du questionnaire
survey-print-how = Cochez les cases des réponses que vous choisissez.
survey-print-required = obligatoire
survey-print-tick-one = Cochez une seule case.
survey-print-tick-any = Cochez autant de cases que vous voulez.
survey-print-tick-up-to = { $count ->
    [one] Cochez une case au maximum.
   *[other] Cochez { $count } cases au maximum.
}
survey-print-rank = { $count ->
    [one] Écrivez 1 dans la case.
   *[other] Écrivez dans les cases un nombre de 1 à { $count }, du plus important au moins important, chaque nombre une seule fois.
}
survey-print-date = Date (jour, mois, année) :
survey-print-thanks = Merci d'avoir répondu.
