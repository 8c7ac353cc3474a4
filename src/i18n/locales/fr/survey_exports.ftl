# The surveys chapter of the printable report.
report-surveys-title = Questionnaires
report-survey-respondents = { $online } réponses en ligne et { $paper } sur papier.
report-survey-anonymous = Anonyme : les réponses sont conservées sans nom.
report-survey-question = Question
report-survey-answered = Réponses
report-survey-figures = Résultats
report-survey-fewer = moins de 3 réponses
report-survey-average = moyenne { $average }
