# الاجتماعات في التقويمات: الاجتماعات القادمة، التغييرات والتذكيرات، موجز التقويم، ورقة التوقيع

notification-meeting_changed = «{ $consultation }»: تغيّر الاجتماع «{ $title }»
notification-meeting_reminder = «{ $consultation }»: يبدأ الاجتماع «{ $title }» خلال أقل من يوم
meeting-changed-time = تغيّر التاريخ أو الوقت.
meeting-changed-address = تغيّر العنوان.
meeting-changed-online-link = تغيّر الرابط عبر الإنترنت.
meetings-feed = موجز تقويم لكل الاجتماعات (.ics)
meetings-feed-hint = اشترك بهذا العنوان في تطبيق التقويم لديك: تبقى كل اجتماعات هذه الاستشارة محدّثة فيه، والملغاة معلَّمة بأنها ملغاة.
meetings-upcoming-all = كل الاجتماعات
meeting-upcoming-online = عبر الإنترنت فقط
sign-in-sheet-link = ورقة التوقيع للطباعة
sign-in-title = ورقة التوقيع
sign-in-registered = الأشخاص المسجَّلون
sign-in-walk-ins = الأشخاص الذين حضروا دون تسجيل
sign-in-name = الاسم
sign-in-group = فئة أصحاب المصلحة
sign-in-signature = التوقيع
sign-in-print-hint = اطبع هذه الصفحة من المتصفح (A4)؛ لا تُطبع أدوات التنقل.
sign-in-nobody = لم يسجّل أحد.
