# 会议：线下与线上，报名与候补名单

meetings-title = 会议
meetings-upcoming = 即将举行的会议
meetings-none-upcoming = 目前还没有安排会议。主持人安排会议后，会在这里列出地点、时间和语言。
meetings-past = 过去的会议
console-meetings-list = 本次咨询的所有会议
meeting-new-title = 新建会议
meeting-edit-title = 编辑会议
meeting-cancel-title = 取消会议
meeting-registrations-title = 谁会来
field-meeting-round = 阶段
field-meeting-no-round = 不属于任何阶段
field-meeting-starts-at = 开始时间
field-meeting-ends-at = 结束时间
meeting-where = 地点
field-meeting-place-hint = 填写地址、线上链接，或两者都填。
field-meeting-address = 地址
field-meeting-directions = 如何到达
field-meeting-venue-accessibility = 场地无障碍情况
field-meeting-online-url = 线上链接
field-meeting-languages = 使用的语言
field-meeting-languages-hint = 例如：意大利语、阿拉伯语。
field-meeting-interpretation = 提供的口译
field-meeting-interpretation-hint = 例如：阿拉伯语和提格利尼亚语口译员。
field-meeting-childcare = 提供儿童看护
meeting-registration = 报名
field-meeting-registration-required = 需要报名
field-meeting-capacity = 名额
field-meeting-capacity-hint = 留空表示不限名额。名额满后，报名者进入候补名单。
field-meeting-deadline = 报名截止
meeting-when = 时间
meeting-childcare = 儿童看护
meeting-childcare-yes = 有
meeting-childcare-no = 不提供
meeting-cancelled = 已取消
meeting-online = 可线上参加
meeting-past = 这次会议已经举行。
meeting-add-to-calendar = 添加到你的日历（.ics）
meeting-places-left = { $count ->
    [0] 名额已满。
   *[other] 还剩 { $count } 个名额。
}
meeting-deadline = 报名截止
meeting-you-are-registered = 你已报名。
meeting-you-are-waiting = { $count ->
    [1] 你在候补名单上：下一个就是你。
   *[other] 你在候补名单上，排第 { $count } 位。
}
meeting-withdraw = 取消我的报名
meeting-full-waiting-list = 会议名额已满。你可以加入候补名单：有名额空出时，会留给排在第一位的人，并通过邮件通知。
meeting-needs = 参加会议你需要什么
meeting-needs-hint = 只有主持人能看到。
field-meeting-interpreter = 需要口译的语言
field-meeting-need-childcare = 我需要儿童看护
field-meeting-accessibility-need = 无障碍需求
meeting-join-waiting-list = 加入候补名单
meeting-register = 报名
meeting-cancel-explain = 要取消会议“{ $title }”吗？它会以“已取消”的状态保留在列表中，并显示原因。
meeting-cancel-told = { $count ->
    [0] 还没有人报名。
   *[other] 已报名或候补的 { $count } 人会收到邮件通知。
}
field-meeting-cancel-reason = 原因
field-meeting-cancel-reason-hint = 会显示在会议页面上。
meeting-cancel-confirm = 取消会议
meeting-needs-private = 只有主持人能看到这些需求。
meeting-needs-summary = 概况
meeting-count-registered = 已报名 { $count } 人
meeting-count-waiting = 候补 { $count } 人
meeting-count-childcare = { $count } 人需要儿童看护
meeting-count-accessibility = { $count } 项无障碍需求
meeting-count-interpreter = { $language } 口译
meeting-nobody-registered = 还没有人报名。
meeting-status = 状态
meeting-status-registered = 已报名
meeting-status-waiting = 候补中
meeting-no-registration = 无需报名，直接来即可。
meeting-registration-cancelled = 这次会议已取消。
meeting-registration-started = 报名已结束：会议已经开始。
meeting-registration-deadline-passed = 报名已截止。
error-meeting-title-required = 请给会议一个标题。
error-meeting-text-long = 这段文字太长了。
error-meeting-round-unknown = 请选择本次咨询中的一个阶段。
error-meeting-ends-before-starts = 会议的结束时间必须晚于开始时间。
error-meeting-online-url = 请输入以 https:// 开头的网址。
error-meeting-place-required = 请填写地址、线上链接，或两者都填。
error-meeting-capacity = 请输入 1 到 100000 之间的名额数，或留空。
error-meeting-deadline-after-start = 报名必须在会议开始前截止。
error-meeting-capacity-needs-registration = 限制名额需要报名：请勾选“需要报名”。
error-meeting-cancel-reason-required = 请说明取消会议的原因。
error-meeting-needs-invalid = 你填写的需求太长，或包含不允许的字符。
flash-meeting-created = 会议已安排。
flash-meeting-saved = 会议已保存。
flash-meeting-cancelled = 会议已取消，正在通知所有报名者。
flash-meeting-registered = 你已报名。
flash-meeting-waiting = 会议名额已满：你已进入候补名单。
flash-meeting-already = 你之前已经报名了。
flash-meeting-withdrawn = 你的报名已取消。
notification-meeting_cancelled = “{ $consultation }”：会议“{ $title }”已取消
notification-meeting_place_confirmed = “{ $consultation }”：“{ $title }”空出了一个名额，现在是你的了
privacy-keep-meeting-needs = 你为参加会议填写的需求（口译、儿童看护、无障碍）
privacy-keep-meeting-needs-for = 会议结束后 30 天；报名记录保留
