//! `TestApp`: Tavolo started as `tavolo serve` starts it (`tavolo::server::Server`), on a
//! free port over a fresh database, with a real SMTP server in the test process, and a
//! browser-like HTTP client that keeps cookies.
//!
//! - `db.rs`: the database each test gets (`postgres.rs`: how it is made on PostgreSQL);
//! - `visitor.rs`: what a person does in a browser (pages, forms, proposals, comments, votes);
//! - `people.rs`: accounts made for a test and browsers logged in as them.

mod db;
pub mod lifecycle;
mod people;
mod postgres;
pub mod visitor;

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use chrono::TimeDelta;
use reqwest::{Response, StatusCode, redirect::Policy};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use tavolo::{
    config::{Config, ConnectionLimits, Limits, LogFormat},
    notifications::{DeliveryReport, Mailer, deliver_due},
    server::{Background, Listen, Options, Server},
    web::AppState,
};
use tokio::net::TcpListener;

pub use self::db::TestDb;
use crate::smtp::{ReceivedMail, SmtpServer};

pub const PASSWORD: &str = "correct horse battery";

/// `TAVOLO_RESULTS_MAX_AGE` as `tavolo serve` has it by default.
pub const DEFAULT_RESULTS_MAX_AGE: u64 = 2;
/// `TAVOLO_PAGE_CACHE_MAX_AGE` as `tavolo serve` has it by default.
pub const DEFAULT_PAGE_CACHE_MAX_AGE: u64 = 2;

/// How long the server may reuse what it keeps in memory, in seconds.
#[derive(Clone, Copy)]
pub struct MaxAges {
    /// `TAVOLO_RESULTS_MAX_AGE`.
    pub results: u64,
    /// `TAVOLO_PAGE_CACHE_MAX_AGE`.
    pub pages: u64,
}

impl Default for MaxAges {
    fn default() -> Self {
        Self {
            results: DEFAULT_RESULTS_MAX_AGE,
            pages: DEFAULT_PAGE_CACHE_MAX_AGE,
        }
    }
}

pub struct TestApp {
    /// SQL statements the server has run, for tests that bound them.
    pub statements: Arc<AtomicUsize>,
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub smtp: SmtpServer,
    pub test_db: TestDb,
    mailer: Mailer,
    server: Option<Server>,
    max_ages: MaxAges,
    connections: ConnectionLimits,
    sqlite_max_pages: Option<u32>,
    limits: Limits,
    /// Whether the server serves `/metrics` on an address of its own.
    metrics: bool,
}

/// Limits so high that no test meets them unless it asks for lower ones (tests register many
/// accounts from 127.0.0.1 and log in often): every count off, every threshold far away.
pub fn unlimited() -> Limits {
    Limits {
        trusted_proxies: Vec::new(),
        login_delay_after: 1_000_000,
        login_address_delay_after: 1_000_000,
        login_lock_after: 1_000_000,
        registrations_per_hour: 0,
        account_mails_per_hour: 0,
        mails_per_address_per_day: 0,
        proposals_per_hour: 0,
        comments_per_hour: 0,
        flags_per_hour: 0,
        invitations_per_hour: 0,
        ..Limits::default()
    }
}

pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .expect("an HTTP client")
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(MaxAges::default()).await
    }

    /// As [`TestApp::spawn`], keeping results rankings up to `seconds` old.
    pub async fn spawn_with_results_max_age(seconds: u64) -> TestApp {
        Self::spawn_with(MaxAges {
            results: seconds,
            ..MaxAges::default()
        })
        .await
    }

    /// As [`TestApp::spawn`], with these maximum ages of what is kept in memory.
    pub async fn spawn_with(max_ages: MaxAges) -> TestApp {
        Self::spawn_configured(max_ages, ConnectionLimits::default(), unlimited()).await
    }

    /// As [`TestApp::spawn`], with these timeouts and caps on connections.
    pub async fn spawn_with_connections(connections: ConnectionLimits) -> TestApp {
        Self::spawn_configured(MaxAges::default(), connections, unlimited()).await
    }

    /// As [`TestApp::spawn`], its SQLite database unable to grow beyond `pages` pages
    /// (`TAVOLO_SQLITE_MAX_PAGES`), as on a disk with that much room.
    pub async fn spawn_with_sqlite_max_pages(pages: u32) -> TestApp {
        let mut app = Self::spawn().await;
        app.sqlite_max_pages = Some(pages);
        app.restart().await;
        app
    }

    /// As [`TestApp::spawn`], also serving `/metrics` on a free port of its own
    /// (`TAVOLO_METRICS_ADDR`): see [`TestApp::metrics_url`].
    pub async fn spawn_with_metrics() -> TestApp {
        let mut app = Self::spawn().await;
        app.metrics = true;
        app.restart().await;
        app
    }

    /// Where this server answers `GET /metrics`, if it was spawned with metrics.
    pub fn metrics_url(&self) -> String {
        let address = self
            .server
            .as_ref()
            .and_then(Server::metrics_address)
            .expect("spawned with metrics");
        format!("http://{address}/metrics")
    }

    /// As [`TestApp::spawn`], with these limits on what one person or address can do.
    pub async fn spawn_with_limits(limits: Limits) -> TestApp {
        Self::spawn_configured(MaxAges::default(), ConnectionLimits::default(), limits).await
    }

    async fn spawn_configured(
        max_ages: MaxAges,
        connections: ConnectionLimits,
        limits: Limits,
    ) -> TestApp {
        let smtp = SmtpServer::start().await;
        let test_db = TestDb::create().await;
        let statements = Arc::new(AtomicUsize::new(0));
        let (state, mailer, address, server) = start(
            &test_db,
            &smtp.url(),
            statements.clone(),
            (
                TimeDelta::zero(),
                max_ages,
                &connections,
                &limits,
                None,
                false,
            ),
        )
        .await;
        TestApp {
            statements,
            address,
            client: new_client(),
            state,
            smtp,
            test_db,
            mailer,
            server: Some(server),
            max_ages,
            connections,
            sqlite_max_pages: None,
            limits,
            metrics: false,
        }
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A page as a new visitor whose browser asks for `language` sees it (200 expected).
    pub async fn get_html_in(&self, language: &str, path: &str) -> String {
        let response = new_client()
            .get(self.url(path))
            .header("accept-language", language)
            .send()
            .await
            .expect("GET is answered");
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "GET {path} in {language}"
        );
        response.text().await.expect("a body")
    }

    /// The CSRF token this browser's forms carry, read from a page like a browser would:
    /// when logged in, from any page (the log-out button); else from the login form, whose
    /// page sets the cookie the token is bound to (pages that are only read carry none).
    pub async fn csrf_token(&self, client: &reqwest::Client) -> String {
        let html = self.by(client).get("/").await.text().await.expect("a body");
        if let Some(token) = form_value(&html, "_csrf").filter(|t| !t.is_empty()) {
            return token;
        }
        let html = self.by(client).get_html("/login").await;
        form_value(&html, "_csrf").expect("the login form carries a CSRF token")
    }

    /// Sends whatever mail is due now, as the background worker would.
    pub async fn deliver_mail(&self) -> DeliveryReport {
        deliver_due(self.db(), &self.mailer, self.state.now())
            .await
            .expect("the outbox can be read")
    }

    /// Delivers due mail and returns the newest message received for `address`.
    pub async fn last_email_to(&self, address: &str) -> ReceivedMail {
        self.deliver_mail().await;
        self.emails_to(address)
            .pop()
            .unwrap_or_else(|| panic!("no email reached {address}"))
    }

    pub fn emails_to(&self, address: &str) -> Vec<ReceivedMail> {
        self.smtp
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|to| to.eq_ignore_ascii_case(address)))
            .collect()
    }

    /// A date and time as a `datetime-local` field holds it, `offset` from the app's now,
    /// rounded up to the minute the field can hold. Rounded down, "in a minute" taken at
    /// hh:mm:59.9 became a moment the server, a few milliseconds later, saw as past: the
    /// form was refused now and then (422) under load.
    pub fn local_time(&self, offset: TimeDelta) -> String {
        use chrono::DurationRound;
        let at = self.state.now() + offset;
        let floor = at
            .duration_trunc(TimeDelta::minutes(1))
            .expect("a minute divides any time");
        let minute = if floor == at {
            at
        } else {
            floor + TimeDelta::minutes(1)
        };
        tavolo::timezone::input_value(minute, self.state.config.timezone)
    }

    /// Runs the round scheduler once, as the background task does.
    pub async fn run_scheduler(&self) -> (usize, usize) {
        tavolo::server::move_rounds(&self.state)
            .await
            .expect("the scheduler runs")
    }

    /// Applies the retention rules once, as the background sweeper does.
    pub async fn run_retention(&self) -> tavolo::rights::retention::Swept {
        tavolo::server::apply_retention(&self.state)
            .await
            .expect("the retention rules run")
    }

    /// How many SQL statements one GET runs on the server.
    pub async fn statements_for(&self, client: &reqwest::Client, path: &str) -> usize {
        let before = self.statements.load(Ordering::SeqCst);
        let response = self.by(client).get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.text().await.expect("a body");
        self.statements.load(Ordering::SeqCst) - before
    }

    pub fn advance_clock(&self, by: TimeDelta) {
        self.state.advance_clock(by);
    }

    /// One number from the database, for checks that no page shows.
    pub async fn count(&self, sql: &str) -> i64 {
        let backend = self.db().get_database_backend();
        let row = self
            .db()
            .query_one_raw(Statement::from_string(backend, sql.to_owned()))
            .await
            .expect("the query runs")
            .expect("one row");
        row.try_get_by_index::<i64>(0).expect("a number")
    }
}

/// Starts Tavolo as `tavolo serve` does, on a free port, over `test_db`, mailing the test
/// SMTP server, with its clock `clock_offset` ahead of the system's, what it keeps in
/// memory kept up to `max_ages`, these limits on connections, these on what one person or
/// address can do, its SQLite file capped at `sqlite_max_pages` pages, and `/metrics` served
/// on a free port of its own when `metrics` is true.
async fn start(
    test_db: &TestDb,
    smtp_url: &str,
    statements: Arc<AtomicUsize>,
    (clock_offset, max_ages, connections, limits, sqlite_max_pages, metrics): (
        TimeDelta,
        MaxAges,
        &ConnectionLimits,
        &Limits,
        Option<u32>,
        bool,
    ),
) -> (AppState, Mailer, String, Server) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let address = format!("http://{}", listener.local_addr().expect("an address"));
    let config = Config {
        database_url: test_db.url.clone(),
        base_url: address.clone(),
        smtp_url: Some(smtp_url.to_owned()),
        mail_from: "Tavolo <tavolo@tavolo.test>".to_owned(),
        default_locale: "it".to_owned(),
        timezone: chrono_tz::Europe::Rome,
        data_dir: test_db.data_dir(),
        max_upload_mb: 10,
        operator: Some("Comune di Prova".to_owned()),
        accessibility_email: None,
        accessibility_reviewed: None,
        security_contact: None,
        privacy_contact: Some("privacy@comune.test".to_owned()),
        results_max_age: max_ages.results,
        page_cache_max_age: max_ages.pages,
        sqlite_max_pages,
        metrics_addr: metrics.then(|| "127.0.0.1:0".parse().expect("an address")),
        log_format: LogFormat::Text,
        limits: limits.clone(),
    };
    let options = Options {
        // Tests send mail (`deliver_mail`), move rounds (`run_scheduler`) and queue digests
        // (`digest::send_due`) themselves, at the clock they have moved to: the periodic
        // loops would read the system clock and race them, so they are not started.
        background: Background::Manual,
        statements: Some(statements),
        clock_offset,
        connections: connections.clone(),
        ..Options::default()
    };
    let server = Server::start(config, Listen::On(listener), options)
        .await
        .expect("the test server starts");
    (
        server.state().clone(),
        server.mailer().clone(),
        address,
        server,
    )
}

/// The value of the first form field named `name` in a page.
pub fn form_value(html: &str, name: &str) -> Option<String> {
    let at = html.find(&format!("name=\"{name}\""))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let value_start = tag.find(" value=\"")? + " value=\"".len();
    let value_end = value_start + tag[value_start..].find('"')?;
    Some(
        tag[value_start..value_end]
            .replace("&#38;", "&")
            .replace("&amp;", "&"),
    )
}

/// The path a redirect points to.
pub fn location(response: &Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The path of a link emailed by this server.
pub fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.address)
        .unwrap_or_else(|| panic!("{link} does not point at {}", app.address))
        .to_owned()
}

/// The log of a `tavolo serve` process read up to the line saying where it listens (it is
/// ready then), as one text; the rest stays in `log` for the test to read on.
pub fn startup_log(log: &mut impl Iterator<Item = std::io::Result<String>>) -> String {
    let mut seen = Vec::new();
    for line in log {
        let line = line.expect("a log line");
        let ready = line.contains("listening on");
        seen.push(line);
        if ready {
            break;
        }
    }
    seen.join("\n")
}
