//! `/consultations/{slug}/proposals`: filters, sorting, search and pages. A fixed number of
//! SQL statements whatever the page size.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use entity::{
    Answer, AuthorRole, ProposalState, StakeholderGroup, proposal, proposal_author, round, theme,
    user,
};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, Func, Query as SqlQuery},
};
use serde::Deserialize;

use super::languages::{self, CONTENT_LANGUAGES};
use crate::{
    accounts::domain::{GROUPS, group_code, parse_group},
    consultations::{access, content, rounds},
    policy::{self, Action, Contribution},
    web::{AppResult, AppSession, AppState, Page, PageCtx, context::urlencode},
};

pub const PER_PAGE: u64 = 20;
pub const ANSWERS: [&str; 5] = [
    "pending",
    "evaluating",
    "accepted",
    "partially_accepted",
    "rejected",
];
pub const SORTS: [&str; 3] = ["newest", "commented", "random"];

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub theme: String,
    pub round: String,
    pub answer: String,
    pub group: String,
    pub language: String,
    pub in_person: String,
    pub sort: String,
    pub page: Option<u64>,
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

pub fn answer_code(answer: Answer) -> &'static str {
    match answer {
        Answer::Pending => "pending",
        Answer::Evaluating => "evaluating",
        Answer::Accepted => "accepted",
        Answer::PartiallyAccepted => "partially_accepted",
        Answer::Rejected => "rejected",
    }
}

fn parse_answer(code: &str) -> Option<Answer> {
    Some(match code {
        "pending" => Answer::Pending,
        "evaluating" => Answer::Evaluating,
        "accepted" => Answer::Accepted,
        "partially_accepted" => Answer::PartiallyAccepted,
        "rejected" => Answer::Rejected,
        _ => return None,
    })
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
    answers: [&'static str; 5],
    sorts: [&'static str; 3],
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

/// A number fixed for this visitor, so the random order stays the same while they browse.
async fn visitor_seed(session: &AppSession) -> AppResult<i64> {
    const KEY: &str = "proposal_order_seed";
    if let Some(seed) = session.0.get::<i64>(KEY).await? {
        return Ok(seed);
    }
    use rand::RngExt;
    let seed = rand::rng().random_range(1..100_000);
    session.0.insert(KEY, seed).await?;
    Ok(seed)
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: AppSession,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> AppResult<Page<ListPage>> {
    let db = &state.db;
    let access = access::load(db, &slug, ctx.user.as_ref(), Action::View).await?;
    let consultation_id = access.consultation.id;
    let themes = content::themes(db, consultation_id).await?;
    let rounds_here = rounds::for_consultation(db, consultation_id).await?;

    let mut filter = Condition::all().add(proposal::Column::ConsultationId.eq(consultation_id));
    let mut states = vec![ProposalState::Published];
    if access.allows(Action::Moderate) {
        states.push(ProposalState::Hidden);
    }
    filter = filter.add(proposal::Column::State.is_in(states));
    if let Ok(theme_id) = query.theme.parse::<i64>() {
        filter = filter.add(proposal::Column::ThemeId.eq(theme_id));
    }
    if let Ok(round_id) = query.round.parse::<i64>() {
        filter = filter.add(proposal::Column::RoundId.eq(round_id));
    }
    if let Some(answer) = parse_answer(&query.answer) {
        filter = filter.add(proposal::Column::Answer.eq(answer));
    }
    if let Some(group) = parse_group(&query.group) {
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
    if languages::is_known(&query.language) {
        filter = filter.add(proposal::Column::Language.eq(query.language.clone()));
    }
    if query.in_person == "yes" {
        filter = filter.add(proposal::Column::RecordedBy.is_not_null());
    }
    let words = query.q.trim().to_lowercase();
    if !words.is_empty() {
        // Every word must appear in the title or the body.
        for word in words.split_whitespace().take(8) {
            let pattern = format!("%{}%", word.replace(['%', '_', '\\'], ""));
            filter = filter.add(
                Condition::any()
                    .add(
                        Expr::expr(Func::lower(Expr::col((
                            proposal::Entity,
                            proposal::Column::Title,
                        ))))
                        .like(&pattern),
                    )
                    .add(
                        Expr::expr(Func::lower(Expr::col((
                            proposal::Entity,
                            proposal::Column::Body,
                        ))))
                        .like(&pattern),
                    ),
            );
        }
    }

    let mut select = proposal::Entity::find().filter(filter);
    select = match query.sort.as_str() {
        "commented" => select
            .order_by_desc(proposal::Column::CommentsCount)
            .order_by_desc(proposal::Column::Id),
        "random" => {
            let seed = visitor_seed(&session).await?;
            select
                .order_by_asc(Expr::cust(format!(
                    "((proposal.id * 7919 + {seed}) % 100003)"
                )))
                .order_by_asc(proposal::Column::Id)
        }
        _ => select
            .order_by_desc(proposal::Column::CreatedAt)
            .order_by_desc(proposal::Column::Id),
    };
    let paginator = select.paginate(db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = std::cmp::max(counts.number_of_pages, 1);
    let page = query.page.unwrap_or(1).clamp(1, pages);
    let rows = paginator.fetch_page(page - 1).await?;

    // The page's signers in two queries, not one per proposal.
    let authorship = proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.is_in(rows.iter().map(|p| p.id)))
        .order_by_asc(proposal_author::Column::Id)
        .all(db)
        .await?;
    let people: HashMap<i64, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(authorship.iter().map(|a| a.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();

    let cards = rows
        .into_iter()
        .map(|p| {
            let signers: Vec<&user::Model> = authorship
                .iter()
                .filter(|a| a.proposal_id == p.id)
                .filter_map(|a| people.get(&a.user_id))
                .collect();
            let group: Option<StakeholderGroup> = p
                .in_person_group
                .or_else(|| signers.first().map(|u| u.stakeholder_group));
            ProposalCard {
                id: p.id,
                title: p.title,
                language: p.language,
                theme: p
                    .theme_id
                    .and_then(|id| themes.iter().find(|t| t.id == id))
                    .map(|t| t.name.clone()),
                authors: signers.iter().map(|u| u.display_name.clone()).collect(),
                group: group.map(group_code),
                in_person: p.recorded_by.is_some(),
                answer: answer_code(p.answer),
                comments: p.comments_count,
                hidden: p.state == ProposalState::Hidden,
            }
        })
        .collect();

    let open = rounds_here
        .iter()
        .find(|r| r.state == entity::RoundState::Open);
    let can_propose = policy::can_contribute(
        &access.standing,
        &access.consultation,
        open,
        Contribution::Propose,
    )
    .is_ok();
    Ok(Page::ok(ListPage {
        slug,
        consultation: access.consultation.title.clone(),
        query,
        cards,
        total: i64::try_from(counts.number_of_items).unwrap_or(i64::MAX),
        page,
        pages,
        themes,
        rounds: rounds_here
            .iter()
            .map(|r: &round::Model| (r.id, r.title.clone()))
            .collect(),
        groups: GROUPS,
        answers: ANSWERS,
        sorts: SORTS,
        languages: CONTENT_LANGUAGES,
        can_propose,
        can_record: access.allows(Action::RecordInPerson),
        ctx,
    }))
}
