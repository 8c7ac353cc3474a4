# The surveys chapter of the printable report.
report-surveys-title = 问卷
report-survey-respondents = 在线回答 { $online } 份，纸质回答 { $paper } 份。
report-survey-anonymous = 匿名：回答不保存姓名。
report-survey-question = 问题
report-survey-answered = 回答数
report-survey-figures = 结果
report-survey-fewer = 少于 3 份回答
report-survey-average = 平均值 { $average }
