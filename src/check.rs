//! `tavolo check`: reads the configuration and says, line by line, what is right and what is
//! not, as an operator needs before starting a server or after changing a setting. It reads
//! and connects, and changes nothing (no migration, no database file created).

use std::{fmt::Write as _, net::IpAddr, path::Path};

use clap::Args;
use entity::user;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::{
    config::{Config, LogFormat},
    db,
    notifications::Mailer,
};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Count warnings as problems (exit status 1), as a deployment pipeline should.
    #[arg(long)]
    pub strict: bool,
}

/// How one line came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Warning,
    Problem,
}

/// What `tavolo check` found, in the order it looked.
#[derive(Debug, Default)]
pub struct Findings(pub Vec<(Verdict, String)>);

impl Findings {
    fn ok(&mut self, text: impl Into<String>) {
        self.0.push((Verdict::Ok, text.into()));
    }
    fn warn(&mut self, text: impl Into<String>) {
        self.0.push((Verdict::Warning, text.into()));
    }
    fn problem(&mut self, text: impl Into<String>) {
        self.0.push((Verdict::Problem, text.into()));
    }
    fn count(&self, verdict: Verdict) -> usize {
        self.0.iter().filter(|(v, _)| *v == verdict).count()
    }

    /// The report as printed: one line per finding, then the verdict.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (verdict, text) in &self.0 {
            let mark = match verdict {
                Verdict::Ok => "ok     ",
                Verdict::Warning => "warning",
                Verdict::Problem => "PROBLEM",
            };
            let _ = writeln!(out, "{mark}  {text}");
        }
        let (problems, warnings) = (self.count(Verdict::Problem), self.count(Verdict::Warning));
        let _ = match (problems, warnings) {
            (0, 0) => writeln!(out, "All is well."),
            _ => writeln!(out, "{problems} problem(s), {warnings} warning(s)."),
        };
        out
    }
}

pub async fn run(config: &Config, args: CheckArgs) -> anyhow::Result<()> {
    let findings = check(config).await;
    print!("{}", findings.report());
    let problems = findings.count(Verdict::Problem)
        + if args.strict {
            findings.count(Verdict::Warning)
        } else {
            0
        };
    anyhow::ensure!(problems == 0, "the configuration is not ready");
    Ok(())
}

/// Every check, never stopping at the first problem.
pub async fn check(config: &Config) -> Findings {
    let mut findings = Findings::default();
    if let Some((db, migrated)) = database(config, &mut findings).await {
        // Without the schema there is nothing more to read.
        if migrated {
            signing_key(&db, &mut findings).await;
            demo_accounts(&db, &mut findings).await;
        }
        db.close().await.ok();
    }
    mail(config, &mut findings).await;
    base_url(config, &mut findings);
    findings.ok(format!(
        "time zone: {} (it is {} there now)",
        config.timezone.name(),
        chrono::Utc::now()
            .with_timezone(&config.timezone)
            .format("%H:%M")
    ));
    data_folder(&config.data_dir, &mut findings);
    metrics(config, &mut findings);
    findings
}

/// The database, and whether every migration is applied.
async fn database(config: &Config, findings: &mut Findings) -> Option<(DatabaseConnection, bool)> {
    let name = config.database_for_logs();
    if let Some(file) = db::sqlite_file(&config.database_url).filter(|file| !file.exists()) {
        findings.problem(format!(
            "database: no file at {} (tavolo migrate or tavolo serve creates it)",
            file.display()
        ));
        return None;
    }
    let db = match db::connect(config).await {
        Ok(db) => db,
        Err(error) => {
            findings.problem(format!("database: cannot connect to {name}: {error:#}"));
            return None;
        }
    };
    let migrated = match Migrator::get_pending_migrations(&db).await {
        Ok(pending) if pending.is_empty() => {
            findings.ok(format!(
                "database: {name}, all {} migrations applied",
                Migrator::migrations().len()
            ));
            true
        }
        Ok(pending) => {
            findings.problem(format!(
                "database: {name}, {} migration(s) not applied yet (first: {}); run tavolo \
                 migrate",
                pending.len(),
                pending[0].name()
            ));
            false
        }
        Err(error) => {
            findings.problem(format!("database: {name}: {error}"));
            false
        }
    };
    Some((db, migrated))
}

async fn signing_key(db: &DatabaseConnection, findings: &mut Findings) {
    match db::signing_key(db).await {
        Ok(_) => findings.ok("signing key: present"),
        Err(_) => findings
            .problem("signing key: missing (tavolo migrate creates it; links in emails need it)"),
    }
}

async fn demo_accounts(db: &DatabaseConnection, findings: &mut Findings) {
    let demo: Result<Vec<String>, _> = user::Entity::find()
        .select_only()
        .column(user::Column::Email)
        .filter(user::Column::Email.ends_with("@demo.test"))
        .order_by_asc(user::Column::Email)
        .into_tuple()
        .all(db)
        .await;
    match demo {
        Ok(emails) if emails.is_empty() => findings.ok("demo accounts: none"),
        Ok(emails) => findings.warn(format!(
            "demo accounts: {} exist ({}{}) with a public password; fine for a \
             demonstration, never for a real consultation",
            emails.len(),
            emails[..emails.len().min(3)].join(", "),
            if emails.len() > 3 { ", …" } else { "" }
        )),
        Err(error) => findings.problem(format!("demo accounts: cannot look: {error}")),
    }
}

/// How long the SMTP server has to greet, answer EHLO and accept the login.
const SMTP_PATIENCE: std::time::Duration = std::time::Duration::from_secs(15);

async fn mail(config: &Config, findings: &mut Findings) {
    let mailer = match Mailer::from_config(config) {
        Ok(mailer) => mailer,
        Err(error) => {
            findings.problem(format!("mail: {error:#}"));
            return;
        }
    };
    findings.ok(format!("mail sender: {}", config.mail_from));
    let transport = config.mail_transport_for_logs();
    let answer = tokio::time::timeout(SMTP_PATIENCE, mailer.test_connection())
        .await
        .unwrap_or_else(|_| {
            Err(anyhow::anyhow!(
                "no answer within {} seconds",
                SMTP_PATIENCE.as_secs()
            ))
        });
    match answer {
        Ok(Some(())) => findings.ok(format!(
            "mail: {transport} answered (greeting, EHLO, and login when the URL has credentials)"
        )),
        Ok(None) => findings.warn(format!(
            "mail: SMTP_URL is not set: emails are written as {transport} and reach no one"
        )),
        Err(error) => findings.problem(format!("mail: {transport} failed: {error}")),
    }
}

fn base_url(config: &Config, findings: &mut Findings) {
    let text = &config.base_url;
    let url = match url::Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => url,
        _ => {
            findings.problem(format!(
                "base URL: {text} is not an http(s) address such as https://tavolo.example.org"
            ));
            return;
        }
    };
    let local = matches!(
        url.host_str(),
        Some("localhost" | "127.0.0.1" | "[::1]" | "::1")
    );
    if url.query().is_some() || url.fragment().is_some() {
        findings.problem(format!(
            "base URL: {text} must not have a query or a fragment"
        ));
    } else if url.scheme() == "https" {
        findings.ok(format!("base URL: {text} (secure cookies)"));
    } else if local {
        findings.warn(format!(
            "base URL: {text} is this machine: links in emails work only here"
        ));
    } else {
        findings.warn(format!(
            "base URL: {text} is not https: passwords and sessions cross the network in clear \
             and cookies are not marked secure; use https in production"
        ));
    }
}

/// Where `/metrics` is served: it tells about the site's traffic and mail, so only to
/// this machine or a private network.
fn metrics(config: &Config, findings: &mut Findings) {
    let logs = match config.log_format {
        LogFormat::Text => "text lines",
        LogFormat::Json => "JSON, one object a line,",
    };
    findings.ok(format!("logs: {logs} on standard error"));
    let Some(addr) = config.metrics_addr else {
        findings.ok("metrics: off (TAVOLO_METRICS_ADDR is not set)");
        return;
    };
    let private = match addr.ip() {
        IpAddr::V4(ip) => ip.is_loopback() || ip.is_private() || ip.is_link_local(),
        IpAddr::V6(ip) => ip.is_loopback() || ip.is_unique_local() || ip.is_unicast_link_local(),
    };
    if private {
        findings.ok(format!("metrics: http://{addr}/metrics, a private address"));
    } else {
        findings.warn(format!(
            "metrics: {addr} may be reachable from anywhere: serve /metrics on a loopback or \
             private address, or keep it behind a firewall"
        ));
    }
}

fn data_folder(folder: &Path, findings: &mut Findings) {
    let probe = folder.join(format!(".tavolo-check-{}", std::process::id()));
    let written = std::fs::create_dir_all(folder)
        .and_then(|()| std::fs::write(&probe, b"check"))
        .and_then(|()| std::fs::remove_file(&probe));
    match written {
        Ok(()) => findings.ok(format!("data folder: {} is writable", folder.display())),
        Err(error) => findings.problem(format!(
            "data folder: cannot write in {}: {error}",
            folder.display()
        )),
    }
}
