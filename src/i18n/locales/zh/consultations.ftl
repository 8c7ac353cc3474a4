consultations-title = 意见征集
consultations-filter-theme = 按主题筛选
consultations-all-themes = 所有主题
consultations-empty = 目前还没有意见征集。有新的意见征集开始时，你会在这里看到。
consultations-empty-theme = 没有关于“{ $theme }”主题的意见征集。
consultations-section-open = 正在进行
consultations-section-upcoming = 即将开始
consultations-section-closed = 已结束
consultation-invite-only = 仅限受邀者
consultation-themes = 主题
consultation-status-draft = 草稿
consultation-status-published = 已发布
consultation-status-archived = 已归档
consultation-follow = 关注这个意见征集
consultation-unfollow = 取消关注
consultation-open-console = 打开主持人控制台
consultation-rounds = 阶段
consultation-no-rounds = 这个意见征集的阶段还没有确定。
consultation-about = 内容介绍
consultation-figures = 数据一览
consultation-involved = { $count ->
   *[other] { $count } 人参与（关注这个意见征集或是其成员）
}
consultation-followers = { $count ->
   *[other] { $count } 人关注这个意见征集
}
consultation-members = { $count ->
   *[other] { $count } 位受邀成员
}
consultation-round-count = { $count ->
   *[other] 共 { $count } 个阶段
}
round-opens = 开始于
round-closes = 结束于
round-state-upcoming = 即将开始
round-state-open = 进行中
round-state-closed = 已结束
round-allows-proposals = 可以提出建议
round-allows-comments = 可以发表评论
round-allows-voting = 可以投票
round-groups = 可以参加的群体

cta-title = 你现在可以做什么
cta-ended = 所有阶段都已结束。你可以看看大家提出了哪些建议、做出了哪些决定。
cta-upcoming = 下一个阶段开始于
cta-log-in = 有一个阶段正在进行：请登录或注册后参加。
cta-verify = 有一个阶段正在进行。要参加，请先打开我们发给你的链接，确认你的邮箱地址。
cta-read-only = 这个阶段只能阅读和关注，不能提出建议或发表评论。
cta-members-only = 这个阶段只对受邀成员开放。
cta-other-groups = 这个阶段只对以下群体开放：
cta-other-groups-follow = 你仍然可以关注这个意见征集，阅读所有内容。
cta-act = 这个阶段正在进行，你可以参加：
cta-act-propose = 提出建议
cta-act-comment = 评论建议
cta-act-vote = 投票

pagination = 页码
pagination-previous = 上一页
pagination-next = 下一页
pagination-position = 第 { $page } 页，共 { $pages } 页

invitation-title = 邀请
invitation-lead = 你被邀请参加“{ $consultation }”。
invitation-accept = 接受邀请
invitation-account-needed = 你需要一个账号才能接受邀请。邀请已发送到 { $email }：请注册或登录，然后回到这个页面。
invitation-invalid = 这个邀请无效、已被使用、已被撤回或已过期。请让邀请你的人再发一个新的邀请。

email-invitation-subject = 邀请你参加：{ $consultation }
email-invitation-body = { $inviter } 邀请你在 Tavolo 上参加意见征集“{ $consultation }”。
email-invitation-role-facilitator = 你将担任主持人：可以管理各个阶段、邀请成员和审核内容。
email-invitation-role-member = 你将成为成员：可以查看这个仅限受邀者的意见征集，并参与其中。
email-invitation-action = 接受邀请
email-invitation-expiry = 邀请在 14 天内有效。如果你不感兴趣，请忽略这封邮件。
email-appointed-subject = 你已成为主持人：{ $consultation }
email-appointed-body = 你已被任命为意见征集“{ $consultation }”的主持人。你可以在控制台管理阶段、成员和内容审核。
email-appointed-action = 打开控制台

flash-following = 你已关注这个意见征集。
flash-unfollowed = 你已取消关注这个意见征集。
flash-invitation-accepted = 欢迎！你现在是这个意见征集的成员了。

policy-log-in = 请先登录。
policy-coordinators-only = 只有平台协调员可以这样做。
policy-facilitators-only = 只有这个意见征集的主持人可以这样做。
