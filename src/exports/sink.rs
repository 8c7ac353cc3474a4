//! The interface every export format implements, and the typed view of rows it is given.

use super::{
    source::{CommitmentRecord, Head, InPersonRecord, MeetingRecord, ProposalRecord, SurveySheet},
    tables::{Cell, Table},
};

/// A typed view of some rows, for formats that lay them out rather than tabulate them.
pub enum Record<'a> {
    Proposal(&'a ProposalRecord),
    InPerson(&'a InPersonRecord),
    Meeting(&'a MeetingRecord),
    Commitment(&'a CommitmentRecord),
    Other,
}

/// What each format implements. Tables arrive in `tables::TABLES` order, each between
/// `begin` and `end`; then the surveys, one `survey` each.
pub trait Sink: Send {
    fn head(&mut self, _head: &Head) -> anyhow::Result<()> {
        Ok(())
    }
    fn begin(&mut self, table: &'static Table) -> anyhow::Result<()>;
    fn row(&mut self, cells: &[Cell], record: Record<'_>) -> anyhow::Result<()>;
    fn end(&mut self) -> anyhow::Result<()>;
    /// A survey's responses, after every table: one row per response, one column per
    /// question (the columns differ from survey to survey).
    fn survey(&mut self, sheet: &SurveySheet) -> anyhow::Result<()>;
    fn finish(self: Box<Self>) -> anyhow::Result<()>;
}
