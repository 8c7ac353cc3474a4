//! What happened at and after the consultation, read in batches by id like the proposals:
//! its meetings with their figures (never who registered or what they need; minutes only
//! once published), its commitments with the proposals they come from, and their updates;
//! the documents attached to any of them.

use entity::{Code, commitment, commitment_update, document, meeting};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use super::{batches::BATCH, documents, head::Head, people::People};
use crate::{
    commitments::store as commitments,
    exports::tables::Cell,
    meetings::figures::{self, MeetingFigures},
};

/// Updates each commitment shows in the printable report.
pub const LATEST_UPDATES: usize = 3;

/// A meeting as exports show it.
#[derive(Debug, Clone)]
pub struct MeetingRecord {
    /// Its minutes (and their HTML) emptied while they are a draft.
    pub meeting: meeting::Model,
    pub figures: MeetingFigures,
}

impl MeetingRecord {
    /// The published minutes, Markdown.
    pub fn minutes(&self) -> Option<&str> {
        figures::published_minutes(&self.meeting)
    }

    pub fn cells(&self) -> Vec<Cell> {
        let m = &self.meeting;
        let f = &self.figures;
        let some_text = |text: &str| Cell::maybe_text((!text.is_empty()).then(|| text.to_owned()));
        let attended = |group: usize| Cell::maybe_integer(f.attended.map(|a| a[group]));
        vec![
            Cell::Integer(m.id),
            Cell::maybe_integer(m.round_id),
            Cell::text(&m.title),
            Cell::Time(m.starts_at),
            Cell::Time(m.ends_at),
            some_text(&m.address),
            some_text(&m.online_url),
            some_text(&m.languages),
            some_text(&m.interpretation),
            Cell::Boolean(m.childcare),
            Cell::maybe_integer(m.capacity),
            Cell::Integer(f.registered),
            Cell::Integer(f.waiting),
            attended(0),
            attended(1),
            attended(2),
            attended(3),
            Cell::maybe_integer(f.attended_total()),
            Cell::maybe_time(m.cancelled_at),
            Cell::maybe_text(m.cancel_reason.clone()),
            Cell::maybe_text(self.minutes().map(str::to_owned)),
            Cell::maybe_time(m.minutes_published_at),
            Cell::text(ids_text(&f.proposal_ids)),
        ]
    }
}

/// A commitment as exports show it, with its newest updates for the report.
#[derive(Debug, Clone)]
pub struct CommitmentRecord {
    pub commitment: commitment::Model,
    pub proposal_ids: Vec<i64>,
    /// Newest first, at most `LATEST_UPDATES`.
    pub latest: Vec<commitment_update::Model>,
}

impl CommitmentRecord {
    pub fn cells(&self) -> Vec<Cell> {
        let c = &self.commitment;
        vec![
            Cell::Integer(c.id),
            Cell::text(&c.title),
            Cell::text(&c.description),
            Cell::text(&c.responsible),
            Cell::text(c.status.code()),
            Cell::maybe_text(c.dropped_reason.clone()),
            Cell::Integer(i64::from(c.progress)),
            Cell::maybe_date(c.starts_on),
            Cell::maybe_date(c.ends_on),
            Cell::maybe_integer(c.budget_cents),
            Cell::maybe_text(c.budget_currency.clone()),
            Cell::text(ids_text(&self.proposal_ids)),
            Cell::Time(c.created_at),
            Cell::Time(c.updated_at),
        ]
    }
}

fn ids_text(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(" ")
}

/// The next batch of the consultation's meetings after id `after`, in id order.
pub async fn meetings_after(
    db: &impl ConnectionTrait,
    head: &Head,
    after: i64,
) -> Result<Vec<MeetingRecord>, DbErr> {
    let rows = meeting::Entity::find()
        .filter(meeting::Column::ConsultationId.eq(head.consultation.id))
        .filter(meeting::Column::Id.gt(after))
        .order_by_asc(meeting::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut figures = figures::of_meetings(db, &rows).await?;
    Ok(rows
        .into_iter()
        .map(|mut meeting| {
            if meeting.minutes_published_at.is_none() {
                meeting.minutes.clear();
                meeting.minutes_html.clear();
            }
            MeetingRecord {
                figures: figures.remove(&meeting.id).unwrap_or_default(),
                meeting,
            }
        })
        .collect())
}

/// The next batch of the consultation's commitments after id `after`, in id order.
pub async fn commitments_after(
    db: &impl ConnectionTrait,
    head: &Head,
    after: i64,
) -> Result<Vec<CommitmentRecord>, DbErr> {
    let rows = commitment::Entity::find()
        .filter(commitment::Column::ConsultationId.eq(head.consultation.id))
        .filter(commitment::Column::Id.gt(after))
        .order_by_asc(commitment::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let mut proposals = commitments::proposal_ids(db, &ids).await?;
    let updates = commitment_update::Entity::find()
        .filter(commitment_update::Column::CommitmentId.is_in(ids))
        .order_by_desc(commitment_update::Column::CreatedAt)
        .order_by_desc(commitment_update::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|commitment| CommitmentRecord {
            proposal_ids: proposals.remove(&commitment.id).unwrap_or_default(),
            latest: updates
                .iter()
                .filter(|u| u.commitment_id == commitment.id)
                .take(LATEST_UPDATES)
                .cloned()
                .collect(),
            commitment,
        })
        .collect())
}

fn of_consultation(consultation_id: i64) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(commitment::Column::Id)
        .from(commitment::Entity)
        .and_where(Expr::col(commitment::Column::ConsultationId).eq(consultation_id))
        .to_owned()
}

/// The next batch of commitment updates after id `after`, as rows of their table.
pub async fn updates_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
) -> Result<(Vec<Vec<Cell>>, Option<i64>), DbErr> {
    let rows = commitment_update::Entity::find()
        .filter(
            commitment_update::Column::CommitmentId
                .in_subquery(of_consultation(head.consultation.id)),
        )
        .filter(commitment_update::Column::Id.gt(after))
        .order_by_asc(commitment_update::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    people
        .meet(db, rows.iter().filter_map(|u| u.author_id))
        .await?;
    let last = rows.last().map(|u| u.id);
    let cells = rows
        .into_iter()
        .map(|u| {
            vec![
                Cell::Integer(u.id),
                Cell::Integer(u.commitment_id),
                Cell::text(u.body),
                Cell::maybe_text(u.status.map(|s| s.to_value())),
                Cell::maybe_text(u.dropped_reason),
                Cell::maybe_integer(u.progress),
                Cell::maybe_text(people.get(u.author_id).map(|p| p.pseudonym.clone())),
                Cell::Time(u.created_at),
            ]
        })
        .collect();
    Ok((cells, last))
}

/// The next batch of the consultation's documents after id `after`, as rows of their table.
pub async fn documents_after(
    db: &impl ConnectionTrait,
    head: &Head,
    after: i64,
) -> Result<(Vec<Vec<Cell>>, Option<i64>), DbErr> {
    let rows = document::Entity::find()
        .filter(documents::of_consultation(head.consultation.id))
        .filter(document::Column::Id.gt(after))
        .order_by_asc(document::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let last = rows.last().map(|d| d.id);
    let cells = rows
        .into_iter()
        .map(|d| {
            vec![
                Cell::Integer(d.id),
                Cell::text(d.parent_kind.code()),
                Cell::Integer(d.parent_id),
                Cell::text(d.name),
                Cell::maybe_text(d.title),
                Cell::text(d.content_type),
                Cell::Integer(d.size_bytes),
                Cell::text(d.sha256),
                Cell::Time(d.created_at),
            ]
        })
        .collect();
    Ok((cells, last))
}
