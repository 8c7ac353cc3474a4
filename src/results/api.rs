//! `GET /api/v1/consultations/{slug}/results`: the figures of every voting round, as an
//! anonymous visitor may see them. Field names follow the published contract; a group's
//! figure is `null` where it is suppressed, `cross_group_support` where it is undefined.

use axum::{
    Json,
    extract::{Path, State},
};
use entity::Code;
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    compute::{self, Order},
    load::{self, OfflineTally},
};
use crate::{
    consultations::access,
    policy::{Action, Person},
    web::{AppResult, AppState},
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
    pub proposals: Vec<ProposalJson>,
}

#[derive(Serialize, ToSchema)]
pub struct ResultsJson {
    pub consultation: String,
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

/// The results of every voting round, as an anonymous visitor may see them.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/results",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug")),
    responses(
        (status = 200, description = "Results per round", body = ResultsJson),
        (status = 404, description = "No public consultation has this slug")
    )
)]
pub async fn results(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Json<ResultsJson>> {
    let db = &state.db;
    let access = access::load(db, &slug, None::<Person>, Action::View).await?;
    let (rounds, proposals) = load::for_consultation(db, access.consultation.id, false).await?;
    let rounds = rounds
        .into_iter()
        .map(|results| {
            let round = &results.round;
            let (voters_total, voters_by_group, items) = match &results.figures {
                None => (None, [None; 4], Vec::new()),
                Some(figures) => {
                    let mut ordered = figures.proposals.clone();
                    compute::sort(&mut ordered, Order::Total);
                    let items = ordered
                        .into_iter()
                        .filter_map(|f| {
                            let info = proposals.get(&f.proposal_id)?;
                            Some(ProposalJson {
                                proposal_id: f.proposal_id,
                                title: info.title.clone(),
                                total: f.total,
                                against: f.against,
                                abstain: f.abstain,
                                by_group: f.by_group.into(),
                                share_by_group: f.share_by_group.into(),
                                cross_group_support: f.cross_group_support,
                                offline: results
                                    .offline
                                    .iter()
                                    .filter(|t| t.proposal_id == f.proposal_id)
                                    .map(offline_json)
                                    .collect(),
                            })
                        })
                        .collect();
                    (Some(figures.voters_total), figures.voters_by_group, items)
                }
            };
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
                visible: results.figures.is_some(),
                voters_total,
                voters_by_group: voters_by_group.into(),
                proposals: items,
            }
        })
        .collect();
    Ok(Json(ResultsJson {
        consultation: slug,
        rounds,
    }))
}
