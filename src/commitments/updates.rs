//! `/manage/commitments/{id}/updates/new`: a facilitator posts a dated update, which may move
//! the commitment's status and progress (dropping it needs a public reason).

use super::{
    domain::{self, STATUSES, Standing, UpdateForm},
    public::{CommitmentCard, card},
    store,
};
use crate::{
    db,
    policy::Action,
    web::{AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx, see_other},
};
use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};

#[derive(Template)]
#[template(path = "manage/commitment_update.html")]
pub struct UpdateFormPage {
    ctx: PageCtx,
    slug: String,
    consultation: String,
    commitment: CommitmentCard,
    form: UpdateForm,
    errors: FormErrors,
    statuses: [&'static str; 4],
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<UpdateFormPage>> {
    let (commitment, access) =
        store::load(&state.db, id, ctx.user.as_ref(), Action::ManageCommitments).await?;
    Ok(Page::ok(UpdateFormPage {
        slug: access.consultation.slug,
        consultation: access.consultation.title,
        commitment: card(&commitment, ctx.locale),
        form: UpdateForm::default(),
        errors: FormErrors::new(),
        statuses: STATUSES,
        ctx,
    }))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<UpdateForm>,
) -> AppResult<Response> {
    let db = &state.db;
    let (commitment, access) = store::load(db, id, Some(&user), Action::ManageCommitments).await?;
    let current = Standing {
        status: commitment.status,
        reason: commitment.dropped_reason.clone(),
        progress: commitment.progress,
    };
    let draft = match domain::parse_update(&form, &current) {
        Ok(draft) => draft,
        Err(errors) => {
            let page = UpdateFormPage {
                slug: access.consultation.slug,
                consultation: access.consultation.title,
                commitment: card(&commitment, ctx.locale),
                form,
                errors,
                statuses: STATUSES,
                ctx,
            };
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(db).await?;
    let target = (&commitment, &access.consultation);
    store::post_update(&tx, target, draft, user.id, state.now()).await?;
    tx.commit().await?;
    session.flash("flash-commitment-update-posted").await?;
    Ok(see_other(&format!("/commitments/{id}#updates")))
}
