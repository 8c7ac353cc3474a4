//! The `tavolo` binary: demo content, a clean stop on SIGTERM, and draining before a stop.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
};

use reqwest::StatusCode;

use crate::helpers::{TestApp, TestDb, new_client, startup_log};

#[tokio::test]
async fn the_demo_accounts_exist_once_however_often_the_demo_runs() {
    let app = TestApp::spawn().await;
    for _ in 0..2 {
        tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    }
    // The five accounts to log in with, and fifteen who voted.
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 20);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM \"user\" WHERE email_verified_at IS NULL")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM \"user\" WHERE role = 'coordinator'")
            .await,
        1
    );
    for email in [
        "coordinator@demo.test",
        "facilitator@demo.test",
        "beneficiary@demo.test",
        "institution@demo.test",
        "partner@demo.test",
    ] {
        let client = new_client();
        let response = app.by(&client).login(email, "demo-demo-demo").await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{email} logs in");
    }
    let groups = app
        .count("SELECT COUNT(DISTINCT stakeholder_group) FROM \"user\" WHERE email IN ('beneficiary@demo.test', 'institution@demo.test', 'partner@demo.test')")
        .await;
    assert_eq!(groups, 3);
}

#[tokio::test]
async fn serve_runs_the_demo_and_stops_cleanly_on_sigterm() {
    // A first start: the migrations run here too.
    let db = TestDb::empty().await;
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut server = Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(["serve", "--demo"])
        .env("DATABASE_URL", &db.url)
        .env("TAVOLO_ADDR", format!("127.0.0.1:{port}"))
        .env("TAVOLO_DATA_DIR", std::env::temp_dir())
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tavolo serve starts");
    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();

    // The server says where it listens once it is ready.
    let startup = startup_log(&mut log);
    assert!(startup.contains("DEMO MODE"), "{startup}");
    assert!(
        startup.contains("files under"),
        "names the mail transport: {startup}"
    );
    assert!(startup.contains("database is up to date"), "{startup}");

    // The version and the commit it was built from: printed, logged at start, in /healthz.
    let printed = Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .arg("--version")
        .output()
        .unwrap();
    let printed = String::from_utf8(printed.stdout).unwrap();
    let version = format!("{} ({})", env!("CARGO_PKG_VERSION"), tavolo::COMMIT);
    assert_eq!(printed.trim(), format!("tavolo {version}"));
    assert!(startup.contains(&version), "{startup}");
    let health: serde_json::Value = new_client()
        .get(format!("http://127.0.0.1:{port}/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["commit"], tavolo::COMMIT);

    let response = new_client()
        .get(format!("http://127.0.0.1:{port}/"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    let rest: Vec<String> = log.map_while(Result::ok).collect();
    let status = server.wait().unwrap();
    assert!(status.success(), "exit status {status}; log: {rest:?}");
    assert!(
        rest.iter().any(|l| l.contains("mail worker stopped")),
        "{rest:?}"
    );
}

/// With `TAVOLO_DRAIN`, a stop signal first takes the instance out of the load balancer's
/// rotation (`/healthz` answers 503 `stopping`) while every page is still served, so that no
/// request arrives on a connection being closed; a second signal stops it at once.
#[tokio::test]
async fn a_draining_server_leaves_the_rotation_but_still_serves() {
    let db = TestDb::create().await;
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut server = Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(["serve"])
        .env("DATABASE_URL", &db.url)
        .env("TAVOLO_ADDR", format!("127.0.0.1:{port}"))
        .env("TAVOLO_DATA_DIR", std::env::temp_dir())
        // Far longer than the test: only the second signal can end it.
        .env("TAVOLO_DRAIN", "600")
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tavolo serve starts");
    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();
    startup_log(&mut log);
    let url = |path: &str| format!("http://127.0.0.1:{port}{path}");
    let health = new_client().get(url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);

    let kill = |pid: u32| {
        Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .unwrap()
    };
    kill(server.id());
    let mut answer = None;
    for _ in 0..200 {
        let response = new_client().get(url("/healthz")).send().await.unwrap();
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            answer = Some(response.json::<serde_json::Value>().await.unwrap());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let answer = answer.expect("/healthz answers 503 once the stop signal has arrived");
    assert_eq!(answer["status"], "stopping");
    let page = new_client().get(url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK, "pages are still served");

    kill(server.id());
    let rest: Vec<String> =
        tokio::task::spawn_blocking(move || log.map_while(Result::ok).collect())
            .await
            .unwrap();
    let status = server.wait().unwrap();
    assert!(status.success(), "exit status {status}; log: {rest:?}");
    assert!(
        rest.iter().any(|l| l.contains("stopping at once")),
        "{rest:?}"
    );
}

#[test]
fn running_days_ahead_is_for_the_demo_only() {
    let refused = Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(["serve", "--demo-days-ahead", "21"])
        .env_remove("TAVOLO_DEMO")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let said = String::from_utf8(refused.stderr).unwrap();
    assert!(said.contains("--demo"), "{said}");
}
