//! `/manage/surveys/{id}/paper`: the paper questionnaires typed in, newest day first, with
//! who typed each; removing one (typed in by mistake) after a confirmation.

use askama::Template;
use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use entity::{Code, ResponseSource, survey_response, user};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::{
    audit, db,
    policy::Action,
    surveys::{model::Structure, responses, results::load, store},
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, Page, PageCtx, PageQuery, see_other,
    },
};

pub const PER_PAGE: u64 = 50;

pub struct PaperView {
    pub id: i64,
    pub place: String,
    pub day: String,
    pub group: &'static str,
    pub recorded_by: String,
}

#[derive(Template)]
#[template(path = "surveys/paper_list.html")]
pub struct PaperListPage {
    ctx: PageCtx,
    survey_id: i64,
    title: String,
    papers: Vec<PaperView>,
    total: u64,
    page: u64,
    pages: u64,
}

impl PaperListPage {
    fn page_link(&self, page: u64) -> String {
        format!("/manage/surveys/{}/paper?page={page}", self.survey_id)
    }
}

async fn views(
    db: &impl ConnectionTrait,
    ctx: &PageCtx,
    rows: Vec<survey_response::Model>,
) -> AppResult<Vec<PaperView>> {
    let ids: Vec<i64> = rows.iter().filter_map(|r| r.recorded_by).collect();
    let names: Vec<(i64, String)> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| PaperView {
            id: r.id,
            place: r.place.unwrap_or_default(),
            day: r.held_on.map(|d| ctx.locale.date(d)).unwrap_or_default(),
            group: r.stakeholder_group.code(),
            recorded_by: ctx.person(
                names
                    .iter()
                    .find(|(id, _)| Some(*id) == r.recorded_by)
                    .map_or("", |(_, n)| n.as_str()),
            ),
        })
        .collect())
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<PaperListPage>> {
    let loaded = load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let paginator = survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.eq(id))
        .filter(survey_response::Column::Source.eq(ResponseSource::Paper))
        .order_by_desc(survey_response::Column::HeldOn)
        .order_by_desc(survey_response::Column::Id)
        .paginate(&state.db, PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let page = query.page.get();
    let rows = paginator.fetch_page(page - 1).await?;
    let papers = views(&state.db, &ctx, rows).await?;
    Ok(Page::ok(PaperListPage {
        survey_id: id,
        title: loaded.structure.survey.title.clone(),
        papers,
        total: counts.number_of_items,
        page,
        pages: counts.number_of_pages.max(1),
        ctx,
    }))
}

/// The paper questionnaire `response` of survey `id`; a 404 for any other response.
async fn find_paper(
    db: &impl ConnectionTrait,
    id: i64,
    response: i64,
) -> AppResult<survey_response::Model> {
    survey_response::Entity::find_by_id(response)
        .filter(survey_response::Column::SurveyId.eq(id))
        .filter(survey_response::Column::Source.eq(ResponseSource::Paper))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "surveys/paper_remove.html")]
pub struct RemovePage {
    ctx: PageCtx,
    survey_id: i64,
    paper: PaperView,
}

pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path((id, response)): Path<(i64, i64)>,
) -> AppResult<Page<RemovePage>> {
    load(&state, id, ctx.user.as_ref(), Action::ManageSurveys).await?;
    let row = find_paper(&state.db, id, response).await?;
    let paper = views(&state.db, &ctx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok(Page::ok(RemovePage {
        ctx,
        survey_id: id,
        paper,
    }))
}

pub async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    session: AppSession,
    Path((id, response)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let loaded = load(&state, id, Some(&user), Action::ManageSurveys).await?;
    let tx = db::begin_write(&state.db).await?;
    let survey = store::lock(&tx, id).await?.ok_or(AppError::NotFound)?;
    let row = find_paper(&tx, id, response).await?;
    let structure = Structure::load(&tx, survey).await?;
    let details = json!({
        "survey_id": id,
        "place": row.place,
        "held_on": row.held_on.map(|d| d.to_string()),
        "group": row.stakeholder_group.code(),
    });
    responses::remove_paper(&tx, &structure, row).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(user.id),
            action: "survey.paper_removed",
            object_type: "survey_response",
            object_id: Some(response),
            consultation_id: Some(loaded.access.consultation.id),
            details,
        },
        state.now(),
    )
    .await?;
    tx.commit().await?;
    session.flash("flash-survey-paper-removed").await?;
    Ok(see_other(&format!("/manage/surveys/{id}/paper")))
}
