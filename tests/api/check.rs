//! `tavolo check` run as an operator would: a healthy configuration passes line by line,
//! each problem is named on its own line and fails it, warnings fail only `--strict`.

use std::process::{Command, Output};

use crate::helpers::TestApp;

/// Runs `tavolo check ARGS` with these settings, off the test's runtime, which keeps serving
/// the test's SMTP server meanwhile.
async fn check(settings: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tavolo"));
    command
        .arg("check")
        .args(args)
        .env_remove("SMTP_URL")
        .envs(settings.iter().copied())
        .env("RUST_LOG", "warn");
    tokio::task::spawn_blocking(move || command.output().expect("tavolo check runs"))
        .await
        .unwrap()
}

fn lines(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn a_healthy_configuration_passes_line_by_line() {
    let app = TestApp::spawn().await;
    let data = tempfile::tempdir().unwrap();
    let output = check(
        &[
            ("DATABASE_URL", &app.test_db.url),
            ("SMTP_URL", &app.smtp.url()),
            ("MAIL_FROM", "Tavolo <tavolo@comune.example.org>"),
            ("TAVOLO_BASE_URL", "https://tavolo.example.org"),
            ("TAVOLO_DATA_DIR", data.path().to_str().unwrap()),
            ("TAVOLO_TIMEZONE", "Europe/Rome"),
            ("TAVOLO_METRICS_ADDR", "127.0.0.1:9464"),
            ("TAVOLO_LOG_FORMAT", "json"),
        ],
        &["--strict"],
    )
    .await;
    let report = lines(&output);
    assert!(output.status.success(), "{report}{output:?}");
    for line in [
        "ok       database: ",
        "migrations applied",
        "ok       signing key: present",
        "ok       demo accounts: none",
        "ok       mail sender: Tavolo <tavolo@comune.example.org>",
        "answered",
        "ok       base URL: https://tavolo.example.org (secure cookies)",
        "ok       time zone: Europe/Rome",
        "is writable",
        "ok       logs: JSON, one object a line, on standard error",
        "ok       metrics: http://127.0.0.1:9464/metrics, a private address",
        "All is well.",
    ] {
        assert!(report.contains(line), "{line:?} in\n{report}");
    }
}

#[tokio::test]
async fn each_problem_is_named_on_its_line_and_fails_the_check() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("manca").join("tavolo.db");
    let not_a_folder = folder.path().join("file");
    std::fs::write(&not_a_folder, "").unwrap();
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let smtp = format!("smtp://{}", closed.local_addr().unwrap());
    drop(closed);
    let output = check(
        &[
            ("DATABASE_URL", &format!("sqlite://{}", missing.display())),
            ("SMTP_URL", &smtp),
            ("TAVOLO_BASE_URL", "tavolo.example.org"),
            ("TAVOLO_DATA_DIR", not_a_folder.to_str().unwrap()),
        ],
        &[],
    )
    .await;
    let report = lines(&output);
    assert!(!output.status.success(), "{report}");
    for line in [
        "PROBLEM  database: no file at",
        &format!("PROBLEM  mail: SMTP {smtp} failed"),
        "PROBLEM  base URL: tavolo.example.org is not an http(s) address",
        "PROBLEM  data folder: cannot write in",
        "4 problem(s), 0 warning(s).",
    ] {
        assert!(report.contains(line), "{line:?} in\n{report}");
    }
    assert!(!missing.exists(), "the check creates no database");
}

#[tokio::test]
async fn warnings_fail_only_a_strict_check() {
    let app = TestApp::spawn().await;
    let data = tempfile::tempdir().unwrap();
    let settings = [
        ("DATABASE_URL", app.test_db.url.as_str()),
        ("TAVOLO_BASE_URL", "http://tavolo.example.org"),
        ("TAVOLO_DATA_DIR", data.path().to_str().unwrap()),
        ("TAVOLO_METRICS_ADDR", "0.0.0.0:9464"),
    ];
    let output = check(&settings, &[]).await;
    let report = lines(&output);
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains("warning  mail: SMTP_URL is not set"),
        "{report}"
    );
    assert!(report.contains("is not https"), "{report}");
    assert!(
        report.contains("warning  metrics: 0.0.0.0:9464 may be reachable from anywhere"),
        "{report}"
    );
    assert!(report.contains("0 problem(s), 3 warning(s)."), "{report}");
    assert!(!check(&settings, &["--strict"]).await.status.success());
}
