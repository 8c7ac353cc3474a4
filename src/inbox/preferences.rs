//! `/account/notifications`: how often to email about one's own contributions and about what
//! one follows, and the consultations and proposals followed.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use entity::{consultation, follow, proposal, proposal_follow, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};
use serde::Deserialize;

use crate::{
    notifications::fanout::Frequency,
    proposals::access as proposal_access,
    web::{
        AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        render::local_path, see_other,
    },
};

#[derive(Template)]
#[template(path = "inbox/preferences.html")]
pub struct PreferencesPage {
    ctx: PageCtx,
    own: String,
    others: String,
    frequencies: [&'static str; 3],
    errors: FormErrors,
    consultations: Vec<(String, String)>,
    proposals: Vec<(i64, String)>,
}

impl PreferencesPage {
    /// Each setting's field name and current value.
    pub fn settings(&self) -> [(&'static str, &str); 2] {
        [("email_own", &self.own), ("email_others", &self.others)]
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PreferencesForm {
    pub email_own: String,
    pub email_others: String,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    user_id: i64,
    own: String,
    others: String,
    errors: FormErrors,
) -> AppResult<PreferencesPage> {
    let followed_consultations = Query::select()
        .column(follow::Column::ConsultationId)
        .from(follow::Entity)
        .and_where(Expr::col(follow::Column::UserId).eq(user_id))
        .to_owned();
    let consultations = consultation::Entity::find()
        .filter(consultation::Column::Id.in_subquery(followed_consultations))
        .order_by_asc(consultation::Column::Title)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| (c.slug, c.title))
        .collect();
    let followed_proposals = Query::select()
        .column(proposal_follow::Column::ProposalId)
        .from(proposal_follow::Entity)
        .and_where(Expr::col(proposal_follow::Column::UserId).eq(user_id))
        .to_owned();
    let proposals = proposal::Entity::find()
        .filter(proposal::Column::Id.in_subquery(followed_proposals))
        .order_by_asc(proposal::Column::Title)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect();
    Ok(PreferencesPage {
        ctx,
        own,
        others,
        frequencies: Frequency::CODES,
        errors,
        consultations,
        proposals,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
) -> AppResult<Page<PreferencesPage>> {
    let account = user::Entity::find_by_id(user.id)
        .one(&state.db)
        .await?
        .ok_or(crate::web::AppError::NotFound)?;
    Ok(Page::ok(
        page(
            &state,
            ctx,
            user.id,
            account.email_own,
            account.email_others,
            FormErrors::new(),
        )
        .await?,
    ))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Form(form): Form<PreferencesForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::new();
    if Frequency::parse(&form.email_own).is_none() {
        errors.add("email_own", "error-frequency-required");
    }
    if Frequency::parse(&form.email_others).is_none() {
        errors.add("email_others", "error-frequency-required");
    }
    if !errors.is_empty() {
        use axum::response::IntoResponse;
        return Ok(Page::invalid(
            page(
                &state,
                ctx,
                user.id,
                form.email_own,
                form.email_others,
                errors,
            )
            .await?,
        )
        .into_response());
    }
    user::ActiveModel {
        id: Set(user.id),
        email_own: Set(form.email_own),
        email_others: Set(form.email_others),
        updated_at: Set(state.now()),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    session.flash("flash-preferences-saved").await?;
    Ok(see_other("/account/notifications"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BackForm {
    pub back: String,
}

fn back_to(form: &BackForm, id: i64) -> String {
    local_path(Some(form.back.as_str()))
        .map(str::to_owned)
        .unwrap_or_else(|| format!("/proposals/{id}"))
}

pub async fn follow_proposal(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<BackForm>,
) -> AppResult<Response> {
    proposal_access::load(&state.db, id, Some(&user)).await?;
    proposal_follow::Entity::insert(proposal_follow::ActiveModel {
        user_id: Set(user.id),
        proposal_id: Set(id),
        created_at: Set(state.now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            proposal_follow::Column::UserId,
            proposal_follow::Column::ProposalId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    session.flash("flash-proposal-followed").await?;
    Ok(see_other(&back_to(&form, id)))
}

pub async fn unfollow_proposal(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<BackForm>,
) -> AppResult<Response> {
    proposal_follow::Entity::delete_many()
        .filter(proposal_follow::Column::UserId.eq(user.id))
        .filter(proposal_follow::Column::ProposalId.eq(id))
        .exec(&state.db)
        .await?;
    session.flash("flash-proposal-unfollowed").await?;
    Ok(see_other(&back_to(&form, id)))
}
