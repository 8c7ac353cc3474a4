//! Comments: threads with stances, editing then marking and withdrawing, refusals with the text kept.

use chrono::TimeDelta;
use reqwest::StatusCode;

use crate::{helpers::TestApp, proposals::setup};

#[tokio::test]
async fn comments_thread_with_stances_and_deep_replies_flattened() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let first = app.by(&s.luca).comment(p, "Ottima idea", "for", None).await;
    let second = app
        .by(&s.amina)
        .comment(p, "Grazie!", "neutral", Some(first))
        .await;
    let third = app
        .by(&s.luca)
        .comment(p, "Però costa", "against", Some(second))
        .await;
    let fourth = app
        .by(&s.amina)
        .comment(p, "Ci sono fondi europei", "for", Some(third))
        .await;

    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(
        page.contains("2 a favore") && page.contains("1 contro") && page.contains("1 neutrale")
    );
    for id in [first, second, third, fourth] {
        assert!(
            page.contains(&format!("id=\"comment-{id}\"")),
            "a permalink for {id}"
        );
    }
    assert!(
        page.find(&format!("comment-{first}\"")) < page.find(&format!("comment-{second}\"")),
        "replies follow"
    );
    assert!(page.contains("comment--level-2"));
    assert!(
        !page.contains("comment--level-3"),
        "three levels shown, deeper ones flattened"
    );
    assert!(page.contains("in risposta a <bdi>Luca</bdi>"));
    let reply_page = app
        .by(&s.amina)
        .get(&format!("/comments/{first}/reply"))
        .await;
    assert_eq!(reply_page.status(), StatusCode::OK);
}

#[tokio::test]
async fn comments_are_edited_for_a_while_then_marked_and_withdrawn_in_place() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let c = app
        .by(&s.luca)
        .comment(p, "Primo pensiero", "for", None)
        .await;
    assert_eq!(
        app.by(&s.amina)
            .get(&format!("/comments/{c}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN,
        "not hers"
    );
    let edited = app
        .by(&s.luca)
        .post_form(
            &format!("/comments/{c}/edit"),
            &[("body", "Pensiero corretto"), ("stance", "neutral")],
        )
        .await;
    assert_eq!(edited.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Pensiero corretto") && page.contains("modificato"));
    app.advance_clock(TimeDelta::minutes(16));
    assert_eq!(
        app.by(&s.luca)
            .get(&format!("/comments/{c}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    app.by(&s.luca)
        .post_form(&format!("/comments/{c}/withdraw"), &[])
        .await;
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(
        page.contains("Commento ritirato da chi l&#39;ha scritto.")
            || page.contains("Commento ritirato")
    );
    assert!(!page.contains("Pensiero corretto"));
}

#[tokio::test]
async fn empty_or_stance_less_comments_are_refused_with_the_text_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let response = app
        .by(&s.luca)
        .post_form(
            &format!("/proposals/{p}/comments"),
            &[("body", "Testo senza posizione"), ("stance", "")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("Scegli la tua posizione.") && html.contains("Testo senza posizione"));
}
