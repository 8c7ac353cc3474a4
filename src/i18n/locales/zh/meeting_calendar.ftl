# 日历中的会议：即将举行的会议、变更与提醒、日历订阅、签到表

notification-meeting_changed = “{ $consultation }”：会议“{ $title }”有变更
notification-meeting_reminder = “{ $consultation }”：会议“{ $title }”将在一天内开始
meeting-changed-time = 日期或时间已变更。
meeting-changed-address = 地址已变更。
meeting-changed-online-link = 在线链接已变更。
meetings-feed = 所有会议的日历订阅（.ics）
meetings-feed-hint = 在你的日历应用中订阅此地址：本次咨询的所有会议都会保持最新，已取消的会议会标明已取消。
meetings-upcoming-all = 所有会议
meeting-upcoming-online = 仅线上
sign-in-sheet-link = 可打印的签到表
sign-in-title = 签到表
sign-in-registered = 已报名的人
sign-in-walk-ins = 未报名到场的人
sign-in-name = 姓名
sign-in-group = 利益相关方群体
sign-in-signature = 签名
sign-in-print-hint = 请用浏览器打印本页（A4）；导航不会被打印。
sign-in-nobody = 还没有人报名。
