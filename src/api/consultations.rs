//! Consultations, their rounds and their proposals, as the API gives them.

use std::collections::HashMap;

use axum::{
    Json,
    extract::{Path, Query, State},
};
use entity::{
    AuthorRole, Code, ConsultationStatus, OrganisationKind, ProposalState, Visibility,
    consultation, proposal, proposal_author, theme, user,
};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::{
    consultations::{access, rounds},
    organisations,
    policy::{Action, Person},
    timezone,
    web::{
        AppResult, AppState, PageNumber,
        error_page::{API_UNAVAILABLE as UNAVAILABLE, ApiError},
    },
};

/// Items per page in every list.
pub const PER_PAGE: u64 = 50;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page number, from 1 (at most 1,000,000,000; anything else is a 400).
    #[param(value_type = Option<u64>, minimum = 1, maximum = 1_000_000_000)]
    pub page: PageNumber,
}

/// The query of a consultation's proposals: the page, and the kind of organisation they
/// were signed for.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ProposalsQuery {
    /// Page number, from 1 (at most 1,000,000,000; anything else is a 400).
    #[param(value_type = Option<u64>, minimum = 1, maximum = 1_000_000_000)]
    pub page: PageNumber,
    /// Only proposals signed for an organisation of this kind: `public_body`,
    /// `third_sector` or `other` (anything else is a 400).
    #[param(value_type = Option<String>)]
    pub organisation_kind: Option<OrganisationKind>,
}

/// The organisation a proposal was signed for, from the public register.
#[derive(Serialize, ToSchema)]
pub struct OrganisationRef {
    /// Its page is `/organisations/{slug}`.
    pub slug: String,
    pub name: String,
    /// `public_body`, `third_sector` or `other`.
    pub kind: String,
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationItem {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// `published` or `archived`.
    pub status: String,
    /// Always `public` here.
    pub visibility: String,
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationList {
    pub items: Vec<ConsultationItem>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

#[derive(Serialize, ToSchema)]
pub struct Allows {
    pub proposals: bool,
    pub comments: bool,
    pub voting: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RoundItem {
    pub id: i64,
    pub title: String,
    /// RFC 3339, UTC.
    pub opens_at: String,
    pub closes_at: String,
    /// `upcoming`, `open` or `closed`.
    pub state: String,
    pub allows: Allows,
    /// `support`, `approval` or `dots`.
    pub vote_rule: String,
    /// N supports or K dots; null when unlimited or not used.
    pub vote_limit: Option<i32>,
    /// `live` or `after_close`.
    pub results_visibility: String,
    /// Stakeholder groups that take part.
    pub groups: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationDetail {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    pub status: String,
    pub visibility: String,
    pub themes: Vec<String>,
    pub rounds: Vec<RoundItem>,
}

#[derive(Serialize, ToSchema)]
pub struct AnswerItem {
    /// `pending`, `evaluating`, `accepted`, `partially_accepted` or `rejected`.
    pub state: String,
    /// The public body's justification; required for final answers.
    pub justification: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ProposalItem {
    pub id: i64,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub theme: Option<String>,
    /// The language of the text (a code such as `it`, `ar`, `zh`).
    pub language: String,
    /// `published`, `withdrawn` or `merged`.
    pub state: String,
    /// The proposal this one was merged into.
    pub merged_into: Option<i64>,
    /// The stakeholder group of its author, or of the people met in person.
    pub author_group: Option<String>,
    /// The organisation its author signed it for, if any.
    pub organisation: Option<OrganisationRef>,
    pub recorded_in_person: bool,
    pub comments_count: i32,
    pub answer: AnswerItem,
    /// RFC 3339, UTC.
    pub created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProposalList {
    pub items: Vec<ProposalItem>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

fn public_consultations() -> sea_orm::Select<consultation::Entity> {
    consultation::Entity::find()
        .filter(consultation::Column::Status.ne(ConsultationStatus::Draft))
        .filter(consultation::Column::Visibility.eq(Visibility::Public))
}

/// Public consultations, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/consultations",
    tag = "consultations",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of public consultations", body = ConsultationList),
        (status = 400, description = "The page is not a number from 1 to 1,000,000,000", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Query(query): Query<PageQuery>,
) -> AppResult<Json<ConsultationList>> {
    let paginator = public_consultations()
        .order_by_desc(consultation::Column::CreatedAt)
        .order_by_desc(consultation::Column::Id)
        .paginate(&state.db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let page = query.page.get();
    let items = paginator
        .fetch_page(page - 1)
        .await?
        .into_iter()
        .map(|c| ConsultationItem {
            slug: c.slug,
            title: c.title,
            summary: c.summary,
            status: c.status.to_value(),
            visibility: c.visibility.to_value(),
        })
        .collect();
    Ok(Json(ConsultationList {
        items,
        page,
        per_page: PER_PAGE,
        total: counts.number_of_items,
    }))
}

/// One public consultation with its rounds.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug")),
    responses(
        (status = 200, description = "The consultation", body = ConsultationDetail),
        (status = 404, description = "No public consultation has this slug", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Json<ConsultationDetail>> {
    let access = access::load(&state.db, &slug, None::<Person>, Action::View).await?;
    let c = access.consultation;
    let themes = theme::Entity::find()
        .filter(theme::Column::ConsultationId.eq(c.id))
        .order_by_asc(theme::Column::Position)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|t| t.name)
        .collect();
    let rounds = rounds::for_consultation(&state.db, c.id)
        .await?
        .into_iter()
        .map(|r| RoundItem {
            id: r.id,
            title: r.title,
            opens_at: timezone::machine(r.opens_at),
            closes_at: timezone::machine(r.closes_at),
            state: r.state.to_value(),
            allows: Allows {
                proposals: r.allows_proposals,
                comments: r.allows_comments,
                voting: r.allows_voting,
            },
            vote_rule: r.vote_rule.to_value(),
            vote_limit: r.vote_limit,
            results_visibility: r.results_visibility.to_value(),
            groups: r.groups.split(',').map(str::to_owned).collect(),
        })
        .collect();
    Ok(Json(ConsultationDetail {
        slug: c.slug,
        title: c.title,
        summary: c.summary,
        body: c.body,
        status: c.status.to_value(),
        visibility: c.visibility.to_value(),
        themes,
        rounds,
    }))
}

/// A public consultation's proposals, oldest first; hidden ones are left out.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/proposals",
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug"), ProposalsQuery),
    responses(
        (status = 200, description = "A page of proposals", body = ProposalList),
        (status = 400, description = "The page is not a number from 1 to 1,000,000,000, or the organisation kind is unknown", body = ApiError),
        (status = 404, description = "No public consultation has this slug", body = ApiError),
        (status = 503, description = UNAVAILABLE, body = ApiError)
    )
)]
pub async fn proposals(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<ProposalsQuery>,
) -> AppResult<Json<ProposalList>> {
    let db = &state.db;
    let access = access::load(db, &slug, None::<Person>, Action::View).await?;
    let mut select = proposal::Entity::find()
        .filter(proposal::Column::ConsultationId.eq(access.consultation.id))
        .filter(proposal::Column::State.ne(ProposalState::Hidden));
    if let Some(kind) = query.organisation_kind {
        select = select.filter(
            proposal::Column::Id.in_subquery(organisations::store::proposals_signed_for(kind)),
        );
    }
    let paginator = select
        .order_by_asc(proposal::Column::Id)
        .paginate(db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let page = query.page.get();
    let rows = paginator.fetch_page(page - 1).await?;
    let themes: HashMap<i64, String> = theme::Entity::find()
        .filter(theme::Column::ConsultationId.eq(access.consultation.id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let signatures = proposal_author::Entity::find()
        .filter(proposal_author::Column::ProposalId.is_in(rows.iter().map(|p| p.id)))
        .filter(proposal_author::Column::Role.eq(AuthorRole::Author))
        .all(db)
        .await?;
    let signed_for =
        organisations::store::signed_for(db, signatures.iter().filter_map(|a| a.on_behalf_of))
            .await?;
    let mut organisation_of: HashMap<i64, OrganisationRef> = signatures
        .iter()
        .filter_map(|a| {
            let (slug, name, kind) = signed_for.get(&a.on_behalf_of?)?;
            let reference = OrganisationRef {
                slug: slug.clone(),
                name: name.clone(),
                kind: kind.code().to_owned(),
            };
            Some((a.proposal_id, reference))
        })
        .collect();
    let authors: HashMap<i64, i64> = signatures
        .into_iter()
        .map(|a| (a.proposal_id, a.user_id))
        .collect();
    let groups: HashMap<i64, entity::StakeholderGroup> = user::Entity::find()
        .filter(user::Column::Id.is_in(authors.values().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.stakeholder_group))
        .collect();
    let items = rows
        .into_iter()
        .map(|p| {
            let organisation = organisation_of.remove(&p.id);
            let group = p.in_person_group.or_else(|| {
                authors
                    .get(&p.id)
                    .and_then(|author| groups.get(author))
                    .copied()
            });
            ProposalItem {
                id: p.id,
                theme: p.theme_id.and_then(|id| themes.get(&id).cloned()),
                language: p.language,
                state: p.state.to_value(),
                merged_into: p.merged_into,
                author_group: group.map(|g| g.code().to_owned()),
                organisation,
                recorded_in_person: p.recorded_by.is_some(),
                comments_count: p.comments_count,
                answer: AnswerItem {
                    state: p.answer.code().to_owned(),
                    justification: p.answer_justification,
                },
                created_at: timezone::machine(p.created_at),
                title: p.title,
                body: p.body,
            }
        })
        .collect();
    Ok(Json(ProposalList {
        items,
        page,
        per_page: PER_PAGE,
        total: counts.number_of_items,
    }))
}
