# Limits on what one person or address can do
error-title-429 = Too many attempts
error-too-many-requests = { $count ->
    [one] You have done this too often for now. Please try again in a minute.
   *[other] You have done this too often for now. Please try again in { $count } minutes.
}
error-login-throttled = Too many failed log-ins for this account or from this connection. Wait before trying again, or choose a new password.
error-registrations-limit = Too many accounts were created from this connection in the last hour. Please try again later.
error-comments-limit = You have posted many comments in a short time. Your text is kept below: send it again a little later.
error-proposals-limit = You have submitted many proposals in a short time. Your text is kept below: send it again a little later.
flash-verification-today = We already sent you a link today. Check your inbox and your spam folder; you can ask for a new one tomorrow.
flash-invited-today = This address was already invited today. You can invite it again tomorrow.
email-locked-subject = Someone is trying to log in to your account
email-locked-body = Someone tried many wrong passwords to log in to your Tavolo account, so we have blocked log-ins to it for a few minutes.
email-locked-reset = If it was not you, choose a new password now: open the link below. If your password is also used elsewhere, change it there too.
email-locked-ignore = If it was you, wait a few minutes and try again; you can also choose a new password with the same link.

# Registration: the same answer whether the address is free or not.
register-sent-title = Check your email
register-sent-body = We have written to the address you gave. Open the link in the message to confirm it: it also logs you in to Tavolo.
register-sent-missing = Can't find the message? Look in your spam folder. You can also log in with your password and ask for a new link from your account page. If you already had an account with this address, we have written to tell you how to get back in.
register-sent-login = Log in with your password
email-again-subject = You already have an account on Tavolo
email-again-body = Someone, perhaps you, tried to create a new Tavolo account with this email address. There is already an account with this address, so we did not create another.
email-again-reset = If it was you, log in with your password. If you don't remember it, choose a new one with the link below.
email-again-ignore = If it was not you, you can ignore this message: your account has not changed.
