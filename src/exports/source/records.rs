//! A proposal and an in-person contribution as exports show them, and their rows.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{Code, OrganisationKind, ProposalState, StakeholderGroup};
use sea_orm::ActiveEnum;

use super::people::Person;
use crate::exports::tables::Cell;

/// One proposal as exports show it.
#[derive(Debug, Clone)]
pub struct ProposalRecord {
    pub id: i64,
    pub round_id: Option<i64>,
    /// None for hidden proposals.
    pub title: Option<String>,
    /// Markdown, as written; None for hidden proposals.
    pub body: Option<String>,
    /// The body as rendered when it was saved, for the printable report.
    pub body_html: Option<String>,
    pub theme: Option<String>,
    pub language: String,
    pub state: ProposalState,
    pub merged_into: Option<i64>,
    pub state_reason: Option<String>,
    pub author: Option<Person>,
    pub group: Option<StakeholderGroup>,
    /// The organisation the author signed it for: its name and kind.
    pub organisation: Option<(String, OrganisationKind)>,
    pub coauthors: Vec<Person>,
    pub in_person: Option<InPersonRecord>,
    pub comments_count: i64,
    pub answer: entity::Answer,
    pub justification: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
}

impl ProposalRecord {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::Integer(self.id),
            Cell::maybe_integer(self.round_id),
            Cell::maybe_text(self.title.clone()),
            Cell::maybe_text(self.body.clone()),
            Cell::maybe_text(self.theme.clone()),
            Cell::text(&self.language),
            Cell::text(self.state.to_value()),
            Cell::maybe_integer(self.merged_into),
            Cell::maybe_text(self.state_reason.clone()),
            Cell::maybe_text(self.author.as_ref().map(|a| a.pseudonym.clone())),
            Cell::maybe_text(self.group.map(Code::code)),
            Cell::maybe_text(self.author.as_ref().and_then(|a| a.name.clone())),
            Cell::maybe_text(self.organisation.as_ref().map(|o| o.0.clone())),
            Cell::maybe_text(self.organisation.as_ref().map(|o| o.1.code())),
            Cell::text(
                self.coauthors
                    .iter()
                    .map(|c| c.pseudonym.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Cell::Boolean(self.in_person.is_some()),
            Cell::Integer(self.comments_count),
            Cell::text(self.answer.to_value()),
            Cell::maybe_text(self.justification.clone()),
            Cell::maybe_time(self.answered_at),
            Cell::Time(self.created_at),
            Cell::maybe_time(self.edited_at),
        ]
    }
}

/// A contribution from an in-person meeting.
#[derive(Debug, Clone)]
pub struct InPersonRecord {
    /// `proposal` or `vote_count`.
    pub kind: &'static str,
    pub proposal_id: i64,
    pub round_id: Option<i64>,
    pub place: Option<String>,
    pub held_on: Option<NaiveDate>,
    pub method: Option<String>,
    pub group: Option<StakeholderGroup>,
    pub people: Option<i64>,
    /// In favour, against, abstain.
    pub counts: Option<(i64, i64, i64)>,
    pub recorded_by: Option<String>,
}

impl InPersonRecord {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(self.kind),
            Cell::Integer(self.proposal_id),
            Cell::maybe_integer(self.round_id),
            Cell::maybe_text(self.place.clone()),
            Cell::maybe_date(self.held_on),
            Cell::maybe_text(self.method.clone()),
            Cell::maybe_text(self.group.map(Code::code)),
            Cell::maybe_integer(self.people),
            Cell::maybe_integer(self.counts.map(|c| c.0)),
            Cell::maybe_integer(self.counts.map(|c| c.1)),
            Cell::maybe_integer(self.counts.map(|c| c.2)),
            Cell::maybe_text(self.recorded_by.clone()),
        ]
    }
}
