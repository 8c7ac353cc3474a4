//! The procedure's console (`/manage/procedures/{slug}`): where it stands, what its
//! managers may do next, and which of the consultation's meetings are its sessions.

use askama::Template;
use axum::extract::{Path, State};
use entity::{DocumentParent, procedure_erratum};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::{applicants, phase::Phase, sessions, store};
use crate::{
    documents::listing::{self as documents, DocumentList, Presentation},
    meetings,
    policy::Action,
    timezone,
    web::{AppResult, AppState, Page, PageCtx},
};

/// A meeting of the consultation, and whether it is one of the procedure's sessions.
pub struct MeetingChoice {
    pub id: i64,
    pub title: String,
    pub starts: String,
    pub session: bool,
}

#[derive(Template)]
#[template(path = "procedures/console.html")]
pub struct ConsolePage {
    ctx: PageCtx,
    slug: String,
    title: String,
    consultation_slug: String,
    consultation: String,
    phase: Phase,
    deadline: String,
    applications: usize,
    errata: u64,
    meetings: Vec<MeetingChoice>,
    /// The notice's attachments and the agreement, managed here at any phase.
    documents: DocumentList,
}

impl ConsolePage {
    fn draft(&self) -> bool {
        self.phase == Phase::Draft
    }

    fn admission(&self) -> bool {
        self.phase >= Phase::Admission
    }

    fn sessions_open(&self) -> bool {
        self.phase >= Phase::CoDesign
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ConsolePage>> {
    let (access, procedure) = store::load(
        &state.db,
        &slug,
        ctx.user.as_ref(),
        Action::ManageProcedures,
    )
    .await?;
    let zone = state.config.timezone;
    let applications = applicants::live(&state.db, procedure.id).await?.len();
    let errata = procedure_erratum::Entity::find()
        .filter(procedure_erratum::Column::ProcedureId.eq(procedure.id))
        .count(&state.db)
        .await?;
    let marked: Vec<i64> = sessions::of(&state.db, procedure.id)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let meetings = meetings::store::for_consultation(&state.db, procedure.consultation_id)
        .await?
        .into_iter()
        .filter(|m| m.cancelled_at.is_none())
        .map(|m| MeetingChoice {
            session: marked.contains(&m.id),
            starts: timezone::display(m.starts_at, zone, ctx.locale),
            id: m.id,
            title: m.title,
        })
        .collect();
    let documents = documents::for_parent(
        &state.db,
        (DocumentParent::Procedure, procedure.id),
        true,
        Presentation::new(&state, ctx.locale),
    )
    .await?;
    Ok(Page::ok(ConsolePage {
        documents,
        phase: Phase::of(&procedure, state.now()),
        deadline: timezone::display(procedure.applications_close_at, zone, ctx.locale),
        ctx,
        slug: procedure.slug,
        title: procedure.title,
        consultation_slug: access.consultation.slug,
        consultation: access.consultation.title,
        applications,
        errata,
        meetings,
    }))
}
