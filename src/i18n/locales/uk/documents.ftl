# Вкладені документи

documents-title = Документи
documents-empty = Немає вкладених документів.
documents-remove = Вилучити
documents-download = Завантажити
documents-attach-title = Додати документ
documents-attach-lead = Документ бачитимуть усі, хто може бачити сторінку, до якої його додано; його можна лише завантажити, але не відкрити на сторінці.
documents-attach = Додати документ
documents-manage-link = Додати документи
documents-remove-title = Вилучити документ?
documents-remove-explain = Документ { $name } ({ $size }) більше не буде в переліку і його не можна буде завантажити. Вилучення залишиться в журналі дій.
documents-remove-confirm = Вилучити документ
document-size-kb = { $size } КБ
document-size-mb = { $size } МБ
field-document-file = Файл
field-document-file-hint = Дозволені типи: { $kinds }; щонайбільше { $size } МБ. Тип визначається за вмістом файлу, а не за назвою.
field-document-title = Назва
field-document-title-hint = Короткий опис, якщо назви файлу недостатньо.
error-document-missing = Виберіть файл, який треба додати.
error-document-too-large = Файл більший за дозволений розмір: його не збережено.
error-document-type = Цей тип файлу не дозволено: можна додавати PDF, документи OpenDocument (ODT, ODS, ODP, ODG) або Office (DOCX, XLSX, PPTX) і зображення PNG, JPEG, GIF чи WebP.
error-document-title-long = Назва може мати щонайбільше 200 символів.
flash-document-added = Документ додано.
flash-document-removed = Документ вилучено.
policy-documents-manage = Додавати й вилучати документи можуть лише ті, хто керує цією сторінкою.
audit-document-added = Документ додано
audit-document-removed = Документ вилучено
