//! The discussion's pages: hostile text inert everywhere, the list's statements, filters and search.

use crate::{helpers::TestApp, proposals::setup};

/// Every markup tag of a page (`<…>`), where an attack would have to be to work: text
/// that merely shows the attack, escaped, is fine.
fn tags(html: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        tags.push(&rest[start..start + end + 1]);
        rest = &rest[start + end + 1..];
    }
    tags
}

#[tokio::test]
async fn hostile_text_renders_inert_everywhere() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let corpus = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "[clic](javascript:alert(1))",
        "[dati](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![img](https://tracker.example/p.png)",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "\u{202E}gnp.exe",
        "<style>body{display:none}</style>",
        "<form action=/logout method=post><button>x</button></form>",
    ];
    let body = format!("Testo di prova con attacchi:\n\n{}", corpus.join("\n\n"));
    let title = "<b onmouseover=alert(1)>Titolo</b> \u{202E}";
    let p = app.by(&s.amina).propose("casa", title, &body, "it").await;
    app.by(&s.luca).comment(p, &body, "against", None).await;
    for page in [
        app.get_html(&format!("/proposals/{p}")).await,
        app.get_html("/consultations/casa/proposals").await,
        app.get_html(&format!("/proposals/{p}/history")).await,
    ] {
        for tag in tags(&page.to_lowercase()) {
            for needle in [
                "<script",
                "<iframe",
                "<svg",
                "<img",
                "<style",
                "<form action=/logout",
                " onerror",
                " onload",
                " onmouseover",
                "javascript:",
                "data:",
            ] {
                assert!(!tag.contains(needle), "{needle} reached the page in {tag}");
            }
        }
    }
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(
        page.contains("b onmouseover=alert(1)") && page.contains("Titolo"),
        "the title is escaped, not dropped"
    );
    assert!(
        page.contains("dir=\"auto\""),
        "user text is isolated for direction"
    );
}

#[tokio::test]
async fn the_list_runs_the_same_number_of_statements_for_5_or_40_proposals() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    for n in 0..5 {
        app.by(if n % 2 == 0 { &s.amina } else { &s.luca })
            .propose(
                "casa",
                &format!("Proposta {n}"),
                "Un testo abbastanza lungo.",
                "it",
            )
            .await;
    }
    let few = app
        .statements_for(&s.luca, "/consultations/casa/proposals")
        .await;
    for n in 5..40 {
        app.by(if n % 2 == 0 { &s.amina } else { &s.luca })
            .propose(
                "casa",
                &format!("Proposta {n}"),
                "Un testo abbastanza lungo.",
                "it",
            )
            .await;
    }
    let many = app
        .statements_for(&s.luca, "/consultations/casa/proposals")
        .await;
    assert_eq!(
        few, many,
        "{few} statements with 5 proposals, {many} with 40"
    );
    assert!(
        (3..=6).contains(&many),
        "{many} statements for one list page"
    );
    let html = app.get_html("/consultations/casa/proposals").await;
    assert!(html.contains("40 proposte") && html.contains("Pagina 1 di 2"));
    assert!(
        app.get_html("/consultations/casa/proposals?page=2")
            .await
            .contains("Proposta 0")
    );
}

#[tokio::test]
async fn the_list_filters_sorts_and_searches() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let italian = app
        .by(&s.amina)
        .propose(
            "casa",
            "Biblioteca aperta la sera",
            "Orari più lunghi per studiare.",
            "it",
        )
        .await;
    let arabic = app
        .by(&s.luca)
        .propose(
            "casa",
            "مكتبة مفتوحة",
            "ساعات أطول للدراسة في المساء.",
            "ar",
        )
        .await;
    app.by(&s.amina).comment(arabic, "Sì", "for", None).await;

    let search = app
        .get_html("/consultations/casa/proposals?q=BIBLIOTECA")
        .await;
    assert!(
        search.contains(&format!("/proposals/{italian}\""))
            && !search.contains(&format!("/proposals/{arabic}\""))
    );
    let by_body = app
        .get_html("/consultations/casa/proposals?q=orari+studiare")
        .await;
    assert!(by_body.contains(&format!("/proposals/{italian}\"")));
    let by_language = app
        .get_html("/consultations/casa/proposals?language=ar")
        .await;
    assert!(
        by_language.contains(&format!("/proposals/{arabic}\""))
            && !by_language.contains(&format!("/proposals/{italian}\""))
    );
    let by_group = app
        .get_html("/consultations/casa/proposals?group=institution")
        .await;
    assert!(
        by_group.contains(&format!("/proposals/{arabic}\""))
            && !by_group.contains(&format!("/proposals/{italian}\""))
    );
    let commented = app
        .get_html("/consultations/casa/proposals?sort=commented")
        .await;
    assert!(
        commented.find(&format!("/proposals/{arabic}\""))
            < commented.find(&format!("/proposals/{italian}\""))
    );
    // The random order is the same for the same visitor.
    let first = app
        .by(&s.luca)
        .get_html("/consultations/casa/proposals?sort=random")
        .await;
    let second = app
        .by(&s.luca)
        .get_html("/consultations/casa/proposals?sort=random")
        .await;
    let order = |html: &str| {
        (
            html.find(&format!("/proposals/{italian}\"")),
            html.find(&format!("/proposals/{arabic}\"")),
        )
    };
    assert_eq!(
        order(&first).0 < order(&first).1,
        order(&second).0 < order(&second).1
    );
}
