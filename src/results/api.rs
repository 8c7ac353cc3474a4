//! `GET /api/v1/consultations/{slug}/results`: the figures of every voting round, as an
//! anonymous visitor may see them, a page of proposals at a time (`?page=N`, as the other
//! lists; `?round=ID` for one round, `?sort=cross_group`). Field names follow the published contract; a group's
//! figure is `null` where it is suppressed, `cross_group_support` where it is undefined.

use axum::{
    Json,
    extract::{Path, Query, State},
};
use entity::{Code, round};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    compute::Order,
    load::{self, OfflineTally},
    ranking::{self, FiguresPage, PastTheEnd},
};
use crate::{
    consultations::access,
    policy::{Action, Person},
    web::{
        AppResult, AppState, PageNumber,
        error_page::{API_UNAVAILABLE as UNAVAILABLE, ApiError},
    },
};

/// One figure per stakeholder group, in the order pages show them.
macro_rules! by_group {
    ($name:ident, $figure:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(Serialize, ToSchema)]
        pub struct $name {
            pub beneficiary: $figure,
            pub institution: $figure,
            pub third_sector: $figure,
            pub other: $figure,
        }

        impl From<[$figure; 4]> for $name {
            fn from([beneficiary, institution, third_sector, other]: [$figure; 4]) -> Self {
                Self {
                    beneficiary,
                    institution,
                    third_sector,
                    other,
                }
            }
        }
    };
}

/// Proposals per round on one page, as in the API's other lists.
pub const PER_PAGE: u64 = 50;

by_group!(
    GroupCounts,
    Option<i64>,
    "Counts per stakeholder group; null where the group is suppressed (fewer than 3 voters, or hidden with such a group)."
);
by_group!(
    GroupShares,
    Option<f64>,
    "Share of each group's voters who supported the proposal, from 0 to 1; null where suppressed."
);
by_group!(
    GroupTallies,
    i64,
    "Counts per stakeholder group from an in-person session."
);

/// Counts from one in-person session, never added to the online figures.
#[derive(Serialize, ToSchema)]
pub struct OfflineJson {
    pub place: String,
    pub held_on: String,
    pub method: String,
    pub in_favour: i64,
    pub against: i64,
    pub abstain: i64,
    pub in_favour_by_group: GroupTallies,
}

#[derive(Serialize, ToSchema)]
pub struct ProposalJson {
    pub proposal_id: i64,
    pub title: String,
    /// Supports, "for" votes or dots, from online ballots.
    pub total: Option<i64>,
    pub against: Option<i64>,
    pub abstain: Option<i64>,
    pub by_group: GroupCounts,
    /// Share of each group's voters who supported it (0 to 1).
    pub share_by_group: GroupShares,
    pub cross_group_support: Option<f64>,
    /// Counts from in-person sessions, never added to the online figures.
    pub offline: Vec<OfflineJson>,
}

#[derive(Serialize, ToSchema)]
pub struct RoundJson {
    pub round_id: i64,
    pub title: String,
    pub state: &'static str,
    pub vote_rule: &'static str,
    pub vote_limit: Option<i32>,
    pub visible: bool,
    pub voters_total: Option<i64>,
    pub voters_by_group: GroupCounts,
    /// How many proposals the round's results list in all (0 while not visible).
    pub proposals_total: u64,
    /// Pages of `per_page` proposals (at least 1).
    pub pages: u64,
    /// This page of them, ranked as asked.
    pub proposals: Vec<ProposalJson>,
}

#[derive(Serialize, ToSchema)]
pub struct ResultsJson {
    pub consultation: String,
    /// The page of each round's proposals given, from 1.
    pub page: u64,
    /// Proposals per round per page.
    pub per_page: u64,
    pub rounds: Vec<RoundJson>,
}

fn offline_json(tally: &OfflineTally) -> OfflineJson {
    OfflineJson {
        place: tally.place.clone(),
        held_on: tally.held_on.format("%Y-%m-%d").to_string(),
        method: tally.method.clone(),
        in_favour: tally.in_favour(),
        against: tally.against(),
        abstain: tally.abstain(),
        in_favour_by_group: tally.by_group.map(|c| c.0).into(),
    }
}

/// What the results API is asked.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ResultsQuery {
    /// Page number, from 1: the same page of every round's proposals (past a round's last
    /// page, its list is empty; `pages` says how many it has). At most 1,000,000,000;
    /// anything else is a 400.
    #[param(value_type = Option<u64>, minimum = 1, maximum = 1_000_000_000)]
    pub page: PageNumber,
    /// Only this round (its id).
    pub round: Option<i64>,
    /// `total` (default: the most supports, "for" votes or dots first) or `cross_group`
    /// (the highest cross-group support first).
    pub sort: Option<String>,
}

/// The results of every voting round, as an anonymous visitor may see them, a page of
/// proposals at a time.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/results",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug"), ResultsQuery),
    responses(
        (status = 200, description = "Results per round, a page of proposals each", body = ResultsJson),
        (status = 400, description = "The page is not a number from 1 to 1,000,000,000", body = ApiError),
        (status = 404, description = "No public consultation has this slug", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn results(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<ResultsQuery>,
) -> AppResult<Json<ResultsJson>> {
    let db = &state.db;
    let access = access::load(db, &slug, None::<Person>, Action::View).await?;
    let order = match query.sort.as_deref() {
        Some("cross_group") => Order::CrossGroup,
        _ => Order::Total,
    };
    let page = query.page.get();
    let mut rounds = Vec::new();
    for (round, voters) in load::voting_rounds_with_voters(db, access.consultation.id).await? {
        if query.round.is_some_and(|id| id != round.id) {
            continue;
        }
        let results = if load::shown(&round, false) {
            Some(
                ranking::figures_page(
                    &state,
                    (&round, voters),
                    order,
                    (page, PER_PAGE),
                    PastTheEnd::Empty,
                )
                .await?,
            )
        } else {
            None
        };
        rounds.push(round_json(&round, results.as_ref()));
    }
    Ok(Json(ResultsJson {
        consultation: slug,
        page,
        per_page: PER_PAGE,
        rounds,
    }))
}

/// One round as the API gives it, with one page of its proposals where it is visible.
fn round_json(round: &round::Model, results: Option<&FiguresPage>) -> RoundJson {
    let (voters_total, voters_by_group) = match results {
        None => (None, [None; 4]),
        Some(r) => (Some(r.figures.voters_total), r.figures.voters_by_group),
    };
    let proposals = results.map_or_else(Vec::new, |r| {
        r.proposals
            .iter()
            .zip(&r.figures.proposals)
            .map(|(info, f)| ProposalJson {
                proposal_id: f.proposal_id,
                title: info.title.clone(),
                total: f.total,
                against: f.against,
                abstain: f.abstain,
                by_group: f.by_group.into(),
                share_by_group: f.share_by_group.into(),
                cross_group_support: f.cross_group_support,
                offline: r
                    .offline
                    .iter()
                    .filter(|t| t.proposal_id == f.proposal_id)
                    .map(offline_json)
                    .collect(),
            })
            .collect()
    });
    RoundJson {
        round_id: round.id,
        title: round.title.clone(),
        state: match round.state {
            entity::RoundState::Upcoming => "upcoming",
            entity::RoundState::Open => "open",
            entity::RoundState::Closed => "closed",
        },
        vote_rule: round.vote_rule.code(),
        vote_limit: round.vote_limit,
        visible: results.is_some(),
        voters_total,
        voters_by_group: voters_by_group.into(),
        proposals_total: results.map_or(0, |r| r.listed),
        pages: results.map_or(1, |r| r.pages),
        proposals,
    }
}
