## Звіт для друку

report-title = Підсумки консультації
report-exported = Експортовано { $when }.
report-pseudonymised = Авторів показано лише за групою і псевдонімом: без імен і без адрес електронної пошти. Окремі голоси ніколи не експортуються.
report-named = Авторів показано з іменами, як дозволяє ця консультація. Без адрес електронної пошти; окремі голоси ніколи не експортуються.
report-rounds = Етапи
report-no-rounds = У цій консультації немає етапів.
report-round = Етап
report-round-state = Стан
report-opens = Відкриття
report-closes = Закриття
report-summary = У цифрах
report-total-proposals = Пропозиції
report-total-comments = Коментарі
report-total-in-person = Пропозиції, записані на зустрічах
report-total-vote-counts = Підрахунки голосів на зустрічах
report-total-meetings = Зустрічі
report-total-commitments = Зобов’язання
report-by-answer = Пропозиції за відповіддю
report-by-group = Пропозиції за групою
report-none = Немає.
report-results = Результати
report-no-results = Жоден етап голосування не має результатів для показу.
report-preview = Попередній перегляд: ще не опубліковано
report-most-supported = Найбільш підтримані, з часткою кожної групи
report-cross-group = міжгрупова підтримка { $score }
report-all-results = Усі пропозиції етапу «{ $round }»
report-proposal = Пропозиція
report-total = Усього
report-cross-group-column = Міжгрупова підтримка
report-proposals = Пропозиції і відповіді
report-no-proposals = Пропозицій не було.
report-hidden = Приховали модератори
report-answer = Відповідь
report-comments = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}
report-recorded-at = Записано на зустрічі: { $place } ({ $group })
report-in-person = Зустрічі наживо
report-in-person-explained = Пропозиції, записані на зустрічах, і голоси, підраховані там. Підрахунки із зустрічей показано окремо, поруч з онлайн-результатами: їх ніколи не додають до онлайн-результатів.
report-in-person-kind = Що
report-in-person-proposal = Записана пропозиція
report-in-person-vote_count = Підраховані голоси
report-place = Місце
report-day = День
report-group = Група
report-people = Кількість людей
report-votes = Голоси
report-counts = за: { $for }, проти: { $against }, утрималися: { $abstain }
report-footer = Створено в Tavolo { $when }.
group-unknown = Невідомо

## Сторінка підсумків на панелі фасилітатора

outcomes-title = Підсумки
outcomes-intro = Усе, що ця консультація отримала і вирішила, щоб звітувати про кожен допис: пропозиції, коментарі, відповіді, результати за групами і зустрічі наживо.
outcomes-download = Завантажити
outcomes-pseudonymised = Авторів показано за групою і псевдонімом, який не змінюється в межах цієї консультації. Без адрес електронної пошти і ніколи — окремих голосів.
outcomes-format-csv = Таблиці CSV (zip)
outcomes-format-json = JSON
outcomes-format-xlsx = Електронна таблиця (XLSX)
outcomes-format-html = Звіт для друку
outcomes-format-hint-csv = Один файл на кожну таблицю, для LibreOffice, Excel або будь-якої програми.
outcomes-format-hint-json = Один документ за опублікованою схемою.
outcomes-format-hint-xlsx = Один аркуш на кожну таблицю.
outcomes-format-hint-html = Відкривається в браузері: надрукуйте його або збережіть як PDF.
outcomes-with-names = З іменами авторів
outcomes-with-names-hint = Ця консультація дозволяє вказувати імена авторів в експорті, зробленому тут. Поводьтеся з цими файлами як з особистими даними.
outcomes-audited = Кожне завантаження записується в журнал дій.
outcomes-schema = Схема JSON
outcomes-open-data = Відкриті дані
outcomes-published-on = Опубліковано як відкриті дані { $when }: будь-хто може завантажити їх (під псевдонімами) зі сторінки консультації.
outcomes-not-published = Підсумки не опубліковано як відкриті дані.
outcomes-blocked-not-closed = Їх можна опублікувати, коли всі етапи закриті або консультацію перенесено в архів.
outcomes-blocked-invite-only = Опублікувати можна лише підсумки відкритих для всіх консультацій.
outcomes-publish = Опублікувати підсумки
outcomes-withdraw = Відкликати відкриті дані
outcomes-coordinators-publish = Опублікувати їх може координатор.
outcomes-publish-confirm = Опублікувати підсумки як відкриті дані?
outcomes-publish-explain = Будь-хто зможе завантажити зі сторінки консультації її пропозиції, коментарі, відповіді, результати і зустрічі наживо у форматах JSON і CSV. Авторів буде показано лише за групою і псевдонімом, ніколи з іменем чи адресою електронної пошти. Пізніше ви зможете їх відкликати.
outcomes-privacy = Конфіденційність
outcomes-privacy-names = Експорт, зроблений тут, може містити імена авторів
outcomes-privacy-names-hint = Лише якщо учасників про це попередили. Відкриті дані ніколи не містять імен, і жоден експорт не містить адрес електронної пошти чи окремих голосів.
outcomes-privacy-save = Зберегти
flash-outcomes-privacy-saved = Налаштування конфіденційності збережено.
flash-outcomes-published = Підсумки опубліковано як відкриті дані.
flash-outcomes-withdrawn = Відкриті дані відкликано.
console-outcomes = Підсумки
console-outcomes-intro = Завантажте підсумки (CSV, JSON, XLSX, звіт для друку) й опублікуйте їх як відкриті дані.
consultation-outcomes = Підсумки
consultation-outcomes-intro = Підсумки цієї консультації — відкриті дані: пропозиції, коментарі, відповіді, результати і зустрічі наживо. Автори — під псевдонімами.
consultation-outcomes-json = Завантажити у форматі JSON
consultation-outcomes-csv = Завантажити як таблиці CSV (zip)
audit-consultation-exported = Підсумки експортовано
audit-consultation-privacy-changed = Налаштування конфіденційності змінено
audit-outcomes-published = Підсумки опубліковано як відкриті дані
audit-outcomes-withdrawn = Відкриті дані відкликано
report-meetings-explained = Зустрічі цієї консультації: коли і де, зайняті місця, хто прийшов за групою зацікавлених сторін (зареєстровані й ті, хто прийшов без реєстрації), і протокол після публікації. Нікого не названо на ім’я.
report-attendance = Хто прийшов, за групою зацікавлених сторін
report-meeting-proposals = Пропозиції, записані на цій зустрічі
report-minutes = Протокол
report-latest-updates = Останні новини
