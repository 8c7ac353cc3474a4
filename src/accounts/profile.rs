//! `GET/POST /account`: the profile, the verification notice and the password form.

use askama::Template;
use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Response},
};
use entity::{Code, user};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde::Deserialize;

use super::domain::{GROUPS, Profile};
use crate::web::{
    AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx, see_other,
};

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
}

impl AccountPage {
    fn new(ctx: PageCtx, account: &user::Model, form: ProfileForm) -> Self {
        Self {
            ctx,
            email: account.email.clone(),
            verified: account.email_verified_at.is_some(),
            form,
            errors: FormErrors::new(),
            password_errors: FormErrors::new(),
            groups: GROUPS,
        }
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
    user: CurrentUser,
    ctx: PageCtx,
) -> AppResult<Page<AccountPage>> {
    let account = load(&state, &user).await?;
    let form = ProfileForm::from(&account);
    Ok(Page::ok(AccountPage::new(ctx, &account, form)))
}

/// The account page after a failed password change.
pub fn page_with_password_errors(
    ctx: PageCtx,
    account: user::Model,
    errors: FormErrors,
) -> Page<AccountPage> {
    let form = ProfileForm::from(&account);
    let mut page = AccountPage::new(ctx, &account, form);
    page.password_errors = errors;
    Page::invalid(page)
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
        let mut page = AccountPage::new(ctx, &account, form);
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
