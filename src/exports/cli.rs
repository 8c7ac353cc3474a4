//! `tavolo export <consultation> --format csv|json|xlsx|html --out PATH`: the same exports
//! as the console, with a progress bar, written to a temporary file beside PATH and moved
//! into place only once complete.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;
use entity::consultation;
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{
    Format,
    run::{self, Progress, Target, Via, record_export},
    source::Options,
};
use crate::{config::Config, db, i18n::Locale};

#[derive(Args)]
pub struct ExportArgs {
    /// The consultation's slug (as in /consultations/{slug}).
    pub consultation: String,
    #[arg(long, env = "TAVOLO_EXPORT_FORMAT", value_enum)]
    pub format: Format,
    /// The file to write; for CSV, a `.zip` file or an existing folder (one file per table).
    #[arg(long, env = "TAVOLO_EXPORT_OUT")]
    pub out: PathBuf,
    /// Name authors, where the consultation's privacy setting allows it.
    #[arg(long, env = "TAVOLO_EXPORT_NAMES")]
    pub names: bool,
    /// Language of the report (defaults to the platform's).
    #[arg(long, env = "TAVOLO_EXPORT_LOCALE")]
    pub locale: Option<String>,
    /// No progress bar or summary.
    #[arg(long, short, env = "TAVOLO_EXPORT_QUIET")]
    pub quiet: bool,
}

struct Bar(ProgressBar);

impl Progress for Bar {
    fn start(&self, rows: u64) {
        self.0.set_length(rows);
    }

    fn advance(&self, rows: u64) {
        self.0.inc(rows);
    }
}

pub async fn run(config: &Config, args: ExportArgs) -> anyhow::Result<()> {
    let database = db::connect_and_migrate(config).await?;
    let Some(consultation) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(&args.consultation))
        .one(&database)
        .await?
    else {
        bail!("no consultation has the slug {:?}", args.consultation);
    };
    if args.names && !consultation.export_names {
        eprintln!(
            "tavolo: this consultation does not allow naming authors; exporting with pseudonyms"
        );
    }
    let locale = Locale::or_default(args.locale.as_deref(), &config.default_locale);
    let folder = args.format == Format::Csv && args.out.is_dir();
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(0)
    };
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} rows ({eta})")
            .context("the progress bar's template")?
            .progress_chars("=> "),
    );
    bar.set_message(format!("exporting {}", consultation.slug));
    let options = Options {
        names: args.names,
        preview: true,
    };
    let now = chrono::Utc::now();
    let request = run::Request {
        format: args.format,
        options,
        locale,
        zone: config.timezone,
        now,
    };
    let summary = if folder {
        run::export(
            &database,
            consultation.clone(),
            request,
            Target::Folder(&args.out),
            &Bar(bar.clone()),
        )
        .await?
    } else {
        let parent = match args.out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let partial = tempfile::NamedTempFile::new_in(&parent)
            .with_context(|| format!("cannot write in {}", parent.display()))?;
        let file = partial.reopen()?;
        let summary = run::export(
            &database,
            consultation.clone(),
            request,
            Target::File(file),
            &Bar(bar.clone()),
        )
        .await?;
        persist(partial, &args.out)?;
        summary
    };
    bar.finish_and_clear();
    record_export(
        &database,
        None,
        &consultation,
        args.format,
        &summary,
        Via::CommandLine,
        now,
    )
    .await?;
    if !args.quiet {
        eprintln!(
            "tavolo: wrote {} proposals, {} comments, {} answers, {} result rows, {} in-person rows, \
             {} meetings, {} commitments, {} commitment updates and {} documents to {} ({})",
            summary.proposals,
            summary.comments,
            summary.answers,
            summary.results,
            summary.in_person,
            summary.meetings,
            summary.commitments,
            summary.commitment_updates,
            summary.documents,
            args.out.display(),
            if summary.pseudonymised {
                "pseudonymised"
            } else {
                "authors named"
            }
        );
    }
    Ok(())
}

fn persist(partial: tempfile::NamedTempFile, out: &Path) -> anyhow::Result<()> {
    let file = partial
        .persist(out)
        .with_context(|| format!("cannot write {}", out.display()))?;
    // Temporary files are private to their owner; the export is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    #[cfg(not(unix))]
    drop(file);
    Ok(())
}
