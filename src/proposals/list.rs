//! `/consultations/{slug}/proposals`: filters, sorting, search and pages. A fixed number of
//! SQL statements whatever the page size; `list_query` reads the page.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderName, HeaderValue},
    response::AppendHeaders,
};
use entity::{
    Answer, AuthorRole, Code, OrganisationKind, ProposalState, StakeholderGroup, proposal,
    proposal_author, round, theme, user,
};
use sea_orm::{
    ColumnTrait, Condition,
    sea_query::{Expr, ExprTrait, Func, Query as SqlQuery},
};
use serde::Deserialize;

use super::{
    languages::{self, CONTENT_LANGUAGES},
    list_query::{self, FoundPage, ListOrder, ListSource, PER_PAGE, PageRow},
    order_seed::OrderSeed,
};
use crate::{
    accounts::domain::GROUPS,
    consultations::{
        access::{self, ConsultationKey},
        content,
    },
    organisations::{self, domain::KINDS},
    policy::{self, Action, Contribution},
    voting::{self, VoteBox, Voting},
    web::{AppResult, AppState, Page, PageCtx, PageNumber, contains_pattern, urlencode},
};

pub const ANSWERS: [&str; 5] = [
    "pending",
    "evaluating",
    "accepted",
    "partially_accepted",
    "rejected",
];
/// Orders offered always; "supported" comes first once a round's figures are public.
pub const SORTS: [&str; 3] = ["newest", "commented", "random"];

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub theme: String,
    pub round: String,
    pub answer: String,
    pub group: String,
    /// Proposals signed on behalf of an organisation of this kind.
    pub organisation_kind: String,
    pub language: String,
    pub in_person: String,
    pub sort: String,
    pub page: PageNumber,
}

impl ListQuery {
    /// This query as a URL, with another page.
    pub fn link(&self, slug: &str, page: u64) -> String {
        let mut link = format!("/consultations/{slug}/proposals?page={page}");
        for (name, value) in [
            ("q", &self.q),
            ("theme", &self.theme),
            ("round", &self.round),
            ("answer", &self.answer),
            ("group", &self.group),
            ("organisation_kind", &self.organisation_kind),
            ("language", &self.language),
            ("in_person", &self.in_person),
            ("sort", &self.sort),
        ] {
            if !value.is_empty() {
                link.push_str(&format!("&{name}={}", urlencode(value)));
            }
        }
        link
    }
}

/// One proposal as lists show it.
pub struct ProposalCard {
    pub id: i64,
    pub title: String,
    pub language: String,
    pub theme: Option<String>,
    /// Names of the signers, or None when recorded in person.
    pub authors: Vec<String>,
    /// The stakeholder group it speaks for (its author's, or the in-person table's).
    pub group: Option<&'static str>,
    pub in_person: bool,
    pub answer: &'static str,
    pub comments: i32,
    pub hidden: bool,
    /// The proposal's figure in the ranking round ("12 supports"), when there is one.
    pub support: Option<String>,
    pub vote: Option<VoteBox>,
}

#[derive(Template)]
#[template(path = "proposals/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    query: ListQuery,
    cards: Vec<ProposalCard>,
    total: i64,
    page: u64,
    pages: u64,
    themes: Vec<theme::Model>,
    rounds: Vec<(i64, String)>,
    groups: [&'static str; 4],
    organisation_kinds: [&'static str; 3],
    answers: [&'static str; 5],
    sorts: Vec<&'static str>,
    /// While a voting round is open: what the visitor has left, or why they cannot vote.
    voting_status: Option<String>,
    has_vote_boxes: bool,
    languages: &'static [(&'static str, &'static str, bool)],
    can_propose: bool,
    can_record: bool,
}

impl ListPage {
    pub fn page_link(&self, page: u64) -> String {
        self.query.link(&self.slug, page)
    }

    pub fn language_name(&self, code: &str) -> String {
        languages::name_of(code).to_owned()
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> AppResult<(
    AppendHeaders<Option<(HeaderName, HeaderValue)>>,
    Page<ListPage>,
)> {
    let db = &state.db;
    let (access, rounds_here) = access::load_with_rounds(
        db,
        ConsultationKey::Slug(&slug),
        ctx.user.as_ref(),
        Action::View,
    )
    .await?;
    let consultation_id = access.consultation.id;
    let themes = content::themes(db, consultation_id).await?;
    let mut filter = Condition::all().add(proposal::Column::ConsultationId.eq(consultation_id));
    let mut states = vec![ProposalState::Published];
    if access.allows(Action::Moderate) {
        states.push(ProposalState::Hidden);
    }
    // One state: an equality, so that the list's indexes give its order.
    filter = filter.add(match states[..] {
        [only] => proposal::Column::State.eq(only),
        _ => proposal::Column::State.is_in(states),
    });
    if let Ok(theme_id) = query.theme.parse::<i64>() {
        filter = filter.add(proposal::Column::ThemeId.eq(theme_id));
    }
    if let Ok(round_id) = query.round.parse::<i64>() {
        filter = filter.add(proposal::Column::RoundId.eq(round_id));
    }
    if let Some(answer) = Answer::from_code(&query.answer) {
        filter = filter.add(proposal::Column::Answer.eq(answer));
    }
    if let Some(group) = StakeholderGroup::from_code(&query.group) {
        let written_by_group = SqlQuery::select()
            .column((proposal_author::Entity, proposal_author::Column::ProposalId))
            .from(proposal_author::Entity)
            .inner_join(
                user::Entity,
                Expr::col((user::Entity, user::Column::Id))
                    .equals((proposal_author::Entity, proposal_author::Column::UserId)),
            )
            .and_where(
                Expr::col((proposal_author::Entity, proposal_author::Column::Role))
                    .eq(Expr::value(AuthorRole::Author)),
            )
            .and_where(
                Expr::col((user::Entity, user::Column::StakeholderGroup)).eq(Expr::value(group)),
            )
            .to_owned();
        filter = filter.add(
            Condition::any()
                .add(proposal::Column::Id.in_subquery(written_by_group))
                .add(proposal::Column::InPersonGroup.eq(group)),
        );
    }
    if let Some(kind) = OrganisationKind::from_code(&query.organisation_kind) {
        let signed_for_kind = organisations::store::proposals_signed_for(kind);
        filter = filter.add(proposal::Column::Id.in_subquery(signed_for_kind));
    }
    if languages::is_known(&query.language) {
        filter = filter.add(proposal::Column::Language.eq(query.language.clone()));
    }
    if query.in_person == "yes" {
        filter = filter.add(proposal::Column::RecordedBy.is_not_null());
    }
    let words = query.q.trim().to_lowercase();
    if !words.is_empty() {
        // Every word must appear in the title or the body, `%` and `_` as typed.
        for word in words.split_whitespace().take(8) {
            let pattern = contains_pattern(word);
            filter = filter.add(
                Condition::any()
                    .add(
                        Expr::expr(Func::lower(Expr::col((
                            proposal::Entity,
                            proposal::Column::Title,
                        ))))
                        .like(pattern.clone()),
                    )
                    .add(
                        Expr::expr(Func::lower(Expr::col((
                            proposal::Entity,
                            proposal::Column::Body,
                        ))))
                        .like(pattern),
                    ),
            );
        }
    }

    let ranking = ranking_round(&rounds_here);
    let sort = match (query.sort.as_str(), &ranking) {
        ("" | "supported", Some(_)) => "supported",
        ("", None) => "newest",
        (other, _) => other,
    };
    let mut order_seed = None;
    let order = match sort {
        "supported" => ListOrder::Supported,
        "commented" => ListOrder::Commented,
        "random" => ListOrder::Random(order_seed.insert(OrderSeed::of_visitor(&headers)).seed),
        _ => ListOrder::Newest,
    };
    let source = ListSource {
        filter,
        order,
        ranking_round: ranking.as_ref().map_or(0, |r| r.id),
    };
    let FoundPage {
        rows: found,
        page,
        total,
    } = list_query::find_page(db, &source, query.page.get()).await?;
    let pages = std::cmp::max(total.div_ceil(PER_PAGE), 1);

    let rounds_only: Vec<&round::Model> = rounds_here.iter().map(|(r, _)| r).collect();
    let open = rounds_only
        .iter()
        .copied()
        .find(|r| r.state == entity::RoundState::Open);
    let voting = Voting::load(db, &access, open, found.iter().map(|row| row.proposal.id)).await?;
    let back = ctx.here.clone();
    let cards: Vec<ProposalCard> = found
        .into_iter()
        .map(|row| {
            let PageRow {
                proposal: p,
                figure,
                signers,
                ..
            } = row;
            let group: Option<StakeholderGroup> = p
                .in_person_group
                .or_else(|| signers.first().map(|(_, group)| *group));
            ProposalCard {
                id: p.id,
                language: p.language.clone(),
                theme: p
                    .theme_id
                    .and_then(|id| themes.iter().find(|t| t.id == id))
                    .map(|t| t.name.clone()),
                authors: signers.into_iter().map(|(name, _)| name).collect(),
                group: group.map(Code::code),
                in_person: p.recorded_by.is_some(),
                answer: p.answer.code(),
                comments: p.comments_count,
                hidden: p.state == ProposalState::Hidden,
                support: ranking
                    .as_ref()
                    .map(|round| voting::figure_text(&ctx.locale, round.vote_rule, figure)),
                vote: voting
                    .as_ref()
                    .filter(|_| p.state == ProposalState::Published)
                    .and_then(|v| v.vote_box(p.id, &p.title, &back)),
                title: p.title,
            }
        })
        .collect();

    let has_vote_boxes = cards.iter().any(|c| c.vote.is_some());
    let can_propose = policy::can_contribute(
        &access.standing,
        &access.consultation,
        open,
        Contribution::Propose,
    )
    .is_ok();
    let seed_cookie = order_seed.and_then(|s| s.set_cookie(state.config.secure_cookies()));
    let list_page = Page::ok(ListPage {
        slug,
        consultation: access.consultation.title.clone(),
        query: ListQuery {
            sort: sort.to_owned(),
            ..query
        },
        cards,
        total: i64::try_from(total).unwrap_or(i64::MAX),
        page,
        pages,
        themes,
        rounds: rounds_only
            .iter()
            .map(|r| (r.id, r.title.clone()))
            .collect(),
        groups: GROUPS,
        organisation_kinds: KINDS,
        answers: ANSWERS,
        sorts: ranking.iter().map(|_| "supported").chain(SORTS).collect(),
        voting_status: voting.as_ref().map(|v| match &v.standing {
            Ok(allowance) => allowance.describe(&ctx.locale),
            Err(reason) => ctx.t(reason),
        }),
        has_vote_boxes,
        languages: CONTENT_LANGUAGES,
        can_propose,
        can_record: access.allows(Action::RecordInPerson),
        ctx,
    });
    Ok((AppendHeaders(seed_cookie), list_page))
}

/// The round whose figures order the list: the open round if its figures are public, else the
/// last public one, provided it has at least 3 voters (fewer would give ballots away).
fn ranking_round(rounds_here: &[(round::Model, i64)]) -> Option<round::Model> {
    rounds_here
        .iter()
        .filter(|(r, _)| policy::results_public(r))
        .max_by_key(|(r, _)| (r.state == entity::RoundState::Open, r.position, r.id))
        .filter(|(_, voters)| *voters >= 3)
        .map(|(r, _)| r.clone())
}
