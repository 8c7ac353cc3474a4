## التقرير القابل للطباعة

report-title = حصيلة الاستشارة
report-exported = تاريخ التصدير: { $when }.
report-pseudonymised = يظهر أصحاب المساهمات بمجموعتهم وباسم مستعار، دون أسماء ودون عناوين بريد إلكتروني. لا تُصدَّر الأصوات الفردية أبدًا.
report-named = تظهر أسماء أصحاب المساهمات، كما تسمح هذه الاستشارة. لا توجد عناوين بريد إلكتروني، ولا تُصدَّر الأصوات الفردية أبدًا.
report-rounds = المراحل
report-no-rounds = ليس لهذه الاستشارة مراحل.
report-round = المرحلة
report-round-state = الحالة
report-opens = موعد الفتح
report-closes = موعد الإغلاق
report-summary = بالأرقام
report-total-proposals = الاقتراحات
report-total-comments = التعليقات
report-total-in-person = اقتراحات جُمعت في اللقاءات
report-total-vote-counts = عمليات عدّ الأصوات في اللقاءات
report-total-meetings = الاجتماعات
report-total-commitments = الالتزامات
report-by-answer = الاقتراحات حسب الرد
report-by-group = الاقتراحات حسب المجموعة
report-none = لا شيء.
report-results = النتائج
report-no-results = لا توجد مرحلة تصويت لها نتائج لعرضها.
report-preview = معاينة: النتائج لم تُنشر بعد
report-most-supported = الاقتراحات الأكثر تأييدًا، مع حصة كل مجموعة
report-cross-group = التأييد عبر المجموعات { $score }
report-all-results = كل الاقتراحات في «{ $round }»
report-proposal = الاقتراح
report-total = المجموع
report-cross-group-column = التأييد عبر المجموعات
report-proposals = الاقتراحات والردود
report-no-proposals = لم تُقدَّم أي اقتراحات.
report-hidden = أخفاه المشرفون
report-answer = الرد
report-comments = { $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
report-recorded-at = جُمع في لقاء: { $place } ({ $group })
report-in-person = اللقاءات الحضورية
report-in-person-explained = اقتراحات كُتبت في اللقاءات، وأصوات عُدّت هناك. يُعرض العدّ في اللقاءات بجانب النتائج عبر الإنترنت، ولا يُضاف إليها أبدًا.
report-in-person-kind = النوع
report-in-person-proposal = اقتراح مسجّل
report-in-person-vote_count = أصوات معدودة
report-place = المكان
report-day = اليوم
report-group = المجموعة
report-people = الأشخاص
report-votes = الأصوات
report-counts = مع: { $for }، ضد: { $against }، امتناع: { $abstain }
report-footer = أُعدّ باستخدام Tavolo في { $when }.
group-unknown = غير معروفة

## صفحة الحصيلة في لوحة التيسير

outcomes-title = الحصيلة
outcomes-intro = كل ما تلقّته هذه الاستشارة وما قرّرته، لنوضّح ما حدث لكل مساهمة: الاقتراحات، والتعليقات، والردود، والنتائج حسب المجموعة، واللقاءات الحضورية.
outcomes-download = تنزيل
outcomes-pseudonymised = يظهر أصحاب المساهمات بمجموعتهم وباسم مستعار يبقى نفسه داخل هذه الاستشارة. لا توجد عناوين بريد إلكتروني، ولا أصوات فردية أبدًا.
outcomes-format-csv = جداول CSV (zip)
outcomes-format-json = JSON
outcomes-format-xlsx = جدول بيانات (XLSX)
outcomes-format-html = تقرير قابل للطباعة
outcomes-format-hint-csv = ملف لكل جدول، لبرنامج LibreOffice أو Excel أو أي برنامج آخر.
outcomes-format-hint-json = مستند واحد، حسب المخطط المنشور.
outcomes-format-hint-xlsx = ورقة لكل جدول.
outcomes-format-hint-html = يُفتح في المتصفح: اطبعه أو احفظه بصيغة PDF.
outcomes-with-names = مع أسماء أصحاب المساهمات
outcomes-with-names-hint = تسمح هذه الاستشارة بذكر الأسماء في الملفات المصدَّرة من هنا. تعامل مع هذه الملفات على أنها بيانات شخصية.
outcomes-audited = كل تنزيل يُسجَّل في سجل النشاط.
outcomes-schema = مخطط JSON
outcomes-open-data = البيانات المفتوحة
outcomes-published-on = نُشرت كبيانات مفتوحة في { $when }: يمكن لأي شخص تنزيلها، بأسماء مستعارة، من صفحة الاستشارة.
outcomes-not-published = الحصيلة غير منشورة كبيانات مفتوحة.
outcomes-blocked-not-closed = يمكن نشرها بعد إغلاق كل المراحل، أو بعد أرشفة الاستشارة.
outcomes-blocked-invite-only = يمكن نشر حصيلة الاستشارات العامة فقط.
outcomes-publish = نشر الحصيلة
outcomes-withdraw = سحب البيانات المفتوحة
outcomes-coordinators-publish = يمكن لمنسّق المنصة نشرها.
outcomes-publish-confirm = نشر الحصيلة كبيانات مفتوحة؟
outcomes-publish-explain = سيتمكّن أي شخص من تنزيل اقتراحات هذه الاستشارة وتعليقاتها وردودها ونتائجها ولقاءاتها الحضورية بصيغة JSON و CSV من صفحتها. يظهر أصحاب المساهمات بمجموعتهم واسم مستعار فقط، لا بالاسم ولا بالبريد الإلكتروني. يمكنك سحبها لاحقًا.
outcomes-privacy = الخصوصية
outcomes-privacy-names = يمكن أن تذكر الملفات المصدَّرة من هنا أسماء أصحاب المساهمات
outcomes-privacy-names-hint = فقط إذا أُبلغ المشاركون بذلك. البيانات المفتوحة لا تذكر اسم أحد أبدًا، ولا يحتوي أي ملف مصدَّر على عناوين بريد إلكتروني أو أصوات فردية.
outcomes-privacy-save = حفظ
flash-outcomes-privacy-saved = تم حفظ إعداد الخصوصية.
flash-outcomes-published = تم نشر الحصيلة كبيانات مفتوحة.
flash-outcomes-withdrawn = تم سحب البيانات المفتوحة.
console-outcomes = الحصيلة
console-outcomes-intro = نزّل الحصيلة (CSV، JSON، XLSX، تقرير قابل للطباعة) وانشرها كبيانات مفتوحة.
consultation-outcomes = الحصيلة
consultation-outcomes-intro = حصيلة هذه الاستشارة بيانات مفتوحة: الاقتراحات، والتعليقات، والردود، والنتائج، واللقاءات الحضورية، مع أسماء مستعارة لأصحاب المساهمات.
consultation-outcomes-json = تنزيل بصيغة JSON
consultation-outcomes-csv = تنزيل كجداول CSV (zip)
audit-consultation-exported = تم تصدير الحصيلة
audit-consultation-privacy-changed = تم تغيير إعداد الخصوصية
audit-outcomes-published = تم نشر الحصيلة كبيانات مفتوحة
audit-outcomes-withdrawn = تم سحب البيانات المفتوحة
report-meetings-explained = اجتماعات هذه الاستشارة: متى وأين، والأماكن المحجوزة، ومن حضر حسب فئة أصحاب المصلحة (المسجلون ومن حضر دون تسجيل)، والمحضر بعد نشره. لا يُذكر اسم أحد.
report-attendance = من حضر، حسب فئة أصحاب المصلحة
report-meeting-proposals = المقترحات المسجلة في هذا الاجتماع
report-minutes = المحضر
report-latest-updates = آخر المستجدات
