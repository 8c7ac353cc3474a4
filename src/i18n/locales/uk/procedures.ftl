# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = Процедури спільного проєктування
procedures-lead = Публічні оголошення про спільне проєктування (ст. 55 D.Lgs. 117/2017): хто може подати заявку, до якого часу, за якими критеріями, і кожен акт процедури.
procedures-empty = Поки що немає опублікованих процедур.
procedures-console-lead = Формальні процедури спільного проєктування цієї консультації: оголошення, заявки, допуск, сесії.
procedures-console-empty = Ця консультація ще не має процедур.
console-procedures = Процедури спільного проєктування
console-procedures-explain = Публічне оголошення для спільного проєктування з організаціями третього сектору: заявки, допуск і сесії.
console-procedures-list = Усі процедури цієї консультації

procedure-phase-draft = Чернетка
procedure-phase-applications = Прийом заявок
procedure-phase-admission = Триває допуск
procedure-phase-co-design = Спільне проєктування
procedure-phase-evaluation = Оцінювання
procedure-phase-closed = Завершено

procedure-new-title = Нова процедура
procedure-edit-title = Редагувати оголошення
procedure-correct = Виправити оголошення (список виправлень)
procedure-console-title = Керувати процедурою
procedure-public-page = Публічна сторінка
procedure-form-lead = Кожен розділ, якого вимагає закон, має власне поле. Поки оголошення є чернеткою, можна змінювати все.
procedure-edit-published-explain = Оголошення опубліковано: кожен змінений розділ записується як публічне виправлення разом із поясненням причини. Кінцевий термін можна лише перенести пізніше, а критерії більше не можна змінити.
field-procedure-title = Назва процедури
field-procedure-purposes = Мета і предмет
field-procedure-economic_frame = Фінансові рамки (бюджет)
field-procedure-duration = Тривалість партнерства
field-procedure-how_to_apply = Як подати заявку
field-procedure-applications_close_at = Кінцевий термін подання заявок
field-procedure-deadline-hint = Щонайменше 20 днів (20 × 24 години) після публікації. Можна вказати й секунди.
procedure-deadline-earliest = Якщо опублікувати зараз, найближчий дозволений термін — { $date }.
procedure-supporters-legend = Прихильники та фінансувальники
field-procedure-supporters_allowed = Інші сторони можуть долучитися як прихильники або фінансувальники
field-procedure-supporters_note = На яких умовах
field-procedure-requirements = Вимоги до учасників
field-procedure-runs_service = Обрані організації також керуватимуть послугою
field-procedure-kinds = Хто може подати заявку
procedure-criteria-title = Критерії оцінювання
procedure-criteria-hint = Заповніть по одному рядку на критерій (порожні рядки ігноруються). Сума ваг має дорівнювати 100.
procedure-criteria-locked = Після публікації критерії не можна змінити: пропозиції оцінюватимуть за тими критеріями, які організації прочитали, подаючи заявку.
procedure-criterion-legend = Критерій { $number }
field-procedure-criterion-name = Критерій
field-procedure-criterion-description = Опис
field-procedure-criterion-weight = Вага
procedure-weight = вага { $weight }
field-procedure-erratum_note = Чому змінюється оголошення
field-procedure-erratum_note-hint = Пояснення публікується разом із виправленням кожного зміненого розділу.

error-procedure-title-required = Напишіть назву процедури.
error-procedure-section-required = Цей розділ вимагає закон: заповніть його.
error-procedure-text-long = Текст задовгий.
error-procedure-kinds-required = Виберіть принаймні один тип організацій, які можуть подати заявку.
error-procedure-criterion-name = Напишіть назву критерію.
error-procedure-criterion-weight = Вага — ціле число від 1 до 100.
error-procedure-criteria-required = Вкажіть принаймні один критерій оцінювання.
error-procedure-weights-sum = Сума ваг критеріїв має дорівнювати 100.
error-procedure-deadline-20-days = Кінцевий термін має бути щонайменше через 20 днів (20 × 24 години) після публікації.
error-procedure-deadline-earlier = Після публікації кінцевий термін можна лише перенести пізніше.
error-procedure-erratum-note = Поясніть, чому змінюється оголошення: пояснення додається до виправлення.

procedure-publish-title = Опублікувати оголошення
procedure-publish-explain = Ви публікуєте оголошення «{ $title }».
procedure-publish-deadline = Прийом заявок закриється { $date }.
procedure-publish-after = Після публікації кожна зміна буде публічним виправленням, кінцевий термін можна буде лише перенести пізніше, а критерії більше не зміняться. Ті, хто стежить за консультацією, отримають сповіщення.
procedure-publish-confirm = Опублікувати зараз

flash-procedure-created = Процедуру створено як чернетку.
flash-procedure-saved = Чернетку збережено.
flash-procedure-corrected = Оголошення виправлено: виправлення опубліковано.
flash-procedure-unchanged = Нічого не змінилося.
flash-procedure-published = Оголошення опубліковано.
flash-procedure-applied = Заявку отримано. Ми надіслали вам підтвердження електронною поштою.
flash-procedure-withdrawn = Заявку відкликано.
flash-procedure-replaced = Заявку замінено. Ми надіслали вам нове підтвердження електронною поштою.
flash-procedure-decided = Рішення збережено.
flash-procedure-admission-published = Допуск опубліковано: організації отримали сповіщення.
flash-procedure-sessions-saved = Сесії оновлено.

procedure-notice-title = Оголошення
procedure-published-on = Опубліковано
procedure-yes = Так
procedure-no = Ні
procedure-none = Немає.
procedure-errata-title = Виправлення
procedure-erratum-previous = Було
procedure-erratum-current = Стало
procedure-erratum-note = Причина
procedure-field-title = Назва
procedure-field-purposes = Мета і предмет
procedure-field-economic_frame = Фінансові рамки
procedure-field-duration = Тривалість партнерства
procedure-field-how_to_apply = Як подати заявку
procedure-field-applications_close_at = Кінцевий термін подання заявок
procedure-field-supporters_allowed = Допускаються прихильники та фінансувальники
procedure-field-supporters_note = Умови для прихильників і фінансувальників
procedure-field-requirements = Вимоги до учасників
procedure-field-runs_service = Керування послугою
procedure-field-admitted_kinds = Хто може подати заявку
procedure-applications-title = Заявки
procedure-applications-received = Отримано заявок
procedure-received-count = { $count ->
    [0] Поки що не отримано жодної заявки.
    [one] Отримано { $count } заявку.
    [few] Отримано { $count } заявки.
   *[other] Отримано { $count } заявок.
}
procedure-names-after-deadline = Назви організацій-заявників публікуються після кінцевого терміну.
procedure-application-number = № { $number }
procedure-admission-outcome = Результат допуску
procedure-admitted-title = Допущені організації
procedure-excluded-title = Відхилені організації
procedure-sessions-title = Сесії спільного проєктування
procedure-minutes-published = протокол опубліковано
procedure-minutes-not-yet = протокол ще не опубліковано

procedure-apply = Подати заявку
procedure-apply-title = Заявка
procedure-apply-explain = Подати заявку можуть представники верифікованих організацій типу, який допускає оголошення, до кінцевого терміну.
procedure-apply-deadline = Заявки приймаються до { $date } (час сервера, з точністю до секунди).
procedure-apply-submit = Надіслати заявку
field-procedure-organisation = Організація
field-procedure-role = Бере участь як
procedure-role-partner = Партнер (спільно проєктує)
procedure-role-supporter = Прихильник
procedure-role-funder = Фінансувальник
field-procedure-statement = Про організацію та вимоги
field-procedure-statement-hint = Хто ви, який маєте досвід, як відповідаєте вимогам оголошення. Можна використовувати Markdown.
error-procedure-organisation = Виберіть організацію, від імені якої подаєте заявку.
error-procedure-role = Виберіть роль, яку допускає оголошення.
error-procedure-statement-required = Напишіть про організацію.
error-procedure-statement-long = Текст задовгий (щонайбільше 10 000 символів).
error-procedure-already-applied = Ця організація вже має чинну заявку: можна замінити її замість надсилати ще одну.
procedure-offer-replace = Перейти до ваших заявок, щоб замінити її
procedure-refused-not-representative = Лише представник організації може подати за неї заявку, відкликати чи замінити її.
procedure-refused-not-verified = Вашу організацію ще не верифіковано: подавати заявки можуть лише верифіковані організації.
procedure-refused-kind = Оголошення не допускає тип вашої організації.
procedure-refused-deadline = Кінцевий термін минув: заявки, відкликання та заміни більше не приймаються.
procedure-refused-not-published = Оголошення не опубліковано.
procedure-refused-not-standing = Цю заявку вже відкликано або замінено.
procedure-mine-title = Ваші заявки
procedure-mine-empty = Ваші організації не мають заявок у цій процедурі.
procedure-received-at = Отримано
procedure-status-submitted = Отримано, очікує на допуск
procedure-status-withdrawn = Відкликано
procedure-status-replaced = Замінено
procedure-status-admitted = Допущено
procedure-status-excluded = Відхилено
procedure-replace-title = Замінити заявку
procedure-replace-explain = Заявку № { $number } буде замінено новою, з новим номером.
procedure-replace-submit = Надіслати нову заявку
procedure-withdraw-title = Відкликати заявку
procedure-withdraw-explain = Відкликати заявку № { $number } на процедуру «{ $title }»? До кінцевого терміну можна надіслати нову.
procedure-withdraw-confirm = Відкликати

procedure-admission-title = Допуск
procedure-admission-open = Вирішити, кого допущено
procedure-admission-lead = Допустіть або відхиліть кожну заявку; відхилення потребує причини. Рішення можна змінювати до публікації.
procedure-admission-empty = Не отримано жодної заявки.
procedure-admission-not-yet = Про допуск вирішують після кінцевого терміну подання заявок.
procedure-admission-published = Допуск уже опубліковано: рішення більше не можна змінити.
procedure-admission-published-explain = Допуск опубліковано.
procedure-admission-undecided = Ухваліть рішення щодо кожної заявки перед публікацією.
procedure-admission-undecided-count = { $count ->
    [0] Щодо всіх заявок ухвалено рішення.
    [one] Без рішення залишається { $count } заявка.
    [few] Без рішення залишаються { $count } заявки.
   *[other] Без рішення залишається { $count } заявок.
}
procedure-decision = Рішення
procedure-decision-admit = Допустити
procedure-decision-exclude = Відхилити
procedure-decision-save = Зберегти рішення
field-procedure-reason = Причина
field-procedure-reason-hint = Обов'язково для відхилення; її повідомляють організації та публікують.
error-procedure-exclusion-reason = Напишіть причину відхилення.
error-procedure-decision = Виберіть: допустити чи відхилити.
procedure-admission-publish = Опублікувати допуск
procedure-admission-publish-explain = Опублікувати результат допуску до процедури «{ $title }»? Кожна організація отримає лист із причиною, а списки стануть публічними.
procedure-admission-publish-confirm = Опублікувати й повідомити організації
procedure-admitted-count = { $count ->
    [one] { $count } організацію допущено
    [few] { $count } організації допущено
   *[other] { $count } організацій допущено
}
procedure-excluded-count = { $count ->
    [one] { $count } організацію відхилено
    [few] { $count } організації відхилено
   *[other] { $count } організацій відхилено
}

procedure-console-evaluation = Оцінювання та угода
procedure-console-commission = Комісія з оцінювання
procedure-console-scores = Пропозиції та бали
procedure-console-agreement = Угода
procedure-record-link = Публічний реєстр актів
procedure-sessions-not-yet = Сесії визначаються після публікації допуску.
procedure-sessions-no-meetings = Консультація не має зустрічей.
procedure-sessions-explain = Позначте, які зустрічі консультації є сесіями спільного проєктування: зареєструватися зможуть лише члени допущених організацій.
procedure-session-badge = Сесія
procedure-session-add = Позначити як сесію
procedure-session-remove = Не сесія
error-procedure-session-change = Недійсний запит.
procedure-session-admitted-only = Ця зустріч — сесія спільного проєктування: зареєструватися можуть лише члени організацій, допущених до процедури.

notification-procedure_news = «{ $consultation }»: новини процедури «{ $title }»
procedure-step-published = Оголошення опубліковано.
procedure-step-corrected = Оголошення виправлено.
procedure-step-admission-published = Результат допуску опубліковано.

procedure-format-received = %d.%m.%Y, %H:%M:%S
email-procedure-action = Відкрити процедуру
email-procedure-received-subject = Заявку № { $number } отримано: { $procedure }
email-procedure-received-body = Ми отримали заявку організації { $organisation } на процедуру «{ $procedure }».
email-procedure-received-number = Реєстраційний номер: { $number }
email-procedure-received-time = Отримано { $received }
email-procedure-received-change = До кінцевого терміну її можна відкликати або замінити на сторінці ваших заявок.
email-procedure-admitted-subject = Допущено: { $procedure }
email-procedure-admitted-body = Заявку № { $number } організації { $organisation } на процедуру «{ $procedure }» допущено.
email-procedure-excluded-subject = Відхилено: { $procedure }
email-procedure-excluded-body = Заявку № { $number } організації { $organisation } на процедуру «{ $procedure }» відхилено.
email-procedure-reason = Причина: { $reason }
