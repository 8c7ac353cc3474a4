use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What an account may do across the whole platform.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum PlatformRole {
    #[sea_orm(string_value = "participant")]
    Participant,
    #[sea_orm(string_value = "coordinator")]
    Coordinator,
}

/// The stakeholder group an account speaks for; results are broken down by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum StakeholderGroup {
    #[sea_orm(string_value = "beneficiary")]
    Beneficiary,
    #[sea_orm(string_value = "institution")]
    Institution,
    #[sea_orm(string_value = "third_sector")]
    ThirdSector,
    #[sea_orm(string_value = "other")]
    Other,
}

/// What a single-use link sent by email is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum TokenPurpose {
    #[sea_orm(string_value = "verify_email")]
    VerifyEmail,
    #[sea_orm(string_value = "password_reset")]
    PasswordReset,
}

/// Where an email stands in the outbox.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    /// Waiting for its next attempt.
    #[sea_orm(string_value = "pending")]
    Pending,
    /// Claimed by a worker until `locked_until`.
    #[sea_orm(string_value = "sending")]
    Sending,
    #[sea_orm(string_value = "sent")]
    Sent,
    /// Gave up after retrying for the whole retry window.
    #[sea_orm(string_value = "dead")]
    Dead,
}

/// Where a consultation is in its life.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ConsultationStatus {
    #[sea_orm(string_value = "draft")]
    Draft,
    #[sea_orm(string_value = "published")]
    Published,
    #[sea_orm(string_value = "archived")]
    Archived,
}

/// Who may see a consultation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    #[sea_orm(string_value = "public")]
    Public,
    #[sea_orm(string_value = "invite_only")]
    InviteOnly,
}

/// What an account is in one consultation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ConsultationRoleKind {
    /// Runs the consultation's rounds, moderates, answers, records in-person contributions.
    #[sea_orm(string_value = "facilitator")]
    Facilitator,
    /// An invited participant of an invite-only consultation.
    #[sea_orm(string_value = "member")]
    Member,
}

/// Where a round is in time.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum RoundState {
    #[sea_orm(string_value = "upcoming")]
    Upcoming,
    #[sea_orm(string_value = "open")]
    Open,
    #[sea_orm(string_value = "closed")]
    Closed,
}

/// How a round's votes are cast.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum VoteRule {
    /// Support up to N proposals (unlimited when no limit is set).
    #[sea_orm(string_value = "support")]
    Support,
    /// For, against or abstain on each proposal.
    #[sea_orm(string_value = "approval")]
    Approval,
    /// A budget of K dots, several on one proposal allowed.
    #[sea_orm(string_value = "dots")]
    Dots,
}

/// When a round's results can be seen.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ResultsVisibility {
    #[sea_orm(string_value = "live")]
    Live,
    #[sea_orm(string_value = "after_close")]
    AfterClose,
}

/// Where a proposal stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ProposalState {
    #[sea_orm(string_value = "published")]
    Published,
    /// Withdrawn by its authors, with a reason.
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    /// Hidden by moderators (or by three flags, pending review), with a reason.
    #[sea_orm(string_value = "hidden")]
    Hidden,
    /// Merged into another proposal (`merged_into`).
    #[sea_orm(string_value = "merged")]
    Merged,
}

/// The public body's answer to a proposal.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "evaluating")]
    Evaluating,
    #[sea_orm(string_value = "accepted")]
    Accepted,
    #[sea_orm(string_value = "partially_accepted")]
    PartiallyAccepted,
    #[sea_orm(string_value = "rejected")]
    Rejected,
}

/// Where a commitment stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    #[sea_orm(string_value = "planned")]
    Planned,
    #[sea_orm(string_value = "in_progress")]
    InProgress,
    #[sea_orm(string_value = "done")]
    Done,
    /// Given up, with a public reason.
    #[sea_orm(string_value = "dropped")]
    Dropped,
}

/// How someone signs a proposal.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum AuthorRole {
    #[sea_orm(string_value = "author")]
    Author,
    #[sea_orm(string_value = "coauthor")]
    Coauthor,
}

/// A comment's position on the proposal.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    #[sea_orm(string_value = "for")]
    For,
    #[sea_orm(string_value = "against")]
    Against,
    #[sea_orm(string_value = "neutral")]
    Neutral,
}

/// Where a comment stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum CommentState {
    #[sea_orm(string_value = "published")]
    Published,
    /// Withdrawn by its author: "comment withdrawn" stays in place.
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    #[sea_orm(string_value = "hidden")]
    Hidden,
}

/// What a flag points at.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum FlagTarget {
    #[sea_orm(string_value = "proposal")]
    Proposal,
    #[sea_orm(string_value = "comment")]
    Comment,
}

/// Where a registration for a meeting stands: a place, or a turn on the waiting list.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    #[sea_orm(string_value = "registered")]
    Registered,
    #[sea_orm(string_value = "waiting")]
    Waiting,
}

/// What kind of organisation sits at the table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    #[sea_orm(string_value = "public_body")]
    PublicBody,
    /// An entity of the third sector (D.Lgs. 117/2017), in the RUNTS.
    #[sea_orm(string_value = "third_sector")]
    ThirdSector,
    #[sea_orm(string_value = "other")]
    Other,
}

/// What someone is in an organisation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum MembershipRole {
    /// Speaks for it on Tavolo: accepts members, edits it, hands the role over.
    #[sea_orm(string_value = "representative")]
    Representative,
    #[sea_orm(string_value = "member")]
    Member,
}

/// Whether a membership is asked for or granted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    #[sea_orm(string_value = "requested")]
    Requested,
    #[sea_orm(string_value = "active")]
    Active,
}

/// Where an application to a co-design procedure stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Received, awaiting the decision on admission.
    #[sea_orm(string_value = "submitted")]
    Submitted,
    /// Withdrawn by the organisation before the deadline.
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
    /// Replaced by a newer application of the same organisation before the deadline.
    #[sea_orm(string_value = "replaced")]
    Replaced,
    #[sea_orm(string_value = "admitted")]
    Admitted,
    /// Not admitted, with a reason given to the applicant and made public.
    #[sea_orm(string_value = "excluded")]
    Excluded,
}

/// What an organisation applies to be in a co-design procedure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ApplicationRole {
    /// Designs (and, where the notice says so, runs) the project.
    #[sea_orm(string_value = "partner")]
    Partner,
    /// Joins in support, where the notice allows it.
    #[sea_orm(string_value = "supporter")]
    Supporter,
    /// Joins as a funder, where the notice allows it.
    #[sea_orm(string_value = "funder")]
    Funder,
}

/// What a document is attached to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(30))")]
#[serde(rename_all = "snake_case")]
pub enum DocumentParent {
    #[sea_orm(string_value = "consultation")]
    Consultation,
    #[sea_orm(string_value = "meeting")]
    Meeting,
    #[sea_orm(string_value = "commitment")]
    Commitment,
    #[sea_orm(string_value = "organisation")]
    Organisation,
    /// A co-design procedure (its notice, its agreement).
    #[sea_orm(string_value = "procedure")]
    Procedure,
    /// An organisation's application to a procedure.
    #[sea_orm(string_value = "procedure_application")]
    ProcedureApplication,
}

/// Whether a survey is still being built or out for people to answer.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum SurveyStatus {
    #[sea_orm(string_value = "draft")]
    Draft,
    #[sea_orm(string_value = "published")]
    Published,
}

/// Who sees a survey's results, and when.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum SurveyResultsVisibility {
    /// Everyone who sees the survey, while it runs.
    #[sea_orm(string_value = "live")]
    Live,
    /// Everyone, once it has closed.
    #[sea_orm(string_value = "after_close")]
    AfterClose,
    /// The consultation's facilitators and coordinators only.
    #[sea_orm(string_value = "facilitators")]
    Facilitators,
}

/// The kinds of survey question.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    #[sea_orm(string_value = "single_choice")]
    SingleChoice,
    #[sea_orm(string_value = "multiple_choice")]
    MultipleChoice,
    /// 1 to 5, with words at both ends.
    #[sea_orm(string_value = "scale")]
    Scale,
    #[sea_orm(string_value = "number")]
    Number,
    #[sea_orm(string_value = "date")]
    Date,
    #[sea_orm(string_value = "short_text")]
    ShortText,
    #[sea_orm(string_value = "long_text")]
    LongText,
    /// Put the options in order.
    #[sea_orm(string_value = "ranking")]
    Ranking,
}

/// Where a survey response comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ResponseSource {
    #[sea_orm(string_value = "online")]
    Online,
    /// A paper questionnaire, typed in by a facilitator.
    #[sea_orm(string_value = "paper")]
    Paper,
}

/// Whether a survey response is being filled in or has been sent.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
#[serde(rename_all = "snake_case")]
pub enum ResponseStatus {
    #[sea_orm(string_value = "draft")]
    Draft,
    #[sea_orm(string_value = "submitted")]
    Submitted,
}
