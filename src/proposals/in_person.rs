//! `/consultations/{slug}/proposals/record`: a facilitator records a proposal on behalf of
//! people met at an in-person table.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::NaiveDate;
use entity::theme;
use entity::{Code, StakeholderGroup};
use serde::Deserialize;

use super::{
    access::open_round,
    domain::{self, ProposalForm},
    languages::CONTENT_LANGUAGES,
    store::{self, InPerson},
};
use crate::{
    accounts::domain::GROUPS,
    consultations::{access, content},
    db,
    meetings::held::{self, MeetingChoice},
    policy::Action,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind,
        error::refused_form,
        one_line,
        per_account::{self, Allowance, PerAccount},
        see_other,
    },
};

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    title: String,
    body: String,
    theme: String,
    language: String,
    place: String,
    on: String,
    people: String,
    group: String,
    /// The meeting it came from: a meeting's id, or empty.
    meeting: String,
}

#[derive(Template)]
#[template(path = "proposals/record.html")]
pub struct RecordPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    form: RecordForm,
    errors: FormErrors,
    themes: Vec<theme::Model>,
    languages: &'static [(&'static str, &'static str, bool)],
    groups: [&'static str; 4],
    /// The meetings held so far, one of which it may have come from.
    meetings: Vec<MeetingChoice>,
}

impl RecordPage {
    /// The form shown again with what was typed and the problems found.
    fn again(
        ctx: PageCtx,
        (slug, consultation): (String, String),
        form: RecordForm,
        errors: FormErrors,
        (themes, meetings): (Vec<theme::Model>, Vec<MeetingChoice>),
    ) -> Self {
        Self {
            ctx,
            slug,
            consultation,
            form,
            errors,
            themes,
            languages: CONTENT_LANGUAGES,
            groups: GROUPS,
            meetings,
        }
    }
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<RecordPage>> {
    let access = access::load(&state.db, &slug, ctx.user.as_ref(), Action::RecordInPerson).await?;
    let themes = content::themes(&state.db, access.consultation.id).await?;
    let meetings = held::offered(&state, ctx.locale, access.consultation.id).await?;
    Ok(Page::ok(RecordPage {
        meetings,
        form: RecordForm {
            language: ctx.lang().to_owned(),
            ..Default::default()
        },
        ctx,
        slug,
        consultation: access.consultation.title,
        errors: FormErrors::new(),
        themes,
        languages: CONTENT_LANGUAGES,
        groups: GROUPS,
    }))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<RecordForm>,
) -> AppResult<Response> {
    let access = access::load(&state.db, &slug, Some(&user), Action::RecordInPerson).await?;
    let themes = content::themes(&state.db, access.consultation.id).await?;
    let meetings = held::offered(&state, ctx.locale, access.consultation.id).await?;
    let proposal_form = ProposalForm {
        title: form.title.clone(),
        body: form.body.clone(),
        theme: form.theme.clone(),
        language: form.language.clone(),
        action: String::new(),
        on_behalf_of: String::new(),
    };
    let mut errors = FormErrors::new();
    let text = domain::parse(&proposal_form, &themes)
        .map_err(|e| e.iter().for_each(|(f, m)| errors.add(f, m)))
        .ok();
    errors.refuse_control_characters("place", &form.place, TextKind::Line);
    let place = one_line(&form.place);
    if place.is_empty() || place.chars().count() > 200 {
        errors.add("place", "error-place-required");
    }
    let on = NaiveDate::parse_from_str(form.on.trim(), "%Y-%m-%d").ok();
    if on.is_none() {
        errors.add("on", "error-day-invalid");
    }
    let people = form
        .people
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (1..=10_000).contains(n));
    if people.is_none() {
        errors.add("people", "error-people-invalid");
    }
    let group = StakeholderGroup::from_code(&form.group);
    if group.is_none() {
        errors.add("group", "error-group-required");
    }
    let meeting = held::chosen(&meetings, &form.meeting, &mut errors);
    let (names, lists) = ((slug, access.consultation.title), (themes, meetings));
    let (Some(text), Some(on), Some(people), Some(group), true) =
        (text, on, people, group, errors.is_empty())
    else {
        let page = RecordPage::again(ctx, names, form, errors, lists);
        return Ok(Page::invalid(page).into_response());
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let allowance = Allowance::from(&access.standing);
    let limits = &state.config.limits;
    let allowed = per_account::check(&tx, limits, (PerAccount::Proposal, allowance), user.id, now);
    if let Err(AppError::TooManyRequests(seconds)) = allowed.await {
        drop(tx);
        errors.add("body", "error-proposals-limit");
        let page = RecordPage::again(ctx, names, form, errors, lists);
        return Ok(refused_form(seconds, Page::ok(page).into_response()));
    }
    let round = open_round(&tx, access.consultation.id).await?;
    let in_person = InPerson {
        place,
        on,
        people,
        group,
    };
    let created = store::create(
        &tx,
        access.consultation.id,
        round.map(|r| r.id),
        text,
        None,
        Some((user.id, in_person)),
        now,
    )
    .await?;
    if let Some(meeting_id) = meeting {
        held::link_proposal(&tx, created.id, meeting_id).await?;
    }
    tx.commit().await?;
    state.results_changed(access.consultation.id);
    session.flash("flash-proposal-recorded").await?;
    Ok(see_other(&format!("/proposals/{}", created.id)))
}
