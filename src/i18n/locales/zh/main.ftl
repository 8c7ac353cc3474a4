language-name = 中文（简体）
language-dir = ltr
language-switch = 语言
format-datetime = %Y年%-m月%-d日 %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = ：
punctuation-comma = 、
punctuation-stop = 。

skip-to-content = 跳到正文
nav-account = 我的账号
nav-login = 登录
nav-register = 注册
nav-logout = 退出登录
nav-manage = 管理
nav-main = 主导航
footer-privacy = 隐私声明
footer-about = Tavolo 是一个开放平台，让大家一起设计政策和服务。

home-title = 我们一起来设计
home-lead = 公共机构、社会组织和服务对象分阶段一起讨论、一起决定。
home-how-title = 怎么运作
home-how-propose = 每位参与者都可以提出想法。
home-how-discuss = 大家讨论这些想法，也可以在线下见面讨论。
home-how-vote = 大家投票，每个群体的支持情况所有人都能看到。
home-how-answer = 公共机构会答复每一条建议，并说明理由。

privacy-title = 隐私声明
privacy-lead = 我们只处理参与所需的数据，没有人能看到你投了什么票。
privacy-what-title = 我们处理哪些数据
privacy-what = 显示名称、邮箱地址、密码（加密保存）、所属群体、所在机构（如果你填写）、偏好语言，以及你发布的内容。
privacy-why-title = 为什么
privacy-why = 为了让你能够参与、给你发送你要求的邮件，并按群体公布结果，同时不显示个人数据。
privacy-ballot-title = 无记名投票
privacy-ballot = 结果只显示总数。投票人少于 3 人的群体不会单独显示。
privacy-rights-title = 你的权利
privacy-rights = 您可以查看、带走和更正您的数据，并自行删除您的账户：

register-title = 创建账号
register-lead = 提出建议、发表评论和投票都需要一个账号。
register-submit = 创建账号
register-have-account = 已经有账号了？

login-title = 登录
login-submit = 登录
login-forgot = 忘记密码了？
login-no-account = 还没有账号？去注册

forgot-title = 忘记密码
forgot-lead = 请输入你的邮箱地址，我们会给你发一个链接，用来设置新密码。
forgot-submit = 把链接发给我
forgot-sent = 如果 { $email } 有对应的账号，我们已经发送了一个设置新密码的链接。链接在一小时内有效。

reset-title = 设置新密码
reset-submit = 保存新密码

invalid-link-title = 链接无效
invalid-link-verify = 这个确认链接无效、已被使用或已过期。
invalid-link-verify-retry = 在你的账号页面申请新链接
invalid-link-reset = 这个修改密码的链接无效、已被使用或已过期。
invalid-link-reset-retry = 申请新链接

account-title = 我的账号
account-email = 邮箱地址：
account-unverified-title = 确认你的邮箱地址
account-unverified = 你已经可以浏览所有内容。要提出建议、发表评论和投票，请打开我们通过邮件发给你的链接。
account-resend = 给我发一个新链接
account-profile-title = 个人资料
account-save = 保存个人资料
account-password-title = 修改密码
account-change-password = 修改密码

field-display-name = 显示名称
field-display-name-hint = 会显示在你发布的内容旁边。
field-email = 邮箱地址
field-password = 密码
field-password-hint = 至少 10 个字符。
field-new-password = 新密码
field-current-password = 当前密码
field-group = 群体
field-group-hint = 你代表哪一方？结果也会按群体显示。
field-choose = 请选择…
field-organisation = 机构
field-organisation-hint = 你代表哪个机构或协会参与。
field-locale = 偏好语言
field-locale-hint = 用于网页和邮件。
field-privacy-consent = 我已阅读并接受
field-optional = 选填

group-beneficiary = 服务对象
group-institution = 公共机构
group-third_sector = 社会组织
group-other = 其他

flash-registered = 欢迎！我们已经给你发了一封邮件，请确认你的邮箱地址。
flash-logged-out = 你已退出登录。
flash-email-verified = 谢谢，你的邮箱地址已确认。
flash-already-verified = 你的邮箱地址已经确认过了。
flash-verification-sent = 我们已经给你发了一个新的确认链接。
flash-verification-wait = 我们刚刚给你发了一个链接。请查看收件箱和垃圾邮件，一分钟后再试。
flash-password-reset = 密码已修改。现在可以登录了。
flash-password-changed = 密码已修改。你的其他设备已退出登录。
flash-profile-saved = 个人资料已保存。

error-summary-title = 请检查以下内容
error-prefix = 错误：
error-name-required = 请输入要显示的名称。
error-name-long = 名称最多 100 个字符。
error-email-invalid = 请输入有效的邮箱地址，例如 name@example.org。
error-password-short = 密码至少要有 10 个字符。
error-password-long = 密码最多 200 个字符。
error-group-required = 请选择你的群体。
error-organisation-long = 机构名称最多 200 个字符。
error-locale-required = 请选择一种语言。
error-consent-required = 要创建账号，你必须接受隐私声明。
error-login-failed = 邮箱或密码错误。
error-current-password = 当前密码不正确。
error-control-characters = 此字段包含不可见的控制字符（通常是复制粘贴时留下的）。请删除后重试。
error-markdown-nesting = 此文本嵌套层级过深（引用、列表或强调相互嵌套超过 16 层）。请简化后重试，您的文本仍保留在这里。

error-title-400 = 请求无效
error-title-403 = 无权访问
error-title-404 = 找不到页面
error-title-408 = 请求超时
error-title-413 = 内容太多
error-title-500 = 出错了
error-title-503 = 服务暂时无法使用
error-bad-request = 请求无效。
error-forbidden = 你没有权限这样做。
error-csrf = 表单已过期，或不是来自本网站。请返回，刷新页面后再试。
error-not-found = 这个页面不存在或已被移走。
error-too-large = 你一次发送的内容太多了。请缩短文字后再试。
error-method = 这个页面不能进行这个操作。
error-internal = 我们这边出了点问题。请稍后再试。
error-unavailable = 服务暂时无法使用。请稍后再试：你已经发送的内容不会丢失。
error-timeout = 你的请求到达时间过长。请检查网络连接后再试。
error-busy = Tavolo 目前非常繁忙。请等几秒钟后再试（如果你正在提交表单，请返回上一页再提交一次）。
error-go-home = 回到首页
error-request-id = 如果你联系客服，请提供这个代码：

email-greeting = { $name }，你好：
email-signature = Tavolo，一起来设计的平台
email-link-fallback = 如果按钮不能用，请把这个地址复制到浏览器中：
email-verify-subject = 确认你的邮箱地址
email-verify-body = 要在 Tavolo 上提出建议、发表评论和投票，请打开下面的链接，确认这个邮箱地址是你的。链接在 3 天内有效。
email-verify-action = 确认邮箱地址
email-verify-ignore = 如果你没有创建账号，请忽略这封邮件。
email-reset-subject = 设置新密码
email-reset-body = 有人申请修改你的 Tavolo 账号密码。请打开下面的链接设置新密码。链接在一小时内有效，而且只能使用一次。
email-reset-action = 设置新密码
email-reset-ignore = 如果不是你申请的，请忽略这封邮件：你的密码不会改变。
