//! The representative's page of their applications, and withdrawing one (after a
//! confirmation) before the deadline.

use askama::Template;
use axum::{
    extract::{Path, State},
    response::Response,
};
use entity::{ApplicationStatus, DocumentParent, organisation, procedure, procedure_application};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    applicants::{self, LIVE},
    store,
};
use crate::{
    db,
    documents::listing::{self as documents, DocumentList, Presentation},
    policy::Action,
    timezone,
    web::{AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, see_other},
};

/// One of the representative's applications as their page shows it.
pub struct MyApplication {
    pub id: i64,
    pub number: i32,
    pub organisation: String,
    pub role: String,
    pub status: String,
    pub received: String,
    pub reason: Option<String>,
    pub can_change: bool,
    /// Its documents, attached and removed while it may change.
    pub documents: DocumentList,
}

#[derive(Template)]
#[template(path = "procedures/mine.html")]
pub struct MinePage {
    ctx: PageCtx,
    slug: String,
    title: String,
    applications: Vec<MyApplication>,
    open: bool,
    admission_public: bool,
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<MinePage>> {
    let (_, procedure) = store::load(&state.db, &slug, Some(&user), Action::View).await?;
    let organisations = applicants::represented(&state.db, user.id).await?;
    let ids: Vec<i64> = organisations.iter().map(|o| o.id).collect();
    let rows = procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(procedure.id))
        .filter(procedure_application::Column::OrganisationId.is_in(ids))
        .order_by_asc(procedure_application::Column::Number)
        .all(&state.db)
        .await?;
    let open = applicants::closed(&procedure, state.now()).is_none();
    let admission_public = procedure.admission_published_at.is_some();
    let zone = state.config.timezone;
    let shown = Presentation::new(&state, ctx.locale);
    let parents: Vec<(i64, bool)> = rows
        .iter()
        .map(|a| (a.id, open && a.status == ApplicationStatus::Submitted))
        .collect();
    let lists = documents::for_parents(
        &state.db,
        DocumentParent::ProcedureApplication,
        &parents,
        shown,
    )
    .await?;
    let mut applications = Vec::new();
    for (a, (documents, &(_, can_change))) in rows.into_iter().zip(lists.into_iter().zip(&parents))
    {
        applications.push(MyApplication {
            documents,
            id: a.id,
            number: a.number,
            organisation: organisations
                .iter()
                .find(|o| o.id == a.organisation_id)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            role: a.role.to_value_string(),
            status: shown_status(a.status, admission_public),
            received: timezone::display(a.submitted_at, zone, ctx.locale),
            reason: a.decision_reason.filter(|_| admission_public),
            can_change,
        });
    }
    Ok(Page::ok(MinePage {
        ctx,
        slug: procedure.slug,
        title: procedure.title,
        applications,
        open,
        admission_public,
    }))
}

/// The status code shown to the applicant: a decision only once admission is public.
fn shown_status(status: ApplicationStatus, admission_public: bool) -> String {
    match status {
        ApplicationStatus::Admitted | ApplicationStatus::Excluded if !admission_public => {
            "submitted".to_owned()
        }
        status => status.to_value_string(),
    }
}

pub(super) trait Code {
    fn to_value_string(&self) -> String;
}

impl<T: sea_orm::ActiveEnum<Value = String>> Code for T {
    fn to_value_string(&self) -> String {
        self.to_value()
    }
}

/// The visitor's standing application `id` in the procedure, still open to change.
pub(super) async fn changeable(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
    id: i64,
) -> AppResult<(
    procedure::Model,
    procedure_application::Model,
    Vec<organisation::Model>,
)> {
    let (_, procedure) = store::load(&state.db, slug, Some(user), Action::View).await?;
    let application = procedure_application::Entity::find_by_id(id)
        .filter(procedure_application::Column::ProcedureId.eq(procedure.id))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let organisations = applicants::represented(&state.db, user.id).await?;
    if !organisations
        .iter()
        .any(|o| o.id == application.organisation_id)
    {
        return Err(AppError::Forbidden("procedure-refused-not-representative"));
    }
    if let Some(reason) = applicants::closed(&procedure, state.now()) {
        return Err(AppError::Forbidden(reason));
    }
    if !LIVE.contains(&application.status) {
        return Err(AppError::Forbidden("procedure-refused-not-standing"));
    }
    Ok((procedure, application, organisations))
}

#[derive(Template)]
#[template(path = "procedures/withdraw.html")]
pub struct WithdrawPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    id: i64,
    number: i32,
}

pub async fn confirm_withdraw(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Page<WithdrawPage>> {
    let (procedure, application, _) = changeable(&state, &slug, &user, id).await?;
    Ok(Page::ok(WithdrawPage {
        ctx,
        slug: procedure.slug,
        title: procedure.title,
        id,
        number: application.number,
    }))
}

/// The application again inside the transaction, the procedure held: still standing and
/// the deadline not reached, to the second.
pub(super) async fn relock(
    tx: &impl sea_orm::ConnectionTrait,
    procedure_id: i64,
    id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<(procedure::Model, procedure_application::Model)> {
    let locked = store::lock(tx, procedure_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(reason) = applicants::closed(&locked, now) {
        return Err(AppError::Forbidden(reason));
    }
    let application = procedure_application::Entity::find_by_id(id)
        .one(tx)
        .await?
        .filter(|a| a.status == ApplicationStatus::Submitted)
        .ok_or(AppError::Forbidden("procedure-refused-not-standing"))?;
    Ok((locked, application))
}

pub async fn withdraw(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (procedure, _, _) = changeable(&state, &slug, &user, id).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let (locked, application) = relock(&tx, procedure.id, id, now).await?;
    applicants::withdraw(&tx, &locked, application, user.id, now).await?;
    tx.commit().await?;
    session.flash("flash-procedure-withdrawn").await?;
    Ok(see_other(&format!("/procedures/{slug}/applications")))
}
