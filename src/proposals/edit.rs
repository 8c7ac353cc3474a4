//! Changing a proposal after publishing: edits within the window (kept in the history),
//! withdrawal with a reason.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{proposal_revision, theme};
use serde::Deserialize;

use super::{
    access::{self, ProposalAccess, is_live},
    domain::{self, ProposalForm, editable},
    languages::CONTENT_LANGUAGES,
    store,
};
use crate::{
    consultations::content,
    db, timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, see_other,
    },
};

#[derive(Template)]
#[template(path = "proposals/edit.html")]
pub struct EditPage {
    ctx: PageCtx,
    id: i64,
    form: ProposalForm,
    errors: FormErrors,
    themes: Vec<theme::Model>,
    languages: &'static [(&'static str, &'static str, bool)],
}

/// The proposal, if `user` signs it and may still edit it.
async fn editable_by(state: &AppState, id: i64, user: &CurrentUser) -> AppResult<ProposalAccess> {
    let found = access::load(&state.db, id, Some(user)).await?;
    if !store::is_signer(&state.db, id, user.id).await? {
        return Err(AppError::Forbidden("policy-not-your-proposal"));
    }
    let p = &found.proposal;
    let reactions =
        u64::from(p.comments_count.unsigned_abs()) + store::votes_on(&state.db, id).await?;
    if !editable(p.state, p.created_at, reactions, state.now()) {
        return Err(AppError::Forbidden("policy-proposal-edit-closed"));
    }
    Ok(found)
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Page<EditPage>> {
    let found = editable_by(&state, id, &user).await?;
    let themes = content::themes(&state.db, found.proposal.consultation_id).await?;
    let p = found.proposal;
    Ok(Page::ok(EditPage {
        ctx,
        id,
        form: ProposalForm {
            title: p.title,
            body: p.body,
            theme: p.theme_id.map(|t| t.to_string()).unwrap_or_default(),
            language: p.language,
            action: String::new(),
            on_behalf_of: String::new(),
        },
        errors: FormErrors::new(),
        themes,
        languages: CONTENT_LANGUAGES,
    }))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<ProposalForm>,
) -> AppResult<Response> {
    let found = editable_by(&state, id, &user).await?;
    let themes = content::themes(&state.db, found.proposal.consultation_id).await?;
    let text = match domain::parse(&form, &themes) {
        Ok(text) => text,
        Err(errors) => {
            return Ok(Page::invalid(EditPage {
                ctx,
                id,
                form,
                errors,
                themes,
                languages: CONTENT_LANGUAGES,
            })
            .into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    store::edit(&tx, &found.proposal, text, user.id, state.now()).await?;
    tx.commit().await?;
    state.results_changed(found.proposal.consultation_id);
    session.flash("flash-proposal-saved").await?;
    Ok(see_other(&format!("/proposals/{id}")))
}

pub struct Revision {
    pub title: String,
    pub body_html: String,
    pub language: String,
    pub when: String,
    pub when_machine: String,
}

#[derive(Template)]
#[template(path = "proposals/history.html")]
pub struct HistoryPage {
    ctx: PageCtx,
    id: i64,
    title: String,
    revisions: Vec<Revision>,
}

pub async fn history(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<HistoryPage>> {
    let found = access::load(&state.db, id, ctx.user.as_ref()).await?;
    let zone = state.config.timezone;
    let revisions = store::history(&state.db, id)
        .await?
        .into_iter()
        .map(|r: proposal_revision::Model| Revision {
            body_html: r.body_html,
            language: r.language,
            when: timezone::display(r.created_at, zone, ctx.locale),
            when_machine: timezone::machine(r.created_at),
            title: r.title,
        })
        .collect();
    Ok(Page::ok(HistoryPage {
        ctx,
        id,
        title: found.proposal.title,
        revisions,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WithdrawForm {
    reason: String,
}

#[derive(Template)]
#[template(path = "proposals/withdraw.html")]
pub struct WithdrawPage {
    ctx: PageCtx,
    id: i64,
    title: String,
    reason: String,
    errors: FormErrors,
}

async fn withdrawable_by(
    state: &AppState,
    id: i64,
    user: &CurrentUser,
) -> AppResult<ProposalAccess> {
    let found = access::load(&state.db, id, Some(user)).await?;
    if !store::is_signer(&state.db, id, user.id).await? {
        return Err(AppError::Forbidden("policy-not-your-proposal"));
    }
    if !is_live(&found.proposal) {
        return Err(AppError::Forbidden("policy-proposal-not-open"));
    }
    Ok(found)
}

pub async fn confirm_withdraw(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Page<WithdrawPage>> {
    let found = withdrawable_by(&state, id, &user).await?;
    Ok(Page::ok(WithdrawPage {
        ctx,
        id,
        title: found.proposal.title,
        reason: String::new(),
        errors: FormErrors::new(),
    }))
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<WithdrawForm>,
) -> AppResult<Response> {
    let found = withdrawable_by(&state, id, &user).await?;
    let reason = form.reason.trim().to_owned();
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("reason", &form.reason, TextKind::Long);
    if reason.is_empty() || reason.chars().count() > 1000 {
        errors.add("reason", "error-withdraw-reason");
    }
    if !errors.is_empty() {
        return Ok(Page::invalid(WithdrawPage {
            ctx,
            id,
            title: found.proposal.title,
            reason: form.reason,
            errors,
        })
        .into_response());
    }
    let tx = db::begin_write(&state.db).await?;
    store::withdraw(&tx, &found.proposal, reason, user.id, state.now()).await?;
    tx.commit().await?;
    state.results_changed(found.proposal.consultation_id);
    session.flash("flash-proposal-withdrawn").await?;
    Ok(see_other(&format!("/proposals/{id}")))
}
