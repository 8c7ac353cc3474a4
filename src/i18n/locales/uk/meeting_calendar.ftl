# Зустрічі в календарях: найближчі зустрічі, зміни й нагадування, календарна стрічка, аркуш підписів

notification-meeting_changed = «{ $consultation }»: зустріч «{ $title }» змінилася
notification-meeting_reminder = «{ $consultation }»: зустріч «{ $title }» почнеться менш ніж за добу
meeting-changed-time = Змінилися дата або час.
meeting-changed-address = Змінилася адреса.
meeting-changed-online-link = Змінилося онлайн-посилання.
meetings-feed = Календарна стрічка всіх зустрічей (.ics)
meetings-feed-hint = Підпишіть свій календар на цю адресу: усі зустрічі цієї консультації будуть там актуальними, скасовані — позначені як скасовані.
meetings-upcoming-all = Усі зустрічі
meeting-upcoming-online = Лише онлайн
sign-in-sheet-link = Аркуш підписів для друку
sign-in-title = Аркуш підписів
sign-in-registered = Зареєстровані люди
sign-in-walk-ins = Люди, що прийшли без реєстрації
sign-in-name = Ім'я
sign-in-group = Група учасників
sign-in-signature = Підпис
sign-in-print-hint = Надрукуйте цю сторінку з браузера (A4); навігація не друкується.
sign-in-nobody = Ніхто не зареєструвався.
