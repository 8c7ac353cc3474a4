//! The representative's side: applying for a verified organisation of an admitted kind,
//! seeing their applications, withdrawing or replacing one before the deadline.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{ApplicationRole, organisation, procedure, user};
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::{
    applicants::{self, Submission},
    my_applications::{Code, changeable, relock},
    store,
};
use crate::{
    db,
    policy::Action,
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, see_other,
    },
};

const MAX_STATEMENT_CHARS: usize = 10_000;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ApplyForm {
    pub organisation: String,
    pub role: String,
    pub statement: String,
}

#[derive(Template)]
#[template(path = "procedures/apply.html")]
pub struct ApplyPage {
    ctx: PageCtx,
    slug: String,
    title: String,
    deadline: String,
    organisations: Vec<(i64, String)>,
    roles: Vec<&'static str>,
    form: ApplyForm,
    errors: FormErrors,
    /// The application this form replaces (its id and number).
    replacing: Option<(i64, i32)>,
}

impl ApplyPage {
    fn action(&self) -> String {
        match self.replacing {
            Some((id, _)) => format!("/procedures/{}/applications/{id}/replace", self.slug),
            None => format!("/procedures/{}/apply", self.slug),
        }
    }
}

fn roles(procedure: &procedure::Model) -> Vec<&'static str> {
    if procedure.supporters_allowed {
        vec!["partner", "supporter", "funder"]
    } else {
        vec!["partner"]
    }
}

/// The published procedure, still receiving, and the organisations the visitor may apply
/// for; a 403 saying why not otherwise.
async fn open_for(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> AppResult<(procedure::Model, Vec<organisation::Model>)> {
    let (_, procedure) = store::load(&state.db, slug, Some(user), Action::View).await?;
    if let Some(reason) = applicants::closed(&procedure, state.now()) {
        return Err(AppError::Forbidden(reason));
    }
    let organisations = applicants::eligible(&state.db, &procedure, user.id)
        .await?
        .map_err(AppError::Forbidden)?;
    Ok((procedure, organisations))
}

fn apply_page(
    ctx: PageCtx,
    state: &AppState,
    procedure: &procedure::Model,
    organisations: &[organisation::Model],
    form: ApplyForm,
    errors: FormErrors,
    replacing: Option<(i64, i32)>,
) -> ApplyPage {
    ApplyPage {
        deadline: timezone::display(
            procedure.applications_close_at,
            state.config.timezone,
            ctx.locale,
        ),
        ctx,
        slug: procedure.slug.clone(),
        title: procedure.title.clone(),
        organisations: organisations
            .iter()
            .map(|o| (o.id, o.name.clone()))
            .collect(),
        roles: roles(procedure),
        form,
        errors,
        replacing,
    }
}

pub async fn new(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<ApplyPage>> {
    let (procedure, organisations) = open_for(&state, &slug, &user).await?;
    let form = ApplyForm {
        organisation: organisations
            .first()
            .map(|o| o.id.to_string())
            .unwrap_or_default(),
        role: "partner".to_owned(),
        ..Default::default()
    };
    let page = apply_page(
        ctx,
        &state,
        &procedure,
        &organisations,
        form,
        FormErrors::new(),
        None,
    );
    Ok(Page::ok(page))
}

/// Checks the form against the organisations the author may apply for.
fn parse(
    form: &ApplyForm,
    procedure: &procedure::Model,
    organisations: &[organisation::Model],
) -> Result<Submission, FormErrors> {
    let mut errors = FormErrors::new();
    let organisation = form
        .organisation
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| organisations.iter().find(|o| o.id == id));
    if organisation.is_none() {
        errors.add("organisation", "error-procedure-organisation");
    }
    let role = match form.role.as_str() {
        "partner" => Some(ApplicationRole::Partner),
        "supporter" if procedure.supporters_allowed => Some(ApplicationRole::Supporter),
        "funder" if procedure.supporters_allowed => Some(ApplicationRole::Funder),
        _ => None,
    };
    if role.is_none() {
        errors.add("role", "error-procedure-role");
    }
    errors.refuse_control_characters("statement", &form.statement, TextKind::Long);
    let statement = form.statement.trim();
    if statement.is_empty() {
        errors.add("statement", "error-procedure-statement-required");
    } else if statement.chars().count() > MAX_STATEMENT_CHARS {
        errors.add("statement", "error-procedure-statement-long");
    }
    match (organisation, role) {
        (Some(organisation), Some(role)) if errors.is_empty() => Ok(Submission {
            organisation: organisation.clone(),
            role,
            statement: statement.to_owned(),
        }),
        _ => Err(errors),
    }
}

async fn author(state: &AppState, user: &CurrentUser) -> AppResult<user::Model> {
    user::Entity::find_by_id(user.id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<ApplyForm>,
) -> AppResult<Response> {
    let (procedure, organisations) = open_for(&state, &slug, &user).await?;
    let submission = match parse(&form, &procedure, &organisations) {
        Ok(submission) => submission,
        Err(errors) => {
            let page = apply_page(ctx, &state, &procedure, &organisations, form, errors, None);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let author = author(&state, &user).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let locked = store::lock(&tx, procedure.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(reason) = applicants::closed(&locked, now) {
        return Err(AppError::Forbidden(reason));
    }
    if applicants::standing_of(&tx, locked.id, submission.organisation.id)
        .await?
        .is_some()
    {
        drop(tx);
        let mut errors = FormErrors::new();
        errors.add("organisation", "error-procedure-already-applied");
        let page = apply_page(ctx, &state, &procedure, &organisations, form, errors, None);
        return Ok(Page::invalid(page).into_response());
    }
    let zone = state.config.timezone;
    applicants::receive(&tx, &locked, submission, None, &author, (now, zone)).await?;
    tx.commit().await?;
    session.flash("flash-procedure-applied").await?;
    Ok(see_other(&format!("/procedures/{slug}/applications")))
}

pub async fn replace_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Page<ApplyPage>> {
    let (procedure, application, organisations) = changeable(&state, &slug, &user, id).await?;
    let form = ApplyForm {
        organisation: application.organisation_id.to_string(),
        role: application.role.to_value_string(),
        statement: application.statement.clone(),
    };
    let own: Vec<_> = organisations
        .into_iter()
        .filter(|o| o.id == application.organisation_id)
        .collect();
    let replacing = Some((id, application.number));
    let page = apply_page(
        ctx,
        &state,
        &procedure,
        &own,
        form,
        FormErrors::new(),
        replacing,
    );
    Ok(Page::ok(page))
}

pub async fn replace(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ApplyForm>,
) -> AppResult<Response> {
    let (procedure, application, organisations) = changeable(&state, &slug, &user, id).await?;
    let own: Vec<_> = organisations
        .into_iter()
        .filter(|o| o.id == application.organisation_id)
        .collect();
    let form = ApplyForm {
        organisation: application.organisation_id.to_string(),
        ..form
    };
    let submission = match parse(&form, &procedure, &own) {
        Ok(submission) => submission,
        Err(errors) => {
            let replacing = Some((id, application.number));
            let page = apply_page(ctx, &state, &procedure, &own, form, errors, replacing);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let author = author(&state, &user).await?;
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let (locked, old) = relock(&tx, procedure.id, id, now).await?;
    let zone = state.config.timezone;
    applicants::receive(&tx, &locked, submission, Some(old), &author, (now, zone)).await?;
    tx.commit().await?;
    session.flash("flash-procedure-replaced").await?;
    Ok(see_other(&format!("/procedures/{slug}/applications")))
}
