//! Sessions: kept in the database, rotated at login, swept when expired.

use reqwest::StatusCode;
use tavolo::web::session_store::DbSessionStore;
use tower_sessions::{
    SessionStore,
    session::{Id, Record},
    session_store::ExpiredDeletion,
};

use crate::helpers::{PASSWORD, TestApp};

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

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("tavolo_session="))
        .map(str::to_owned)
}

#[tokio::test]
async fn logging_in_issues_a_new_session_id_with_safe_cookie_flags() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let anonymous = session_cookie(&app.get("/login").await).expect("a session for the form token");
    assert!(anonymous.contains("HttpOnly"));
    assert!(anonymous.contains("SameSite=Lax"));
    assert!(!anonymous.contains("Secure"), "plain http in tests");

    let response = app.login("ana@example.org", PASSWORD).await;
    let logged_in = session_cookie(&response).expect("login sets a new session cookie");
    let id = |cookie: &str| cookie.split(';').next().unwrap().to_owned();
    assert_ne!(
        id(&anonymous),
        id(&logged_in),
        "the id changes at login (no fixation)"
    );
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
