proposals-title = الاقتراحات
proposals-filter = تصفية الاقتراحات
proposals-search = البحث في الاقتراحات
proposals-count = { $count ->
    [zero] لا توجد اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}
proposals-empty = لا يوجد اقتراح مطابق. جرّب إزالة بعض عوامل التصفية.
filter-any = الكل
filter-round = المرحلة
filter-answer = الرد
filter-group = مجموعة صاحب الاقتراح
filter-language = اللغة
filter-sort = الترتيب حسب
filter-in-person = فقط الاقتراحات التي جُمعت في اللقاءات الحضورية
filter-apply = تطبيق
sort-newest = الأحدث
sort-commented = الأكثر تعليقًا
sort-random = ترتيب عشوائي (ثابت بالنسبة لك)

answer-pending = في انتظار الرد
answer-evaluating = قيد الدراسة
answer-accepted = مقبول
answer-partially_accepted = مقبول جزئيًا
answer-rejected = غير مقبول

proposal-new-title = اقتراح جديد
proposal-preview = معاينة
proposal-preview-hint = هكذا سيظهر اقتراحك. راجعه، ثم انشره.
proposal-publish = نشر الاقتراح
proposal-edit-title = تعديل الاقتراح
proposal-edit-hint = يمكنك تعديل الاقتراح لمدة 30 دقيقة، ما دام لم يعلّق عليه أحد. تبقى النسخ السابقة متاحة للقراءة.
proposal-history-title = النسخ السابقة
proposal-history-empty = لم يُعدَّل هذا الاقتراح أبدًا.
proposal-history-before = النسخة السارية حتى
proposal-withdraw = سحب الاقتراح
proposal-withdraw-title = سحب الاقتراح؟
proposal-withdraw-explain = سيبقى الاقتراح ظاهرًا على أنه مسحوب، مع السبب الذي تكتبه هنا.
proposal-record-title = تسجيل اقتراح من لقاء
proposal-record-lead = انقل اقتراحًا قُدّم في لقاء حضوري، باسم الأشخاص الذين حضروا.
proposal-record-meeting = اللقاء
proposal-record-text = الاقتراح
proposal-record-submit = تسجيل الاقتراح
proposal-in-person = من لقاء حضوري
proposal-in-person-title = جُمع في لقاء حضوري
proposal-in-person-where = في { $place }، يوم { $day }:
proposal-in-person-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
proposal-in-person-recorded-by = سُجّل بواسطة { $name }.
proposal-by = مقدَّم من
proposal-edited-history = معدَّل: انظر النسخ السابقة
proposal-state-withdrawn = مسحوب
proposal-state-hidden = مخفي
proposal-state-merged = مدموج في اقتراح آخر
proposal-merged-into = تم دمج هذا الاقتراح في:
proposal-withdrawn-because = سحبه أصحابه:
proposal-hidden-because = أخفاه المشرفون:
proposal-hidden-pending = مخفي في انتظار المراجعة، بعد عدة بلاغات.
proposal-answer-title = رد الجهة العامة
proposal-answer-save = حفظ الرد
proposal-comments-count = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}

field-proposal-title = عنوان الاقتراح
field-proposal-title-hint = قصير وواضح: ماذا تقترح؟
field-proposal-body = نص الاقتراح
field-theme = الموضوع
field-no-theme = بلا موضوع
field-text-language = لغة النص
field-text-language-hint = اللغة التي تكتب بها: يمكنك أن تكتب بلغتك.
field-withdraw-reason = لماذا تسحبه؟
field-place = المكان
field-place-hint = مثلًا: Biblioteca di San Paolo, Prato.
field-day = اليوم
field-day-hint = بهذا الشكل: 2026-11-20.
field-people = عدد الأشخاص
field-group-met = مجموعة الأشخاص الذين التقيتهم
field-answer = الرد
field-justification = الشرح العلني
field-justification-hint = مطلوب للردود النهائية: اشرح ماذا ستفعل الجهة العامة ولماذا.
field-stance = موقفك
field-comment = التعليق
field-comment-hint = يمكنك استخدام Markdown البسيط: **خط عريض**، قوائم، روابط.
field-flag-reason = ما المشكلة؟

discussion-title = النقاش
discussion-empty = لا توجد تعليقات بعد.
stance-for = مع
stance-against = ضد
stance-neutral = محايد
stance-for-count = { $count ->
    [zero] مع: { $count }
    [one] مع: 1
    [two] مع: 2
    [few] مع: { $count }
    [many] مع: { $count }
   *[other] مع: { $count }
}
stance-against-count = { $count ->
    [zero] ضد: { $count }
    [one] ضد: 1
    [two] ضد: 2
    [few] ضد: { $count }
    [many] ضد: { $count }
   *[other] ضد: { $count }
}
stance-neutral-count = { $count ->
    [zero] محايد: { $count }
    [one] محايد: 1
    [two] محايد: 2
    [few] محايد: { $count }
    [many] محايد: { $count }
   *[other] محايد: { $count }
}
comment-new = اكتب تعليقًا
comment-publish = نشر التعليق
comment-reply = ردّ
comment-edit-title = تعديل التعليق
comment-edited = معدَّل
comment-withdraw = سحب التعليق
comment-withdrawn = تعليق سحبه صاحبه.
comment-hidden-because = تعليق أخفاه المشرفون:
comment-hidden-pending = تعليق مخفي في انتظار المراجعة.
comment-replying-to = ردًّا على { $name }
comment-yours = تعليقك
flag-proposal = الإبلاغ عن هذا الاقتراح
flag-comment = إبلاغ
flag-send = إرسال البلاغ

console-answered = اقتراحات لها رد نهائي: { $answered } من { $total }
console-hide = إخفاء
console-restore = استعادة
console-held = بانتظار المراجعة: أبلغ عنه عدد كافٍ من الأشخاص لإخفائه، لكنه يبقى ظاهرًا ما دام هناك تصويت مفتوح.
error-moderation-settled = المحتوى المسحوب أو المدموج يبقى كما هو: الإشراف لا يخفيه ولا يستعيده.
console-hide-reason = السبب (يظهر مكان المحتوى)
console-flag-reasons = أسباب البلاغات
consultation-proposals-link = عرض الاقتراحات

flash-proposal-published = تم نشر الاقتراح.
flash-proposal-saved = تم تعديل الاقتراح. تبقى النسخة السابقة في سجل النسخ.
flash-proposal-withdrawn = تم سحب الاقتراح.
flash-proposal-recorded = تم تسجيل الاقتراح من اللقاء.
flash-answer-saved = تم حفظ الرد.
flash-comment-published = تم نشر التعليق.
flash-comment-saved = تم تعديل التعليق.
flash-comment-withdrawn = تم سحب التعليق.
flash-flagged = شكرًا: وصل بلاغك إلى الميسّرين.
flash-already-flagged = لقد أبلغت عن هذا من قبل.
flash-content-hidden = تم إخفاء المحتوى.
flash-content-restored = تمت استعادة المحتوى.

error-proposal-title-required = اكتب عنوانًا.
error-proposal-title-long = يجب ألا يزيد العنوان على 200 حرف.
error-proposal-body-required = اكتب نص الاقتراح.
error-proposal-body-short = النص قصير جدًا: اشرح أكثر قليلًا.
error-proposal-body-long = يجب ألا يزيد النص على 20000 حرف.
error-proposal-theme-unknown = اختر أحد مواضيع الاستشارة.
error-proposal-language-required = اختر لغة النص.
error-withdraw-reason = اكتب السبب (1000 حرف على الأكثر).
error-place-required = اكتب مكان اللقاء.
error-day-invalid = اكتب اليوم بهذا الشكل: 2026-11-20.
error-people-invalid = اكتب عدد الأشخاص الذين حضروا (من 1 إلى 10000).
error-answer-required = اختر ردًّا.
error-justification-required = الرد النهائي يحتاج إلى شرح علني.
error-justification-long = الشرح طويل جدًا.
error-comment-required = اكتب التعليق.
error-comment-long = يجب ألا يزيد التعليق على 5000 حرف.
error-stance-required = اختر موقفك.
error-flag-reason = اكتب باختصار سبب البلاغ.
error-hide-reason = لإخفاء محتوى، يجب ذكر السبب.

policy-verify-email = أكّد عنوان بريدك الإلكتروني أولًا.
policy-report-verify-email = للإبلاغ عن محتوى، أكّد عنوان بريدك الإلكتروني أولًا: لا تُقبل البلاغات من حسابات غير مؤكَّدة.
policy-consultation-not-running = هذه الاستشارة ليست جارية.
policy-members-only = يشارك الأعضاء المدعوون فقط.
policy-no-open-round = لا توجد مرحلة مفتوحة الآن.
policy-round-no-proposals = لا تُقدَّم اقتراحات في هذه المرحلة.
policy-round-no-comments = لا يمكن التعليق في هذه المرحلة.
policy-round-no-voting = لا يوجد تصويت في هذه المرحلة.
policy-group-not-admitted = هذه المرحلة غير مفتوحة لمجموعتك.
policy-proposal-not-open = هذا الاقتراح لم يعد يقبل مساهمات.
policy-not-your-proposal = فقط الموقّعون على الاقتراح يمكنهم القيام بهذا.
policy-proposal-edit-closed = لم يعد ممكنًا تعديله: علّق عليه أحد أو مرّت 30 دقيقة. يمكنك سحبه.
policy-not-your-comment = فقط صاحب التعليق يمكنه القيام بهذا.
policy-comment-edit-closed = انتهى وقت تعديل هذا التعليق.

audit-proposal-recorded-in-person = تم تسجيل اقتراح من لقاء
audit-proposal-withdrawn = تم سحب اقتراح
audit-proposal-answered = تم الرد على اقتراح
audit-content-flagged = تم الإبلاغ عن محتوى
audit-content-hidden = تم إخفاء محتوى
audit-content-restored = تمت استعادة محتوى

console-answers-pending-link = اقتراحات في انتظار الرد
consultation-proposal-count = { $count ->
    [zero] لا توجد اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}
consultation-comment-count = { $count ->
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
coauthor-title = التوقيع كمؤلف مشارك
coauthor-lead = لديك دعوة لتوقيع الاقتراح:
coauthor-accept = توقيع الاقتراح
coauthors-title = المؤلفون المشاركون
coauthors-invite = دعوة مؤلف مشارك (البريد الإلكتروني)
coauthors-invite-hint = سيصله رابط ليوقّع الاقتراح معك، وسيستطيع تعديله.
coauthors-send = إرسال الدعوة
coauthor-role = مؤلف مشارك
flash-coauthor-invited = تم إرسال دعوة التوقيع.
flash-coauthor-accepted = أنت الآن من الموقّعين على هذا الاقتراح.
policy-only-author-invites = فقط صاحب الاقتراح يدعو المؤلفين المشاركين.
email-coauthor-subject = دعوة للتوقيع: { $proposal }
email-coauthor-body = لديك دعوة من { $inviter } لتوقيع الاقتراح «{ $proposal }» بشكل مشترك على Tavolo.
email-coauthor-action = توقيع الاقتراح
moderation-title = الإشراف على المحتوى

merge-title = دمج الاقتراحات
merge-lead = اجمع في اقتراح واحد الاقتراحات التي تقول الشيء نفسه. كل اقتراح مدموج يشير إلى الاقتراح الذي يجمعه، ومن وقّع عليه يصبح موقّعًا على الاقتراح الجامع أيضًا.
merge-too-few = يجب وجود اقتراحين على الأقل للدمج.
merge-sources = الاقتراحات المراد دمجها
merge-target = أين تُدمج
merge-target-new = في اقتراح جامع جديد (اكتب عنوانه ونصّه أدناه)
merge-new-hint = العنوان والنص مطلوبان فقط لاقتراح جامع جديد.
merge-submit = دمج
flash-merged = تم دمج الاقتراحات.
error-merge-target = اختر أين تُدمج الاقتراحات.
error-merge-sources = اختر الاقتراحات المراد دمجها (اثنين على الأقل، أو واحدًا إذا كنت تدمجه في اقتراح موجود).
error-merge-during-voting = لا تُدمج الاقتراحات أثناء فتح مرحلة تصويت: لا يمكن نقل الأصوات دون تغييرها. ادمجها قبل فتح التصويت أو بعد إغلاقه.
audit-proposal-merged = تم دمج اقتراحات
proposal-recorded-at = سُجّل في
