# Documents of a co-design procedure and of its applications.
procedure-documents-record-note = وثائق الإجراء (مرفقات الإعلان، الاتفاق) مرئية لكل من يرى الإجراء؛ وما يُضاف بعد النشر يصبح أيضًا جزءًا من السجل العام.
procedure-documents-act = وثائق الإجراء
procedure-application-documents-title = وثائق الطلب
procedure-application-documents-private = لا يراها إلا الجهة المتقدمة ومديرو الإجراء ولجنة التقييم.
procedure-documents-applicant-only = لا يمكن إرفاق وثائق الطلب أو إزالتها إلا لممثل الجهة المتقدمة.
procedure-documents-refused-deadline = انقضى الموعد النهائي: لم يعد من الممكن إرفاق وثائق الطلب أو إزالتها.
