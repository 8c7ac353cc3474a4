//! Comments on proposals: threaded, with a stance, editable for a while, withdrawable.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{Code, CommentState, Stance, comment, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, sea_query::Expr,
};
use serde::Deserialize;

use super::{
    store::{self, NewComment},
    thread::{self, COMMENT_EDIT_WINDOW},
};
use crate::{
    db, markdown, organisations,
    policy::{self, Contribution},
    proposals::access::{self as proposal_access, is_live, open_round},
    telemetry::{self, CommentKind},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind,
        error::refused_form,
        per_account::{self, Allowance, PerAccount},
        see_other,
    },
};

pub const MAX_COMMENT_CHARS: usize = 5_000;
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub body: String,
    pub stance: String,
    pub parent_id: String,
    /// The id of an organisation to sign for; empty to sign as oneself.
    pub on_behalf_of: String,
}

pub fn parse(form: &CommentForm) -> Result<(String, Stance), FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("body", &form.body, TextKind::Long);
    let body = form.body.trim().to_owned();
    match body.chars().count() {
        0 => errors.add("body", "error-comment-required"),
        n if n > MAX_COMMENT_CHARS => errors.add("body", "error-comment-long"),
        _ => {
            if let Some(refusal) = markdown::refusal(&body) {
                errors.add("body", refusal);
            }
        }
    }
    let stance = Stance::from_code(&form.stance);
    if stance.is_none() {
        errors.add("stance", "error-stance-required");
    }
    errors.into_result()?;
    Ok((body, stance.unwrap_or(Stance::Neutral)))
}

async fn load_comment(db: &impl ConnectionTrait, id: i64) -> AppResult<comment::Model> {
    comment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Posts a comment (or a reply when `parent_id` is set).
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    ctx: PageCtx,
    Path(proposal_id): Path<i64>,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let found = proposal_access::load(&tx, proposal_id, Some(&user)).await?;
    if !is_live(&found.proposal) {
        return Err(AppError::Forbidden("policy-proposal-not-open"));
    }
    let round = open_round(&tx, found.access.consultation.id).await?;
    policy::can_contribute(
        &found.access.standing,
        &found.access.consultation,
        round.as_ref(),
        Contribution::Comment,
    )
    .map_err(AppError::Forbidden)?;
    let parent = match form.parent_id.trim() {
        "" => None,
        id => {
            let parent = load_comment(&tx, id.parse().map_err(|_| AppError::NotFound)?).await?;
            if parent.proposal_id != proposal_id {
                return Err(AppError::NotFound);
            }
            Some(parent)
        }
    };
    let (body, stance) = match parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            drop(tx);
            return Ok(Page::invalid(
                ReplyPage::build(&state, ctx, proposal_id, parent.map(|p| p.id), form, errors)
                    .await?,
            )
            .into_response());
        }
    };
    let signable = organisations::store::signable_for(&tx, user.id).await?;
    let on_behalf_of = match organisations::domain::signing_for(&form.on_behalf_of, &signable) {
        Ok(on_behalf_of) => on_behalf_of,
        Err(problem) => {
            drop(tx);
            let mut errors = FormErrors::new();
            errors.add("on_behalf_of", problem);
            let parent_id = parent.map(|p| p.id);
            let page = ReplyPage::build(&state, ctx, proposal_id, parent_id, form, errors).await?;
            return Ok(Page::invalid(page).into_response());
        }
    };
    let allowance = Allowance::from(&found.access.standing);
    let limits = &state.config.limits;
    let allowed = per_account::check(&tx, limits, (PerAccount::Comment, allowance), user.id, now);
    if let Err(AppError::TooManyRequests(seconds)) = allowed.await {
        drop(tx);
        let mut errors = FormErrors::new();
        errors.add("body", "error-comments-limit");
        let parent_id = parent.map(|p| p.id);
        let page = ReplyPage::build(&state, ctx, proposal_id, parent_id, form, errors).await?;
        return Ok(refused_form(seconds, Page::ok(page).into_response()));
    }
    let new = NewComment {
        proposal: &found.proposal,
        consultation: &found.access.consultation,
        round_id: round.map(|r| r.id),
        parent: parent.as_ref(),
        author_id: user.id,
        body,
        stance,
        on_behalf_of,
    };
    let created = store::post(&tx, new, now).await?;
    tx.commit().await?;
    telemetry::comment_written(match created.parent_id {
        Some(_) => CommentKind::Reply,
        None => CommentKind::Comment,
    });
    // Found after the commit, so finding the comment's page does not hold the write lock.
    let back = thread::address(&state.db, created.id).await?;
    session.flash("flash-comment-published").await?;
    Ok(see_other(&back))
}

#[derive(Template)]
#[template(path = "discussion/reply.html")]
pub struct ReplyPage {
    ctx: PageCtx,
    proposal_id: i64,
    proposal_title: String,
    parent: Option<(i64, String, String)>,
    form: CommentForm,
    errors: FormErrors,
    stances: [&'static str; 3],
    /// The organisations the author may sign for, `(id, name)`.
    organisations: Vec<(i64, String)>,
}

impl ReplyPage {
    async fn build(
        state: &AppState,
        ctx: PageCtx,
        proposal_id: i64,
        parent_id: Option<i64>,
        mut form: CommentForm,
        errors: FormErrors,
    ) -> AppResult<ReplyPage> {
        let found = proposal_access::load(&state.db, proposal_id, ctx.user.as_ref()).await?;
        let parent = match parent_id {
            Some(id) => {
                let parent = load_comment(&state.db, id).await?;
                if parent.proposal_id != proposal_id {
                    return Err(AppError::NotFound);
                }
                let author = match parent.author_id {
                    Some(author) => user::Entity::find_by_id(author)
                        .one(&state.db)
                        .await?
                        .map(|u| u.display_name),
                    None => None,
                };
                let body = if parent.state == CommentState::Published {
                    parent.body_html
                } else {
                    String::new()
                };
                form.parent_id = parent.id.to_string();
                Some((parent.id, author.unwrap_or_default(), body))
            }
            None => None,
        };
        let organisations = match &ctx.user {
            Some(user) => organisations::store::signable_for(&state.db, user.id).await?,
            None => Vec::new(),
        };
        Ok(ReplyPage {
            organisations,
            ctx,
            proposal_id,
            proposal_title: found.proposal.title,
            parent,
            form,
            errors,
            stances: ["for", "against", "neutral"],
        })
    }
}

/// `GET /comments/{id}/reply`: the reply form under the comment replied to.
pub async fn reply(
    State(state): State<AppState>,
    ctx: PageCtx,
    _user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Page<ReplyPage>> {
    let parent = load_comment(&state.db, id).await?;
    let form = CommentForm {
        stance: "neutral".to_owned(),
        ..Default::default()
    };
    Ok(Page::ok(
        ReplyPage::build(
            &state,
            ctx,
            parent.proposal_id,
            Some(id),
            form,
            FormErrors::new(),
        )
        .await?,
    ))
}

#[derive(Template)]
#[template(path = "discussion/edit_comment.html")]
pub struct EditCommentPage {
    ctx: PageCtx,
    comment_id: i64,
    form: CommentForm,
    errors: FormErrors,
    stances: [&'static str; 3],
}

async fn own_editable(state: &AppState, user: &CurrentUser, id: i64) -> AppResult<comment::Model> {
    let found = load_comment(&state.db, id).await?;
    proposal_access::load(&state.db, found.proposal_id, Some(user)).await?;
    if found.author_id != Some(user.id) {
        return Err(AppError::Forbidden("policy-not-your-comment"));
    }
    if found.state != CommentState::Published
        || state.now() - found.created_at >= COMMENT_EDIT_WINDOW
    {
        return Err(AppError::Forbidden("policy-comment-edit-closed"));
    }
    Ok(found)
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Page<EditCommentPage>> {
    let found = own_editable(&state, &user, id).await?;
    Ok(Page::ok(EditCommentPage {
        ctx,
        comment_id: found.id,
        form: CommentForm {
            body: found.body,
            stance: found.stance.code().to_owned(),
            parent_id: String::new(),
            // Editing keeps whom it was signed for.
            on_behalf_of: String::new(),
        },
        errors: FormErrors::new(),
        stances: ["for", "against", "neutral"],
    }))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let found = own_editable(&state, &user, id).await?;
    let (body, stance) = match parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return Ok(Page::invalid(EditCommentPage {
                ctx,
                comment_id: found.id,
                form,
                errors,
                stances: ["for", "against", "neutral"],
            })
            .into_response());
        }
    };
    let now = state.now();
    let (body, body_html) = markdown::stored(body).await;
    comment::ActiveModel {
        id: Set(found.id),
        body,
        body_html,
        stance: Set(stance),
        updated_at: Set(now),
        edited_at: Set(Some(now)),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    session.flash("flash-comment-saved").await?;
    Ok(see_other(&thread::address(&state.db, found.id).await?))
}

/// The author withdraws a comment: "comment withdrawn" stays in its place, replies stay.
pub async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let found = load_comment(&state.db, id).await?;
    proposal_access::load(&state.db, found.proposal_id, Some(&user)).await?;
    if found.author_id != Some(user.id) {
        return Err(AppError::Forbidden("policy-not-your-comment"));
    }
    comment::Entity::update_many()
        .col_expr(comment::Column::State, Expr::value(CommentState::Withdrawn))
        .col_expr(comment::Column::UpdatedAt, Expr::value(state.now()))
        .filter(comment::Column::Id.eq(id))
        .filter(comment::Column::State.eq(CommentState::Published))
        .exec(&state.db)
        .await?;
    session.flash("flash-comment-withdrawn").await?;
    Ok(see_other(&thread::address(&state.db, id).await?))
}
