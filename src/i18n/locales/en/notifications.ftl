# The bell and the notifications page

nav-notifications = Notifications
nav-unread = unread
notifications-title = Notifications
notifications-empty = Nothing yet. Follow a consultation or a proposal to hear what happens there.
notifications-unread = { $count ->
    [0] Everything is read.
    [one] One unread notification.
   *[other] { $count } unread notifications.
}
notifications-read-all = Mark all as read
notifications-new = New
notifications-mark-read = Mark as read
flash-notification-read = Marked as read.
flash-notifications-read = All notifications are marked as read.
notification-round_opened = "{ $consultation }": the round "{ $title }" is open
notification-round_closed = "{ $consultation }": the round "{ $title }" has closed
notification-round_closing_soon = "{ $consultation }": voting in "{ $title }" closes in 24 hours, and you have not voted yet
notification-proposal_published = "{ $consultation }": new proposal "{ $title }"
notification-proposal_answered = "{ $consultation }": the proposal "{ $title }" has an answer
notification-comment_on_my_proposal = "{ $consultation }": a new comment on "{ $title }"
notification-reply_to_my_comment = "{ $consultation }": a reply to your comment on "{ $title }"
notification-proposal_merged = "{ $consultation }": the proposal "{ $title }" was merged into another
notification-content_flagged = "{ $consultation }": content was reported and needs a review
notification-content_hidden = "{ $consultation }": your contribution on "{ $title }" was hidden by the moderators
notification-coauthor_invited = "{ $consultation }": you are invited to co-sign "{ $title }" (see your email)
notification-member_invited = "{ $consultation }": you are invited to take part (see your email)
notification-facilitator_invited = "{ $consultation }": you are invited to facilitate (see your email)

# Preferences and follows

notification-preferences-title = Email preferences
notification-preferences-lead = Choose which emails you get. Notifications always appear under the bell.
notification-preference-email_own = About your own proposals, comments and votes
notification-preference-email_others = About consultations and proposals you follow
notification-preference-hint-email_own = Comments and answers on your proposals, replies to your comments, reminders before voting closes.
notification-preference-hint-email_others = New proposals, rounds opening and closing, news on proposals you follow.
frequency-immediate = Straight away, one email each
frequency-daily = One email a day with everything (none when there is nothing)
frequency-off = No email
notification-preferences-account-emails = Emails about your account (confirming your address, a new password, invitations) always arrive.
notification-preferences-save = Save preferences
notification-following-consultations = Consultations you follow
notification-following-proposals = Proposals you follow
notification-following-none = None.
proposal-follow = Follow this proposal
proposal-unfollow = Stop following
flash-preferences-saved = Your email preferences are saved.
flash-proposal-followed = You follow this proposal: you will hear of its comments and answer.
flash-proposal-unfollowed = You no longer follow this proposal.
error-frequency-required = Choose how often you want these emails.

# Unsubscribe

unsubscribe-title = Stop these emails
unsubscribe-invalid = This unsubscribe link is not valid. You can choose your emails on your preferences page after logging in.
unsubscribe-explain = Stop all emails about consultations and proposals to { $email }?
unsubscribe-confirm = Stop these emails
unsubscribe-done = Done: { $email } will no longer get emails about consultations and proposals.
unsubscribe-account-emails = Emails about your account still arrive. To choose again:

# Emails

email-notification-open = Open in Tavolo
email-notification-why = You get this email because you take part in or follow this on Tavolo.
email-notification-preferences = Choose your emails:
email-notification-unsubscribe = Stop these emails:
email-notification-preferences-link = Choose your emails
email-notification-unsubscribe-link = Stop these emails
email-digest-subject = Tavolo: what happened by { $day }

# Mail queue

mail-title = Mail queue
mail-lead = Emails that could not be sent yet, or that were given up after a day of attempts, with the last error. Sending again keeps the same Message-ID, so nobody gets two copies they can see.
mail-empty = No email is waiting or failed.
mail-recipient = To
mail-kind = Email
mail-state = State
mail-error = Last error
mail-actions = Actions
mail-dead = Given up
mail-retrying = Next attempt { $when }
mail-attempts = { $count ->
    [one] one attempt
   *[other] { $count } attempts
}
mail-retry = Send again
flash-mail-retried = The email will be sent again now.
audit-mail-retried = Email sent again
audit-tally-recorded = In-person count recorded
audit-tally-deleted = In-person count deleted
