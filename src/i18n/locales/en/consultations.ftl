consultations-title = Consultations
consultations-filter-theme = Filter by theme
consultations-all-themes = All themes
consultations-empty = There are no consultations yet. When one opens, you will find it here.
consultations-empty-theme = No consultation on the theme “{ $theme }”.
consultations-section-open = Open now
consultations-section-upcoming = Coming up
consultations-section-closed = Finished
consultation-invite-only = By invitation
consultation-themes = Themes
consultation-status-draft = Draft
consultation-status-published = Published
consultation-status-archived = Archived
consultation-follow = Follow this consultation
consultation-unfollow = Stop following
consultation-open-console = Open the facilitator console
consultation-rounds = Rounds
consultation-no-rounds = The rounds of this consultation have not been set yet.
consultation-about = What it is about
consultation-figures = In figures
consultation-involved = { $count ->
    [one] One person involved (following the consultation or part of it)
   *[other] { $count } people involved (following the consultation or part of it)
}
consultation-followers = { $count ->
    [one] One person follows this consultation
   *[other] { $count } people follow this consultation
}
consultation-members = { $count ->
    [one] One invited member
   *[other] { $count } invited members
}
consultation-round-count = { $count ->
    [one] One round
   *[other] { $count } rounds
}
round-opens = opens on
round-closes = closes on
round-state-upcoming = Coming up
round-state-open = Open
round-state-closed = Closed
round-allows-proposals = Proposals can be made
round-allows-comments = Comments are open
round-allows-voting = Voting is open
round-groups = Who can take part

cta-title = What you can do now
cta-ended = All rounds have finished. You can read what was proposed and decided.
cta-upcoming = The next round opens on
cta-log-in = A round is open: log in or register to take part.
cta-verify = A round is open. To take part, first confirm your email address with the link we sent you.
cta-read-only = In this round you can read and follow; it takes no proposals or comments.
cta-members-only = This round is for invited members only.
cta-other-groups = This round is for:
cta-other-groups-follow = You can still follow the consultation and read everything.
cta-act = This round is open and you can take part:
cta-act-propose = make proposals
cta-act-comment = comment on proposals
cta-act-vote = vote

pagination = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-position = Page { $page } of { $pages }

invitation-title = Invitation
invitation-lead = You have been invited to take part in “{ $consultation }”.
invitation-accept = Accept the invitation
invitation-account-needed = You need an account to accept. The invitation was sent to { $email }: register or log in, then come back to this page.
invitation-invalid = This invitation is not valid, has already been used, was withdrawn or has expired. Ask the person who invited you for a new one.

email-invitation-subject = Invitation to take part: { $consultation }
email-invitation-body = { $inviter } invites you to take part in the consultation “{ $consultation }” on Tavolo.
email-invitation-role-facilitator = You will be a facilitator: you can run its rounds, invite members and moderate.
email-invitation-role-member = You will be a member: you can see the consultation, which is by invitation, and take part.
email-invitation-action = Accept the invitation
email-invitation-expiry = The invitation works for 14 days. If you are not interested, ignore this email.
email-appointed-subject = You are a facilitator of: { $consultation }
email-appointed-body = You have been appointed facilitator of the consultation “{ $consultation }”. From the console you can run its rounds, members and moderation.
email-appointed-action = Open the console

flash-following = You now follow this consultation.
flash-unfollowed = You no longer follow this consultation.
flash-invitation-accepted = Welcome! You are now part of this consultation.

policy-log-in = You need to log in to do this.
policy-coordinators-only = Only the platform's coordinators can do this.
policy-facilitators-only = Only this consultation's facilitators can do this.
