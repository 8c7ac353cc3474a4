language-name = العربية
language-dir = rtl
language-switch = اللغة
format-datetime = %d/%m/%Y، %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { ": " }
punctuation-comma = { "، " }
punctuation-stop = { ". " }

skip-to-content = الانتقال إلى المحتوى
nav-account = حسابك
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
nav-logout = تسجيل الخروج
nav-manage = الإدارة
nav-main = القائمة الرئيسية
footer-privacy = إشعار الخصوصية
footer-about = Tavolo منصة مفتوحة لتصميم السياسات والخدمات معًا.

home-title = لنصمّم معًا
home-lead = الجهات العامة ومنظمات القطاع الاجتماعي والأشخاص المستفيدون من الخدمات يتناقشون ويقرّرون معًا، على مراحل.
home-how-title = كيف تعمل المنصة
home-how-propose = كل من يشارك يقترح أفكارًا.
home-how-discuss = نناقش الأفكار، في لقاءات حضورية أيضًا.
home-how-vote = نصوّت، ويرى الجميع تأييد كل مجموعة.
home-how-answer = تردّ الجهة العامة على كل اقتراح، وتشرح السبب.

privacy-title = إشعار الخصوصية
privacy-lead = نعالج فقط البيانات اللازمة للمشاركة، ولا أحد يرى تصويتك.
privacy-what-title = ما البيانات التي نعالجها
privacy-what = الاسم الظاهر، وعنوان البريد الإلكتروني، وكلمة المرور (مشفّرة)، والمجموعة التي تنتمي إليها، والمنظمة إن ذكرتها، واللغة المفضّلة، والمساهمات التي تنشرها.
privacy-why-title = لماذا
privacy-why = لكي تتمكّن من المشاركة، ولنرسل إليك الرسائل التي تطلبها، ولنعرض النتائج حسب المجموعة دون إظهار البيانات الشخصية.
privacy-ballot-title = التصويت السري
privacy-ballot = تعرض النتائج المجاميع فقط. المجموعة التي فيها أقل من 3 مصوّتين لا تُعرض وحدها.
privacy-rights-title = حقوقك
privacy-rights = يمكنك رؤية بياناتك وأخذها معك وتصحيحها وحذف حسابك بنفسك:

register-title = إنشاء حساب
register-lead = تحتاج إلى حساب لتقترح وتعلّق وتصوّت.
register-submit = إنشاء الحساب
register-have-account = لديك حساب بالفعل؟

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = نسيت كلمة المرور؟
login-no-account = ليس لديك حساب؟ أنشئ حسابًا

forgot-title = نسيت كلمة المرور
forgot-lead = اكتب عنوان بريدك الإلكتروني، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل لي الرابط
forgot-sent = إذا كان هناك حساب للعنوان { $email }، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.

reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة

invalid-link-title = الرابط غير صالح
invalid-link-verify = رابط التأكيد هذا غير صالح، أو استُخدم من قبل، أو انتهت صلاحيته.
invalid-link-verify-retry = اطلب رابطًا جديدًا من حسابك
invalid-link-reset = رابط تغيير كلمة المرور هذا غير صالح، أو استُخدم من قبل، أو انتهت صلاحيته.
invalid-link-reset-retry = اطلب رابطًا جديدًا

account-title = حسابك
account-email = عنوان البريد الإلكتروني:
account-unverified-title = أكّد عنوان بريدك الإلكتروني
account-unverified = يمكنك الآن أن تتصفّح كل شيء. لتقترح وتعلّق وتصوّت، افتح الرابط الذي أرسلناه إليك بالبريد الإلكتروني.
account-resend = أرسل لي رابطًا جديدًا
account-profile-title = الملف الشخصي
account-save = حفظ الملف الشخصي
account-password-title = تغيير كلمة المرور
account-change-password = تغيير كلمة المرور

field-display-name = الاسم الظاهر
field-display-name-hint = يظهر بجانب مساهماتك.
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل.
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-group = المجموعة
field-group-hint = باسم من تتكلّم؟ تُعرض النتائج أيضًا حسب المجموعة.
field-choose = اختر…
field-organisation = المنظمة
field-organisation-hint = الجهة أو الجمعية التي تشارك باسمها.
field-locale = اللغة المفضّلة
field-locale-hint = للصفحات ولرسائل البريد الإلكتروني.
field-privacy-consent = قرأتُ وأوافق على
field-optional = اختياري

group-beneficiary = شخص مستفيد من الخدمات
group-institution = جهة عامة
group-third_sector = القطاع الاجتماعي
group-other = غير ذلك

flash-registered = أهلًا بك! أرسلنا إليك رسالة بالبريد الإلكتروني لتأكيد عنوانك.
flash-logged-out = تم تسجيل خروجك.
flash-email-verified = شكرًا، تم تأكيد عنوان بريدك الإلكتروني.
flash-already-verified = عنوان بريدك الإلكتروني مؤكَّد من قبل.
flash-verification-sent = أرسلنا إليك رابط تأكيد جديدًا.
flash-verification-wait = أرسلنا إليك رابطًا قبل قليل. تحقّق من بريدك الوارد، ومن مجلد الرسائل غير المرغوب فيها (Spam) أيضًا، ثم حاول مرة أخرى بعد دقيقة.
flash-password-reset = تم تغيير كلمة المرور. يمكنك الآن تسجيل الدخول.
flash-password-changed = تم تغيير كلمة المرور. تم تسجيل الخروج من أجهزتك الأخرى.
flash-profile-saved = تم حفظ الملف الشخصي.

error-summary-title = تحقّق من هذه الحقول
error-prefix = خطأ:
error-name-required = اكتب الاسم الذي سيظهر.
error-name-long = يجب ألا يزيد الاسم على 100 حرف.
error-email-invalid = اكتب عنوان بريد إلكتروني صحيحًا، مثلًا name@example.org.
error-password-short = يجب أن تتكوّن كلمة المرور من 10 أحرف على الأقل.
error-password-long = يجب ألا تزيد كلمة المرور على 200 حرف.
error-group-required = اختر مجموعتك.
error-organisation-long = يجب ألا يزيد اسم المنظمة على 200 حرف.
error-locale-required = اختر لغة.
error-consent-required = لإنشاء حساب، يجب أن توافق على إشعار الخصوصية.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-current-password = كلمة المرور الحالية غير صحيحة.
error-control-characters = يحتوي هذا الحقل على رموز تحكم غير مرئية (تبقى غالبًا بعد النسخ واللصق). احذفها وحاول مرة أخرى.
error-markdown-nesting = هذا النص متداخل أكثر من اللازم (اقتباسات أو قوائم أو تنسيقات بعضها داخل بعض لأكثر من 16 مستوى). بسّطه وحاول مرة أخرى؛ نصك ما زال هنا.

error-title-400 = طلب غير صالح
error-title-403 = الدخول غير مسموح
error-title-404 = الصفحة غير موجودة
error-title-408 = انتهت مهلة الطلب
error-title-413 = المحتوى كبير جدًا
error-title-500 = حدث خطأ
error-title-503 = الخدمة غير متاحة
error-bad-request = الطلب غير صالح.
error-forbidden = ليس لديك إذن للقيام بهذا.
error-csrf = انتهت صلاحية النموذج، أو لم يأتِ من هذا الموقع. ارجع إلى الصفحة السابقة، وأعد تحميلها، وحاول مرة أخرى.
error-not-found = هذه الصفحة غير موجودة أو نُقلت إلى مكان آخر.
error-too-large = أرسلت بيانات كثيرة جدًا مرة واحدة. اختصر النص وحاول مرة أخرى.
error-method = لا يمكن القيام بهذا في هذه الصفحة.
error-internal = حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل.
error-unavailable = الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل: ما أرسلته محفوظ بأمان.
error-timeout = استغرق وصول طلبك وقتًا طويلًا جدًا. تحقق من اتصالك وحاول مرة أخرى.
error-busy = Tavolo مشغول جدًا الآن. انتظر بضع ثوانٍ وحاول مرة أخرى (إذا كنت ترسل نموذجًا، فارجع وأرسله مرة أخرى).
error-go-home = العودة إلى الصفحة الرئيسية
error-request-id = إذا تواصلت مع الدعم، فاذكر هذا الرمز:

email-greeting = مرحبًا { $name }،
email-signature = Tavolo، المنصة التي نصمّم فيها معًا
email-link-fallback = إذا لم يعمل الزر، فانسخ هذا العنوان والصقه في المتصفح:
email-verify-subject = أكّد عنوان بريدك الإلكتروني
email-verify-body = لتقترح وتعلّق وتصوّت على Tavolo، أكّد أن هذا العنوان لك بفتح الرابط أدناه. الرابط صالح لمدة 3 أيام.
email-verify-action = تأكيد عنوان البريد الإلكتروني
email-verify-ignore = إذا لم تنشئ هذا الحساب بنفسك، فتجاهل هذه الرسالة.
email-reset-subject = اختر كلمة مرور جديدة
email-reset-body = طلب شخص ما تغيير كلمة مرور حسابك على Tavolo. افتح الرابط أدناه لاختيار كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة، ولمرة واحدة فقط.
email-reset-action = اختيار كلمة مرور جديدة
email-reset-ignore = إذا لم تطلب ذلك بنفسك، فتجاهل هذه الرسالة: كلمة مرورك تبقى كما هي.
