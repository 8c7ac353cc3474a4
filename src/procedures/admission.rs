//! Admission: after the deadline the managers admit or exclude each standing application
//! (an exclusion needs its reason), may change their mind until they publish, and publish
//! once every application is decided: each applicant's representative is told the outcome
//! with the reason, the followers hear of it, and the lists become public.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use entity::{
    ApplicationStatus, DocumentParent, MembershipRole, MembershipStatus, organisation,
    organisation_member, procedure, procedure_application, user,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set,
};
use serde::Deserialize;
use serde_json::json;

use super::{
    applicants,
    notice::{audit_entry, console_link, tell_followers},
    phase::Phase,
    store,
};
use crate::{
    audit, db,
    documents::listing::{self as documents, DocumentList, Presentation},
    notifications::{Email, details::ProcedureStep, enqueue, procedure_email::ProcedureEmail},
    policy::Action,
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, TextKind,
        has_control_characters, see_other,
    },
};

const MAX_REASON_CHARS: usize = 2_000;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
    pub reason: String,
}

/// One standing application on the admission page.
pub struct Row {
    pub id: i64,
    pub number: i32,
    pub organisation: String,
    pub role: String,
    pub received: String,
    pub statement: String,
    /// `submitted` (undecided), `admitted` or `excluded`.
    pub status: &'static str,
    pub decision: String,
    pub reason: String,
    /// The problem with this row's decision, as just posted.
    pub error: Option<&'static str>,
    /// The application's documents (only its representative attaches them).
    pub documents: DocumentList,
}

#[derive(Template)]
#[template(path = "procedures/admission.html")]
pub struct AdmissionPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    rows: Vec<Row>,
    /// Decisions may be taken now (after the deadline, before publication).
    open: bool,
    published: bool,
    undecided: usize,
}

fn status_code(status: ApplicationStatus) -> &'static str {
    match status {
        ApplicationStatus::Admitted => "admitted",
        ApplicationStatus::Excluded => "excluded",
        _ => "submitted",
    }
}

async fn admission_page(
    state: &AppState,
    ctx: PageCtx,
    procedure: &procedure::Model,
    posted: Option<(i64, DecisionForm, &'static str)>,
) -> AppResult<AdmissionPage> {
    let zone = state.config.timezone;
    let shown = Presentation::new(state, ctx.locale);
    let live = applicants::live(&state.db, procedure.id).await?;
    let parents: Vec<(i64, bool)> = live.iter().map(|(a, _)| (a.id, false)).collect();
    let lists = documents::for_parents(
        &state.db,
        DocumentParent::ProcedureApplication,
        &parents,
        shown,
    )
    .await?;
    let mut rows: Vec<Row> = Vec::new();
    for ((a, o), documents) in live.into_iter().zip(lists) {
        rows.push({
            let status = status_code(a.status);
            let mut row = Row {
                id: a.id,
                number: a.number,
                organisation: o.name,
                role: sea_orm::ActiveEnum::to_value(&a.role),
                received: timezone::display(a.submitted_at, zone, ctx.locale),
                statement: a.statement,
                status,
                decision: match a.status {
                    ApplicationStatus::Admitted => "admit".to_owned(),
                    ApplicationStatus::Excluded => "exclude".to_owned(),
                    _ => String::new(),
                },
                reason: a.decision_reason.unwrap_or_default(),
                error: None,
                documents,
            };
            if let Some((id, form, error)) = &posted
                && *id == a.id
            {
                row.decision = form.decision.clone();
                row.reason = form.reason.clone();
                row.error = Some(error);
            }
            row
        });
    }
    let undecided = rows.iter().filter(|r| r.status == "submitted").count();
    Ok(AdmissionPage {
        ctx,
        slug: procedure.slug.clone(),
        title: procedure.title.clone(),
        open: Phase::of(procedure, state.now()) == Phase::Admission,
        published: procedure.admission_published_at.is_some(),
        undecided,
        rows,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<AdmissionPage>> {
    let (_, procedure) = store::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    if Phase::of(&procedure, state.now()) < Phase::Admission {
        return Err(AppError::Forbidden("procedure-admission-not-yet"));
    }
    Ok(Page::ok(
        admission_page(&state, ctx, &procedure, None).await?,
    ))
}

/// The procedure held, in its admission phase; a 403 saying why not otherwise.
async fn lock_in_admission(
    db: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> AppResult<procedure::Model> {
    let locked = store::lock(db, id).await?.ok_or(AppError::NotFound)?;
    match Phase::of(&locked, now) {
        Phase::Admission => Ok(locked),
        phase if phase < Phase::Admission => {
            Err(AppError::Forbidden("procedure-admission-not-yet"))
        }
        _ => Err(AppError::Forbidden("procedure-admission-published")),
    }
}

/// Checks a decision: `admit`, or `exclude` with its reason.
fn check(form: &DecisionForm) -> Result<(ApplicationStatus, Option<String>), &'static str> {
    let reason = form.reason.trim();
    if has_control_characters(reason, TextKind::Long) {
        return Err(crate::web::CONTROL_CHARACTER_ERROR);
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err("error-procedure-text-long");
    }
    let reason = (!reason.is_empty()).then(|| reason.to_owned());
    match form.decision.as_str() {
        "admit" => Ok((ApplicationStatus::Admitted, reason)),
        "exclude" if reason.is_some() => Ok((ApplicationStatus::Excluded, reason)),
        "exclude" => Err("error-procedure-exclusion-reason"),
        _ => Err("error-procedure-decision"),
    }
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let (_, procedure) =
        store::load(&state.db, &slug, Some(&user), Action::ManageProcedures).await?;
    let (status, reason) = match check(&form) {
        Ok(decision) => decision,
        Err(error) => {
            let page = admission_page(&state, ctx, &procedure, Some((id, form, error))).await?;
            return Ok(Page::invalid(page).into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let locked = lock_in_admission(&tx, procedure.id, now).await?;
    let application = procedure_application::Entity::find_by_id(id)
        .filter(procedure_application::Column::ProcedureId.eq(locked.id))
        .filter(procedure_application::Column::Status.is_in(applicants::LIVE))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let number = application.number;
    let mut model = application.into_active_model();
    model.status = Set(status);
    model.decision_reason = Set(reason.clone());
    model.decided_by = Set(Some(user.id));
    model.decided_at = Set(Some(now));
    model.update(&tx).await?;
    let action = if status == ApplicationStatus::Admitted {
        "procedure.application_admitted"
    } else {
        "procedure.application_excluded"
    };
    let details = json!({ "number": number, "reason": reason });
    audit::record(&tx, audit_entry(user.id, action, &locked, details), now).await?;
    tx.commit().await?;
    session.flash("flash-procedure-decided").await?;
    Ok(see_other(&format!(
        "/manage/procedures/{slug}/admission#application-{id}"
    )))
}

#[derive(Template)]
#[template(path = "procedures/admission_publish.html")]
pub struct PublishAdmissionPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    admitted: usize,
    excluded: usize,
    undecided: usize,
}

pub async fn confirm_publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (_, procedure) = store::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    if Phase::of(&procedure, state.now()) != Phase::Admission {
        return Ok(see_other(&console_link(&procedure)));
    }
    let live = applicants::live(&state.db, procedure.id).await?;
    let count = |s: ApplicationStatus| live.iter().filter(|(a, _)| a.status == s).count();
    Ok(Page::ok(PublishAdmissionPage {
        ctx,
        admitted: count(ApplicationStatus::Admitted),
        excluded: count(ApplicationStatus::Excluded),
        undecided: count(ApplicationStatus::Submitted),
        slug: procedure.slug,
        title: procedure.title,
    })
    .into_response())
}

/// The active representatives of an organisation.
async fn representatives(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<user::Model>, DbErr> {
    let rows = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .filter(organisation_member::Column::Role.eq(MembershipRole::Representative))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .find_also_related(user::Entity)
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|(_, u)| u).collect())
}

/// Tells each applicant organisation's representatives the outcome, with the reason.
async fn tell_applicants(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    live: &[(procedure_application::Model, organisation::Model)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for (application, organisation) in live {
        let email = Email::Procedure(ProcedureEmail::AdmissionOutcome {
            organisation: organisation.name.clone(),
            procedure: procedure.title.clone(),
            number: application.number,
            admitted: application.status == ApplicationStatus::Admitted,
            reason: application.decision_reason.clone().unwrap_or_default(),
            path: format!("/procedures/{}", procedure.slug),
        });
        for person in representatives(db, organisation.id).await? {
            let key = format!("procedure-admission:{}:{}", application.id, person.id);
            enqueue(db, &person.email, &person.locale, &email, &key, now).await?;
        }
    }
    Ok(())
}

pub async fn publish(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (_, procedure) =
        store::load(&state.db, &slug, Some(&user), Action::ManageProcedures).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let locked = lock_in_admission(&tx, procedure.id, now).await?;
    let live = applicants::live(&tx, locked.id).await?;
    if live
        .iter()
        .any(|(a, _)| a.status == ApplicationStatus::Submitted)
    {
        return Err(AppError::Forbidden("procedure-admission-undecided"));
    }
    let mut model = locked.into_active_model();
    model.admission_published_at = Set(Some(now));
    model.updated_at = Set(now);
    let published = model.update(&tx).await?;
    let admitted = live
        .iter()
        .filter(|(a, _)| a.status == ApplicationStatus::Admitted)
        .count();
    let details = json!({ "admitted": admitted, "excluded": live.len() - admitted });
    audit::record(
        &tx,
        audit_entry(
            user.id,
            "procedure.admission_published",
            &published,
            details,
        ),
        now,
    )
    .await?;
    tell_applicants(&tx, &published, &live, now).await?;
    tell_followers(
        &tx,
        &published,
        ProcedureStep::AdmissionPublished,
        user.id,
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-procedure-admission-published").await?;
    Ok(see_other(&console_link(&published)))
}
