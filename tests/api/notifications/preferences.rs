//! Each person's choice respected: immediate, daily digest or off; the reminder to vote; unsubscribing in one click.

use chrono::{TimeDelta, Timelike};
use entity::StakeholderGroup;
use reqwest::StatusCode;

use crate::{
    helpers::{TestApp, location, new_client},
    proposals::setup,
};

use super::{delivered, prefer, to};

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
