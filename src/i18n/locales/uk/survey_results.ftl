## Результати опитувань, паперові анкети та версія для друку.

survey-results-title = Результати опитування
survey-results-consultation = Повернутися до консультації
survey-results-when-open = Результати буде видно, коли опитування відкриється.
survey-results-when-closed = Результати буде видно, коли опитування закриється.
survey-results-facilitators-only = Результати цього опитування бачать лише фасилітатори консультації.
survey-results-sources = Звідки відповіді
survey-results-source-all = Усі
survey-results-source-online = Онлайн
survey-results-source-paper = На папері
survey-results-fewer = менше 3
survey-results-fewer-explained = Щоб захистити тих, хто відповідає, дані групи показуються лише тоді, коли щонайменше 3 людини з цієї групи відповіли на питання; якщо приховані групи разом мають 1 або 2 відповіді, найменша показана група теж приховується.
survey-results-respondents = Хто відповів
survey-results-group = Група
survey-results-everyone = Усі
survey-results-answered = Відповіли
survey-results-answers = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
   *[other] { $count } відповідей
}
survey-results-average = Середнє
survey-results-place = середнє місце { $place } · { $figures }
survey-results-place-short = середнє місце { $place }
survey-results-table = Таблиця даних питання
survey-results-quotes = Вибрані цитати

survey-answers-title = Вільні відповіді
survey-answers-read = Читати відповіді
survey-answers-none = Поки що відповідей немає.
survey-answers-hidden = Прихована
survey-answers-quoted = Опублікована як цитата
survey-answers-hide = Приховати
survey-answers-show = Показати знову
survey-answers-quote = Опублікувати як цитату
survey-answers-unquote = Зняти цитату
survey-answers-hide-title = Приховати цю відповідь?
survey-answers-hide-explain = Прихована відповідь і далі враховується, але її більше не можна прочитати чи процитувати. Причина залишається в журналі дій.
survey-answers-reason = Причина
survey-answers-reason-required = Напишіть, чому ви її приховуєте.
survey-answers-reason-too-long = Причина задовга (не більше 1000 символів).
survey-answers-hidden-not-quoted = Приховану відповідь не можна цитувати.
flash-survey-answer-hidden = Відповідь приховано.
flash-survey-answer-shown = Відповідь знову видно.
flash-survey-answer-quoted = Відповідь опубліковано як цитату.
flash-survey-answer-unquoted = Цитату знято.

survey-paper-list-title = Паперові анкети
survey-paper-new-title = Внести паперову анкету
survey-paper-new-explain = Перепишіть відповіді так, як вони написані на аркуші. Обов'язкові питання без відповіді можна залишити порожніми: анкету все одно буде записано.
survey-paper-place = Місце
survey-paper-place-hint = Де її заповнили, наприклад у приймальні чи на зустрічі.
survey-paper-day = День
survey-paper-group = Група того, хто відповідав
survey-paper-save = Записати анкету
survey-paper-another = Анкету записано. Можна вносити наступну: місце, день і групу вже заповнено.
survey-paper-place-required = Вкажіть місце.
survey-paper-place-too-long = Місце задовге (не більше 200 символів).
survey-paper-day-required = Вкажіть день.
survey-paper-day-invalid = Напишіть день у форматі РРРР-ММ-ДД.
survey-paper-day-future = День не може бути в майбутньому.
survey-paper-group-required = Виберіть групу того, хто відповідав.
survey-paper-draft = Опитування ще чернетка: опублікуйте його, перш ніж вносити відповіді.
survey-paper-count = { $count ->
    [0] Паперових анкет ще не внесено.
    [one] Внесено { $count } паперову анкету.
    [few] Внесено { $count } паперові анкети.
   *[other] Внесено { $count } паперових анкет.
}
survey-paper-typed-by = Вніс(-ла)
survey-paper-remove = Видалити
survey-paper-remove-title = Видалити цю паперову анкету?
survey-paper-remove-explain = Її відповіді буде вилучено з результатів. Робіть це, лише якщо її внесли помилково.
survey-paper-remove-confirm = Видалити анкету
flash-survey-paper-removed = Паперову анкету видалено.
survey-paper-condition = Відповідайте, лише якщо на питання { $number } ви відповіли «{ $option }».

survey-print-link = Версія для друку
survey-print-explain = Надрукуйте цю сторінку з браузера. Кожен розділ починається з нової сторінки.
survey-print-languages = Мова анкети
survey-print-how = Позначте квадратики відповідей, які ви обираєте.
survey-print-required = обов'язкове
survey-print-tick-one = Позначте лише один квадратик.
survey-print-tick-any = Позначте скільки завгодно квадратиків.
survey-print-tick-up-to = { $count ->
    [one] Позначте щонайбільше { $count } квадратик.
    [few] Позначте щонайбільше { $count } квадратики.
   *[other] Позначте щонайбільше { $count } квадратиків.
}
survey-print-rank = { $count ->
   *[other] Напишіть у квадратиках число від 1 до { $count }, від найважливішого до найменш важливого, кожне число один раз.
}
survey-print-date = Дата (день, місяць, рік):
survey-print-thanks = Дякуємо за відповіді.
