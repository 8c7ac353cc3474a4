proposals-title = Proposals
proposals-filter = Filter the proposals
proposals-search = Search the proposals
proposals-count = { $count ->
    [one] One proposal
   *[other] { $count } proposals
}
proposals-empty = No proposal matches. Try removing some filters.
filter-any = All
filter-round = Round
filter-answer = Answer
filter-group = Proposer's group
filter-language = Language
filter-sort = Sort by
filter-in-person = Only proposals gathered at in-person meetings
filter-apply = Apply
sort-newest = Newest
sort-commented = Most commented
sort-random = Random order (the same for you)

answer-pending = Awaiting an answer
answer-evaluating = Being evaluated
answer-accepted = Accepted
answer-partially_accepted = Partly accepted
answer-rejected = Not accepted

proposal-new-title = New proposal
proposal-preview = Preview
proposal-preview-hint = This is how your proposal will look. Check it, then publish.
proposal-publish = Publish the proposal
proposal-edit-title = Edit the proposal
proposal-edit-hint = You can edit the proposal for 30 minutes, until someone comments on it. Earlier versions stay readable.
proposal-history-title = Earlier versions
proposal-history-empty = This proposal has never been edited.
proposal-history-before = Version until
proposal-withdraw = Withdraw the proposal
proposal-withdraw-title = Withdraw the proposal?
proposal-withdraw-explain = The proposal stays visible as withdrawn, with the reason you write here.
proposal-record-title = Record a proposal from a meeting
proposal-record-lead = Report a proposal made at an in-person table, on behalf of the people there.
proposal-record-meeting = The meeting
proposal-record-text = The proposal
proposal-record-submit = Record the proposal
proposal-in-person = From an in-person meeting
proposal-in-person-title = Gathered at an in-person meeting
proposal-in-person-where = At { $place }, on { $day }:
proposal-in-person-people = { $count ->
    [one] one person
   *[other] { $count } people
}
proposal-in-person-recorded-by = Recorded by { $name }.
proposal-by = By
proposal-edited-history = edited: see earlier versions
proposal-state-withdrawn = Withdrawn
proposal-state-hidden = Hidden
proposal-state-merged = Merged into another
proposal-merged-into = This proposal was merged into:
proposal-withdrawn-because = Withdrawn by its authors:
proposal-hidden-because = Hidden by the moderators:
proposal-hidden-pending = Hidden pending review, after several reports.
proposal-answer-title = The public body's answer
proposal-answer-save = Save the answer
proposal-comments-count = { $count ->
    [one] one comment
   *[other] { $count } comments
}

field-proposal-title = Title of the proposal
field-proposal-title-hint = Short and clear: what do you propose?
field-proposal-body = Text of the proposal
field-theme = Theme
field-no-theme = No theme
field-text-language = Language of the text
field-text-language-hint = The language you write in: your own is fine.
field-withdraw-reason = Why are you withdrawing it?
field-place = Place
field-place-hint = For example: San Paolo library, Prato.
field-day = Day
field-day-hint = As 2026-11-20.
field-people = How many people
field-group-met = Group of the people met
field-answer = Answer
field-justification = Public justification
field-justification-hint = Required for final answers: explain what the public body will do and why.
field-stance = Your position
field-comment = Comment
field-comment-hint = You can use simple Markdown: **bold**, lists, links.
field-flag-reason = What is wrong?

discussion-title = Discussion
discussion-empty = No comments yet.
stance-for = For
stance-against = Against
stance-neutral = Neutral
stance-for-count = { $count ->
    [one] 1 for
   *[other] { $count } for
}
stance-against-count = { $count ->
    [one] 1 against
   *[other] { $count } against
}
stance-neutral-count = { $count ->
    [one] 1 neutral
   *[other] { $count } neutral
}
comment-new = Write a comment
comment-publish = Publish the comment
comment-reply = Reply
comment-edit-title = Edit the comment
comment-edited = edited
comment-withdraw = Withdraw the comment
comment-withdrawn = Comment withdrawn by its author.
comment-hidden-because = Comment hidden by the moderators:
comment-hidden-pending = Comment hidden pending review.
comment-replying-to = replying to { $name }
comment-yours = your comment
flag-proposal = Report this proposal
flag-comment = Report
flag-send = Send the report

console-answered = { $answered } of { $total } proposals have a final answer
console-hide = Hide
console-restore = Restore
console-held = Waiting for review: reported by enough people to be hidden, but kept visible while a vote is open.
error-moderation-settled = Withdrawn and merged content stays as it is: moderation neither hides nor restores it.
console-hide-reason = Reason (shown in place of the content)
console-flag-reasons = Reasons given
consultation-proposals-link = See the proposals

flash-proposal-published = Proposal published.
flash-proposal-saved = Proposal edited. The earlier version stays in its history.
flash-proposal-withdrawn = Proposal withdrawn.
flash-proposal-recorded = Proposal from the meeting recorded.
flash-answer-saved = Answer saved.
flash-comment-published = Comment published.
flash-comment-saved = Comment edited.
flash-comment-withdrawn = Comment withdrawn.
flash-flagged = Thank you: your report has reached the facilitators.
flash-already-flagged = You had already reported this.
flash-content-hidden = Content hidden.
flash-content-restored = Content restored.

error-proposal-title-required = Enter a title.
error-proposal-title-long = The title can be at most 200 characters.
error-proposal-body-required = Write the text of the proposal.
error-proposal-body-short = The text is too short: explain a little more.
error-proposal-body-long = The text can be at most 20,000 characters.
error-proposal-theme-unknown = Choose one of the consultation's themes.
error-proposal-language-required = Choose the language of the text.
error-withdraw-reason = Write the reason (at most 1,000 characters).
error-place-required = Enter where the meeting took place.
error-day-invalid = Enter the day as 2026-11-20.
error-people-invalid = Enter how many people were there (1 to 10,000).
error-answer-required = Choose an answer.
error-justification-required = A final answer needs a public justification.
error-justification-long = The justification is too long.
error-comment-required = Write the comment.
error-comment-long = The comment can be at most 5,000 characters.
error-stance-required = Choose your position.
error-flag-reason = Briefly write why you are reporting this.
error-hide-reason = Hiding content needs a reason.

policy-verify-email = First confirm your email address.
policy-report-verify-email = To report content, first confirm your email address: reports from unconfirmed accounts are not accepted.
policy-consultation-not-running = This consultation is not running.
policy-members-only = Only invited members take part.
policy-no-open-round = No round is open right now.
policy-round-no-proposals = This round does not take proposals.
policy-round-no-comments = This round does not take comments.
policy-round-no-voting = This round has no voting.
policy-group-not-admitted = This round is not open to your group.
policy-proposal-not-open = This proposal no longer takes contributions.
policy-not-your-proposal = Only the proposal's signers can do this.
policy-proposal-edit-closed = It can no longer be edited: someone commented or 30 minutes have passed. You can withdraw it.
policy-not-your-comment = Only the comment's author can do this.
policy-comment-edit-closed = The time to edit this comment is over.

audit-proposal-recorded-in-person = Proposal recorded from a meeting
audit-proposal-withdrawn = Proposal withdrawn
audit-proposal-answered = Proposal answered
audit-content-flagged = Content reported
audit-content-hidden = Content hidden
audit-content-restored = Content restored

console-answers-pending-link = Proposals awaiting an answer
consultation-proposal-count = { $count ->
    [one] One proposal
   *[other] { $count } proposals
}
consultation-comment-count = { $count ->
    [one] One comment
   *[other] { $count } comments
}
coauthor-title = Sign as co-author
coauthor-lead = You are invited to sign the proposal:
coauthor-accept = Sign the proposal
coauthors-title = Co-authors
coauthors-invite = Invite a co-author (email)
coauthors-invite-hint = They will get a link to sign the proposal with you and be able to edit it.
coauthors-send = Send the invitation
coauthor-role = co-author
flash-coauthor-invited = Invitation to sign sent.
flash-coauthor-accepted = You now sign this proposal.
policy-only-author-invites = Only the proposal's author invites co-authors.
email-coauthor-subject = Invitation to sign: { $proposal }
email-coauthor-body = { $inviter } invites you to sign the proposal “{ $proposal }” with them on Tavolo.
email-coauthor-action = Sign the proposal
moderation-title = Moderation

merge-title = Merge proposals
merge-lead = Gather proposals that say the same thing into one. Each merged proposal points to the one that gathers it, and its signers sign that one too.
merge-too-few = At least two proposals are needed to merge.
merge-sources = Proposals to merge
merge-target = Where to merge them
merge-target-new = Into a new summary proposal (write its title and text below)
merge-new-hint = Title and text are needed only for a new summary proposal.
merge-submit = Merge
flash-merged = Proposals merged.
error-merge-target = Choose where to merge the proposals.
error-merge-sources = Choose the proposals to merge (at least two, or one when merging into an existing proposal).
error-merge-during-voting = Proposals are not merged while a voting round is open: votes cannot be moved without changing them. Merge before voting opens or after it closes.
audit-proposal-merged = Proposals merged
proposal-recorded-at = Recorded at
