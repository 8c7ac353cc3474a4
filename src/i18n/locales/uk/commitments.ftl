# Виконання зобов’язань: що було далі

follow-up-title = Що було далі
follow-up-lead = Зобов’язання, які публічний орган узяв на основі прийнятих пропозицій: хто відповідає, наскільки просунулися, та датовані оновлення.
follow-up-overall = Загальний поступ
follow-up-overall-text = { $count ->
    [one] { $count } зобов’язання виконується або виконане, середній поступ { $progress }%.
    [few] { $count } зобов’язання виконуються або виконані, середній поступ { $progress }%.
    [many] { $count } зобов’язань виконуються або виконані, середній поступ { $progress }%.
   *[other] { $count } зобов’язання виконуються або виконані, середній поступ { $progress }%.
}
follow-up-filter = Фільтрувати зобов’язання
follow-up-count = { $count ->
    [0] Жодного зобов’язання.
    [one] { $count } зобов’язання.
    [few] { $count } зобов’язання.
    [many] { $count } зобов’язань.
   *[other] { $count } зобов’язання.
}
follow-up-none-matching = Жодне зобов’язання не відповідає цим фільтрам.
follow-up-empty = Тут з’являться зобов’язання публічного органу: для кожної прийнятої чи частково прийнятої пропозиції — що буде зроблено, хто відповідає, до якого часу, з якими витратами, та оновлення аж до завершення.
follow-up-empty-link = Переглянути прийняті пропозиції
commitment-status-planned = Заплановано
commitment-status-in_progress = Виконується
commitment-status-done = Виконано
commitment-status-dropped = Скасовано
commitment-progress-text = Поступ: { $progress }%
commitment-dropped-reason = Чому скасовано
commitment-proposals = Пропозиції, з яких воно походить
commitment-updates = Оновлення
commitment-no-updates = Оновлень поки немає.
commitment-post-update = Додати оновлення
commitment-publish-update = Опублікувати оновлення
commitment-edit = Редагувати зобов’язання
commitment-new = Нове зобов’язання
commitment-save = Зберегти зобов’язання
commitment-keep-status = Залишити як є
commitments-manage = Зобов’язання
commitments-manage-lead = Перетворюйте прийняті пропозиції на публічні зобов’язання й розповідайте, як вони виконуються.
commitments-none-eligible = Жодну пропозицію ще не прийнято повністю чи частково: дайте відповіді на пропозиції, перш ніж брати зобов’язання.
commitments-none-yet = Зобов’язань поки немає.
commitments-actions = Дії
console-commitments = Зобов’язання та їх виконання
consultation-follow-up-link = Що було далі
proposal-commitments-title = Узяті зобов’язання
field-commitment-title = Назва зобов’язання
field-commitment-description = Опис
field-commitment-responsible = Відповідальний
field-commitment-responsible-hint = Відділ або орган, який його виконує.
field-commitment-status = Стан
field-commitment-new-status = Новий стан
field-commitment-reason = Причина, якщо скасовано
field-commitment-reason-hint = Обов’язково, коли зобов’язання скасовано: її буде оприлюднено.
field-commitment-progress = Поступ у відсотках
field-commitment-progress-hint = Число від 0 до 100; виконане зобов’язання має 100%.
field-commitment-new-progress = Новий поступ у відсотках
field-commitment-keep-hint = Залиште порожнім, щоб не змінювати.
field-commitment-starts = Запланований початок
field-commitment-ends = Запланований кінець
field-commitment-budget = Бюджет
field-commitment-budget-hint = Цифри, не більше двох знаків після коми чи крапки (наприклад 12500,50).
field-commitment-currency = Валюта
field-commitment-currency-hint = Код із трьох літер, наприклад EUR.
field-commitment-proposals = Пропозиції, з яких воно походить
field-commitment-update = Що сталося
field-commitment-update-hint = Публічний текст; можна використовувати Markdown.
error-commitment-status = Виберіть стан.
error-commitment-reason-required = Для скасованого зобов’язання потрібна публічна причина.
error-commitment-text-long = Текст задовгий.
error-commitment-progress = Поступ — це ціле число від 0 до 100.
error-commitment-title-required = Напишіть назву.
error-commitment-title-long = Не більше 200 символів.
error-commitment-responsible-required = Вкажіть, хто відповідає.
error-commitment-ends-before = Запланований кінець не може бути раніше за початок.
error-commitment-proposal-invalid = Можна вибрати лише прийняті чи частково прийняті пропозиції цієї консультації.
error-commitment-proposal-required = Виберіть принаймні одну прийняту пропозицію.
error-commitment-budget = Напишіть суму лише цифрами, не більше двох знаків після коми.
error-commitment-currency = Валюта — це код із трьох літер, наприклад EUR.
error-commitment-update-required = Напишіть, що сталося.
flash-commitment-saved = Зобов’язання збережено.
flash-commitment-update-posted = Оновлення опубліковано; ті, хто підписав пропозиції або стежить за ними, отримають повідомлення.
notification-commitment_updated = «{ $consultation }»: новини щодо зобов’язання «{ $title }»
audit-commitment-created = Зобов’язання створено
audit-commitment-edited = Зобов’язання змінено
audit-commitment-update-posted = Опубліковано оновлення зобов’язання
