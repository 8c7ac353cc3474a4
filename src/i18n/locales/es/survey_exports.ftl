# The surveys chapter of the printable report.
report-surveys-title = Encuestas
report-survey-respondents = { $online } respuestas en línea y { $paper } en papel.
report-survey-anonymous = Anónima: las respuestas se guardan sin nombre.
report-survey-question = Pregunta
report-survey-answered = Respuestas
report-survey-figures = Resultados
report-survey-fewer = menos de 3 respuestas
report-survey-average = promedio { $average }
