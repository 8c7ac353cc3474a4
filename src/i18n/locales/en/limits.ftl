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
