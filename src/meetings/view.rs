//! A meeting as its pages show it: times in the platform's time zone and the visitor's
//! language, what is left of its places, whether people can still register.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{meeting, round};

use crate::{i18n::Locale, timezone};

/// The meeting's public page.
pub fn link(meeting_id: i64) -> String {
    format!("/meetings/{meeting_id}")
}

/// A moment, for reading and for `<time datetime>`.
pub struct When {
    pub text: String,
    pub machine: String,
}

impl When {
    pub fn new(at: DateTime<Utc>, zone: Tz, locale: Locale) -> Self {
        Self {
            text: timezone::display(at, zone, locale),
            machine: timezone::machine(at),
        }
    }
}

pub struct MeetingView {
    pub id: i64,
    pub title: String,
    pub description_html: String,
    pub round: Option<String>,
    pub starts: When,
    pub ends: When,
    pub address: String,
    pub directions: String,
    pub venue_accessibility: String,
    pub online_url: String,
    pub languages: String,
    pub interpretation: String,
    pub childcare: bool,
    pub capacity: Option<i64>,
    pub registration_required: bool,
    pub deadline: Option<When>,
    pub cancel_reason: Option<String>,
    pub past: bool,
}

impl MeetingView {
    pub fn new(
        meeting: &meeting::Model,
        rounds: &[round::Model],
        zone: Tz,
        locale: Locale,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            id: meeting.id,
            title: meeting.title.clone(),
            description_html: meeting.description_html.clone(),
            round: meeting
                .round_id
                .and_then(|id| rounds.iter().find(|r| r.id == id))
                .map(|r| r.title.clone()),
            starts: When::new(meeting.starts_at, zone, locale),
            ends: When::new(meeting.ends_at, zone, locale),
            address: meeting.address.clone(),
            directions: meeting.directions.clone(),
            venue_accessibility: meeting.venue_accessibility.clone(),
            online_url: meeting.online_url.clone(),
            languages: meeting.languages.clone(),
            interpretation: meeting.interpretation.clone(),
            childcare: meeting.childcare,
            capacity: meeting.capacity.map(i64::from),
            registration_required: meeting.registration_required,
            deadline: meeting
                .registration_deadline
                .map(|at| When::new(at, zone, locale)),
            cancel_reason: meeting
                .cancelled_at
                .map(|_| meeting.cancel_reason.clone().unwrap_or_default()),
            past: meeting.ends_at <= now,
        }
    }

    pub fn cancelled(&self) -> bool {
        self.cancel_reason.is_some()
    }
}

/// Why nobody can register now, as the Fluent key of the reason; None while they can.
pub fn registration_closed(meeting: &meeting::Model, now: DateTime<Utc>) -> Option<&'static str> {
    if !meeting.registration_required {
        Some("meeting-no-registration")
    } else if meeting.cancelled_at.is_some() {
        Some("meeting-registration-cancelled")
    } else if meeting.starts_at <= now {
        Some("meeting-registration-started")
    } else if meeting.registration_deadline.is_some_and(|at| at <= now) {
        Some("meeting-registration-deadline-passed")
    } else {
        None
    }
}

/// Why attendance and minutes cannot be recorded now (a Fluent key); None once the meeting
/// has started, unless it was cancelled.
pub fn records_closed(meeting: &meeting::Model, now: DateTime<Utc>) -> Option<&'static str> {
    if meeting.cancelled_at.is_some() {
        Some("meeting-records-cancelled")
    } else if meeting.starts_at > now {
        Some("meeting-records-not-started")
    } else {
        None
    }
}
