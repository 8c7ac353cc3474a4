//! The rows read in batches by id: proposals, comments and answers, so an export's memory
//! does not grow with their number.

use entity::{
    AuthorRole, Code, CommentState, ProposalState, comment, proposal, proposal_answer,
    proposal_author,
};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use super::{
    head::Head,
    people::People,
    records::{InPersonRecord, ProposalRecord},
};
use crate::{exports::tables::Cell, organisations};

/// Rows read per query.
pub const BATCH: u64 = 500;

/// The next batch of the consultation's proposals after id `after`, oldest first (only
/// those recorded at in-person meetings with `only_in_person`).
pub async fn proposals_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
    only_in_person: bool,
) -> Result<Vec<ProposalRecord>, DbErr> {
    let mut query = proposal::Entity::find();
    if only_in_person {
        query = query.filter(proposal::Column::RecordedBy.is_not_null());
    }
    let rows = query
        .filter(proposal::Column::ConsultationId.eq(head.consultation.id))
        .filter(proposal::Column::Id.gt(after))
        .order_by_asc(proposal::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let authors = proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.is_in(rows.iter().map(|p| p.id)))
        .order_by_asc(proposal_author::Column::Id)
        .all(db)
        .await?;
    people
        .meet(
            db,
            authors
                .iter()
                .map(|a| a.user_id)
                .chain(rows.iter().filter_map(|p| p.recorded_by)),
        )
        .await?;
    let signed_for =
        organisations::store::signed_for(db, authors.iter().filter_map(|a| a.on_behalf_of)).await?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let mine = || authors.iter().filter(move |a| a.proposal_id == p.id);
            let signature = mine().find(|a| a.role == AuthorRole::Author);
            let author = signature.and_then(|a| people.get(Some(a.user_id))).cloned();
            let organisation = signature
                .and_then(|a| a.on_behalf_of)
                .and_then(|id| signed_for.get(&id))
                .map(|(_, name, kind)| (name.clone(), *kind));
            let coauthors = mine()
                .filter(|a| a.role == AuthorRole::Coauthor)
                .filter_map(|a| people.get(Some(a.user_id)).cloned())
                .collect();
            let hidden = p.state == ProposalState::Hidden;
            let in_person = p.recorded_by.map(|by| InPersonRecord {
                kind: "proposal",
                proposal_id: p.id,
                round_id: None,
                place: p.in_person_place.clone(),
                held_on: p.in_person_on,
                method: None,
                group: p.in_person_group,
                people: p.in_person_count.map(i64::from),
                counts: None,
                recorded_by: people.get(Some(by)).map(|r| r.pseudonym.clone()),
            });
            ProposalRecord {
                id: p.id,
                round_id: p.round_id,
                title: (!hidden).then_some(p.title),
                body: (!hidden).then_some(p.body),
                body_html: (!hidden).then_some(p.body_html),
                theme: p.theme_id.and_then(|id| head.themes.get(&id).cloned()),
                language: p.language,
                state: p.state,
                merged_into: p.merged_into,
                state_reason: p.withdrawn_reason.or(p.hidden_reason),
                group: p.in_person_group.or(author.as_ref().map(|a| a.group)),
                author,
                organisation,
                coauthors,
                in_person,
                comments_count: i64::from(p.comments_count),
                answer: p.answer,
                justification: p.answer_justification,
                answered_at: p.answered_at,
                created_at: p.created_at,
                edited_at: p.edited_at,
            }
        })
        .collect())
}

fn of_consultation(consultation_id: i64) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(proposal::Column::Id)
        .from(proposal::Entity)
        .and_where(Expr::col(proposal::Column::ConsultationId).eq(consultation_id))
        .to_owned()
}

/// The next batch of comments after id `after`, as rows of the comments table.
pub async fn comments_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
) -> Result<(Vec<Vec<Cell>>, Option<i64>), DbErr> {
    let rows = comment::Entity::find()
        .filter(comment::Column::ProposalId.in_subquery(of_consultation(head.consultation.id)))
        .filter(comment::Column::Id.gt(after))
        .order_by_asc(comment::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    people
        .meet(db, rows.iter().filter_map(|c| c.author_id))
        .await?;
    let signed_for =
        organisations::store::signed_for(db, rows.iter().filter_map(|c| c.on_behalf_of)).await?;
    let last = rows.last().map(|c| c.id);
    let cells = rows
        .into_iter()
        .map(|c| {
            let author = people.get(c.author_id);
            let organisation = c.on_behalf_of.and_then(|id| signed_for.get(&id));
            let shown = c.state == CommentState::Published && !head.hidden.contains(&c.proposal_id);
            vec![
                Cell::Integer(c.id),
                Cell::Integer(c.proposal_id),
                Cell::maybe_integer(c.parent_id),
                Cell::Integer(i64::from(c.depth)),
                Cell::maybe_text(author.map(|a| a.pseudonym.clone())),
                Cell::maybe_text(author.map(|a| a.group.code())),
                Cell::maybe_text(author.and_then(|a| a.name.clone())),
                Cell::maybe_text(organisation.map(|o| o.1.clone())),
                Cell::maybe_text(organisation.map(|o| o.2.code())),
                Cell::text(c.stance.to_value()),
                Cell::text(c.state.to_value()),
                Cell::maybe_text(shown.then_some(c.body)),
                Cell::maybe_text(c.hidden_reason),
                Cell::Time(c.created_at),
                Cell::maybe_time(c.edited_at),
            ]
        })
        .collect();
    Ok((cells, last))
}

/// The next batch of answers after id `after`, as rows of the answers table.
pub async fn answers_after(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    after: i64,
) -> Result<(Vec<Vec<Cell>>, Option<i64>), DbErr> {
    let rows = proposal_answer::Entity::find()
        .filter(
            proposal_answer::Column::ProposalId.in_subquery(of_consultation(head.consultation.id)),
        )
        .filter(proposal_answer::Column::Id.gt(after))
        .order_by_asc(proposal_answer::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    people
        .meet(db, rows.iter().filter_map(|a| a.answered_by))
        .await?;
    let last = rows.last().map(|a| a.id);
    let cells = rows
        .into_iter()
        .map(|a| {
            vec![
                Cell::Integer(a.id),
                Cell::Integer(a.proposal_id),
                Cell::text(a.answer.to_value()),
                Cell::maybe_text(a.justification),
                Cell::maybe_text(people.get(a.answered_by).map(|p| p.pseudonym.clone())),
                Cell::Time(a.created_at),
            ]
        })
        .collect();
    Ok((cells, last))
}
