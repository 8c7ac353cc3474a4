//! Reading and writing the register: organisations, their members and requests to join.
//! Every function takes a connection or a transaction.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{
    MembershipRole, MembershipStatus, OrganisationKind, organisation, organisation_member,
    proposal_author, user,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
    sea_query::{Expr, ExprTrait, JoinType, Query, SelectStatement},
};

use super::domain::OrganisationDraft;
use crate::{consultations::content::slugify, web::AppError};

pub const PER_PAGE: u64 = 20;

/// One page of the register (by name), of one kind or all; with the number of pages.
pub async fn page(
    db: &impl ConnectionTrait,
    kind: Option<OrganisationKind>,
    page: u64,
) -> Result<(Vec<organisation::Model>, u64, u64), DbErr> {
    let mut select = organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .order_by_asc(organisation::Column::Id);
    if let Some(kind) = kind {
        select = select.filter(organisation::Column::Kind.eq(kind));
    }
    let paginator = select.paginate(db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = Ord::max(counts.number_of_pages, 1);
    let page = page.clamp(1, pages);
    Ok((paginator.fetch_page(page - 1).await?, page, pages))
}

pub async fn by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<organisation::Model, AppError> {
    organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// A member or someone asking to be one, with their name.
#[derive(Debug, Clone, FromQueryResult)]
pub struct MemberRow {
    pub user_id: i64,
    pub display_name: String,
    pub role: MembershipRole,
    pub status: MembershipStatus,
}

/// Everyone on an organisation's books: representatives first, then by name.
pub async fn members(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<MemberRow>, DbErr> {
    organisation_member::Entity::find()
        .select_only()
        .column(organisation_member::Column::UserId)
        .column(user::Column::DisplayName)
        .column(organisation_member::Column::Role)
        .column(organisation_member::Column::Status)
        .join(
            JoinType::InnerJoin,
            organisation_member::Relation::User.def(),
        )
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(organisation_member::Column::Role)
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(organisation_member::Column::UserId)
        .into_model::<MemberRow>()
        .all(db)
        .await
}

/// The organisation, holding it against other writers until the transaction ends: on
/// PostgreSQL its row is locked; SQLite's write transaction already holds the database.
pub async fn lock(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<organisation::Model>, DbErr> {
    organisation::Entity::find_by_id(id)
        .lock_exclusive()
        .one(db)
        .await
}

/// Someone's row in an organisation, if any.
pub async fn membership(
    db: &impl ConnectionTrait,
    organisation_id: i64,
    user_id: i64,
) -> Result<Option<organisation_member::Model>, DbErr> {
    organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .filter(organisation_member::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// A free address made from the name: `cooperativa-aurora`, then `cooperativa-aurora-2`…
async fn free_slug(db: &impl ConnectionTrait, name: &str) -> Result<String, DbErr> {
    let mut base = slugify(name);
    if base.len() < 3 || base == "new" {
        base = format!("organisation-{base}")
            .trim_end_matches('-')
            .to_owned();
    }
    base.truncate(70);
    let taken: Vec<String> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Slug)
        .filter(organisation::Column::Slug.starts_with(&base))
        .into_tuple()
        .all(db)
        .await?;
    let mut slug = base.clone();
    let mut n = 1;
    while taken.contains(&slug) {
        n += 1;
        slug = format!("{base}-{n}");
    }
    Ok(slug)
}

/// Saves a new organisation with `creator` as its representative; returns it.
pub async fn create(
    db: &impl ConnectionTrait,
    draft: OrganisationDraft,
    creator: i64,
    now: DateTime<Utc>,
) -> Result<organisation::Model, DbErr> {
    let slug = free_slug(db, &draft.name).await?;
    let saved = organisation::ActiveModel {
        slug: Set(slug),
        created_by: Set(Some(creator)),
        created_at: Set(now),
        verified_at: Set(None),
        ..filled(draft, now)
    }
    .insert(db)
    .await?;
    add_member(
        db,
        (saved.id, creator),
        (MembershipRole::Representative, MembershipStatus::Active),
        now,
    )
    .await?;
    Ok(saved)
}

fn filled(draft: OrganisationDraft, now: DateTime<Utc>) -> organisation::ActiveModel {
    organisation::ActiveModel {
        name: Set(draft.name),
        kind: Set(draft.kind),
        runts_number: Set(draft.runts_number),
        tax_code: Set(draft.tax_code),
        town: Set(draft.town),
        website: Set(draft.website),
        description: Set(draft.description),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// Writes an edited organisation over `id`; its address stays.
pub async fn update(
    db: &impl ConnectionTrait,
    id: i64,
    draft: OrganisationDraft,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    organisation::Entity::update_many()
        .set(filled(draft, now))
        .filter(organisation::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_member(
    db: &impl ConnectionTrait,
    (organisation_id, user_id): (i64, i64),
    (role, status): (MembershipRole, MembershipStatus),
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    organisation_member::Entity::insert(organisation_member::ActiveModel {
        organisation_id: Set(organisation_id),
        user_id: Set(user_id),
        role: Set(role),
        status: Set(status),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The organisations someone is an active member of, `(id, name)` by name: those they may
/// sign for.
pub async fn signable_for(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Vec<(i64, String)>, DbErr> {
    organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::Name)
        .join(
            JoinType::InnerJoin,
            organisation_member::Relation::Organisation.def().rev(),
        )
        .filter(organisation_member::Column::UserId.eq(user_id))
        .filter(organisation_member::Column::Status.eq(MembershipStatus::Active))
        .order_by_asc(organisation::Column::Name)
        .into_tuple()
        .all(db)
        .await
}

/// The ids of proposals whose author signed for an organisation of `kind`, as a subquery.
pub fn proposals_signed_for(kind: OrganisationKind) -> SelectStatement {
    Query::select()
        .column((proposal_author::Entity, proposal_author::Column::ProposalId))
        .from(proposal_author::Entity)
        .inner_join(
            organisation::Entity,
            Expr::col((organisation::Entity, organisation::Column::Id))
                .equals((proposal_author::Entity, proposal_author::Column::OnBehalfOf)),
        )
        .and_where(
            Expr::col((organisation::Entity, organisation::Column::Kind)).eq(Expr::value(kind)),
        )
        .to_owned()
}

/// The organisations these signatures were made for, `(slug, name, kind)` by id.
pub async fn signed_for(
    db: &impl ConnectionTrait,
    ids: impl Iterator<Item = i64>,
) -> Result<HashMap<i64, (String, String, OrganisationKind)>, DbErr> {
    let mut ids: Vec<i64> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, String, String, OrganisationKind)> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::Slug)
        .column(organisation::Column::Name)
        .column(organisation::Column::Kind)
        .filter(organisation::Column::Id.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, slug, name, kind)| (id, (slug, name, kind)))
        .collect())
}

/// Marks `user_id`'s signature of proposal `proposal_id` as made for `organisation_id`.
pub async fn sign_proposal_for(
    db: &impl ConnectionTrait,
    (proposal_id, user_id): (i64, i64),
    organisation_id: i64,
) -> Result<(), DbErr> {
    proposal_author::Entity::update_many()
        .col_expr(
            proposal_author::Column::OnBehalfOf,
            sea_orm::sea_query::Expr::value(organisation_id),
        )
        .filter(proposal_author::Column::ProposalId.eq(proposal_id))
        .filter(proposal_author::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The registered organisations among these names, `(name, slug)`: where a person's
/// free-text organisation matches one, it links to it.
pub async fn slugs_by_name(
    db: &impl ConnectionTrait,
    names: &[String],
) -> Result<Vec<(String, String)>, DbErr> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Name)
        .column(organisation::Column::Slug)
        .filter(organisation::Column::Name.is_in(names.iter().map(String::as_str)))
        .into_tuple()
        .all(db)
        .await
}
