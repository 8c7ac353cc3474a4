# متابعة الالتزامات: ماذا حدث بعد ذلك

follow-up-title = ماذا حدث بعد ذلك
follow-up-lead = الالتزامات التي قطعتها الجهة العامة انطلاقًا من الاقتراحات المقبولة: من المسؤول، وإلى أين وصلت، والمستجدات المؤرخة.
follow-up-overall = التقدم الإجمالي
follow-up-overall-text = { $count ->
    [one] التزام واحد قيد التنفيذ أو منجز، متوسط التقدم { $progress }%.
    [two] التزامان قيد التنفيذ أو منجزان، متوسط التقدم { $progress }%.
    [few] { $count } التزامات قيد التنفيذ أو منجزة، متوسط التقدم { $progress }%.
    [many] { $count } التزامًا قيد التنفيذ أو منجزًا، متوسط التقدم { $progress }%.
   *[other] { $count } التزام قيد التنفيذ أو منجز، متوسط التقدم { $progress }%.
}
follow-up-filter = تصفية الالتزامات
follow-up-count = { $count ->
    [0] لا توجد التزامات.
    [one] التزام واحد.
    [two] التزامان.
    [few] { $count } التزامات.
    [many] { $count } التزامًا.
   *[other] { $count } التزام.
}
follow-up-none-matching = لا يوجد التزام يطابق هذه المرشحات.
follow-up-empty = ستظهر هنا التزامات الجهة العامة: لكل اقتراح مقبول أو مقبول جزئيًا، ما الذي سيُنجز، ومن المسؤول، ومتى، وبأي تكلفة، والمستجدات حتى الانتهاء.
follow-up-empty-link = عرض الاقتراحات المقبولة
commitment-status-planned = مخطط له
commitment-status-in_progress = قيد التنفيذ
commitment-status-done = منجز
commitment-status-dropped = متروك
commitment-progress-text = التقدم: { $progress }%
commitment-dropped-reason = سبب التخلي عنه
commitment-proposals = الاقتراحات التي نشأ منها
commitment-updates = المستجدات
commitment-no-updates = لا توجد مستجدات بعد.
commitment-post-update = نشر مستجد
commitment-publish-update = نشر هذا المستجد
commitment-edit = تعديل الالتزام
commitment-new = التزام جديد
commitment-save = حفظ الالتزام
commitment-keep-status = إبقاؤه كما هو
commitments-manage = الالتزامات
commitments-manage-lead = حوّل الاقتراحات المقبولة إلى التزامات علنية وأخبر الناس بسير تنفيذها.
commitments-none-eligible = لم يُقبل أي اقتراح كليًا أو جزئيًا بعد: أجب عن الاقتراحات قبل قطع الالتزامات.
commitments-none-yet = لا توجد التزامات بعد.
commitments-actions = الإجراءات
console-commitments = الالتزامات ومتابعتها
consultation-follow-up-link = ماذا حدث بعد ذلك
proposal-commitments-title = الالتزامات المقطوعة
field-commitment-title = عنوان الالتزام
field-commitment-description = الوصف
field-commitment-responsible = الجهة المسؤولة
field-commitment-responsible-hint = المكتب أو الهيئة التي تنفذه.
field-commitment-status = الحالة
field-commitment-new-status = الحالة الجديدة
field-commitment-reason = السبب، إذا تُرك
field-commitment-reason-hint = إلزامي عند التخلي عن الالتزام: سيكون علنيًا.
field-commitment-progress = التقدم بالنسبة المئوية
field-commitment-progress-hint = رقم من 0 إلى 100؛ الالتزام المنجز عند 100%.
field-commitment-new-progress = التقدم الجديد بالنسبة المئوية
field-commitment-keep-hint = اتركه فارغًا لعدم تغييره.
field-commitment-starts = البداية المخططة
field-commitment-ends = النهاية المخططة
field-commitment-budget = الميزانية
field-commitment-budget-hint = أرقام، مع منزلتين عشريتين على الأكثر بعد فاصلة أو نقطة (مثلًا 12500,50).
field-commitment-currency = العملة
field-commitment-currency-hint = رمز من ثلاثة أحرف، مثل EUR.
field-commitment-proposals = الاقتراحات التي نشأ منها
field-commitment-update = ماذا حدث
field-commitment-update-hint = نص علني؛ يمكنك استخدام Markdown.
error-commitment-status = اختر حالة.
error-commitment-reason-required = الالتزام المتروك يحتاج إلى سبب علني.
error-commitment-text-long = النص طويل جدًا.
error-commitment-progress = التقدم عدد صحيح من 0 إلى 100.
error-commitment-title-required = اكتب عنوانًا.
error-commitment-title-long = 200 حرف على الأكثر.
error-commitment-responsible-required = اذكر من المسؤول.
error-commitment-ends-before = لا يمكن أن تسبق النهاية المخططة البداية.
error-commitment-proposal-invalid = لا يمكن اختيار إلا الاقتراحات المقبولة كليًا أو جزئيًا في هذه الاستشارة.
error-commitment-proposal-required = اختر اقتراحًا مقبولًا واحدًا على الأقل.
error-commitment-budget = اكتب المبلغ بالأرقام فقط ومع منزلتين عشريتين على الأكثر.
error-commitment-currency = العملة رمز من ثلاثة أحرف، مثل EUR.
error-commitment-update-required = اكتب ماذا حدث.
flash-commitment-saved = حُفظ الالتزام.
flash-commitment-update-posted = نُشر المستجد؛ سيُبلَّغ من وقّع الاقتراحات أو يتابعها.
notification-commitment_updated = «{ $consultation }»: جديد بشأن الالتزام «{ $title }»
audit-commitment-created = أُنشئ التزام
audit-commitment-edited = عُدّل التزام
audit-commitment-update-posted = نُشر مستجد لالتزام
