//! Languages in pages: numbers written as each language writes them, and what people wrote
//! kept in its own direction inside interface text of the other direction.

use reqwest::StatusCode;

use crate::{helpers::TestApp, proposals::setup};

#[tokio::test]
async fn results_write_percentages_as_each_language_does() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    // "Corsi di italiano la sera" has a cross-group support of 75%.
    let italian = app.get_html_in("it", "/consultations/demo/results").await;
    assert!(italian.contains(">75%<"), "Italian: no space");
    assert!(!italian.contains("75\u{a0}%"));
    let french = app.get_html_in("fr", "/consultations/demo/results").await;
    assert!(
        french.contains(">75\u{a0}%<"),
        "French: a no-break space before the sign"
    );
    assert!(!french.contains(">75%<"));
    let arabic = app.get_html_in("ar", "/consultations/demo/results").await;
    assert!(
        arabic.contains(">75\u{200e}%\u{200e}<"),
        "Arabic: marks that keep the sign beside its number"
    );
}

#[tokio::test]
async fn interface_pages_keep_what_people_wrote_in_its_own_direction() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();

    // The results page, in Arabic: the consultation's and the round's Italian titles are
    // isolated in the breadcrumb, the tabs and the heading.
    let results = app.get_html_in("ar", "/consultations/demo/results").await;
    assert!(results.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(results.contains("<a href=\"/consultations/demo\"><bdi>Accoglienza e servizi"));
    assert!(results.contains("<h2 id=\"round-title\"><bdi>"));
    assert!(results.contains("><bdi>Discussione e sostegno</bdi></a></li>"));

    // The facilitator's console, after she switches to Arabic.
    let facilitator = app.client_for_demo("facilitator@demo.test").await;
    let switched = app
        .by(&facilitator)
        .post_form("/language", &[("lang", "ar"), ("next", "/")])
        .await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    let console = app
        .by(&facilitator)
        .get_html("/manage/consultations/demo")
        .await;
    assert!(console.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(console.contains("<h1><bdi>Accoglienza e servizi"));
    assert!(console.contains("<h3><bdi>Raccolta delle proposte</bdi>"));

    // Notifications: the sentence is Arabic, the titles inside it Italian and isolated.
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Case popolari, in centro!",
            "Più case popolari in centro.",
            "it",
        )
        .await;
    app.by(&s.luca)
        .comment(p, "Sono d'accordo.", "for", None)
        .await;
    // Her email isolates them in its HTML part; its text part stays plain.
    let email = app.last_email_to("amina@example.org").await;
    assert!(
        email
            .html()
            .contains("<bdi>Case popolari, in centro!</bdi>")
    );
    assert!(email.text().contains("«Case popolari, in centro!»"));
    assert!(!email.text().contains("<bdi>"));
    assert!(!email.subject().contains("<bdi>"));
    let switched = app
        .by(&s.amina)
        .post_form("/language", &[("lang", "ar"), ("next", "/")])
        .await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    let inbox = app.by(&s.amina).get_html("/notifications").await;
    assert!(inbox.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(inbox.contains("<bdi>Casa</bdi>"), "{inbox}");
    assert!(inbox.contains("<bdi>Case popolari, in centro!</bdi>"));
}

#[tokio::test]
async fn titles_inside_sentences_stay_text() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "<script>alert(1)</script> & co.",
            "Un titolo che sembra codice.",
            "it",
        )
        .await;
    app.by(&s.luca).comment(p, "Perché?", "neutral", None).await;
    let inbox = app.by(&s.amina).get_html("/notifications").await;
    assert!(inbox.contains("<bdi>&#60;script&#62;alert(1)&#60;/script&#62; &#38; co.</bdi>"));
    assert!(!inbox.contains("<script>alert(1)"));
}

#[tokio::test]
async fn pages_join_pieces_with_each_languages_punctuation() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let chinese = app.get_html_in("zh", "/consultations/demo").await;
    assert!(
        chinese.contains("可以提出建议。可以发表评论。可以投票。"),
        "Chinese sentences end with 。 and need no space"
    );
    assert!(chinese.contains("可以参加的群体：服务对象、公共机构"));
    let arabic = app.get_html_in("ar", "/consultations/demo").await;
    assert!(
        arabic.contains("، "),
        "Arabic lists are joined with its own comma"
    );
    let italian = app.get_html_in("it", "/consultations/demo").await;
    assert!(italian.contains("Si possono fare proposte. Si può commentare. "));
    assert!(italian.contains("Possono partecipare: "));
}
