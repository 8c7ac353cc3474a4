//! Every metric this process records, with its help text and labels, and the recorder it goes
//! to. The recorder is process-wide (the `metrics` facade has one): it is installed once, the
//! first time a server starts with `TAVOLO_METRICS_ADDR`, and until then recording costs
//! nothing. Counters count what this process did since it started, as Prometheus expects;
//! what is read from the shared database is added at scrape time (`scrape`).
//!
//! Label values come from fixed sets (route templates, status codes, the enums below), never
//! from what a client sends, so a scraper sees a bounded number of series.

use std::sync::OnceLock;

use metrics::{Unit, counter, describe_counter, describe_gauge, describe_histogram, gauge};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub(super) const HTTP_REQUESTS: &str = "tavolo_http_requests_total";
pub(super) const HTTP_DURATION: &str = "tavolo_http_request_duration_seconds";
pub(super) const HTTP_IN_FLIGHT: &str = "tavolo_http_requests_in_flight";
pub(super) const POOL_ACQUIRE: &str = "tavolo_db_pool_acquire_seconds";
const VOTES: &str = "tavolo_votes_written_total";
const COMMENTS: &str = "tavolo_comments_written_total";
const ROUNDS_OPENED: &str = "tavolo_rounds_opened_total";
const ROUNDS_CLOSED: &str = "tavolo_rounds_closed_total";
const SCHEDULER_RUNS: &str = "tavolo_scheduler_runs_total";
const EMAIL_DELIVERIES: &str = "tavolo_email_deliveries_total";
const BUILD_INFO: &str = "tavolo_build_info";

/// Upper bounds of the request duration buckets, in seconds.
const REQUEST_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];
/// Upper bounds of the connection wait buckets, in seconds: mostly well under a millisecond.
const ACQUIRE_BUCKETS: [f64; 11] = [
    0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0,
];

static RECORDER: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process's recorder the first time (later calls return the same one).
/// Fails only if another recorder was installed by someone else.
pub fn install_recorder() -> anyhow::Result<PrometheusHandle> {
    if let Some(handle) = RECORDER.get() {
        return Ok(handle.clone());
    }
    let mut installed = Ok(());
    let handle = RECORDER.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(HTTP_DURATION.into()), &REQUEST_BUCKETS)
            .and_then(|b| {
                b.set_buckets_for_metric(Matcher::Full(POOL_ACQUIRE.into()), &ACQUIRE_BUCKETS)
            })
            .expect("the bucket lists are not empty")
            .build_recorder();
        let handle = recorder.handle();
        installed = metrics::set_global_recorder(recorder).map_err(|e| e.to_string());
        handle
    });
    installed.map_err(|e| anyhow::anyhow!("cannot install the metrics recorder: {e}"))?;
    describe();
    Ok(handle.clone())
}

/// Whether anything records: false until a server starts with a metrics address.
pub(super) fn recording() -> bool {
    RECORDER.get().is_some()
}

/// Help texts, and every labelled series that exists from the start at zero, so that a rate
/// over it is defined before the first event and a scraper finds each family at once.
fn describe() {
    describe_counter!(
        HTTP_REQUESTS,
        "HTTP requests answered, by method, route template and status."
    );
    describe_histogram!(
        HTTP_DURATION,
        Unit::Seconds,
        "Time from a request's headers to its response, by method and route template."
    );
    describe_gauge!(HTTP_IN_FLIGHT, "HTTP requests being handled now.");
    gauge!(HTTP_IN_FLIGHT).increment(0.0);
    describe_histogram!(
        POOL_ACQUIRE,
        Unit::Seconds,
        "Time a query waited for a connection from this instance's database pool."
    );
    let _registered = metrics::histogram!(POOL_ACQUIRE);
    describe_counter!(VOTES, "Votes written: cast, changed or withdrawn.");
    for change in [Change::Cast, Change::Changed, Change::Withdrawn] {
        counter!(VOTES, "change" => change.label()).absolute(0);
    }
    describe_counter!(COMMENTS, "Comments posted, and replies.");
    for kind in [CommentKind::Comment, CommentKind::Reply] {
        counter!(COMMENTS, "kind" => kind.label()).absolute(0);
    }
    describe_counter!(
        ROUNDS_OPENED,
        "Rounds opened, on schedule or by a facilitator."
    );
    describe_counter!(
        ROUNDS_CLOSED,
        "Rounds closed, on schedule or by a facilitator."
    );
    for by in [RoundsMovedBy::Schedule, RoundsMovedBy::Facilitator] {
        counter!(ROUNDS_OPENED, "by" => by.label()).absolute(0);
        counter!(ROUNDS_CLOSED, "by" => by.label()).absolute(0);
    }
    describe_counter!(
        SCHEDULER_RUNS,
        "Runs of the round scheduler (rounds, reminders, digests), by outcome."
    );
    for outcome in ["ok", "failed"] {
        counter!(SCHEDULER_RUNS, "outcome" => outcome).absolute(0);
    }
    describe_counter!(
        EMAIL_DELIVERIES,
        "Attempts to send an email from the outbox: sent, failed (retried later) or dead (given up)."
    );
    for outcome in [
        DeliveryOutcome::Sent,
        DeliveryOutcome::Failed,
        DeliveryOutcome::Dead,
    ] {
        counter!(EMAIL_DELIVERIES, "outcome" => outcome.label()).absolute(0);
    }
    describe_gauge!(BUILD_INFO, "The running version: always 1.");
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION"), "commit" => crate::COMMIT).set(1.0);
}

/// What a vote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A new ballot.
    Cast,
    /// Another choice, or a dot added or taken away.
    Changed,
    Withdrawn,
}

impl Change {
    fn label(self) -> &'static str {
        match self {
            Change::Cast => "cast",
            Change::Changed => "changed",
            Change::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    Comment,
    Reply,
}

impl CommentKind {
    fn label(self) -> &'static str {
        match self {
            CommentKind::Comment => "comment",
            CommentKind::Reply => "reply",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundsMovedBy {
    Schedule,
    Facilitator,
}

impl RoundsMovedBy {
    fn label(self) -> &'static str {
        match self {
            RoundsMovedBy::Schedule => "schedule",
            RoundsMovedBy::Facilitator => "facilitator",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryOutcome {
    Sent,
    /// Failed this time; tried again later.
    Failed,
    /// Failed for good.
    Dead,
}

impl DeliveryOutcome {
    fn label(self) -> &'static str {
        match self {
            DeliveryOutcome::Sent => "sent",
            DeliveryOutcome::Failed => "failed",
            DeliveryOutcome::Dead => "dead",
        }
    }
}

/// A vote was committed.
pub fn vote_written(change: Change) {
    counter!(VOTES, "change" => change.label()).increment(1);
}

/// A comment or reply was committed.
pub fn comment_written(kind: CommentKind) {
    counter!(COMMENTS, "kind" => kind.label()).increment(1);
}

/// `count` rounds were opened (committed).
pub fn round_opened(by: RoundsMovedBy, count: usize) {
    counter!(ROUNDS_OPENED, "by" => by.label()).increment(count as u64);
}

/// `count` rounds were closed (committed).
pub fn round_closed(by: RoundsMovedBy, count: usize) {
    counter!(ROUNDS_CLOSED, "by" => by.label()).increment(count as u64);
}

/// One run of the round scheduler ended, every step of it done or not.
pub fn scheduler_ran(ok: bool) {
    let outcome = if ok { "ok" } else { "failed" };
    counter!(SCHEDULER_RUNS, "outcome" => outcome).increment(1);
}

/// One email of the outbox was tried.
pub fn email_delivered(outcome: DeliveryOutcome) {
    counter!(EMAIL_DELIVERIES, "outcome" => outcome.label()).increment(1);
}
