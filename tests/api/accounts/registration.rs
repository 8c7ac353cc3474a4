//! Registering and verifying: refusals at the field, simultaneous sign-ups, new verification links,
//! and coordinators created on the command line.

use chrono::TimeDelta;
use reqwest::StatusCode;

use tavolo::config::Limits;

use crate::helpers::{PASSWORD, TestApp, location, new_client, path_of, unlimited};

#[tokio::test]
async fn register_then_the_emailed_link_confirms_and_logs_in() {
    let app = TestApp::spawn().await;
    assert!(app.get_html("/register").await.contains("Crea un account"));

    let response = app.register_form("Amina Diallo", "Amina@Example.org").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/register/sent");
    let sent = app.get_html("/register/sent").await;
    assert!(sent.contains("Controlla la tua email"), "{sent}");
    // Registering logs nobody in: only the emailed link (or the password) does.
    assert_eq!(location(&app.get("/account").await), "/login?next=/account");

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
    assert_eq!(location(&confirmed), "/account");
    let account = app.get_html("/account").await;
    assert!(
        account.contains("amina@example.org"),
        "the address is stored lower-cased"
    );
    assert!(account.contains("il tuo indirizzo email è confermato"));
    assert!(!account.contains("Conferma il tuo indirizzo email"));

    let response = app.logout().await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.get("/account").await;
    assert_eq!(location(&response), "/login?next=/account");

    let response = app.login("amina@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(app.get_html("/account").await.contains("amina@example.org"));
}

#[tokio::test]
async fn before_confirming_one_may_log_in_with_the_password_and_is_asked_to_confirm() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    let account = app.get_html("/account").await;
    assert!(
        account.contains("Conferma il tuo indirizzo email"),
        "an unverified account is told so"
    );
}

#[tokio::test]
async fn registering_a_taken_address_answers_as_for_a_free_one_and_tells_its_owner() {
    let app = TestApp::spawn().await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;
    app.deliver_mail().await;

    let stranger = new_client();
    let taken = app
        .by(&stranger)
        .register_form("Another Ana", "ANA@example.org")
        .await;
    let free = app
        .by(&new_client())
        .register_form("Bea", "bea@example.org")
        .await;
    assert_eq!(
        (taken.status(), location(&taken)),
        (free.status(), location(&free)),
        "the same answer: the form tells nobody which addresses have an account"
    );
    assert_eq!(location(&taken), "/register/sent");
    // Nobody is logged in as Ana, and her account is as it was.
    assert_eq!(
        location(&app.by(&stranger).get("/account").await),
        "/login?next=/account"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM \"user\" WHERE email = 'ana@example.org' AND display_name = 'Ana'"
        )
        .await,
        1
    );
    let told = app.last_email_to("ana@example.org").await;
    assert_eq!(told.subject(), "Hai già un account su Tavolo");
    assert!(told.text().contains("/password/forgot"), "{}", told.text());
}

#[tokio::test]
async fn an_address_owner_is_told_of_attempts_at_most_once_a_day() {
    let app = TestApp::spawn_with_limits(Limits {
        mails_per_address_per_day: 1,
        ..unlimited()
    })
    .await;
    app.register("Ana", "ana@example.org").await;
    app.logout().await;
    for _ in 0..5 {
        let tried = app
            .by(&new_client())
            .register_form("Ana", "ana@example.org")
            .await;
        assert_eq!(location(&tried), "/register/sent");
    }
    app.deliver_mail().await;
    let subjects: Vec<String> = app
        .emails_to("ana@example.org")
        .iter()
        .map(|email| email.subject())
        .collect();
    assert_eq!(
        subjects,
        [
            "Conferma il tuo indirizzo email",
            "Hai già un account su Tavolo"
        ]
    );
}

#[tokio::test]
async fn two_simultaneous_registrations_with_one_address_make_one_account() {
    let app = TestApp::spawn().await;
    let (first, second) = (new_client(), new_client());
    let (a, b) = tokio::join!(
        app.by(&first).register_form("Ana", "race@example.org"),
        app.by(&second).register_form("Ana bis", "race@example.org"),
    );
    assert_eq!([a.status(), b.status()], [StatusCode::SEE_OTHER; 2]);
    assert_eq!(app.count("SELECT COUNT(*) FROM \"user\"").await, 1);
    app.deliver_mail().await;
    let mut subjects: Vec<String> = app
        .emails_to("race@example.org")
        .iter()
        .map(|email| email.subject())
        .collect();
    subjects.sort();
    assert_eq!(
        subjects,
        [
            "Conferma il tuo indirizzo email",
            "Hai già un account su Tavolo"
        ],
        "one verification email, and one notice for the second try"
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
