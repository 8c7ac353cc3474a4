# 铃铛图标和通知页面

nav-notifications = 通知
nav-unread = 未读
notifications-title = 通知
notifications-empty = 还没有通知。关注一个意见征集或一条建议，就能知道那里的新动态。
notifications-unread = { $count ->
    [0] 全部已读。
   *[other] { $count } 条未读通知。
}
notifications-read-all = 全部标为已读
notifications-new = 新
notifications-mark-read = 标为已读
flash-notification-read = 已标为已读。
flash-notifications-read = 所有通知都已标为已读。
notification-round_opened = “{ $consultation }”：阶段“{ $title }”已开始
notification-round_closed = “{ $consultation }”：阶段“{ $title }”已结束
notification-round_closing_soon = “{ $consultation }”：“{ $title }”的投票将在 24 小时后结束，你还没有投票
notification-proposal_published = “{ $consultation }”：新建议“{ $title }”
notification-proposal_answered = “{ $consultation }”：建议“{ $title }”有了答复
notification-comment_on_my_proposal = “{ $consultation }”：“{ $title }”有一条新评论
notification-reply_to_my_comment = “{ $consultation }”：有人回复了你在“{ $title }”下的评论
notification-proposal_merged = “{ $consultation }”：建议“{ $title }”已合并到另一条建议
notification-content_flagged = “{ $consultation }”：有内容被举报，需要审核
notification-content_hidden = “{ $consultation }”：你在“{ $title }”下发布的内容已被审核人员隐藏
notification-coauthor_invited = “{ $consultation }”：有人邀请你在“{ $title }”上联合署名（请查看你的邮件）
notification-member_invited = “{ $consultation }”：有人邀请你参加（请查看你的邮件）
notification-facilitator_invited = “{ $consultation }”：有人邀请你担任主持人（请查看你的邮件）

# 邮件设置和关注

notification-preferences-title = 邮件设置
notification-preferences-lead = 选择你想收到哪些邮件。通知总会显示在铃铛图标下。
notification-preference-email_own = 关于你自己的建议、评论和投票
notification-preference-email_others = 关于你关注的意见征集和建议
notification-preference-hint-email_own = 你的建议收到的评论和答复、别人对你评论的回复、投票结束前的提醒。
notification-preference-hint-email_others = 新建议、阶段的开始和结束、你关注的建议的新动态。
frequency-immediate = 立即发送，每条一封邮件
frequency-daily = 每天一封邮件，包含所有内容（没有内容就不发）
frequency-off = 不发邮件
notification-preferences-account-emails = 关于你账号的邮件（确认邮箱地址、新密码、邀请）总会发送。
notification-preferences-save = 保存设置
notification-following-consultations = 你关注的意见征集
notification-following-proposals = 你关注的建议
notification-following-none = 无。
proposal-follow = 关注这条建议
proposal-unfollow = 取消关注
flash-preferences-saved = 你的邮件设置已保存。
flash-proposal-followed = 你已关注这条建议：有新评论或答复时，你会收到通知。
flash-proposal-unfollowed = 你已取消关注这条建议。
error-frequency-required = 请选择你希望多久收到一次这些邮件。

# 退订

unsubscribe-title = 不再接收这些邮件
unsubscribe-invalid = 这个退订链接无效。登录后，你可以在邮件设置页面选择要接收的邮件。
unsubscribe-explain = 不再向 { $email } 发送任何关于意见征集和建议的邮件吗？
unsubscribe-confirm = 不再接收这些邮件
unsubscribe-done = 已完成：{ $email } 将不再收到关于意见征集和建议的邮件。
unsubscribe-account-emails = 关于你账号的邮件仍会发送。要重新选择：

# 邮件

email-notification-open = 在 Tavolo 中打开
email-notification-why = 你收到这封邮件，是因为你在 Tavolo 上参与或关注了这项内容。
email-notification-preferences = 选择你的邮件：
email-notification-unsubscribe = 不再接收这些邮件：
email-notification-preferences-link = 选择你的邮件
email-notification-unsubscribe-link = 不再接收这些邮件
email-digest-subject = Tavolo：截至 { $day } 的新动态

# 邮件队列

mail-title = 邮件队列
mail-lead = 还没能发送的邮件，或尝试了一天后已放弃的邮件，以及最后一次的错误。重新发送时 Message-ID 保持不变，所以不会有人看到两份相同的邮件。
mail-empty = 没有等待发送或发送失败的邮件。
mail-recipient = 收件人
mail-kind = 邮件类型
mail-state = 状态
mail-error = 最后一次错误
mail-actions = 操作
mail-dead = 已放弃
mail-retrying = 下次尝试：{ $when }
mail-attempts = { $count ->
   *[other] 尝试了 { $count } 次
}
mail-retry = 重新发送
flash-mail-retried = 邮件现在会重新发送。
audit-mail-retried = 邮件已重新发送
audit-tally-recorded = 线下计票已记录
audit-tally-deleted = 线下计票已删除
