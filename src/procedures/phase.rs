//! Where a procedure stands, told by its dates alone.

use chrono::{DateTime, Utc};
use entity::procedure;

/// The steps of a procedure, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// The notice is being written; only its managers see it.
    Draft,
    /// The notice is public and applications are received, until the deadline (excluded).
    Applications,
    /// The deadline has passed; the managers decide who is admitted.
    Admission,
    /// The admitted organisations are public; they design the project in sessions and
    /// submit their project proposals.
    CoDesign,
    /// Proposals are closed; the commission scores them (and the scores may be published).
    Evaluation,
    /// The agreement is recorded; the procedure is over.
    Closed,
}

impl Phase {
    pub fn of(procedure: &procedure::Model, now: DateTime<Utc>) -> Phase {
        if procedure.closed_at.is_some() {
            Phase::Closed
        } else if procedure.evaluation_opened_at.is_some() {
            Phase::Evaluation
        } else if procedure.admission_published_at.is_some() {
            Phase::CoDesign
        } else if procedure.published_at.is_none() {
            Phase::Draft
        } else if now < procedure.applications_close_at {
            Phase::Applications
        } else {
            Phase::Admission
        }
    }

    /// The Fluent key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Draft => "procedure-phase-draft",
            Phase::Applications => "procedure-phase-applications",
            Phase::Admission => "procedure-phase-admission",
            Phase::CoDesign => "procedure-phase-co-design",
            Phase::Evaluation => "procedure-phase-evaluation",
            Phase::Closed => "procedure-phase-closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;

    fn draft(now: DateTime<Utc>) -> procedure::Model {
        procedure::Model {
            id: 1,
            slug: "p".into(),
            consultation_id: 1,
            title: "P".into(),
            purposes: String::new(),
            economic_frame: String::new(),
            duration: String::new(),
            how_to_apply: String::new(),
            applications_close_at: now + TimeDelta::days(30),
            supporters_allowed: false,
            supporters_note: String::new(),
            requirements: String::new(),
            runs_service: false,
            admitted_kinds: "third_sector".into(),
            published_at: None,
            admission_published_at: None,
            evaluation_opened_at: None,
            evaluation_published_at: None,
            agreement_signed_at: None,
            agreement_note: String::new(),
            closed_at: None,
            created_by: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn the_deadline_itself_belongs_to_admission() {
        let now = Utc::now();
        let mut p = draft(now);
        assert_eq!(Phase::of(&p, now), Phase::Draft);
        p.published_at = Some(now);
        let deadline = p.applications_close_at;
        assert_eq!(
            Phase::of(&p, deadline - TimeDelta::seconds(1)),
            Phase::Applications
        );
        assert_eq!(Phase::of(&p, deadline), Phase::Admission);
        p.admission_published_at = Some(deadline);
        assert_eq!(Phase::of(&p, deadline), Phase::CoDesign);
        p.evaluation_opened_at = Some(deadline);
        assert_eq!(Phase::of(&p, deadline), Phase::Evaluation);
        p.closed_at = Some(deadline);
        assert_eq!(Phase::of(&p, deadline), Phase::Closed);
    }
}
