## Survey results, paper questionnaires and the printable version.

survey-results-title = Survey results
survey-results-consultation = Back to the consultation
survey-results-when-open = Results will be visible once the survey opens.
survey-results-when-closed = Results will be visible once the survey closes.
survey-results-facilitators-only = The results of this survey are visible only to the consultation's facilitators.
survey-results-sources = Where the answers come from
survey-results-source-all = All
survey-results-source-online = Online
survey-results-source-paper = On paper
survey-results-fewer = fewer than 3
survey-results-fewer-explained = To protect respondents, a group's figures appear only when at least 3 people of that group answered the question; if the hidden groups hold 1 or 2 answers between them, the smallest group shown is hidden too.
survey-results-respondents = Respondents
survey-results-group = Group
survey-results-everyone = Everyone
survey-results-answered = Answered
survey-results-answers = { $count ->
    [one] One answer
   *[other] { $count } answers
}
survey-results-average = Average
survey-results-place = average place { $place } · { $figures }
survey-results-place-short = average place { $place }
survey-results-table = Data table of question
survey-results-quotes = Selected quotes

survey-answers-title = Free-text answers
survey-answers-read = Read the answers
survey-answers-none = No answers yet.
survey-answers-hidden = Hidden
survey-answers-quoted = Published as a quote
survey-answers-hide = Hide
survey-answers-show = Show again
survey-answers-quote = Publish as a quote
survey-answers-unquote = Withdraw the quote
survey-answers-hide-title = Hide this answer?
survey-answers-hide-explain = A hidden answer still counts but can no longer be read or quoted. The reason stays in the activity log.
survey-answers-reason = Reason
survey-answers-reason-required = Write why you hide it.
survey-answers-reason-too-long = The reason is too long (1000 characters at most).
survey-answers-hidden-not-quoted = A hidden answer cannot be quoted.
flash-survey-answer-hidden = The answer is hidden.
flash-survey-answer-shown = The answer is visible again.
flash-survey-answer-quoted = The answer is published as a quote.
flash-survey-answer-unquoted = The quote is withdrawn.

survey-paper-list-title = Paper questionnaires
survey-paper-new-title = Enter a paper questionnaire
survey-paper-new-explain = Copy the answers as written on the sheet. Required questions left blank may stay empty: the questionnaire is recorded all the same.
survey-paper-place = Place
survey-paper-place-hint = Where it was filled in, for example the help desk or the meeting.
survey-paper-day = Day
survey-paper-group = The respondent's group
survey-paper-save = Record the questionnaire
survey-paper-another = Questionnaire recorded. You can enter the next one: place, day and group are already filled in.
survey-paper-place-required = Write the place.
survey-paper-place-too-long = The place is too long (200 characters at most).
survey-paper-day-required = Give the day.
survey-paper-day-invalid = Write the day as YYYY-MM-DD.
survey-paper-day-future = The day cannot be in the future.
survey-paper-group-required = Choose the respondent's group.
survey-paper-draft = The survey is still a draft: publish it before entering answers.
survey-paper-count = { $count ->
    [0] No paper questionnaires entered.
    [one] One paper questionnaire entered.
   *[other] { $count } paper questionnaires entered.
}
survey-paper-typed-by = Entered by
survey-paper-remove = Remove
survey-paper-remove-title = Remove this paper questionnaire?
survey-paper-remove-explain = Its answers will be taken out of the results. Do this only if it was entered by mistake.
survey-paper-remove-confirm = Remove the questionnaire
flash-survey-paper-removed = The paper questionnaire is removed.
survey-paper-condition = Answer only if you answered “{ $option }” to question { $number }.

survey-print-link = Printable version
survey-print-explain = Print this page from your browser. Each section starts on a new page.
survey-print-languages = Language of the questionnaire
survey-print-how = Tick the boxes of the answers you choose.
survey-print-required = required
survey-print-tick-one = Tick one box only.
survey-print-tick-any = Tick as many boxes as you like.
survey-print-tick-up-to = { $count ->
    [one] Tick one box at most.
   *[other] Tick { $count } boxes at most.
}
survey-print-rank = { $count ->
    [one] Write 1 in the box.
   *[other] Write a number from 1 to { $count } in the boxes, from the most to the least important, each number once.
}
survey-print-date = Date (day, month, year):
survey-print-thanks = Thank you for answering.
