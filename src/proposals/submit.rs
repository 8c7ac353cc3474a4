//! `/consultations/{slug}/proposals/new`: write a proposal, preview it, publish it.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::theme;

use super::{
    access::open_round,
    domain::{self, ProposalForm},
    languages::CONTENT_LANGUAGES,
    store,
};
use crate::{
    consultations::{access, content},
    db, markdown, organisations,
    policy::{self, Action, Contribution},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        error::refused_form,
        per_account::{self, Allowance, PerAccount},
        see_other,
    },
};

#[derive(Template)]
#[template(path = "proposals/new.html")]
pub struct NewProposalPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    form: ProposalForm,
    errors: FormErrors,
    themes: Vec<theme::Model>,
    languages: &'static [(&'static str, &'static str, bool)],
    /// The rendered body, when previewing.
    preview: Option<String>,
    /// The organisations the author may sign for, `(id, name)`.
    organisations: Vec<(i64, String)>,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    slug: &str,
    form: Option<ProposalForm>,
) -> AppResult<NewProposalPage> {
    let access = access::load(&state.db, slug, ctx.user.as_ref(), Action::View).await?;
    let round = open_round(&state.db, access.consultation.id).await?;
    policy::can_contribute(
        &access.standing,
        &access.consultation,
        round.as_ref(),
        Contribution::Propose,
    )
    .map_err(AppError::Forbidden)?;
    let themes = content::themes(&state.db, access.consultation.id).await?;
    let organisations = match &ctx.user {
        Some(user) => organisations::store::signable_for(&state.db, user.id).await?,
        None => Vec::new(),
    };
    let form = form.unwrap_or_else(|| ProposalForm {
        language: ctx.lang().to_owned(),
        ..Default::default()
    });
    Ok(NewProposalPage {
        slug: slug.to_owned(),
        consultation: access.consultation.title,
        form,
        errors: FormErrors::new(),
        themes,
        languages: CONTENT_LANGUAGES,
        preview: None,
        organisations,
        ctx,
    })
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    _user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<NewProposalPage>> {
    Ok(Page::ok(page(&state, ctx, &slug, None).await?))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<ProposalForm>,
) -> AppResult<Response> {
    let mut view = page(&state, ctx, &slug, Some(form.clone())).await?;
    let (text, on_behalf) = match (
        domain::parse(&form, &view.themes),
        organisations::domain::signing_for(&form.on_behalf_of, &view.organisations),
    ) {
        (Ok(text), Ok(on_behalf)) => (text, on_behalf),
        (parsed, signing) => {
            view.errors = parsed.err().unwrap_or_default();
            if let Err(problem) = signing {
                view.errors.add("on_behalf_of", problem);
            }
            return Ok(Page::invalid(view).into_response());
        }
    };
    if form.action == "preview" {
        view.preview = Some(markdown::render(&text.body));
        return Ok(Page::ok(view).into_response());
    }
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let access = access::load(&tx, &slug, Some(&user), Action::View).await?;
    // Checked again inside the transaction: the round may have closed meanwhile.
    let round = open_round(&tx, access.consultation.id).await?;
    policy::can_contribute(
        &access.standing,
        &access.consultation,
        round.as_ref(),
        Contribution::Propose,
    )
    .map_err(AppError::Forbidden)?;
    let allowance = Allowance::from(&access.standing);
    let limits = &state.config.limits;
    let allowed = per_account::check(&tx, limits, (PerAccount::Proposal, allowance), user.id, now);
    if let Err(AppError::TooManyRequests(seconds)) = allowed.await {
        drop(tx);
        view.errors.add("body", "error-proposals-limit");
        return Ok(refused_form(seconds, Page::ok(view).into_response()));
    }
    let created = store::create(
        &tx,
        access.consultation.id,
        round.map(|r| r.id),
        text,
        Some(user.id),
        None,
        now,
    )
    .await?;
    if let Some(organisation) = on_behalf {
        // Checked again inside the transaction: the membership may have ended meanwhile.
        if organisations::domain::signing_for(
            &form.on_behalf_of,
            &organisations::store::signable_for(&tx, user.id).await?,
        )
        .is_err()
        {
            return Err(AppError::Forbidden("policy-organisation-members-only"));
        }
        organisations::store::sign_proposal_for(&tx, (created.id, user.id), organisation).await?;
    }
    tx.commit().await?;
    state.results_changed(access.consultation.id);
    session.flash("flash-proposal-published").await?;
    Ok(see_other(&format!("/proposals/{}", created.id)))
}
