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

# 注册：无论地址是否已被使用，回答都相同。
register-sent-title = 请查收电子邮件
register-sent-body = 我们已向你填写的地址发送了邮件。打开邮件中的链接即可确认地址，并同时登录 Tavolo。
register-sent-missing = 找不到邮件？请查看垃圾邮件文件夹。你也可以用密码登录，在账户页面申请新的链接。如果你之前已用这个地址注册过账户，我们已写信告诉你如何重新登录。
register-sent-login = 用密码登录
email-again-subject = 你在 Tavolo 上已经有账户了
email-again-body = 有人（也许是你）试图用这个电子邮件地址在 Tavolo 上创建新账户。这个地址已经有一个账户，所以我们没有再创建一个。
email-again-reset = 如果是你本人，请用密码登录。如果忘记了密码，请通过下面的链接设置新密码。
email-again-ignore = 如果不是你本人，可以忽略这封邮件：你的账户没有任何变化。
