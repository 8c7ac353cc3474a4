//! Two-factor login: turning it on with a code computed from the secret the page shows,
//! the code page of a login (which opens nothing until the code is right), codes and
//! recovery codes that work once, turning it off, and the requirement for coordinators.

use chrono::TimeDelta;
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use totp_rs::{Builder, Secret};

use crate::helpers::{PASSWORD, TestApp, location, new_client};

/// The key the set-up page shows as text (groups of four, base32).
pub(super) fn secret_on(html: &str) -> String {
    let start = html
        .find("id=\"two-factor-secret\"")
        .expect("the page shows the key");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..text.find("</code>").unwrap()];
    text.split_whitespace().collect()
}

/// The code an authenticator app set up with `secret` shows at the app's time.
pub(super) fn code_now(app: &TestApp, secret: &str) -> String {
    let secret = Secret::try_from_base32(secret).expect("a base32 key");
    let totp = Builder::new()
        .with_secret(secret)
        .build()
        .expect("a valid key");
    let at = u64::try_from(app.state.now().timestamp()).unwrap();
    totp.generate(at).to_string()
}

/// The recovery codes on the page that shows them once.
fn recovery_codes_on(html: &str) -> Vec<String> {
    html.split("<li><code>")
        .skip(1)
        .map(|part| part[..part.find("</code>").unwrap()].to_owned())
        .collect()
}

/// Turns two-factor login on for the app's own browser; returns the key and recovery codes.
async fn turn_on(app: &TestApp) -> (String, Vec<String>) {
    let start = app.post_form("/account/two-factor/start", &[]).await;
    assert_eq!(location(&start), "/account/two-factor");
    let html = app.get_html("/account/two-factor").await;
    assert!(html.contains("<img class=\"qr-code\" src=\"data:image/svg+xml;base64,"));
    let secret = secret_on(&html);
    let confirmed = app
        .post_form(
            "/account/two-factor/confirm",
            &[("code", &code_now(app, &secret))],
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let codes = recovery_codes_on(&confirmed.text().await.unwrap());
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

async fn session_ids(app: &TestApp) -> Vec<String> {
    let rows = app
        .db()
        .query_all_raw(Statement::from_string(
            DbBackend::from(app.db().get_database_backend()),
            "SELECT id FROM session ORDER BY id",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
}

#[tokio::test]
async fn setting_up_needs_a_right_code_and_shows_ten_recovery_codes_once() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    assert!(
        app.get_html("/account")
            .await
            .contains("accesso in due passaggi non è attivo.")
    );
    app.post_form("/account/two-factor/start", &[]).await;
    let html = app.get_html("/account/two-factor").await;
    let secret = secret_on(&html);
    assert_eq!(secret.len(), 32, "160 bits in base32");

    let wrong = app
        .post_form("/account/two-factor/confirm", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("Questo codice non è giusto")
    );
    // Until it is confirmed, logging in still takes the password alone.
    let other = new_client();
    let login = app.by(&other).login("ana@example.org", PASSWORD).await;
    assert_eq!(location(&login), "/");

    let confirmed = app
        .post_form(
            "/account/two-factor/confirm",
            &[("code", &code_now(&app, &secret))],
        )
        .await;
    let html = confirmed.text().await.unwrap();
    assert!(html.contains("Vengono mostrati solo questa volta."));
    let codes = recovery_codes_on(&html);
    assert_eq!(codes.len(), 10);
    let page = app.get_html("/account/two-factor").await;
    assert!(page.contains("Ti restano 10 codici di recupero non usati."));
    assert!(!page.contains(&codes[0]), "the codes are not shown again");
    let stored = app
        .count("SELECT COUNT(*) FROM recovery_code WHERE used_at IS NULL")
        .await;
    assert_eq!(stored, 10);
    let plain = app
        .count(&format!(
            "SELECT COUNT(*) FROM recovery_code WHERE code_hash LIKE '%{}%'",
            codes[0].replace('-', "")
        ))
        .await;
    assert_eq!(plain, 0, "only hashes are stored");
    let secret_in_clear = app
        .count(&format!(
            "SELECT COUNT(*) FROM two_factor WHERE secret_sealed LIKE '%{secret}%'"
        ))
        .await;
    assert_eq!(secret_in_clear, 0, "the key is stored encrypted");
}

#[tokio::test]
async fn login_takes_a_code_that_works_once_and_opens_nothing_before() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let (secret, _) = turn_on(&app).await;
    // The code that confirmed the set-up is used up.
    let used = code_now(&app, &secret);
    app.logout().await;

    let password = app.login("ana@example.org", PASSWORD).await;
    assert_eq!(location(&password), "/login/code");
    // Halfway: not logged in.
    let account = app.get("/account").await;
    assert_eq!(account.status(), StatusCode::SEE_OTHER);
    assert!(location(&account).starts_with("/login"));
    assert_eq!(
        app.post_form("/account/sessions/others", &[])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let page = app.get_html("/login/code").await;
    assert!(page.contains("La password è giusta."));
    let halfway = session_ids(&app).await;

    let again = app.post_form("/login/code", &[("code", &used)]).await;
    assert_eq!(
        again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a code works once"
    );
    let wrong = app.post_form("/login/code", &[("code", "12345")]).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);

    app.advance_clock(TimeDelta::seconds(30));
    let next = code_now(&app, &secret);
    let done = app.post_form("/login/code", &[("code", &next)]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/");
    assert_eq!(app.get("/account").await.status(), StatusCode::OK);
    // A new session id at the full login.
    let after = session_ids(&app).await;
    assert!(halfway.iter().all(|id| !after.contains(id)));

    // Another browser cannot reuse the code just accepted.
    let thief = new_client();
    app.by(&thief).login("ana@example.org", PASSWORD).await;
    let stolen = app
        .by(&thief)
        .post_form("/login/code", &[("code", &next)])
        .await;
    assert_eq!(stolen.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn wrong_codes_end_the_halfway_login_and_then_lock_code_entry_a_while() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let (secret, _) = turn_on(&app).await;
    app.logout().await;
    // Five wrong codes end a login; ten in a row, over any number of logins, lock codes.
    for _ in 0..2 {
        app.login("ana@example.org", PASSWORD).await;
        for _ in 0..4 {
            let wrong = app.post_form("/login/code", &[("code", "999999")]).await;
            assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        let last = app.post_form("/login/code", &[("code", "999999")]).await;
        assert_eq!(location(&last), "/login");
        assert_eq!(location(&app.get("/login/code").await), "/login");
    }
    app.advance_clock(TimeDelta::seconds(30));
    app.login("ana@example.org", PASSWORD).await;
    let locked = app
        .post_form("/login/code", &[("code", &code_now(&app, &secret))])
        .await;
    assert_eq!(locked.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        locked
            .text()
            .await
            .unwrap()
            .contains("Troppi codici sbagliati di seguito.")
    );

    // The code page expires on its own; the lock too.
    app.advance_clock(TimeDelta::minutes(16));
    assert_eq!(location(&app.get("/login/code").await), "/login");
    app.login("ana@example.org", PASSWORD).await;
    let done = app
        .post_form("/login/code", &[("code", &code_now(&app, &secret))])
        .await;
    assert_eq!(location(&done), "/");
}

#[tokio::test]
async fn recovery_codes_log_in_once_each_and_can_be_renewed() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let (secret, codes) = turn_on(&app).await;
    app.logout().await;

    app.login("ana@example.org", PASSWORD).await;
    let typed = codes[3].to_uppercase().replace('-', " ");
    let done = app.post_form("/login/code", &[("code", &typed)]).await;
    assert_eq!(location(&done), "/");
    assert!(
        app.get_html("/account/two-factor")
            .await
            .contains("Ti restano 9 codici di recupero non usati.")
    );
    app.logout().await;
    app.login("ana@example.org", PASSWORD).await;
    let reused = app.post_form("/login/code", &[("code", &codes[3])]).await;
    assert_eq!(reused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let other = app.post_form("/login/code", &[("code", &codes[4])]).await;
    assert_eq!(location(&other), "/");

    // New codes, with a code from the app: the old ones stop working.
    app.advance_clock(TimeDelta::seconds(30));
    let renewed = app
        .post_form(
            "/account/two-factor/recovery-codes",
            &[("code", &code_now(&app, &secret))],
        )
        .await;
    assert_eq!(renewed.status(), StatusCode::OK);
    let new_codes = recovery_codes_on(&renewed.text().await.unwrap());
    assert_eq!(new_codes.len(), 10);
    app.logout().await;
    app.login("ana@example.org", PASSWORD).await;
    let old = app.post_form("/login/code", &[("code", &codes[5])]).await;
    assert_eq!(old.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let new = app
        .post_form("/login/code", &[("code", &new_codes[0])])
        .await;
    assert_eq!(location(&new), "/");
}

#[tokio::test]
async fn turning_it_off_takes_the_password_and_a_code() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let (secret, _) = turn_on(&app).await;
    app.advance_clock(TimeDelta::seconds(30));

    let no_password = app
        .post_form(
            "/account/two-factor/off",
            &[
                ("password", "not my password"),
                ("off_code", &code_now(&app, &secret)),
            ],
        )
        .await;
    assert_eq!(no_password.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_password
            .text()
            .await
            .unwrap()
            .contains("La password attuale non è corretta.")
    );
    let no_code = app
        .post_form(
            "/account/two-factor/off",
            &[("password", PASSWORD), ("off_code", "123456")],
        )
        .await;
    assert_eq!(no_code.status(), StatusCode::UNPROCESSABLE_ENTITY);

    app.advance_clock(TimeDelta::seconds(30));
    let off = app
        .post_form(
            "/account/two-factor/off",
            &[
                ("password", PASSWORD),
                ("off_code", &code_now(&app, &secret)),
            ],
        )
        .await;
    assert_eq!(location(&off), "/account");
    assert!(
        app.get_html("/account")
            .await
            .contains("accesso in due passaggi è disattivato.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_code").await, 0);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action IN \
             ('account.two_factor_on', 'account.two_factor_off')"
        )
        .await,
        2
    );
    app.logout().await;
    assert_eq!(
        location(&app.login("ana@example.org", PASSWORD).await),
        "/",
        "one step again"
    );
}

#[tokio::test]
async fn its_migration_goes_down_and_up_again() {
    let mut app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    turn_on(&app).await;
    app.migrate_again_from("m20261208_000003_two_factor").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM two_factor").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_code").await, 0);
}
