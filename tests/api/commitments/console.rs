//! Facilitators make commitments from accepted proposals; forged and foreign proposals are
//! refused; the follow-up pages show them to whoever may see the consultation.

use entity::{PlatformRole, StakeholderGroup};
use reqwest::StatusCode;

use super::{
    answer, commit, commitment_fields, create_commitment, open_consultation, propose_on, setup,
};
use crate::helpers::{TestApp, new_client};

#[tokio::test]
async fn facilitators_turn_accepted_proposals_into_one_commitment_shown_everywhere() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let form = app
        .by(&s.chiara)
        .get_html("/manage/consultations/casa/commitments/new")
        .await;
    assert!(form.contains("Sportello casa") && form.contains("Corsi serali"));
    assert!(
        !form.contains("Parcheggi gratis"),
        "rejected proposals are not offered"
    );

    let id = commit(
        &app,
        &s,
        "Due sportelli per la casa",
        &[s.accepted, s.partly],
    )
    .await;
    let page = app.get_html(&format!("/commitments/{id}")).await;
    for expected in [
        "Due sportelli per la casa",
        "<strong>due</strong>",
        "Ufficio casa del Comune",
        "Previsto",
        "Avanzamento: 0%",
        "12.500,50 EUR",
        "datetime=\"2027-06-30\"",
        &format!("href=\"/proposals/{}\"", s.accepted),
        &format!("href=\"/proposals/{}\"", s.partly),
        "Nessun aggiornamento per ora.",
    ] {
        assert!(
            page.contains(expected),
            "the commitment's page shows {expected}"
        );
    }
    for proposal in [s.accepted, s.partly] {
        let page = app.get_html(&format!("/proposals/{proposal}")).await;
        assert!(
            page.contains(&format!("href=\"/commitments/{id}\"")) && page.contains("Impegni presi"),
            "proposal {proposal} shows its commitment"
        );
    }
    let follow_up = app.get_html("/consultations/casa/follow-up").await;
    assert!(follow_up.contains(&format!("href=\"/commitments/{id}\"")));
    assert!(follow_up.contains("Un impegno in corso o concluso, avanzamento medio 0%."));
    let consultation = app.get_html("/consultations/casa").await;
    assert!(consultation.contains("href=\"/consultations/casa/follow-up\""));
    assert!(consultation.contains("avanzamento medio 0%"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM commitment_proposal WHERE commitment_id = {id}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'commitment.created'")
            .await,
        1
    );

    // Editing keeps one row and moves the links.
    let mut fields = commitment_fields("Uno sportello per la casa", &[s.accepted]);
    fields.retain(|(k, _)| k != "budget");
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let edited = app
        .by(&s.chiara)
        .post_form(&format!("/manage/commitments/{id}/edit"), &fields)
        .await;
    assert_eq!(edited.status(), StatusCode::SEE_OTHER);
    let page = app.get_html(&format!("/commitments/{id}")).await;
    assert!(page.contains("Uno sportello per la casa") && !page.contains("12.500,50"));
    assert!(!page.contains(&format!("href=\"/proposals/{}\"", s.partly)));
    assert_eq!(app.count("SELECT COUNT(*) FROM commitment").await, 1);
}

#[tokio::test]
async fn forged_rejected_and_foreign_proposals_are_refused_and_the_text_is_kept() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    open_consultation(&app, &s.chiara, "lavoro", "public").await;
    app.advance_clock(chrono::TimeDelta::minutes(2));
    app.run_scheduler().await;
    let foreign = propose_on(&app, &s.luca, ("lavoro", "Lavoro"), "Altrove").await;
    answer(&app, &s.chiara, foreign, "accepted").await;

    for forged in [
        s.rejected.to_string(),
        foreign.to_string(),
        "999999".to_owned(),
        "x".to_owned(),
    ] {
        let mut fields = commitment_fields("Impegno con un intruso", &[s.accepted]);
        fields.push(("proposal".to_owned(), forged.clone()));
        let response = create_commitment(&app, &s.chiara, "casa", &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{forged}"
        );
        let page = response.text().await.unwrap();
        assert!(
            page.contains("Si possono scegliere solo proposte accolte o accolte in parte di questa consultazione."),
            "{forged}"
        );
        assert!(
            page.contains("value=\"Impegno con un intruso\""),
            "the title is kept"
        );
        assert!(
            page.contains("Apriamo **due** sportelli."),
            "the description is kept"
        );
        assert!(page.contains("value=\"12500,50\""), "the budget is kept");
    }
    let none = create_commitment(
        &app,
        &s.chiara,
        "casa",
        &commitment_fields("Senza proposte", &[]),
    )
    .await;
    assert_eq!(none.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        none.text()
            .await
            .unwrap()
            .contains("Scegli almeno una proposta accolta.")
    );

    let mut bad = commitment_fields("Numeri sbagliati", &[s.accepted]);
    for (key, value) in bad.iter_mut() {
        match key.as_str() {
            "progress" => *value = "150".to_owned(),
            "budget" => *value = "1.500.000".to_owned(),
            "ends_on" => *value = "2026-12-31".to_owned(),
            _ => {}
        }
    }
    let page = create_commitment(&app, &s.chiara, "casa", &bad)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("L&#39;avanzamento è un numero intero da 0 a 100.")
            || page.contains("L'avanzamento è un numero intero da 0 a 100.")
    );
    assert!(page.contains("Scrivi la cifra con soli numeri e al massimo due decimali."));
    assert!(page.contains("La fine prevista non può venire prima dell"));
    assert_eq!(app.count("SELECT COUNT(*) FROM commitment").await, 0);
}

#[tokio::test]
async fn only_facilitators_and_coordinators_manage_and_invite_only_follow_up_stays_hidden() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let id = commit(&app, &s, "Sportello", &[s.accepted]).await;
    for path in [
        "/manage/consultations/casa/commitments".to_owned(),
        "/manage/consultations/casa/commitments/new".to_owned(),
        format!("/manage/commitments/{id}/edit"),
        format!("/manage/commitments/{id}/updates/new"),
    ] {
        assert_eq!(
            app.by(&s.amina).get(&path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let forged = create_commitment(
        &app,
        &s.amina,
        "casa",
        &commitment_fields("Mio", &[s.accepted]),
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let update = app
        .by(&s.amina)
        .post_form(
            &format!("/manage/commitments/{id}/updates/new"),
            &[("body", "Finto")],
        )
        .await;
    assert_eq!(update.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM commitment_update").await, 0);

    // A facilitator appointed elsewhere does not manage this consultation's commitments.
    app.create_account(
        "fabio@example.org",
        "Fabio",
        StakeholderGroup::Institution,
        PlatformRole::Participant,
        true,
    )
    .await;
    let fabio = app.client_for("fabio@example.org").await;
    assert_eq!(
        app.by(&fabio)
            .get(&format!("/manage/commitments/{id}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    // Invite-only: outsiders see neither the follow-up nor the commitment.
    open_consultation(&app, &s.chiara, "riservata", "invite_only").await;
    app.advance_clock(chrono::TimeDelta::minutes(2));
    app.run_scheduler().await;
    let secret = propose_on(&app, &s.chiara, ("riservata", "Casa"), "Riservata").await;
    answer(&app, &s.chiara, secret, "accepted").await;
    let response = create_commitment(
        &app,
        &s.chiara,
        "riservata",
        &commitment_fields("Segreto", &[secret]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let hidden = crate::helpers::location(&response);
    for client in [&new_client(), &s.amina] {
        assert_eq!(
            app.by(client).get(&hidden).await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.by(client)
                .get("/consultations/riservata/follow-up")
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        app.by(&s.chiara).get(&hidden).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get("/commitments/999999").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_follow_up_explains_itself_when_empty_and_filters_by_status_and_theme() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let empty = app.get_html("/consultations/casa/follow-up").await;
    assert!(
        empty.contains("Qui compariranno gli impegni dell&#39;ente")
            || empty.contains("Qui compariranno gli impegni dell'ente")
    );
    let english = app.get_html_in("en", "/consultations/casa/follow-up").await;
    assert!(
        english.contains("The public body&#39;s commitments will appear here")
            || english.contains("The public body's commitments will appear here")
    );

    let housing = commit(&app, &s, "Sportello casa", &[s.accepted]).await;
    let courses = commit(&app, &s, "Corsi serali", &[s.partly]).await;
    let update = app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/commitments/{courses}/updates/new"),
            &[
                ("body", "Iniziati i corsi."),
                ("status", "in_progress"),
                ("progress", "40"),
            ],
        )
        .await;
    assert_eq!(update.status(), StatusCode::SEE_OTHER);
    let all = app.get_html("/consultations/casa/follow-up").await;
    assert!(all.contains("2 impegni in corso o conclusi, avanzamento medio 20%."));
    let link = |id: i64| format!("href=\"/commitments/{id}\"");
    let running = app
        .get_html("/consultations/casa/follow-up?status=in_progress")
        .await;
    assert!(running.contains(&link(courses)) && !running.contains(&link(housing)));
    let lavoro = app
        .count("SELECT id FROM theme WHERE name = 'Lavoro' AND consultation_id = (SELECT id FROM consultation WHERE slug = 'casa')")
        .await;
    let by_theme = app
        .get_html(&format!("/consultations/casa/follow-up?theme={lavoro}"))
        .await;
    assert!(by_theme.contains(&link(courses)) && !by_theme.contains(&link(housing)));
    let nothing = app
        .get_html("/consultations/casa/follow-up?status=dropped")
        .await;
    assert!(nothing.contains("Nessun impegno corrisponde a questi filtri."));
    let console = app
        .by(&s.chiara)
        .get_html("/manage/consultations/casa/commitments")
        .await;
    assert!(console.contains(&link(housing)) && console.contains("Avanzamento: 40%"));
}
