# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = إجراءات التصميم المشترك
procedures-lead = إعلانات التصميم المشترك العامة (المادة 55 من المرسوم التشريعي 117/2017): من يحق له التقدّم، وحتى متى، ووفق أي معايير، وكل وثيقة من وثائق الإجراء.
procedures-empty = لا توجد إجراءات منشورة حتى الآن.
procedures-console-lead = الإجراءات الرسمية للتصميم المشترك في هذه الاستشارة: الإعلان، والطلبات، والقبول، والجلسات.
procedures-console-empty = لا توجد إجراءات في هذه الاستشارة بعد.
console-procedures = إجراءات التصميم المشترك
console-procedures-explain = إعلان عام للتصميم المشترك مع هيئات القطاع الثالث، يشمل الطلبات والقبول والجلسات.
console-procedures-list = جميع إجراءات هذه الاستشارة

procedure-phase-draft = مسودة
procedure-phase-applications = تقديم الطلبات مفتوح
procedure-phase-admission = القبول جارٍ
procedure-phase-co-design = التصميم المشترك
procedure-phase-evaluation = التقييم
procedure-phase-closed = منتهٍ

procedure-new-title = إجراء جديد
procedure-edit-title = تعديل الإعلان
procedure-correct = تصحيح الإعلان (تصويب)
procedure-console-title = إدارة الإجراء
procedure-public-page = الصفحة العامة
procedure-form-lead = لكل قسم يشترطه القانون حقله الخاص. ما دام الإعلان مسودة يمكنك تغيير كل شيء.
procedure-edit-published-explain = الإعلان منشور: كل قسم تغيّره يُسجَّل تصويبًا علنيًا مع ملاحظة توضّح السبب. لا يمكن تغيير الموعد النهائي إلا بتأجيله، ولم يعد ممكنًا تغيير المعايير.
field-procedure-title = عنوان الإجراء
field-procedure-purposes = الأهداف والموضوع
field-procedure-economic_frame = الإطار المالي (الميزانية)
field-procedure-duration = مدة الشراكة
field-procedure-how_to_apply = طريقة التقديم
field-procedure-applications_close_at = الموعد النهائي لتقديم الطلبات
field-procedure-deadline-hint = بعد النشر بعشرين يومًا على الأقل (20 × 24 ساعة). يمكنك تحديد الثواني أيضًا.
procedure-deadline-earliest = إذا نُشر الآن، فأقرب موعد نهائي مسموح به هو { $date }.
procedure-supporters-legend = الداعمون والممولون
field-procedure-supporters_allowed = يمكن لأطراف أخرى المشاركة بصفة داعمين أو ممولين
field-procedure-supporters_note = بأي شروط
field-procedure-requirements = شروط المشاركة
field-procedure-runs_service = ستتولى الهيئات المختارة أيضًا إدارة الخدمة
field-procedure-kinds = من يحق له التقدّم
procedure-criteria-title = معايير التقييم
procedure-criteria-hint = املأ سطرًا لكل معيار (تُتجاهل الأسطر الفارغة). يجب أن يكون مجموع الأوزان 100.
procedure-criteria-locked = لا يمكن تغيير المعايير بعد النشر: ستُقيَّم المقترحات وفق المعايير التي قرأتها الهيئات عند تقدّمها.
procedure-criterion-legend = المعيار { $number }
field-procedure-criterion-name = المعيار
field-procedure-criterion-description = الوصف
field-procedure-criterion-weight = الوزن
procedure-weight = الوزن { $weight }
field-procedure-erratum_note = لماذا يتغيّر الإعلان
field-procedure-erratum_note-hint = تُنشر الملاحظة مع تصويب كل قسم يتغيّر.

error-procedure-title-required = اكتب عنوان الإجراء.
error-procedure-section-required = يشترط القانون هذا القسم: املأه.
error-procedure-text-long = النص طويل جدًا.
error-procedure-kinds-required = اختر نوعًا واحدًا على الأقل من الهيئات التي يحق لها التقدّم.
error-procedure-criterion-name = اكتب اسم المعيار.
error-procedure-criterion-weight = الوزن عدد صحيح من 1 إلى 100.
error-procedure-criteria-required = حدّد معيار تقييم واحدًا على الأقل.
error-procedure-weights-sum = يجب أن يكون مجموع أوزان المعايير 100.
error-procedure-deadline-20-days = يجب أن يقع الموعد النهائي بعد النشر بعشرين يومًا على الأقل (20 × 24 ساعة).
error-procedure-deadline-earlier = بعد النشر لا يمكن تغيير الموعد النهائي إلا بتأجيله.
error-procedure-erratum-note = وضّح لماذا يتغيّر الإعلان: ترافق الملاحظة التصويب.

procedure-publish-title = نشر الإعلان
procedure-publish-explain = أنت على وشك نشر الإعلان «{ $title }».
procedure-publish-deadline = سيُغلق تقديم الطلبات في { $date }.
procedure-publish-after = بعد النشر سيكون كل تغيير تصويبًا علنيًا، ولن يمكن تغيير الموعد النهائي إلا بتأجيله، ولن تتغيّر المعايير. سيُبلَّغ متابعو الاستشارة.
procedure-publish-confirm = انشر الآن

flash-procedure-created = أُنشئ الإجراء مسودةً.
flash-procedure-saved = حُفظت المسودة.
flash-procedure-corrected = صُحّح الإعلان: نُشر التصويب.
flash-procedure-unchanged = لم يتغيّر شيء.
flash-procedure-published = نُشر الإعلان.
flash-procedure-applied = استُلم الطلب. أرسلنا إليك الإيصال بالبريد الإلكتروني.
flash-procedure-withdrawn = سُحب الطلب.
flash-procedure-replaced = استُبدل الطلب. أرسلنا إليك الإيصال الجديد بالبريد الإلكتروني.
flash-procedure-decided = حُفظ القرار.
flash-procedure-admission-published = نُشرت نتيجة القبول: أُبلغت الهيئات.
flash-procedure-sessions-saved = حُدّثت الجلسات.

procedure-notice-title = الإعلان
procedure-published-on = نُشر في
procedure-yes = نعم
procedure-no = لا
procedure-none = لا أحد.
procedure-errata-title = التصويبات
procedure-erratum-previous = سابقًا
procedure-erratum-current = الآن
procedure-erratum-note = السبب
procedure-field-title = العنوان
procedure-field-purposes = الأهداف والموضوع
procedure-field-economic_frame = الإطار المالي
procedure-field-duration = مدة الشراكة
procedure-field-how_to_apply = طريقة التقديم
procedure-field-applications_close_at = الموعد النهائي لتقديم الطلبات
procedure-field-supporters_allowed = السماح بالداعمين والممولين
procedure-field-supporters_note = شروط الداعمين والممولين
procedure-field-requirements = شروط المشاركة
procedure-field-runs_service = إدارة الخدمة
procedure-field-admitted_kinds = من يحق له التقدّم
procedure-applications-title = الطلبات
procedure-applications-received = الطلبات المستلمة
procedure-received-count = { $count ->
    [0] لم يُستلم أي طلب حتى الآن.
    [one] استُلم طلب واحد.
    [two] استُلم طلبان.
    [few] استُلمت { $count } طلبات.
   *[other] استُلم { $count } طلبًا.
}
procedure-names-after-deadline = تُنشر أسماء الهيئات المتقدّمة بعد الموعد النهائي.
procedure-application-number = رقم { $number }
procedure-admission-outcome = نتيجة القبول
procedure-admitted-title = الهيئات المقبولة
procedure-excluded-title = الهيئات المستبعدة
procedure-sessions-title = جلسات التصميم المشترك
procedure-minutes-published = المحضر منشور
procedure-minutes-not-yet = المحضر غير منشور بعد

procedure-apply = تقدّم بطلب
procedure-apply-title = الطلب
procedure-apply-explain = يحق لممثلي الهيئات الموثّقة من نوع يقبله الإعلان التقدّم حتى الموعد النهائي.
procedure-apply-deadline = تُستلم الطلبات حتى { $date } (بتوقيت الخادم، بدقة الثانية).
procedure-apply-submit = أرسل الطلب
field-procedure-organisation = الهيئة
field-procedure-role = المشاركة بصفة
procedure-role-partner = شريك (يشارك في التصميم)
procedure-role-supporter = داعم
procedure-role-funder = ممول
field-procedure-statement = تعريف بالهيئة واستيفاء الشروط
field-procedure-statement-hint = من أنتم، وما خبرتكم، وكيف تستوفون شروط الإعلان. يمكنك استخدام Markdown.
error-procedure-organisation = اختر الهيئة التي تتقدّم باسمها.
error-procedure-role = اختر صفة يسمح بها الإعلان.
error-procedure-statement-required = اكتب تعريفًا بالهيئة.
error-procedure-statement-long = النص طويل جدًا (10000 حرف على الأكثر).
error-procedure-already-applied = لدى هذه الهيئة طلب قائم بالفعل: يمكنك استبداله بدلًا من إرسال طلب آخر.
procedure-offer-replace = انتقل إلى طلباتك لاستبداله
procedure-refused-not-representative = لا يحق إلا لممثل الهيئة أن يتقدّم باسمها أو يسحب طلبها أو يستبدله.
procedure-refused-not-verified = هيئتك غير موثّقة بعد: لا يحق التقدّم إلا للهيئات الموثّقة.
procedure-refused-kind = لا يقبل الإعلان نوع هيئتك.
procedure-refused-deadline = انقضى الموعد النهائي: لم تعد الطلبات أو السحب أو الاستبدال مقبولة.
procedure-refused-not-published = الإعلان غير منشور.
procedure-refused-not-standing = سُحب هذا الطلب أو استُبدل بالفعل.
procedure-mine-title = طلباتك
procedure-mine-empty = ليس لهيئاتك أي طلب في هذا الإجراء.
procedure-received-at = تاريخ الاستلام
procedure-status-submitted = مستلم، بانتظار القبول
procedure-status-withdrawn = مسحوب
procedure-status-replaced = مستبدل
procedure-status-admitted = مقبول
procedure-status-excluded = مستبعد
procedure-replace-title = استبدال الطلب
procedure-replace-explain = سيُستبدل الطلب رقم { $number } بطلب جديد برقم جديد.
procedure-replace-submit = أرسل الطلب الجديد
procedure-withdraw-title = سحب الطلب
procedure-withdraw-explain = هل تريد سحب الطلب رقم { $number } في الإجراء «{ $title }»؟ يمكنك إرسال طلب جديد حتى الموعد النهائي.
procedure-withdraw-confirm = اسحب

procedure-admission-title = القبول
procedure-admission-open = حدّد الهيئات المقبولة
procedure-admission-lead = اقبل كل طلب أو استبعده؛ يتطلب الاستبعاد ذكر السبب. يمكنك تغيير القرارات حتى النشر.
procedure-admission-empty = لم يُستلم أي طلب.
procedure-admission-not-yet = يُبتّ في القبول بعد الموعد النهائي لتقديم الطلبات.
procedure-admission-published = نُشرت نتيجة القبول بالفعل: لم يعد ممكنًا تغيير القرارات.
procedure-admission-published-explain = نُشرت نتيجة القبول.
procedure-admission-undecided = اتخذ قرارًا بشأن كل طلب قبل النشر.
procedure-admission-undecided-count = { $count ->
    [0] اتُّخذ قرار بشأن جميع الطلبات.
    [one] بقي طلب واحد دون قرار.
    [two] بقي طلبان دون قرار.
    [few] بقيت { $count } طلبات دون قرار.
   *[other] بقي { $count } طلبًا دون قرار.
}
procedure-decision = القرار
procedure-decision-admit = اقبل
procedure-decision-exclude = استبعد
procedure-decision-save = احفظ القرار
field-procedure-reason = السبب
field-procedure-reason-hint = إلزامي عند الاستبعاد؛ يُبلَّغ للهيئة ويُنشر.
error-procedure-exclusion-reason = اكتب سبب الاستبعاد.
error-procedure-decision = اختر القبول أو الاستبعاد.
procedure-admission-publish = نشر نتيجة القبول
procedure-admission-publish-explain = هل تريد نشر نتيجة القبول في الإجراء «{ $title }»؟ ستُبلَّغ كل هيئة بالبريد الإلكتروني مع السبب، وستصبح القوائم علنية.
procedure-admission-publish-confirm = انشر وأبلغ الهيئات
procedure-admitted-count = { $count ->
    [one] هيئة واحدة مقبولة
    [two] هيئتان مقبولتان
    [few] { $count } هيئات مقبولة
   *[other] { $count } هيئة مقبولة
}
procedure-excluded-count = { $count ->
    [one] هيئة واحدة مستبعدة
    [two] هيئتان مستبعدتان
    [few] { $count } هيئات مستبعدة
   *[other] { $count } هيئة مستبعدة
}

procedure-console-evaluation = التقييم والاتفاق
procedure-console-commission = لجنة التقييم
procedure-console-scores = المقترحات والدرجات
procedure-console-agreement = الاتفاق
procedure-record-link = السجل العام للوثائق
procedure-sessions-not-yet = تُحدَّد الجلسات بعد نشر نتيجة القبول.
procedure-sessions-no-meetings = لا توجد لقاءات في هذه الاستشارة.
procedure-sessions-explain = حدّد أي لقاءات الاستشارة هي جلسات تصميم مشترك: لن يتمكن من التسجيل فيها إلا أعضاء الهيئات المقبولة.
procedure-session-badge = جلسة
procedure-session-add = علّمه جلسةً
procedure-session-remove = ليس جلسة
error-procedure-session-change = طلب غير صالح.
procedure-session-admitted-only = هذا اللقاء جلسة تصميم مشترك: لا يحق التسجيل فيه إلا لأعضاء الهيئات المقبولة في الإجراء.

notification-procedure_news = «{ $consultation }»: مستجدات في الإجراء «{ $title }»
procedure-step-published = نُشر الإعلان.
procedure-step-corrected = صُحّح الإعلان (تصويب).
procedure-step-admission-published = نُشرت نتيجة القبول.

procedure-format-received = %d/%m/%Y، %H:%M:%S
email-procedure-action = افتح الإجراء
email-procedure-received-subject = استُلم الطلب رقم { $number }: { $procedure }
email-procedure-received-body = استلمنا طلب { $organisation } في الإجراء «{ $procedure }».
email-procedure-received-number = رقم التسجيل: { $number }
email-procedure-received-time = تاريخ الاستلام: { $received }
email-procedure-received-change = حتى الموعد النهائي يمكنك سحبه أو استبداله من صفحة طلباتك.
email-procedure-admitted-subject = مقبول: { $procedure }
email-procedure-admitted-body = قُبل الطلب رقم { $number } المقدَّم من { $organisation } في الإجراء «{ $procedure }».
email-procedure-excluded-subject = مستبعد: { $procedure }
email-procedure-excluded-body = استُبعد الطلب رقم { $number } المقدَّم من { $organisation } في الإجراء «{ $procedure }».
email-procedure-reason = السبب: { $reason }
