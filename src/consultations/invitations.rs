//! `/invitations/{token}`: the link in an invitation email. A logged-in visitor accepts it;
//! anyone else is asked to log in or register first and brought back.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use entity::Code;

use super::people;
use crate::{
    db,
    web::{AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

#[derive(Template)]
#[template(path = "consultations/invitation.html")]
pub struct InvitationPage {
    ctx: PageCtx,
    token: String,
    consultation: String,
    role: &'static str,
    email: String,
}

#[derive(Template)]
#[template(path = "consultations/invitation_invalid.html")]
pub struct InvalidInvitationPage {
    ctx: PageCtx,
}

fn invalid(ctx: PageCtx) -> Response {
    Page::with_status(StatusCode::GONE, InvalidInvitationPage { ctx }).into_response()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((invitation, consultation)) =
        people::find_invitation(&state.db, &token, state.now()).await?
    else {
        return Ok(invalid(ctx));
    };
    Ok(Page::ok(InvitationPage {
        ctx,
        token,
        consultation: consultation.title,
        role: invitation.role.code(),
        email: invitation.email,
    })
    .into_response())
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let Some((invitation, consultation)) = people::find_invitation(&tx, &token, now).await? else {
        return Ok(invalid(ctx));
    };
    if !people::accept(&tx, &invitation, user.id, now).await? {
        return Ok(invalid(ctx));
    }
    tx.commit().await?;
    session.flash("flash-invitation-accepted").await?;
    Ok(see_other(&format!("/consultations/{}", consultation.slug)))
}
