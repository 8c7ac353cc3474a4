language-name = English
language-dir = ltr
language-switch = Language
format-datetime = %-d %b %Y, %H:%M
# Punctuation the pages put between pieces: after a label, between the items of a list,
# after a sentence that another may follow.
punctuation-colon = { ": " }
punctuation-comma = { ", " }
punctuation-stop = { ". " }

skip-to-content = Skip to content
nav-account = Your account
nav-login = Log in
nav-register = Register
nav-logout = Log out
nav-manage = Manage
nav-main = Main navigation
footer-privacy = Privacy notice
footer-about = Tavolo is an open platform for designing policies and services together.

home-title = Let's design it together
home-lead = Public bodies, social-sector organisations and the people services are for discuss and decide together, in rounds.
home-how-title = How it works
home-how-propose = Everyone taking part proposes ideas.
home-how-discuss = The ideas are discussed, in person too.
home-how-vote = People vote, and everyone sees each group's support.
home-how-answer = The public body answers every proposal and says why.

privacy-title = Privacy notice
privacy-lead = We handle only the data needed to take part, and nobody sees how you voted.
privacy-what-title = What data we handle
privacy-what = Display name, email address, password (hashed), stakeholder group, organisation if you give one, preferred language and the contributions you publish.
privacy-why-title = Why
privacy-why = To let you take part, send you the emails you ask for, and report results by group without showing personal data.
privacy-ballot-title = Secret ballot
privacy-ballot = Results show totals only. A group with fewer than 3 voters is not shown on its own.
privacy-rights-title = Your rights
privacy-rights = You can see your data, take it with you, correct it and delete your account yourself:

register-title = Create an account
register-lead = You need an account to propose, comment and vote.
register-submit = Create account
register-have-account = Already have an account?

login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet? Register

forgot-title = Forgotten password
forgot-lead = Enter your email address and we will send you a link to choose a new one.
forgot-submit = Send me the link
forgot-sent = If there is an account for { $email }, we have sent a link to choose a new password. The link works for one hour.

reset-title = Choose a new password
reset-submit = Save the new password

invalid-link-title = Link not valid
invalid-link-verify = This confirmation link is not valid, has already been used or has expired.
invalid-link-verify-retry = Ask for a new link from your account
invalid-link-reset = This password link is not valid, has already been used or has expired.
invalid-link-reset-retry = Ask for a new link

account-title = Your account
account-email = Email address:
account-unverified-title = Confirm your email address
account-unverified = You can already look around. To propose, comment and vote, open the link we sent you by email.
account-resend = Send me a new link
account-profile-title = Profile
account-save = Save profile
account-password-title = Change password
account-change-password = Change password

field-display-name = Display name
field-display-name-hint = Shown next to your contributions.
field-email = Email address
field-password = Password
field-password-hint = At least 10 characters.
field-new-password = New password
field-current-password = Current password
field-group = Group
field-group-hint = Who do you speak for? Results are also shown by group.
field-choose = Choose…
field-organisation = Organisation
field-organisation-hint = The body or association you take part for.
field-locale = Preferred language
field-locale-hint = For pages and emails.
field-privacy-consent = I have read and accept the
field-optional = optional

group-beneficiary = Person the services are for
group-institution = Public body
group-third_sector = Social sector
group-other = Other

flash-registered = Welcome! We have sent you an email to confirm your address.
flash-logged-out = You are logged out.
flash-email-verified = Thank you, your email address is confirmed.
flash-already-verified = Your email address is already confirmed.
flash-verification-sent = We have sent you a new confirmation link.
flash-verification-wait = We have just sent you a link. Check your inbox, and your spam folder, and try again in a minute.
flash-password-reset = Your password has changed. You can log in now.
flash-password-changed = Your password has changed. Your other devices have been logged out.
flash-profile-saved = Profile saved.

error-summary-title = Please check these fields
error-prefix = Error:
error-name-required = Enter the name to show.
error-name-long = The name can be at most 100 characters.
error-email-invalid = Enter a valid email address, for example name@example.org.
error-password-short = The password must be at least 10 characters.
error-password-long = The password can be at most 200 characters.
error-group-required = Choose your group.
error-organisation-long = The organisation can be at most 200 characters.
error-locale-required = Choose a language.
error-consent-required = To create an account you must accept the privacy notice.
error-login-failed = Wrong email or password.
error-current-password = The current password is not correct.
error-control-characters = This field contains invisible control characters (often left over from copying and pasting). Remove them and try again.
error-markdown-nesting = This text nests too deeply (quotes, lists or emphasis inside one another more than 16 levels). Flatten it and try again; your text is still here.

error-title-400 = Bad request
error-title-403 = Access denied
error-title-404 = Page not found
error-title-408 = Request timed out
error-title-413 = Too much content
error-title-500 = Something went wrong
error-title-503 = Service unavailable
error-bad-request = The request is not valid.
error-forbidden = You do not have permission to do this.
error-csrf = The form has expired or did not come from this site. Go back, reload the page and try again.
error-not-found = This page does not exist or has moved.
error-too-large = You sent too much at once. Shorten the text and try again.
error-method = This action is not possible on this page.
error-internal = Something went wrong on our side. Please try again shortly.
error-unavailable = The service is temporarily unavailable. Please try again shortly: what you already sent is safe.
error-timeout = Your request took too long to arrive. Check your connection and try again.
error-busy = Tavolo is very busy right now. Wait a few seconds and try again (if you were sending a form, go back and send it again).
error-go-home = Go to the home page
error-request-id = If you contact support, quote this code:

email-greeting = Hello { $name },
email-signature = Tavolo, the platform for designing together
email-link-fallback = If the button does not work, copy this address into your browser:
email-verify-subject = Confirm your email address
email-verify-body = To propose, comment and vote on Tavolo, confirm that this address is yours by opening the link below. The link works for 3 days.
email-verify-action = Confirm email address
email-verify-ignore = If you did not create the account, ignore this email.
email-reset-subject = Choose a new password
email-reset-body = Someone asked to change the password of your Tavolo account. Open the link below to choose a new one. The link works for one hour and only once.
email-reset-action = Choose a new password
email-reset-ignore = If you did not ask for this, ignore this email: your password stays the same.
