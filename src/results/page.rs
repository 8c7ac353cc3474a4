//! `/consultations/{slug}/results`: one voting round at a time, its turnout and its
//! proposals' figures by stakeholder group, a page at a time, sortable by cross-group
//! support. Figures come from the round's counters, never from its ballots.

use askama::Template;
use axum::extract::{Path, Query, State};
use entity::{Code, RoundState, round};
use serde::Deserialize;

use super::{
    cache,
    compute::Order,
    load,
    ranking::{self, PastTheEnd},
    view::{self, ProposalResultView},
};
use crate::{
    consultations::access,
    policy::{self, Action},
    web::{AppResult, AppState, Page, PageCtx, PageNumber},
};

/// Proposals per results page.
pub const PER_PAGE: u64 = 20;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResultsQuery {
    pub round: Option<i64>,
    pub sort: String,
    pub page: PageNumber,
}

pub struct RoundTab {
    pub id: i64,
    pub title: String,
    pub current: bool,
}

/// The round shown, with everything the page says about it.
pub struct RoundView {
    pub id: i64,
    pub title: String,
    pub state: &'static str,
    pub rule: &'static str,
    pub limit: Option<i32>,
    /// Shown to facilitators before it is public.
    pub preview: bool,
    /// Figures hidden from this visitor until the round closes.
    pub waiting: bool,
    pub voters_total: i64,
    pub turnout_chart: String,
    pub proposals: Vec<ProposalResultView>,
}

#[derive(Template)]
#[template(path = "results/page.html")]
pub struct ResultsPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    tabs: Vec<RoundTab>,
    round: Option<RoundView>,
    sort: &'static str,
    page: u64,
    pages: u64,
}

impl ResultsPage {
    /// "Up to 3 supports each" / "5 dots each".
    pub fn limit_key(&self, rule: &str) -> &'static str {
        if rule == "dots" {
            "results-limit-dots"
        } else {
            "results-limit-support"
        }
    }

    pub fn link(&self, page: u64) -> String {
        let round = self.round.as_ref().map_or(0, |r| r.id);
        format!(
            "/consultations/{}/results?round={round}&sort={}&page={page}",
            self.slug, self.sort
        )
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<ResultsQuery>,
) -> AppResult<Page<ResultsPage>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::View).await?;
    let preview = access.allows(Action::ManageRounds);
    let with_voters = load::voting_rounds_with_voters(db, access.consultation.id).await?;
    let rounds: Vec<&round::Model> = with_voters.iter().map(|(r, _)| r).collect();
    let order = if query.sort == "cross_group" {
        Order::CrossGroup
    } else {
        Order::Total
    };
    // The round asked for; else the open one if it shows figures; else the last with figures.
    let chosen = query
        .round
        .and_then(|id| rounds.iter().position(|r| r.id == id))
        .or_else(|| {
            rounds
                .iter()
                .position(|r| r.state == RoundState::Open && load::shown(r, preview))
        })
        .or_else(|| rounds.iter().rposition(|r| load::shown(r, preview)))
        .or_else(|| (!rounds.is_empty()).then_some(0));
    let tabs = rounds
        .iter()
        .enumerate()
        .map(|(i, r)| RoundTab {
            id: r.id,
            title: r.title.clone(),
            current: Some(i) == chosen,
        })
        .collect();
    let (mut page, mut pages) = (1, 1);
    let round = match chosen.map(|i| &with_voters[i]) {
        None => None,
        Some((round, voters)) => {
            let figures_shown = load::shown(round, preview);
            let mut shown = Vec::new();
            let (mut voters_total, mut turnout_chart) = (0, String::new());
            if figures_shown {
                let results = ranking::figures_page(
                    &state,
                    (round, *voters),
                    order,
                    (query.page.get(), PER_PAGE),
                    PastTheEnd::Last,
                )
                .await?;
                (page, pages) = (results.page, results.pages);
                let figures = &results.figures;
                shown = results
                    .proposals
                    .iter()
                    .zip(&figures.proposals)
                    .map(|(info, f)| {
                        view::proposal_view(&ctx.locale, round.vote_rule, f, info, &results.offline)
                    })
                    .collect();
                voters_total = figures.voters_total;
                let consultation = &access.consultation;
                let eligible = cache::eligible(&state.kept, round, state.results_max_age(), || {
                    load::eligible_by_group(db, consultation, round)
                })
                .await?;
                turnout_chart = view::turnout_chart(&ctx.locale, figures, eligible);
            }
            Some(RoundView {
                id: round.id,
                title: round.title.clone(),
                state: match round.state {
                    RoundState::Upcoming => "upcoming",
                    RoundState::Open => "open",
                    RoundState::Closed => "closed",
                },
                rule: round.vote_rule.code(),
                limit: round.vote_limit,
                preview: figures_shown && !policy::results_public(round),
                waiting: !figures_shown,
                voters_total,
                turnout_chart,
                proposals: shown,
            })
        }
    };
    Ok(Page::ok(ResultsPage {
        slug,
        consultation: access.consultation.title.clone(),
        tabs,
        round,
        sort: match order {
            Order::Total => "total",
            Order::CrossGroup => "cross_group",
        },
        page,
        pages,
        ctx,
    }))
}
