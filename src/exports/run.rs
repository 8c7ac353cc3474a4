//! Writing an export: the formats, and the loop that feeds the chosen one (a `Sink`) every
//! table in batches.

use std::{fs::File, io::BufWriter, path::Path};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use entity::consultation;
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};

use super::{
    report::Report,
    sink::{Record, Sink},
    source::{self, Head, Options, People},
    tables,
    tabular::{CsvFolder, CsvZip, JsonDocument, Xlsx},
};
use crate::{audit, i18n::Locale};
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One CSV file per table, in a zip (or a folder, from the command line).
    Csv,
    /// One JSON document following the published schema.
    Json,
    /// A workbook with a sheet per table.
    Xlsx,
    /// The printable report.
    Html,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::Xlsx, Format::Html];

    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
            Format::Html => "html",
        }
    }

    pub fn from_code(code: &str) -> Option<Format> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The downloaded file's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "zip",
            other => other.code(),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "application/zip",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Html => "text/html; charset=utf-8",
        }
    }

    /// `demo-outcomes.zip`.
    pub fn file_name(self, slug: &str) -> String {
        format!("{slug}-outcomes.{}", self.extension())
    }
}

/// Told how far an export has gone (the command line draws a bar).
pub trait Progress: Sync {
    fn start(&self, _rows: u64) {}
    fn advance(&self, _rows: u64) {}
}

pub struct Silent;
impl Progress for Silent {}

/// What an export wrote.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub proposals: u64,
    pub comments: u64,
    pub answers: u64,
    pub results: u64,
    pub in_person: u64,
    pub meetings: u64,
    pub commitments: u64,
    pub commitment_updates: u64,
    pub documents: u64,
    pub survey_responses: u64,
    pub pseudonymised: bool,
}

/// Where an export goes.
pub enum Target<'a> {
    /// A file (a zip for CSV).
    File(File),
    /// A folder to put one CSV file per table in (CSV only).
    Folder(&'a Path),
}

fn sink_for(
    format: Format,
    target: Target<'_>,
    locale: Locale,
    zone: Tz,
) -> anyhow::Result<Box<dyn Sink>> {
    Ok(match (format, target) {
        (Format::Csv, Target::Folder(path)) => Box::new(CsvFolder::new(path)?),
        (_, Target::Folder(_)) => anyhow::bail!("only CSV can be written to a folder"),
        (Format::Csv, Target::File(file)) => Box::new(CsvZip::new(file)),
        (Format::Json, Target::File(file)) => Box::new(JsonDocument::new(BufWriter::new(file))),
        (Format::Xlsx, Target::File(file)) => Box::new(Xlsx::new(file)),
        (Format::Html, Target::File(file)) => {
            Box::new(Report::new(BufWriter::new(file), locale, zone))
        }
    })
}

/// What to export and how to present it.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    pub format: Format,
    pub options: Options,
    /// The report's language and time zone.
    pub locale: Locale,
    pub zone: Tz,
    pub now: DateTime<Utc>,
}

/// Exports `consultation` as `request` says to `target`, reading it in one transaction so
/// every table tells the same story even while people keep taking part.
pub async fn export(
    db: &DatabaseConnection,
    consultation: consultation::Model,
    request: Request,
    target: Target<'_>,
    progress: &dyn Progress,
) -> anyhow::Result<Summary> {
    let Request {
        format,
        options,
        locale,
        zone,
        now,
    } = request;
    let key = crate::db::signing_key(db).await?;
    let sink = sink_for(format, target, locale, zone)?;
    let snapshot = if crate::db::is_sqlite(db) {
        db.begin().await?
    } else {
        db.begin_with_config(
            Some(sea_orm::IsolationLevel::RepeatableRead),
            Some(sea_orm::AccessMode::ReadOnly),
        )
        .await?
    };
    let head = Head::load(&snapshot, consultation, options, now).await?;
    let mut people = People::new(&key, head.consultation.id, !head.pseudonymised);
    let summary = write(&snapshot, &head, &mut people, sink, progress).await?;
    snapshot.commit().await?;
    Ok(summary)
}

async fn write(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    mut sink: Box<dyn Sink>,
    progress: &dyn Progress,
) -> anyhow::Result<Summary> {
    let counts = &head.counts;
    let result_rows: u64 = head
        .results
        .iter()
        .filter_map(|r| r.figures.as_ref())
        .map(|f| f.proposals.len() as u64 * 5)
        .sum();
    progress.start(
        u64::try_from(
            counts.proposals
                + counts.recorded_in_person
                + counts.comments
                + counts.answers
                + counts.meetings
                + counts.commitments,
        )
        .unwrap_or(0)
            + result_rows,
    );
    let mut summary = Summary {
        pseudonymised: head.pseudonymised,
        ..Summary::default()
    };
    sink.head(head)?;

    sink.begin(&tables::CONSULTATION)?;
    sink.row(&head.consultation_cells(), Record::Other)?;
    sink.end()?;

    sink.begin(&tables::ROUNDS)?;
    for round in &head.rounds {
        sink.row(&Head::round_cells(round), Record::Other)?;
    }
    sink.end()?;

    sink.begin(&tables::PROPOSALS)?;
    let mut after = 0;
    loop {
        let batch = source::proposals_after(db, head, people, after, false).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for record in &batch {
            sink.row(&record.cells(), Record::Proposal(record))?;
        }
        summary.proposals += batch.len() as u64;
        progress.advance(batch.len() as u64);
    }
    sink.end()?;

    sink.begin(&tables::COMMENTS)?;
    let mut after = 0;
    loop {
        let (rows, last) = source::comments_after(db, head, people, after).await?;
        let Some(last) = last else { break };
        after = last;
        for cells in &rows {
            sink.row(cells, Record::Other)?;
        }
        summary.comments += rows.len() as u64;
        progress.advance(rows.len() as u64);
    }
    sink.end()?;

    sink.begin(&tables::ANSWERS)?;
    let mut after = 0;
    loop {
        let (rows, last) = source::answers_after(db, head, people, after).await?;
        let Some(last) = last else { break };
        after = last;
        for cells in &rows {
            sink.row(cells, Record::Other)?;
        }
        summary.answers += rows.len() as u64;
        progress.advance(rows.len() as u64);
    }
    sink.end()?;

    sink.begin(&tables::RESULTS)?;
    for (index, cells) in head.result_rows().enumerate() {
        sink.row(&cells, Record::Other)?;
        summary.results += 1;
        if index % 1000 == 999 {
            progress.advance(1000);
        }
    }
    progress.advance(summary.results % 1000);
    sink.end()?;

    sink.begin(&tables::IN_PERSON)?;
    let mut after = 0;
    loop {
        let batch = source::proposals_after(db, head, people, after, true).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for record in batch.iter().filter_map(|p| p.in_person.as_ref()) {
            sink.row(&record.cells(), Record::InPerson(record))?;
            summary.in_person += 1;
        }
        progress.advance(batch.len() as u64);
    }
    for record in head.tally_rows() {
        sink.row(&record.cells(), Record::InPerson(&record))?;
        summary.in_person += 1;
    }
    sink.end()?;

    write_follow_up(db, head, people, sink.as_mut(), &mut summary, progress).await?;
    for survey in source::published_surveys(db, head.consultation.id).await? {
        let sheet = source::survey_sheet(db, survey).await?;
        summary.survey_responses += sheet.rows.len() as u64;
        sink.survey(&sheet)?;
    }
    sink.finish()?;
    Ok(summary)
}

/// The meetings, the commitments and their updates, the documents, a batch at a time.
async fn write_follow_up(
    db: &impl ConnectionTrait,
    head: &Head,
    people: &mut People,
    sink: &mut dyn Sink,
    summary: &mut Summary,
    progress: &dyn Progress,
) -> anyhow::Result<()> {
    sink.begin(&tables::MEETINGS)?;
    let mut after = 0;
    loop {
        let batch = source::meetings_after(db, head, after).await?;
        let Some(last) = batch.last() else { break };
        after = last.meeting.id;
        for record in &batch {
            sink.row(&record.cells(), Record::Meeting(record))?;
        }
        summary.meetings += batch.len() as u64;
        progress.advance(batch.len() as u64);
    }
    sink.end()?;

    sink.begin(&tables::COMMITMENTS)?;
    let mut after = 0;
    loop {
        let batch = source::commitments_after(db, head, after).await?;
        let Some(last) = batch.last() else { break };
        after = last.commitment.id;
        for record in &batch {
            sink.row(&record.cells(), Record::Commitment(record))?;
        }
        summary.commitments += batch.len() as u64;
        progress.advance(batch.len() as u64);
    }
    sink.end()?;

    sink.begin(&tables::COMMITMENT_UPDATES)?;
    let mut after = 0;
    loop {
        let (rows, last) = source::updates_after(db, head, people, after).await?;
        let Some(last) = last else { break };
        after = last;
        for cells in &rows {
            sink.row(cells, Record::Other)?;
        }
        summary.commitment_updates += rows.len() as u64;
    }
    sink.end()?;

    sink.begin(&tables::DOCUMENTS)?;
    let mut after = 0;
    loop {
        let (rows, last) = source::documents_after(db, head, after).await?;
        let Some(last) = last else { break };
        after = last;
        for cells in &rows {
            sink.row(cells, Record::Other)?;
        }
        summary.documents += rows.len() as u64;
    }
    sink.end()
}

/// Where an export was asked for, as the audit log records it.
#[derive(Debug, Clone, Copy)]
pub enum Via {
    Console,
    CommandLine,
}

impl Via {
    fn code(self) -> &'static str {
        match self {
            Via::Console => "console",
            Via::CommandLine => "command_line",
        }
    }
}

/// Records an export in the audit log.
pub async fn record_export(
    db: &impl ConnectionTrait,
    actor_id: Option<i64>,
    consultation: &consultation::Model,
    format: Format,
    summary: &Summary,
    via: Via,
    now: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    audit::record(
        db,
        audit::Entry {
            actor_id,
            action: "consultation.exported",
            object_type: "consultation",
            object_id: Some(consultation.id),
            consultation_id: Some(consultation.id),
            details: json!({
                "format": format.code(),
                "via": via.code(),
                "pseudonymised": summary.pseudonymised,
                "proposals": summary.proposals,
                "comments": summary.comments,
                "meetings": summary.meetings,
                "commitments": summary.commitments,
                "documents": summary.documents,
                "survey_responses": summary.survey_responses,
            }),
        },
        now,
    )
    .await
}
