//! Who hears of each event, in their language, never the actor; followers, authors, removed members.

use chrono::{TimeDelta, Timelike};
use entity::StakeholderGroup;
use reqwest::StatusCode;

use crate::{
    helpers::{TestApp, location, new_client},
    proposals::setup,
    smtp::ReceivedMail,
};

use super::{delivered, prefer, sql, to};

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
    assert!(amina_mail[0].text().contains(&format!("/comments/{first}")));
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
    assert_eq!(location(&response), format!("/comments/{first}"));
    let response = app.by(&s.amina).get(&location(&response)).await;
    assert_eq!(
        location(&response),
        format!("/proposals/{p}?comments=1#comment-{first}"),
        "the comment's link finds its page"
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
