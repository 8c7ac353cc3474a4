# The surveys chapter of the printable report.
report-surveys-title = Pyetësorët
report-survey-respondents = { $online } përgjigje në internet dhe { $paper } në letër.
report-survey-anonymous = Anonim: përgjigjet ruhen pa emra.
report-survey-question = Pyetja
report-survey-answered = Përgjigjet
report-survey-figures = Rezultatet
report-survey-fewer = më pak se 3 përgjigje
report-survey-average = mesatarja { $average }
