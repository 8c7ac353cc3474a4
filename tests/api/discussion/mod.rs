//! Comments, replies, stances, flags and moderation; hostile input rendered inert; list
//! pages that run a bounded number of statements.

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

#[tokio::test]
async fn three_flags_hide_content_until_a_facilitator_decides() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Proposta discussa",
            "Un testo che qualcuno segnala.",
            "it",
        )
        .await;
    let reporters = three_reporters(&app, "r").await;
    // Flagging twice counts once, without an error page.
    for _ in 0..2 {
        let again = app
            .by(&reporters[0])
            .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Offensiva")])
            .await;
        assert_eq!(again.status(), StatusCode::SEE_OTHER);
    }
    assert!(
        app.by(&reporters[0])
            .get_html(&format!("/proposals/{p}"))
            .await
            .contains("Avevi già segnalato")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM flag").await, 1);
    for reporter in &reporters[1..] {
        app.by(reporter)
            .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Fuori tema")])
            .await;
    }
    let hidden = app.get_html(&format!("/proposals/{p}")).await;
    assert!(hidden.contains("Nascosta in attesa di verifica"));
    assert!(
        !hidden.contains("Un testo che qualcuno segnala."),
        "its text is hidden"
    );
    assert!(
        !app.get_html("/consultations/casa/proposals")
            .await
            .contains("Proposta discussa")
    );

    let console = app
        .by(&s.chiara)
        .get_html("/manage/consultations/casa")
        .await;
    assert!(console.contains("Proposta discussa") && console.contains("Fuori tema"));
    let facilitator_view = app.by(&s.chiara).get_html(&format!("/proposals/{p}")).await;
    assert!(
        facilitator_view.contains("Un testo che qualcuno segnala."),
        "moderators read hidden content"
    );

    let no_reason = moderate(&app, &s.chiara, "proposal", p, "hide", "").await;
    assert_eq!(no_reason.status(), StatusCode::SEE_OTHER);
    assert!(
        app.by(&s.chiara)
            .get_html("/manage/consultations/casa")
            .await
            .contains("serve un motivo")
    );
    moderate(
        &app,
        &s.chiara,
        "proposal",
        p,
        "hide",
        "Linguaggio offensivo",
    )
    .await;
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Nascosta dalla moderazione:") && page.contains("Linguaggio offensivo"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM event WHERE kind = 'content_hidden'")
            .await,
        1,
        "the author is told"
    );
    let queue = |html: String| {
        let start = html.find("id=\"moderation\"").unwrap();
        let end = html.find("id=\"answers\"").unwrap();
        html[start..end].to_owned()
    };
    let listed = queue(
        app.by(&s.chiara)
            .get_html("/manage/consultations/casa")
            .await,
    );
    assert!(
        listed.contains("Proposta discussa"),
        "hidden content stays listed, to be restored"
    );
    assert!(!listed.contains("Fuori tema"), "its reports are resolved");

    // Restored from the console's queue.
    moderate(&app, &s.chiara, "proposal", p, "restore", "").await;
    assert!(
        app.get_html(&format!("/proposals/{p}"))
            .await
            .contains("Un testo che qualcuno segnala.")
    );
    assert!(
        queue(
            app.by(&s.chiara)
                .get_html("/manage/consultations/casa")
                .await
        )
        .contains("Niente da moderare.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('content.hidden', 'content.restored', 'content.flagged')").await, 5);

    // Participants cannot moderate.
    let refused = moderate(&app, &s.luca, "proposal", p, "hide", "No").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

/// A facilitator's (or anyone's) decision on reported content in `casa`: hide or restore.
async fn moderate(
    app: &TestApp,
    client: &reqwest::Client,
    kind: &str,
    id: i64,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    app.by(client)
        .post_form(
            "/manage/consultations/casa/moderation",
            &[
                ("kind", kind),
                ("id", &id.to_string()),
                ("decision", decision),
                ("reason", reason),
            ],
        )
        .await
}

/// Three verified participants, logged in, ready to report content.
async fn three_reporters(app: &TestApp, prefix: &str) -> Vec<reqwest::Client> {
    let mut clients = Vec::new();
    for n in 0..3 {
        let email = format!("{prefix}{n}@example.org");
        app.create_account(
            &email,
            &email,
            entity::StakeholderGroup::Other,
            entity::PlatformRole::Participant,
            true,
        )
        .await;
        clients.push(app.client_for(&email).await);
    }
    clients
}

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
        (4..=15).contains(&many),
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

#[tokio::test]
async fn a_flagged_comment_is_hidden_in_place_and_restored_by_a_facilitator() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose("casa", "Corsi", "Corsi di italiano nei quartieri.", "it")
        .await;
    let c = app
        .by(&s.luca)
        .comment(p, "Commento discutibile", "against", None)
        .await;
    let reply = app
        .by(&s.amina)
        .comment(p, "Risposta che resta", "for", Some(c))
        .await;
    for client in three_reporters(&app, "f").await {
        app.by(&client)
            .post_form(
                &format!("/comments/{c}/flag"),
                &[("reason", "Tono aggressivo")],
            )
            .await;
    }
    let page = app.get_html(&format!("/proposals/{p}")).await;
    assert!(page.contains("Commento nascosto in attesa di verifica."));
    assert!(!page.contains("Commento discutibile"));
    assert!(
        page.contains(&format!("id=\"comment-{reply}\"")) && page.contains("Risposta che resta"),
        "replies stay"
    );
    moderate(&app, &s.chiara, "comment", c, "restore", "").await;
    assert!(
        app.get_html(&format!("/proposals/{p}"))
            .await
            .contains("Commento discutibile")
    );
}

#[tokio::test]
async fn simultaneous_reports_count_each_once_and_hide_at_three() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let p = app
        .by(&s.amina)
        .propose(
            "casa",
            "Proposta",
            "Un testo che tre persone segnalano insieme.",
            "it",
        )
        .await;
    let reporters = three_reporters(&app, "c").await;
    let app = &app;
    // Each reporter sends twice at once, all six together.
    let reports = reporters
        .iter()
        .flat_map(|client| [client, client])
        .map(|client| async move {
            app.by(client)
                .post_form(&format!("/proposals/{p}/flag"), &[("reason", "Spam")])
                .await
                .status()
        });
    let statuses = futures::future::join_all(reports).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::SEE_OTHER),
        "{statuses:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM flag").await, 3);
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(flags_count AS BIGINT) FROM proposal WHERE id = {p}"
        ))
        .await,
        3
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM proposal WHERE id = {p} AND state = 'hidden'"
        ))
        .await,
        1
    );
}
