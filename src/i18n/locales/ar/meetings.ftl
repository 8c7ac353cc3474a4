# الاجتماعات: حضوريًا وعبر الإنترنت، التسجيل وقائمة الانتظار

meetings-title = الاجتماعات
meetings-upcoming = الاجتماعات القادمة
meetings-none-upcoming = لا توجد اجتماعات مقررة بعد. عندما يحدد الميسّرون اجتماعًا سيظهر هنا مع المكان والموعد واللغات.
meetings-past = الاجتماعات السابقة
console-meetings-list = كل اجتماعات هذه الاستشارة
meeting-new-title = اجتماع جديد
meeting-edit-title = تعديل الاجتماع
meeting-cancel-title = إلغاء الاجتماع
meeting-registrations-title = من سيحضر
field-meeting-round = المرحلة
field-meeting-no-round = بلا مرحلة
field-meeting-starts-at = يبدأ
field-meeting-ends-at = ينتهي
meeting-where = أين
field-meeting-place-hint = عنوان، أو رابط عبر الإنترنت، أو كلاهما.
field-meeting-address = العنوان
field-meeting-directions = كيف تصل
field-meeting-venue-accessibility = إمكانية الوصول إلى المكان
field-meeting-online-url = الرابط عبر الإنترنت
field-meeting-languages = اللغات المستخدمة
field-meeting-languages-hint = مثلًا: الإيطالية، العربية.
field-meeting-interpretation = الترجمة الشفوية المتاحة
field-meeting-interpretation-hint = مثلًا: مترجمون للعربية والتغرينية.
field-meeting-childcare = تتوفر رعاية للأطفال
meeting-registration = التسجيل
field-meeting-registration-required = التسجيل مطلوب
field-meeting-capacity = الأماكن
field-meeting-capacity-hint = اتركه فارغًا إن لم يكن هناك حد. عندما تنفد الأماكن ينضم الناس إلى قائمة الانتظار.
field-meeting-deadline = آخر موعد للتسجيل
meeting-when = متى
meeting-childcare = رعاية الأطفال
meeting-childcare-yes = نعم
meeting-childcare-no = غير متوفرة
meeting-cancelled = ملغى
meeting-online = مع رابط عبر الإنترنت
meeting-past = انعقد هذا الاجتماع.
meeting-add-to-calendar = أضفه إلى تقويمك (.ics)
meeting-places-left = { $count ->
    [0] لم تبقَ أماكن.
    [one] بقي مكان واحد.
   *[other] عدد الأماكن المتبقية: { $count }.
}
meeting-deadline = آخر موعد للتسجيل
meeting-you-are-registered = أنت مسجّل.
meeting-you-are-waiting = { $count ->
    [one] أنت في قائمة الانتظار: دورك هو التالي.
   *[other] أنت في قائمة الانتظار، رقمك { $count }.
}
meeting-withdraw = إلغاء تسجيلي
meeting-full-waiting-list = الاجتماع مكتمل. يمكنك الانضمام إلى قائمة الانتظار: إذا تحرر مكان فهو لأول شخص في الانتظار، ويصله بريد إلكتروني.
meeting-needs = ما تحتاجه للمشاركة
meeting-needs-hint = لا يراه إلا الميسّرون.
field-meeting-interpreter = مترجم شفوي للغة
field-meeting-need-childcare = أحتاج إلى رعاية للأطفال
field-meeting-accessibility-need = حاجة تتعلق بإمكانية الوصول
meeting-join-waiting-list = الانضمام إلى قائمة الانتظار
meeting-register = التسجيل
meeting-cancel-explain = هل تريد إلغاء الاجتماع «{ $title }»؟ يبقى في القائمة على أنه ملغى، مع السبب.
meeting-cancel-told = { $count ->
    [0] لم يسجّل أحد بعد.
    [one] سيصل بريد إلكتروني إلى الشخص المسجّل أو المنتظر.
   *[other] سيصل بريد إلكتروني إلى الأشخاص المسجّلين أو المنتظرين وعددهم { $count }.
}
field-meeting-cancel-reason = السبب
field-meeting-cancel-reason-hint = يظهر في صفحة الاجتماع.
meeting-cancel-confirm = إلغاء الاجتماع
meeting-needs-private = لا يرى الاحتياجات إلا الميسّرون.
meeting-needs-summary = باختصار
meeting-count-registered = { $count ->
    [one] شخص واحد مسجّل
   *[other] عدد المسجّلين: { $count }
}
meeting-count-waiting = { $count ->
    [one] شخص واحد في الانتظار
   *[other] عدد المنتظرين: { $count }
}
meeting-count-childcare = { $count ->
    [one] رعاية أطفال لشخص واحد
   *[other] رعاية أطفال لعدد { $count } من الأشخاص
}
meeting-count-accessibility = { $count ->
    [one] حاجة واحدة تتعلق بإمكانية الوصول
   *[other] عدد احتياجات إمكانية الوصول: { $count }
}
meeting-count-interpreter = ترجمة شفوية إلى { $language }
meeting-nobody-registered = لم يسجّل أحد بعد.
meeting-status = الحالة
meeting-status-registered = مسجّل
meeting-status-waiting = في الانتظار
meeting-no-registration = لا حاجة إلى التسجيل: تعال مباشرة.
meeting-registration-cancelled = هذا الاجتماع ملغى.
meeting-registration-started = انتهى التسجيل: بدأ الاجتماع.
meeting-registration-deadline-passed = أُغلق التسجيل.
error-meeting-title-required = أعطِ الاجتماع عنوانًا.
error-meeting-text-long = هذا النص طويل جدًا.
error-meeting-round-unknown = اختر إحدى مراحل هذه الاستشارة.
error-meeting-ends-before-starts = يجب أن ينتهي الاجتماع بعد بدايته.
error-meeting-online-url = اكتب عنوان ويب يبدأ بـ https://.
error-meeting-place-required = اذكر عنوانًا، أو رابطًا عبر الإنترنت، أو كليهما.
error-meeting-capacity = اكتب عدد أماكن من 1 إلى 100000، أو اتركه فارغًا.
error-meeting-deadline-after-start = يجب أن يُغلق التسجيل قبل بدء الاجتماع.
error-meeting-capacity-needs-registration = تحديد الأماكن يتطلب التسجيل: اختر «التسجيل مطلوب».
error-meeting-cancel-reason-required = اذكر سبب إلغاء الاجتماع.
error-meeting-needs-invalid = ما كتبته عن احتياجاتك طويل جدًا أو يحتوي على رموز غير مسموح بها.
flash-meeting-created = تمت جدولة الاجتماع.
flash-meeting-saved = تم حفظ الاجتماع.
flash-meeting-cancelled = أُلغي الاجتماع؛ يجري إبلاغ كل المسجّلين.
flash-meeting-registered = أنت مسجّل.
flash-meeting-waiting = الاجتماع مكتمل: أنت في قائمة الانتظار.
flash-meeting-already = كنت مسجّلًا من قبل.
flash-meeting-withdrawn = أُلغي تسجيلك.
notification-meeting_cancelled = «{ $consultation }»: أُلغي الاجتماع «{ $title }»
notification-meeting_place_confirmed = «{ $consultation }»: تحرر مكان في «{ $title }» وهو لك
privacy-keep-meeting-needs = ما قلت إنك تحتاجه لحضور اجتماع (مترجم شفوي، رعاية الأطفال، إمكانية الوصول)
privacy-keep-meeting-needs-for = 30 يومًا بعد الاجتماع؛ يبقى تسجيلك

error-meeting-choice = اختر أحد اجتماعات هذه الاستشارة التي عُقدت، أو لا شيء.
meeting-records-cancelled = أُلغي هذا الاجتماع: لا يوجد حضور ولا محضر لتسجيله.
meeting-records-not-started = يمكن تسجيل الحضور والمحضر بعد بدء الاجتماع.
meeting-attendance-title = الحضور
meeting-attendance-lead = ضع علامة على الأشخاص الذين حضروا واحسب من حضروا دون تسجيل. الحفظ مرة أخرى يستبدل ما حُفظ من قبل.
meeting-attendance-recorded = آخر تسجيل
meeting-attendance-registered = المسجّلون (ومن هم على قائمة الانتظار)
meeting-attendance-registered-hint = ضع علامة على كل من حضر.
meeting-attendance-walk-ins = الحاضرون دون تسجيل
meeting-attendance-walk-ins-hint = أشخاص حضروا دون أن يسجّلوا، حسب فئة أصحاب المصلحة. اتركه فارغًا إن لم يوجد أحد.
meeting-attendance-save = احفظ الحضور
error-meeting-walk-ins = أدخل عددًا صحيحًا من 0 إلى 10000.
flash-meeting-attendance-saved = تم حفظ الحضور.
meeting-minutes-title = المحضر
meeting-minutes-lead = ما نوقش وما اتُّفق عليه. يمكنك استخدام Markdown. المسودة يراها الميسّرون فقط؛ وبعد النشر يمكن للجميع قراءتها.
meeting-minutes-published-on = نُشر
meeting-minutes-edit-public = التغييرات التي تحفظها تصبح علنية فورًا.
meeting-minutes-draft-note = هذا المحضر مسودة: يراه الميسّرون فقط إلى أن تنشره.
field-meeting-minutes = المحضر
field-meeting-minutes-hint = مثلًا: من شارك، والنقاط التي نوقشت، وما اتُّفق عليه، ومن يفعل ماذا بعد ذلك.
meeting-minutes-limit = حتى { $count } حرف.
meeting-minutes-save-published = احفظ التغييرات
meeting-minutes-publish = انشر
meeting-minutes-save-draft = احفظ المسودة
error-meeting-minutes-long = المحضر طويل جدًا: اختصره إلى 20000 حرف أو أقل. نصّك محفوظ أدناه.
error-meeting-minutes-empty = اكتب المحضر قبل نشره.
flash-meeting-minutes-draft = تم حفظ مسودة المحضر.
flash-meeting-minutes-published = تم نشر المحضر.
flash-meeting-minutes-edited = تم تحديث المحضر المنشور.
meeting-after-title = بعد الاجتماع
meeting-after-empty = لم يُسجَّل أي شيء عن هذا الاجتماع بعد.
meeting-attendance-by-group = من حضر، حسب الفئة
meeting-attendance-came-registered = مسجّلون وحضروا
meeting-attendance-total = المجموع
meeting-minutes-draft = مسودة
meeting-linked-proposals = مقترحات صدرت عن هذا الاجتماع
meeting-linked-tallies = أصوات عُدّت في هذا الاجتماع
meeting-tally-round = المرحلة { $round }
field-meeting-source = الاجتماع
field-meeting-source-hint = الاجتماع الذي صدر عنه، إن وُجد. تُعرض فقط الاجتماعات التي عُقدت.
field-meeting-none = لا اجتماع
