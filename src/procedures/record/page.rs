//! `/procedures/{slug}/record` and its printable report `/procedures/{slug}/record/print`.

use askama::Template;
use axum::extract::{Path, State};
use chrono_tz::Tz;

use super::{AgreementOut, Record};
use crate::{
    documents,
    i18n::Locale,
    meetings::view::When,
    policy::Action,
    procedures::{evaluation::ranking, store},
    web::{AppResult, AppState, Page, PageCtx},
};

/// The report's style sheet, shared with the consultation's printable report.
const STYLE: &str = include_str!("../../exports/report.css");

/// An act as the page reads it.
pub struct ActView {
    pub kind: &'static str,
    pub when: When,
    pub number: Option<i32>,
    pub organisation: Option<String>,
    pub subject: Option<String>,
    pub text: Option<String>,
    pub previous: Option<String>,
    pub link: Option<String>,
    pub minutes_link: Option<String>,
}

/// A document of the procedure as the record shows it.
pub struct DocumentView {
    pub name: String,
    pub href: String,
    /// `PDF`, `ODT`, … and the size, as people read them.
    pub kind: String,
    pub size: String,
}

pub struct RecordView {
    pub documents: Vec<DocumentView>,
    pub slug: String,
    pub title: String,
    pub phase: &'static str,
    pub names_shown: bool,
    pub acts: Vec<ActView>,
    pub criteria: Vec<(String, i32)>,
    pub commission: Vec<String>,
    pub ranking: Vec<ranking::Written>,
    pub evaluation_published: bool,
    pub agreement: Option<AgreementOut>,
    pub signed_on: String,
}

#[derive(Template)]
#[template(path = "procedures/record/show.html")]
pub struct RecordPage {
    ctx: PageCtx,
    record: RecordView,
}

#[derive(Template)]
#[template(path = "procedures/record/print.html")]
pub struct PrintPage {
    ctx: PageCtx,
    record: RecordView,
    style: &'static str,
    exported: String,
}

fn view(record: Record, zone: Tz, locale: Locale) -> RecordView {
    let signed_on = record
        .procedure
        .agreement_signed_at
        .map(|at| locale.date(at.with_timezone(&zone).date_naive()))
        .unwrap_or_default();
    let acts = record
        .acts
        .into_iter()
        .map(|act| {
            let mut when = When::new(act.at, zone, locale);
            if act.kind == "agreement_signed" {
                when.text = signed_on.clone();
            }
            ActView {
                kind: act.kind,
                when,
                number: act.number,
                organisation: act.organisation,
                subject: act.subject,
                text: act.text,
                previous: act.previous,
                link: act.link,
                minutes_link: act.minutes_link,
            }
        })
        .collect();
    let (criteria, commission, ranking) = match record.evaluation {
        Some(evaluation) => (
            evaluation
                .criteria
                .into_iter()
                .map(|c| (c.name, c.weight))
                .collect(),
            evaluation.commission,
            ranking::written(evaluation.ranking, &locale),
        ),
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    let documents = record
        .documents
        .into_iter()
        .map(|d| DocumentView {
            kind: documents::sniff::by_content_type(&d.content_type)
                .map_or_else(|| "?".to_owned(), |k| k.extension.to_uppercase()),
            size: documents::listing::size(d.size, locale),
            href: d.url,
            name: d.name,
        })
        .collect();
    RecordView {
        documents,
        slug: record.procedure.slug.clone(),
        title: record.procedure.title.clone(),
        phase: record.phase.key().trim_start_matches("procedure-phase-"),
        names_shown: record.names_shown,
        acts,
        evaluation_published: record.procedure.evaluation_published_at.is_some(),
        criteria,
        commission,
        ranking,
        agreement: record.agreement,
        signed_on,
    }
}

async fn load(state: &AppState, ctx: &PageCtx, slug: &str) -> AppResult<RecordView> {
    let (_, procedure) = store::load(&state.db, slug, ctx.user.as_ref(), Action::View).await?;
    let zone = state.config.timezone;
    let record = Record::load(&state.db, procedure, state.now(), zone).await?;
    Ok(view(record, zone, ctx.locale))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<RecordPage>> {
    let record = load(&state, &ctx, &slug).await?;
    Ok(Page::ok(RecordPage { ctx, record }))
}

pub async fn print(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
) -> AppResult<Page<PrintPage>> {
    let record = load(&state, &ctx, &slug).await?;
    let exported = crate::timezone::display(state.now(), state.config.timezone, ctx.locale);
    Ok(Page::ok(PrintPage {
        ctx,
        record,
        style: STYLE,
        exported,
    }))
}
