//! Per account per hour: proposals, comments, reports, invitations; more for those who run
//! the consultation. A refused proposal or comment comes back with its text.

use chrono::TimeDelta;
use reqwest::{Response, StatusCode};

use super::{assert_refused, only};
use crate::{
    helpers::{TestApp, form_value},
    proposals::setup,
};

async fn propose(app: &TestApp, client: &reqwest::Client, title: &str) -> Response {
    app.by(client)
        .post_form(
            "/consultations/casa/proposals/new",
            &[
                ("title", title),
                ("body", "Un testo pensato a lungo, da non perdere."),
                ("theme", ""),
                ("language", "it"),
                ("action", "publish"),
            ],
        )
        .await
}

#[tokio::test]
async fn a_refused_proposal_comes_back_with_its_text_and_staff_may_do_more() {
    let app = TestApp::spawn_with_limits(only(|l| {
        l.proposals_per_hour = 2;
        l.staff_limit_factor = 3;
    }))
    .await;
    let s = setup(&app).await;
    for title in ["Prima", "Seconda"] {
        assert_eq!(
            propose(&app, &s.amina, title).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let refused = propose(&app, &s.amina, "Terza").await;
    let wait = assert_refused(&refused);
    assert!(
        (3_000..=3_600).contains(&wait),
        "until the first leaves the hour: {wait}"
    );
    let page = refused.text().await.unwrap();
    assert_eq!(form_value(&page, "title").as_deref(), Some("Terza"));
    assert!(page.contains("Un testo pensato a lungo, da non perdere."));
    assert!(page.contains("Hai presentato molte proposte in poco tempo"));

    // The coordinator has three times the allowance.
    for i in 0..6 {
        let response = propose(&app, &s.chiara, &format!("Dal tavolo {i}")).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "proposal {i}");
    }
    assert_refused(&propose(&app, &s.chiara, "Settima").await);

    app.advance_clock(TimeDelta::minutes(61));
    assert_eq!(
        propose(&app, &s.amina, "Terza").await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_refused_comment_comes_back_with_its_text() {
    let app = TestApp::spawn_with_limits(only(|l| l.comments_per_hour = 2)).await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi serali.", "it")
        .await;
    app.by(&s.luca).comment(p, "Uno", "for", None).await;
    app.by(&s.luca).comment(p, "Due", "for", None).await;
    let refused = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{p}/comments"),
            &[
                ("body", "Il mio terzo pensiero, lungo"),
                ("stance", "against"),
                ("parent_id", ""),
            ],
        )
        .await;
    assert_refused(&refused);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("Il mio terzo pensiero, lungo"),
        "the text is kept"
    );
    assert!(page.contains("Hai pubblicato molti commenti in poco tempo"));
    // Others are not held back by Luca's count.
    app.by(&s.amina).comment(p, "Grazie", "neutral", None).await;
}

#[tokio::test]
async fn reports_and_invitations_are_limited_per_account() {
    let app = TestApp::spawn_with_limits(only(|l| {
        l.flags_per_hour = 1;
        l.invitations_per_hour = 2;
        l.mails_per_address_per_day = 1;
    }))
    .await;
    let s = setup(&app).await;
    let first = app
        .by(&s.amina)
        .propose("casa", "Uno", "Testo uno.", "it")
        .await;
    let second = app
        .by(&s.amina)
        .propose("casa", "Due", "Testo due.", "it")
        .await;
    let (app, s) = (&app, &s);
    let flag = |id: i64| async move {
        let path = format!("/proposals/{id}/flag");
        app.by(&s.luca)
            .post_form(&path, &[("reason", "Spam")])
            .await
    };
    assert_eq!(flag(first).await.status(), StatusCode::SEE_OTHER);
    let refused = flag(second).await;
    assert_refused(&refused);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Troppi tentativi") && page.contains("Riprova tra"));

    let invite = |id: i64, email: &'static str| async move {
        let path = format!("/proposals/{id}/coauthors");
        app.by(&s.amina).post_form(&path, &[("email", email)]).await
    };
    assert_eq!(
        invite(first, "esterna@example.net").await.status(),
        StatusCode::SEE_OTHER
    );
    // The same address again today: nothing sent, the inviter told.
    assert_eq!(
        invite(second, "esterna@example.net").await.status(),
        StatusCode::SEE_OTHER
    );
    let page = app
        .by(&s.amina)
        .get_html(&format!("/proposals/{second}"))
        .await;
    assert!(page.contains("già stato invitato oggi"), "{page}");
    app.deliver_mail().await;
    assert_eq!(app.emails_to("esterna@example.net").len(), 1);
    assert_eq!(
        invite(first, "altra@example.net").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_refused(&invite(second, "terza@example.net").await);
}

#[tokio::test]
async fn a_member_invitation_is_emailed_to_one_address_once_a_day() {
    let app = TestApp::spawn_with_limits(only(|l| {
        l.mails_per_address_per_day = 1;
        l.invitations_per_hour = 1;
        l.staff_limit_factor = 3;
    }))
    .await;
    let s = setup(&app).await;
    let invite = |email: &'static str| {
        let (app, chiara) = (&app, &s.chiara);
        async move {
            let fields = [("email", email), ("role", "member")];
            app.by(chiara)
                .post_form("/manage/consultations/casa/people", &fields)
                .await
        }
    };
    assert_eq!(
        invite("socia@example.net").await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        invite("socia@example.net").await.status(),
        StatusCode::SEE_OTHER
    );
    let console = app
        .by(&s.chiara)
        .get_html("/manage/consultations/casa")
        .await;
    assert!(console.contains("già stato invitato oggi"), "{console}");
    app.deliver_mail().await;
    assert_eq!(app.emails_to("socia@example.net").len(), 1);
    // A coordinator's allowance is three an hour here: two more, then no more.
    for email in ["altro@example.net", "terzo@example.net"] {
        assert_eq!(invite(email).await.status(), StatusCode::SEE_OTHER);
    }
    assert_refused(&invite("quarto@example.net").await);
}
