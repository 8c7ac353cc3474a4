# Meetings in calendars: upcoming meetings, changes and reminders, the feed, the sign-in sheet

notification-meeting_changed = "{ $consultation }": the meeting "{ $title }" has changed
notification-meeting_reminder = "{ $consultation }": the meeting "{ $title }" starts within a day
meeting-changed-time = The date or time has changed.
meeting-changed-address = The address has changed.
meeting-changed-online-link = The online link has changed.
meetings-feed = Calendar feed of all meetings (.ics)
meetings-feed-hint = Subscribe to this address in your calendar application: every meeting of this consultation stays up to date there, cancelled ones marked as such.
meetings-upcoming-all = All meetings
meeting-upcoming-online = Online only
sign-in-sheet-link = Printable sign-in sheet
sign-in-title = Sign-in sheet
sign-in-registered = Registered people
sign-in-walk-ins = Walk-ins
sign-in-name = Name
sign-in-group = Stakeholder group
sign-in-signature = Signature
sign-in-print-hint = Print this page from your browser (A4); the navigation is left out of the print.
sign-in-nobody = Nobody has registered.
