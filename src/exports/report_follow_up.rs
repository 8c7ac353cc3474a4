//! The printable report's last chapters: the in-person contributions, the meetings (with
//! who came by stakeholder group and the published minutes) and "What happened next" (the
//! commitments with their status, progress, who is responsible and their latest updates).
//! Meetings and commitments are written a chunk at a time as their rows arrive.

use askama::Template;
use chrono_tz::Tz;
use entity::{Code, commitment_update};

use super::source::{CommitmentRecord, InPersonRecord, MeetingRecord};
use crate::{
    commitments::public::{self, CommitmentCard},
    i18n::Locale,
    results::compute::GROUPS,
    timezone,
};

pub struct InPersonLine {
    pub proposal_id: i64,
    pub kind: String,
    pub place: String,
    pub held_on: String,
    pub group: String,
    pub people: String,
    pub counts: String,
}

/// Closes the proposals' chapter and writes the in-person contributions.
#[derive(Template)]
#[template(path = "exports/report_in_person.html")]
pub struct InPerson<'a> {
    pub t: Locale,
    pub proposals_started: bool,
    pub in_person: &'a [InPersonLine],
}

pub struct Attendance {
    pub group: String,
    pub people: String,
}

pub struct MeetingEntry {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub place: Vec<String>,
    pub languages: String,
    pub interpretation: String,
    pub cancelled: Option<String>,
    /// "8 people registered", "2 people waiting".
    pub places: Vec<String>,
    /// By group, then everyone; empty until attendance is recorded.
    pub attendance: Vec<Attendance>,
    pub attended_total: Option<String>,
    /// Sanitised HTML, published minutes only.
    pub minutes_html: Option<String>,
    pub proposal_ids: Vec<i64>,
}

/// Some meetings; the first piece opens the chapter, the last closes it.
#[derive(Template)]
#[template(path = "exports/report_meetings.html")]
pub struct Meetings<'a> {
    pub t: Locale,
    pub first: bool,
    pub last: bool,
    pub meetings: &'a [MeetingEntry],
}

pub struct UpdateEntry {
    pub posted: String,
    pub body_html: String,
    pub change: Vec<String>,
}

pub struct CommitmentEntry {
    pub card: CommitmentCard,
    pub dropped_reason: Option<String>,
    pub proposal_ids: Vec<i64>,
    pub latest: Vec<UpdateEntry>,
}

/// Some commitments; the first piece opens the chapter, the last closes it.
#[derive(Template)]
#[template(path = "exports/report_commitments.html")]
pub struct Commitments<'a> {
    pub t: Locale,
    pub first: bool,
    pub last: bool,
    pub commitments: &'a [CommitmentEntry],
}

pub fn meeting_entry(t: Locale, zone: Tz, record: &MeetingRecord) -> MeetingEntry {
    let m = &record.meeting;
    let f = &record.figures;
    let when = format!(
        "{} – {}",
        timezone::display(m.starts_at, zone, t),
        timezone::display(m.ends_at, zone, t)
    );
    let place = [&m.address, &m.online_url]
        .into_iter()
        .filter(|text| !text.is_empty())
        .cloned()
        .collect();
    let mut places = vec![t.t_count("meeting-count-registered", f.registered)];
    if f.waiting > 0 {
        places.push(t.t_count("meeting-count-waiting", f.waiting));
    }
    let attendance = f.attended.map_or_else(Vec::new, |groups| {
        GROUPS
            .iter()
            .zip(groups)
            .map(|(group, people)| Attendance {
                group: t.t_of("group-", group.code()),
                people: t.number(people),
            })
            .collect()
    });
    MeetingEntry {
        id: m.id,
        title: m.title.clone(),
        when,
        place,
        languages: m.languages.clone(),
        interpretation: m.interpretation.clone(),
        cancelled: m
            .cancelled_at
            .map(|_| m.cancel_reason.clone().unwrap_or_default()),
        places,
        attendance,
        attended_total: f.attended_total().map(|n| t.number(n)),
        minutes_html: record
            .minutes()
            .map(|_| m.minutes_html.clone())
            .filter(|html| !html.is_empty()),
        proposal_ids: f.proposal_ids.clone(),
    }
}

fn update_entry(t: Locale, zone: Tz, update: &commitment_update::Model) -> UpdateEntry {
    let mut change = Vec::new();
    if let Some(status) = update.status {
        change.push(t.t_of("commitment-status-", status.code()));
    }
    if let Some(progress) = update.progress {
        change.push(t.t_numbers(
            "commitment-progress-text",
            &[("progress", i64::from(progress))],
        ));
    }
    UpdateEntry {
        posted: timezone::display(update.created_at, zone, t),
        body_html: update.body_html.clone(),
        change,
    }
}

pub fn commitment_entry(t: Locale, zone: Tz, record: &CommitmentRecord) -> CommitmentEntry {
    CommitmentEntry {
        card: public::card(&record.commitment, t),
        dropped_reason: record.commitment.dropped_reason.clone(),
        proposal_ids: record.proposal_ids.clone(),
        latest: record
            .latest
            .iter()
            .map(|u| update_entry(t, zone, u))
            .collect(),
    }
}

pub fn in_person_line(t: Locale, meeting: &InPersonRecord) -> InPersonLine {
    InPersonLine {
        proposal_id: meeting.proposal_id,
        kind: t.t_of("report-in-person-", meeting.kind),
        place: meeting.place.clone().unwrap_or_default(),
        held_on: meeting.held_on.map(|d| t.date(d)).unwrap_or_default(),
        group: meeting
            .group
            .map(|g| t.t_of("group-", g.code()))
            .unwrap_or_default(),
        people: meeting.people.map(|n| t.number(n)).unwrap_or_default(),
        counts: meeting
            .counts
            .map(|(f, a, x)| {
                t.t_numbers(
                    "report-counts",
                    &[("for", f), ("against", a), ("abstain", x)],
                )
            })
            .unwrap_or_default(),
    }
}
