## تسجيل الدخول بخطوتين، الجلسات، قوة كلمات المرور

two-factor-title = تسجيل الدخول بخطوتين
two-factor-intro = مع تسجيل الدخول بخطوتين، يتطلب الدخول كلمة المرور ورمزًا من ست أرقام من تطبيق مصادقة على هاتفك (مثل FreeOTP أو Aegis أو Google Authenticator). ومن يعرف كلمة مرورك لن يستطيع الدخول مع ذلك.
two-factor-required = يجب على من يديرون الاستشارات في هذه المنصة استخدام تسجيل الدخول بخطوتين. فعّله الآن: لن يستغرق أكثر من دقيقة.
two-factor-start = إعداد تسجيل الدخول بخطوتين
two-factor-scan = في تطبيق المصادقة، أضف حسابًا وامسح هذا الرمز.
two-factor-qr-alt = رمز QR للمسح بتطبيق مصادقة. المفتاح نفسه مكتوب أدناه.
two-factor-type-secret = لا يمكنك مسحه؟ اكتب هذا المفتاح في التطبيق بدلًا من ذلك:
two-factor-confirm = تفعيل تسجيل الدخول بخطوتين
two-factor-on = تسجيل الدخول بخطوتين مفعّل: يطلب الدخول رمزًا من تطبيقك.
two-factor-off-status = تسجيل الدخول بخطوتين غير مفعّل.
two-factor-turn-on = تفعيل تسجيل الدخول بخطوتين
two-factor-manage = إدارة تسجيل الدخول بخطوتين
two-factor-recovery-left = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد غير مستخدم.
    [one] بقي لديك رمز استرداد واحد غير مستخدم.
    [two] بقي لديك رمزا استرداد غير مستخدمين.
    [few] بقيت لديك { $count } رموز استرداد غير مستخدمة.
    [many] بقي لديك { $count } رمز استرداد غير مستخدم.
   *[other] بقي لديك { $count } رمز استرداد غير مستخدم.
}
two-factor-recovery-title = رموز الاسترداد
two-factor-recovery-renew-intro = رموز الاسترداد الجديدة تحل محل القديمة، التي تتوقف عن العمل.
two-factor-recovery-renew = إنشاء رموز استرداد جديدة
two-factor-off-title = إيقاف تسجيل الدخول بخطوتين
two-factor-off = إيقاف تسجيل الدخول بخطوتين
two-factor-back = العودة إلى حسابك
field-two-factor-code = الرمز
field-two-factor-code-hint = الرمز المكوّن من ست أرقام الذي يعرضه التطبيق الآن لـ Tavolo.
field-two-factor-app-code-hint = الرمز المكوّن من ست أرقام الذي يعرضه تطبيق المصادقة الآن.
field-two-factor-code-or-recovery-hint = الرمز المكوّن من ست أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
error-two-factor-code = هذا الرمز غير صحيح أو استُخدم من قبل. تحقق من التطبيق واكتب الرمز الذي يعرضه الآن.
recovery-codes-title = رموز الاسترداد الخاصة بك
recovery-codes-intro = إذا فقدت هاتفك، يتيح لك كل رمز من هذه الرموز الدخول مرة واحدة بدلًا من رمز التطبيق. اطبعها أو احفظها في مكان آمن بعيدًا عن هاتفك.
recovery-codes-once = تُعرض هذه المرة فقط. يمكنك إنشاء رموز جديدة من حسابك في أي وقت.
recovery-codes-done = لقد حفظتها
login-code-title = أدخل الرمز
login-code-intro = كلمة المرور صحيحة. افتح تطبيق المصادقة واكتب الرمز الذي يعرضه لـ Tavolo.
login-code-submit = تسجيل الدخول
login-code-restart = البدء من جديد
flash-two-factor-off = تم إيقاف تسجيل الدخول بخطوتين.
flash-login-code-expired = يُرجى تسجيل الدخول من جديد: انتهى وقت إدخال الرمز، أو كانت رموز خاطئة كثيرة.
sessions-title = أين سجّلت الدخول
sessions-unknown-device = متصفح غير معروف
sessions-this-one = هذا المتصفح
sessions-signed-in = تسجيل الدخول:
sessions-last-seen = آخر استخدام:
sessions-end-others = تسجيل الخروج من كل مكان آخر
flash-sessions-ended = تم تسجيل خروجك من كل مكان آخر.
error-password-weak = من السهل تخمين كلمة المرور هذه. بضع كلمات لا علاقة بينها تصنع كلمة مرور يصعب تخمينها ويسهل تذكرها.
error-password-common = كثير من الناس يستخدمون كلمة المرور هذه، لذا فهي من أوائل ما يُجرَّب. جرّب بضع كلمات لا علاقة بينها.
error-password-pattern = صفوف المفاتيح والتكرار والتسلسلات (مثل "qwerty" أو "aaaa" أو "1234") يسهل تخمينها. جرّب بضع كلمات لا علاقة بينها.
error-password-dates = التواريخ والسنوات يسهل تخمينها. جرّب بدلًا منها بضع كلمات لا علاقة بينها.
error-password-word = كلمة واحدة أو اسم وحده يسهل تخمينه. أضف كلمة أو كلمتين لا علاقة بينها.
error-password-personal = تحتوي كلمة المرور هذه على اسمك أو عنوان بريدك الإلكتروني، ويسهل تخمينهما. جرّب بضع كلمات لا علاقة بينها.
manage-two-factor-title = تسجيل الدخول بخطوتين
manage-two-factor-require = يجب على المنسقين والميسّرين استخدام تسجيل الدخول بخطوتين
manage-two-factor-hint = يُطلب منهم تفعيله عند تسجيل دخولهم التالي، قبل أن يتمكنوا من فعل أي شيء آخر.
flash-two-factor-requirement-saved = تم حفظ إعداد تسجيل الدخول بخطوتين.
audit-settings-two-factor-requirement = تم تغيير اشتراط تسجيل الدخول بخطوتين
audit-account-two-factor-on = تم تفعيل تسجيل الدخول بخطوتين
audit-account-two-factor-off = تم إيقاف تسجيل الدخول بخطوتين
audit-account-recovery-codes-renewed = تم إنشاء رموز استرداد جديدة
audit-account-sessions-ended = تسجيل الخروج من كل مكان آخر
error-two-factor-locked = رموز خاطئة كثيرة متتالية. لحماية حسابك، لن تُقبل الرموز لمدة 15 دقيقة: يُرجى المحاولة لاحقًا.
