use crate::helpers::TestApp;

#[tokio::test]
async fn the_privacy_notice_names_the_controller_retention_and_rights_in_every_language() {
    let app = TestApp::spawn().await;
    let home = app.get_html("/").await;
    assert!(home.contains("href=\"/privacy\""), "linked in the footer");

    let notice = app.get_html("/privacy").await;
    assert!(
        notice.contains("<bdi>Comune di Prova</bdi>"),
        "the controller"
    );
    assert!(
        notice.contains("href=\"mailto:privacy@comune.test\""),
        "the contact"
    );
    assert!(notice.contains("Base giuridica"));
    assert!(notice.contains("30 giorni dalla registrazione"));
    assert!(notice.contains("30 giorni dall&#39;invio") || notice.contains("30 giorni dall'invio"));
    assert!(notice.contains("href=\"/account/data\""));
    assert!(notice.contains("href=\"/account/delete\""));
    assert!(notice.contains("<th scope=\"row\">"));

    for (language, basis) in [
        ("en", "Legal basis"),
        ("fr", "Base légale"),
        ("es", "Base jurídica"),
        ("sq", "Baza ligjore"),
        ("uk", "Правова підстава"),
        ("zh", "法律依据"),
        ("ar", "الأساس القانوني"),
    ] {
        let page = app.get_html_in(language, "/privacy").await;
        assert!(page.contains(basis), "{language}");
        assert!(page.contains("Comune di Prova"), "{language}");
    }
}
