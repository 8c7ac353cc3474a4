//! `/manage/meetings/{id}/minutes`: once a meeting has started, its facilitators write what
//! was discussed and what was agreed (Markdown), keep it as a draft, publish it, and may
//! still correct it once published (each change audited).

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::meeting;
use serde::Deserialize;

use super::{
    form::MAX_TEXT_CHARS,
    manage::{load_held, lock_held},
    records::{self, MinutesSaved},
    view::{MeetingView, When, link},
};
use crate::{
    db,
    web::{
        AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx, TextKind,
        see_other,
    },
};

#[derive(Template)]
#[template(path = "meetings/minutes.html")]
pub struct MinutesPage {
    ctx: PageCtx,
    meeting: MeetingView,
    minutes: String,
    /// When they were published; None while a draft.
    published: Option<When>,
    errors: FormErrors,
    max_chars: i64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MinutesForm {
    minutes: String,
    /// `publish` or `draft` (the button pressed).
    action: String,
}

fn page(
    state: &AppState,
    ctx: PageCtx,
    meeting: &meeting::Model,
    minutes: String,
    errors: FormErrors,
) -> MinutesPage {
    let zone = state.config.timezone;
    MinutesPage {
        meeting: MeetingView::new(meeting, &[], zone, ctx.locale, state.now()),
        minutes,
        published: meeting
            .minutes_published_at
            .map(|at| When::new(at, zone, ctx.locale)),
        errors,
        max_chars: i64::try_from(MAX_TEXT_CHARS).unwrap_or(i64::MAX),
        ctx,
    }
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<MinutesPage>> {
    let meeting = load_held(&state, id, ctx.user.as_ref()).await?;
    let minutes = meeting.minutes.clone();
    Ok(Page::ok(page(
        &state,
        ctx,
        &meeting,
        minutes,
        FormErrors::new(),
    )))
}

/// The minutes as typed, checked: their size, their characters, and some text to publish.
fn check(form: &MinutesForm, publish: bool) -> Result<String, FormErrors> {
    let mut errors = FormErrors::new();
    errors.refuse_control_characters("minutes", &form.minutes, TextKind::Long);
    let text = form.minutes.trim();
    if text.chars().count() > MAX_TEXT_CHARS {
        errors.add("minutes", "error-meeting-minutes-long");
    } else if publish && text.is_empty() {
        errors.add("minutes", "error-meeting-minutes-empty");
    }
    errors.into_result().map(|()| text.to_owned())
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<MinutesForm>,
) -> AppResult<Response> {
    let meeting = load_held(&state, id, Some(&user)).await?;
    let now = state.now();
    // Published minutes stay published: every save of them is an edit.
    let publish = form.action == "publish" || meeting.minutes_published_at.is_some();
    let text = match check(&form, publish) {
        Ok(text) => text,
        Err(errors) => {
            let page = page(&state, ctx, &meeting, form.minutes, errors);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    let meeting = lock_held(&tx, id, now).await?;
    let saved = records::save_minutes(&tx, &meeting, text, publish, user.id, now).await?;
    tx.commit().await?;
    session
        .flash(match saved {
            MinutesSaved::Draft => "flash-meeting-minutes-draft",
            MinutesSaved::Published => "flash-meeting-minutes-published",
            MinutesSaved::Edited => "flash-meeting-minutes-edited",
        })
        .await?;
    Ok(see_other(&format!("{}#after", link(id))))
}
