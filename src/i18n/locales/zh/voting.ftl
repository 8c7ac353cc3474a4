# 投票

vote-title = 你的投票
vote-support = 支持
vote-you-support = 你支持这条建议。
vote-withdraw-support = 撤回我的支持
vote-approval-legend = 你的意见
vote-approval-for = 赞成
vote-approval-against = 反对
vote-approval-abstain = 弃权
vote-withdraw = 撤回我的投票
vote-your-dots = { $count ->
    [0] 你还没有在这里放圆点。
   *[other] 你在这里放了 { $count } 个圆点。
}
vote-add-dot = 加一个圆点
vote-remove-dot = 去掉一个圆点
vote-left-supports = 还剩 { $left } 张支持票（共 { $limit } 张）
vote-left-dots = 还剩 { $left } 个圆点（共 { $limit } 个）
vote-left-unlimited = 你想支持多少条建议都可以。目前已投出的支持票：{ $used }。
vote-approval-count = { $count ->
    [0] 你还没有对任何建议投票。
   *[other] 你已经对 { $count } 条建议投票。
}
vote-done-nothing = 没有任何变化。
vote-done-withdrawn = 你的投票已撤回。
vote-done-supported = 你的支持已记录。
vote-done-approval = 你的投票已保存。
vote-done-dot-added = 圆点已添加。
vote-done-dot-removed = 圆点已去掉。
error-vote-log-in = 请登录后投票。
error-vote-verify-email = 投票前请先确认你的邮箱地址。
error-vote-members-only = 在这个意见征集中，只有受邀成员可以投票。
error-vote-group-not-admitted = 你的群体不能在这个阶段投票。
error-vote-round-no-voting = 这个阶段不能投票。
error-vote-round-closed = 投票已结束：这个阶段已经结束了。
error-vote-proposal-not-open = 这条建议已被撤回、隐藏或合并：不能再对它投票。
error-vote-choice = 这个阶段没有这个选项。
error-vote-no-supports-left = 你的支持票已经用完了。撤回一张，才能支持这条建议。
error-vote-no-dots-left = 你的圆点已经用完了。请先从另一条建议上去掉一个。
sort-supported = 支持最多

# 结果

results-title = 结果
results-all = 这个意见征集的所有结果
results-no-voting = 这个意见征集没有投票阶段。
results-rounds = 投票阶段
results-limit-support = { $count ->
   *[other] 每人最多 { $count } 张支持票
}
results-limit-dots = { $count ->
   *[other] 每人 { $count } 个圆点
}
results-rule-explained-support = 每位参与者支持自己想支持的建议。数字是支持票的数量。
results-rule-explained-approval = 每位参与者对每条建议投赞成、反对或弃权。数字是赞成票的数量。
results-rule-explained-dots = 每位参与者分配一定数量的圆点；同一条建议上可以放多个。数字是圆点的数量。
results-after-close = 这个阶段的结果会在阶段结束时公布。
results-preview = 目前只有主持人能看到这些数字：它们会按照这个阶段的规则公开。
results-by-proposal = 建议
results-turnout = 谁投了票
results-turnout-title = 每个群体的投票人数（在可以投票的账号中）
results-turnout-figure = { $eligible } 人中有 { $voters } 人（{ $share }）
results-voters-total = { $count ->
   *[other] 共有 { $count } 人投票。
}
results-cross-group-what = 什么是跨群体支持度？
results-cross-group-explained = 它显示一条建议是否得到所有群体的支持，而不只是人数最多的群体。对每个至少有 3 名投票人的群体，我们计算其中支持这条建议的投票人所占的比例。得分是这些比例中最低的一个：60% 表示每个群体中至少有 60% 的投票人支持这条建议。至少需要两个群体各有 3 名或更多投票人。线下计票显示在旁边，不计算在内。
results-fewer-than-3-explained = 为了保证无记名投票，投票人少于 3 人的群体显示“少于 3”，不显示具体数字。如果别人仍能用减法算出这些数字，那么次小的群体也会被隐藏。
results-sort-total = 总数最高
results-sort-cross-group = 跨群体支持度最高
results-no-proposals = 这个阶段没有建议。
results-online = 线上投票
results-cross-group = 跨群体支持度
results-cross-group-undefined = 有 3 名投票人的群体不够多
results-offline = 线下计票（不计入上面的数字）
results-fewer-than-3 = 少于 3
results-total-support = { $count ->
   *[other] { $count } 张支持票
}
results-total-approval = { $count ->
   *[other] { $count } 票赞成
}
results-total-dots = { $count ->
   *[other] { $count } 个圆点
}
results-against-abstain = { $against } 票反对，{ $abstain } 票弃权
results-approval-figures = { $for } 票赞成，{ $against } 票反对，{ $abstain } 票弃权
results-bar-figure = { $share } · { $figure }
results-chart-title = 各群体的支持情况：{ $title }

# 线下计票

tally-title = 记录线下计票
tally-lead = 阶段“{ $round }”中一次线下会议的计票结果。它们会显示在线上投票旁边，并注明计票的地点和方式。
tally-session = 会议
tally-record-for = 为“{ $round }”记录线下计票
field-tally-method = 计票方式
field-tally-method-hint = 例如：举手、纸质选票、在展板上贴贴纸。
field-tally-supports = 支持票
field-tally-for = 赞成
field-tally-dots = 圆点
field-tally-against = 反对
field-tally-abstain = 弃权
tally-submit = 保存计票
tally-delete-title = 删除这次线下计票吗？
tally-delete-explain = { $day } 在 { $place } 的计票将不再显示在结果中。删除操作会记录在操作记录中。
tally-delete = 删除计票
flash-tally-recorded = 线下计票已保存。
flash-tally-deleted = 线下计票已删除。
error-tally-day-future = 日期不能是将来的日期。
error-tally-method-required = 请说明投票是怎么统计的（最多 500 个字符）。
error-tally-count-invalid = 请输入 0 到 100000 之间的整数。
error-tally-empty = 请至少输入一项计票结果。
