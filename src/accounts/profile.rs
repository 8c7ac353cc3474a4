//! `GET/POST /account`: the profile, the verification notice and the password form.

use askama::Template;
use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Response},
};
use entity::{Code, organisation, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde::Deserialize;

use super::{
    domain::{GROUPS, Profile},
    sessions, two_factor,
};
use crate::{
    timezone,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        see_other,
    },
};

/// A session as the account page shows it.
pub struct SessionView {
    /// When it was logged in, for reading and for `<time datetime>`.
    pub signed_in: Option<(String, String)>,
    /// The day it was last used, as `YYYY-MM-DD`.
    pub last_seen_on: Option<String>,
    pub device: String,
    pub current: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub display_name: String,
    pub stakeholder_group: String,
    pub organisation: String,
    pub locale: String,
}

impl From<&user::Model> for ProfileForm {
    fn from(user: &user::Model) -> Self {
        Self {
            display_name: user.display_name.clone(),
            stakeholder_group: user.stakeholder_group.code().to_owned(),
            organisation: user.organisation.clone().unwrap_or_default(),
            locale: user.locale.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub struct AccountPage {
    ctx: PageCtx,
    email: String,
    verified: bool,
    form: ProfileForm,
    errors: FormErrors,
    password_errors: FormErrors,
    groups: [&'static str; 4],
    two_factor_on: bool,
    sessions: Vec<SessionView>,
    /// The address of the registered organisation whose name is the account's
    /// organisation, when there is one.
    registered_organisation: Option<String>,
}

impl AccountPage {
    async fn new(
        state: &AppState,
        session: &AppSession,
        ctx: PageCtx,
        account: &user::Model,
        form: ProfileForm,
    ) -> AppResult<Self> {
        let now = state.now();
        let current = session.id();
        let rows = sessions::list(&state.db, account.id, current.as_deref(), now).await?;
        let sessions = rows
            .into_iter()
            .map(|row| SessionView {
                signed_in: row.signed_in_at.map(|at| {
                    (
                        timezone::display(at, state.config.timezone, ctx.locale),
                        timezone::machine(at),
                    )
                }),
                last_seen_on: row
                    .last_seen_on
                    .map(|day| day.date_naive().format("%Y-%m-%d").to_string()),
                device: row.device,
                current: row.current,
            })
            .collect();
        let registered_organisation = match &account.organisation {
            Some(name) => {
                organisation::Entity::find()
                    .select_only()
                    .column(organisation::Column::Slug)
                    .filter(organisation::Column::Name.eq(name.as_str()))
                    .into_tuple()
                    .one(&state.db)
                    .await?
            }
            None => None,
        };
        Ok(Self {
            registered_organisation,
            two_factor_on: two_factor::store::is_enabled(&state.db, account.id).await?,
            sessions,
            ctx,
            email: account.email.clone(),
            verified: account.email_verified_at.is_some(),
            form,
            errors: FormErrors::new(),
            password_errors: FormErrors::new(),
            groups: GROUPS,
        })
    }
}

/// The logged-in person's account row.
pub async fn load(state: &AppState, user: &CurrentUser) -> AppResult<user::Model> {
    user::Entity::find_by_id(user.id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
) -> AppResult<Page<AccountPage>> {
    let account = load(&state, &user).await?;
    let form = ProfileForm::from(&account);
    Ok(Page::ok(
        AccountPage::new(&state, &session, ctx, &account, form).await?,
    ))
}

/// The account page after a failed password change.
pub async fn page_with_password_errors(
    state: &AppState,
    session: &AppSession,
    ctx: PageCtx,
    account: user::Model,
    errors: FormErrors,
) -> AppResult<Page<AccountPage>> {
    let form = ProfileForm::from(&account);
    let mut page = AccountPage::new(state, session, ctx, &account, form).await?;
    page.password_errors = errors;
    Ok(Page::invalid(page))
}

pub async fn update(
    State(state): State<AppState>,
    session: AppSession,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let account = load(&state, &user).await?;
    let mut errors = FormErrors::new();
    let profile = Profile::parse(
        &form.display_name,
        &form.stakeholder_group,
        &form.organisation,
        &form.locale,
        &mut errors,
    );
    let Some(profile) = profile.filter(|_| errors.is_empty()) else {
        let mut page = AccountPage::new(&state, &session, ctx, &account, form).await?;
        page.errors = errors;
        return Ok(Page::invalid(page).into_response());
    };
    user::ActiveModel {
        id: Set(user.id),
        display_name: Set(profile.display_name),
        stakeholder_group: Set(profile.group),
        organisation: Set(profile.organisation),
        locale: Set(profile.locale.code().to_owned()),
        updated_at: Set(state.now()),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    session.flash("flash-profile-saved").await?;
    Ok(see_other("/account"))
}
