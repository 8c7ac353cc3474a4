# الجرس وصفحة الإشعارات

nav-notifications = الإشعارات
nav-unread = غير مقروءة
notifications-title = الإشعارات
notifications-empty = لا شيء بعد. تابع استشارة أو اقتراحًا لتعرف ما يحدث فيه.
notifications-unread = { $count ->
    [0] قرأت كل شيء.
    [one] إشعار واحد غير مقروء.
    [two] إشعاران غير مقروءين.
    [few] { $count } إشعارات غير مقروءة.
    [many] { $count } إشعارًا غير مقروء.
   *[other] { $count } إشعار غير مقروء.
}
notifications-read-all = تحديد الكل كمقروء
notifications-new = جديد
notifications-mark-read = تحديد كمقروء
flash-notification-read = تم التحديد كمقروء.
flash-notifications-read = تم تحديد كل الإشعارات كمقروءة.
notification-round_opened = «{ $consultation }»: المرحلة «{ $title }» مفتوحة الآن
notification-round_closed = «{ $consultation }»: تم إغلاق المرحلة «{ $title }»
notification-round_closing_soon = «{ $consultation }»: يُغلق التصويت في «{ $title }» بعد 24 ساعة، ولم تصوّت بعد
notification-proposal_published = «{ $consultation }»: اقتراح جديد «{ $title }»
notification-proposal_answered = «{ $consultation }»: وصل رد على الاقتراح «{ $title }»
notification-comment_on_my_proposal = «{ $consultation }»: تعليق جديد على «{ $title }»
notification-reply_to_my_comment = «{ $consultation }»: رد على تعليقك على «{ $title }»
notification-proposal_merged = «{ $consultation }»: تم دمج الاقتراح «{ $title }» في اقتراح آخر
notification-content_flagged = «{ $consultation }»: تم الإبلاغ عن محتوى ويجب مراجعته
notification-content_hidden = «{ $consultation }»: أخفى المشرفون مساهمتك في «{ $title }»
notification-coauthor_invited = «{ $consultation }»: لديك دعوة لتوقيع «{ $title }» (راجع بريدك الإلكتروني)
notification-member_invited = «{ $consultation }»: لديك دعوة للمشاركة (راجع بريدك الإلكتروني)
notification-facilitator_invited = «{ $consultation }»: لديك دعوة لتيسير الاستشارة (راجع بريدك الإلكتروني)

# الإعدادات وما تتابعه

notification-preferences-title = إعدادات البريد الإلكتروني
notification-preferences-lead = اختر الرسائل التي تصلك بالبريد الإلكتروني. تظهر الإشعارات دائمًا تحت الجرس.
notification-preference-email_own = عن اقتراحاتك وتعليقاتك وأصواتك
notification-preference-email_others = عن الاستشارات والاقتراحات التي تتابعها
notification-preference-hint-email_own = التعليقات على اقتراحاتك ورد الجهة العامة عليها، والردود على تعليقاتك، وتذكير قبل إغلاق التصويت.
notification-preference-hint-email_others = اقتراحات جديدة، وفتح المراحل وإغلاقها، وأخبار الاقتراحات التي تتابعها.
frequency-immediate = فورًا، رسالة لكل إشعار
frequency-daily = رسالة واحدة في اليوم فيها كل شيء (لا رسالة إذا لم يحدث شيء)
frequency-off = بلا رسائل
notification-preferences-account-emails = الرسائل الخاصة بحسابك (تأكيد العنوان، كلمة مرور جديدة، الدعوات) تصلك دائمًا.
notification-preferences-save = حفظ الإعدادات
notification-following-consultations = الاستشارات التي تتابعها
notification-following-proposals = الاقتراحات التي تتابعها
notification-following-none = لا شيء.
proposal-follow = متابعة هذا الاقتراح
proposal-unfollow = إلغاء المتابعة
flash-preferences-saved = تم حفظ إعدادات البريد الإلكتروني.
flash-proposal-followed = أنت تتابع هذا الاقتراح: ستعرف بالتعليقات عليه وبالرد.
flash-proposal-unfollowed = لم تعد تتابع هذا الاقتراح.
error-frequency-required = اختر كم مرة تريد أن تصلك هذه الرسائل.

# إلغاء الاشتراك

unsubscribe-title = إيقاف هذه الرسائل
unsubscribe-invalid = رابط إلغاء الاشتراك هذا غير صالح. يمكنك اختيار الرسائل في صفحة الإعدادات بعد تسجيل الدخول.
unsubscribe-explain = إيقاف كل الرسائل عن الاستشارات والاقتراحات إلى { $email }؟
unsubscribe-confirm = إيقاف هذه الرسائل
unsubscribe-done = تم: لن تصل إلى { $email } بعد الآن رسائل عن الاستشارات والاقتراحات.
unsubscribe-account-emails = الرسائل الخاصة بحسابك ستظل تصلك. لتختار من جديد:

# رسائل البريد الإلكتروني

email-notification-open = فتح في Tavolo
email-notification-why = تصلك هذه الرسالة لأنك تشارك في هذا المحتوى أو تتابعه على Tavolo.
email-notification-preferences = اختر رسائلك:
email-notification-unsubscribe = أوقف هذه الرسائل:
email-notification-preferences-link = اختيار رسائلك
email-notification-unsubscribe-link = إيقاف هذه الرسائل
email-digest-subject = Tavolo: ما حدث حتى { $day }

# قائمة انتظار البريد

mail-title = قائمة انتظار البريد
mail-lead = رسائل لم تُرسل بعد، أو تم التخلي عنها بعد يوم من المحاولات، مع آخر خطأ. عند إعادة الإرسال يبقى Message-ID نفسه، فلا يرى أحد نسختين.
mail-empty = لا توجد رسائل في الانتظار أو فاشلة.
mail-recipient = إلى
mail-kind = الرسالة
mail-state = الحالة
mail-error = آخر خطأ
mail-actions = الإجراءات
mail-dead = تم التخلي عنها
mail-retrying = المحاولة التالية { $when }
mail-attempts = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولة
   *[other] { $count } محاولة
}
mail-retry = إعادة الإرسال
flash-mail-retried = ستُرسل الرسالة من جديد الآن.
audit-mail-retried = تمت إعادة إرسال رسالة
audit-tally-recorded = تم تسجيل عدّ حضوري
audit-tally-deleted = تم حذف عدّ حضوري
