//! One page of a round's results, ranked by the database from the round's counters: the
//! proposals results list, joined with their `vote_count` row, in the order of
//! `compute::sort`, a page at a time, with how many there are in all — one statement, whatever
//! the number of proposals or votes.

use chrono::{DateTime, Utc};
use entity::{Code, ProposalState, round, vote_count};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult,
    Order as SqlOrder, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
    sea_query::{Expr, Query},
};

use super::{
    compute::{self, Counts, GROUPS, Order, RoundFigures},
    load::{self, OfflineTally, ProposalInfo},
};

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

/// Page `page` of a round's results, `per_page` proposals at a time, ranked by `order`,
/// given the round's voters per group: the page's counters and its offline tallies, two
/// statements.
pub async fn figures_page(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    (round, voters): (&round::Model, [i64; 4]),
    order: Order,
    (page, per_page): (u64, u64),
    past_the_end: PastTheEnd,
) -> Result<FiguresPage, DbErr> {
    let ranked = self::page(
        db,
        consultation_id,
        round,
        voters,
        order,
        (page, per_page),
        past_the_end,
    )
    .await?;
    let ids: Vec<i64> = ranked.rows.iter().map(|(info, _)| info.id).collect();
    let offline = load::offline_tallies(db, &[round.id], Some(&ids)).await?;
    let pages = ranked.pages(per_page);
    let (proposals, counts): (Vec<ProposalInfo>, Vec<Counts>) = ranked.rows.into_iter().unzip();
    Ok(FiguresPage {
        figures: compute::compute(round.vote_rule, voters, &counts),
        proposals,
        offline,
        page: ranked.page,
        pages,
        listed: ranked.listed,
    })
}

/// One page of ranked proposals.
pub struct RankedPage {
    /// The page's proposals in rank order, with their counters.
    pub rows: Vec<(ProposalInfo, Counts)>,
    /// The page shown, from 1 (a page past the last shows the last).
    pub page: u64,
    /// How many proposals the round's results list in all.
    pub listed: u64,
}

impl RankedPage {
    pub fn pages(&self, per_page: u64) -> u64 {
        self.listed.div_ceil(per_page).max(1)
    }
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
    listed: i64,
}

impl Row {
    fn split(self) -> (ProposalInfo, Counts) {
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
        (info, counts)
    }
}

/// The cross-group support score as SQL over the joined `vote_count` row, given the round's
/// voters per group: the lowest share among groups of 3 or more voters, computed in double
/// precision as `compute` does. None where the score is undefined (fewer than two groups).
fn score_sql(backend: DbBackend, voters: [i64; 4]) -> Option<String> {
    let float = match backend {
        DbBackend::Postgres => "DOUBLE PRECISION",
        _ => "REAL",
    };
    let shares: Vec<String> = compute::scored_groups(voters)
        .map(|g| {
            format!(
                "(CAST(COALESCE(vote_count.supporters_{}, 0) AS {float}) / {})",
                GROUPS[g].code(),
                voters[g]
            )
        })
        .collect();
    let (first, rest) = shares.split_first()?;
    if rest.is_empty() {
        return None;
    }
    // The lowest of them, as CASE (MIN of two values is spelt differently by each database).
    Some(rest.iter().fold(first.clone(), |lowest, share| {
        format!("(CASE WHEN {lowest} <= {share} THEN {lowest} ELSE {share} END)")
    }))
}

/// What a page number past the last gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastTheEnd {
    /// The last page (a person following an old link).
    Last,
    /// No proposals (an API client paging until the list runs out).
    Empty,
}

/// Page `page` (from 1) of the proposals `round`'s results list, `per_page` at a time, ranked
/// by `order` as `compute::sort` ranks them. `voters`: the round's voters per group. One
/// statement; two or three past the last page.
pub async fn page(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    round: &round::Model,
    voters: [i64; 4],
    order: Order,
    (page, per_page): (u64, u64),
    past_the_end: PastTheEnd,
) -> Result<RankedPage, DbErr> {
    let page = page.max(1);
    let fetch = |page, per_page| fetch(db, consultation_id, round, voters, order, page, per_page);
    let rows = fetch(page, per_page).await?;
    if !rows.is_empty() || page == 1 {
        return Ok(ranked(rows, page));
    }
    // Past the last page: find how many there are.
    let first = ranked(fetch(1, 1).await?, 1);
    let last = first.listed.div_ceil(per_page).max(1);
    Ok(match past_the_end {
        PastTheEnd::Empty => RankedPage {
            rows: Vec::new(),
            page,
            listed: first.listed,
        },
        PastTheEnd::Last => ranked(fetch(last, per_page).await?, last),
    })
}

fn ranked(rows: Vec<Row>, page: u64) -> RankedPage {
    let listed = rows
        .first()
        .map_or(0, |r| u64::try_from(r.listed).unwrap_or(0));
    RankedPage {
        rows: rows.into_iter().map(Row::split).collect(),
        page,
        listed,
    }
}

async fn fetch(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    round: &round::Model,
    voters: [i64; 4],
    order: Order,
    page: u64,
    per_page: u64,
) -> Result<Vec<Row>, DbErr> {
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
        // Counted before LIMIT: the page and the number of pages in one statement.
        .column_as(Expr::cust("COUNT(*) OVER ()"), "listed")
        .filter(proposal::Column::ConsultationId.eq(consultation_id))
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
    // Hidden totals (fewer than 3 voters in all) give no order away: then by id alone.
    let total = compute::totals_shown(voters).then(|| "COALESCE(vote_count.total, 0)".to_owned());
    let score = score_sql(db.get_database_backend(), voters);
    let keys = match order {
        Order::Total => [total, score],
        Order::CrossGroup => [score, total],
    };
    for key in keys.into_iter().flatten() {
        query = query.order_by(Expr::cust(key), SqlOrder::Desc);
    }
    query
        .order_by_asc(proposal::Column::Id)
        .limit(per_page)
        .offset((page - 1) * per_page)
        .into_model::<Row>()
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_needs_two_groups_of_three_and_takes_the_lowest_share() {
        assert_eq!(score_sql(DbBackend::Sqlite, [10, 2, 0, 0]), None);
        let sql = score_sql(DbBackend::Postgres, [4, 5, 0, 3]).expect("three groups qualify");
        assert!(sql.contains("supporters_beneficiary, 0) AS DOUBLE PRECISION) / 4"));
        assert!(sql.contains("supporters_other, 0) AS DOUBLE PRECISION) / 3"));
        assert!(
            !sql.contains("third_sector"),
            "a group without voters has no share"
        );
        assert_eq!(sql.matches("CASE WHEN").count(), 3);
    }
}
