//! `/` and `/consultations`: open consultations first, then upcoming, then closed, with a
//! theme filter. A fixed number of queries whatever the number of consultations.

use askama::Template;
use axum::extract::{Query, State};
use entity::{
    Code, ConsultationStatus, RoundState, Visibility, consultation, consultation_role, round, theme,
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Deserialize;

use super::{
    rounds,
    upcoming::{self, Upcoming},
};
use crate::{
    timezone,
    web::{AppResult, AppState, Page, PageCtx, PageNumber},
};

/// Closed consultations shown per page.
const CLOSED_PER_PAGE: usize = 20;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    theme: String,
    page: PageNumber,
}

/// A round as a list shows it.
pub struct RoundLine {
    pub title: String,
    /// `upcoming`, `open` or `closed`.
    pub state: &'static str,
    pub opens: String,
    pub opens_machine: String,
    pub closes: String,
    pub closes_machine: String,
}

pub struct Card {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub themes: Vec<String>,
    pub invite_only: bool,
    pub current: Option<RoundLine>,
}

/// Open, upcoming or closed consultations.
pub struct Section {
    /// `open`, `upcoming` or `closed`.
    pub key: &'static str,
    pub cards: Vec<Card>,
}

#[derive(Template)]
#[template(path = "consultations/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    /// The home page adds an introduction above the list.
    home: bool,
    sections: Vec<Section>,
    themes: Vec<String>,
    theme: String,
    page: usize,
    more_closed: bool,
    /// The next meetings of the consultations listed (home page only).
    meetings: Vec<Upcoming>,
}

impl ListPage {
    pub fn is_empty(&self) -> bool {
        self.sections.iter().all(|s| s.cards.is_empty())
    }

    /// The link to another page of closed consultations, keeping the theme filter.
    pub fn page_link(&self, page: usize) -> String {
        let mut link = format!("/consultations?page={page}");
        if !self.theme.is_empty() {
            link.push_str("&theme=");
            link.push_str(&crate::web::urlencode(&self.theme));
        }
        link
    }
}

pub fn round_line(round: &round::Model, ctx: &PageCtx, zone: chrono_tz::Tz) -> RoundLine {
    RoundLine {
        title: round.title.clone(),
        state: round.state.code(),
        opens: timezone::display(round.opens_at, zone, ctx.locale),
        opens_machine: timezone::machine(round.opens_at),
        closes: timezone::display(round.closes_at, zone, ctx.locale),
        closes_machine: timezone::machine(round.closes_at),
    }
}

/// Consultations this visitor may see in lists: published or archived, public or theirs.
async fn visible(
    db: &impl ConnectionTrait,
    user_id: Option<i64>,
    theme_name: &str,
) -> Result<Vec<consultation::Model>, DbErr> {
    let mut reachable =
        Condition::any().add(consultation::Column::Visibility.eq(Visibility::Public));
    if let Some(user_id) = user_id {
        let mine: Vec<i64> = consultation_role::Entity::find()
            .select_only()
            .column(consultation_role::Column::ConsultationId)
            .filter(consultation_role::Column::UserId.eq(user_id))
            .into_tuple()
            .all(db)
            .await?;
        reachable = reachable.add(consultation::Column::Id.is_in(mine));
    }
    let mut query = consultation::Entity::find()
        .filter(consultation::Column::Status.ne(ConsultationStatus::Draft))
        .filter(reachable)
        .order_by_desc(consultation::Column::PublishedAt)
        .order_by_asc(consultation::Column::Id);
    if !theme_name.is_empty() {
        let with_theme: Vec<i64> = theme::Entity::find()
            .select_only()
            .column(theme::Column::ConsultationId)
            .filter(theme::Column::Name.eq(theme_name))
            .into_tuple()
            .all(db)
            .await?;
        query = query.filter(consultation::Column::Id.is_in(with_theme));
    }
    query.all(db).await
}

pub async fn build(
    state: &AppState,
    ctx: PageCtx,
    query: ListQuery,
    home: bool,
) -> AppResult<ListPage> {
    let db = &state.db;
    let user_id = ctx.user.as_ref().map(|u| u.id);
    let all = visible(db, user_id, query.theme.trim()).await?;
    let ids: Vec<i64> = all.iter().map(|c| c.id).collect();
    let all_rounds = round::Entity::find()
        .filter(round::Column::ConsultationId.is_in(ids.clone()))
        .order_by_asc(round::Column::Position)
        .all(db)
        .await?;
    let all_themes = theme::Entity::find()
        .filter(theme::Column::ConsultationId.is_in(ids))
        .order_by_asc(theme::Column::Position)
        .all(db)
        .await?;

    let zone = state.config.timezone;
    let meetings = if home {
        let ids = all.iter().map(|c| c.id).collect();
        let clock = (state.now(), zone, ctx.locale);
        upcoming::next_meetings(db, ids, &all, upcoming::ON_HOME, clock).await?
    } else {
        Vec::new()
    };
    let (mut open, mut upcoming, mut closed) = (Vec::new(), Vec::new(), Vec::new());
    for consultation in all {
        let rounds_here: Vec<round::Model> = all_rounds
            .iter()
            .filter(|r| r.consultation_id == consultation.id)
            .cloned()
            .collect();
        let current = rounds::current(&rounds_here);
        let card = Card {
            slug: consultation.slug.clone(),
            title: consultation.title.clone(),
            summary: consultation.summary.clone(),
            themes: all_themes
                .iter()
                .filter(|t| t.consultation_id == consultation.id)
                .map(|t| t.name.clone())
                .collect(),
            invite_only: consultation.visibility == Visibility::InviteOnly,
            current: current.map(|r| round_line(r, &ctx, zone)),
        };
        match (consultation.status, current.map(|r| r.state)) {
            (ConsultationStatus::Archived, _) | (_, None) => closed.push(card),
            (_, Some(RoundState::Open)) => open.push(card),
            _ => upcoming.push(card),
        }
    }

    let page = usize::try_from(query.page.get()).unwrap_or(usize::MAX);
    let more_closed = closed.len() > page.saturating_mul(CLOSED_PER_PAGE);
    let closed: Vec<Card> = closed
        .into_iter()
        .skip((page - 1).saturating_mul(CLOSED_PER_PAGE))
        .take(CLOSED_PER_PAGE)
        .collect();

    let mut themes: Vec<String> = all_themes.into_iter().map(|t| t.name).collect();
    themes.sort_by_key(|t| t.to_lowercase());
    themes.dedup();
    Ok(ListPage {
        ctx,
        home,
        sections: vec![
            Section {
                key: "open",
                cards: open,
            },
            Section {
                key: "upcoming",
                cards: upcoming,
            },
            Section {
                key: "closed",
                cards: closed,
            },
        ],
        themes,
        theme: query.theme.trim().to_owned(),
        page,
        more_closed,
        meetings,
    })
}

pub async fn home(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<ListQuery>,
) -> AppResult<Page<ListPage>> {
    Ok(Page::ok(build(&state, ctx, query, true).await?))
}

pub async fn all(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<ListQuery>,
) -> AppResult<Page<ListPage>> {
    Ok(Page::ok(build(&state, ctx, query, false).await?))
}
