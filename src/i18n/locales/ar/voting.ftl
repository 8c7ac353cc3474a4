# التصويت

vote-title = تصويتك
vote-support = تأييد
vote-you-support = أنت تؤيد هذا الاقتراح.
vote-withdraw-support = سحب تأييدي
vote-approval-legend = رأيك
vote-approval-for = مع
vote-approval-against = ضد
vote-approval-abstain = أمتنع عن التصويت
vote-withdraw = سحب صوتي
vote-your-dots = { $count ->
    [0] لم تضع أي نقطة هنا.
    [one] وضعت نقطة واحدة هنا.
    [two] وضعت نقطتين هنا.
    [few] وضعت { $count } نقاط هنا.
    [many] وضعت { $count } نقطة هنا.
   *[other] وضعت { $count } نقطة هنا.
}
vote-add-dot = إضافة نقطة
vote-remove-dot = إزالة نقطة
vote-left-supports = التأييدات المتبقية لك: { $left } من { $limit }
vote-left-dots = النقاط المتبقية لك: { $left } من { $limit }
vote-left-unlimited = يمكنك تأييد كل الاقتراحات التي تريدها. عدد تأييداتك حتى الآن: { $used }.
vote-approval-count = { $count ->
    [0] لم تصوّت على أي اقتراح بعد.
    [one] صوّتَّ على اقتراح واحد.
    [two] صوّتَّ على اقتراحين.
    [few] صوّتَّ على { $count } اقتراحات.
    [many] صوّتَّ على { $count } اقتراحًا.
   *[other] صوّتَّ على { $count } اقتراح.
}
vote-done-nothing = لم يتغيّر شيء.
vote-done-withdrawn = تم سحب صوتك.
vote-done-supported = تم احتساب تأييدك.
vote-done-approval = تم حفظ صوتك.
vote-done-dot-added = تمت إضافة نقطة.
vote-done-dot-removed = تمت إزالة نقطة.
error-vote-log-in = سجّل الدخول لتصوّت.
error-vote-verify-email = أكّد عنوان بريدك الإلكتروني قبل التصويت.
error-vote-members-only = في هذه الاستشارة، يصوّت الأعضاء المدعوون فقط.
error-vote-group-not-admitted = مجموعتك لا تصوّت في هذه المرحلة.
error-vote-round-no-voting = لا يوجد تصويت في هذه المرحلة.
error-vote-round-closed = التصويت مغلق: انتهت المرحلة.
error-vote-proposal-not-open = هذا الاقتراح سُحب أو أُخفي أو دُمج في اقتراح آخر: لا يمكن التصويت عليه.
error-vote-choice = هذا الخيار غير موجود في هذه المرحلة.
error-vote-no-supports-left = لم يبقَ لك أي تأييد. اسحب تأييدًا من اقتراح آخر لتؤيد هذا الاقتراح.
error-vote-no-dots-left = لم تبقَ لك أي نقطة. أزل أولًا نقطة من اقتراح آخر.
sort-supported = الأكثر تأييدًا

# النتائج

results-title = النتائج
results-all = كل نتائج هذه الاستشارة
results-no-voting = ليس في هذه الاستشارة مراحل تصويت.
results-rounds = مراحل التصويت
results-limit-support = { $count ->
    [zero] { $count } تأييد لكل شخص
    [one] تأييد واحد لكل شخص
    [two] حتى تأييدين لكل شخص
    [few] حتى { $count } تأييدات لكل شخص
    [many] حتى { $count } تأييدًا لكل شخص
   *[other] حتى { $count } تأييد لكل شخص
}
results-limit-dots = { $count ->
    [zero] { $count } نقطة لكل شخص
    [one] نقطة واحدة لكل شخص
    [two] نقطتان لكل شخص
    [few] { $count } نقاط لكل شخص
    [many] { $count } نقطة لكل شخص
   *[other] { $count } نقطة لكل شخص
}
results-rule-explained-support = كل مشارك يؤيد الاقتراحات التي يريدها. الرقم هو عدد التأييدات.
results-rule-explained-approval = كل مشارك يختار «مع» أو «ضد» أو «أمتنع عن التصويت» لكل اقتراح. الرقم هو عدد أصوات «مع».
results-rule-explained-dots = كل مشارك يوزّع عددًا من النقاط، ويمكن وضع أكثر من نقطة على الاقتراح نفسه. الرقم هو عدد النقاط.
results-after-close = ستُنشر نتائج هذه المرحلة عند إغلاقها.
results-preview = الميسّرون فقط يرون هذه الأرقام الآن: ستصبح علنية كما تنص قواعد المرحلة.
results-by-proposal = الاقتراحات
results-turnout = من صوّت
results-turnout-title = المصوّتون في كل مجموعة، من بين الحسابات التي كان يمكنها التصويت
results-turnout-figure = { $voters } من { $eligible } ({ $share })
results-voters-total = { $count ->
    [zero] لم يصوّت أحد.
    [one] صوّت شخص واحد.
    [two] صوّت شخصان.
    [few] صوّت { $count } أشخاص.
    [many] صوّت { $count } شخصًا.
   *[other] صوّت { $count } شخص.
}
results-cross-group-what = ما هو التأييد عبر المجموعات؟
results-cross-group-explained = يبيّن هل يحظى الاقتراح بتأييد كل المجموعات، لا أكبرها فقط. لكل مجموعة فيها 3 مصوّتين على الأقل، نحسب نسبة مصوّتيها الذين أيّدوا الاقتراح. الدرجة هي أدنى هذه النسب: 60% تعني أن 60% على الأقل من مصوّتي كل مجموعة أيّدوه. يجب أن تكون هناك مجموعتان على الأقل في كل منهما 3 مصوّتين أو أكثر. يُعرض العدّ الحضوري بجانبه ولا يدخل في حسابه.
results-fewer-than-3-explained = للحفاظ على سرية التصويت، تُظهر المجموعة التي فيها أقل من 3 مصوّتين عبارة «أقل من 3» بدل الأرقام. وإذا كان يمكن مع ذلك معرفة الأرقام بالطرح، تُخفى أيضًا أصغر مجموعة بعدها.
results-sort-total = أعلى مجموع
results-sort-cross-group = أعلى تأييد عبر المجموعات
results-no-proposals = لا توجد اقتراحات في هذه المرحلة.
results-online = الأصوات عبر الإنترنت
results-cross-group = التأييد عبر المجموعات
results-cross-group-undefined = لا توجد مجموعات كافية فيها 3 مصوّتين
results-offline = العدّ الحضوري (غير محسوب أعلاه)
results-fewer-than-3 = أقل من 3
results-total-support = { $count ->
    [zero] لا تأييد
    [one] تأييد واحد
    [two] تأييدان
    [few] { $count } تأييدات
    [many] { $count } تأييدًا
   *[other] { $count } تأييد
}
results-total-approval = { $count ->
    [zero] لا أصوات «مع»
    [one] صوت واحد «مع»
    [two] صوتان «مع»
    [few] { $count } أصوات «مع»
    [many] { $count } صوتًا «مع»
   *[other] { $count } صوت «مع»
}
results-total-dots = { $count ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
results-against-abstain = ضد: { $against }، امتناع: { $abstain }
results-approval-figures = مع: { $for }، ضد: { $against }، امتناع: { $abstain }
results-bar-figure = { $share } · { $figure }
results-chart-title = التأييد حسب المجموعة: { $title }

# العدّ الحضوري

tally-title = تسجيل عدّ حضوري
tally-lead = نتائج العدّ في لقاء حضوري للمرحلة «{ $round }». تُعرض بجانب الأصوات عبر الإنترنت، مع مكان العدّ وطريقته.
tally-session = اللقاء
tally-record-for = تسجيل عدّ حضوري للمرحلة «{ $round }»
field-tally-method = طريقة العدّ
field-tally-method-hint = مثلًا: رفع الأيدي، أوراق تصويت، ملصقات على لوحة.
field-tally-supports = التأييدات
field-tally-for = مع
field-tally-dots = النقاط
field-tally-against = ضد
field-tally-abstain = امتناع
tally-submit = حفظ العدّ
tally-delete-title = حذف هذا العدّ الحضوري؟
tally-delete-explain = لن يظهر العدّ الذي جرى في { $place } يوم { $day } في النتائج بعد الآن. يبقى الحذف مسجّلًا في سجل النشاط.
tally-delete = حذف العدّ
flash-tally-recorded = تم حفظ العدّ الحضوري.
flash-tally-deleted = تم حذف العدّ الحضوري.
error-tally-day-future = لا يمكن أن يكون اليوم في المستقبل.
error-tally-method-required = اذكر كيف عُدّت الأصوات (حتى 500 حرف).
error-tally-count-invalid = أدخل عددًا صحيحًا من 0 إلى 100000.
error-tally-empty = أدخل عددًا واحدًا على الأقل.
