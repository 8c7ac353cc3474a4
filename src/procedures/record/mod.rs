//! The procedure's public record (art. 55 D.Lgs. 117/2017 and the DM 72/2021 guidelines ask
//! for every act of the procedure to be public): one list of its acts in order, each with
//! its date — the notice, its errata, the applications received (organisations named only
//! once the deadline has passed), the decisions on admission with their reasons (once the
//! admission is published), the co-design sessions with their minutes, the evaluation (once
//! published) and the agreement, with the procedure's documents (the notice's attachments
//! and the agreement, added at any phase; an application's documents stay private). Shown as a page (`page`), a printable report and a JSON file
//! (`export`), all built from the same [`Record`].
//!
//! Nothing private is in it: no address, no account, nobody who submitted or decided.

pub mod export;
mod page;

use axum::{Router, routing::get};
use chrono::{DateTime, Utc};
use entity::{
    ApplicationStatus, meeting, organisation, procedure, procedure_application, procedure_erratum,
    procedure_session, procedure_signatory,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use super::{
    evaluation::{
        board::Board,
        ranking::{self, Ranked},
    },
    phase::Phase,
};
use crate::{documents, web::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/procedures/{slug}/record", get(page::show))
        .route("/procedures/{slug}/record/print", get(page::print))
        .route("/procedures/{slug}/record.json", get(export::json))
}

/// One act of the procedure. `kind` is one of: `notice_published`, `erratum`,
/// `application_received`, `application_withdrawn`, `admission_published`,
/// `application_admitted`, `application_excluded`, `session`, `evaluation_opened`,
/// `evaluation_published`, `agreement_signed`, `procedure_closed`.
#[derive(Debug, Clone, Serialize)]
pub struct Act {
    pub kind: &'static str,
    #[serde(serialize_with = "export::instant")]
    pub at: DateTime<Utc>,
    /// An application's registration number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i32>,
    /// The organisation, once it may be named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// An erratum's field, a session's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// An erratum's new text and note, a decision's reason, the agreement's note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// A session's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// A session's published minutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes_link: Option<String>,
}

impl Act {
    fn new(kind: &'static str, at: DateTime<Utc>) -> Act {
        Act {
            kind,
            at,
            number: None,
            organisation: None,
            subject: None,
            text: None,
            previous: None,
            link: None,
            minutes_link: None,
        }
    }

    /// The order of acts of the same instant: the order of the procedure's steps.
    fn step(&self) -> usize {
        const ORDER: [&str; 12] = [
            "notice_published",
            "erratum",
            "application_received",
            "application_withdrawn",
            "admission_published",
            "application_admitted",
            "application_excluded",
            "session",
            "evaluation_opened",
            "evaluation_published",
            "agreement_signed",
            "procedure_closed",
        ];
        ORDER.iter().position(|k| *k == self.kind).unwrap_or(0)
    }
}

/// The published evaluation: the criteria, the commission and the ranking.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub criteria: Vec<CriterionOut>,
    pub commission: Vec<String>,
    pub ranking: Vec<Ranked>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionOut {
    pub name: String,
    pub weight: i32,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgreementOut {
    /// The day it was signed, `YYYY-MM-DD` in the platform's time zone.
    pub signed_on: String,
    pub note: String,
    pub signatories: Vec<String>,
}

/// A document of the procedure (never of an application).
#[derive(Debug, Clone, Serialize)]
pub struct DocumentOut {
    pub name: String,
    #[serde(rename = "type")]
    pub content_type: String,
    /// In bytes.
    pub size: i64,
    pub sha256: String,
    pub url: String,
    #[serde(serialize_with = "export::instant")]
    pub added_at: DateTime<Utc>,
}

/// The whole public file of a procedure, as it stands now.
pub struct Record {
    /// The procedure's documents, in the order they were added.
    pub documents: Vec<DocumentOut>,
    pub procedure: procedure::Model,
    pub phase: Phase,
    pub acts: Vec<Act>,
    pub evaluation: Option<Evaluation>,
    pub agreement: Option<AgreementOut>,
    /// Whether organisations are named (the deadline has passed).
    pub names_shown: bool,
}

impl Record {
    pub async fn load(
        db: &impl ConnectionTrait,
        procedure: procedure::Model,
        now: DateTime<Utc>,
        zone: chrono_tz::Tz,
    ) -> Result<Record, DbErr> {
        let names_shown = now >= procedure.applications_close_at;
        let mut acts = Vec::new();
        if let Some(at) = procedure.published_at {
            acts.push(Act::new("notice_published", at));
        }
        acts.extend(errata(db, procedure.id).await?);
        acts.extend(applications(db, &procedure, names_shown).await?);
        acts.extend(sessions(db, procedure.id).await?);
        let evaluation = evaluation(db, &procedure, &mut acts).await?;
        let agreement = agreement(db, &procedure, &mut acts, zone).await?;
        acts.sort_by(|a, b| a.at.cmp(&b.at).then(a.step().cmp(&b.step())));
        let documents = procedure_documents(db, procedure.id).await?;
        Ok(Record {
            documents,
            phase: Phase::of(&procedure, now),
            procedure,
            acts,
            evaluation,
            agreement,
            names_shown,
        })
    }
}

async fn procedure_documents(
    db: &impl ConnectionTrait,
    procedure_id: i64,
) -> Result<Vec<DocumentOut>, DbErr> {
    let rows =
        documents::store::of_parent(db, entity::DocumentParent::Procedure, procedure_id).await?;
    Ok(rows
        .into_iter()
        .map(|d| DocumentOut {
            url: documents::listing::href(d.id, &d.name),
            name: d.name,
            content_type: d.content_type,
            size: d.size_bytes,
            sha256: d.sha256,
            added_at: d.created_at,
        })
        .collect())
}

async fn errata(db: &impl ConnectionTrait, procedure_id: i64) -> Result<Vec<Act>, DbErr> {
    let rows = procedure_erratum::Entity::find()
        .filter(procedure_erratum::Column::ProcedureId.eq(procedure_id))
        .order_by_asc(procedure_erratum::Column::CreatedAt)
        .order_by_asc(procedure_erratum::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|e| Act {
            subject: Some(e.field),
            previous: Some(e.previous),
            text: Some(if e.note.is_empty() {
                e.current
            } else {
                format!("{}\n\n{}", e.current, e.note)
            }),
            ..Act::new("erratum", e.created_at)
        })
        .collect())
}

async fn applications(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    names_shown: bool,
) -> Result<Vec<Act>, DbErr> {
    let rows = procedure_application::Entity::find()
        .filter(procedure_application::Column::ProcedureId.eq(procedure.id))
        .order_by_asc(procedure_application::Column::Number)
        .find_also_related(organisation::Entity)
        .all(db)
        .await?;
    let decided = procedure.admission_published_at;
    let mut acts = Vec::new();
    for (application, organisation) in rows {
        let name = organisation.map(|o| o.name).filter(|_| names_shown);
        acts.push(Act {
            number: Some(application.number),
            organisation: name.clone(),
            ..Act::new("application_received", application.submitted_at)
        });
        if let (ApplicationStatus::Withdrawn, Some(at)) =
            (application.status, application.withdrawn_at)
        {
            acts.push(Act {
                number: Some(application.number),
                organisation: name.clone(),
                ..Act::new("application_withdrawn", at)
            });
        }
        let Some(published) = decided else { continue };
        let kind = match application.status {
            ApplicationStatus::Admitted => "application_admitted",
            ApplicationStatus::Excluded => "application_excluded",
            _ => continue,
        };
        acts.push(Act {
            number: Some(application.number),
            organisation: name,
            text: application.decision_reason.filter(|r| !r.trim().is_empty()),
            ..Act::new(
                kind,
                application.decided_at.unwrap_or(published).max(published),
            )
        });
    }
    if let Some(at) = decided {
        acts.push(Act::new("admission_published", at));
    }
    Ok(acts)
}

async fn sessions(db: &impl ConnectionTrait, procedure_id: i64) -> Result<Vec<Act>, DbErr> {
    let rows = procedure_session::Entity::find()
        .filter(procedure_session::Column::ProcedureId.eq(procedure_id))
        .find_also_related(meeting::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(_, meeting)| meeting)
        .filter(|m| m.cancelled_at.is_none())
        .map(|m| Act {
            subject: Some(m.title.clone()),
            link: Some(format!("/meetings/{}", m.id)),
            minutes_link: m
                .minutes_published_at
                .map(|_| format!("/meetings/{}#after", m.id)),
            ..Act::new("session", m.starts_at)
        })
        .collect())
}

async fn evaluation(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    acts: &mut Vec<Act>,
) -> Result<Option<Evaluation>, DbErr> {
    if let Some(at) = procedure.evaluation_opened_at {
        acts.push(Act::new("evaluation_opened", at));
    }
    let Some(at) = procedure.evaluation_published_at else {
        return Ok(None);
    };
    acts.push(Act::new("evaluation_published", at));
    let board = Board::load(db, procedure.id).await?;
    Ok(Some(Evaluation {
        criteria: board
            .criteria
            .iter()
            .map(|c| CriterionOut {
                name: c.name.clone(),
                weight: c.weight,
            })
            .collect(),
        commission: board.members.iter().map(|m| m.name.clone()).collect(),
        ranking: ranking::ranking(&board),
    }))
}

async fn agreement(
    db: &impl ConnectionTrait,
    procedure: &procedure::Model,
    acts: &mut Vec<Act>,
    zone: chrono_tz::Tz,
) -> Result<Option<AgreementOut>, DbErr> {
    let Some(signed) = procedure.agreement_signed_at else {
        return Ok(None);
    };
    let signatories: Vec<String> = procedure_signatory::Entity::find()
        .filter(procedure_signatory::Column::ProcedureId.eq(procedure.id))
        .find_also_related(organisation::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(_, o)| o.map(|o| o.name))
        .collect();
    acts.push(Act {
        text: Some(procedure.agreement_note.clone()).filter(|n| !n.is_empty()),
        organisation: Some(signatories.join(", ")),
        ..Act::new("agreement_signed", signed)
    });
    if let Some(at) = procedure.closed_at {
        acts.push(Act::new("procedure_closed", at));
    }
    Ok(Some(AgreementOut {
        signed_on: signed.with_timezone(&zone).date_naive().to_string(),
        note: procedure.agreement_note.clone(),
        signatories,
    }))
}
