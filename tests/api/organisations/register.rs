//! Registering an organisation: every field checked at the field with the text kept, the
//! organisation's page, the register's list, filter and empty state, editing by the
//! representative only, and who may reach the forms at all.

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use super::{fields, post, register, someone};
use crate::helpers::{TestApp, location, new_client};

#[tokio::test]
async fn a_form_with_mistakes_names_each_at_its_field_and_keeps_the_text() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let mut bad = fields("Cooperativa Aurora");
    for (field, value) in [
        ("runts_number", ""),
        ("tax_code", "ABC123"),
        ("website", "javascript:alert(1)"),
        ("town", ""),
        ("description", &"x".repeat(1001)),
    ] {
        bad.iter_mut().find(|(k, _)| *k == field).unwrap().1 = value.to_owned();
    }
    let response = post(&app, &maria, "/organisations/new", &bad).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    for (field, message) in [
        ("runts_number", "serve il numero di iscrizione al RUNTS"),
        ("tax_code", "Il codice fiscale ha 11 cifre"),
        ("website", "Scrivi un indirizzo web completo"),
        ("town", "Scrivi il comune."),
        ("description", "La descrizione supera i 1000 caratteri."),
    ] {
        assert!(page.contains(message), "{field}: {message}");
        assert!(
            page.contains(&format!("id=\"{field}-error\"")),
            "{field} has its error beside it"
        );
    }
    assert!(
        page.contains("value=\"Cooperativa Aurora\""),
        "the name is kept"
    );
    assert!(page.contains("value=\"ABC123\""), "the tax code is kept");
    assert!(page.contains("<option value=\"third_sector\" selected>"));
    assert_eq!(app.count("SELECT COUNT(*) FROM organisation").await, 0);

    // A public body needs no RUNTS number; a name too long is refused.
    let mut long = fields(&"A".repeat(201));
    long[1].1 = "public_body".to_owned();
    let response = post(&app, &maria, "/organisations/new", &long).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("id=\"name-error\"") && !page.contains("id=\"runts_number-error\""));
}

#[tokio::test]
async fn the_registered_organisation_has_its_page_and_its_place_in_the_register() {
    let app = TestApp::spawn().await;
    let empty = app.get_html("/organisations").await;
    assert!(empty.contains("Nessuna organizzazione è ancora registrata."));

    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let address = register(&app, &maria, "Cooperativa Aurora").await;
    assert_eq!(address, "/organisations/cooperativa-aurora");
    let page = app.get_html(&address).await;
    for expected in [
        "Cooperativa Aurora",
        "Ente del terzo settore",
        "Non verificata",
        "12345",
        "01234567890",
        "Prato",
        "href=\"https://www.aurora.example/\"",
        "Servizi di accoglienza e mediazione",
        "Maria Rossi",
        "Referente",
    ] {
        assert!(page.contains(expected), "the page shows {expected}");
    }
    assert!(
        !page.contains("/organisations/cooperativa-aurora/edit"),
        "visitors do not edit"
    );
    // The same name again gets its own address.
    assert_eq!(
        register(&app, &maria, "Cooperativa Aurora").await,
        "/organisations/cooperativa-aurora-2"
    );
    let mut public = super::fields("Comune di Prato");
    public[1].1 = "public_body".to_owned();
    public[2].1 = String::new();
    assert_eq!(
        post(&app, &maria, "/organisations/new", &public)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    let list = app.get_html("/organisations").await;
    assert!(list.contains("href=\"/organisations/cooperativa-aurora\""));
    assert!(list.contains("href=\"/organisations/comune-di-prato\""));
    let bodies = app.get_html("/organisations?kind=public_body").await;
    assert!(bodies.contains("Comune di Prato") && !bodies.contains("Cooperativa Aurora"));
    let others = app.get_html("/organisations?kind=other").await;
    assert!(others.contains("Nessuna organizzazione di questo tipo."));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.created'")
            .await,
        3
    );
    assert_eq!(
        app.get("/organisations/no-such").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn only_the_representative_edits_and_only_verified_accounts_register() {
    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    let address = register(&app, &maria, "Cooperativa Aurora").await;
    let edit = format!("{address}/edit");
    let form = app.by(&maria).get_html(&edit).await;
    assert!(form.contains("value=\"Cooperativa Aurora\""));
    let mut changed = fields("Cooperativa Aurora Onlus");
    changed[4].1 = "Firenze".to_owned();
    let response = post(&app, &maria, &edit, &changed).await;
    assert_eq!(location(&response), address, "the address stays");
    let page = app.get_html(&address).await;
    assert!(page.contains("Cooperativa Aurora Onlus") && page.contains("Firenze"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.edited'")
            .await,
        1
    );

    let piero = someone(&app, "piero@example.org", "Piero").await;
    assert_eq!(
        app.by(&piero).get(&edit).await.status(),
        StatusCode::FORBIDDEN
    );
    let response = post(&app, &piero, &edit, &fields("Presa")).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let anonymous = new_client();
    for path in ["/organisations/new", edit.as_str()] {
        let response = app.by(&anonymous).get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert!(location(&response).starts_with("/login?next="));
    }

    app.create_account(
        "nuovo@example.org",
        "Nuovo",
        StakeholderGroup::Other,
        PlatformRole::Participant,
        false,
    )
    .await;
    let unverified = app.client_for("nuovo@example.org").await;
    let response = app.by(&unverified).get("/organisations/new").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = post(&app, &unverified, "/organisations/new", &fields("Altra")).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisation").await, 1);
}

#[tokio::test]
async fn the_demo_registers_a_verified_cooperative_and_an_unverified_association_once() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM organisation").await, 2);
    let cooperative = app
        .get_html("/organisations/cooperativa-sociale-aurora")
        .await;
    assert!(
        cooperative.contains("Cooperativa sociale Aurora")
            && !cooperative.contains("Non verificata")
    );
    let association = app
        .get_html("/organisations/associazione-ponti-di-parole")
        .await;
    assert!(association.contains("Non verificata"));
    let partner = app.client_for_demo("partner@demo.test").await;
    let page = app
        .by(&partner)
        .get_html("/organisations/cooperativa-sociale-aurora")
        .await;
    assert!(
        page.contains("/organisations/cooperativa-sociale-aurora/edit")
            && page.contains("Richieste di adesione"),
        "the partner represents the cooperative"
    );
}

#[tokio::test]
async fn a_persons_organisation_links_to_the_register_where_the_name_matches() {
    use sea_orm::ConnectionTrait;

    let app = TestApp::spawn().await;
    let maria = someone(&app, "maria@example.org", "Maria Rossi").await;
    someone(&app, "luca@example.org", "Luca Bianchi").await;
    app.db()
        .execute_unprepared(
            "UPDATE \"user\" SET organisation = 'Cooperativa Aurora' WHERE email = 'maria@example.org'; \
             UPDATE \"user\" SET organisation = 'Altro ente' WHERE email = 'luca@example.org'",
        )
        .await
        .unwrap();
    let account = app.by(&maria).get_html("/account").await;
    assert!(!account.contains("href=\"/organisations/cooperativa-aurora\""));
    register(&app, &maria, "Cooperativa Aurora").await;
    let account = app.by(&maria).get_html("/account").await;
    assert!(account.contains("href=\"/organisations/cooperativa-aurora\""));

    let chiara = crate::consultations::coordinator(&app).await;
    let accounts = app.by(&chiara).get_html("/manage/accounts").await;
    assert!(accounts.contains(
        "<a href=\"/organisations/cooperativa-aurora\"><bdi>Cooperativa Aurora</bdi></a>"
    ));
    assert!(
        accounts.contains("<bdi>Altro ente</bdi>") && !accounts.contains("Altro ente</bdi></a>")
    );
}
