# The formal co-design procedure (art. 55 D.Lgs. 117/2017): notice, applications, admission, sessions.

procedures-title = Co-design procedures
procedures-lead = Public notices for co-design (art. 55 D.Lgs. 117/2017): who may apply, until when, against which criteria, and every act of the procedure.
procedures-empty = No procedure has been published yet.
procedures-console-lead = This consultation's formal co-design procedures: the notice, the applications, admission, the sessions.
procedures-console-empty = This consultation has no procedure yet.
console-procedures = Co-design procedures
console-procedures-explain = A public notice to co-design with third-sector entities, with applications, admission and sessions.
console-procedures-list = All procedures of this consultation

procedure-phase-draft = Draft
procedure-phase-applications = Applications open
procedure-phase-admission = Admission under way
procedure-phase-co-design = Co-design
procedure-phase-evaluation = Evaluation
procedure-phase-closed = Closed

procedure-new-title = New procedure
procedure-edit-title = Edit the notice
procedure-correct = Correct the notice (erratum)
procedure-console-title = Manage the procedure
procedure-public-page = Public page
procedure-form-lead = Each section the law requires has its own field. While the notice is a draft you may change everything.
procedure-edit-published-explain = The notice is published: every section you change is recorded as an erratum, public, with the note explaining why. The deadline can only move later and the criteria can no longer change.
field-procedure-title = Title of the procedure
field-procedure-purposes = Purposes and object
field-procedure-economic_frame = Economic frame (budget)
field-procedure-duration = Duration of the partnership
field-procedure-how_to_apply = How to apply
field-procedure-applications_close_at = Application deadline
field-procedure-deadline-hint = At least 20 days (20 × 24 hours) after publication. You may give seconds too.
procedure-deadline-earliest = Publishing now, the earliest deadline allowed is { $date }.
procedure-supporters-legend = Supporters and funders
field-procedure-supporters_allowed = Other parties may join as supporters or funders
field-procedure-supporters_note = On what terms
field-procedure-requirements = Participation requirements
field-procedure-runs_service = The selected entities will also run the service
field-procedure-kinds = Who may apply
procedure-criteria-title = Evaluation criteria
procedure-criteria-hint = Fill in one row per criterion (blank rows are ignored). The weights must add up to 100.
procedure-criteria-locked = Criteria cannot change after publication: proposals will be evaluated against the criteria the entities read when they applied.
procedure-criterion-legend = Criterion { $number }
field-procedure-criterion-name = Criterion
field-procedure-criterion-description = Description
field-procedure-criterion-weight = Weight
procedure-weight = weight { $weight }
field-procedure-erratum_note = Why the notice changes
field-procedure-erratum_note-hint = The note is published with the erratum of every section that changes.

error-procedure-title-required = Write the title of the procedure.
error-procedure-section-required = The law requires this section: fill it in.
error-procedure-text-long = The text is too long.
error-procedure-kinds-required = Choose at least one kind of organisation that may apply.
error-procedure-criterion-name = Write the criterion's name.
error-procedure-criterion-weight = The weight is a whole number from 1 to 100.
error-procedure-criteria-required = Give at least one evaluation criterion.
error-procedure-weights-sum = The criteria's weights must add up to 100.
error-procedure-deadline-20-days = The deadline must fall at least 20 days (20 × 24 hours) after publication.
error-procedure-deadline-earlier = After publication the deadline can only move later.
error-procedure-erratum-note = Explain why the notice changes: the note goes with the erratum.

procedure-publish-title = Publish the notice
procedure-publish-explain = You are about to publish the notice “{ $title }”.
procedure-publish-deadline = Applications will close on { $date }.
procedure-publish-after = After publication every change will be a public erratum, the deadline can only move later and the criteria can no longer change. The consultation's followers will be told.
procedure-publish-confirm = Publish now

flash-procedure-created = Procedure created as a draft.
flash-procedure-saved = Draft saved.
flash-procedure-corrected = Notice corrected: the erratum is published.
flash-procedure-unchanged = Nothing changed.
flash-procedure-published = Notice published.
flash-procedure-applied = Application received. We sent you the receipt by email.
flash-procedure-withdrawn = Application withdrawn.
flash-procedure-replaced = Application replaced. We sent you the new receipt by email.
flash-procedure-decided = Decision saved.
flash-procedure-admission-published = Admission published: the organisations have been told.
flash-procedure-sessions-saved = Sessions updated.

procedure-notice-title = Notice
procedure-published-on = Published on
procedure-yes = Yes
procedure-no = No
procedure-none = None.
procedure-errata-title = Errata
procedure-erratum-previous = Before
procedure-erratum-current = Now
procedure-erratum-note = Reason
procedure-field-title = Title
procedure-field-purposes = Purposes and object
procedure-field-economic_frame = Economic frame
procedure-field-duration = Duration of the partnership
procedure-field-how_to_apply = How to apply
procedure-field-applications_close_at = Application deadline
procedure-field-supporters_allowed = Supporters and funders allowed
procedure-field-supporters_note = Terms for supporters and funders
procedure-field-requirements = Participation requirements
procedure-field-runs_service = Running the service
procedure-field-admitted_kinds = Who may apply
procedure-applications-title = Applications
procedure-applications-received = Applications received
procedure-received-count = { $count ->
    [0] No application received so far.
    [one] One application received.
   *[other] { $count } applications received.
}
procedure-names-after-deadline = The names of the applicant organisations are published after the deadline.
procedure-application-number = No. { $number }
procedure-admission-outcome = Outcome of admission
procedure-admitted-title = Admitted organisations
procedure-excluded-title = Excluded organisations
procedure-sessions-title = Co-design sessions
procedure-minutes-published = minutes published
procedure-minutes-not-yet = minutes not yet published

procedure-apply = Apply
procedure-apply-title = Application
procedure-apply-explain = Representatives of verified organisations of a kind the notice admits may apply, until the deadline.
procedure-apply-deadline = Applications are received until { $date } (server time, to the second).
procedure-apply-submit = Send the application
field-procedure-organisation = Organisation
field-procedure-role = Taking part as
procedure-role-partner = Partner (co-designs)
procedure-role-supporter = Supporter
procedure-role-funder = Funder
field-procedure-statement = About the organisation and the requirements
field-procedure-statement-hint = Who you are, your experience, how you meet the notice's requirements. You may use Markdown.
error-procedure-organisation = Choose the organisation you apply for.
error-procedure-role = Choose a role the notice allows.
error-procedure-statement-required = Write about the organisation.
error-procedure-statement-long = The text is too long (10,000 characters at most).
error-procedure-already-applied = This organisation already has a standing application: you may replace it instead of sending another.
procedure-offer-replace = Go to your applications to replace it
procedure-refused-not-representative = Only a representative of an organisation may apply for it, withdraw or replace its application.
procedure-refused-not-verified = Your organisation is not verified yet: only verified organisations may apply.
procedure-refused-kind = The notice does not admit your organisation's kind.
procedure-refused-deadline = The deadline has passed: applications, withdrawals and replacements are no longer received.
procedure-refused-not-published = The notice is not published.
procedure-refused-not-standing = This application was already withdrawn or replaced.
procedure-mine-title = Your applications
procedure-mine-empty = Your organisations have no application in this procedure.
procedure-received-at = Received on
procedure-status-submitted = Received, awaiting admission
procedure-status-withdrawn = Withdrawn
procedure-status-replaced = Replaced
procedure-status-admitted = Admitted
procedure-status-excluded = Excluded
procedure-replace-title = Replace the application
procedure-replace-explain = Application no. { $number } will be replaced by a new one, with a new number.
procedure-replace-submit = Send the new application
procedure-withdraw-title = Withdraw the application
procedure-withdraw-explain = Withdraw application no. { $number } to the procedure “{ $title }”? Until the deadline you may send a new one.
procedure-withdraw-confirm = Withdraw

procedure-admission-title = Admission
procedure-admission-open = Decide who is admitted
procedure-admission-lead = Admit or exclude each application; an exclusion needs its reason. You may change decisions until you publish.
procedure-admission-empty = No application was received.
procedure-admission-not-yet = Admission is decided after the application deadline.
procedure-admission-published = Admission is already published: decisions can no longer change.
procedure-admission-published-explain = Admission is published.
procedure-admission-undecided = Decide on every application before publishing.
procedure-admission-undecided-count = { $count ->
    [0] Every application is decided.
    [one] One application is still undecided.
   *[other] { $count } applications are still undecided.
}
procedure-decision = Decision
procedure-decision-admit = Admit
procedure-decision-exclude = Exclude
procedure-decision-save = Save the decision
field-procedure-reason = Reason
field-procedure-reason-hint = Required for an exclusion; it is told to the organisation and published.
error-procedure-exclusion-reason = Write the reason for the exclusion.
error-procedure-decision = Choose whether to admit or exclude.
procedure-admission-publish = Publish admission
procedure-admission-publish-explain = Publish the outcome of admission to the procedure “{ $title }”? Each organisation will be told by email, with the reason, and the lists will become public.
procedure-admission-publish-confirm = Publish and tell the organisations
procedure-admitted-count = { $count ->
    [one] One organisation admitted
   *[other] { $count } organisations admitted
}
procedure-excluded-count = { $count ->
    [one] One organisation excluded
   *[other] { $count } organisations excluded
}

procedure-console-evaluation = Evaluation and agreement
procedure-console-commission = Evaluation commission
procedure-console-scores = Proposals and scores
procedure-console-agreement = Agreement
procedure-record-link = Public record of every act
procedure-sessions-not-yet = Sessions are named once admission is published.
procedure-sessions-no-meetings = The consultation has no meetings.
procedure-sessions-explain = Mark which of the consultation's meetings are co-design sessions: only members of the admitted organisations may register for them.
procedure-session-badge = Session
procedure-session-add = Mark as a session
procedure-session-remove = Not a session
error-procedure-session-change = Invalid request.
procedure-session-admitted-only = This meeting is a co-design session: only members of the organisations admitted to the procedure may register.

notification-procedure_news = “{ $consultation }”: news on the procedure “{ $title }”
procedure-step-published = The notice was published.
procedure-step-corrected = The notice was corrected (erratum).
procedure-step-admission-published = The outcome of admission was published.

procedure-format-received = %-d %b %Y, %H:%M:%S
email-procedure-action = Open the procedure
email-procedure-received-subject = Application no. { $number } received: { $procedure }
email-procedure-received-body = We received the application of { $organisation } to the procedure “{ $procedure }”.
email-procedure-received-number = Registration number: { $number }
email-procedure-received-time = Received on { $received }
email-procedure-received-change = Until the deadline you may withdraw or replace it from the page of your applications.
email-procedure-admitted-subject = Admitted: { $procedure }
email-procedure-admitted-body = Application no. { $number } of { $organisation } to the procedure “{ $procedure }” was admitted.
email-procedure-excluded-subject = Excluded: { $procedure }
email-procedure-excluded-body = Application no. { $number } of { $organisation } to the procedure “{ $procedure }” was excluded.
email-procedure-reason = Reason: { $reason }
