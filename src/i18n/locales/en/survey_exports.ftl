# The surveys chapter of the printable report.
report-surveys-title = Surveys
report-survey-respondents = { $online } answers online and { $paper } on paper.
report-survey-anonymous = Anonymous: answers are kept without names.
report-survey-question = Question
report-survey-answered = Answers
report-survey-figures = Figures
report-survey-fewer = fewer than 3 answers
report-survey-average = average { $average }
