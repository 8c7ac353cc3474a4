# The surveys chapter of the printable report.
report-surveys-title = Questionari
report-survey-respondents = { $online } risposte online e { $paper } su carta.
report-survey-anonymous = Anonimo: le risposte sono conservate senza nome.
report-survey-question = Domanda
report-survey-answered = Risposte
report-survey-figures = Risultati
report-survey-fewer = meno di 3 risposte
report-survey-average = media { $average }
