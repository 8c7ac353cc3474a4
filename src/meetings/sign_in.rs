//! The printable sign-in sheet of a meeting, for facilitators: its title, time and place,
//! the people holding a place (name, stakeholder group, a cell to sign), then blank rows
//! for people who come without registering.

use askama::Template;
use axum::extract::{Path, State};
use entity::{Code, RegistrationStatus, meeting_registration, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{manage::load, view::MeetingView};
use crate::{
    policy::Action,
    web::{AppResult, AppState, Page, PageCtx},
};

/// Blank rows printed for people who come without registering.
const WALK_IN_ROWS: usize = 15;

/// Someone holding a place, as the sheet lists them.
pub struct Signer {
    pub name: String,
    /// The stakeholder group's code (`beneficiary`, …).
    pub group: &'static str,
}

#[derive(Template)]
#[template(path = "meetings/sign_in.html")]
pub struct SignInPage {
    ctx: PageCtx,
    meeting: MeetingView,
    signers: Vec<Signer>,
    walk_in_rows: usize,
}

pub async fn sheet(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<SignInPage>> {
    let (_, rounds, meeting) = load(&state, id, ctx.user.as_ref(), Action::ManageMeetings).await?;
    let signers = meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(id))
        .filter(meeting_registration::Column::Status.eq(RegistrationStatus::Registered))
        .find_also_related(user::Entity)
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(meeting_registration::Column::Position)
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|(_, account)| account)
        .map(|account| Signer {
            name: account.display_name,
            group: account.stakeholder_group.code(),
        })
        .collect();
    let view = MeetingView::new(
        &meeting,
        &rounds,
        state.config.timezone,
        ctx.locale,
        state.now(),
    );
    Ok(Page::ok(SignInPage {
        ctx,
        meeting: view,
        signers,
        walk_in_rows: WALK_IN_ROWS,
    }))
}
