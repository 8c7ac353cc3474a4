//! Registering an organisation (`/organisations/new`, by anyone with a verified email, who
//! becomes its representative) and editing it (`/organisations/{slug}/edit`, by its
//! representative).

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{Code, organisation};
use serde_json::json;

use super::{
    domain::{self, KINDS, OrganisationDraft, OrganisationForm},
    membership::require_representative,
    store,
};
use crate::{
    audit, db, policy,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

#[derive(Template)]
#[template(path = "organisations/form.html")]
pub struct OrganisationFormPage {
    ctx: PageCtx,
    /// The organisation edited, `(slug, name)`; none when registering a new one.
    editing: Option<(String, String)>,
    form: OrganisationForm,
    errors: FormErrors,
    kinds: [&'static str; 3],
}

impl OrganisationFormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some((slug, _)) => format!("/organisations/{slug}/edit"),
            None => "/organisations/new".to_owned(),
        }
    }
}

fn form_page(
    ctx: PageCtx,
    editing: Option<&organisation::Model>,
    form: OrganisationForm,
    errors: FormErrors,
) -> OrganisationFormPage {
    OrganisationFormPage {
        ctx,
        editing: editing.map(|o| (o.slug.clone(), o.name.clone())),
        form,
        errors,
        kinds: KINDS,
    }
}

fn may_register(user: &CurrentUser) -> AppResult<()> {
    policy::can_register_organisation(&user.person()).map_err(AppError::Forbidden)
}

pub async fn new(ctx: PageCtx, user: CurrentUser) -> AppResult<Page<OrganisationFormPage>> {
    may_register(&user)?;
    let form = OrganisationForm {
        kind: "third_sector".to_owned(),
        ..Default::default()
    };
    Ok(Page::ok(form_page(ctx, None, form, FormErrors::new())))
}

fn audit_details(draft: &OrganisationDraft) -> serde_json::Value {
    json!({ "name": draft.name, "kind": draft.kind.code() })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Form(form): Form<OrganisationForm>,
) -> AppResult<Response> {
    may_register(&user)?;
    let draft = match domain::parse(&form) {
        Ok(draft) => draft,
        Err(errors) => return Ok(Page::invalid(form_page(ctx, None, form, errors)).into_response()),
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let details = audit_details(&draft);
    let saved = store::create(&tx, draft, user.id, now).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "organisation.created",
            object_type: "organisation",
            object_id: Some(saved.id),
            consultation_id: None,
            details,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-organisation-saved").await?;
    Ok(see_other(&format!("/organisations/{}", saved.slug)))
}

fn filled(o: &organisation::Model) -> OrganisationForm {
    OrganisationForm {
        name: o.name.clone(),
        kind: o.kind.code().to_owned(),
        runts_number: o.runts_number.clone().unwrap_or_default(),
        tax_code: o.tax_code.clone(),
        town: o.town.clone(),
        website: o.website.clone().unwrap_or_default(),
        description: o.description.clone(),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<OrganisationFormPage>> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    require_representative(&state.db, &organisation, &user).await?;
    let form = filled(&organisation);
    Ok(Page::ok(form_page(
        ctx,
        Some(&organisation),
        form,
        FormErrors::new(),
    )))
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    Form(form): Form<OrganisationForm>,
) -> AppResult<Response> {
    let organisation = store::by_slug(&state.db, &slug).await?;
    require_representative(&state.db, &organisation, &user).await?;
    let draft = match domain::parse(&form) {
        Ok(draft) => draft,
        Err(errors) => {
            let page = form_page(ctx, Some(&organisation), form, errors);
            return Ok(Page::invalid(page).into_response());
        }
    };
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let before = json!({ "name": organisation.name, "kind": organisation.kind.code() });
    let details = json!({ "before": before, "after": audit_details(&draft) });
    store::update(&tx, organisation.id, draft, now).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "organisation.edited",
            object_type: "organisation",
            object_id: Some(organisation.id),
            consultation_id: None,
            details,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-organisation-saved").await?;
    Ok(see_other(&format!("/organisations/{slug}")))
}
