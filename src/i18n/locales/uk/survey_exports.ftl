# The surveys chapter of the printable report.
report-surveys-title = Опитування
report-survey-respondents = { $online } відповідей онлайн і { $paper } на папері.
report-survey-anonymous = Анонімне: відповіді зберігаються без імен.
report-survey-question = Питання
report-survey-answered = Відповіді
report-survey-figures = Результати
report-survey-fewer = менше 3 відповідей
report-survey-average = середнє { $average }
