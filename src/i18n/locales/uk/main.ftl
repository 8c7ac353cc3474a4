language-name = Українська
language-dir = ltr
language-switch = Мова
format-datetime = %d.%m.%Y, %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { ": " }
punctuation-comma = { ", " }
punctuation-stop = { ". " }

skip-to-content = Перейти до змісту
nav-account = Ваш акаунт
nav-login = Увійти
nav-register = Зареєструватися
nav-logout = Вийти
nav-manage = Керування
nav-main = Головне меню
footer-privacy = Повідомлення про конфіденційність
footer-about = Tavolo — відкрита платформа, щоб разом створювати політики й послуги.

home-title = Створюймо разом
home-lead = Державні установи, громадські організації та люди, для яких призначені послуги, разом обговорюють і вирішують, етап за етапом.
home-how-title = Як це працює
home-how-propose = Кожен учасник пропонує ідеї.
home-how-discuss = Ідеї обговорюють, також на зустрічах наживо.
home-how-vote = Люди голосують, і всі бачать підтримку кожної групи.
home-how-answer = Установа відповідає на кожну пропозицію і пояснює чому.

privacy-title = Повідомлення про конфіденційність
privacy-lead = Ми обробляємо лише ті дані, які потрібні для участі, і ніхто не бачить, як ви проголосували.
privacy-what-title = Які дані ми обробляємо
privacy-what = Ім’я, яке бачать інші, адреса електронної пошти, пароль (у захищеному вигляді), група, організація (якщо ви її вказали), мова, яку ви обрали, і дописи, які ви публікуєте.
privacy-why-title = Навіщо
privacy-why = Щоб ви могли брати участь, щоб надсилати вам листи, які ви просите, і щоб показувати результати за групами, не розкриваючи особистих даних.
privacy-ballot-title = Таємне голосування
privacy-ballot = Результати показують лише загальні числа. Групу, у якій проголосувало менше 3 людей, окремо не показуємо.
privacy-rights-title = Ваші права
privacy-rights = Ви можете переглянути й виправити свої дані на сторінці акаунта, а також попросити координаторів платформи видалити їх.

register-title = Створіть акаунт
register-lead = Щоб пропонувати, коментувати й голосувати, потрібен акаунт.
register-submit = Створити акаунт
register-have-account = Уже маєте акаунт?

login-title = Увійти
login-submit = Увійти
login-forgot = Забули пароль?
login-no-account = Ще не маєте акаунта? Зареєструйтеся

forgot-title = Забули пароль
forgot-lead = Напишіть свою адресу електронної пошти, і ми надішлемо посилання, щоб вибрати новий пароль.
forgot-submit = Надіслати посилання
forgot-sent = Якщо акаунт для { $email } існує, ми надіслали посилання, щоб вибрати новий пароль. Посилання діє одну годину.

reset-title = Виберіть новий пароль
reset-submit = Зберегти новий пароль

invalid-link-title = Посилання недійсне
invalid-link-verify = Це посилання для підтвердження недійсне, уже використане або застаріле.
invalid-link-verify-retry = Попросіть нове посилання на сторінці акаунта
invalid-link-reset = Це посилання для зміни пароля недійсне, уже використане або застаріле.
invalid-link-reset-retry = Попросити нове посилання

account-title = Ваш акаунт
account-email = Адреса електронної пошти:
account-unverified-title = Підтвердьте адресу електронної пошти
account-unverified = Ви вже можете все переглядати. Щоб пропонувати, коментувати й голосувати, відкрийте посилання, яке ми надіслали вам електронною поштою.
account-resend = Надіслати нове посилання
account-profile-title = Профіль
account-save = Зберегти профіль
account-password-title = Зміна пароля
account-change-password = Змінити пароль

field-display-name = Ім’я, яке бачать інші
field-display-name-hint = Показується поруч із вашими дописами.
field-email = Адреса електронної пошти
field-password = Пароль
field-password-hint = Щонайменше 10 символів.
field-new-password = Новий пароль
field-current-password = Поточний пароль
field-group = Група
field-group-hint = Від чийого імені ви говорите? Результати показуємо також за групами.
field-choose = Виберіть…
field-organisation = Організація
field-organisation-hint = Установа чи організація, від якої ви берете участь.
field-locale = Мова
field-locale-hint = Для сторінок і листів.
field-privacy-consent = Я прочитав(-ла) і приймаю
field-optional = необов’язково

group-beneficiary = Людина, для якої призначені послуги
group-institution = Державна установа
group-third_sector = Громадський сектор
group-other = Інше

flash-registered = Вітаємо! Ми надіслали вам лист, щоб підтвердити вашу адресу.
flash-logged-out = Ви вийшли.
flash-email-verified = Дякуємо, вашу адресу електронної пошти підтверджено.
flash-already-verified = Вашу адресу електронної пошти вже підтверджено.
flash-verification-sent = Ми надіслали вам нове посилання для підтвердження.
flash-verification-wait = Ми щойно надіслали вам посилання. Перевірте пошту (і папку «Спам») та спробуйте ще раз за хвилину.
flash-password-reset = Пароль змінено. Тепер ви можете увійти.
flash-password-changed = Пароль змінено. На інших пристроях ви вийшли з акаунта.
flash-profile-saved = Профіль збережено.

error-summary-title = Перевірте ці поля
error-prefix = Помилка:
error-name-required = Напишіть ім’я, яке бачитимуть інші.
error-name-long = Ім’я може мати щонайбільше 100 символів.
error-email-invalid = Напишіть правильну адресу електронної пошти, наприклад name@example.org.
error-email-taken = Акаунт із цією адресою вже існує. Увійдіть або відновіть пароль.
error-password-short = Пароль має містити щонайменше 10 символів.
error-password-long = Пароль може мати щонайбільше 200 символів.
error-group-required = Виберіть свою групу.
error-organisation-long = Назва організації може мати щонайбільше 200 символів.
error-locale-required = Виберіть мову.
error-consent-required = Щоб створити акаунт, потрібно прийняти повідомлення про конфіденційність.
error-login-failed = Неправильна адреса електронної пошти або пароль.
error-current-password = Поточний пароль неправильний.
error-control-characters = Це поле містить невидимі керівні символи (часто залишаються після копіювання й вставлення). Видаліть їх і спробуйте ще раз.

error-title-400 = Неправильний запит
error-title-403 = Доступ заборонено
error-title-404 = Сторінку не знайдено
error-title-413 = Забагато даних
error-title-500 = Сталася помилка
error-title-503 = Сервіс недоступний
error-bad-request = Запит неправильний.
error-forbidden = У вас немає дозволу на цю дію.
error-csrf = Форма застаріла або надіслана не з цього сайту. Поверніться назад, оновіть сторінку і спробуйте ще раз.
error-not-found = Такої сторінки немає, або її перемістили.
error-too-large = Ви надіслали забагато за один раз. Скоротіть текст і спробуйте ще раз.
error-method = На цій сторінці така дія неможлива.
error-internal = У нас щось пішло не так. Спробуйте ще раз трохи згодом.
error-unavailable = Сервіс тимчасово недоступний. Спробуйте ще раз трохи згодом: те, що ви вже надіслали, збережено.
error-go-home = На головну сторінку
error-request-id = Якщо звертаєтеся до служби підтримки, назвіть цей код:

email-greeting = Вітаємо, { $name }!
email-signature = Tavolo, платформа, щоб створювати разом
email-link-fallback = Якщо кнопка не працює, скопіюйте цю адресу в браузер:
email-verify-subject = Підтвердьте адресу електронної пошти
email-verify-body = Щоб пропонувати, коментувати й голосувати в Tavolo, підтвердьте, що це ваша адреса: відкрийте посилання нижче. Посилання діє 3 дні.
email-verify-action = Підтвердити адресу
email-verify-ignore = Якщо ви не створювали акаунт, просто не зважайте на цей лист.
email-reset-subject = Виберіть новий пароль
email-reset-body = Хтось попросив змінити пароль вашого акаунта Tavolo. Відкрийте посилання нижче, щоб вибрати новий. Посилання діє одну годину, і ним можна скористатися лише один раз.
email-reset-action = Вибрати новий пароль
email-reset-ignore = Якщо ви цього не просили, просто не зважайте на цей лист: ваш пароль не зміниться.
