# Follow-up of commitments: what happened next

follow-up-title = What happened next
follow-up-lead = The commitments the public body made from the accepted proposals: who is responsible, how far they have got, and dated updates.
follow-up-overall = Overall progress
follow-up-overall-text = { $count ->
    [one] One commitment under way or done, average progress { $progress }%.
   *[other] { $count } commitments under way or done, average progress { $progress }%.
}
follow-up-filter = Filter commitments
follow-up-count = { $count ->
    [0] No commitments.
    [one] One commitment.
   *[other] { $count } commitments.
}
follow-up-none-matching = No commitment matches these filters.
follow-up-empty = The public body's commitments will appear here: for each accepted or partly accepted proposal, what will be done, who is responsible, by when, at what cost, and updates until it is finished.
follow-up-empty-link = See the accepted proposals
commitment-status-planned = Planned
commitment-status-in_progress = In progress
commitment-status-done = Done
commitment-status-dropped = Dropped
commitment-progress-text = Progress: { $progress }%
commitment-dropped-reason = Why it was dropped
commitment-proposals = The proposals it comes from
commitment-updates = Updates
commitment-no-updates = No updates yet.
commitment-post-update = Post an update
commitment-publish-update = Publish the update
commitment-edit = Edit the commitment
commitment-new = New commitment
commitment-save = Save the commitment
commitment-keep-status = Keep as it is
commitments-manage = Commitments
commitments-manage-lead = Turn accepted proposals into public commitments and tell how they are going.
commitments-none-eligible = No proposal is accepted or partly accepted yet: answer proposals before making commitments.
commitments-none-yet = No commitments yet.
commitments-actions = Actions
console-commitments = Commitments and follow-up
consultation-follow-up-link = What happened next
proposal-commitments-title = Commitments made
field-commitment-title = Title of the commitment
field-commitment-description = Description
field-commitment-responsible = Responsible
field-commitment-responsible-hint = The office or body that carries it out.
field-commitment-status = Status
field-commitment-new-status = New status
field-commitment-reason = Reason, if dropped
field-commitment-reason-hint = Required when the commitment is dropped: it will be public.
field-commitment-progress = Progress in percent
field-commitment-progress-hint = A number from 0 to 100; a finished commitment is at 100%.
field-commitment-new-progress = New progress in percent
field-commitment-keep-hint = Leave empty to keep it.
field-commitment-starts = Planned start
field-commitment-ends = Planned end
field-commitment-budget = Budget
field-commitment-budget-hint = Digits, with at most two decimals after a point or a comma (for example 12500.50).
field-commitment-currency = Currency
field-commitment-currency-hint = A three-letter code, for example EUR.
field-commitment-proposals = Proposals it comes from
field-commitment-update = What happened
field-commitment-update-hint = Public text; you can use Markdown.
error-commitment-status = Choose a status.
error-commitment-reason-required = A dropped commitment needs a public reason.
error-commitment-text-long = The text is too long.
error-commitment-progress = Progress is a whole number from 0 to 100.
error-commitment-title-required = Write a title.
error-commitment-title-long = At most 200 characters.
error-commitment-responsible-required = Say who is responsible.
error-commitment-ends-before = The planned end cannot come before the start.
error-commitment-proposal-invalid = Only accepted or partly accepted proposals of this consultation can be chosen.
error-commitment-proposal-required = Choose at least one accepted proposal.
error-commitment-budget = Write the amount with digits only and at most two decimals.
error-commitment-currency = The currency is a three-letter code, such as EUR.
error-commitment-update-required = Write what happened.
flash-commitment-saved = Commitment saved.
flash-commitment-update-posted = Update published; those who signed or follow the proposals will be told.
notification-commitment_updated = "{ $consultation }": news on the commitment "{ $title }"
audit-commitment-created = Commitment created
audit-commitment-edited = Commitment edited
audit-commitment-update-posted = Commitment update posted
