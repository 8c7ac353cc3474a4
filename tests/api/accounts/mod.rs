//! Registration, verification, login, logout, password reset and change, profile, language.

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp, location, new_client, path_of};

#[tokio::test]
async fn register_verify_log_out_and_log_in_again() {
    let app = TestApp::spawn().await;
    assert!(app.get_html("/register").await.contains("Crea un account"));

    let response = app.register("Amina Diallo", "Amina@Example.org").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/account");

    let account = app.get_html("/account").await;
    assert!(
        account.contains("amina@example.org"),
        "the address is stored lower-cased"
    );
    assert!(
        account.contains("Ti abbiamo mandato un&#39;email")
            || account.contains("Ti abbiamo mandato un'email")
    );
    assert!(
        account.contains("Conferma il tuo indirizzo email"),
        "an unverified account is told so"
    );

    let email = app.last_email_to("amina@example.org").await;
    assert_eq!(email.subject(), "Conferma il tuo indirizzo email");
    assert!(email.text().contains("Ciao Amina Diallo"));
    assert!(
        email.html().contains("Conferma l&#39;indirizzo email")
            || email.html().contains("Conferma l'indirizzo email")
    );
    let link = email
        .links()
        .into_iter()
        .next()
        .expect("the email carries a link");
    assert!(link.starts_with(&format!("{}/verify-email/", app.address)));

    let confirmed = app.get(&path_of(&app, &link)).await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    let account = app.get_html("/account").await;
    assert!(account.contains("il tuo indirizzo email è confermato"));
    assert!(!account.contains("Conferma il tuo indirizzo email"));

    let response = app.logout().await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.get("/account").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login?next=/account");

    let response = app.login("amina@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(app.get_html("/account").await.contains("amina@example.org"));
}

#[tokio::test]
async fn login_returns_to_the_page_asked_for_but_never_to_another_site() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let html = app.get_html("/login?next=/account").await;
    assert!(html.contains("<input type=\"hidden\" name=\"next\" value=\"/account\">"));
    let response = app
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/account");

    app.logout().await;
    let response = app
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/");
}

#[tokio::test]
async fn a_wrong_password_or_unknown_address_is_refused_alike() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let wrong = app.login("ana@example.org", "not the password").await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let wrong = wrong.text().await.unwrap();
    assert!(wrong.contains("Email o password non corrette."));
    assert!(
        wrong.contains("value=\"ana@example.org\""),
        "the address stays filled in"
    );
    assert!(
        !wrong.contains("not the password"),
        "the password is never sent back"
    );

    let unknown = app.login("nobody@example.org", "not the password").await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("Email o password non corrette.")
    );

    assert_eq!(
        app.get("/account").await.status(),
        StatusCode::SEE_OTHER,
        "still logged out"
    );
}

#[tokio::test]
async fn a_second_account_with_the_same_address_is_refused_at_the_field() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;

    let response = app
        .post_form(
            "/register",
            &[
                ("display_name", "Another Ana"),
                ("email", "ANA@example.org"),
                ("password", PASSWORD),
                ("stakeholder_group", "institution"),
                ("organisation", "Comune di Prato"),
                ("locale", "it"),
                ("privacy_consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("Esiste già un account con questo indirizzo."));
    assert!(html.contains("value=\"Another Ana\""));
    assert!(html.contains("value=\"Comune di Prato\""));
    assert!(html.contains("<option value=\"institution\" selected>"));
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 1);
}

#[tokio::test]
async fn two_simultaneous_registrations_with_one_address_make_one_account() {
    let app = TestApp::spawn().await;
    let (first, second) = (new_client(), new_client());
    let (a, b) = tokio::join!(
        app.by(&first).register("Ana", "race@example.org"),
        app.by(&second).register("Ana bis", "race@example.org"),
    );
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::UNPROCESSABLE_ENTITY]
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 1);
    app.deliver_mail().await;
    assert_eq!(
        app.emails_to("race@example.org").len(),
        1,
        "one verification email"
    );
}

#[tokio::test]
async fn many_simultaneous_registrations_all_succeed() {
    // On SQLite, concurrent write transactions must queue, not fail with "database is locked".
    let app = TestApp::spawn().await;
    let clients: Vec<_> = (0..16).map(|_| new_client()).collect();
    let app = &app;
    let registrations = clients.iter().enumerate().map(|(n, client)| async move {
        let email = format!("person{n}@example.org");
        app.by(client)
            .register(&format!("Person {n}"), &email)
            .await
            .status()
    });
    let statuses = futures::future::join_all(registrations).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 16);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 16);

    // Transactions that read before they write (find the account, then queue its email)
    // are the ones SQLite would refuse to upgrade: each must still go through.
    let requests = clients.iter().enumerate().map(|(n, client)| async move {
        let email = format!("person{n}@example.org");
        app.by(client)
            .post_form("/password/forgot", &[("email", &email)])
            .await
            .status()
    });
    let statuses = futures::future::join_all(requests).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 32);
}

#[tokio::test]
async fn invalid_registration_names_each_problem_and_keeps_the_input() {
    let app = TestApp::spawn().await;
    let response = app
        .post_form(
            "/register",
            &[
                ("display_name", "Olena"),
                ("email", "not-an-address"),
                ("password", "short"),
                ("stakeholder_group", ""),
                ("organisation", "Associazione Insieme"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    // The summary at the top links to each field.
    assert!(html.contains("class=\"error-summary\""));
    for field in ["email", "password", "stakeholder_group", "privacy_consent"] {
        assert!(
            html.contains(&format!("href=\"#{field}\"")),
            "summary links to {field}"
        );
        assert!(
            html.contains(&format!("id=\"{field}-error\"")),
            "{field} has its message"
        );
        assert!(
            html.contains(&format!("{field}-error\"")),
            "{field} is described by its message"
        );
    }
    assert!(html.contains("La password deve avere almeno 10 caratteri."));
    assert!(html.contains("Scegli il tuo gruppo."));
    assert!(html.contains("value=\"Olena\""));
    assert!(html.contains("value=\"not-an-address\""));
    assert!(html.contains("value=\"Associazione Insieme\""));
    assert!(html.contains("<option value=\"en\" lang=\"en\" selected>"));
    assert!(
        !html.contains("value=\"short\""),
        "the password is never sent back"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 0);
}

#[tokio::test]
async fn password_reset_works_once_and_the_answer_never_reveals_an_account() {
    let app = TestApp::spawn().await;
    app.register_verified("Ana", "ana@example.org").await;
    app.logout().await;

    let known = app
        .post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    assert_eq!(known.status(), StatusCode::OK);
    let known = known.text().await.unwrap();
    let unknown = app
        .post_form("/password/forgot", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(unknown.status(), StatusCode::OK);
    let unknown = unknown.text().await.unwrap();
    let answer = |html: &str, email: &str| {
        html.replace(email, "EMAIL")
            .lines()
            .filter(|l| l.contains("abbiamo mandato un link"))
            .collect::<String>()
    };
    assert_eq!(
        answer(&known, "ana@example.org"),
        answer(&unknown, "nobody@example.org")
    );
    assert!(!answer(&known, "ana@example.org").is_empty());

    let email = app.last_email_to("ana@example.org").await;
    assert_eq!(email.subject(), "Scegli una nuova password");
    assert!(app.emails_to("nobody@example.org").is_empty());
    let reset = path_of(&app, &email.links()[0]);

    let form = app.get(&reset).await;
    assert_eq!(form.status(), StatusCode::OK);
    let too_short = app.post_form(&reset, &[("password", "short")]).await;
    assert_eq!(too_short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_short
            .text()
            .await
            .unwrap()
            .contains("almeno 10 caratteri")
    );

    let done = app
        .post_form(&reset, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&done), "/login");
    assert!(
        app.get_html("/login")
            .await
            .contains("La password è cambiata.")
    );

    assert_eq!(
        app.login("ana@example.org", PASSWORD).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.login("ana@example.org", "a brand new passphrase")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    // The link worked once.
    let again = app.get(&reset).await;
    assert_eq!(again.status(), StatusCode::GONE);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("già stato usato o è scaduto")
    );
    let again = app
        .post_form(&reset, &[("password", "yet another passphrase")])
        .await;
    assert_eq!(again.status(), StatusCode::GONE);
}

#[tokio::test]
async fn an_expired_reset_link_is_refused() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;
    app.post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    let reset = path_of(&app, &app.last_email_to("ana@example.org").await.links()[0]);

    app.advance_clock(TimeDelta::minutes(61));
    assert_eq!(app.get(&reset).await.status(), StatusCode::GONE);
    let response = app
        .post_form(&reset, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(response.status(), StatusCode::GONE);
    assert_eq!(
        app.login("ana@example.org", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_password_reset_logs_out_every_other_session() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let phone = new_client();
    app.by(&phone).login("ana@example.org", PASSWORD).await;
    assert_eq!(
        app.by(&phone).get("/account").await.status(),
        StatusCode::OK
    );

    app.post_form("/password/forgot", &[("email", "ana@example.org")])
        .await;
    let reset = path_of(&app, &app.last_email_to("ana@example.org").await.links()[0]);
    app.post_form(&reset, &[("password", "a brand new passphrase")])
        .await;

    assert_eq!(
        app.by(&phone).get("/account").await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let laptop = new_client();
    app.by(&laptop).login("ana@example.org", PASSWORD).await;

    let wrong = app
        .post_form(
            "/account/password",
            &[
                ("current_password", "not it at all"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("La password attuale non è corretta.")
    );

    let done = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(
        app.get_html("/account")
            .await
            .contains("La password è cambiata.")
    );
    assert_eq!(
        app.by(&laptop).get("/account").await.status(),
        StatusCode::SEE_OTHER
    );
    app.logout().await;
    assert_eq!(
        app.login("ana@example.org", "a brand new passphrase")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_unverified_account_can_ask_for_a_new_link_but_not_flood_the_inbox() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 1);

    // Right after registering, a second link is held back.
    app.post_form("/account/verification", &[]).await;
    assert!(
        app.get_html("/account")
            .await
            .contains("riprova tra un minuto")
    );
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 1);

    app.advance_clock(TimeDelta::minutes(2));
    app.post_form("/account/verification", &[]).await;
    assert!(
        app.get_html("/account")
            .await
            .contains("Ti abbiamo mandato un nuovo link")
    );
    let newest = app.last_email_to("ana@example.org").await;
    assert_eq!(app.emails_to("ana@example.org").len(), 2);
    let confirmed = app.get(&path_of(&app, &newest.links()[0])).await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert!(
        !app.get_html("/account")
            .await
            .contains("Conferma il tuo indirizzo email")
    );
}

#[tokio::test]
async fn a_used_or_unknown_verification_link_is_refused() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let link = path_of(&app, &app.last_email_to("ana@example.org").await.links()[0]);
    assert_eq!(app.get(&link).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&link).await.status(), StatusCode::GONE);
    assert_eq!(
        app.get("/verify-email/made-up").await.status(),
        StatusCode::GONE
    );
}

#[tokio::test]
async fn the_profile_can_be_edited_and_its_language_followed() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;

    let invalid = app
        .post_form(
            "/account",
            &[
                ("display_name", "  "),
                ("stakeholder_group", "institution"),
                ("organisation", ""),
                ("locale", "it"),
            ],
        )
        .await;
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid
            .text()
            .await
            .unwrap()
            .contains("Scrivi il nome da mostrare.")
    );

    let saved = app
        .post_form(
            "/account",
            &[
                ("display_name", "Ana   Rossi"),
                ("stakeholder_group", "third_sector"),
                ("organisation", "Cooperativa Il Ponte"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = app.get_html("/account").await;
    assert!(
        html.contains("<html lang=\"en\" dir=\"ltr\">"),
        "the account's language wins"
    );
    assert!(html.contains("Profile saved."));
    assert!(html.contains("value=\"Ana Rossi\""));
    assert!(html.contains("<option value=\"third_sector\" selected>"));
    assert!(html.contains("value=\"Cooperativa Il Ponte\""));
}

#[tokio::test]
async fn the_language_comes_from_the_account_then_the_switch_then_the_browser() {
    let app = TestApp::spawn().await;
    let browser_en = app
        .client
        .get(app.url("/"))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap();
    assert!(
        browser_en
            .text()
            .await
            .unwrap()
            .contains("<html lang=\"en\"")
    );
    assert!(
        app.get_html("/").await.contains("<html lang=\"it\""),
        "Italian by default"
    );

    let switched = app
        .post_form("/language", &[("lang", "en"), ("next", "/login")])
        .await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&switched), "/login");
    assert!(app.get_html("/login").await.contains("<html lang=\"en\""));

    // An account registered in Italian sees Italian whatever the cookie says...
    app.register("Ana", "ana@example.org").await;
    assert!(app.get_html("/account").await.contains("<html lang=\"it\""));
    // ...until it uses the switch, which also changes the account's language.
    app.post_form("/language", &[("lang", "en"), ("next", "/account")])
        .await;
    assert!(app.get_html("/account").await.contains("<html lang=\"en\""));
    let email = app.post_form("/account/verification", &[]).await;
    assert_eq!(email.status(), StatusCode::SEE_OTHER);
    app.advance_clock(TimeDelta::minutes(2));
    app.post_form("/account/verification", &[]).await;
    assert_eq!(
        app.last_email_to("ana@example.org").await.subject(),
        "Confirm your email address"
    );

    let unknown = app.post_form("/language", &[("lang", "xx")]).await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
}

/// Runs `tavolo user create …` against the test database with `stdin` as its input.
fn create_user_on_the_command_line(
    app: &TestApp,
    args: &[&str],
    stdin: &str,
) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tavolo"))
        .args(["user", "create"])
        .args(args)
        .env("DATABASE_URL", &app.test_db.url)
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the tavolo binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("the password is written");
    child.wait_with_output().expect("the command ends")
}

#[tokio::test]
async fn the_command_line_creates_a_verified_coordinator() {
    let app = TestApp::spawn().await;
    let args = [
        "--email",
        "Chiara@Example.org",
        "--name",
        "Chiara",
        "--role",
        "coordinator",
        "--group",
        "institution",
    ];
    let output = create_user_on_the_command_line(&app, &args, &format!("{PASSWORD}\n"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("chiara@example.org"));

    assert_eq!(
        app.login("chiara@example.org", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    let account = app.get_html("/account").await;
    assert!(
        !account.contains("Conferma il tuo indirizzo email"),
        "made verified"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM \"user\" WHERE role = 'coordinator'")
            .await,
        1
    );

    let again = create_user_on_the_command_line(&app, &args, &format!("{PASSWORD}\n"));
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let short = create_user_on_the_command_line(
        &app,
        &["--email", "luca@example.org", "--name", "Luca"],
        "short\n",
    );
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr)
            .contains("the password must be 10 to 200 characters")
    );
}
