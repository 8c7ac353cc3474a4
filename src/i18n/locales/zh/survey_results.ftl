## 问卷结果、纸质问卷和打印版。

survey-results-title = 问卷结果
survey-results-consultation = 返回咨询
survey-results-when-open = 问卷开放后即可查看结果。
survey-results-when-closed = 问卷截止后即可查看结果。
survey-results-facilitators-only = 此问卷的结果仅对咨询的主持人可见。
survey-results-sources = 回答来源
survey-results-source-all = 全部
survey-results-source-online = 在线
survey-results-source-paper = 纸质
survey-results-fewer = 少于 3 人
survey-results-fewer-explained = 为保护回答者，只有当某一群体至少有 3 人回答了该问题时，才显示该群体的数据；如果被隐藏的群体合计只有 1 或 2 个回答，显示的最小群体也会被隐藏。
survey-results-respondents = 回答者
survey-results-group = 群体
survey-results-everyone = 所有人
survey-results-answered = 已回答
survey-results-answers = { $count ->
   *[other] { $count } 个回答
}
survey-results-average = 平均值
survey-results-place = 平均名次 { $place } · { $figures }
survey-results-place-short = 平均名次 { $place }
survey-results-table = 问题的数据表
survey-results-quotes = 精选引述

survey-answers-title = 自由回答
survey-answers-read = 阅读回答
survey-answers-none = 暂无回答。
survey-answers-hidden = 已隐藏
survey-answers-quoted = 已作为引述发布
survey-answers-hide = 隐藏
survey-answers-show = 重新显示
survey-answers-quote = 作为引述发布
survey-answers-unquote = 撤回引述
survey-answers-hide-title = 隐藏这个回答？
survey-answers-hide-explain = 被隐藏的回答仍然计入统计，但不能再被阅读或引述。原因会保留在活动日志中。
survey-answers-reason = 原因
survey-answers-reason-required = 请写明隐藏的原因。
survey-answers-reason-too-long = 原因太长（最多 1000 个字符）。
survey-answers-hidden-not-quoted = 被隐藏的回答不能被引述。
flash-survey-answer-hidden = 回答已隐藏。
flash-survey-answer-shown = 回答已重新显示。
flash-survey-answer-quoted = 回答已作为引述发布。
flash-survey-answer-unquoted = 引述已撤回。

survey-paper-list-title = 纸质问卷
survey-paper-new-title = 录入一份纸质问卷
survey-paper-new-explain = 按纸上所写照录回答。留空的必答题可以保持为空：问卷仍会被记录。
survey-paper-place = 地点
survey-paper-place-hint = 填写问卷的地点，例如服务窗口或会议。
survey-paper-day = 日期
survey-paper-group = 回答者所属的群体
survey-paper-save = 记录问卷
survey-paper-another = 问卷已记录。你可以录入下一份：地点、日期和群体已经填好。
survey-paper-place-required = 请填写地点。
survey-paper-place-too-long = 地点太长（最多 200 个字符）。
survey-paper-day-required = 请填写日期。
survey-paper-day-invalid = 请按 YYYY-MM-DD 格式填写日期。
survey-paper-day-future = 日期不能晚于今天。
survey-paper-group-required = 请选择回答者所属的群体。
survey-paper-draft = 问卷仍是草稿：请先发布再录入回答。
survey-paper-count = { $count ->
    [0] 尚未录入纸质问卷。
   *[other] 已录入 { $count } 份纸质问卷。
}
survey-paper-typed-by = 录入人
survey-paper-remove = 删除
survey-paper-remove-title = 删除这份纸质问卷？
survey-paper-remove-explain = 它的回答将从结果中移除。仅在误录时这样做。
survey-paper-remove-confirm = 删除问卷
flash-survey-paper-removed = 纸质问卷已删除。
survey-paper-condition = 仅当你在第 { $number } 题回答了“{ $option }”时才回答本题。

survey-print-link = 打印版
survey-print-explain = 请在浏览器中打印本页。每个部分从新的一页开始。
survey-print-languages = 问卷语言
survey-print-how = 在你选择的答案前的方框内打勾。
survey-print-required = 必答
survey-print-tick-one = 只勾选一个方框。
survey-print-tick-any = 可以勾选任意多个方框。
survey-print-tick-up-to = { $count ->
   *[other] 最多勾选 { $count } 个方框。
}
survey-print-rank = { $count ->
   *[other] 在方框中填写 1 到 { $count } 的数字，从最重要到最不重要，每个数字只用一次。
}
survey-print-date = 日期（日、月、年）：
survey-print-thanks = 感谢你的回答。
