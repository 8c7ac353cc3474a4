# Meetings: in person and online, registration and waiting list

meetings-title = Meetings
meetings-upcoming = Upcoming meetings
meetings-none-upcoming = No meetings are planned yet. When the facilitators plan one, it will be listed here with its place, time and languages.
meetings-past = Past meetings
console-meetings-list = All meetings of this consultation
meeting-new-title = New meeting
meeting-edit-title = Edit meeting
meeting-cancel-title = Cancel meeting
meeting-registrations-title = Who is coming
field-meeting-round = Round
field-meeting-no-round = No round
field-meeting-starts-at = Starts
field-meeting-ends-at = Ends
meeting-where = Where
field-meeting-place-hint = An address, an online link, or both.
field-meeting-address = Address
field-meeting-directions = How to get there
field-meeting-venue-accessibility = Accessibility of the venue
field-meeting-online-url = Online link
field-meeting-languages = Languages spoken
field-meeting-languages-hint = For example: Italian, Arabic.
field-meeting-interpretation = Interpretation offered
field-meeting-interpretation-hint = For example: Arabic and Tigrinya interpreters.
field-meeting-childcare = Childcare is offered
meeting-registration = Registration
field-meeting-registration-required = People must register
field-meeting-capacity = Places
field-meeting-capacity-hint = Leave empty for no limit. When places run out, people join a waiting list.
field-meeting-deadline = Registration closes
meeting-when = When
meeting-childcare = Childcare
meeting-childcare-yes = Yes
meeting-childcare-no = Not offered
meeting-cancelled = Cancelled
meeting-online = with an online link
meeting-past = This meeting has taken place.
meeting-add-to-calendar = Add to your calendar (.ics)
meeting-places-left = { $count ->
    [0] No places left.
    [one] One place left.
   *[other] { $count } places left.
}
meeting-deadline = Registration closes
meeting-you-are-registered = You are registered.
meeting-you-are-waiting = { $count ->
    [one] You are on the waiting list: you are next.
   *[other] You are on the waiting list, number { $count }.
}
meeting-withdraw = Cancel my registration
meeting-full-waiting-list = The meeting is full. You can join the waiting list: if a place frees up, it goes to the first person waiting, who is told by email.
meeting-needs = What you need to take part
meeting-needs-hint = Only the facilitators see this.
field-meeting-interpreter = Interpreter for the language
field-meeting-need-childcare = I need childcare
field-meeting-accessibility-need = Accessibility need
meeting-join-waiting-list = Join the waiting list
meeting-register = Register
meeting-cancel-explain = Cancel the meeting "{ $title }"? It stays listed as cancelled, with your reason.
meeting-cancel-told = { $count ->
    [0] Nobody has registered yet.
    [one] The one person registered or waiting will be told by email.
   *[other] The { $count } people registered or waiting will be told by email.
}
field-meeting-cancel-reason = Reason
field-meeting-cancel-reason-hint = Shown on the meeting's page.
meeting-cancel-confirm = Cancel the meeting
meeting-needs-private = Needs are seen by facilitators only.
meeting-needs-summary = In short
meeting-count-registered = { $count ->
    [one] One person registered
   *[other] { $count } people registered
}
meeting-count-waiting = { $count ->
    [one] One person waiting
   *[other] { $count } people waiting
}
meeting-count-childcare = { $count ->
    [one] Childcare for one person
   *[other] Childcare for { $count } people
}
meeting-count-accessibility = { $count ->
    [one] One accessibility need
   *[other] { $count } accessibility needs
}
meeting-count-interpreter = Interpretation into { $language }
meeting-nobody-registered = Nobody has registered yet.
meeting-status = Status
meeting-status-registered = Registered
meeting-status-waiting = Waiting
meeting-no-registration = No need to register: just come.
meeting-registration-cancelled = This meeting is cancelled.
meeting-registration-started = Registration is over: the meeting has started.
meeting-registration-deadline-passed = Registration has closed.
error-meeting-title-required = Give the meeting a title.
error-meeting-text-long = This text is too long.
error-meeting-round-unknown = Choose one of this consultation's rounds.
error-meeting-ends-before-starts = The meeting must end after it starts.
error-meeting-online-url = Enter a web address starting with https://.
error-meeting-place-required = Give an address, an online link, or both.
error-meeting-capacity = Enter a number of places from 1 to 100000, or leave it empty.
error-meeting-deadline-after-start = Registration must close before the meeting starts.
error-meeting-capacity-needs-registration = A limit of places needs registration: tick "People must register".
error-meeting-cancel-reason-required = Say why the meeting is cancelled.
error-meeting-needs-invalid = What you wrote about your needs is too long or holds characters that are not allowed.
flash-meeting-created = The meeting is planned.
flash-meeting-saved = The meeting is saved.
flash-meeting-cancelled = The meeting is cancelled; everyone registered is being told.
flash-meeting-registered = You are registered.
flash-meeting-waiting = The meeting is full: you are on the waiting list.
flash-meeting-already = You were already registered.
flash-meeting-withdrawn = Your registration is cancelled.
notification-meeting_cancelled = "{ $consultation }": the meeting "{ $title }" is cancelled
notification-meeting_place_confirmed = "{ $consultation }": a place freed up at "{ $title }", and it is yours
privacy-keep-meeting-needs = What you said you need to attend a meeting (an interpreter, childcare, an accessibility need)
privacy-keep-meeting-needs-for = 30 days after the meeting; your registration stays

# After the meeting: attendance, minutes, what was recorded there
error-meeting-choice = Choose one of this consultation's meetings that has taken place, or none.
meeting-records-cancelled = This meeting was cancelled: there is no attendance or minutes to record.
meeting-records-not-started = Attendance and minutes can be recorded once the meeting has started.
meeting-attendance-title = Attendance
meeting-attendance-lead = Tick the people who came and count those who came without registering. Saving again replaces what was saved before.
meeting-attendance-recorded = Last recorded
meeting-attendance-registered = Registered people (and those on the waiting list)
meeting-attendance-registered-hint = Tick everyone who came.
meeting-attendance-walk-ins = Walk-ins
meeting-attendance-walk-ins-hint = People who came without registering, by stakeholder group. Leave empty for none.
meeting-attendance-save = Save attendance
error-meeting-walk-ins = Enter a whole number from 0 to 10000.
flash-meeting-attendance-saved = Attendance is saved.
meeting-minutes-title = Minutes
meeting-minutes-lead = What was discussed and what was agreed. You can use Markdown. A draft is seen only by facilitators; once published, everyone can read it.
meeting-minutes-published-on = Published
meeting-minutes-edit-public = Changes you save are public at once.
meeting-minutes-draft-note = These minutes are a draft: only facilitators see them until you publish them.
field-meeting-minutes = Minutes
field-meeting-minutes-hint = For example: who took part, the points discussed, what was agreed and who does what next.
meeting-minutes-limit = Up to { $count } characters.
meeting-minutes-save-published = Save changes
meeting-minutes-publish = Publish
meeting-minutes-save-draft = Save draft
error-meeting-minutes-long = The minutes are too long: shorten them to 20000 characters or fewer. Your text is kept below.
error-meeting-minutes-empty = Write the minutes before publishing them.
flash-meeting-minutes-draft = The draft minutes are saved.
flash-meeting-minutes-published = The minutes are published.
flash-meeting-minutes-edited = The published minutes are updated.
meeting-after-title = After the meeting
meeting-after-empty = Nothing has been recorded about this meeting yet.
meeting-attendance-by-group = Who came, by stakeholder group
meeting-attendance-came-registered = Registered and came
meeting-attendance-total = Total
meeting-minutes-draft = Draft
meeting-linked-proposals = Proposals made at this meeting
meeting-linked-tallies = Votes counted at this meeting
meeting-tally-round = round { $round }
field-meeting-source = Meeting
field-meeting-source-hint = The meeting it came from, if any. Only meetings that have taken place are listed.
field-meeting-none = No meeting
