//! The public register: `/organisations` (every organisation by name, a page at a time,
//! filtered by kind) and `/organisations/{slug}` (one organisation and its members; what its
//! representative may do there).

use askama::Template;
use axum::extract::{Path, Query, State};
use entity::{
    Code, DocumentParent, MembershipRole, MembershipStatus, OrganisationKind, organisation,
};
use serde::Deserialize;

use super::{
    domain::KINDS,
    store::{self, MemberRow},
};
use crate::{
    documents::listing::{self as documents, DocumentList, Presentation},
    web::{AppResult, AppState, Page, PageCtx, PageNumber, urlencode},
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterQuery {
    kind: String,
    page: PageNumber,
}

/// An organisation as the register lists it.
pub struct OrganisationCard {
    pub slug: String,
    pub name: String,
    pub kind: &'static str,
    pub town: String,
    pub verified: bool,
}

impl From<organisation::Model> for OrganisationCard {
    fn from(o: organisation::Model) -> Self {
        Self {
            slug: o.slug,
            name: o.name,
            kind: o.kind.code(),
            town: o.town,
            verified: o.verified_at.is_some(),
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
pub struct RegisterPage {
    ctx: PageCtx,
    organisations: Vec<OrganisationCard>,
    kinds: [&'static str; 3],
    kind: String,
    page: u64,
    pages: u64,
}

impl RegisterPage {
    pub fn page_link(&self, page: u64) -> String {
        format!("/organisations?kind={}&page={page}", urlencode(&self.kind))
    }
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<RegisterQuery>,
) -> AppResult<Page<RegisterPage>> {
    let kind = OrganisationKind::from_code(query.kind.trim());
    let (rows, page, pages) = store::page(&state.db, kind, query.page.get()).await?;
    Ok(Page::ok(RegisterPage {
        ctx,
        organisations: rows.into_iter().map(OrganisationCard::from).collect(),
        kinds: KINDS,
        kind: kind.map(Code::code).unwrap_or_default().to_owned(),
        page,
        pages,
    }))
}

/// Where the visitor stands toward the organisation shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Visitor,
    /// Logged in, not on its books.
    Outsider,
    Requested,
    Member,
    Representative,
}

#[derive(Template)]
#[template(path = "organisations/show.html")]
pub struct OrganisationPage {
    ctx: PageCtx,
    organisation: organisation::Model,
    kind: &'static str,
    members: Vec<MemberRow>,
    requests: Vec<MemberRow>,
    standing: Standing,
    /// Members and coordinators see who the members are; everyone else sees the
    /// representative and how many members there are. Belonging to an association can say
    /// more about a person (their origin, their status) than they chose to make public.
    sees_members: bool,
    documents: DocumentList,
}

impl OrganisationPage {
    fn representative(&self) -> bool {
        self.standing == Standing::Representative
    }

    fn is_representative(&self, member: &MemberRow) -> bool {
        member.role == MembershipRole::Representative
    }

    /// The members this viewer may see named.
    fn shown_members(&self) -> Vec<&MemberRow> {
        self.members
            .iter()
            .filter(|m| self.sees_members || self.is_representative(m))
            .collect()
    }

    fn member_count(&self) -> i64 {
        i64::try_from(self.members.len()).unwrap_or(i64::MAX)
    }

    fn is_me(&self, member: &MemberRow) -> bool {
        self.ctx
            .user
            .as_ref()
            .is_some_and(|u| u.id == member.user_id)
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<OrganisationPage>> {
    let db = &state.db;
    let organisation = store::by_slug(db, &slug).await?;
    let (members, requests): (Vec<_>, Vec<_>) = store::members(db, organisation.id)
        .await?
        .into_iter()
        .partition(|m| m.status == MembershipStatus::Active);
    let standing = match &ctx.user {
        None => Standing::Visitor,
        Some(user) => {
            let mine = members.iter().find(|m| m.user_id == user.id);
            match mine.map(|m| m.role) {
                Some(MembershipRole::Representative) => Standing::Representative,
                Some(MembershipRole::Member) => Standing::Member,
                None if requests.iter().any(|m| m.user_id == user.id) => Standing::Requested,
                None => Standing::Outsider,
            }
        }
    };
    let sees_members = matches!(standing, Standing::Member | Standing::Representative)
        || ctx
            .user
            .as_ref()
            .is_some_and(|u| u.role == entity::PlatformRole::Coordinator);
    let requests = if standing == Standing::Representative {
        requests
    } else {
        Vec::new()
    };
    let documents = documents::for_parent(
        db,
        (DocumentParent::Organisation, organisation.id),
        standing == Standing::Representative,
        Presentation::new(&state, ctx.locale),
    )
    .await?;
    Ok(Page::ok(OrganisationPage {
        documents,
        kind: organisation.kind.code(),
        organisation,
        members,
        requests,
        standing,
        sees_members,
        ctx,
    }))
}
