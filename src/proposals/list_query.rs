//! One page of the proposal list, read by walking an index in the list's order and stopping
//! after the page, with the list's length from a count an index covers. Nothing numbers or
//! sorts the whole list on the default views (filters may still sort what they find); a page
//! costs what the rows before it and its own cost, as any OFFSET does.
//!
//! "Most supported" is two walks end to end: the proposals with a positive figure in the
//! ranking round, along `idx_vote_count_ranking`, then the others, newest id first. A page
//! walks the second only when it reaches past the first; either walk stops after the page.

use entity::{StakeholderGroup, proposal, proposal_author, user, vote_count};
use sea_orm::{
    ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, QueryTrait,
    sea_query::{
        Alias, Asterisk, Condition, Expr, ExprTrait, Order, Query as SqlQuery, SelectStatement,
        UnionType,
    },
};

use crate::web::AppResult;

/// Proposals a page of the list shows.
pub const PER_PAGE: u64 = 20;

/// The orders the list offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOrder {
    /// By figure in the ranking round, highest first; ties and unsupported ones newest first.
    Supported,
    Newest,
    Commented,
    /// A shuffle fixed by the visitor's seed.
    Random(i64),
}

impl ListOrder {
    /// The SQL sort keys over `proposal` (and, for support, the ranking round's `vote_count`).
    fn keys(self) -> Vec<(String, Order)> {
        let keys: Vec<(String, Order)> = match self {
            Self::Supported => vec![("COALESCE(vote_count.total, 0)".into(), Order::Desc)],
            Self::Newest => vec![("proposal.created_at".into(), Order::Desc)],
            Self::Commented => vec![("proposal.comments_count".into(), Order::Desc)],
            Self::Random(seed) => {
                let shuffle = format!("((proposal.id * 7919 + {seed}) % 100003)");
                return vec![(shuffle, Order::Asc), ("proposal.id".into(), Order::Asc)];
            }
        };
        keys.into_iter()
            .chain([("proposal.id".to_owned(), Order::Desc)])
            .collect()
    }
}

/// What the list shows, where its proposals are read from.
pub struct ListSource {
    /// Which proposals the list holds (conditions over `proposal`).
    pub filter: Condition,
    pub order: ListOrder,
    /// The round whose figures cards show and "most supported" follows (0: none).
    pub ranking_round: i64,
}

/// One proposal of the page, with what its card shows besides the proposal itself.
pub struct PageRow {
    pub proposal: proposal::Model,
    /// Its figure in the ranking round (0 without one).
    pub figure: i64,
    /// Its signers' names and groups, in signing order.
    pub signers: Vec<(String, StakeholderGroup)>,
}

/// A page of the list, the page it turned out to be and how many proposals the list has.
pub struct FoundPage {
    pub rows: Vec<PageRow>,
    pub page: u64,
    pub total: u64,
}

/// Page `wanted` of the list, or its last page when `wanted` is past the end (an old link).
/// One statement; three past the end, counting the list to find its last page.
pub async fn find_page(
    db: &impl ConnectionTrait,
    source: &ListSource,
    wanted: u64,
) -> AppResult<FoundPage> {
    let wanted = std::cmp::max(wanted, 1);
    let (rows, total) = read(db, source, (wanted - 1) * PER_PAGE, true).await?;
    if let Some(total) = total {
        return Ok(FoundPage {
            rows,
            page: wanted,
            total,
        });
    }
    let total = if wanted == 1 {
        0
    } else {
        count(db, source).await?
    };
    if total == 0 {
        return Ok(FoundPage {
            rows,
            page: 1,
            total,
        });
    }
    let page = wanted.clamp(1, total.div_ceil(PER_PAGE));
    let (rows, _) = read(db, source, (page - 1) * PER_PAGE, false).await?;
    Ok(FoundPage { rows, page, total })
}

/// The ids of the page from `offset`, as `page_id`, walking the list's order.
fn page_ids(source: &ListSource, offset: u64) -> SelectStatement {
    let listed = || {
        proposal::Entity::find()
            .filter(source.filter.clone())
            .select_only()
            .column_as(proposal::Column::Id, "page_id")
            .into_query()
    };
    if source.order != ListOrder::Supported {
        return listed()
            .order_by_customs(source.order.keys())
            .limit(PER_PAGE)
            .offset(offset)
            .to_owned();
    }
    // Most supported: those with a positive figure, by figure, along the ranking index...
    let mut ranked = listed();
    ranked
        .expr_as(
            Expr::col((vote_count::Entity, vote_count::Column::Total)),
            "figure",
        )
        .inner_join(vote_count::Entity, ranking_row(source.ranking_round))
        .and_where(Expr::col((vote_count::Entity, vote_count::Column::Total)).gt(0))
        .order_by((vote_count::Entity, vote_count::Column::Total), Order::Desc)
        .order_by(
            (vote_count::Entity, vote_count::Column::ProposalId),
            Order::Desc,
        );
    let mut past_the_page = ranked.clone();
    past_the_page.limit(1).offset(offset + PER_PAGE - 1);
    let ranked_fill_the_page = Expr::SubQuery(
        None,
        Box::new(
            SqlQuery::select()
                .expr(Expr::cust("COUNT(*)"))
                .from_subquery(past_the_page, "past_the_page")
                .to_owned()
                .into(),
        ),
    );
    // ...then the others, newest first, walked only when the first ones end before this page
    // does (a condition on no row, checked once before the walk).
    let with_figure = SqlQuery::select()
        .expr(Expr::val(1))
        .from(vote_count::Entity)
        .cond_where(ranking_row(source.ranking_round))
        .and_where(Expr::col((vote_count::Entity, vote_count::Column::Total)).gt(0))
        .to_owned();
    let mut others = listed();
    others
        .expr_as(Expr::val(0), "figure")
        .and_where(Expr::not_exists(with_figure))
        .and_where(ranked_fill_the_page.eq(0))
        .order_by((proposal::Entity, proposal::Column::Id), Order::Desc)
        .limit(offset + PER_PAGE);
    ranked.limit(offset + PER_PAGE);
    let walked = SqlQuery::select()
        .column(Asterisk)
        .from_subquery(ranked, "ranked")
        .union(
            UnionType::All,
            SqlQuery::select()
                .column(Asterisk)
                .from_subquery(others, "others")
                .to_owned(),
        )
        .to_owned();
    SqlQuery::select()
        .column("page_id")
        .from_subquery(walked, "walked")
        .order_by("figure", Order::Desc)
        .order_by("page_id", Order::Desc)
        .limit(PER_PAGE)
        .offset(offset)
        .to_owned()
}

/// `vote_count`'s row for `proposal` in the ranking round.
fn ranking_row(round_id: i64) -> Condition {
    Condition::all()
        .add(
            Expr::col((vote_count::Entity, vote_count::Column::ProposalId))
                .equals((proposal::Entity, proposal::Column::Id)),
        )
        .add(Expr::col((vote_count::Entity, vote_count::Column::RoundId)).eq(round_id))
}

/// `(SELECT COUNT(*))` of the listed proposals, which an index of the list covers.
fn count_query(source: &ListSource) -> Expr {
    let query = proposal::Entity::find()
        .filter(source.filter.clone())
        .select_only()
        .expr(Expr::cust("COUNT(*)"))
        .into_query();
    Expr::SubQuery(None, Box::new(query.into()))
}

/// How many proposals the list has.
async fn count(db: &impl ConnectionTrait, source: &ListSource) -> AppResult<u64> {
    let query = SqlQuery::select()
        .expr_as(count_query(source), "total_items")
        .to_owned();
    let row = db.query_one(&query).await?;
    let total: i64 = row
        .as_ref()
        .map_or(Ok(0), |r| r.try_get("", "total_items"))?;
    Ok(u64::try_from(total).unwrap_or(0))
}

/// The proposals of the page from `offset`, in the list's order, with figures and signers,
/// and the list's length when `with_total` (None when no row carries it), in one statement.
async fn read(
    db: &impl ConnectionTrait,
    source: &ListSource,
    offset: u64,
    with_total: bool,
) -> AppResult<(Vec<PageRow>, Option<u64>)> {
    let mut outer = SqlQuery::select();
    outer
        .expr(Expr::cust("proposal.*"))
        .expr_as(
            Expr::cust("COALESCE(vote_count.total, 0)"),
            Alias::new("figure"),
        )
        .expr_as(
            Expr::col((user::Entity, user::Column::DisplayName)),
            "signer_name",
        )
        .expr_as(
            Expr::col((user::Entity, user::Column::StakeholderGroup)),
            "signer_group",
        )
        .from_subquery(page_ids(source, offset), "page")
        .inner_join(
            proposal::Entity,
            Expr::col((proposal::Entity, proposal::Column::Id)).equals(("page", "page_id")),
        )
        .left_join(vote_count::Entity, ranking_row(source.ranking_round))
        .left_join(
            proposal_author::Entity,
            Expr::col((proposal_author::Entity, proposal_author::Column::ProposalId))
                .equals(("page", "page_id")),
        )
        .left_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((proposal_author::Entity, proposal_author::Column::UserId)),
        )
        .order_by_customs(source.order.keys())
        .order_by(
            (proposal_author::Entity, proposal_author::Column::Id),
            Order::Asc,
        );
    if with_total {
        outer.expr_as(count_query(source), "total_items");
    }
    let mut rows: Vec<PageRow> = Vec::new();
    let mut total = None;

    for row in db.query_all(&outer).await? {
        let proposal = proposal::Model::from_query_result(&row, "")?;
        let signer: Option<String> = row.try_get("", "signer_name")?;
        let group: Option<StakeholderGroup> = row.try_get("", "signer_group")?;
        if with_total && total.is_none() {
            let items: i64 = row.try_get("", "total_items")?;
            total = Some(u64::try_from(items).unwrap_or(0));
        }
        if rows
            .last()
            .is_none_or(|last| last.proposal.id != proposal.id)
        {
            rows.push(PageRow {
                figure: row.try_get("", "figure")?,
                signers: Vec::new(),
                proposal,
            });
        }
        if let (Some(last), Some(name), Some(group)) = (rows.last_mut(), signer, group) {
            last.signers.push((name, group));
        }
    }
    Ok((rows, total))
}
