//! What an email says about an event beyond its one line: for a meeting that changed, what
//! changed (see `fanout`). Said as Fluent messages, so that each recipient reads it in their language.

use serde::{Deserialize, Serialize};

/// What about a meeting changed, as its notice says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingChange {
    /// The start or the end.
    Time,
    Address,
    OnlineLink,
}

impl MeetingChange {
    /// The Fluent message that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            MeetingChange::Time => "meeting-changed-time",
            MeetingChange::Address => "meeting-changed-address",
            MeetingChange::OnlineLink => "meeting-changed-online-link",
        }
    }
}

/// A co-design procedure took a public step (`Event::ProcedureNews`); its followers hear of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureNews {
    pub procedure_id: i64,
    pub step: ProcedureStep,
}

impl ProcedureNews {
    pub fn new(procedure_id: i64, step: ProcedureStep) -> Self {
        Self { procedure_id, step }
    }
}

/// What happened to a co-design procedure, as its followers hear of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcedureStep {
    /// The notice was published.
    Published,
    /// The published notice was corrected (an erratum).
    Corrected,
    /// The admitted and excluded applications were made public.
    AdmissionPublished,
}

impl ProcedureStep {
    /// The Fluent message that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            ProcedureStep::Published => "procedure-step-published",
            ProcedureStep::Corrected => "procedure-step-corrected",
            ProcedureStep::AdmissionPublished => "procedure-step-admission-published",
        }
    }
}
