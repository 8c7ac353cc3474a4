//! Signing a proposal on behalf of an organisation: only its active members may (a forged or
//! foreign id is refused at the field, the text kept); the proposal shows "Organisation,
//! via Name" and the proposal list filters by the kind of organisation signed for;
//! leaving the organisation keeps past signatures as they were.

use chrono::TimeDelta;
use reqwest::StatusCode;

use super::{account_id, register, someone};
use crate::{
    commitments::open_consultation,
    consultations::coordinator,
    helpers::{TestApp, location},
};

fn proposal<'a>(title: &'a str, on_behalf_of: &'a str) -> [(&'a str, &'a str); 5] {
    [
        ("title", title),
        ("body", "Una proposta abbastanza lunga da essere letta."),
        ("language", "it"),
        ("action", "publish"),
        ("on_behalf_of", on_behalf_of),
    ]
}

#[tokio::test]
async fn members_sign_for_their_organisation_and_the_signature_outlives_their_membership() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    open_consultation(&app, &chiara, "casa", "public").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let luca = someone(&app, "luca@example.org", "Luca Bianchi").await;
    let piero = someone(&app, "piero@example.org", "Piero Verdi").await;
    let aurora = register(&app, &maria, "Cooperativa Aurora").await;
    let other = register(&app, &piero, "Comitato Altro").await;
    let aurora_id = app
        .count("SELECT id FROM organisation WHERE slug = 'cooperativa-aurora'")
        .await
        .to_string();
    let other_id = app
        .count("SELECT id FROM organisation WHERE slug = 'comitato-altro'")
        .await
        .to_string();
    app.by(&luca)
        .post_form(&format!("{aurora}/join"), &[])
        .await;
    let luca_id = account_id(&app, "luca@example.org").await;
    app.by(&maria)
        .post_form(
            &format!("{aurora}/requests/{luca_id}"),
            &[("decision", "accept")],
        )
        .await;

    let form = app
        .by(&luca)
        .get_html("/consultations/casa/proposals/new")
        .await;
    assert!(form.contains("Firma a nome di") && form.contains("Cooperativa Aurora"));
    assert!(
        !form.contains("Comitato Altro"),
        "only their own organisations are offered"
    );

    // Someone else's organisation, one that does not exist, a word: refused at the field.
    for forged in [other_id.as_str(), "999999", "x"] {
        let response = app
            .by(&luca)
            .post_form(
                "/consultations/casa/proposals/new",
                &proposal("Doposcuola nei quartieri", forged),
            )
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{forged}"
        );
        let page = response.text().await.unwrap();
        assert!(page.contains("id=\"on_behalf_of-error\""), "{forged}");
        assert!(
            page.contains("value=\"Doposcuola nei quartieri\""),
            "the title is kept"
        );
    }
    // A pending request is not membership.
    app.by(&piero)
        .post_form(&format!("{aurora}/join"), &[])
        .await;
    let response = app
        .by(&piero)
        .post_form(
            "/consultations/casa/proposals/new",
            &proposal("Proposta di Piero", &aurora_id),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM proposal").await, 0);

    let response = app
        .by(&luca)
        .post_form(
            "/consultations/casa/proposals/new",
            &proposal("Doposcuola nei quartieri", &aurora_id),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page_path = location(&response);
    let page = app.get_html(&page_path).await;
    assert!(page.contains(
        "<a href=\"/organisations/cooperativa-aurora\"><bdi>Cooperativa Aurora</bdi></a>, tramite <bdi>Luca Bianchi</bdi>"
    ));
    // Signing as oneself stays possible.
    let response = app
        .by(&luca)
        .post_form(
            "/consultations/casa/proposals/new",
            &proposal("A nome mio", ""),
        )
        .await;
    let own = app.get_html(&location(&response)).await;
    assert!(!own.contains("tramite"));
    // The list filters by the kind of organisation signed for.
    let third_sector = app
        .get_html("/consultations/casa/proposals?organisation_kind=third_sector")
        .await;
    assert!(
        third_sector.contains("Doposcuola nei quartieri") && !third_sector.contains("A nome mio")
    );
    let bodies = app
        .get_html("/consultations/casa/proposals?organisation_kind=public_body")
        .await;
    assert!(!bodies.contains("Doposcuola nei quartieri"));
    assert!(bodies.contains("<option value=\"public_body\" selected>"));

    let json: serde_json::Value = app
        .by(&chiara)
        .get("/manage/consultations/casa/outcomes/download/json")
        .await
        .json()
        .await
        .unwrap();
    let signed: Vec<_> = json["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["title"].as_str(),
                p["organisation"].as_str(),
                p["organisation_kind"].as_str(),
            )
        })
        .collect();
    assert!(signed.contains(&(
        Some("Doposcuola nei quartieri"),
        Some("Cooperativa Aurora"),
        Some("third_sector")
    )));
    assert!(signed.contains(&(Some("A nome mio"), None, None)));

    // So does the API, which names the organisation.
    let api: serde_json::Value = app
        .get("/api/v1/consultations/casa/proposals?organisation_kind=third_sector")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["total"], 1, "{api}");
    assert_eq!(api["items"][0]["title"], "Doposcuola nei quartieri");
    assert_eq!(
        api["items"][0]["organisation"],
        serde_json::json!({"slug": "cooperativa-aurora", "name": "Cooperativa Aurora", "kind": "third_sector"})
    );
    let all: serde_json::Value = app
        .get("/api/v1/consultations/casa/proposals")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all["total"], 2);
    let unknown = app
        .get("/api/v1/consultations/casa/proposals?organisation_kind=club")
        .await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);

    // Luca leaves: what he signed stays as it was, but he can no longer sign for Aurora.
    let left = app
        .by(&luca)
        .post_form(&format!("{aurora}/leave"), &[])
        .await;
    assert_eq!(left.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&page_path).await;
    assert!(page.contains("Cooperativa Aurora</bdi></a>, tramite <bdi>Luca Bianchi</bdi>"));
    let response = app
        .by(&luca)
        .post_form(
            "/consultations/casa/proposals/new",
            &proposal("Ancora per Aurora", &aurora_id),
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let _ = other;
}

#[tokio::test]
async fn members_comment_for_their_organisation_and_nobody_else_can() {
    let app = TestApp::spawn().await;
    let chiara = coordinator(&app).await;
    open_consultation(&app, &chiara, "casa", "public").await;
    app.advance_clock(TimeDelta::minutes(2));
    app.run_scheduler().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let piero = someone(&app, "piero@example.org", "Piero Verdi").await;
    let aurora = register(&app, &maria, "Cooperativa Aurora").await;
    let aurora_id = app
        .count("SELECT id FROM organisation WHERE slug = 'cooperativa-aurora'")
        .await
        .to_string();
    let created = app
        .by(&piero)
        .post_form(
            "/consultations/casa/proposals/new",
            &proposal("Sportello casa", ""),
        )
        .await;
    let page_path = location(&created);
    let id = page_path.trim_start_matches("/proposals/").to_owned();
    let comments = format!("/proposals/{id}/comments");

    // The proposal page offers the choice to members only.
    let for_maria = app.by(&maria).get_html(&page_path).await;
    assert!(
        for_maria.contains("name=\"on_behalf_of\"") && for_maria.contains("Cooperativa Aurora")
    );
    let for_piero = app.by(&piero).get_html(&page_path).await;
    assert!(!for_piero.contains("name=\"on_behalf_of\""));

    // Piero is no member: refused at the field on the comment's own page, his text kept.
    let typed = "Servono più ore di apertura.";
    let refused = app
        .by(&piero)
        .post_form(
            &comments,
            &[
                ("body", typed),
                ("stance", "for"),
                ("on_behalf_of", &aurora_id),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(page.contains("id=\"on_behalf_of-error\"") && page.contains(typed));
    assert_eq!(app.count("SELECT COUNT(*) FROM comment").await, 0);

    let posted = app
        .by(&maria)
        .post_form(
            &comments,
            &[
                ("body", typed),
                ("stance", "for"),
                ("on_behalf_of", &aurora_id),
            ],
        )
        .await;
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    let signed = "<a href=\"/organisations/cooperativa-aurora\"><bdi>Cooperativa Aurora</bdi></a>, tramite <bdi>Maria Rossi</bdi>";
    assert!(app.get_html(&page_path).await.contains(signed));
    // The reply form offers it too.
    let comment_id = app.count("SELECT id FROM comment").await;
    let reply = app
        .by(&maria)
        .get_html(&format!("/comments/{comment_id}/reply"))
        .await;
    assert!(reply.contains("name=\"on_behalf_of\""));

    // Maria hands over and leaves; what she signed stays as it was.
    let luca = someone(&app, "luca@example.org", "Luca Bianchi").await;
    app.by(&luca)
        .post_form(&format!("{aurora}/join"), &[])
        .await;
    let luca_id = account_id(&app, "luca@example.org").await;
    app.by(&maria)
        .post_form(
            &format!("{aurora}/requests/{luca_id}"),
            &[("decision", "accept")],
        )
        .await;
    app.by(&maria)
        .post_form(&format!("{aurora}/members/{luca_id}/hand-over"), &[])
        .await;
    let left = app
        .by(&maria)
        .post_form(&format!("{aurora}/leave"), &[])
        .await;
    assert_eq!(left.status(), StatusCode::SEE_OTHER);
    assert!(app.get_html(&page_path).await.contains(signed));
    let again = app
        .by(&maria)
        .post_form(
            &comments,
            &[
                ("body", "Ancora io."),
                ("stance", "for"),
                ("on_behalf_of", &aurora_id),
            ],
        )
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The outcomes carry the organisation and its kind, to filter by in a spreadsheet.
    let export = app
        .by(&chiara)
        .get("/manage/consultations/casa/outcomes/download/json")
        .await;
    assert_eq!(export.status(), StatusCode::OK);
    let json: serde_json::Value = export.json().await.unwrap();
    let comment = &json["comments"][0];
    assert_eq!(comment["organisation"], "Cooperativa Aurora", "{comment}");
    assert_eq!(comment["organisation_kind"], "third_sector");
    let proposal = &json["proposals"][0];
    assert!(proposal["organisation"].is_null(), "{proposal}");
}
