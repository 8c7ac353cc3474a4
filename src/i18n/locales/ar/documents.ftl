# المستندات المرفقة

documents-title = المستندات
documents-empty = لا توجد مستندات مرفقة.
documents-remove = إزالة
documents-download = تنزيل
documents-attach-title = إرفاق مستند
documents-attach-lead = سيتمكن من رؤية المستند كل من يستطيع رؤية الصفحة المرفق بها، ولا يمكن إلا تنزيله، ولا يُفتح أبدًا داخل الصفحة.
documents-attach = إرفاق المستند
documents-manage-link = إرفاق مستندات
documents-remove-title = هل تريد إزالة المستند؟
documents-remove-explain = لن يظهر المستند { $name } ({ $size }) في القائمة بعد الآن ولن يمكن تنزيله. تبقى الإزالة مسجلة في سجل الأنشطة.
documents-remove-confirm = إزالة المستند
document-size-kb = { $size } ك.ب
document-size-mb = { $size } م.ب
field-document-file = الملف
field-document-file-hint = الأنواع المسموح بها: { $kinds }؛ بحد أقصى { $size } م.ب. يُتعرَّف على النوع من محتوى الملف لا من اسمه.
field-document-title = العنوان
field-document-title-hint = وصف قصير، إذا لم يكن اسم الملف كافيًا.
error-document-missing = اختر ملفًا لإرفاقه.
error-document-too-large = الملف أكبر من الحجم المسموح به: لم يُحفظ.
error-document-type = هذا النوع من الملفات غير مسموح به: يمكنك إرفاق ملفات PDF أو مستندات OpenDocument (ODT، ODS، ODP، ODG) أو Office (DOCX، XLSX، PPTX) وصور PNG أو JPEG أو GIF أو WebP.
error-document-title-long = يمكن أن يتكون العنوان من 200 حرف على الأكثر.
flash-document-added = أُرفق المستند.
flash-document-removed = أُزيل المستند.
policy-documents-manage = لا يمكن إرفاق المستندات أو إزالتها إلا لمن يدير هذه الصفحة.
audit-document-added = أُرفق مستند
audit-document-removed = أُزيل مستند
