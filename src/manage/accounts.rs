//! `/manage/accounts`: every account, searchable and paged; coordinators change a person's
//! stakeholder group or platform role.

use askama::Template;
use axum::{
    Form,
    extract::{Path, Query, State},
    response::Response,
};
use entity::{Code, PlatformRole, StakeholderGroup, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set,
};
use serde::Deserialize;
use serde_json::json;

use crate::{
    accounts::domain::GROUPS,
    audit, db, organisations, policy,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, PageNumber,
        contains_pattern, see_other,
    },
};

const PER_PAGE: u64 = 50;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    page: PageNumber,
}

pub struct AccountRow {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub group: &'static str,
    pub role: &'static str,
    pub organisation: String,
    /// The address of the registered organisation of that name, if any.
    pub organisation_slug: Option<String>,
    pub verified: bool,
}

#[derive(Template)]
#[template(path = "manage/accounts.html")]
pub struct AccountsPage {
    ctx: PageCtx,
    q: String,
    rows: Vec<AccountRow>,
    page: u64,
    pages: u64,
    total: i64,
    groups: [&'static str; 4],
    /// Coordinators and facilitators must use two-factor login (see `security`).
    two_factor_required: bool,
}

impl AccountsPage {
    pub fn page_link(&self, page: u64) -> String {
        format!(
            "/manage/accounts?page={page}&q={}",
            crate::web::urlencode(&self.q)
        )
    }
}

pub(super) fn require_coordinator(user: Option<&CurrentUser>) -> AppResult<()> {
    if policy::can_administer(user) {
        Ok(())
    } else {
        Err(AppError::Forbidden("policy-coordinators-only"))
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<ListQuery>,
) -> AppResult<Page<AccountsPage>> {
    require_coordinator(ctx.user.as_ref())?;
    let q = query.q.trim().to_owned();
    let mut select = user::Entity::find()
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id);
    if !q.is_empty() {
        select = select.filter(
            Condition::any()
                .add(user::Column::Email.like(contains_pattern(&q.to_lowercase())))
                .add(user::Column::DisplayName.like(contains_pattern(&q))),
        );
    }
    let paginator = select.paginate(&state.db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = counts.number_of_pages.max(1);
    let page = query.page.get().clamp(1, pages);
    let accounts = paginator.fetch_page(page - 1).await?;
    let names: Vec<String> = accounts
        .iter()
        .filter_map(|u| u.organisation.clone())
        .collect();
    let registered = organisations::store::slugs_by_name(&state.db, &names).await?;
    let rows = accounts
        .into_iter()
        .map(|u| AccountRow {
            organisation_slug: u
                .organisation
                .as_ref()
                .and_then(|name| registered.iter().find(|(n, _)| n == name))
                .map(|(_, slug)| slug.clone()),
            id: u.id,
            display_name: u.display_name,
            email: u.email,
            group: u.stakeholder_group.code(),
            role: u.role.code(),
            organisation: u.organisation.unwrap_or_default(),
            verified: u.email_verified_at.is_some(),
        })
        .collect();
    Ok(Page::ok(AccountsPage {
        ctx,
        q,
        rows,
        page,
        pages,
        total: i64::try_from(counts.number_of_items).unwrap_or(i64::MAX),
        groups: GROUPS,
        two_factor_required: crate::accounts::two_factor::store::required_for_staff(&state.db)
            .await?,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    stakeholder_group: String,
    role: String,
}

pub async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(form): Form<AccountForm>,
) -> AppResult<Response> {
    require_coordinator(Some(&user))?;
    let group = StakeholderGroup::from_code(&form.stakeholder_group)
        .ok_or(AppError::BadRequest("error-group-required"))?;
    let role = match form.role.as_str() {
        "participant" => PlatformRole::Participant,
        "coordinator" => PlatformRole::Coordinator,
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    if id == user.id && role != PlatformRole::Coordinator {
        // Somebody must stay able to run the platform: no coordinator demotes themself.
        session.flash("error-cannot-demote-self").await?;
        return Ok(see_other("/manage/accounts"));
    }
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let account = user::Entity::find_by_id(id)
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    for (changed, action, before, after) in [
        (
            account.stakeholder_group != group,
            "account.group_changed",
            account.stakeholder_group.code(),
            group.code(),
        ),
        (
            account.role != role,
            "account.role_changed",
            account.role.code(),
            role.code(),
        ),
    ] {
        if changed {
            audit::record(
                &tx,
                audit::Entry {
                    actor_id: Some(user.id),
                    action,
                    object_type: "user",
                    object_id: Some(id),
                    consultation_id: None,
                    details: json!({ "account": account.email, "before": before, "after": after }),
                },
                now,
            )
            .await?;
        }
    }
    user::ActiveModel {
        id: Set(id),
        stakeholder_group: Set(group),
        role: Set(role),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&tx)
    .await?;
    tx.commit().await?;
    session.flash("flash-account-saved").await?;
    Ok(see_other("/manage/accounts"))
}
