//! The public pages: the list of published procedures and a procedure's page with its
//! notice, criteria, errata, the applications received (names only after the deadline),
//! the admission's outcome once public, and its sessions.

use askama::{Template, filters::Safe};
use axum::extract::{Path, Query, State};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::{
    ApplicationStatus, DocumentParent, consultation, consultation_role, procedure,
    procedure_erratum,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    applicants, notice,
    notice_form::{kinds_of, section_label},
    phase::Phase,
    sessions, store,
};
use crate::{
    documents::listing::{self as documents, DocumentList, Presentation},
    i18n::Locale,
    markdown,
    policy::{self, Action, Standing},
    timezone,
    web::{AppResult, AppState, Page, PageCtx, PageQuery},
};

const PER_PAGE: usize = 20;

/// A procedure on the list.
pub struct Card {
    pub slug: String,
    pub title: String,
    pub consultation: String,
    pub phase: Phase,
    pub deadline: String,
}

#[derive(Template)]
#[template(path = "procedures/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    procedures: Vec<Card>,
    page: u64,
    pages: u64,
}

impl ListPage {
    pub fn page_link(&self, page: u64) -> String {
        format!("/procedures?page={page}")
    }
}

/// Published procedures, newest first, of the consultations the visitor may see. There are
/// few procedures (a handful a year per public body), so they are filtered here by the
/// same visibility rule as their consultations rather than in SQL.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<PageQuery>,
) -> AppResult<Page<ListPage>> {
    let rows = procedure::Entity::find()
        .filter(procedure::Column::PublishedAt.is_not_null())
        .order_by_desc(procedure::Column::PublishedAt)
        .order_by_desc(procedure::Column::Id)
        .find_also_related(consultation::Entity)
        .all(&state.db)
        .await?;
    let person = ctx.user.as_ref().map(|u| u.person());
    let roles = match &person {
        Some(p) => {
            consultation_role::Entity::find()
                .filter(consultation_role::Column::UserId.eq(p.id))
                .all(&state.db)
                .await?
        }
        None => Vec::new(),
    };
    let now = state.now();
    let zone = state.config.timezone;
    let visible: Vec<Card> = rows
        .into_iter()
        .filter_map(|(p, c)| c.map(|c| (p, c)))
        .filter(|(_, c)| {
            let standing = Standing {
                user: person,
                role: roles
                    .iter()
                    .find(|r| r.consultation_id == c.id)
                    .map(|r| r.role),
            };
            policy::can_see(&standing, c)
        })
        .map(|(p, c)| Card {
            phase: Phase::of(&p, now),
            deadline: timezone::display(p.applications_close_at, zone, ctx.locale),
            slug: p.slug,
            title: p.title,
            consultation: c.title,
        })
        .collect();
    let pages = visible.len().div_ceil(PER_PAGE).max(1) as u64;
    let page = query.page.get().min(pages);
    let procedures = visible
        .into_iter()
        .skip((page as usize - 1) * PER_PAGE)
        .take(PER_PAGE)
        .collect();
    Ok(Page::ok(ListPage {
        ctx,
        procedures,
        page,
        pages,
    }))
}

/// A section of the notice: its heading's key and its text rendered.
pub struct Section {
    /// The Fluent key of its heading.
    pub label: &'static str,
    pub html: Safe<String>,
}

pub struct CriterionView {
    pub name: String,
    pub description: String,
    pub weight: i32,
}

pub struct ErratumView {
    pub field: String,
    pub previous: String,
    pub current: String,
    pub note: String,
    pub at: String,
    pub machine: String,
}

/// An organisation on the outcome of admission.
pub struct Decided {
    pub number: i32,
    pub name: String,
    pub reason: String,
}

pub struct SessionView {
    pub id: i64,
    pub title: String,
    pub starts: String,
    pub minutes: bool,
}

#[derive(Template)]
#[template(path = "procedures/show.html")]
pub struct ShowPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    consultation_slug: String,
    consultation: String,
    phase: Phase,
    published: String,
    deadline: String,
    deadline_machine: String,
    sections: Vec<Section>,
    kinds: Vec<String>,
    criteria: Vec<CriterionView>,
    errata: Vec<ErratumView>,
    received: i64,
    /// After the deadline: the applicant organisations, by number.
    applicants: Vec<(i32, String)>,
    admitted: Vec<Decided>,
    excluded: Vec<Decided>,
    sessions: Vec<SessionView>,
    can_manage: bool,
    /// The notice's attachments and the agreement.
    documents: DocumentList,
}

impl ShowPage {
    fn open(&self) -> bool {
        self.phase == Phase::Applications
    }

    fn after_deadline(&self) -> bool {
        self.phase >= Phase::Admission
    }

    fn admission_public(&self) -> bool {
        self.procedure.admission_published_at.is_some()
    }
}

/// A value of an erratum as people read it.
fn erratum_value(field: &str, value: &str, zone: Tz, locale: Locale) -> String {
    match field {
        "applications_close_at" => DateTime::parse_from_rfc3339(value)
            .map(|at| timezone::display(at.with_timezone(&Utc), zone, locale))
            .unwrap_or_else(|_| value.to_owned()),
        "supporters_allowed" | "runs_service" => locale.t(if value == "true" {
            "procedure-yes"
        } else {
            "procedure-no"
        }),
        "admitted_kinds" => kinds_of(value)
            .iter()
            .map(|k| locale.t_of("organisation-kind-", k))
            .collect::<Vec<_>>()
            .join(&locale.comma()),
        _ => value.to_owned(),
    }
}

fn errata_views(rows: Vec<procedure_erratum::Model>, zone: Tz, locale: Locale) -> Vec<ErratumView> {
    rows.into_iter()
        .map(|e| ErratumView {
            previous: erratum_value(&e.field, &e.previous, zone, locale),
            current: erratum_value(&e.field, &e.current, zone, locale),
            at: timezone::display(e.created_at, zone, locale),
            machine: timezone::machine(e.created_at),
            field: e.field,
            note: e.note,
        })
        .collect()
}

fn sections(p: &procedure::Model) -> Vec<Section> {
    [
        ("purposes", &p.purposes),
        ("economic_frame", &p.economic_frame),
        ("duration", &p.duration),
        ("how_to_apply", &p.how_to_apply),
        ("requirements", &p.requirements),
        ("supporters_note", &p.supporters_note),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(name, text)| Section {
        label: section_label(name),
        html: Safe(markdown::render(text)),
    })
    .collect()
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<ShowPage>> {
    let (access, procedure) =
        store::load(&state.db, &slug, ctx.user.as_ref(), Action::View).await?;
    let now = state.now();
    let zone = state.config.timezone;
    let phase = Phase::of(&procedure, now);
    let live = applicants::live(&state.db, procedure.id).await?;
    let decided = |status: ApplicationStatus| -> Vec<Decided> {
        live.iter()
            .filter(|(a, _)| a.status == status)
            .map(|(a, o)| Decided {
                number: a.number,
                name: o.name.clone(),
                reason: a.decision_reason.clone().unwrap_or_default(),
            })
            .collect()
    };
    let public = procedure.admission_published_at.is_some();
    let (admitted, excluded) = if public {
        (
            decided(ApplicationStatus::Admitted),
            decided(ApplicationStatus::Excluded),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let applicants = if phase >= Phase::Admission {
        live.iter()
            .map(|(a, o)| (a.number, o.name.clone()))
            .collect()
    } else {
        Vec::new()
    };
    let sessions = sessions::of(&state.db, procedure.id)
        .await?
        .into_iter()
        .filter(|m| m.cancelled_at.is_none())
        .map(|m| SessionView {
            id: m.id,
            starts: timezone::display(m.starts_at, zone, ctx.locale),
            minutes: m.minutes_published_at.is_some(),
            title: m.title,
        })
        .collect();
    let criteria = notice::criteria(&state.db, procedure.id)
        .await?
        .into_iter()
        .map(|c| CriterionView {
            name: c.name,
            description: c.description,
            weight: c.weight,
        })
        .collect();
    let errata = errata_views(
        notice::errata(&state.db, procedure.id).await?,
        zone,
        ctx.locale,
    );
    let can_manage = access.allows(Action::ManageProcedures);
    let documents = documents::for_parent(
        &state.db,
        (DocumentParent::Procedure, procedure.id),
        can_manage,
        Presentation::new(&state, ctx.locale),
    )
    .await?;
    Ok(Page::ok(ShowPage {
        documents,
        published: procedure
            .published_at
            .map(|at| timezone::display(at, zone, ctx.locale))
            .unwrap_or_default(),
        deadline: timezone::display(procedure.applications_close_at, zone, ctx.locale),
        deadline_machine: timezone::machine(procedure.applications_close_at),
        sections: sections(&procedure),
        kinds: kinds_of(&procedure.admitted_kinds),
        received: live.len() as i64,
        can_manage,
        consultation_slug: access.consultation.slug,
        consultation: access.consultation.title,
        ctx,
        procedure,
        phase,
        criteria,
        errata,
        applicants,
        admitted,
        excluded,
        sessions,
    }))
}
