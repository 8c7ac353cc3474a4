//! One page of a round's results, read from the round's ranking kept in memory
//! (`cache.rs`): every proposal the results list, with its `vote_count` row, ranked in the
//! order of `compute::sort`, read in one statement when the ranking is (re)computed, whatever
//! the number of votes; a page is a slice of it.

use chrono::{DateTime, Utc};
use entity::{ProposalState, round, vote_count};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, Query},
};

use super::{
    cache::{self, Entry, Snapshot},
    compute::{self, Counts, Order, RoundFigures},
    load::{self, OfflineTally, ProposalInfo},
};
use crate::web::AppState;

/// One page of a round's results, as pages and the API show it.
pub struct FiguresPage {
    /// The round's figures, with the page's proposals only, in rank order.
    pub figures: RoundFigures,
    /// The same proposals, in the same order.
    pub proposals: Vec<ProposalInfo>,
    /// Their offline tallies.
    pub offline: Vec<OfflineTally>,
    /// The page shown, from 1, of `pages`.
    pub page: u64,
    pub pages: u64,
    /// How many proposals the round's results list in all.
    pub listed: u64,
}

/// What a page number past the last gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastTheEnd {
    /// The last page (a person following an old link).
    Last,
    /// No proposals (an API client paging until the list runs out).
    Empty,
}

/// Page `page` of a round's results, `per_page` proposals at a time, ranked by `order`.
/// `voters`: the round's voters per group as just read, used when its ranking is computed
/// again; a page shows those the ranking was computed with. From a kept ranking, one
/// statement for the page's offline tallies, and none when it has none.
pub async fn figures_page(
    state: &AppState,
    (round, voters): (&round::Model, [i64; 4]),
    order: Order,
    (page, per_page): (u64, u64),
    past_the_end: PastTheEnd,
) -> Result<FiguresPage, DbErr> {
    let db = &state.db;
    let snapshot = cache::snapshot(&state.kept, round, state.results_max_age(), || async move {
        Ok(Snapshot::new(round, voters, listed(db, round).await?))
    })
    .await?;
    let listed = snapshot.listed();
    let pages = listed.div_ceil(per_page.max(1)).max(1);
    let mut page = page.max(1);
    if page > pages && past_the_end == PastTheEnd::Last {
        page = pages;
    }
    let entries = snapshot.page(order, page, per_page);
    let with_tallies: Vec<i64> = entries
        .iter()
        .filter(|e| e.has_tallies)
        .map(|e| e.info.id)
        .collect();
    let offline = if with_tallies.is_empty() {
        Vec::new()
    } else {
        load::offline_tallies(db, &[round.id], Some(&with_tallies)).await?
    };
    let counts: Vec<Counts> = entries.iter().map(|e| e.counts).collect();
    Ok(FiguresPage {
        figures: compute::compute(snapshot.rule(), snapshot.voters, &counts),
        proposals: entries.into_iter().map(|e| e.info.clone()).collect(),
        offline,
        page,
        pages,
        listed,
    })
}

#[derive(FromQueryResult)]
struct Row {
    id: i64,
    title: String,
    language: String,
    state: ProposalState,
    created_at: DateTime<Utc>,
    total: Option<i64>,
    against: Option<i64>,
    abstain: Option<i64>,
    points_beneficiary: Option<i64>,
    points_institution: Option<i64>,
    points_third_sector: Option<i64>,
    points_other: Option<i64>,
    supporters_beneficiary: Option<i64>,
    supporters_institution: Option<i64>,
    supporters_third_sector: Option<i64>,
    supporters_other: Option<i64>,
    has_tallies: i64,
}

impl Row {
    fn entry(self) -> Entry {
        let counts = Counts {
            proposal_id: self.id,
            total: self.total.unwrap_or(0),
            against: self.against.unwrap_or(0),
            abstain: self.abstain.unwrap_or(0),
            points: [
                self.points_beneficiary,
                self.points_institution,
                self.points_third_sector,
                self.points_other,
            ]
            .map(|n| n.unwrap_or(0)),
            supporters: [
                self.supporters_beneficiary,
                self.supporters_institution,
                self.supporters_third_sector,
                self.supporters_other,
            ]
            .map(|n| n.unwrap_or(0)),
        };
        let info = ProposalInfo {
            id: self.id,
            title: self.title,
            language: self.language,
            state: self.state,
            created_at: self.created_at,
        };
        Entry {
            info,
            counts,
            has_tallies: self.has_tallies != 0,
        }
    }
}

/// Every proposal `round`'s results list, with its counters and whether it has in-person
/// tallies in the round, by id: one statement.
pub async fn listed(db: &impl ConnectionTrait, round: &round::Model) -> Result<Vec<Entry>, DbErr> {
    use entity::{offline_tally, proposal};
    // Here only: its `max` would shadow the integers' elsewhere.
    use sea_orm::sea_query::ExprTrait;
    let with_tallies = Query::select()
        .column(offline_tally::Column::ProposalId)
        .from(offline_tally::Entity)
        .and_where(Expr::col(offline_tally::Column::RoundId).eq(round.id))
        .to_owned();
    // Live proposals that existed in time, and any other still visible that received votes
    // or counts.
    let listed = Condition::any()
        .add(
            Condition::all()
                .add(proposal::Column::State.eq(ProposalState::Published))
                .add(proposal::Column::CreatedAt.lte(round.closed_at.unwrap_or(round.closes_at))),
        )
        .add(Expr::cust(
            "vote_count.total + vote_count.against + vote_count.abstain > 0",
        ))
        .add(proposal::Column::Id.in_subquery(with_tallies));
    let has_tallies = format!(
        "CAST(CASE WHEN EXISTS (SELECT 1 FROM offline_tally \
         WHERE offline_tally.round_id = {} AND offline_tally.proposal_id = proposal.id) \
         THEN 1 ELSE 0 END AS BIGINT)",
        round.id
    );
    let mut query = proposal::Entity::find()
        .select_only()
        .columns([
            proposal::Column::Id,
            proposal::Column::Title,
            proposal::Column::Language,
            proposal::Column::State,
            proposal::Column::CreatedAt,
        ])
        .columns([
            vote_count::Column::Total,
            vote_count::Column::Against,
            vote_count::Column::Abstain,
            vote_count::Column::PointsBeneficiary,
            vote_count::Column::PointsInstitution,
            vote_count::Column::PointsThirdSector,
            vote_count::Column::PointsOther,
            vote_count::Column::SupportersBeneficiary,
            vote_count::Column::SupportersInstitution,
            vote_count::Column::SupportersThirdSector,
            vote_count::Column::SupportersOther,
        ])
        .column_as(Expr::cust(has_tallies), "has_tallies")
        .filter(proposal::Column::ConsultationId.eq(round.consultation_id))
        .filter(proposal::Column::State.ne(ProposalState::Hidden))
        .filter(listed);
    QueryTrait::query(&mut query).left_join(
        vote_count::Entity,
        Condition::all()
            .add(
                Expr::col((vote_count::Entity, vote_count::Column::ProposalId))
                    .equals((proposal::Entity, proposal::Column::Id)),
            )
            .add(Expr::col((vote_count::Entity, vote_count::Column::RoundId)).eq(round.id)),
    );
    Ok(query
        .order_by_asc(proposal::Column::Id)
        .into_model::<Row>()
        .all(db)
        .await?
        .into_iter()
        .map(Row::entry)
        .collect())
}
