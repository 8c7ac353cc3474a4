# 对一个人或一个地址所能做之事的限制
error-title-429 = 尝试次数过多
error-too-many-requests = 你暂时操作得太频繁了。请在 { $count } 分钟后再试。
error-login-throttled = 此账户或此网络连接的登录失败次数过多。请稍后再试，或者设置一个新密码。
error-registrations-limit = 过去一小时内从此网络连接创建的账户过多。请稍后再试。
error-comments-limit = 你在短时间内发表了很多评论。你的文字保留在下面：请稍后再发送。
error-proposals-limit = 你在短时间内提交了很多提案。你的文字保留在下面：请稍后再发送。
flash-verification-today = 我们今天已经给你发过链接了。请查看收件箱和垃圾邮件；明天可以再申请新的链接。
flash-invited-today = 这个地址今天已经被邀请过了。明天可以再次邀请。
email-locked-subject = 有人正在尝试登录你的账户
email-locked-body = 有人多次使用错误的密码尝试登录你的 Tavolo 账户，因此我们暂时将该账户的登录锁定几分钟。
email-locked-reset = 如果不是你本人，请立即设置新密码：打开下面的链接。如果你在其他地方也使用这个密码，也请一并更改。
email-locked-ignore = 如果是你本人，请等几分钟后再试；你也可以用同一个链接设置新密码。
