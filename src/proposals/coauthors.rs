//! Co-authors: the author invites someone by email; once they accept the link they sign the
//! proposal and can edit it like the author.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::TimeDelta;
use entity::{AuthorRole, coauthor_invitation, proposal, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::Expr};
use serde::Deserialize;

use super::{
    access::{self, is_live},
    store,
};
use crate::{
    accounts::domain::EmailAddress,
    consultations::audience::place,
    crypto::{random_token, sha256_hex},
    db,
    notifications::{self, Concern, Email, Event, Notice, enqueue, under_daily_cap},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx,
        per_account::{self, Allowance, PerAccount},
        see_other,
    },
};

pub const VALID_FOR: TimeDelta = TimeDelta::days(14);

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    email: String,
}

pub async fn invite(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let found = access::load(&state.db, id, Some(&user)).await?;
    if found.proposal.author_id != Some(user.id) {
        return Err(AppError::Forbidden("policy-only-author-invites"));
    }
    if !is_live(&found.proposal) {
        return Err(AppError::Forbidden("policy-proposal-not-open"));
    }
    let back = format!("/proposals/{id}#coauthors");
    let Some(email) = EmailAddress::parse(&form.email) else {
        session.flash("error-email-invalid").await?;
        return Ok(see_other(&back));
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let allowance = Allowance::from(&found.access.standing);
    let limits = &state.config.limits;
    per_account::check(
        &tx,
        limits,
        (PerAccount::Invitation, allowance),
        user.id,
        now,
    )
    .await?;
    let probe = Email::CoauthorInvitation {
        proposal: String::new(),
        inviter: String::new(),
        link: String::new(),
    };
    if !under_daily_cap(
        &tx,
        email.as_str(),
        &probe,
        limits.mails_per_address_per_day,
        now,
    )
    .await?
    {
        drop(tx);
        session.flash("flash-invited-today").await?;
        return Ok(see_other(&back));
    }
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&tx)
        .await?;
    let secret = random_token();
    let row = coauthor_invitation::ActiveModel {
        proposal_id: Set(id),
        email: Set(email.as_str().to_owned()),
        token_hash: Set(sha256_hex(&secret)),
        invited_by: Set(Some(user.id)),
        created_at: Set(now),
        expires_at: Set(now + VALID_FOR),
        accepted_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let locale = existing
        .as_ref()
        .map_or(state.config.default_locale.clone(), |u| u.locale.clone());
    let message = Email::CoauthorInvitation {
        proposal: found.proposal.title.clone(),
        inviter: user.display_name.clone(),
        link: state.config.link(&format!("/coauthors/{secret}")),
    };
    enqueue(
        &tx,
        email.as_str(),
        &locale,
        &message,
        &format!("coauthor_invitation:{}", row.id),
        now,
    )
    .await?;
    // The invited account, if the address has one, sees the invitation in the app too.
    let invited = existing.map(|u| u.id);
    let event = Event::CoauthorInvited {
        proposal_id: id,
        invitation_id: row.id,
        user_id: invited,
    };
    let place = place(&tx, &found.access.consultation).await?;
    let link = format!("/proposals/{id}");
    let mut notice =
        Notice::new(event, place, found.proposal.title.clone(), link).by(Some(user.id));
    notice.tell(invited, Concern::Own);
    notifications::raise(&tx, notice, now).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    session.flash("flash-coauthor-invited").await?;
    Ok(see_other(&back))
}

#[derive(Template)]
#[template(path = "proposals/coauthor.html")]
pub struct CoauthorPage {
    ctx: PageCtx,
    token: String,
    proposal_id: i64,
    title: String,
    email: String,
}

#[derive(Template)]
#[template(path = "consultations/invitation_invalid.html")]
pub struct InvalidPage {
    ctx: PageCtx,
}

async fn live_invitation(
    state: &AppState,
    token: &str,
) -> AppResult<Option<(coauthor_invitation::Model, proposal::Model)>> {
    let Some(invitation) = coauthor_invitation::Entity::find()
        .filter(coauthor_invitation::Column::TokenHash.eq(sha256_hex(token)))
        .filter(coauthor_invitation::Column::AcceptedAt.is_null())
        .filter(coauthor_invitation::Column::RevokedAt.is_null())
        .filter(coauthor_invitation::Column::ExpiresAt.gt(state.now()))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let proposal = proposal::Entity::find_by_id(invitation.proposal_id)
        .one(&state.db)
        .await?;
    Ok(proposal.filter(is_live).map(|p| (invitation, p)))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((invitation, proposal)) = live_invitation(&state, &token).await? else {
        return Ok(Page::with_status(StatusCode::GONE, InvalidPage { ctx }).into_response());
    };
    Ok(Page::ok(CoauthorPage {
        ctx,
        token,
        proposal_id: proposal.id,
        title: proposal.title,
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
    let Some((invitation, proposal)) = live_invitation(&state, &token).await? else {
        return Ok(Page::with_status(StatusCode::GONE, InvalidPage { ctx }).into_response());
    };
    // The co-author must be able to see the consultation (members of invite-only ones).
    access::load(&state.db, proposal.id, Some(&user)).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let used = coauthor_invitation::Entity::update_many()
        .col_expr(
            coauthor_invitation::Column::AcceptedAt,
            Expr::value(Some(now)),
        )
        .filter(coauthor_invitation::Column::Id.eq(invitation.id))
        .filter(coauthor_invitation::Column::AcceptedAt.is_null())
        .exec(&tx)
        .await?;
    if used.rows_affected != 1 {
        return Ok(Page::with_status(StatusCode::GONE, InvalidPage { ctx }).into_response());
    }
    store::add_signer(&tx, proposal.id, user.id, AuthorRole::Coauthor, now).await?;
    tx.commit().await?;
    session.flash("flash-coauthor-accepted").await?;
    Ok(see_other(&format!("/proposals/{}", proposal.id)))
}
