//! Clients that hold connections open cannot take the server offline: half-sent requests
//! and bodies that never arrive time out, connections and requests in flight are capped,
//! and what is refused gets an answer at once. Real sockets against the real server, with
//! the timeouts shortened.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use reqwest::StatusCode;
use tavolo::config::ConnectionLimits;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::helpers::{TestApp, TestDb, new_client, startup_log};

/// Far longer than any timeout these tests set: only reached if one does not work.
const PATIENCE: Duration = Duration::from_secs(20);

fn limits(change: impl FnOnce(&mut ConnectionLimits)) -> ConnectionLimits {
    let mut limits = ConnectionLimits::default();
    change(&mut limits);
    limits
}

async fn connect(app: &TestApp) -> TcpStream {
    let address = app.address.trim_start_matches("http://");
    TcpStream::connect(address)
        .await
        .expect("the server takes connections")
}

/// Everything the server sends until it closes the connection, and how long that took.
async fn until_closed(stream: &mut TcpStream) -> (String, Duration) {
    let started = Instant::now();
    let mut received = Vec::new();
    let read = tokio::time::timeout(PATIENCE, async {
        let mut buffer = [0; 4096];
        // A reset counts as closed too.
        while let Ok(n @ 1..) = stream.read(&mut buffer).await {
            received.extend_from_slice(&buffer[..n]);
        }
    });
    read.await.expect("the server closes the connection");
    (
        String::from_utf8_lossy(&received).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn half_sent_requests_neither_hold_others_up_nor_stay_open() {
    let header_timeout = Duration::from_secs(2);
    let app = TestApp::spawn_with_connections(limits(|l| l.header_timeout = header_timeout)).await;
    let mut half_sent = Vec::new();
    for _ in 0..200 {
        let mut stream = connect(&app).await;
        stream
            .write_all(b"GET / HTTP/1.1\r\nHost: tavolo.test\r\nAccept: text/ht")
            .await
            .unwrap();
        half_sent.push(stream);
    }
    let opened = Instant::now();

    let asked = Instant::now();
    let response = new_client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );

    let closes = half_sent.iter_mut().map(until_closed);
    for (sent, _) in futures::future::join_all(closes).await {
        assert!(!sent.contains("200 OK"), "{sent}");
    }
    let all_closed = opened.elapsed();
    assert!(
        all_closed < header_timeout + Duration::from_secs(3),
        "closed after {all_closed:?}"
    );
}

#[tokio::test]
async fn a_body_that_never_arrives_gets_408_and_a_huge_one_413_at_once() {
    let body_timeout = Duration::from_secs(1);
    let app = TestApp::spawn_with_connections(limits(|l| l.body_timeout = body_timeout)).await;

    let mut stream = connect(&app).await;
    stream
        .write_all(
            b"POST /login HTTP/1.1\r\nHost: tavolo.test\r\nAccept-Language: en\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=",
        )
        .await
        .unwrap();
    let (answer, after) = until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        answer.contains("Your request took too long to arrive"),
        "{answer}"
    );
    assert!(after < body_timeout + Duration::from_secs(3), "{after:?}");

    let mut stream = connect(&app).await;
    stream
        .write_all(
            b"POST /login HTTP/1.1\r\nHost: tavolo.test\r\nAccept-Language: fr\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000000\r\n\r\n",
        )
        .await
        .unwrap();
    let (answer, after) = until_closed(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("Contenu trop grand"), "{answer}");
    assert!(after < body_timeout, "answered without waiting: {after:?}");
}

#[tokio::test]
async fn at_the_connection_cap_the_next_client_waits_and_is_served() {
    let app = TestApp::spawn_with_connections(limits(|l| {
        l.max_connections = 4;
        l.header_timeout = Duration::from_secs(2);
    }))
    .await;
    let mut idle = Vec::new();
    for _ in 0..4 {
        idle.push(connect(&app).await);
    }

    let mut fifth = tokio::spawn(new_client().get(app.url("/healthz")).send());
    // No slot frees before the idle connections' header timeout.
    let early = tokio::time::timeout(Duration::from_millis(500), &mut fifth).await;
    assert!(early.is_err(), "the fifth connection was served at once");

    for stream in &mut idle {
        until_closed(stream).await;
    }
    let response = tokio::time::timeout(PATIENCE, fifth)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(response.unwrap().status(), StatusCode::OK);
    // The server still takes connections as usual.
    let again = new_client().get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::OK);
}

#[tokio::test]
async fn over_the_in_flight_cap_requests_get_503_at_once() {
    let app = TestApp::spawn_with_connections(limits(|l| {
        l.max_in_flight = 2;
        l.body_timeout = PATIENCE;
    }))
    .await;
    // Two requests whose bodies are slow to come are being handled.
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut stream = connect(&app).await;
        stream
            .write_all(b"POST /login HTTP/1.1\r\nHost: tavolo.test\r\nContent-Length: 10\r\n\r\n")
            .await
            .unwrap();
        held.push(stream);
    }

    let refused = status_soon(&app, "/", StatusCode::SERVICE_UNAVAILABLE).await;
    assert_eq!(refused.headers()["retry-after"], "5");
    let page = refused.text().await.unwrap();
    assert!(page.contains("Tavolo est très sollicité"), "{page}");
    let api = new_client()
        .get(app.url("/api/v1/consultations"))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::SERVICE_UNAVAILABLE);
    let error: serde_json::Value = api.json().await.unwrap();
    assert!(error["error"].as_str().is_some(), "{error}");

    // Once those requests end, others are handled again.
    drop(held);
    status_soon(&app, "/", StatusCode::OK).await;
}

/// The first answer to `GET path` (asked in French) with `status`, asking again until then.
async fn status_soon(app: &TestApp, path: &str, status: StatusCode) -> reqwest::Response {
    let started = Instant::now();
    loop {
        let response = new_client()
            .get(app.url(path))
            .header("accept-language", "fr")
            .send()
            .await
            .unwrap();
        if response.status() == status {
            return response;
        }
        assert!(
            started.elapsed() < PATIENCE,
            "GET {path} never gave {status}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The attack as it was reported: with a low open-file limit, more idle sockets than
/// descriptors. `tavolo serve` keeps its connection cap below the limit, so it never runs
/// out of descriptors, and serves a normal visitor once the idle sockets have timed out.
#[tokio::test]
async fn more_idle_sockets_than_open_files_do_not_stop_the_server() {
    let db = TestDb::create().await;
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut server = Command::new("sh")
        .args(["-c", "ulimit -n 256 && exec \"$0\" serve"])
        .arg(env!("CARGO_BIN_EXE_tavolo"))
        .env("DATABASE_URL", &db.url)
        .env("TAVOLO_ADDR", format!("127.0.0.1:{port}"))
        .env("TAVOLO_DATA_DIR", std::env::temp_dir())
        .env("TAVOLO_HEADER_TIMEOUT", "1")
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tavolo serve starts");
    let mut log = BufReader::new(server.stderr.take().unwrap()).lines();
    let startup = startup_log(&mut log);
    assert!(
        startup.contains("TAVOLO_MAX_CONNECTIONS lowered from 1024 to 128"),
        "{startup}"
    );

    let mut idle = Vec::new();
    for _ in 0..300 {
        let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await;
        idle.push(stream.expect("the connection is taken or queued"));
    }
    let response = tokio::time::timeout(
        PATIENCE,
        new_client()
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send(),
    )
    .await
    .expect("the visitor is served once the idle sockets time out")
    .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    let rest: Vec<String> = log.map_while(Result::ok).collect();
    assert!(server.wait().unwrap().success(), "{rest:?}");
    assert!(
        !rest.iter().any(|l| l.contains("cannot accept")),
        "{rest:?}"
    );
}
