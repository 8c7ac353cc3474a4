//! Who gets a document: exactly those who see what it is attached to, and always as a
//! download. Who may attach and remove: those who manage it. A removed document is gone.

use entity::StakeholderGroup;
use reqwest::StatusCode;

use super::{PDF, PNG, attach, consultation, files_under, links, meeting, upload};
use crate::{
    helpers::{TestApp, location, new_client},
    organisations::{self, someone},
};

async fn give_role(app: &TestApp, slug: &str, email: &str, role: &str) {
    use sea_orm::ConnectionTrait;
    app.db()
        .execute_unprepared(&format!(
            "INSERT INTO consultation_role (consultation_id, user_id, role, created_at) \
             SELECT c.id, u.id, '{role}', c.created_at FROM consultation c, \"user\" u \
             WHERE c.slug = '{slug}' AND u.email = '{email}'"
        ))
        .await
        .expect("the role is given");
}

#[tokio::test]
async fn an_invite_only_consultations_documents_are_404_to_outsiders_and_served_to_members() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "riservata", "invite_only").await;
    let meeting_id = meeting(&app, &chiara, "riservata").await;
    attach(&app, &chiara, ("consultation", id), "Bando.pdf", PDF).await;
    attach(&app, &chiara, ("meeting", meeting_id), "Pianta.png", PNG).await;
    let on_consultation = links(&app.by(&chiara).get_html("/consultations/riservata").await);
    let on_meeting = links(
        &app.by(&chiara)
            .get_html(&format!("/meetings/{meeting_id}"))
            .await,
    );
    assert_eq!((on_consultation.len(), on_meeting.len()), (1, 1));
    let documents = [on_consultation[0].clone(), on_meeting[0].clone()];

    let outsider = app
        .person("fuori@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let member = app
        .person("dentro@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    give_role(&app, "riservata", "dentro@example.org", "member").await;
    for link in &documents {
        for (who, client) in [("anonymous", &new_client()), ("outsider", &outsider)] {
            let response = app.by(client).get(link).await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{link} as {who}");
            let body = response.text().await.unwrap();
            assert!(!body.contains("%PDF") && !body.contains("PNG"), "{who}");
        }
        let response = app.by(&member).get(link).await;
        assert_eq!(response.status(), StatusCode::OK, "{link} as a member");
        let cache = response.headers().get("cache-control").unwrap();
        assert!(cache.to_str().unwrap().starts_with("private"), "{cache:?}");
    }
    // Nor can outsiders attach, nor members who do not manage it.
    let refused = upload(&app, &outsider, ("consultation", id), "x.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let refused = upload(&app, &member, ("meeting", meeting_id), "x.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    // A procedure that does not exist is not found.
    let refused = upload(&app, &chiara, ("procedure", 1), "x.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_document_is_always_a_download_never_a_page() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "scarica", "public").await;
    // A PDF that is also HTML: taken as the PDF it says it is, never shown as HTML.
    let polyglot = b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>";
    attach(&app, &chiara, ("consultation", id), "pagina.html", polyglot).await;
    let page = app.get_html_in("it", "/consultations/scarica").await;
    let link = &links(&page)[0];
    assert!(
        page.contains("pagina.html.pdf"),
        "the name ends as what the file is"
    );
    let response = reqwest::get(app.url(link)).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let header = |h: &str| {
        response
            .headers()
            .get(h)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"pagina.html.pdf\"; filename*=UTF-8''pagina.html.pdf"
    );
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert!(header("content-security-policy").contains("sandbox"));
    // Its hash as a validator: a browser that has it already is told so.
    let etag = header("etag");
    let again = new_client()
        .get(app.url(link))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    // Names in other scripts travel exactly, with an ASCII stand-in for old browsers.
    attach(
        &app,
        &chiara,
        ("consultation", id),
        "محضر الاجتماع.pdf",
        b"%PDF-1.7 due",
    )
    .await;
    let page = app.get_html_in("it", "/consultations/scarica").await;
    let response = reqwest::get(app.url(&links(&page)[1])).await.unwrap();
    let disposition = response.headers().get("content-disposition").unwrap();
    assert!(
        disposition
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"")
            && disposition
                .to_str()
                .unwrap()
                .contains("filename*=UTF-8''%D9%85%D8%AD%D8%B6%D8%B1"),
        "{disposition:?}"
    );
}

#[tokio::test]
async fn a_removed_document_is_gone_and_its_file_too_unless_another_has_it() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "rimozioni", "public").await;
    attach(&app, &chiara, ("consultation", id), "Uno.pdf", PDF).await;
    attach(&app, &chiara, ("consultation", id), "Copia.pdf", PDF).await;
    let page = app.by(&chiara).get_html("/consultations/rimozioni").await;
    let found = links(&page);
    let ids: Vec<String> = found
        .iter()
        .map(|l| l.split('/').nth(2).unwrap().to_owned())
        .collect();
    let files = app.test_db.data_dir().join("files");
    for (i, document) in ids.iter().enumerate() {
        let confirm = app
            .by(&chiara)
            .get_html(&format!("/documents/{document}/remove"))
            .await;
        assert!(confirm.contains("Rimuovere il documento?"), "{confirm}");
        let response = app
            .by(&chiara)
            .post_form(&format!("/documents/{document}/remove"), &[])
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/consultations/rimozioni#documents");
        let gone = reqwest::get(app.url(&found[i])).await.unwrap();
        assert_eq!(gone.status(), StatusCode::NOT_FOUND);
        // The content stays while the other document has it.
        assert_eq!(files_under(&files).len(), 1 - i, "after removing {}", i + 1);
    }
    let page = app.get_html_in("it", "/consultations/rimozioni").await;
    assert!(links(&page).is_empty() && !page.contains("Uno.pdf"));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM document WHERE deleted_at IS NOT NULL")
            .await,
        2,
        "kept, marked removed"
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'document.removed'"
        )
        .await,
        2
    );
    let again = app
        .by(&chiara)
        .post_form(&format!("/documents/{}/remove", ids[0]), &[])
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_organisations_representative_attaches_and_everyone_downloads() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let org = organisations::register(&app, &maria, "Cooperativa Aurora").await;
    let org_id = app
        .count("SELECT id FROM organisation WHERE name = 'Cooperativa Aurora'")
        .await;
    let page = app.by(&maria).get_html(&org).await;
    assert!(
        page.contains("Nessun documento allegato")
            && page.contains("enctype=\"multipart/form-data\""),
        "the empty state and the form, for the representative"
    );
    let form = format!("/documents/new?parent=organisation&id={org_id}");
    let page = app.by(&maria).get_html(&form).await;
    assert!(page.contains("Allega un documento") && page.contains("Cooperativa Aurora"));
    attach(&app, &maria, ("organisation", org_id), "Statuto.pdf", PDF).await;
    let luca = someone(&app, "luca@example.org", "Luca Bianchi").await;
    let page = app.by(&luca).get_html(&org).await;
    assert!(!page.contains("multipart/form-data") && !page.contains("/remove\""));
    let link = &links(&page)[0];
    assert_eq!(
        reqwest::get(app.url(link)).await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(
        app.by(&luca).get(&form).await.status(),
        StatusCode::FORBIDDEN
    );
    let refused = upload(&app, &luca, ("organisation", org_id), "x.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let document = link.split('/').nth(2).unwrap();
    let refused = app
        .by(&luca)
        .post_form(&format!("/documents/{document}/remove"), &[])
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
