# Голосування

vote-title = Ваш голос
vote-support = Підтримати
vote-you-support = Ви підтримуєте цю пропозицію.
vote-withdraw-support = Відкликати мою підтримку
vote-approval-legend = Ваша думка
vote-approval-for = За
vote-approval-against = Проти
vote-approval-abstain = Утримуюся
vote-withdraw = Відкликати мій голос
vote-your-dots = { $count ->
    [0] Ви ще не поставили сюди жодного бала.
    [one] Ви поставили сюди { $count } бал.
    [few] Ви поставили сюди { $count } бали.
    [many] Ви поставили сюди { $count } балів.
   *[other] Ви поставили сюди { $count } бала.
}
vote-add-dot = Додати бал
vote-remove-dot = Забрати бал
vote-left-supports = Залишилося підтримок: { $left } з { $limit }
vote-left-dots = Залишилося балів: { $left } з { $limit }
vote-left-unlimited = Ви можете підтримати скільки завгодно пропозицій. Уже підтримано: { $used }.
vote-approval-count = { $count ->
    [0] Ви ще не голосували щодо жодної пропозиції.
    [one] Ви проголосували щодо { $count } пропозиції.
    [few] Ви проголосували щодо { $count } пропозицій.
    [many] Ви проголосували щодо { $count } пропозицій.
   *[other] Ви проголосували щодо { $count } пропозиції.
}
vote-done-nothing = Нічого не змінилося.
vote-done-withdrawn = Ваш голос відкликано.
vote-done-supported = Вашу підтримку враховано.
vote-done-approval = Ваш голос збережено.
vote-done-dot-added = Бал додано.
vote-done-dot-removed = Бал забрано.
error-vote-log-in = Увійдіть, щоб проголосувати.
error-vote-verify-email = Перш ніж голосувати, підтвердьте адресу електронної пошти.
error-vote-members-only = У цій консультації голосують лише запрошені учасники.
error-vote-group-not-admitted = Ваша група не голосує на цьому етапі.
error-vote-round-no-voting = На цьому етапі немає голосування.
error-vote-round-closed = Голосування закрито: етап завершився.
error-vote-proposal-not-open = Цю пропозицію відкликали, приховали або об’єднали з іншою: за неї не можна голосувати.
error-vote-choice = На цьому етапі такого варіанта немає.
error-vote-no-supports-left = У вас не залишилося підтримок. Відкличте одну, щоб підтримати цю пропозицію.
error-vote-no-dots-left = У вас не залишилося балів. Спершу заберіть бал з іншої пропозиції.
sort-supported = Найбільш підтримані

# Результати

results-title = Результати
results-all = Усі результати цієї консультації
results-no-voting = У цій консультації немає етапів голосування.
results-rounds = Етапи голосування
results-limit-support = { $count ->
    [one] до { $count } підтримки на людину
    [few] до { $count } підтримок на людину
    [many] до { $count } підтримок на людину
   *[other] до { $count } підтримки на людину
}
results-limit-dots = { $count ->
    [one] { $count } бал на людину
    [few] { $count } бали на людину
    [many] { $count } балів на людину
   *[other] { $count } бала на людину
}
results-rule-explained-support = Кожен учасник підтримує ті пропозиції, які хоче. Число — це кількість підтримок.
results-rule-explained-approval = Кожен учасник щодо кожної пропозиції голосує «за», «проти» або утримується. Число — це кількість голосів «за».
results-rule-explained-dots = Кожен учасник розподіляє певну кількість балів; на одну пропозицію можна поставити кілька. Число — це кількість балів.
results-after-close = Результати цього етапу опублікують після його закриття.
results-preview = Поки ці числа бачать лише фасилітатори: вони стануть відкритими так, як передбачають правила етапу.
results-by-proposal = Пропозиції
results-turnout = Хто проголосував
results-turnout-title = Скільки людей проголосувало в кожній групі, з усіх акаунтів, які могли голосувати
results-turnout-figure = { $voters } з { $eligible } ({ $share })
results-voters-total = { $count ->
    [one] Проголосувала { $count } людина.
    [few] Проголосували { $count } людини.
    [many] Проголосували { $count } людей.
   *[other] Проголосувало { $count } людини.
}
results-cross-group-what = Що таке міжгрупова підтримка?
results-cross-group-explained = Вона показує, чи підтримують пропозицію всі групи, а не лише найбільша. Для кожної групи, у якій проголосували щонайменше 3 людини, ми беремо частку її учасників, які підтримали пропозицію. Оцінка — це найменша з цих часток: 60% означає, що пропозицію підтримали щонайменше 60% тих, хто голосував, у кожній групі. Для цього потрібні щонайменше дві групи, у яких проголосували 3 людини або більше. Підрахунки із зустрічей наживо показано поруч і не враховано.
results-fewer-than-3-explained = Щоб голосування залишалося таємним, для групи, у якій проголосувало менше 3 людей, ми показуємо «менше 3» замість чисел. Якщо числа все одно можна було б вирахувати відніманням, ми приховуємо також наступну найменшу групу.
results-sort-total = Найвищий загальний результат
results-sort-cross-group = Найбільша міжгрупова підтримка
results-no-proposals = На цьому етапі немає пропозицій.
results-online = Голоси онлайн
results-cross-group = Міжгрупова підтримка
results-cross-group-undefined = недостатньо груп, у яких проголосували 3 людини
results-offline = Підраховано на зустрічах наживо (не враховано вище)
results-fewer-than-3 = менше 3
results-total-support = { $count ->
    [one] { $count } підтримка
    [few] { $count } підтримки
    [many] { $count } підтримок
   *[other] { $count } підтримки
}
results-total-approval = { $count ->
    [one] { $count } за
    [few] { $count } за
    [many] { $count } за
   *[other] { $count } за
}
results-total-dots = { $count ->
    [one] { $count } бал
    [few] { $count } бали
    [many] { $count } балів
   *[other] { $count } бала
}
results-against-abstain = проти: { $against }, утрималися: { $abstain }
results-approval-figures = за: { $for }, проти: { $against }, утрималися: { $abstain }
results-bar-figure = { $share } · { $figure }
results-chart-title = Підтримка за групами: { $title }

# Підрахунки на зустрічах наживо

tally-title = Записати підрахунок із зустрічі наживо
tally-lead = Підрахунки із зустрічі наживо для етапу «{ $round }». Їх показують поруч із голосами онлайн, разом із місцем і способом підрахунку.
tally-session = Зустріч
tally-record-for = Записати підрахунок із зустрічі наживо для «{ $round }»
field-tally-method = Як рахували
field-tally-method-hint = Наприклад: підняттям рук, паперовими бюлетенями, наліпками на дошці.
field-tally-supports = Підтримки
field-tally-for = За
field-tally-dots = Бали
field-tally-against = Проти
field-tally-abstain = Утрималися
tally-submit = Зберегти підрахунок
tally-delete-title = Видалити цей підрахунок із зустрічі наживо?
tally-delete-explain = Підрахунок ({ $place }, { $day }) більше не з’являтиметься в результатах. Видалення буде записано в журнал дій.
tally-delete = Видалити підрахунок
flash-tally-recorded = Підрахунок із зустрічі наживо збережено.
flash-tally-deleted = Підрахунок із зустрічі наживо видалено.
error-tally-day-future = День не може бути в майбутньому.
error-tally-method-required = Напишіть, як рахували голоси (до 500 символів).
error-tally-count-invalid = Напишіть ціле число від 0 до 100 000.
error-tally-empty = Напишіть принаймні один підрахунок.
