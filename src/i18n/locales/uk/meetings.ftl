# Зустрічі: наживо й онлайн, реєстрація та лист очікування

meetings-title = Зустрічі
meetings-upcoming = Найближчі зустрічі
meetings-none-upcoming = Зустрічей ще не заплановано. Коли фасилітатори призначать зустріч, вона з'явиться тут із місцем, часом і мовами.
meetings-past = Минулі зустрічі
console-meetings-list = Усі зустрічі цієї консультації
meeting-new-title = Нова зустріч
meeting-edit-title = Редагувати зустріч
meeting-cancel-title = Скасувати зустріч
meeting-registrations-title = Хто прийде
field-meeting-round = Етап
field-meeting-no-round = Без етапу
field-meeting-starts-at = Початок
field-meeting-ends-at = Кінець
meeting-where = Де
field-meeting-place-hint = Адреса, онлайн-посилання або обидва.
field-meeting-address = Адреса
field-meeting-directions = Як дістатися
field-meeting-venue-accessibility = Доступність місця
field-meeting-online-url = Онлайн-посилання
field-meeting-languages = Мови спілкування
field-meeting-languages-hint = Наприклад: італійська, арабська.
field-meeting-interpretation = Переклад
field-meeting-interpretation-hint = Наприклад: перекладачі з арабської та тигринья.
field-meeting-childcare = Є догляд за дітьми
meeting-registration = Реєстрація
field-meeting-registration-required = Потрібна реєстрація
field-meeting-capacity = Місця
field-meeting-capacity-hint = Залиште порожнім, якщо без обмежень. Коли місця закінчуються, люди стають у лист очікування.
field-meeting-deadline = Реєстрація закривається
meeting-when = Коли
meeting-childcare = Догляд за дітьми
meeting-childcare-yes = Так
meeting-childcare-no = Не передбачено
meeting-cancelled = Скасовано
meeting-online = з онлайн-посиланням
meeting-past = Ця зустріч уже відбулася.
meeting-add-to-calendar = Додати до календаря (.ics)
meeting-places-left = { $count ->
    [0] Місць не залишилося.
    [one] Залишилося { $count } місце.
    [few] Залишилося { $count } місця.
   *[other] Залишилося { $count } місць.
}
meeting-deadline = Реєстрація закривається
meeting-you-are-registered = Ви зареєстровані.
meeting-you-are-waiting = { $count ->
    [1] Ви в листі очікування: ви наступні.
   *[other] Ви в листі очікування під номером { $count }.
}
meeting-withdraw = Скасувати мою реєстрацію
meeting-full-waiting-list = Місць немає. Ви можете стати в лист очікування: якщо місце звільниться, його отримає перша людина в черзі, і їй прийде лист.
meeting-needs = Що вам потрібно для участі
meeting-needs-hint = Це бачать лише фасилітатори.
field-meeting-interpreter = Перекладач для мови
field-meeting-need-childcare = Мені потрібен догляд за дітьми
field-meeting-accessibility-need = Потреба в доступності
meeting-join-waiting-list = Стати в лист очікування
meeting-register = Зареєструватися
meeting-cancel-explain = Скасувати зустріч «{ $title }»? Вона залишиться в списку як скасована, з вашою причиною.
meeting-cancel-told = { $count ->
    [0] Ще ніхто не зареєструвався.
    [one] { $count } людина, зареєстрована чи в черзі, отримає лист.
    [few] { $count } людини, зареєстровані чи в черзі, отримають лист.
   *[other] { $count } людей, зареєстрованих чи в черзі, отримають лист.
}
field-meeting-cancel-reason = Причина
field-meeting-cancel-reason-hint = Показується на сторінці зустрічі.
meeting-cancel-confirm = Скасувати зустріч
meeting-needs-private = Потреби бачать лише фасилітатори.
meeting-needs-summary = Коротко
meeting-count-registered = { $count ->
    [one] { $count } людина зареєстрована
    [few] { $count } людини зареєстровані
   *[other] { $count } людей зареєстровано
}
meeting-count-waiting = { $count ->
    [one] { $count } людина в черзі
    [few] { $count } людини в черзі
   *[other] { $count } людей у черзі
}
meeting-count-childcare = { $count ->
    [one] Догляд за дітьми для { $count } людини
   *[other] Догляд за дітьми для { $count } людей
}
meeting-count-accessibility = { $count ->
    [one] { $count } потреба в доступності
    [few] { $count } потреби в доступності
   *[other] { $count } потреб у доступності
}
meeting-count-interpreter = Переклад мовою: { $language }
meeting-nobody-registered = Ще ніхто не зареєструвався.
meeting-status = Статус
meeting-status-registered = Зареєстровано
meeting-status-waiting = У черзі
meeting-no-registration = Реєстрація не потрібна: просто приходьте.
meeting-registration-cancelled = Цю зустріч скасовано.
meeting-registration-started = Реєстрацію завершено: зустріч почалася.
meeting-registration-deadline-passed = Реєстрацію закрито.
error-meeting-title-required = Дайте зустрічі назву.
error-meeting-text-long = Цей текст задовгий.
error-meeting-round-unknown = Виберіть один з етапів цієї консультації.
error-meeting-ends-before-starts = Зустріч має закінчитися після початку.
error-meeting-online-url = Введіть вебадресу, що починається з https://.
error-meeting-place-required = Вкажіть адресу, онлайн-посилання або обидва.
error-meeting-capacity = Введіть кількість місць від 1 до 100000 або залиште порожнім.
error-meeting-deadline-after-start = Реєстрація має закритися до початку зустрічі.
error-meeting-capacity-needs-registration = Щоб обмежити місця, потрібна реєстрація: позначте «Потрібна реєстрація».
error-meeting-cancel-reason-required = Напишіть, чому зустріч скасовано.
error-meeting-needs-invalid = Текст про ваші потреби задовгий або містить недозволені символи.
flash-meeting-created = Зустріч заплановано.
flash-meeting-saved = Зустріч збережено.
flash-meeting-cancelled = Зустріч скасовано; зареєстровані отримують повідомлення.
flash-meeting-registered = Ви зареєстровані.
flash-meeting-waiting = Місць немає: ви в листі очікування.
flash-meeting-already = Ви вже були зареєстровані.
flash-meeting-withdrawn = Вашу реєстрацію скасовано.
notification-meeting_cancelled = «{ $consultation }»: зустріч «{ $title }» скасовано
notification-meeting_place_confirmed = «{ $consultation }»: на «{ $title }» звільнилося місце, і воно ваше
privacy-keep-meeting-needs = Що, за вашими словами, вам потрібно для участі у зустрічі (перекладач, догляд за дітьми, доступність)
privacy-keep-meeting-needs-for = 30 днів після зустрічі; реєстрація залишається

error-meeting-choice = Оберіть одну з уже проведених зустрічей цієї консультації або жодної.
meeting-records-cancelled = Цю зустріч скасовано: немає ні присутності, ні протоколу для запису.
meeting-records-not-started = Присутність і протокол можна записати, щойно зустріч почалася.
meeting-attendance-title = Присутність
meeting-attendance-lead = Позначте людей, які прийшли, і порахуйте тих, хто прийшов без реєстрації. Повторне збереження замінює збережене раніше.
meeting-attendance-recorded = Востаннє записано
meeting-attendance-registered = Зареєстровані (і ті, хто в списку очікування)
meeting-attendance-registered-hint = Позначте всіх, хто прийшов.
meeting-attendance-walk-ins = Без реєстрації
meeting-attendance-walk-ins-hint = Люди, які прийшли без реєстрації, за групами зацікавлених сторін. Залиште порожнім, якщо таких не було.
meeting-attendance-save = Зберегти присутність
error-meeting-walk-ins = Введіть ціле число від 0 до 10000.
flash-meeting-attendance-saved = Присутність збережено.
meeting-minutes-title = Протокол
meeting-minutes-lead = Що обговорювали і про що домовилися. Можна використовувати Markdown. Чернетку бачать лише фасилітатори; після публікації її можуть читати всі.
meeting-minutes-published-on = Опубліковано
meeting-minutes-edit-public = Зміни, які ви зберігаєте, одразу стають публічними.
meeting-minutes-draft-note = Цей протокол — чернетка: його бачать лише фасилітатори, доки ви його не опублікуєте.
field-meeting-minutes = Протокол
field-meeting-minutes-hint = Наприклад: хто брав участь, які питання обговорювали, про що домовилися і хто що робить далі.
meeting-minutes-limit = До { $count } символів.
meeting-minutes-save-published = Зберегти зміни
meeting-minutes-publish = Опублікувати
meeting-minutes-save-draft = Зберегти чернетку
error-meeting-minutes-long = Протокол задовгий: скоротіть його до 20000 символів або менше. Ваш текст збережено нижче.
error-meeting-minutes-empty = Напишіть протокол, перш ніж публікувати його.
flash-meeting-minutes-draft = Чернетку протоколу збережено.
flash-meeting-minutes-published = Протокол опубліковано.
flash-meeting-minutes-edited = Опублікований протокол оновлено.
meeting-after-title = Після зустрічі
meeting-after-empty = Про цю зустріч ще нічого не записано.
meeting-attendance-by-group = Хто прийшов, за групами
meeting-attendance-came-registered = Зареєстровані, які прийшли
meeting-attendance-total = Разом
meeting-minutes-draft = Чернетка
meeting-linked-proposals = Пропозиції, що з'явилися на цій зустрічі
meeting-linked-tallies = Голоси, пораховані на цій зустрічі
meeting-tally-round = етап { $round }
field-meeting-source = Зустріч
field-meeting-source-hint = Зустріч, з якої це походить, якщо така є. У списку лише зустрічі, що вже відбулися.
field-meeting-none = Без зустрічі
