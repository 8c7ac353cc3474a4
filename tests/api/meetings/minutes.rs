//! The minutes of a meeting: a draft seen by facilitators only, published for everyone,
//! corrected after; and who may open the pages that record what happened.

use chrono::TimeDelta;
use entity::StakeholderGroup;
use reqwest::StatusCode;

use super::Setup;
use crate::helpers::{TestApp, new_client};

#[tokio::test]
async fn minutes_are_drafted_then_published_then_corrected() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "verbali", "public").await;
    let id = s.meeting("Tavolo scuola", "", 1).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let form = format!("/manage/meetings/{id}/minutes");
    assert_eq!(
        app.by(&s.chiara).get(&form).await.status(),
        StatusCode::FORBIDDEN,
        "not before it starts"
    );
    app.advance_clock(TimeDelta::days(2));
    let before = app.get_html(&format!("/meetings/{id}")).await;
    assert!(before.contains("Dopo l&#39;incontro") || before.contains("Dopo l'incontro"));
    assert!(before.contains("non è stato ancora registrato nulla"));

    let draft = "## Decisioni\n\nUn **doposcuola** il martedì.";
    let saved = app
        .by(&s.chiara)
        .post_form(&form, &[("minutes", draft), ("action", "draft")])
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    for client in [&new_client(), &ana] {
        let page = app.by(client).get_html(&format!("/meetings/{id}")).await;
        assert!(!page.contains("doposcuola"), "a draft is not public");
    }
    let own = app.by(&s.chiara).get_html(&format!("/meetings/{id}")).await;
    assert!(own.contains("<strong>doposcuola</strong>"));
    assert!(own.contains("badge--draft"), "marked as a draft");
    assert!(own.contains(&format!("href=\"{form}\"")));
    assert!(own.contains(&format!("href=\"/manage/meetings/{id}/attendance\"")));

    let empty = app
        .by(&s.chiara)
        .post_form(&form, &[("minutes", "  "), ("action", "publish")])
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .text()
            .await
            .unwrap()
            .contains("Scrivi il verbale prima di pubblicarlo.")
    );
    let long = format!("Lungo {}", "parole ".repeat(3000));
    let too_long = app
        .by(&s.chiara)
        .post_form(&form, &[("minutes", &long), ("action", "publish")])
        .await;
    assert_eq!(too_long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = too_long.text().await.unwrap();
    assert!(html.contains("Il verbale è troppo lungo"));
    assert!(html.contains(long.trim_end()), "the text is kept");
    assert!(html.contains("id=\"minutes-error\""), "at the field");

    let published = app
        .by(&s.chiara)
        .post_form(&form, &[("minutes", draft), ("action", "publish")])
        .await;
    assert_eq!(published.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/meetings/{id}")).await;
    assert!(page.contains("<strong>doposcuola</strong>"), "{page}");
    assert!(!page.contains("badge--draft"));
    assert!(!page.contains(&form), "no console links for visitors");

    let corrected = app
        .by(&s.chiara)
        .post_form(
            &form,
            &[
                ("minutes", "Un **doposcuola** il mercoledì."),
                ("action", "draft"),
            ],
        )
        .await;
    assert_eq!(corrected.status(), StatusCode::SEE_OTHER);
    let page = app.by(&ana).get_html(&format!("/meetings/{id}")).await;
    assert!(page.contains("mercoledì"), "published minutes stay public");
    let audited = |action: &str| {
        format!("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = '{action}'")
    };
    assert_eq!(app.count(&audited("meeting.minutes_published")).await, 1);
    assert_eq!(app.count(&audited("meeting.minutes_edited")).await, 1);
}

#[tokio::test]
async fn only_those_who_run_the_consultation_record_what_happened() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "regole", "public").await;
    let id = s.meeting("Aperto", "", 1).await;
    let private = Setup {
        app: &app,
        slug: "chiusa",
        chiara: s.chiara.clone(),
    };
    crate::consultations::create_consultation(&app, &s.chiara, "chiusa", "chiusa", "invite_only")
        .await;
    crate::consultations::publish(&app, &s.chiara, "chiusa").await;
    let hidden = private.meeting("Riservato", "", 1).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    app.advance_clock(TimeDelta::days(2));
    let anonymous = new_client();
    for page in ["attendance", "minutes"] {
        let path = format!("/manage/meetings/{id}/{page}");
        assert_eq!(
            app.by(&ana).get(&path).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.by(&anonymous).get(&path).await.status(),
            StatusCode::FORBIDDEN
        );
        let sent = app
            .by(&ana)
            .post_form(&path, &[("minutes", "Mio"), ("walk_ins_other", "9")])
            .await;
        assert_eq!(sent.status(), StatusCode::FORBIDDEN);
        let secret = format!("/manage/meetings/{hidden}/{page}");
        assert_eq!(
            app.by(&ana).get(&secret).await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(app.by(&s.chiara).get(&path).await.status(), StatusCode::OK);
    }
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_walk_in")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting WHERE minutes <> ''")
            .await,
        0
    );
}
