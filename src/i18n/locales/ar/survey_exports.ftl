# The surveys chapter of the printable report.
report-surveys-title = الاستبيانات
report-survey-respondents = { $online } إجابة عبر الإنترنت و{ $paper } على الورق.
report-survey-anonymous = مجهول: تُحفظ الإجابات دون أسماء.
report-survey-question = السؤال
report-survey-answered = الإجابات
report-survey-figures = النتائج
report-survey-fewer = أقل من 3 إجابات
report-survey-average = المتوسط { $average }
