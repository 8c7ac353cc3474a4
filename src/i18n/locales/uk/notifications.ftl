# Дзвіночок і сторінка сповіщень

nav-notifications = Сповіщення
nav-unread = не прочитано
notifications-title = Сповіщення
notifications-empty = Поки нічого немає. Стежте за консультацією або пропозицією, щоб дізнаватися, що там відбувається.
notifications-unread = { $count ->
    [0] Усе прочитано.
    [one] { $count } непрочитане сповіщення.
    [few] { $count } непрочитані сповіщення.
    [many] { $count } непрочитаних сповіщень.
   *[other] { $count } непрочитаного сповіщення.
}
notifications-read-all = Позначити все як прочитане
notifications-new = Нове
notifications-mark-read = Позначити як прочитане
flash-notification-read = Позначено як прочитане.
flash-notifications-read = Усі сповіщення позначено як прочитані.
notification-round_opened = «{ $consultation }»: етап «{ $title }» відкрито
notification-round_closed = «{ $consultation }»: етап «{ $title }» закрито
notification-round_closing_soon = «{ $consultation }»: голосування на етапі «{ $title }» закривається через 24 години, а ви ще не проголосували
notification-proposal_published = «{ $consultation }»: нова пропозиція «{ $title }»
notification-proposal_answered = «{ $consultation }»: на пропозицію «{ $title }» є відповідь
notification-comment_on_my_proposal = «{ $consultation }»: новий коментар до «{ $title }»
notification-reply_to_my_comment = «{ $consultation }»: відповідь на ваш коментар до «{ $title }»
notification-proposal_merged = «{ $consultation }»: пропозицію «{ $title }» об’єднано з іншою
notification-content_flagged = «{ $consultation }»: на допис поскаржилися, його треба перевірити
notification-content_hidden = «{ $consultation }»: модератори приховали ваш допис до «{ $title }»
notification-coauthor_invited = «{ $consultation }»: вас запрошують підписати «{ $title }» (перевірте пошту)
notification-member_invited = «{ $consultation }»: вас запрошують узяти участь (перевірте пошту)
notification-facilitator_invited = «{ $consultation }»: вас запрошують бути фасилітатором (перевірте пошту)

# Налаштування і те, за чим ви стежите

notification-preferences-title = Налаштування листів
notification-preferences-lead = Виберіть, які листи отримувати. Сповіщення завжди видно під дзвіночком.
notification-preference-email_own = Про ваші пропозиції, коментарі й голоси
notification-preference-email_others = Про консультації та пропозиції, за якими ви стежите
notification-preference-hint-email_own = Коментарі й відповіді на ваші пропозиції, відповіді на ваші коментарі, нагадування перед закриттям голосування.
notification-preference-hint-email_others = Нові пропозиції, відкриття і закриття етапів, новини про пропозиції, за якими ви стежите.
frequency-immediate = Одразу, кожне окремим листом
frequency-daily = Один лист на день з усім (нічого, якщо новин немає)
frequency-off = Без листів
notification-preferences-account-emails = Листи про ваш акаунт (підтвердження адреси, новий пароль, запрошення) приходять завжди.
notification-preferences-save = Зберегти налаштування
notification-following-consultations = Консультації, за якими ви стежите
notification-following-proposals = Пропозиції, за якими ви стежите
notification-following-none = Немає.
proposal-follow = Стежити за пропозицією
proposal-unfollow = Не стежити
flash-preferences-saved = Налаштування листів збережено.
flash-proposal-followed = Ви стежите за цією пропозицією: ви дізнаєтеся про коментарі до неї і про відповідь.
flash-proposal-unfollowed = Ви більше не стежите за цією пропозицією.
error-frequency-required = Виберіть, як часто ви хочете отримувати ці листи.

# Відписка

unsubscribe-title = Відписатися від цих листів
unsubscribe-invalid = Це посилання для відписки недійсне. Ви можете вибрати листи на сторінці налаштувань, коли увійдете.
unsubscribe-explain = Більше не надсилати листів про консультації та пропозиції на { $email }?
unsubscribe-confirm = Відписатися від цих листів
unsubscribe-done = Готово: на { $email } більше не надходитимуть листи про консультації та пропозиції.
unsubscribe-account-emails = Листи про ваш акаунт і далі надходитимуть. Щоб знову вибрати листи:

# Листи

email-notification-open = Відкрити в Tavolo
email-notification-why = Ви отримали цей лист, бо берете в цьому участь або стежите за цим у Tavolo.
email-notification-preferences = Виберіть, які листи отримувати:
email-notification-unsubscribe = Відписатися від цих листів:
email-notification-preferences-link = Вибрати листи
email-notification-unsubscribe-link = Відписатися від цих листів
email-digest-subject = Tavolo: що сталося до { $day }

# Черга листів

mail-title = Черга листів
mail-lead = Листи, які ще не вдалося надіслати або які після доби спроб перестали надсилати, з останньою помилкою. Під час повторного надсилання Message-ID не змінюється, тож ніхто не побачить двох копій.
mail-empty = Немає листів, які чекають або які не вдалося надіслати.
mail-recipient = Кому
mail-kind = Лист
mail-state = Стан
mail-error = Остання помилка
mail-actions = Дії
mail-dead = Надсилання припинено
mail-retrying = Наступна спроба: { $when }
mail-attempts = { $count ->
    [one] { $count } спроба
    [few] { $count } спроби
    [many] { $count } спроб
   *[other] { $count } спроби
}
mail-retry = Надіслати ще раз
flash-mail-retried = Лист зараз буде надіслано ще раз.
audit-mail-retried = Лист надіслано ще раз
audit-tally-recorded = Підрахунок із зустрічі наживо записано
audit-tally-deleted = Підрахунок із зустрічі наживо видалено
