//! `/metrics` as Prometheus scrapes it: on its own address only, in the text format that
//! Prometheus's own parser reads and lints without a complaint (`promtool check metrics`,
//! from Debian's `prometheus` package), with every family from the start, requests labelled
//! by route template, and counters that move with what people do. Logs as JSON lines for
//! collectors.
//!
//! (The `prometheus-parse` crate was tried for reading values: its pattern stops a label set
//! at the first `}`, so it cannot read a route label such as `"/proposals/{id}"`, which the
//! format allows. The values are read by `Sample::parse` below, after promtool has passed
//! the text.)
//!
//! The recorder is one per process and every test server of this binary records into it
//! once one has installed it: counters are compared before and after, as increases of at
//! least what the test did. What is read from the database (the outbox) is this test's alone.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
};

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::StatusCode;

use crate::{
    helpers::{TestApp, TestDb, new_client, startup_log},
    voting::Setup,
};

/// Every family `/metrics` has, with its type.
const FAMILIES: [(&str, &str); 15] = [
    ("tavolo_http_requests_total", "counter"),
    ("tavolo_http_request_duration_seconds", "histogram"),
    ("tavolo_http_requests_in_flight", "gauge"),
    ("tavolo_db_pool_connections", "gauge"),
    ("tavolo_db_pool_max_connections", "gauge"),
    ("tavolo_db_pool_acquire_seconds", "histogram"),
    ("tavolo_outbox_emails", "gauge"),
    ("tavolo_outbox_oldest_pending_age_seconds", "gauge"),
    ("tavolo_email_deliveries_total", "counter"),
    ("tavolo_votes_written_total", "counter"),
    ("tavolo_comments_written_total", "counter"),
    ("tavolo_rounds_opened_total", "counter"),
    ("tavolo_rounds_closed_total", "counter"),
    ("tavolo_scheduler_runs_total", "counter"),
    ("tavolo_build_info", "gauge"),
];

/// One scrape, checked by promtool, its samples read.
struct Metrics {
    text: String,
    samples: Vec<Sample>,
}

/// One line of the text format: `name{label="value",…} value`.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

fn not_a_sample<T>(line: &str) -> T {
    panic!("not a sample line: {line}")
}

impl Sample {
    /// Reads a sample line, label values with their escapes (`\\`, `\"`, `\n`) included.
    fn parse(line: &str) -> Sample {
        let name_end = line.find(['{', ' ']).unwrap_or_else(|| not_a_sample(line));
        let name = line[..name_end].to_owned();
        let mut rest = line[name_end..].chars().peekable();
        let mut labels = Vec::new();
        if rest.peek() == Some(&'{') {
            rest.next();
            while rest.peek() != Some(&'}') {
                let label: String = rest.by_ref().take_while(|c| *c != '=').collect();
                assert_eq!(rest.next(), Some('"'), "{line}");
                let mut value = String::new();
                loop {
                    match rest.next().unwrap_or_else(|| not_a_sample(line)) {
                        '"' => break,
                        '\\' => {
                            value.push(match rest.next().unwrap_or_else(|| not_a_sample(line)) {
                                'n' => '\n',
                                escaped => escaped,
                            })
                        }
                        c => value.push(c),
                    }
                }
                labels.push((label.trim_start_matches(',').to_owned(), value));
            }
            rest.next();
        }
        let value = rest
            .collect::<String>()
            .split_whitespace()
            .next()
            .unwrap_or_else(|| not_a_sample(line))
            .to_owned();
        let value = match value.as_str() {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            number => number.parse().unwrap_or_else(|_| not_a_sample(line)),
        };
        Sample {
            name,
            labels,
            value,
        }
    }

    fn label(&self, name: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Metrics {
    async fn scrape(url: &str) -> Metrics {
        let response = new_client().get(url).send().await.expect("a scrape");
        assert_eq!(response.status(), StatusCode::OK);
        let content_type = response.headers()["content-type"].to_str().unwrap();
        assert!(
            content_type.starts_with("text/plain; version=0.0.4"),
            "{content_type}"
        );
        let text = response.text().await.expect("a body");
        promtool_check(&text).await;
        let samples = text
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(Sample::parse)
            .collect();
        Metrics { text, samples }
    }

    /// The sum of the samples of `metric` whose labels include `labels`.
    fn value(&self, metric: &str, labels: &[(&str, &str)]) -> f64 {
        self.samples
            .iter()
            .filter(|s| s.name == metric)
            .filter(|s| labels.iter().all(|(k, v)| s.label(k) == Some(*v)))
            .map(|s| s.value)
            .sum()
    }

    /// Every family is described, typed and has samples.
    fn assert_every_family(&self) {
        for (family, kind) in FAMILIES {
            assert!(
                self.text.contains(&format!("# HELP {family} ")),
                "no HELP for {family}"
            );
            assert!(
                self.text.contains(&format!("# TYPE {family} {kind}\n")),
                "{family} is not a {kind}:\n{}",
                self.text
            );
            assert!(
                self.samples.iter().any(|s| s.name.starts_with(family)),
                "no sample of {family}"
            );
        }
    }
}

/// `promtool check metrics`: Prometheus's own parser and linter (Debian's `prometheus`
/// package, which CI installs) reads the text and finds nothing to say.
/// Where promtool is missing (`cargo test` on a machine with only the Rust toolchain), the
/// text is still read line by line by `Sample::parse`, which refuses anything it cannot read;
/// CI (`CI` set) has promtool and insists on it.
async fn promtool_check(text: &str) {
    let text = text.to_owned();
    let output = tokio::task::spawn_blocking(move || {
        let mut promtool = match Command::new("promtool")
            .args(["check", "metrics"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
        {
            Ok(promtool) => promtool,
            Err(error)
                if error.kind() == std::io::ErrorKind::NotFound
                    && std::env::var_os("CI").is_none_or(|ci| ci.is_empty()) =>
            {
                eprintln!(
                    "promtool is not installed (apt-get install prometheus): /metrics is read \
                     by this test's own parser only"
                );
                return None;
            }
            Err(error) => panic!("promtool runs (apt-get install prometheus): {error}"),
        };
        std::io::Write::write_all(&mut promtool.stdin.take().unwrap(), text.as_bytes()).unwrap();
        Some(promtool.wait_with_output().unwrap())
    })
    .await
    .unwrap();
    let Some(output) = output else { return };
    assert!(
        output.status.success(),
        "promtool: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn metrics_are_apart_from_the_site_and_count_what_people_do() {
    let app = TestApp::spawn_with_metrics().await;
    let metrics = app.metrics_url();
    assert_eq!(
        app.get("/metrics").await.status(),
        StatusCode::NOT_FOUND,
        "the public address has no metrics"
    );
    let before = Metrics::scrape(&metrics).await;
    before.assert_every_family();

    // A round opened on schedule, a vote, a comment (its author's proposal's owner is told by
    // email), a scheduler run, the round closed by hand, an address no proposal has.
    let setup = Setup::open(&app, "metriche", "support", "3", "live", &["beneficiary"]).await;
    let proposal = setup.propose("Più panchine al parco").await;
    let voter = app
        .voters("metriche-", StakeholderGroup::Beneficiary, 1)
        .await
        .remove(0);
    app.by(&voter).vote(proposal, "support").await;
    app.by(&voter)
        .comment(proposal, "Sì, e anche all'ombra.", "for", None)
        .await;
    assert!(tavolo::server::run_schedule(&app.state).await);
    setup.close().await;
    let forged = "/proposals/987654321";
    assert_eq!(app.get(forged).await.status(), StatusCode::NOT_FOUND);
    app.advance_clock(TimeDelta::minutes(10));

    let after = Metrics::scrape(&metrics).await;
    after.assert_every_family();
    let grew = |metric: &str, labels: &[(&str, &str)]| {
        after.value(metric, labels) - before.value(metric, labels)
    };
    assert!(grew("tavolo_votes_written_total", &[("change", "cast")]) >= 1.0);
    assert!(grew("tavolo_comments_written_total", &[("kind", "comment")]) >= 1.0);
    assert!(grew("tavolo_rounds_opened_total", &[("by", "schedule")]) >= 1.0);
    assert!(grew("tavolo_rounds_closed_total", &[("by", "facilitator")]) >= 1.0);
    assert!(grew("tavolo_scheduler_runs_total", &[("outcome", "ok")]) >= 1.0);

    // Requests by route template: the proposal page, the vote, the forged address.
    let proposal_page = [("method", "GET"), ("route", "/proposals/{id}")];
    assert!(
        grew(
            "tavolo_http_requests_total",
            &[proposal_page[0], proposal_page[1], ("status", "200")]
        ) >= 1.0
    );
    assert!(
        grew(
            "tavolo_http_requests_total",
            &[proposal_page[0], proposal_page[1], ("status", "404")]
        ) >= 1.0
    );
    assert!(
        grew(
            "tavolo_http_requests_total",
            &[
                ("method", "POST"),
                ("route", "/proposals/{id}/vote"),
                ("status", "303")
            ]
        ) >= 1.0
    );
    assert!(grew("tavolo_http_request_duration_seconds_count", &proposal_page) >= 2.0);
    assert!(
        !after.text.contains("987654321")
            && !after.text.contains(&format!("/proposals/{proposal}\"")),
        "a path, not a route template, became a label:\n{}",
        after.text
    );
    assert!(after.value("tavolo_http_requests_total", &[("route", "unmatched")]) >= 1.0);

    // This instance's pool, and the outbox this test's database holds.
    let pool = |state| after.value("tavolo_db_pool_connections", &[("state", state)]);
    assert!(pool("idle") + pool("in_use") >= 1.0, "{}", after.text);
    assert!(after.value("tavolo_db_pool_max_connections", &[]) >= 1.0);
    assert!(after.value("tavolo_outbox_emails", &[("state", "pending")]) >= 1.0);
    assert_eq!(
        after.value("tavolo_outbox_emails", &[("state", "dead")]),
        0.0
    );
    let age = after.value("tavolo_outbox_oldest_pending_age_seconds", &[]);
    assert!(age >= 600.0, "the oldest email waited ten minutes: {age}");

    let delivered = app.deliver_mail().await.sent;
    assert!(delivered >= 1);
    let sent = Metrics::scrape(&metrics).await;
    assert_eq!(
        sent.value("tavolo_outbox_emails", &[("state", "pending")]),
        0.0
    );
    assert_eq!(
        sent.value("tavolo_outbox_oldest_pending_age_seconds", &[]),
        0.0
    );
    let sent_total = |m: &Metrics| m.value("tavolo_email_deliveries_total", &[("outcome", "sent")]);
    assert!(sent_total(&sent) - sent_total(&after) >= delivered as f64);
}

/// `tavolo serve` with `TAVOLO_LOG_FORMAT=json` and `TAVOLO_METRICS_ADDR`: every log line is
/// one JSON object, `/metrics` answers where the log says, its pool histogram counts the
/// connections taken, and SIGTERM stops the metrics listener with the server.
#[tokio::test]
async fn serve_logs_json_lines_and_stops_its_metrics_listener() {
    // A first start, so that the migrations' log lines are among those read.
    let db = TestDb::empty().await;
    let mut server = Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .arg("serve")
        .env("DATABASE_URL", &db.url)
        .env("TAVOLO_ADDR", "127.0.0.1:0")
        .env("TAVOLO_METRICS_ADDR", "127.0.0.1:0")
        .env("TAVOLO_LOG_FORMAT", "json")
        .env("TAVOLO_DATA_DIR", std::env::temp_dir())
        .env("RUST_LOG", "info")
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tavolo serve starts");
    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();
    let startup = tokio::task::spawn_blocking(move || (startup_log(&mut log), log))
        .await
        .unwrap();
    let (startup, log) = startup;
    let lines: Vec<serde_json::Value> = startup
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    for line in &lines {
        assert!(
            line.is_object() && line["level"].is_string() && line["timestamp"].is_string(),
            "{line}"
        );
    }
    let message = |needle: &str| {
        lines
            .iter()
            .filter_map(|l| l["message"].as_str())
            .find(|m| m.contains(needle))
            .unwrap_or_else(|| panic!("no {needle:?} in {startup}"))
            .to_owned()
    };
    let metrics = message("metrics on http://");
    let metrics = metrics.trim_start_matches("metrics on ").to_owned();
    let site = message("listening on http://");
    let site = site.rsplit(' ').next().unwrap().to_owned();

    let page = new_client()
        .get(format!("{site}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let scraped = Metrics::scrape(&metrics).await;
    scraped.assert_every_family();
    assert_eq!(
        scraped.value(
            "tavolo_http_requests_total",
            &[("route", "/healthz"), ("status", "200")]
        ),
        1.0
    );
    assert!(scraped.value("tavolo_db_pool_acquire_seconds_count", &[]) >= 1.0);

    Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    let rest: Vec<String> =
        tokio::task::spawn_blocking(move || log.map_while(Result::ok).collect())
            .await
            .unwrap();
    let status = server.wait().unwrap();
    assert!(status.success(), "exit status {status}; log: {rest:?}");
    for line in &rest {
        let parsed: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(parsed.is_object(), "{line}");
    }
    assert!(
        new_client().get(&metrics).send().await.is_err(),
        "the metrics listener is closed"
    );
}
