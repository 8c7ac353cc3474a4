## نتائج الاستبيانات والاستبيانات الورقية والنسخة القابلة للطباعة.

survey-results-title = نتائج الاستبيان
survey-results-consultation = العودة إلى الاستشارة
survey-results-when-open = ستظهر النتائج عند فتح الاستبيان.
survey-results-when-closed = ستظهر النتائج عند إغلاق الاستبيان.
survey-results-facilitators-only = نتائج هذا الاستبيان لا يراها إلا ميسّرو الاستشارة.
survey-results-sources = مصدر الإجابات
survey-results-source-all = الكل
survey-results-source-online = عبر الإنترنت
survey-results-source-paper = على الورق
survey-results-fewer = أقل من 3
survey-results-fewer-explained = لحماية المشاركين، لا تظهر أرقام مجموعة ما إلا إذا أجاب عن السؤال 3 أشخاص على الأقل من تلك المجموعة؛ وإذا كان مجموع إجابات المجموعات المخفية 1 أو 2، تُخفى أيضًا أصغر مجموعة ظاهرة.
survey-results-respondents = من أجاب
survey-results-group = المجموعة
survey-results-everyone = الجميع
survey-results-answered = أجابوا
survey-results-answers = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}
survey-results-average = المتوسط
survey-results-place = متوسط الترتيب { $place } · { $figures }
survey-results-place-short = متوسط الترتيب { $place }
survey-results-table = جدول بيانات السؤال
survey-results-quotes = اقتباسات مختارة

survey-answers-title = الإجابات الحرة
survey-answers-read = قراءة الإجابات
survey-answers-none = لا توجد إجابات بعد.
survey-answers-hidden = مخفية
survey-answers-quoted = منشورة كاقتباس
survey-answers-hide = إخفاء
survey-answers-show = إظهار من جديد
survey-answers-quote = نشر كاقتباس
survey-answers-unquote = سحب الاقتباس
survey-answers-hide-title = إخفاء هذه الإجابة؟
survey-answers-hide-explain = تبقى الإجابة المخفية محسوبة، لكن لا يمكن قراءتها أو اقتباسها بعد ذلك. يبقى السبب في سجل النشاط.
survey-answers-reason = السبب
survey-answers-reason-required = اكتب سبب إخفائها.
survey-answers-reason-too-long = السبب طويل جدًا (1000 حرف على الأكثر).
survey-answers-hidden-not-quoted = لا يمكن اقتباس إجابة مخفية.
flash-survey-answer-hidden = أُخفيت الإجابة.
flash-survey-answer-shown = أصبحت الإجابة ظاهرة من جديد.
flash-survey-answer-quoted = نُشرت الإجابة كاقتباس.
flash-survey-answer-unquoted = سُحب الاقتباس.

survey-paper-list-title = الاستبيانات الورقية
survey-paper-new-title = إدخال استبيان ورقي
survey-paper-new-explain = انقل الإجابات كما هي مكتوبة على الورقة. يمكن ترك الأسئلة الإلزامية الفارغة فارغة: يُسجَّل الاستبيان رغم ذلك.
survey-paper-place = المكان
survey-paper-place-hint = أين مُلئ، مثلًا الشبّاك أو الاجتماع.
survey-paper-day = اليوم
survey-paper-group = مجموعة المجيب
survey-paper-save = تسجيل الاستبيان
survey-paper-another = سُجّل الاستبيان. يمكنك إدخال التالي: المكان واليوم والمجموعة معبّأة مسبقًا.
survey-paper-place-required = اكتب المكان.
survey-paper-place-too-long = المكان طويل جدًا (200 حرف على الأكثر).
survey-paper-day-required = أدخل اليوم.
survey-paper-day-invalid = اكتب اليوم بالصيغة YYYY-MM-DD.
survey-paper-day-future = لا يمكن أن يكون اليوم في المستقبل.
survey-paper-group-required = اختر مجموعة المجيب.
survey-paper-draft = الاستبيان ما زال مسودة: انشره قبل إدخال الإجابات.
survey-paper-count = { $count ->
    [0] لم يُدخل أي استبيان ورقي.
    [one] أُدخل استبيان ورقي واحد.
    [two] أُدخل استبيانان ورقيان.
    [few] أُدخلت { $count } استبيانات ورقية.
   *[other] أُدخل { $count } استبيانًا ورقيًا.
}
survey-paper-typed-by = أدخله
survey-paper-remove = حذف
survey-paper-remove-title = حذف هذا الاستبيان الورقي؟
survey-paper-remove-explain = ستُزال إجاباته من النتائج. افعل ذلك فقط إذا أُدخل عن طريق الخطأ.
survey-paper-remove-confirm = حذف الاستبيان
flash-survey-paper-removed = حُذف الاستبيان الورقي.
survey-paper-condition = أجب فقط إذا كانت إجابتك عن السؤال { $number } «{ $option }».

survey-print-link = نسخة للطباعة
survey-print-explain = اطبع هذه الصفحة من المتصفح. يبدأ كل قسم في صفحة جديدة.
survey-print-languages = لغة الاستبيان
survey-print-how = ضع علامة في مربعات الإجابات التي تختارها.
survey-print-required = إلزامي
survey-print-tick-one = ضع علامة في مربع واحد فقط.
survey-print-tick-any = ضع علامة في أي عدد تريده من المربعات.
survey-print-tick-up-to = { $count ->
    [one] ضع علامة في مربع واحد على الأكثر.
    [two] ضع علامة في مربعين على الأكثر.
   *[other] ضع علامة في { $count } مربعات على الأكثر.
}
survey-print-rank = { $count ->
   *[other] اكتب في المربعات رقمًا من 1 إلى { $count }، من الأهم إلى الأقل أهمية، كل رقم مرة واحدة.
}
survey-print-date = التاريخ (اليوم، الشهر، السنة):
survey-print-thanks = شكرًا على إجابتك.
