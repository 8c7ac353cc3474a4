consultations-title = الاستشارات
consultations-filter-theme = التصفية حسب الموضوع
consultations-all-themes = كل المواضيع
consultations-empty = لا توجد استشارات بعد. عندما تُفتح استشارة، ستجدها هنا.
consultations-empty-theme = لا توجد استشارة في موضوع «{ $theme }».
consultations-section-open = مفتوحة الآن
consultations-section-upcoming = قريبًا
consultations-section-closed = منتهية
consultation-invite-only = بدعوة فقط
consultation-themes = المواضيع
consultation-status-draft = مسودة
consultation-status-published = منشورة
consultation-status-archived = مؤرشفة
consultation-follow = متابعة هذه الاستشارة
consultation-unfollow = إلغاء المتابعة
consultation-open-console = فتح لوحة التيسير
consultation-rounds = المراحل
consultation-no-rounds = لم تُحدَّد مراحل هذه الاستشارة بعد.
consultation-about = موضوع الاستشارة
consultation-figures = بالأرقام
consultation-involved = { $count ->
    [zero] لا أحد معني بعد (يتابع الاستشارة أو هو جزء منها)
    [one] شخص واحد معني (يتابع الاستشارة أو هو جزء منها)
    [two] شخصان معنيان (يتابعان الاستشارة أو هما جزء منها)
    [few] { $count } أشخاص معنيين (يتابعون الاستشارة أو هم جزء منها)
    [many] { $count } شخصًا معنيًا (يتابعون الاستشارة أو هم جزء منها)
   *[other] { $count } شخص معني (يتابعون الاستشارة أو هم جزء منها)
}
consultation-followers = { $count ->
    [zero] لا أحد يتابع هذه الاستشارة
    [one] شخص واحد يتابع هذه الاستشارة
    [two] شخصان يتابعان هذه الاستشارة
    [few] { $count } أشخاص يتابعون هذه الاستشارة
    [many] { $count } شخصًا يتابعون هذه الاستشارة
   *[other] { $count } شخص يتابعون هذه الاستشارة
}
consultation-members = { $count ->
    [zero] لا يوجد أعضاء مدعوون
    [one] عضو مدعو واحد
    [two] عضوان مدعوان
    [few] { $count } أعضاء مدعوين
    [many] { $count } عضوًا مدعوًا
   *[other] { $count } عضو مدعو
}
consultation-round-count = { $count ->
    [zero] لا توجد مراحل
    [one] مرحلة واحدة
    [two] مرحلتان
    [few] { $count } مراحل
    [many] { $count } مرحلة
   *[other] { $count } مرحلة
}
round-opens = تُفتح في
round-closes = تُغلق في
round-state-upcoming = قريبًا
round-state-open = مفتوحة
round-state-closed = مغلقة
round-allows-proposals = يمكن تقديم اقتراحات
round-allows-comments = يمكن التعليق
round-allows-voting = يمكن التصويت
round-groups = من يمكنه المشاركة

cta-title = ماذا يمكنك أن تفعل الآن
cta-ended = انتهت كل المراحل. يمكنك أن تقرأ ما اقتُرح وما تقرّر.
cta-upcoming = تُفتح المرحلة التالية في
cta-log-in = هناك مرحلة مفتوحة: سجّل الدخول أو أنشئ حسابًا لتشارك.
cta-verify = هناك مرحلة مفتوحة. لتشارك، أكّد أولًا عنوان بريدك الإلكتروني من الرابط الذي أرسلناه إليك.
cta-read-only = في هذه المرحلة يمكنك القراءة والمتابعة فقط: لا تُقدَّم فيها اقتراحات ولا تعليقات.
cta-members-only = هذه المرحلة مخصّصة للأعضاء المدعوين فقط.
cta-other-groups = هذه المرحلة مخصّصة لهذه المجموعات:
cta-other-groups-follow = ومع ذلك، يمكنك أن تتابع الاستشارة وتقرأ كل شيء.
cta-act = هذه المرحلة مفتوحة ويمكنك المشاركة:
cta-act-propose = تقديم اقتراحات
cta-act-comment = التعليق على الاقتراحات
cta-act-vote = التصويت

pagination = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-position = الصفحة { $page } من { $pages }

invitation-title = دعوة
invitation-lead = لديك دعوة للمشاركة في «{ $consultation }».
invitation-accept = قبول الدعوة
invitation-account-needed = تحتاج إلى حساب لقبول الدعوة. أُرسلت الدعوة إلى { $email }: أنشئ حسابًا أو سجّل الدخول، ثم عُد إلى هذه الصفحة.
invitation-invalid = هذه الدعوة غير صالحة، أو استُخدمت من قبل، أو سُحبت، أو انتهت صلاحيتها. اطلب دعوة جديدة من الشخص الذي دعاك.

email-invitation-subject = دعوة للمشاركة: { $consultation }
email-invitation-body = لديك دعوة من { $inviter } للمشاركة في الاستشارة «{ $consultation }» على Tavolo.
email-invitation-role-facilitator = ستكون ميسّرًا: يمكنك إدارة مراحل الاستشارة، ودعوة الأعضاء، والإشراف على المحتوى.
email-invitation-role-member = ستكون عضوًا: يمكنك رؤية الاستشارة، وهي بدعوة فقط، والمشاركة فيها.
email-invitation-action = قبول الدعوة
email-invitation-expiry = الدعوة صالحة لمدة 14 يومًا. إذا لم تكن مهتمًا، فتجاهل هذه الرسالة.
email-appointed-subject = أصبحت ميسّرًا في: { $consultation }
email-appointed-body = تم تعيينك ميسّرًا للاستشارة «{ $consultation }». من لوحة التيسير يمكنك إدارة المراحل والأعضاء والإشراف على المحتوى.
email-appointed-action = فتح لوحة التيسير

flash-following = أنت تتابع هذه الاستشارة الآن.
flash-unfollowed = لم تعد تتابع هذه الاستشارة.
flash-invitation-accepted = أهلًا بك! أنت الآن جزء من هذه الاستشارة.

policy-log-in = يجب أن تسجّل الدخول للقيام بهذا.
policy-coordinators-only = فقط منسّقو المنصة يمكنهم القيام بهذا.
policy-facilitators-only = فقط ميسّرو هذه الاستشارة يمكنهم القيام بهذا.
