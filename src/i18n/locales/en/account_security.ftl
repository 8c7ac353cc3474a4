## Two-factor login, sessions, password strength

two-factor-title = Two-factor login
two-factor-intro = With two-factor login, logging in takes your password and a six-digit code from an authenticator app on your phone (such as FreeOTP, Aegis or Google Authenticator). Someone who learns your password still cannot get in.
two-factor-required = The people who run consultations must use two-factor login on this platform. Please set it up now: it takes a minute.
two-factor-start = Set up two-factor login
two-factor-scan = In your authenticator app, add an account and scan this code.
two-factor-qr-alt = QR code to scan with an authenticator app. The same key is written below.
two-factor-type-secret = Cannot scan it? Type this key into the app instead:
two-factor-confirm = Turn on two-factor login
two-factor-on = Two-factor login is on: logging in asks for a code from your app.
two-factor-off-status = Two-factor login is off.
two-factor-turn-on = Turn on two-factor login
two-factor-manage = Manage two-factor login
two-factor-recovery-left = { $count ->
    [one] You have one unused recovery code left.
   *[other] You have { $count } unused recovery codes left.
}
two-factor-recovery-title = Recovery codes
two-factor-recovery-renew-intro = New recovery codes replace the old ones, which stop working.
two-factor-recovery-renew = Make new recovery codes
two-factor-off-title = Turn off two-factor login
two-factor-off = Turn off two-factor login
two-factor-back = Back to your account
field-two-factor-code = Code
field-two-factor-code-hint = The six-digit code the app now shows for Tavolo.
field-two-factor-app-code-hint = The six-digit code your authenticator app shows now.
field-two-factor-code-or-recovery-hint = The six-digit code from your authenticator app, or one of your recovery codes.
error-two-factor-code = This code is not right, or was already used. Check the app and type the code it shows now.
recovery-codes-title = Your recovery codes
recovery-codes-intro = If you lose your phone, each of these codes lets you log in once instead of a code from the app. Print them or keep them somewhere safe, apart from your phone.
recovery-codes-once = This is the only time they are shown. You can make new ones from your account at any time.
recovery-codes-done = I have kept them
login-code-title = Enter your code
login-code-intro = Your password is right. Open your authenticator app and type the code it shows for Tavolo.
login-code-submit = Log in
login-code-restart = Start again
flash-two-factor-off = Two-factor login is off.
flash-login-code-expired = Please log in again: the time for the code ran out, or too many codes were wrong.
sessions-title = Where you are logged in
sessions-unknown-device = An unknown browser
sessions-this-one = this browser
sessions-signed-in = Logged in:
sessions-last-seen = Last used:
sessions-end-others = Log out everywhere else
flash-sessions-ended = You have been logged out everywhere else.
error-password-weak = This password would be easy to guess. A few unrelated words together make a password that is hard to guess and easy to remember.
error-password-common = Many people use this password, so it is among the first ones tried. Try a few unrelated words together.
error-password-pattern = Rows of keys, repeats and sequences (like "qwerty", "aaaa" or "1234") are easy to guess. Try a few unrelated words together.
error-password-dates = Dates and years are easy to guess. Try a few unrelated words together instead.
error-password-word = One word or name on its own is easy to guess. Add another word or two, not related to each other.
error-password-personal = This password contains your name or your email address, which are easy to guess. Try a few unrelated words together.
manage-two-factor-title = Two-factor login
manage-two-factor-require = Coordinators and facilitators must use two-factor login
manage-two-factor-hint = They are asked to set it up at their next login, before they can do anything else.
flash-two-factor-requirement-saved = The two-factor login setting is saved.
