//! Events: things that happened which people may be told about. Each kind is a variant of
//! [`Event`] with its own payload. An event is stored in the `event` table as its kind's code
//! (`round_opened`, …) and its payload as JSON; notifications and emails name its [`Kind`].
//! Adding a kind: a variant here (and in [`Kind`]), its `notification-…` message in the
//! Fluent files, and the capability that raises it with a [`super::Notice`].

use entity::{Answer, FlagTarget};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::details::{MeetingChange, ProcedureNews};

/// Something that happened, with what it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum Event {
    /// A round of the consultation opened.
    RoundOpened(RoundChange),
    /// A round of the consultation closed.
    RoundClosed(RoundChange),
    /// Voting closes within a day; to those who may vote and have not.
    RoundClosingSoon {
        round_title: String,
        /// The round's end, as `timezone::machine` writes it.
        closes_at: String,
        recipients: Vec<i64>,
    },
    ProposalPublished {
        proposal_id: i64,
        title: String,
    },
    ProposalAnswered {
        proposal_id: i64,
        answer: Answer,
    },
    /// A comment that answers no other comment.
    CommentOnMyProposal(CommentPosted),
    /// A comment that answers another (`parent_id`).
    ReplyToMyComment(CommentPosted),
    /// `proposal_id` was merged into `merged_into`; `authors` signed it.
    ProposalMerged {
        proposal_id: i64,
        merged_into: i64,
        authors: Vec<i64>,
    },
    ContentFlagged {
        target: FlagTarget,
        id: i64,
    },
    ContentHidden {
        target: FlagTarget,
        id: i64,
        proposal_id: i64,
        author_id: Option<i64>,
        reason: String,
    },
    CoauthorInvited {
        proposal_id: i64,
        invitation_id: i64,
        /// The invited account, when the address has one.
        user_id: Option<i64>,
    },
    MemberInvited(InvitationSent),
    FacilitatorInvited(InvitationSent),
    /// A commitment made from proposals has news (`update_id`); to the proposals' signers
    /// and followers.
    CommitmentUpdated {
        commitment_id: i64,
        update_id: i64,
    },
    /// A meeting was cancelled; to everyone registered or waiting.
    MeetingCancelled {
        meeting_id: i64,
        reason: String,
    },
    /// Someone on a meeting's waiting list got a place.
    MeetingPlaceConfirmed {
        meeting_id: i64,
        user_id: i64,
    },
    /// A meeting's time, address or online link changed; to everyone registered or waiting.
    MeetingChanged {
        meeting_id: i64,
        changes: Vec<MeetingChange>,
    },
    /// A meeting starts within a day; to everyone holding a place.
    MeetingReminder {
        meeting_id: i64,
    },
    /// A co-design procedure's evaluation was published; to the consultation's followers.
    ProcedureEvaluationPublished {
        procedure_id: i64,
    },
    /// A co-design procedure's agreement was recorded and the procedure closed; to the
    /// consultation's followers.
    ProcedureClosed {
        procedure_id: i64,
    },
    ProcedureNews(ProcedureNews),
    /// A survey opened; to the consultation's followers of the groups that answer it.
    SurveyOpened {
        survey_id: i64,
    },
    /// A survey closes within a day; to those followers who have not answered it.
    SurveyClosingSoon {
        survey_id: i64,
    },
}

/// A round that opened or closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundChange {
    pub round_title: String,
    /// The round's end, as `timezone::machine` writes it.
    pub closes_at: String,
}

/// A comment posted on a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentPosted {
    pub proposal_id: i64,
    pub comment_id: i64,
    /// The comment answered, for a reply.
    pub parent_id: Option<i64>,
}

/// An invitation sent by email to join a consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSent {
    pub invitation_id: i64,
    pub email: String,
}

/// What a notification or an email is about: an event's kind, without its payload. Stored
/// as its code (`round_opened`, …) in notifications and queued emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    RoundOpened,
    RoundClosed,
    RoundClosingSoon,
    ProposalPublished,
    ProposalAnswered,
    CommentOnMyProposal,
    ReplyToMyComment,
    ProposalMerged,
    ContentFlagged,
    ContentHidden,
    CoauthorInvited,
    MemberInvited,
    FacilitatorInvited,
    CommitmentUpdated,
    MeetingCancelled,
    MeetingPlaceConfirmed,
    MeetingChanged,
    MeetingReminder,
    ProcedureEvaluationPublished,
    ProcedureClosed,
    ProcedureNews,
    SurveyOpened,
    SurveyClosingSoon,
}

impl Kind {
    pub const ALL: [Kind; 23] = [
        Kind::RoundOpened,
        Kind::RoundClosed,
        Kind::RoundClosingSoon,
        Kind::ProposalPublished,
        Kind::ProposalAnswered,
        Kind::CommentOnMyProposal,
        Kind::ReplyToMyComment,
        Kind::ProposalMerged,
        Kind::ContentFlagged,
        Kind::ContentHidden,
        Kind::CoauthorInvited,
        Kind::MemberInvited,
        Kind::FacilitatorInvited,
        Kind::CommitmentUpdated,
        Kind::MeetingCancelled,
        Kind::MeetingPlaceConfirmed,
        Kind::MeetingChanged,
        Kind::MeetingReminder,
        Kind::ProcedureEvaluationPublished,
        Kind::ProcedureClosed,
        Kind::ProcedureNews,
        Kind::SurveyOpened,
        Kind::SurveyClosingSoon,
    ];

    /// The code stored in `event.kind` and `notification.kind`.
    pub fn code(self) -> &'static str {
        match self {
            Kind::RoundOpened => "round_opened",
            Kind::RoundClosed => "round_closed",
            Kind::RoundClosingSoon => "round_closing_soon",
            Kind::ProposalPublished => "proposal_published",
            Kind::ProposalAnswered => "proposal_answered",
            Kind::CommentOnMyProposal => "comment_on_my_proposal",
            Kind::ReplyToMyComment => "reply_to_my_comment",
            Kind::ProposalMerged => "proposal_merged",
            Kind::ContentFlagged => "content_flagged",
            Kind::ContentHidden => "content_hidden",
            Kind::CoauthorInvited => "coauthor_invited",
            Kind::MemberInvited => "member_invited",
            Kind::FacilitatorInvited => "facilitator_invited",
            Kind::CommitmentUpdated => "commitment_updated",
            Kind::MeetingCancelled => "meeting_cancelled",
            Kind::MeetingPlaceConfirmed => "meeting_place_confirmed",
            Kind::MeetingChanged => "meeting_changed",
            Kind::MeetingReminder => "meeting_reminder",
            Kind::ProcedureEvaluationPublished => "procedure_evaluation_published",
            Kind::ProcedureClosed => "procedure_closed",
            Kind::ProcedureNews => "procedure_news",
            Kind::SurveyOpened => "survey_opened",
            Kind::SurveyClosingSoon => "survey_closing_soon",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The Fluent message saying it in one line, with `$consultation` and `$title`.
    pub fn message_id(self) -> String {
        format!("notification-{}", self.code())
    }
}

impl Event {
    pub fn kind(&self) -> Kind {
        match self {
            Event::RoundOpened(_) => Kind::RoundOpened,
            Event::RoundClosed(_) => Kind::RoundClosed,
            Event::RoundClosingSoon { .. } => Kind::RoundClosingSoon,
            Event::ProposalPublished { .. } => Kind::ProposalPublished,
            Event::ProposalAnswered { .. } => Kind::ProposalAnswered,
            Event::CommentOnMyProposal(_) => Kind::CommentOnMyProposal,
            Event::ReplyToMyComment(_) => Kind::ReplyToMyComment,
            Event::ProposalMerged { .. } => Kind::ProposalMerged,
            Event::ContentFlagged { .. } => Kind::ContentFlagged,
            Event::ContentHidden { .. } => Kind::ContentHidden,
            Event::CoauthorInvited { .. } => Kind::CoauthorInvited,
            Event::MemberInvited(_) => Kind::MemberInvited,
            Event::FacilitatorInvited(_) => Kind::FacilitatorInvited,
            Event::CommitmentUpdated { .. } => Kind::CommitmentUpdated,
            Event::MeetingCancelled { .. } => Kind::MeetingCancelled,
            Event::MeetingPlaceConfirmed { .. } => Kind::MeetingPlaceConfirmed,
            Event::MeetingChanged { .. } => Kind::MeetingChanged,
            Event::MeetingReminder { .. } => Kind::MeetingReminder,
            Event::ProcedureEvaluationPublished { .. } => Kind::ProcedureEvaluationPublished,
            Event::ProcedureClosed { .. } => Kind::ProcedureClosed,
            Event::ProcedureNews(_) => Kind::ProcedureNews,
            Event::SurveyOpened { .. } => Kind::SurveyOpened,
            Event::SurveyClosingSoon { .. } => Kind::SurveyClosingSoon,
        }
    }

    /// Invitations: their email already went out as an account email; told in the app only.
    pub fn in_app_only(&self) -> bool {
        matches!(
            self,
            Event::CoauthorInvited { .. } | Event::MemberInvited(_) | Event::FacilitatorInvited(_)
        )
    }

    /// The `event` row's `kind` and `payload` columns.
    pub fn to_stored(&self) -> (&'static str, String) {
        let payload = match serde_json::to_value(self) {
            Ok(Value::Object(mut tagged)) => tagged.remove("payload").unwrap_or(Value::Null),
            _ => Value::Null,
        };
        (self.kind().code(), payload.to_string())
    }

    /// An event read back from its `kind` and `payload` columns.
    pub fn from_stored(kind: &str, payload: &str) -> Result<Event, serde_json::Error> {
        let payload: Value = serde_json::from_str(payload)?;
        serde_json::from_value(serde_json::json!({ "kind": kind, "payload": payload }))
    }
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;
