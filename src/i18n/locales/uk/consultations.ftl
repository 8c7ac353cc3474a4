consultations-title = Консультації
consultations-filter-theme = Фільтр за темою
consultations-all-themes = Усі теми
consultations-empty = Консультацій поки немає. Коли якась відкриється, ви знайдете її тут.
consultations-empty-theme = Немає консультацій на тему «{ $theme }».
consultations-section-open = Відкриті зараз
consultations-section-upcoming = Незабаром
consultations-section-closed = Завершені
consultation-invite-only = За запрошенням
consultation-themes = Теми
consultation-status-draft = Чернетка
consultation-status-published = Опубліковано
consultation-status-archived = В архіві
consultation-follow = Стежити за консультацією
consultation-unfollow = Не стежити
consultation-open-console = Відкрити панель фасилітатора
consultation-rounds = Етапи
consultation-no-rounds = Етапи цієї консультації ще не визначені.
consultation-about = Про що це
consultation-figures = У цифрах
consultation-involved = { $count ->
    [one] { $count } залучена людина (стежить за консультацією або бере в ній участь)
    [few] { $count } залучені людини (стежать за консультацією або беруть у ній участь)
    [many] { $count } залучених людей (стежать за консультацією або беруть у ній участь)
   *[other] { $count } залученої людини (стежать за консультацією або беруть у ній участь)
}
consultation-followers = { $count ->
    [one] { $count } людина стежить за цією консультацією
    [few] { $count } людини стежать за цією консультацією
    [many] { $count } людей стежать за цією консультацією
   *[other] { $count } людини стежать за цією консультацією
}
consultation-members = { $count ->
    [one] { $count } запрошений учасник
    [few] { $count } запрошені учасники
    [many] { $count } запрошених учасників
   *[other] { $count } запрошеного учасника
}
consultation-round-count = { $count ->
    [one] { $count } етап
    [few] { $count } етапи
    [many] { $count } етапів
   *[other] { $count } етапу
}
round-opens = відкривається
round-closes = закривається
round-state-upcoming = Незабаром
round-state-open = Відкритий
round-state-closed = Закритий
round-allows-proposals = Можна робити пропозиції
round-allows-comments = Можна коментувати
round-allows-voting = Можна голосувати
round-groups = Хто може брати участь

cta-title = Що ви можете зробити зараз
cta-ended = Усі етапи завершено. Ви можете прочитати, що запропонували і що вирішили.
cta-upcoming = Наступний етап відкривається
cta-log-in = Етап відкритий: увійдіть або зареєструйтеся, щоб узяти участь.
cta-verify = Етап відкритий. Щоб узяти участь, спершу підтвердьте адресу електронної пошти за посиланням, яке ми вам надіслали.
cta-read-only = На цьому етапі можна читати й стежити, але не можна робити пропозиції чи коментувати.
cta-members-only = Цей етап лише для запрошених учасників.
cta-other-groups = Цей етап для таких груп:
cta-other-groups-follow = Ви все одно можете стежити за консультацією і читати все.
cta-act = Цей етап відкритий, і ви можете взяти участь:
cta-act-propose = робити пропозиції
cta-act-comment = коментувати пропозиції
cta-act-vote = голосувати

pagination = Сторінки
pagination-previous = Попередня сторінка
pagination-next = Наступна сторінка
pagination-position = Сторінка { $page } з { $pages }

invitation-title = Запрошення
invitation-lead = Вас запросили взяти участь у консультації «{ $consultation }».
invitation-accept = Прийняти запрошення
invitation-account-needed = Щоб прийняти запрошення, потрібен акаунт. Запрошення надіслали на { $email }: зареєструйтеся або увійдіть, а потім поверніться на цю сторінку.
invitation-invalid = Це запрошення недійсне, уже використане, відкликане або застаріле. Попросіть людину, яка вас запросила, надіслати нове.

email-invitation-subject = Запрошення взяти участь: { $consultation }
email-invitation-body = { $inviter } запрошує вас узяти участь у консультації «{ $consultation }» у Tavolo.
email-invitation-role-facilitator = Ви будете фасилітатором: зможете керувати етапами, запрошувати учасників і модерувати.
email-invitation-role-member = Ви будете учасником: зможете бачити консультацію (вона лише за запрошенням) і брати в ній участь.
email-invitation-action = Прийняти запрошення
email-invitation-expiry = Запрошення діє 14 днів. Якщо вам це не цікаво, просто не зважайте на цей лист.
email-appointed-subject = Ви фасилітатор консультації: { $consultation }
email-appointed-body = Вас призначили фасилітатором консультації «{ $consultation }». На панелі фасилітатора ви можете керувати етапами, учасниками й модерацією.
email-appointed-action = Відкрити панель

flash-following = Тепер ви стежите за цією консультацією.
flash-unfollowed = Ви більше не стежите за цією консультацією.
flash-invitation-accepted = Вітаємо! Тепер ви учасник цієї консультації.

policy-log-in = Щоб це зробити, потрібно увійти.
policy-coordinators-only = Це можуть робити лише координатори платформи.
policy-facilitators-only = Це можуть робити лише фасилітатори цієї консультації.
