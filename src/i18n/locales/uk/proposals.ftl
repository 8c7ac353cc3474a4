proposals-title = Пропозиції
proposals-filter = Фільтрувати пропозиції
proposals-search = Шукати в пропозиціях
proposals-count = { $count ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
proposals-empty = Немає відповідних пропозицій. Спробуйте прибрати деякі фільтри.
filter-any = Усі
filter-round = Етап
filter-answer = Відповідь
filter-group = Група автора
filter-language = Мова
filter-sort = Сортувати за
filter-in-person = Лише пропозиції, зібрані на зустрічах наживо
filter-apply = Застосувати
sort-newest = Найновіші
sort-commented = Найбільше коментарів
sort-random = Випадковий порядок (для вас завжди той самий)

answer-pending = Чекає на відповідь
answer-evaluating = Розглядається
answer-accepted = Прийнято
answer-partially_accepted = Прийнято частково
answer-rejected = Не прийнято

proposal-new-title = Нова пропозиція
proposal-preview = Попередній перегляд
proposal-preview-hint = Ось як виглядатиме ваша пропозиція. Перевірте її, а потім опублікуйте.
proposal-publish = Опублікувати пропозицію
proposal-edit-title = Редагувати пропозицію
proposal-edit-hint = Ви можете редагувати пропозицію 30 хвилин, поки її ніхто не прокоментував. Попередні версії можна буде прочитати.
proposal-history-title = Попередні версії
proposal-history-empty = Цю пропозицію ніколи не редагували.
proposal-history-before = Версія до
proposal-withdraw = Відкликати пропозицію
proposal-withdraw-title = Відкликати пропозицію?
proposal-withdraw-explain = Пропозицію буде видно як відкликану, з причиною, яку ви тут напишете.
proposal-record-title = Записати пропозицію із зустрічі
proposal-record-lead = Запишіть пропозицію, яку висловили на зустрічі наживо, від імені людей, що там були.
proposal-record-meeting = Зустріч
proposal-record-text = Пропозиція
proposal-record-submit = Записати пропозицію
proposal-in-person = Із зустрічі наживо
proposal-in-person-title = Зібрано на зустрічі наживо
proposal-in-person-where = { $place }, { $day }:
proposal-in-person-people = { $count ->
    [one] { $count } людина
    [few] { $count } людини
    [many] { $count } людей
   *[other] { $count } людини
}
proposal-in-person-recorded-by = Записав(-ла): { $name }.
proposal-by = Автор(и):
proposal-edited-history = змінено: див. попередні версії
proposal-state-withdrawn = Відкликано
proposal-state-hidden = Приховано
proposal-state-merged = Об’єднано з іншою
proposal-merged-into = Цю пропозицію об’єднано з:
proposal-withdrawn-because = Автори відкликали пропозицію:
proposal-hidden-because = Модератори приховали пропозицію:
proposal-hidden-pending = Приховано до перевірки, бо надійшло кілька скарг.
proposal-answer-title = Відповідь установи
proposal-answer-save = Зберегти відповідь
proposal-comments-count = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}

field-proposal-title = Назва пропозиції
field-proposal-title-hint = Коротко і ясно: що ви пропонуєте?
field-proposal-body = Текст пропозиції
field-theme = Тема
field-no-theme = Без теми
field-text-language = Мова тексту
field-text-language-hint = Мова, якою ви пишете: можна й рідною.
field-withdraw-reason = Чому ви її відкликаєте?
field-place = Місце
field-place-hint = Наприклад: бібліотека San Paolo, Prato.
field-day = День
field-day-hint = У форматі 2026-11-20.
field-people = Скільки людей
field-group-met = Група людей, з якими зустрілися
field-answer = Відповідь
field-justification = Публічне обґрунтування
field-justification-hint = Обов’язкове для остаточних відповідей: поясніть, що зробить установа і чому.
field-stance = Ваша позиція
field-comment = Коментар
field-comment-hint = Можна використовувати простий Markdown: **жирний текст**, списки, посилання.
field-flag-reason = Що не так?

discussion-title = Обговорення
discussion-empty = Коментарів ще немає.
stance-for = За
stance-against = Проти
stance-neutral = Нейтрально
stance-for-count = { $count ->
    [one] { $count } за
    [few] { $count } за
    [many] { $count } за
   *[other] { $count } за
}
stance-against-count = { $count ->
    [one] { $count } проти
    [few] { $count } проти
    [many] { $count } проти
   *[other] { $count } проти
}
stance-neutral-count = { $count ->
    [one] { $count } нейтральний
    [few] { $count } нейтральні
    [many] { $count } нейтральних
   *[other] { $count } нейтрального
}
comment-new = Напишіть коментар
comment-publish = Опублікувати коментар
comment-reply = Відповісти
comment-edit-title = Редагувати коментар
comment-edited = змінено
comment-withdraw = Відкликати коментар
comment-withdrawn = Автор відкликав коментар.
comment-hidden-because = Модератори приховали коментар:
comment-hidden-pending = Коментар приховано до перевірки.
comment-replying-to = відповідь на коментар: { $name }
comment-yours = ваш коментар
flag-proposal = Поскаржитися на пропозицію
flag-comment = Поскаржитися
flag-send = Надіслати скаргу

console-answered = Пропозицій з остаточною відповіддю: { $answered } з { $total }
console-hide = Приховати
console-restore = Відновити
console-held = Очікує на перевірку: скарг достатньо, щоб приховати, але вміст лишається видимим, поки триває голосування.
error-moderation-settled = Відкликаний або об’єднаний вміст лишається як є: модерація не приховує і не відновлює його.
console-hide-reason = Причина (її буде видно замість допису)
console-flag-reasons = Причини скарг
consultation-proposals-link = Переглянути пропозиції

flash-proposal-published = Пропозицію опубліковано.
flash-proposal-saved = Пропозицію змінено. Попередня версія залишається в історії.
flash-proposal-withdrawn = Пропозицію відкликано.
flash-proposal-recorded = Пропозицію із зустрічі записано.
flash-answer-saved = Відповідь збережено.
flash-comment-published = Коментар опубліковано.
flash-comment-saved = Коментар змінено.
flash-comment-withdrawn = Коментар відкликано.
flash-flagged = Дякуємо: вашу скаргу отримали фасилітатори.
flash-already-flagged = Ви вже скаржилися на це.
flash-content-hidden = Допис приховано.
flash-content-restored = Допис відновлено.

error-proposal-title-required = Напишіть назву.
error-proposal-title-long = Назва може мати щонайбільше 200 символів.
error-proposal-body-required = Напишіть текст пропозиції.
error-proposal-body-short = Текст закороткий: поясніть трохи докладніше.
error-proposal-body-long = Текст може мати щонайбільше 20 000 символів.
error-proposal-theme-unknown = Виберіть одну з тем консультації.
error-proposal-language-required = Виберіть мову тексту.
error-withdraw-reason = Напишіть причину (щонайбільше 1000 символів).
error-place-required = Напишіть, де відбулася зустріч.
error-day-invalid = Напишіть день у форматі 2026-11-20.
error-people-invalid = Напишіть, скільки людей там було (від 1 до 10 000).
error-answer-required = Виберіть відповідь.
error-justification-required = Остаточна відповідь потребує публічного обґрунтування.
error-justification-long = Обґрунтування задовге.
error-comment-required = Напишіть коментар.
error-comment-long = Коментар може мати щонайбільше 5000 символів.
error-stance-required = Виберіть свою позицію.
error-flag-reason = Коротко напишіть, чому ви скаржитеся.
error-hide-reason = Щоб приховати допис, потрібно вказати причину.

policy-verify-email = Спершу підтвердьте адресу електронної пошти.
policy-report-verify-email = Щоб поскаржитися на вміст, спершу підтвердьте адресу електронної пошти: скарги з непідтверджених облікових записів не приймаються.
policy-consultation-not-running = Ця консультація зараз не триває.
policy-members-only = Брати участь можуть лише запрошені учасники.
policy-no-open-round = Зараз немає відкритого етапу.
policy-round-no-proposals = На цьому етапі не можна робити пропозиції.
policy-round-no-comments = На цьому етапі не можна коментувати.
policy-round-no-voting = На цьому етапі немає голосування.
policy-group-not-admitted = Цей етап не відкритий для вашої групи.
policy-proposal-not-open = До цієї пропозиції більше не можна нічого додавати.
policy-not-your-proposal = Це можуть робити лише ті, хто підписав пропозицію.
policy-proposal-edit-closed = Її більше не можна редагувати: хтось її прокоментував або минуло 30 хвилин. Ви можете її відкликати.
policy-not-your-comment = Це може робити лише автор коментаря.
policy-comment-edit-closed = Час на редагування цього коментаря минув.

audit-proposal-recorded-in-person = Пропозицію із зустрічі записано
audit-proposal-withdrawn = Пропозицію відкликано
audit-proposal-answered = На пропозицію відповіли
audit-content-flagged = На допис поскаржилися
audit-content-hidden = Допис приховано
audit-content-restored = Допис відновлено

console-answers-pending-link = Пропозиції, що чекають на відповідь
consultation-proposal-count = { $count ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
consultation-comment-count = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}
coauthor-title = Підписати як співавтор
coauthor-lead = Вас запрошують підписати пропозицію:
coauthor-accept = Підписати пропозицію
coauthors-title = Співавтори
coauthors-invite = Запросити співавтора (електронна пошта)
coauthors-invite-hint = Людина отримає посилання, щоб підписати пропозицію разом з вами, і зможе її редагувати.
coauthors-send = Надіслати запрошення
coauthor-role = співавтор
flash-coauthor-invited = Запрошення підписати надіслано.
flash-coauthor-accepted = Тепер ви підписали цю пропозицію.
policy-only-author-invites = Запрошувати співавторів може лише автор пропозиції.
email-coauthor-subject = Запрошення підписати: { $proposal }
email-coauthor-body = { $inviter } запрошує вас разом підписати пропозицію «{ $proposal }» у Tavolo.
email-coauthor-action = Підписати пропозицію
moderation-title = Модерація

merge-title = Об’єднати пропозиції
merge-lead = Зберіть в одну пропозиції, які кажуть те саме. Кожна об’єднана пропозиція посилатиметься на ту, що їх збирає, а всі, хто її підписав, також підпишуть ту пропозицію.
merge-too-few = Для об’єднання потрібно щонайменше дві пропозиції.
merge-sources = Пропозиції, які треба об’єднати
merge-target = З чим їх об’єднати
merge-target-new = У нову спільну пропозицію (напишіть її назву і текст нижче)
merge-new-hint = Назва й текст потрібні лише для нової спільної пропозиції.
merge-submit = Об’єднати
flash-merged = Пропозиції об’єднано.
error-merge-target = Виберіть, з чим об’єднати пропозиції.
error-merge-sources = Виберіть пропозиції для об’єднання (щонайменше дві, або одну, якщо ви об’єднуєте її з наявною пропозицією).
error-merge-during-voting = Пропозиції не можна об’єднувати, поки відкритий етап голосування: голоси не можна перенести, не змінивши їх. Об’єднуйте до початку голосування або після його закриття.
audit-proposal-merged = Пропозиції об’єднано
proposal-recorded-at = Записано на зустрічі
