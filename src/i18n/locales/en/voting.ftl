# Voting

vote-title = Your vote
vote-support = Support
vote-you-support = You support this proposal.
vote-withdraw-support = Withdraw my support
vote-approval-legend = Your opinion
vote-approval-for = In favour
vote-approval-against = Against
vote-approval-abstain = Abstain
vote-withdraw = Withdraw my vote
vote-your-dots = { $count ->
    [0] You have put no dots here.
    [one] You have put one dot here.
   *[other] You have put { $count } dots here.
}
vote-add-dot = Add a dot
vote-remove-dot = Remove a dot
vote-left-supports = { $left } of { $limit } supports left
vote-left-dots = { $left } of { $limit } dots left
vote-left-unlimited = You can support as many proposals as you like. Given so far: { $used }.
vote-approval-count = { $count ->
    [0] You have not voted on any proposal yet.
    [one] You have voted on one proposal.
   *[other] You have voted on { $count } proposals.
}
vote-done-nothing = Nothing changed.
vote-done-withdrawn = Your vote is withdrawn.
vote-done-supported = Your support is counted.
vote-done-approval = Your vote is saved.
vote-done-dot-added = Dot added.
vote-done-dot-removed = Dot removed.
error-vote-log-in = Log in to vote.
error-vote-verify-email = Confirm your email address before voting.
error-vote-members-only = Only invited members vote in this consultation.
error-vote-group-not-admitted = Your stakeholder group does not vote in this round.
error-vote-round-no-voting = This round has no voting.
error-vote-round-closed = Voting is closed: the round has ended.
error-vote-proposal-not-open = This proposal was withdrawn, hidden or merged: it cannot receive votes.
error-vote-choice = That choice does not exist in this round.
error-vote-no-supports-left = You have no supports left. Withdraw one to support this proposal.
error-vote-no-dots-left = You have no dots left. Remove one from another proposal first.
sort-supported = Most supported

# Results

results-title = Results
results-all = All the results of this consultation
results-no-voting = This consultation has no voting rounds.
results-rounds = Voting rounds
results-limit-support = { $count ->
    [one] one support each
   *[other] up to { $count } supports each
}
results-limit-dots = { $count ->
    [one] one dot each
   *[other] { $count } dots each
}
results-rule-explained-support = Each participant supports the proposals they want. The figure is the number of supports.
results-rule-explained-approval = Each participant says in favour, against or abstain on each proposal. The figure is the number in favour.
results-rule-explained-dots = Each participant spreads a number of dots; several can go on one proposal. The figure is the number of dots.
results-after-close = The results of this round will be published when it closes.
results-preview = Only the facilitators see these figures for now: they become public as the round's rules say.
results-by-proposal = Proposals
results-turnout = Who voted
results-turnout-title = Voters in each group, out of the accounts that could vote
results-turnout-figure = { $voters } of { $eligible } ({ $share })
results-voters-total = { $count ->
    [one] One person voted.
   *[other] { $count } people voted.
}
results-cross-group-what = What is cross-group support?
results-cross-group-explained = It shows whether a proposal is backed by every stakeholder group, not just the largest. For each group with at least 3 voters, we take the share of its voters who supported the proposal. The score is the lowest of these shares: 60% means that at least 60% of the voters of every group supported it. It needs at least two groups with 3 voters or more. In-person counts are shown beside it and not included.
results-fewer-than-3-explained = To keep ballots secret, a group with fewer than 3 voters shows "fewer than 3" instead of figures. When that would still let someone work the figures out by subtraction, the next smallest group is hidden too.
results-sort-total = Highest total
results-sort-cross-group = Highest cross-group support
results-no-proposals = No proposals in this round.
results-online = Online votes
results-cross-group = Cross-group support
results-cross-group-undefined = not enough groups with 3 voters
results-offline = Counted in person (not included above)
results-fewer-than-3 = fewer than 3
results-total-support = { $count ->
    [one] one support
   *[other] { $count } supports
}
results-total-approval = { $count ->
    [one] one in favour
   *[other] { $count } in favour
}
results-total-dots = { $count ->
    [one] one dot
   *[other] { $count } dots
}
results-against-abstain = { $against } against, { $abstain } abstaining
results-approval-figures = { $for } in favour, { $against } against, { $abstain } abstaining
results-bar-figure = { $share } · { $figure }
results-chart-title = Support by stakeholder group: { $title }

# In-person counts

tally-title = Record an in-person count
tally-lead = Counts from an in-person session for the round "{ $round }". They are shown beside the online votes, with where and how they were counted.
tally-session = The session
tally-record-for = Record an in-person count for "{ $round }"
field-tally-method = How it was counted
field-tally-method-hint = For example: show of hands, paper ballots, stickers on a board.
field-tally-supports = Supports
field-tally-for = In favour
field-tally-dots = Dots
field-tally-against = Against
field-tally-abstain = Abstaining
tally-submit = Save the count
tally-delete-title = Delete this in-person count?
tally-delete-explain = The count from { $place } on { $day } will no longer appear in the results. The deletion is recorded in the audit log.
tally-delete = Delete the count
flash-tally-recorded = The in-person count is saved.
flash-tally-deleted = The in-person count is deleted.
error-tally-day-future = The day cannot be in the future.
error-tally-method-required = Say how the votes were counted (up to 500 characters).
error-tally-count-invalid = Enter a whole number from 0 to 100000.
error-tally-empty = Enter at least one count.
