//! When a survey takes answers: while its round is open, or between its own opening and
//! closing times; never while it is a draft.

use chrono::{DateTime, Utc};
use entity::{RoundState, SurveyStatus, round, survey};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Still being built: only its facilitators see it.
    Draft,
    Upcoming,
    Open,
    Closed,
}

impl Phase {
    /// The Fluent key naming the phase.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Draft => "survey-phase-draft",
            Phase::Upcoming => "survey-phase-upcoming",
            Phase::Open => "survey-phase-open",
            Phase::Closed => "survey-phase-closed",
        }
    }
}

/// Where `survey` stands at `now`; `round` is its round when it has one.
pub fn phase(survey: &survey::Model, round: Option<&round::Model>, now: DateTime<Utc>) -> Phase {
    if survey.status == SurveyStatus::Draft {
        return Phase::Draft;
    }
    if survey.round_id.is_some() {
        return match round.map(|r| r.state) {
            Some(RoundState::Open) => Phase::Open,
            Some(RoundState::Upcoming) => Phase::Upcoming,
            Some(RoundState::Closed) | None => Phase::Closed,
        };
    }
    match (survey.opens_at, survey.closes_at) {
        (Some(opens), _) if now < opens => Phase::Upcoming,
        (_, Some(closes)) if now >= closes => Phase::Closed,
        (Some(_), Some(_)) => Phase::Open,
        // A published survey always has its times or its round; without them it takes none.
        _ => Phase::Closed,
    }
}

/// When `survey` closes, if known: its own time or its round's.
pub fn closes_at(survey: &survey::Model, round: Option<&round::Model>) -> Option<DateTime<Utc>> {
    match survey.round_id {
        Some(_) => round.map(|r| r.closes_at),
        None => survey.closes_at,
    }
}
