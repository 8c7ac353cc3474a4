# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = 共同设计程序
procedures-lead = 共同设计公告（第117/2017号法令第55条）：谁可以申请、截止时间、评审标准，以及程序中的每一项公开文件。
procedures-empty = 目前还没有已发布的程序。
procedures-console-lead = 本次咨询的正式共同设计程序：公告、申请、准入和会议。
procedures-console-empty = 本次咨询还没有程序。
console-procedures = 共同设计程序
console-procedures-explain = 与第三部门机构共同设计的公开公告，包括申请、准入和会议。
console-procedures-list = 本次咨询的所有程序

procedure-phase-draft = 草稿
procedure-phase-applications = 接受申请中
procedure-phase-admission = 准入审核中
procedure-phase-co-design = 共同设计
procedure-phase-evaluation = 评审
procedure-phase-closed = 已结束

procedure-new-title = 新建程序
procedure-edit-title = 编辑公告
procedure-correct = 更正公告（勘误）
procedure-console-title = 管理程序
procedure-public-page = 公开页面
procedure-form-lead = 法律要求的每个部分都有单独的字段。公告仍为草稿时，所有内容都可以修改。
procedure-edit-published-explain = 公告已发布：每修改一个部分，都会作为公开勘误记录，并附上说明原因的备注。截止时间只能推迟，评审标准不能再修改。
field-procedure-title = 程序标题
field-procedure-purposes = 目的与对象
field-procedure-economic_frame = 经费框架（预算）
field-procedure-duration = 合作期限
field-procedure-how_to_apply = 申请方式
field-procedure-applications_close_at = 申请截止时间
field-procedure-deadline-hint = 至少在发布后 20 天（20 × 24 小时）。也可以填写秒。
procedure-deadline-earliest = 如果现在发布，允许的最早截止时间为 { $date }。
procedure-supporters-legend = 支持方和资助方
field-procedure-supporters_allowed = 其他各方可以作为支持方或资助方参与
field-procedure-supporters_note = 参与条件
field-procedure-requirements = 参与要求
field-procedure-runs_service = 入选机构也将负责运营该服务
field-procedure-kinds = 谁可以申请
procedure-criteria-title = 评审标准
procedure-criteria-hint = 每条标准填写一行（空行将被忽略）。权重合计必须为 100。
procedure-criteria-locked = 发布后评审标准不能再修改：提案将按照机构申请时所看到的标准进行评审。
procedure-criterion-legend = 标准 { $number }
field-procedure-criterion-name = 标准
field-procedure-criterion-description = 说明
field-procedure-criterion-weight = 权重
procedure-weight = 权重 { $weight }
field-procedure-erratum_note = 公告为何修改
field-procedure-erratum_note-hint = 该备注将随每个被修改部分的勘误一起公布。

error-procedure-title-required = 请填写程序标题。
error-procedure-section-required = 法律要求填写此部分。
error-procedure-text-long = 文字太长。
error-procedure-kinds-required = 请至少选择一种可以申请的机构类型。
error-procedure-criterion-name = 请填写标准名称。
error-procedure-criterion-weight = 权重须为 1 到 100 之间的整数。
error-procedure-criteria-required = 请至少填写一条评审标准。
error-procedure-weights-sum = 各标准的权重合计必须为 100。
error-procedure-deadline-20-days = 截止时间必须在发布后至少 20 天（20 × 24 小时）。
error-procedure-deadline-earlier = 发布后截止时间只能推迟。
error-procedure-erratum-note = 请说明公告为何修改：该说明将随勘误一起公布。

procedure-publish-title = 发布公告
procedure-publish-explain = 你即将发布公告「{ $title }」。
procedure-publish-deadline = 申请将于 { $date } 截止。
procedure-publish-after = 发布后，每次修改都将成为公开勘误，截止时间只能推迟，评审标准不能再修改。关注本次咨询的人会收到通知。
procedure-publish-confirm = 立即发布

flash-procedure-created = 程序已创建为草稿。
flash-procedure-saved = 草稿已保存。
flash-procedure-corrected = 公告已更正：勘误已公布。
flash-procedure-unchanged = 没有任何变化。
flash-procedure-published = 公告已发布。
flash-procedure-applied = 申请已收到。我们已通过电子邮件向你发送回执。
flash-procedure-withdrawn = 申请已撤回。
flash-procedure-replaced = 申请已替换。我们已通过电子邮件向你发送新的回执。
flash-procedure-decided = 决定已保存。
flash-procedure-admission-published = 准入结果已公布：已通知各机构。
flash-procedure-sessions-saved = 会议已更新。

procedure-notice-title = 公告
procedure-published-on = 发布于
procedure-yes = 是
procedure-no = 否
procedure-none = 无。
procedure-errata-title = 勘误
procedure-erratum-previous = 原内容
procedure-erratum-current = 现内容
procedure-erratum-note = 原因
procedure-field-title = 标题
procedure-field-purposes = 目的与对象
procedure-field-economic_frame = 经费框架
procedure-field-duration = 合作期限
procedure-field-how_to_apply = 申请方式
procedure-field-applications_close_at = 申请截止时间
procedure-field-supporters_allowed = 是否允许支持方和资助方
procedure-field-supporters_note = 支持方和资助方的条件
procedure-field-requirements = 参与要求
procedure-field-runs_service = 服务运营
procedure-field-admitted_kinds = 谁可以申请
procedure-applications-title = 申请
procedure-applications-received = 已收到的申请
procedure-received-count = { $count ->
    [0] 目前尚未收到申请。
   *[other] 已收到 { $count } 份申请。
}
procedure-names-after-deadline = 申请机构的名称将在截止后公布。
procedure-application-number = 第 { $number } 号
procedure-admission-outcome = 准入结果
procedure-admitted-title = 获准入的机构
procedure-excluded-title = 被排除的机构
procedure-sessions-title = 共同设计会议
procedure-minutes-published = 会议纪要已发布
procedure-minutes-not-yet = 会议纪要尚未发布

procedure-apply = 申请
procedure-apply-title = 申请
procedure-apply-explain = 公告所接受类型的已认证机构的代表可在截止前提出申请。
procedure-apply-deadline = 申请受理至 { $date }（以服务器时间为准，精确到秒）。
procedure-apply-submit = 提交申请
field-procedure-organisation = 机构
field-procedure-role = 参与身份
procedure-role-partner = 合作伙伴（共同设计）
procedure-role-supporter = 支持方
procedure-role-funder = 资助方
field-procedure-statement = 机构介绍及符合要求的说明
field-procedure-statement-hint = 你们是谁、有哪些经验、如何满足公告的要求。可以使用 Markdown。
error-procedure-organisation = 请选择你所代表申请的机构。
error-procedure-role = 请选择公告允许的身份。
error-procedure-statement-required = 请填写机构介绍。
error-procedure-statement-long = 文字太长（最多 10,000 个字符）。
error-procedure-already-applied = 该机构已有一份有效申请：你可以替换它，而不是再提交一份。
procedure-offer-replace = 前往你的申请页面进行替换
procedure-refused-not-representative = 只有机构的代表才能为其申请、撤回或替换申请。
procedure-refused-not-verified = 你的机构尚未认证：只有已认证的机构才能申请。
procedure-refused-kind = 公告不接受你的机构类型。
procedure-refused-deadline = 截止时间已过：不再受理申请、撤回或替换。
procedure-refused-not-published = 公告尚未发布。
procedure-refused-not-standing = 该申请已被撤回或替换。
procedure-mine-title = 你的申请
procedure-mine-empty = 你的机构在此程序中没有申请。
procedure-received-at = 收到时间
procedure-status-submitted = 已收到，等待准入审核
procedure-status-withdrawn = 已撤回
procedure-status-replaced = 已替换
procedure-status-admitted = 已准入
procedure-status-excluded = 已排除
procedure-replace-title = 替换申请
procedure-replace-explain = 第 { $number } 号申请将被一份新申请替换，并获得新编号。
procedure-replace-submit = 提交新申请
procedure-withdraw-title = 撤回申请
procedure-withdraw-explain = 确定撤回程序「{ $title }」的第 { $number } 号申请吗？截止前你仍可提交新申请。
procedure-withdraw-confirm = 撤回

procedure-admission-title = 准入
procedure-admission-open = 决定准入机构
procedure-admission-lead = 对每份申请作出准入或排除决定；排除必须说明理由。在公布前可以修改决定。
procedure-admission-empty = 未收到任何申请。
procedure-admission-not-yet = 准入在申请截止后决定。
procedure-admission-published = 准入结果已公布：决定不能再修改。
procedure-admission-published-explain = 准入结果已公布。
procedure-admission-undecided = 请在公布前对每份申请作出决定。
procedure-admission-undecided-count = { $count ->
    [0] 所有申请均已作出决定。
   *[other] 还有 { $count } 份申请尚未决定。
}
procedure-decision = 决定
procedure-decision-admit = 准入
procedure-decision-exclude = 排除
procedure-decision-save = 保存决定
field-procedure-reason = 理由
field-procedure-reason-hint = 排除时必填；理由将告知机构并公开。
error-procedure-exclusion-reason = 请填写排除理由。
error-procedure-decision = 请选择准入或排除。
procedure-admission-publish = 公布准入结果
procedure-admission-publish-explain = 确定公布程序「{ $title }」的准入结果吗？每个机构都会收到附有理由的电子邮件，名单将公开。
procedure-admission-publish-confirm = 公布并通知各机构
procedure-admitted-count = { $count ->
   *[other] { $count } 个机构获准入
}
procedure-excluded-count = { $count ->
   *[other] { $count } 个机构被排除
}

procedure-console-evaluation = 评审与协议
procedure-console-commission = 评审委员会
procedure-console-scores = 提案与评分
procedure-console-agreement = 协议
procedure-record-link = 公开文件记录
procedure-sessions-not-yet = 准入结果公布后才能指定会议。
procedure-sessions-no-meetings = 本次咨询没有会议。
procedure-sessions-explain = 标出本次咨询中哪些会议是共同设计会议：只有获准入机构的成员才能报名。
procedure-session-badge = 会议
procedure-session-add = 标记为共同设计会议
procedure-session-remove = 取消标记
error-procedure-session-change = 请求无效。
procedure-session-admitted-only = 这是一次共同设计会议：只有获准入本程序的机构成员才能报名。

notification-procedure_news = 「{ $consultation }」：程序「{ $title }」有新进展
procedure-step-published = 公告已发布。
procedure-step-corrected = 公告已更正（勘误）。
procedure-step-admission-published = 准入结果已公布。

procedure-format-received = %Y年%-m月%-d日 %H:%M:%S
email-procedure-action = 打开程序
email-procedure-received-subject = 已收到第 { $number } 号申请：{ $procedure }
email-procedure-received-body = 我们已收到 { $organisation } 对程序「{ $procedure }」的申请。
email-procedure-received-number = 登记编号：{ $number }
email-procedure-received-time = 收到时间：{ $received }
email-procedure-received-change = 截止前，你可以在“你的申请”页面撤回或替换该申请。
email-procedure-admitted-subject = 已准入：{ $procedure }
email-procedure-admitted-body = { $organisation } 对程序「{ $procedure }」的第 { $number } 号申请已获准入。
email-procedure-excluded-subject = 已排除：{ $procedure }
email-procedure-excluded-body = { $organisation } 对程序「{ $procedure }」的第 { $number } 号申请已被排除。
email-procedure-reason = 理由：{ $reason }
