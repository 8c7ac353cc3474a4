proposals-title = 建议
proposals-filter = 筛选建议
proposals-search = 搜索建议
proposals-count = { $count ->
   *[other] { $count } 条建议
}
proposals-empty = 没有符合条件的建议。试试去掉一些筛选条件。
filter-any = 全部
filter-round = 阶段
filter-answer = 答复
filter-group = 提出人的群体
filter-language = 语言
filter-sort = 排序方式
filter-in-person = 只看线下会议收集的建议
filter-apply = 应用
sort-newest = 最新
sort-commented = 评论最多
sort-random = 随机顺序（对你保持不变）

answer-pending = 等待答复
answer-evaluating = 正在评估
answer-accepted = 已采纳
answer-partially_accepted = 部分采纳
answer-rejected = 未采纳

proposal-new-title = 新建议
proposal-preview = 预览
proposal-preview-hint = 这是你的建议发布后的样子。请检查一下，然后发布。
proposal-publish = 发布建议
proposal-edit-title = 修改建议
proposal-edit-hint = 发布后 30 分钟内、还没有人评论时，你可以修改建议。之前的版本仍然可以查看。
proposal-history-title = 之前的版本
proposal-history-empty = 这条建议从来没有修改过。
proposal-history-before = 此版本使用至
proposal-withdraw = 撤回建议
proposal-withdraw-title = 撤回这条建议吗？
proposal-withdraw-explain = 这条建议会继续显示，标为“已撤回”，并附上你在这里写的理由。
proposal-record-title = 记录线下会议上的建议
proposal-record-lead = 代表到场的人，记录在线下讨论会上提出的建议。
proposal-record-meeting = 会议
proposal-record-text = 建议
proposal-record-submit = 记录建议
proposal-in-person = 来自线下会议
proposal-in-person-title = 在线下会议上收集
proposal-in-person-where = { $day }，在 { $place }：
proposal-in-person-people = { $count ->
   *[other] { $count } 人
}
proposal-in-person-recorded-by = 由 { $name } 记录。
proposal-by = 作者：
proposal-edited-history = 已修改：查看之前的版本
proposal-state-withdrawn = 已撤回
proposal-state-hidden = 已隐藏
proposal-state-merged = 已合并到另一条建议
proposal-merged-into = 这条建议已合并到：
proposal-withdrawn-because = 作者撤回了这条建议，理由：
proposal-hidden-because = 已被审核人员隐藏，理由：
proposal-hidden-pending = 多次被举报，已暂时隐藏，等待审核。
proposal-answer-title = 公共机构的答复
proposal-answer-save = 保存答复
proposal-comments-count = { $count ->
   *[other] { $count } 条评论
}

field-proposal-title = 建议标题
field-proposal-title-hint = 简短清楚：你建议什么？
field-proposal-body = 建议内容
field-theme = 主题
field-no-theme = 无主题
field-text-language = 文字的语言
field-text-language-hint = 你写作时用的语言：用你的母语也可以。
field-withdraw-reason = 你为什么撤回？
field-place = 地点
field-place-hint = 例如：San Paolo 图书馆，Prato。
field-day = 日期
field-day-hint = 格式为 2026-11-20。
field-people = 人数
field-group-met = 到场人员的群体
field-answer = 答复
field-justification = 公开理由
field-justification-hint = 最终答复必须填写：说明公共机构将会做什么，以及为什么。
field-stance = 你的立场
field-comment = 评论
field-comment-hint = 可以使用简单的 Markdown：**粗体**、列表、链接。
field-flag-reason = 有什么问题？

discussion-title = 讨论
discussion-empty = 还没有评论。
stance-for = 赞成
stance-against = 反对
stance-neutral = 中立
stance-for-count = { $count ->
   *[other] 赞成 { $count }
}
stance-against-count = { $count ->
   *[other] 反对 { $count }
}
stance-neutral-count = { $count ->
   *[other] 中立 { $count }
}
comment-new = 写评论
comment-publish = 发表评论
comment-reply = 回复
comment-edit-title = 修改评论
comment-edited = 已修改
comment-withdraw = 撤回评论
comment-withdrawn = 评论已被作者撤回。
comment-hidden-because = 评论已被审核人员隐藏，理由：
comment-hidden-pending = 评论已暂时隐藏，等待审核。
comment-replying-to = 回复 { $name }
comment-yours = 你的评论
flag-proposal = 举报这条建议
flag-comment = 举报
flag-send = 提交举报

console-answered = { $total } 条建议中，有 { $answered } 条已有最终答复
console-hide = 隐藏
console-restore = 恢复
console-held = 等待审核：举报人数已足以隐藏，但投票进行期间内容仍保持可见。
error-moderation-settled = 已撤回或已合并的内容保持原样：审核既不会隐藏也不会恢复它。
console-hide-reason = 理由（会代替原内容显示）
console-flag-reasons = 举报理由
consultation-proposals-link = 查看建议

flash-proposal-published = 建议已发布。
flash-proposal-saved = 建议已修改。之前的版本保留在修改记录中。
flash-proposal-withdrawn = 建议已撤回。
flash-proposal-recorded = 线下会议的建议已记录。
flash-answer-saved = 答复已保存。
flash-comment-published = 评论已发表。
flash-comment-saved = 评论已修改。
flash-comment-withdrawn = 评论已撤回。
flash-flagged = 谢谢：你的举报已发送给主持人。
flash-already-flagged = 你已经举报过这项内容了。
flash-content-hidden = 内容已隐藏。
flash-content-restored = 内容已恢复。

error-proposal-title-required = 请输入标题。
error-proposal-title-long = 标题最多 200 个字符。
error-proposal-body-required = 请写下建议的内容。
error-proposal-body-short = 内容太短了：请再多解释一点。
error-proposal-body-long = 内容最多 20000 个字符。
error-proposal-theme-unknown = 请从这个意见征集的主题中选择一个。
error-proposal-language-required = 请选择文字的语言。
error-withdraw-reason = 请写下理由（最多 1000 个字符）。
error-place-required = 请输入会议地点。
error-day-invalid = 请按 2026-11-20 的格式输入日期。
error-people-invalid = 请输入到场人数（1 到 10000）。
error-answer-required = 请选择一个答复。
error-justification-required = 最终答复需要填写公开理由。
error-justification-long = 理由太长了。
error-comment-required = 请写下评论。
error-comment-long = 评论最多 5000 个字符。
error-stance-required = 请选择你的立场。
error-flag-reason = 请简单写一下举报理由。
error-hide-reason = 隐藏内容需要填写理由。

policy-verify-email = 请先确认你的邮箱地址。
policy-report-verify-email = 要举报内容，请先确认你的邮箱地址：未确认邮箱的账户的举报不予受理。
policy-consultation-not-running = 这个意见征集没有在进行中。
policy-members-only = 只有受邀成员可以参加。
policy-no-open-round = 目前没有正在进行的阶段。
policy-round-no-proposals = 这个阶段不能提出建议。
policy-round-no-comments = 这个阶段不能发表评论。
policy-round-no-voting = 这个阶段不能投票。
policy-group-not-admitted = 这个阶段不对你的群体开放。
policy-proposal-not-open = 这条建议已不再接受新的参与。
policy-not-your-proposal = 只有这条建议的署名人可以这样做。
policy-proposal-edit-closed = 已经不能修改了：已有人评论，或已超过 30 分钟。你可以撤回它。
policy-not-your-comment = 只有评论的作者可以这样做。
policy-comment-edit-closed = 修改这条评论的时间已经过了。

audit-proposal-recorded-in-person = 已记录线下会议的建议
audit-proposal-withdrawn = 建议已撤回
audit-proposal-answered = 建议已答复
audit-content-flagged = 内容被举报
audit-content-hidden = 内容已隐藏
audit-content-restored = 内容已恢复

console-answers-pending-link = 等待答复的建议
consultation-proposal-count = { $count ->
   *[other] { $count } 条建议
}
consultation-comment-count = { $count ->
   *[other] { $count } 条评论
}
coauthor-title = 作为共同作者署名
coauthor-lead = 有人邀请你在这条建议上署名：
coauthor-accept = 在建议上署名
coauthors-title = 共同作者
coauthors-invite = 邀请共同作者（邮箱）
coauthors-invite-hint = 对方会收到一个链接，可以和你一起在建议上署名，也可以修改建议。
coauthors-send = 发送邀请
coauthor-role = 共同作者
flash-coauthor-invited = 署名邀请已发送。
flash-coauthor-accepted = 你已在这条建议上署名。
policy-only-author-invites = 只有建议的作者可以邀请共同作者。
email-coauthor-subject = 邀请你署名：{ $proposal }
email-coauthor-body = { $inviter } 邀请你在 Tavolo 上和对方一起为建议“{ $proposal }”署名。
email-coauthor-action = 在建议上署名
moderation-title = 内容审核

merge-title = 合并建议
merge-lead = 把内容相同的建议合并成一条。每条被合并的建议都会指向合并后的那一条，原来的署名人也会在合并后的建议上署名。
merge-too-few = 至少需要两条建议才能合并。
merge-sources = 要合并的建议
merge-target = 合并到哪里
merge-target-new = 合并成一条新的汇总建议（请在下面写标题和内容）
merge-new-hint = 只有新建汇总建议时，才需要填写标题和内容。
merge-submit = 合并
flash-merged = 建议已合并。
error-merge-target = 请选择把建议合并到哪里。
error-merge-sources = 请选择要合并的建议（至少两条；如果合并到已有的建议，一条也可以）。
error-merge-during-voting = 投票阶段进行期间不能合并建议：移动投票就会改变投票。请在投票开始前或结束后合并。
audit-proposal-merged = 建议已合并
proposal-recorded-at = 记录于
