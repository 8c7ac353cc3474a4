//! Sessions: kept in the database, rotated at login, swept when expired; never made or
//! written by reading.
//!
//! - `reading.rs`: visitors who are not logged in read every page without a session or
//!   cookie; the cookies that forms and the random order need;
//! - `renewal.rs`: logged-in page views write nothing, but once a day; forms still work
//!   and forged ones are refused;
//! - `wal.rs`: SQLite's write-ahead log is checkpointed and kept small.

mod reading;
mod renewal;
mod wal;

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;
use tavolo::web::session_store::DbSessionStore;
use tower_sessions::{
    SessionStore,
    session::{Id, Record},
    session_store::ExpiredDeletion,
};

use crate::helpers::{PASSWORD, TestApp, form_value};

#[tokio::test]
async fn a_session_survives_a_server_restart() {
    let mut app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    assert_eq!(app.get("/account").await.status(), StatusCode::OK);

    app.restart().await;
    let account = app.get("/account").await;
    assert_eq!(account.status(), StatusCode::OK);
    assert!(account.text().await.unwrap().contains("ana@example.org"));
}

/// The cookies a response sets, whole (`name=value; attributes`).
pub fn cookies_set(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect()
}

/// The names of the cookies a response sets.
pub fn cookie_names(response: &reqwest::Response) -> Vec<String> {
    cookies_set(response)
        .iter()
        .map(|c| c.split('=').next().unwrap_or_default().to_owned())
        .collect()
}

/// The value of cookie `name` set by a response.
pub fn cookie_value(response: &reqwest::Response, name: &str) -> Option<String> {
    cookies_set(response).iter().find_map(|c| {
        c.split(';')
            .next()?
            .strip_prefix(&format!("{name}="))
            .map(str::to_owned)
    })
}

#[tokio::test]
async fn logging_in_issues_a_new_session_id_with_safe_cookie_flags() {
    let app = TestApp::spawn().await;
    app.create_account(
        "ana@example.org",
        "Ana",
        StakeholderGroup::Beneficiary,
        PlatformRole::Participant,
        true,
    )
    .await;
    // A browser that comes with a session id made beforehand (as a fixation attack would
    // plant one): cookies are sent by hand.
    let mut planted = Record {
        id: Id::default(),
        data: [("note".to_owned(), serde_json::json!("planted"))]
            .into_iter()
            .collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
    };
    DbSessionStore::new(app.db().clone())
        .create(&mut planted)
        .await
        .unwrap();
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let form_page = browser.get(app.url("/login")).send().await.unwrap();
    let nonce = cookie_value(&form_page, "tavolo_csrf").expect("the form page sets its cookie");
    let token = form_value(&form_page.text().await.unwrap(), "_csrf").unwrap();

    let response = browser
        .post(app.url("/login"))
        .header(
            "cookie",
            format!("tavolo_session={}; tavolo_csrf={nonce}", planted.id),
        )
        .form(&[
            ("email", "ana@example.org"),
            ("password", PASSWORD),
            ("_csrf", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = cookies_set(&response)
        .into_iter()
        .find(|c| c.starts_with("tavolo_session="))
        .expect("login sets a session cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http in tests");
    assert!(
        !cookie.starts_with(&format!("tavolo_session={};", planted.id)),
        "the id changes at login (no fixation)"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM session WHERE user_id IS NOT NULL")
            .await,
        1
    );
}

#[tokio::test]
async fn logging_out_deletes_the_stored_session() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM session WHERE user_id IS NOT NULL")
            .await,
        1
    );
    app.logout().await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM session WHERE user_id IS NOT NULL")
            .await,
        0
    );
}

#[tokio::test]
async fn the_store_saves_loads_and_sweeps_expired_sessions() {
    let app = TestApp::spawn().await;
    let store = DbSessionStore::new(app.db().clone());
    let now = time::OffsetDateTime::now_utc();

    let mut live = Record {
        id: Id::default(),
        data: [("csrf".to_owned(), serde_json::json!("t"))]
            .into_iter()
            .collect(),
        expiry_date: now + time::Duration::hours(1),
    };
    let mut expired = Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: now - time::Duration::hours(1),
    };
    store.create(&mut live).await.unwrap();
    store.create(&mut expired).await.unwrap();

    let loaded = store
        .load(&live.id)
        .await
        .unwrap()
        .expect("a live session loads");
    assert_eq!(loaded.data, live.data);
    assert_eq!(
        loaded.expiry_date.unix_timestamp(),
        live.expiry_date.unix_timestamp()
    );
    assert!(
        store.load(&expired.id).await.unwrap().is_none(),
        "an expired session is not loaded"
    );

    live.data
        .insert("csrf".to_owned(), serde_json::json!("changed"));
    store.save(&live).await.unwrap();
    assert_eq!(
        store.load(&live.id).await.unwrap().unwrap().data["csrf"],
        "changed"
    );

    store.delete_expired().await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 1);
    store.delete(&live.id).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM session").await, 0);
}
