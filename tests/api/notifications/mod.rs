//! Notifications: who hears of each event, in which language and how often; the daily digest;
//! reminders before voting closes; one-click unsubscribe; the mail queue; delivery that
//! survives crashes and two instances.

use std::process::{Command, Stdio};

use chrono::{TimeDelta, Timelike};
use entity::StakeholderGroup;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use tavolo::notifications::{Email, enqueue};

use crate::{
    helpers::{TestApp, form_value, location, new_client},
    proposals::setup,
    smtp::ReceivedMail,
};

async fn sql(app: &TestApp, statement: &str) {
    app.db()
        .execute_unprepared(statement)
        .await
        .expect("the statement runs");
}

async fn prefer(app: &TestApp, client: &reqwest::Client, own: &str, others: &str) {
    let response = app
        .by(client)
        .post_form(
            "/account/notifications",
            &[("email_own", own), ("email_others", others)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

/// Sends what is due and returns everything the SMTP server has received.
async fn delivered(app: &TestApp) -> Vec<ReceivedMail> {
    app.deliver_mail().await;
    app.smtp.messages()
}

fn to(mail: &[ReceivedMail], address: &str) -> Vec<ReceivedMail> {
    mail.iter()
        .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
        .cloned()
        .collect()
}

#[tokio::test]
async fn each_event_reaches_the_right_people_in_their_language_and_never_the_actor() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let olena = app
        .person("olena@example.org", StakeholderGroup::ThirdSector, "en")
        .await;
    app.by(&olena).follow("casa").await;
    prefer(&app, &olena, "immediate", "immediate").await;

    // A new proposal: the consultation's followers hear of it; its author does not.
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Case popolari",
            "Più case popolari in centro.",
            "it",
        )
        .await;
    let mail = delivered(&app).await;
    let olena_mail = to(&mail, "olena@example.org");
    assert_eq!(olena_mail.len(), 1, "the follower, once");
    assert_eq!(
        olena_mail[0].subject(),
        "\"Casa\": new proposal \"Case popolari\"",
        "in the follower's language"
    );
    assert!(olena_mail[0].text().contains(&format!("/proposals/{p}")));
    assert!(to(&mail, "amina@example.org").is_empty(), "not the author");
    assert!(to(&mail, "chiara@example.org").is_empty());

    // A comment: the proposal's author hears of it at once (her own contribution).
    let response = app
        .by(&olena)
        .post_form(&format!("/proposals/{p}/follow"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let first = app
        .by(&s.luca)
        .comment(p, "Sono d'accordo, con una condizione.", "for", None)
        .await;
    let mail = delivered(&app).await;
    let amina_mail = to(&mail, "amina@example.org");
    assert_eq!(amina_mail.len(), 1);
    assert_eq!(
        amina_mail[0].subject(),
        "«Casa»: un nuovo commento su «Case popolari»"
    );
    assert!(
        amina_mail[0]
            .text()
            .contains(&format!("/proposals/{p}#comment-{first}"))
    );
    assert!(
        to(&mail, "luca@example.org").is_empty(),
        "not the commenter"
    );

    // A reply: the person replied to hears of it; the author replying is not told of herself.
    app.by(&s.amina)
        .comment(p, "Sono d'accordo, con una condizione.", "for", Some(first))
        .await;
    let mail = delivered(&app).await;
    let luca_mail = to(&mail, "luca@example.org");
    assert_eq!(luca_mail.len(), 1);
    assert!(
        luca_mail[0]
            .subject()
            .contains("una risposta al tuo commento")
    );
    assert_eq!(
        to(&mail, "amina@example.org").len(),
        1,
        "still only the first"
    );
    // To a follower of the proposal, a reply is a new comment, not a reply to them.
    let followed: Vec<String> = to(&mail, "olena@example.org")
        .iter()
        .map(ReceivedMail::subject)
        .collect();
    assert_eq!(
        followed[1..],
        [
            "\"Casa\": a new comment on \"Case popolari\"",
            "\"Casa\": a new comment on \"Case popolari\"",
        ]
    );

    // In the app: the bell counts, the list shows, opening marks read.
    let page = app.by(&s.amina).get_html("/notifications").await;
    assert!(page.contains("un nuovo commento su «<bdi>Case popolari</bdi>»"));
    assert!(page.contains("class=\"bell-count\">1<"));
    let id: i64 = page
        .split("href=\"/notifications/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|id| id.parse().ok())
        .unwrap();
    let response = app.by(&s.amina).get(&format!("/notifications/{id}")).await;
    assert_eq!(
        location(&response),
        format!("/proposals/{p}#comment-{first}")
    );
    let page = app.by(&s.amina).get_html("/notifications").await;
    assert!(!page.contains("class=\"bell-count\""));
    // Nobody opens another person's notification.
    assert_eq!(
        app.by(&s.luca)
            .get(&format!("/notifications/{id}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn followers_of_a_proposal_hear_of_its_answer_and_can_stop() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let olena = app
        .person("olena@example.org", StakeholderGroup::ThirdSector, "en")
        .await;
    prefer(&app, &olena, "immediate", "immediate").await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Case", "Più case popolari in centro.", "it")
        .await;
    let response = app
        .by(&olena)
        .post_form(&format!("/proposals/{p}/follow"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.by(&olena).get_html("/account/notifications").await;
    assert!(
        page.contains(&format!("href=\"/proposals/{p}\"")),
        "listed as followed"
    );

    let answer = [
        ("answer", "accepted"),
        ("justification", "Lo faremo nel 2027."),
    ];
    let response = app
        .by(&s.chiara)
        .post_form(&format!("/proposals/{p}/answer"), &answer)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let mail = delivered(&app).await;
    assert_eq!(to(&mail, "olena@example.org").len(), 1);
    assert!(
        to(&mail, "olena@example.org")[0]
            .subject()
            .contains("has an answer")
    );
    assert_eq!(to(&mail, "amina@example.org").len(), 1, "the author too");

    let response = app
        .by(&olena)
        .post_form(&format!("/proposals/{p}/unfollow"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.by(&s.luca)
        .comment(p, "Sono d'accordo, con una condizione.", "for", None)
        .await;
    let mail = delivered(&app).await;
    assert_eq!(to(&mail, "olena@example.org").len(), 1, "nothing more");
}

#[tokio::test]
async fn immediate_daily_and_off_are_respected_and_the_digest_groups_by_consultation() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let now_people = app
        .person("subito@example.org", StakeholderGroup::Other, "it")
        .await;
    let daily = app
        .person("ogni-giorno@example.org", StakeholderGroup::Other, "en")
        .await;
    let off = app
        .person("mai@example.org", StakeholderGroup::Other, "it")
        .await;
    for (client, others) in [(&now_people, "immediate"), (&daily, "daily"), (&off, "off")] {
        app.by(client).follow("casa").await;
        prefer(&app, client, "immediate", others).await;
    }
    app.by(&s.amina)
        .propose("casa", "Prima", "Una proposta sulla casa.", "it")
        .await;
    app.by(&s.luca)
        .propose("casa", "Seconda", "Un'altra proposta sulla casa.", "it")
        .await;
    let mail = delivered(&app).await;
    assert_eq!(to(&mail, "subito@example.org").len(), 2);
    assert!(
        to(&mail, "ogni-giorno@example.org").is_empty(),
        "waits for the digest"
    );
    assert!(to(&mail, "mai@example.org").is_empty());
    let page = app.by(&off).get_html("/notifications").await;
    assert!(
        page.contains("nuova proposta «<bdi>Prima</bdi>»"),
        "still under the bell"
    );

    // Before 07:00 nothing; from 07:00 one digest; again the same day nothing.
    let zone = app.state.config.timezone;
    let local = app.state.now().with_timezone(&zone);
    let to_next_morning = TimeDelta::hours(24 + 8 - i64::from(local.hour()));
    app.advance_clock(to_next_morning - TimeDelta::hours(2));
    let run = || tavolo::notifications::digest::send_due(app.db(), app.state.now(), zone);
    assert_eq!(run().await.unwrap(), 0, "before seven");
    app.advance_clock(TimeDelta::hours(2));
    assert_eq!(run().await.unwrap(), 1);
    assert_eq!(run().await.unwrap(), 0, "once a day");
    let mail = delivered(&app).await;
    let digest = to(&mail, "ogni-giorno@example.org");
    assert_eq!(digest.len(), 1);
    let subject = digest[0].subject();
    let day = subject
        .strip_prefix("Tavolo: what happened by ")
        .unwrap_or_else(|| panic!("{subject}"));
    let shape: String = day
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    assert_eq!(
        shape, "99/99/9999",
        "the day as English readers here write it: {subject}"
    );
    let text = digest[0].text();
    assert!(
        text.contains("== Casa =="),
        "grouped by consultation:\n{text}"
    );
    assert!(text.contains("new proposal \"Prima\"") && text.contains("new proposal \"Seconda\""));
    assert!(digest[0].header("List-Unsubscribe").is_some());
    assert!(to(&mail, "mai@example.org").is_empty());

    // A day with nothing sends nothing.
    app.advance_clock(TimeDelta::days(1));
    assert_eq!(run().await.unwrap(), 0);
}

#[tokio::test]
async fn the_reminder_goes_once_to_those_who_may_vote_and_have_not() {
    let app = TestApp::spawn().await;
    let chiara = crate::consultations::coordinator(&app).await;
    crate::consultations::create_consultation(&app, &chiara, "Voto", "voto", "public").await;
    let (opens, closes) = (
        app.local_time(TimeDelta::minutes(1)),
        app.local_time(TimeDelta::days(2)),
    );
    let response = app
        .by(&chiara)
        .post_form(
            "/manage/consultations/voto/rounds/new",
            &[
                ("title", "Sostegno"),
                ("description", "Si vota."),
                ("opens_at", &opens),
                ("closes_at", &closes),
                ("allows_proposals", "on"),
                ("allows_voting", "on"),
                ("group_beneficiary", "on"),
                ("group_institution", "on"),
                ("vote_rule", "support"),
                ("vote_limit", ""),
                ("results_visibility", "live"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    crate::consultations::publish(&app, &chiara, "voto").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let voter = app
        .person("votante@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let waiting = app
        .person("indeciso@example.org", StakeholderGroup::Institution, "en")
        .await;
    let outsider = app
        .person("fuori@example.org", StakeholderGroup::ThirdSector, "it")
        .await;
    for client in [&voter, &waiting, &outsider] {
        app.by(client).follow("voto").await;
    }
    let response = app
        .by(&voter)
        .post_form(
            "/consultations/voto/proposals/new",
            &[
                ("title", "Una"),
                ("body", "Una proposta da votare."),
                ("theme", ""),
                ("language", "it"),
                ("action", "publish"),
            ],
        )
        .await;
    let p: i64 = location(&response)
        .trim_start_matches("/proposals/")
        .parse()
        .unwrap();
    let response = app
        .by(&voter)
        .post_form(&format!("/proposals/{p}/vote"), &[("choice", "support")])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let remind = || tavolo::proposals::reminders::remind_closing(app.db(), app.state.now());
    assert_eq!(remind().await.unwrap(), 0, "not yet: two days left");
    app.advance_clock(TimeDelta::hours(25));
    assert_eq!(remind().await.unwrap(), 1);
    assert_eq!(remind().await.unwrap(), 0, "once per round");
    let mail = delivered(&app).await;
    let reminded = to(&mail, "indeciso@example.org");
    assert_eq!(reminded.len(), 1);
    assert!(reminded[0].subject().contains("closes in 24 hours"));
    assert!(to(&mail, "votante@example.org").is_empty(), "already voted");
    assert!(
        to(&mail, "fuori@example.org").is_empty(),
        "group not admitted"
    );
    assert!(to(&mail, "chiara@example.org").is_empty());
}

#[tokio::test]
async fn one_click_unsubscribe_needs_no_session_and_refuses_forged_links() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Case", "Più case popolari in centro.", "it")
        .await;
    app.by(&s.luca)
        .comment(p, "Sono d'accordo, con una condizione.", "for", None)
        .await;
    let mail = delivered(&app).await;
    let email = &to(&mail, "amina@example.org")[0];
    assert_eq!(
        email.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let header = email.header("List-Unsubscribe").unwrap();
    let url = header.trim_matches(['<', '>']).to_owned();
    assert!(url.starts_with(&app.url("/unsubscribe/")), "{url}");
    assert!(email.text().contains(&app.url("/account/notifications")));
    assert!(email.html().contains(&app.url("/account/notifications")));

    // A forged token changes nothing.
    let amina_id = app
        .count("SELECT id FROM \"user\" WHERE email = 'amina@example.org'")
        .await;
    let forged = new_client()
        .post(app.url(&format!("/unsubscribe/{amina_id}.bm90LWEtc2lnbmF0dXJl")))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::NOT_FOUND);
    let page = app.by(&s.amina).get_html("/account/notifications").await;
    assert!(page.contains(r#"value="immediate" checked"#));

    // The mail client's one-click POST: no cookie, no CSRF token.
    let response = new_client()
        .post(&url)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let page = app.by(&s.amina).get_html("/account/notifications").await;
    assert_eq!(page.matches(r#"value="off" checked"#).count(), 2);

    app.by(&s.luca)
        .comment(p, "Sono d'accordo, con una condizione.", "for", None)
        .await;
    let mail = delivered(&app).await;
    assert_eq!(
        to(&mail, "amina@example.org").len(),
        1,
        "no more notification email"
    );
    // Account emails still go out.
    let response = app
        .post_form("/password/forgot", &[("email", "amina@example.org")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let mail = delivered(&app).await;
    assert_eq!(to(&mail, "amina@example.org").len(), 2);
}

#[tokio::test]
async fn a_worker_that_dies_before_sending_loses_nothing() {
    let app = TestApp::spawn().await;
    let now = app.state.now();
    enqueue(
        app.db(),
        "ana@example.org",
        "it",
        &verify(),
        "crash:before",
        now,
    )
    .await
    .unwrap();
    // A worker claimed the row for five minutes, then died.
    claim_without_finishing(&app, now + TimeDelta::minutes(5)).await;
    assert_eq!(app.deliver_mail().await.sent, 0, "still claimed");
    app.advance_clock(TimeDelta::minutes(6));
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.deliver_mail().await.sent, 0);
    assert_eq!(app.smtp.wait_for(1).await.len(), 1);
}

#[tokio::test]
async fn a_worker_that_dies_after_the_server_accepted_resends_once_with_the_same_message_id() {
    let app = TestApp::spawn().await;
    let now = app.state.now();
    enqueue(
        app.db(),
        "ana@example.org",
        "it",
        &verify(),
        "crash:after",
        now,
    )
    .await
    .unwrap();
    assert_eq!(app.deliver_mail().await.sent, 1);
    // As if the worker had died after the SMTP server's acceptance, before marking the row.
    claim_without_finishing(&app, now + TimeDelta::minutes(5)).await;
    app.advance_clock(TimeDelta::minutes(6));
    assert_eq!(app.deliver_mail().await.sent, 1);
    assert_eq!(app.deliver_mail().await.sent, 0, "at most one resend");
    let received = app.smtp.wait_for(2).await;
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].header("Message-ID"),
        received[1].header("Message-ID")
    );
}

/// Leaves every outbox row as a worker leaves it when it dies holding its claim.
async fn claim_without_finishing(app: &TestApp, until: chrono::DateTime<chrono::Utc>) {
    use entity::{OutboxStatus, outbox};
    use sea_orm::{EntityTrait, sea_query::Expr};
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sending))
        .col_expr(outbox::Column::LockedUntil, Expr::value(Some(until)))
        .col_expr(
            outbox::Column::SentAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .exec(app.db())
        .await
        .unwrap();
}

fn verify() -> Email {
    Email::VerifyEmail {
        name: "Ana".to_owned(),
        link: "http://tavolo.test/verify-email/x".to_owned(),
    }
}

#[tokio::test]
async fn coordinators_see_failed_mail_and_send_it_again() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    enqueue(
        app.db(),
        "ana@example.org",
        "it",
        &verify(),
        "dead:1",
        app.state.now(),
    )
    .await
    .unwrap();
    sql(
        &app,
        "UPDATE outbox SET status = 'dead', attempts = 9, last_error = 'mailbox unavailable' \
         WHERE idempotency_key = 'dead:1'",
    )
    .await;
    assert_eq!(
        app.by(&s.amina).get("/manage/mail").await.status(),
        StatusCode::FORBIDDEN
    );
    let page = app.by(&s.chiara).get_html("/manage/mail").await;
    assert!(page.contains("ana@example.org") && page.contains("mailbox unavailable"));
    assert!(page.contains("Abbandonata"));
    let id = app
        .count("SELECT id FROM outbox WHERE idempotency_key = 'dead:1'")
        .await;
    let token = form_value(&page, "_csrf").unwrap();
    let response = s
        .chiara
        .post(app.url(&format!("/manage/mail/{id}/retry")))
        .form(&[("_csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.deliver_mail().await.sent, 1);
    let page = app.by(&s.chiara).get_html("/manage/mail").await;
    assert!(page.contains("Nessuna email in attesa o fallita."));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'mail.retried'")
            .await,
        1
    );
}

#[tokio::test]
async fn two_instances_on_one_database_send_every_email_once() {
    let app = TestApp::spawn().await;
    const EMAILS: usize = 40;
    for n in 0..EMAILS {
        enqueue(
            app.db(),
            &format!("persona{n}@example.org"),
            "it",
            &verify(),
            &format!("two-instances:{n}"),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    }
    let instances: Vec<_> = (0..2)
        .map(|_| {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            Command::new(env!("CARGO_BIN_EXE_tavolo"))
                .arg("serve")
                .env("DATABASE_URL", &app.test_db.url)
                .env("TAVOLO_ADDR", format!("127.0.0.1:{port}"))
                .env("TAVOLO_DATA_DIR", std::env::temp_dir())
                .env("SMTP_URL", app.smtp.url())
                .env("RUST_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("tavolo serve starts")
        })
        .collect();
    let received = app.smtp.wait_for(EMAILS).await;
    // Wait until every row is marked sent, so no worker still holds one.
    let mut sent = 0;
    for _ in 0..600 {
        sent = app
            .count("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE status = 'sent'")
            .await;
        if sent == EMAILS as i64 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for mut instance in instances {
        instance.kill().ok();
        instance.wait().ok();
    }
    assert_eq!(sent, EMAILS as i64);
    let all = app.smtp.messages();
    assert_eq!(all.len(), EMAILS, "each email once");
    let mut ids: Vec<String> = all.iter().filter_map(|m| m.header("Message-ID")).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), EMAILS);
    assert!(received.len() >= EMAILS);
}

#[tokio::test]
async fn a_follower_who_proposes_gets_exactly_the_emails_she_expects_and_stops_them_in_one_click() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let olena = app
        .person("olena@example.org", StakeholderGroup::ThirdSector, "en")
        .await;
    app.by(&olena).follow("casa").await;

    let mine = app
        .by(&olena)
        .propose(
            "casa",
            "Shared flats",
            "Help to find shared flats near work.",
            "en",
        )
        .await;
    app.by(&s.amina)
        .propose(
            "casa",
            "Case popolari",
            "Più case popolari in centro.",
            "it",
        )
        .await;
    app.by(&s.luca)
        .comment(mine, "Sono d'accordo, con una condizione.", "for", None)
        .await;
    let answer = [("answer", "evaluating"), ("justification", "")];
    let response = app
        .by(&s.chiara)
        .post_form(&format!("/proposals/{mine}/answer"), &answer)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let round = app
        .count("SELECT id FROM round WHERE title = 'Proposte'")
        .await;
    let response = app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/consultations/casa/rounds/{round}/close"),
            &[],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // At once: what concerns her own proposal, in English.
    let mail = delivered(&app).await;
    let subjects: Vec<String> = to(&mail, "olena@example.org")
        .iter()
        .map(ReceivedMail::subject)
        .collect();
    assert_eq!(
        subjects,
        [
            "\"Casa\": a new comment on \"Shared flats\"",
            "\"Casa\": the proposal \"Shared flats\" has an answer",
        ]
    );

    // The next morning: one digest with the rest of what she follows.
    let zone = app.state.config.timezone;
    let hour = app.state.now().with_timezone(&zone).hour();
    app.advance_clock(TimeDelta::hours(24 + 8 - i64::from(hour)));
    tavolo::notifications::digest::send_due(app.db(), app.state.now(), zone)
        .await
        .unwrap();
    let mail = delivered(&app).await;
    let hers = to(&mail, "olena@example.org");
    assert_eq!(hers.len(), 3);
    let digest = hers[2].text();
    assert!(
        digest.contains("new proposal \"Case popolari\""),
        "{digest}"
    );
    assert!(
        digest.contains("the round \"Proposte\" has closed"),
        "{digest}"
    );
    assert!(
        !digest.contains("Shared flats\" has an answer"),
        "not twice"
    );

    // One click, and no more.
    let url = hers[2]
        .header("List-Unsubscribe")
        .unwrap()
        .trim_matches(['<', '>'])
        .to_owned();
    let response = new_client()
        .post(&url)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let answer = [
        ("answer", "accepted"),
        ("justification", "From next spring."),
    ];
    let response = app
        .by(&s.chiara)
        .post_form(&format!("/proposals/{mine}/answer"), &answer)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let mail = delivered(&app).await;
    assert_eq!(to(&mail, "olena@example.org").len(), 3);
    let page = app.by(&olena).get_html("/notifications").await;
    assert!(page.contains("has an answer"), "still under the bell");
}

#[tokio::test]
async fn a_removed_member_hears_nothing_more_of_an_invite_only_consultation() {
    let app = TestApp::spawn().await;
    let chiara = crate::consultations::coordinator(&app).await;
    crate::consultations::create_consultation(
        &app,
        &chiara,
        "Riservata",
        "riservata",
        "invite_only",
    )
    .await;
    crate::consultations::add_round(
        &app,
        &chiara,
        "riservata",
        "Proposte",
        TimeDelta::minutes(1),
        TimeDelta::days(10),
    )
    .await;
    crate::consultations::publish(&app, &chiara, "riservata").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let amina = app
        .person("amina@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let luca = app
        .person("luca@example.org", StakeholderGroup::Institution, "it")
        .await;
    for email in ["amina@example.org", "luca@example.org"] {
        sql(
            &app,
            &format!(
                "INSERT INTO consultation_role (consultation_id, user_id, role, created_at) \
                 SELECT c.id, u.id, 'member', c.created_at FROM consultation c, \"user\" u \
                 WHERE c.slug = 'riservata' AND u.email = '{email}'"
            ),
        )
        .await;
    }
    app.by(&luca).follow("riservata").await;
    prefer(&app, &luca, "immediate", "immediate").await;
    let propose_here = |title: &'static str| {
        let amina = amina.clone();
        let app = &app;
        async move {
            let response = app
                .by(&amina)
                .post_form(
                    "/consultations/riservata/proposals/new",
                    &[
                        ("title", title),
                        ("body", "Una proposta riservata ai membri."),
                        ("theme", ""),
                        ("language", "it"),
                        ("action", "publish"),
                    ],
                )
                .await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
        }
    };
    propose_here("Prima").await;
    let mail = delivered(&app).await;
    assert_eq!(
        to(&mail, "luca@example.org").len(),
        1,
        "a member hears of it"
    );

    sql(
        &app,
        "DELETE FROM consultation_role WHERE user_id = \
         (SELECT id FROM \"user\" WHERE email = 'luca@example.org')",
    )
    .await;
    propose_here("Seconda").await;
    let mail = delivered(&app).await;
    assert_eq!(
        to(&mail, "luca@example.org").len(),
        1,
        "nothing after removal"
    );
    let page = app.by(&luca).get_html("/notifications").await;
    assert!(!page.contains("Seconda"));
}
