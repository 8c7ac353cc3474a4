//! Documents of a procedure and of its applications: the notice's attachments are as public
//! as the procedure (a draft's only to its managers) and part of its record; an
//! application's documents are seen only by the applicant, the managers and the commission,
//! and attached by the applicant's representative until the deadline.

use entity::StakeholderGroup;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use super::{Setup, apply, representative, set_clock, to_the_second};
use crate::{
    documents::{PDF, attach, links, upload},
    helpers::{TestApp, new_client},
};

async fn procedure_id(app: &TestApp, slug: &str) -> i64 {
    app.count(&format!("SELECT id FROM procedure WHERE slug = '{slug}'"))
        .await
}

#[tokio::test]
async fn the_notices_documents_are_public_with_the_procedure_and_in_its_record() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, _) = s.published("Accoglienza").await;
    let id = procedure_id(&app, &slug).await;
    attach(
        &app,
        &s.chiara,
        ("procedure", id),
        "Avviso firmato.pdf",
        PDF,
    )
    .await;

    let page = app.get_html_in("it", &format!("/procedures/{slug}")).await;
    assert!(page.contains("Avviso firmato.pdf"), "{page}");
    let found = links(&page);
    assert_eq!(found.len(), 1, "{found:?}");
    let response = new_client().get(app.url(&found[0])).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let disposition = response.headers()["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert_eq!(response.bytes().await.unwrap().as_ref(), PDF);

    let console = app
        .by(&s.chiara)
        .get_html(&format!("/manage/procedures/{slug}"))
        .await;
    assert!(console.contains("Avviso firmato.pdf") && console.contains("registro pubblico"));
    let record = app
        .get_html_in("it", &format!("/procedures/{slug}/record"))
        .await;
    assert!(record.contains("Documenti della procedura") && record.contains("Avviso firmato.pdf"));
    let json: serde_json::Value = new_client()
        .get(app.url(&format!("/procedures/{slug}/record.json")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let documents = json["documents"].as_array().expect("the documents");
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0]["name"], "Avviso firmato.pdf");
    assert_eq!(documents[0]["type"], "application/pdf");
    assert_eq!(documents[0]["size"], PDF.len());
    assert_eq!(documents[0]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(documents[0]["url"], found[0].as_str());
}

#[tokio::test]
async fn a_drafts_documents_are_404_to_all_but_its_managers() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let deadline = app.state.now() + chrono::TimeDelta::days(30);
    let slug = s.draft("Bozza", &to_the_second(&app, deadline)).await;
    let id = procedure_id(&app, &slug).await;
    attach(&app, &s.chiara, ("procedure", id), "Bozza.pdf", PDF).await;
    let console = app
        .by(&s.chiara)
        .get_html(&format!("/manage/procedures/{slug}"))
        .await;
    let link = links(&console).pop().expect("listed on the console");
    assert_eq!(app.by(&s.chiara).get(&link).await.status(), StatusCode::OK);
    let outsider = app
        .person("fuori@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    for (who, client) in [("anonymous", &new_client()), ("outsider", &outsider)] {
        let response = app.by(client).get(&link).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
        assert!(!response.text().await.unwrap().contains("%PDF"), "{who}");
    }
    let refused = upload(&app, &outsider, ("procedure", id), "x.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
}

/// The id of the one application of the procedure.
async fn application_id(app: &TestApp, procedure_id: i64) -> i64 {
    app.count(&format!(
        "SELECT id FROM procedure_application WHERE procedure_id = {procedure_id}"
    ))
    .await
}

#[tokio::test]
async fn an_applications_documents_are_seen_by_the_applicant_managers_and_commission_only() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "casa").await;
    let (slug, deadline) = s.published("Accoglienza").await;
    let id = procedure_id(&app, &slug).await;
    let maria = representative(
        &app,
        &s.chiara,
        "maria@example.org",
        "Coop Aurora",
        "third_sector",
        true,
    )
    .await;
    let other = representative(
        &app,
        &s.chiara,
        "piero@example.org",
        "Coop Ponti",
        "third_sector",
        true,
    )
    .await;
    assert_eq!(
        apply(&app, &maria, &slug).await.status(),
        StatusCode::SEE_OTHER
    );
    let application = application_id(&app, id).await;
    let parent = ("procedure_application", application);

    // The managers see the application's documents but do not attach them.
    let refused = upload(&app, &s.chiara, parent, "Nota.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Solo chi rappresenta l&#39;ente candidato")
    );
    let refused = upload(&app, &other, parent, "Nota.pdf", PDF).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    let mine = format!("/procedures/{slug}/applications");
    let form = app.by(&maria).get_html(&mine).await;
    assert!(form.contains("Documenti della candidatura"));
    assert!(form.contains(&format!(
        "/documents/new?parent=procedure_application&amp;id={application}"
    )));
    let response = upload(&app, &maria, parent, "Statuto.pdf", PDF).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let listed: Vec<String> = links(&app.by(&maria).get_html(&mine).await)
        .into_iter()
        .filter(|l| !l.starts_with("/documents/new"))
        .collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    let link = &listed[0];
    assert!(
        !app.get_html_in("it", &format!("/procedures/{slug}"))
            .await
            .contains("Statuto.pdf"),
        "not on the public page"
    );

    for (who, client) in [("the representative", &maria), ("a manager", &s.chiara)] {
        let response = app.by(client).get(link).await;
        assert_eq!(response.status(), StatusCode::OK, "{who}");
        let cache = response.headers()["cache-control"].to_str().unwrap();
        assert!(cache.starts_with("private"), "{who}: {cache}");
    }
    for (who, client) in [("anonymous", &new_client()), ("another applicant", &other)] {
        let response = app.by(client).get(link).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{who}");
    }

    // A commission member sees it too.
    let anna = app
        .create_account(
            "anna@example.org",
            "Anna Commissaria",
            StakeholderGroup::Other,
            entity::PlatformRole::Participant,
            true,
        )
        .await;
    let anna_client = app.client_for("anna@example.org").await;
    assert_eq!(
        app.by(&anna_client).get(link).await.status(),
        StatusCode::NOT_FOUND,
        "not before she is named"
    );
    app.db()
        .execute_unprepared(&format!(
            "INSERT INTO procedure_commission_member (procedure_id, user_id, created_at) \
             SELECT id, {anna}, created_at FROM procedure WHERE id = {id}"
        ))
        .await
        .expect("Anna is named");
    assert_eq!(
        app.by(&anna_client).get(link).await.status(),
        StatusCode::OK
    );

    // After the deadline, nothing more is attached and nothing removed.
    set_clock(&app, deadline);
    let late = upload(&app, &maria, parent, "Tardi.pdf", PDF).await;
    assert_eq!(late.status(), StatusCode::FORBIDDEN);
    assert!(late.text().await.unwrap().contains("La scadenza è passata"));
    let document = link
        .trim_start_matches("/documents/")
        .split('/')
        .next()
        .unwrap();
    let remove = app
        .by(&maria)
        .get(&format!("/documents/{document}/remove"))
        .await;
    assert_eq!(remove.status(), StatusCode::FORBIDDEN);
    assert!(
        !app.by(&maria)
            .get_html(&mine)
            .await
            .contains("/documents/new")
    );
    // The managers find it on the admission page.
    let admission = app
        .by(&s.chiara)
        .get_html(&format!("/manage/procedures/{slug}/admission"))
        .await;
    assert!(admission.contains("Statuto.pdf") && admission.contains("Documenti della candidatura"));
    // And it is never in the public record.
    let json = new_client()
        .get(app.url(&format!("/procedures/{slug}/record.json")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!json.contains("Statuto.pdf"), "{json}");
}
