//! The meeting form: what a facilitator submits, shown again when invalid, and checked into
//! a meeting's particulars.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{meeting, round};
use serde::Deserialize;

use crate::{
    timezone,
    web::{FormErrors, TextKind, one_line},
};

const MAX_TITLE_CHARS: usize = 200;
const MAX_LINE_CHARS: usize = 200;
const MAX_URL_CHARS: usize = 500;
pub const MAX_TEXT_CHARS: usize = 20_000;
const MAX_CAPACITY: i32 = 100_000;

/// The meeting form as submitted. Checkboxes are present only when ticked.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct MeetingForm {
    pub title: String,
    pub description: String,
    /// A round's id, or empty for none.
    pub round: String,
    pub starts_at: String,
    pub ends_at: String,
    pub address: String,
    pub directions: String,
    pub venue_accessibility: String,
    pub online_url: String,
    pub languages: String,
    pub interpretation: String,
    pub childcare: Option<String>,
    pub capacity: String,
    pub registration_required: Option<String>,
    pub registration_deadline: String,
}

impl MeetingForm {
    pub fn from_meeting(meeting: &meeting::Model, zone: Tz) -> Self {
        let tick = |on: bool| on.then(|| "on".to_owned());
        Self {
            title: meeting.title.clone(),
            description: meeting.description.clone(),
            round: meeting.round_id.map(|r| r.to_string()).unwrap_or_default(),
            starts_at: timezone::input_value(meeting.starts_at, zone),
            ends_at: timezone::input_value(meeting.ends_at, zone),
            address: meeting.address.clone(),
            directions: meeting.directions.clone(),
            venue_accessibility: meeting.venue_accessibility.clone(),
            online_url: meeting.online_url.clone(),
            languages: meeting.languages.clone(),
            interpretation: meeting.interpretation.clone(),
            childcare: tick(meeting.childcare),
            capacity: meeting.capacity.map(|c| c.to_string()).unwrap_or_default(),
            registration_required: tick(meeting.registration_required),
            registration_deadline: meeting
                .registration_deadline
                .map(|at| timezone::input_value(at, zone))
                .unwrap_or_default(),
        }
    }
}

/// A meeting's particulars, checked.
#[derive(Debug, Clone)]
pub struct MeetingFields {
    pub title: String,
    pub description: String,
    pub round_id: Option<i64>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub address: String,
    pub directions: String,
    pub venue_accessibility: String,
    pub online_url: String,
    pub languages: String,
    pub interpretation: String,
    pub childcare: bool,
    pub capacity: Option<i32>,
    pub registration_required: bool,
    pub registration_deadline: Option<DateTime<Utc>>,
}

/// Checks the form. `rounds` are the consultation's rounds, the only ones a meeting may name.
pub fn parse(
    form: &MeetingForm,
    rounds: &[round::Model],
    zone: Tz,
) -> Result<MeetingFields, FormErrors> {
    let mut errors = FormErrors::new();
    for (field, value, kind) in [
        ("title", &form.title, TextKind::Line),
        ("description", &form.description, TextKind::Long),
        ("address", &form.address, TextKind::Long),
        ("directions", &form.directions, TextKind::Long),
        (
            "venue_accessibility",
            &form.venue_accessibility,
            TextKind::Long,
        ),
        ("online_url", &form.online_url, TextKind::Line),
        ("languages", &form.languages, TextKind::Line),
        ("interpretation", &form.interpretation, TextKind::Line),
    ] {
        errors.refuse_control_characters(field, value, kind);
    }
    let title = one_line(&form.title);
    if title.is_empty() {
        errors.add("title", "error-meeting-title-required");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        errors.add("title", "error-title-long");
    }
    for (field, value) in [
        ("description", &form.description),
        ("address", &form.address),
        ("directions", &form.directions),
        ("venue_accessibility", &form.venue_accessibility),
    ] {
        if value.chars().count() > MAX_TEXT_CHARS {
            errors.add(field, "error-meeting-text-long");
        }
    }
    for (field, value) in [
        ("languages", &form.languages),
        ("interpretation", &form.interpretation),
    ] {
        if value.chars().count() > MAX_LINE_CHARS {
            errors.add(field, "error-meeting-text-long");
        }
    }
    let round_id = match form.round.trim() {
        "" => None,
        id => match id.parse::<i64>() {
            Ok(id) if rounds.iter().any(|r| r.id == id) => Some(id),
            _ => {
                errors.add("round", "error-meeting-round-unknown");
                None
            }
        },
    };
    let starts_at = timezone::parse_local(&form.starts_at, zone);
    if starts_at.is_none() {
        errors.add("starts_at", "error-date-invalid");
    }
    let ends_at = timezone::parse_local(&form.ends_at, zone);
    if ends_at.is_none() {
        errors.add("ends_at", "error-date-invalid");
    }
    if let (Some(starts), Some(ends)) = (starts_at, ends_at)
        && ends <= starts
    {
        errors.add("ends_at", "error-meeting-ends-before-starts");
    }
    let address = form.address.trim().to_owned();
    let online_url = form.online_url.trim().to_owned();
    if !online_url.is_empty()
        && (!(online_url.starts_with("https://") || online_url.starts_with("http://"))
            || online_url.contains(char::is_whitespace)
            || online_url.chars().count() > MAX_URL_CHARS)
    {
        errors.add("online_url", "error-meeting-online-url");
    }
    if address.is_empty() && online_url.is_empty() {
        errors.add("address", "error-meeting-place-required");
    }
    let capacity = match form.capacity.trim() {
        "" => None,
        text => match text.parse::<i32>() {
            Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
            _ => {
                errors.add("capacity", "error-meeting-capacity");
                None
            }
        },
    };
    let registration_required = form.registration_required.is_some();
    let registration_deadline = match form.registration_deadline.trim() {
        "" => None,
        text => {
            let deadline = timezone::parse_local(text, zone);
            match (deadline, starts_at) {
                (None, _) => errors.add("registration_deadline", "error-date-invalid"),
                (Some(deadline), Some(starts)) if deadline > starts => errors.add(
                    "registration_deadline",
                    "error-meeting-deadline-after-start",
                ),
                _ => {}
            }
            deadline
        }
    };
    if capacity.is_some() && !registration_required {
        errors.add("capacity", "error-meeting-capacity-needs-registration");
    }
    errors.into_result()?;
    Ok(MeetingFields {
        title,
        description: form.description.trim().to_owned(),
        round_id,
        starts_at: starts_at.unwrap_or_default(),
        ends_at: ends_at.unwrap_or_default(),
        address,
        directions: form.directions.trim().to_owned(),
        venue_accessibility: form.venue_accessibility.trim().to_owned(),
        online_url,
        languages: one_line(&form.languages),
        interpretation: one_line(&form.interpretation),
        childcare: form.childcare.is_some(),
        capacity,
        registration_required,
        registration_deadline: registration_deadline.filter(|_| registration_required),
    })
}
