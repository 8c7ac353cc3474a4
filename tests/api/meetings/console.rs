//! The facilitator's side: the form and its problems, who may manage, cancelling.

use entity::StakeholderGroup;
use reqwest::StatusCode;

use super::{Setup, register};
use crate::helpers::TestApp;

#[tokio::test]
async fn a_facilitator_plans_a_meeting_and_everyone_reads_it_in_the_site_time_zone() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "tavoli", "public").await;

    let empty = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/tavoli/meetings/new",
            &[("title", "")],
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = empty.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(
        html.contains("Dai un titolo all&#39;incontro.")
            || html.contains("Dai un titolo all'incontro.")
    );
    assert!(html.contains("Indica un indirizzo, un link online, o entrambi."));

    let mut fields = s.fields("Tavolo casa", "10", 3);
    fields.retain(|(k, _)| k != "registration_required");
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = app
        .by(&s.chiara)
        .post_form("/manage/consultations/tavoli/meetings/new", &fields)
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Per limitare i posti serve l"), "{html}");
    assert!(html.contains("value=\"Tavolo casa\""), "the input is kept");

    let id = s.meeting("Tavolo casa", "12", 3).await;
    let visitor = crate::helpers::new_client();
    let page = app.by(&visitor).get_html(&format!("/meetings/{id}")).await;
    assert!(page.contains("Tavolo casa"));
    assert!(
        page.contains("<strong>housing</strong>"),
        "the description is rendered"
    );
    assert!(page.contains("Via dei Pilastri 12, Firenze"));
    assert!(page.contains("Bus 14, stop Pilastri"));
    assert!(page.contains("Step-free entrance"));
    assert!(page.contains("Arabo e tigrino"));
    assert!(page.contains("Restano 12 posti."));
    let starts = app.local_time(chrono::TimeDelta::days(3));
    let (day, time) = starts.split_once('T').unwrap();
    let (y, m, d) = (&day[0..4], &day[5..7], &day[8..10]);
    assert!(
        page.contains(&format!("{d}/{m}/{y} {time}")) || page.contains(time),
        "{page}"
    );
    assert!(
        page.contains(&format!("/login?next=/meetings/{id}")),
        "visitors are asked to log in"
    );

    let list = app
        .by(&visitor)
        .get_html("/consultations/tavoli/meetings")
        .await;
    assert!(list.contains("Prossimi incontri"));
    assert!(list.contains(&format!("/meetings/{id}")));
    let consultation = app.by(&visitor).get_html("/consultations/tavoli").await;
    assert!(consultation.contains("/consultations/tavoli/meetings"));
}

#[tokio::test]
async fn only_facilitators_and_coordinators_manage_and_invite_only_meetings_stay_hidden() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "riservata", "invite_only").await;
    let id = s.meeting("Tavolo riservato", "", 5).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    for path in [
        format!("/meetings/{id}"),
        format!("/meetings/{id}.ics"),
        "/consultations/riservata/meetings".to_owned(),
        format!("/manage/meetings/{id}/edit"),
    ] {
        assert_eq!(
            app.by(&ana).get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(register(&app, &ana, id).await, StatusCode::NOT_FOUND);

    let t = Setup::new_second(&app).await;
    let public = t.meeting("Aperto", "", 5).await;
    assert_eq!(
        app.by(&ana)
            .get(&format!("/manage/meetings/{public}/edit"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.by(&ana)
            .get(&format!("/manage/meetings/{public}/registrations"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_cancellation_needs_a_reason_and_tells_everyone_registered() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "annulli", "public").await;
    let id = s.meeting("Tavolo lavoro", "1", 4).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    let bo = app
        .person("bo@example.org", StakeholderGroup::ThirdSector, "en")
        .await;
    assert_eq!(register(&app, &ana, id).await, StatusCode::SEE_OTHER);
    assert_eq!(register(&app, &bo, id).await, StatusCode::SEE_OTHER);

    let confirm = app
        .by(&s.chiara)
        .get_html(&format!("/manage/meetings/{id}/cancel"))
        .await;
    assert!(
        confirm.contains("Le 2 persone iscritte o in attesa riceveranno un"),
        "{confirm}"
    );
    let missing = app
        .by(&s.chiara)
        .post_form(&format!("/manage/meetings/{id}/cancel"), &[("reason", " ")])
        .await;
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.text().await.unwrap().contains("Scrivi perché l"));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting WHERE cancelled_at IS NOT NULL")
            .await,
        0
    );

    let done = app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/meetings/{id}/cancel"),
            &[("reason", "La sala è allagata")],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let page = app.by(&ana).get_html(&format!("/meetings/{id}")).await;
    assert!(page.contains("Annullato"));
    assert!(page.contains("La sala è allagata"));
    let to_ana = app.last_email_to("ana@example.org").await;
    assert!(
        to_ana.subject().contains("Tavolo lavoro"),
        "{}",
        to_ana.subject()
    );
    assert!(to_ana.subject().contains("annullato"));
    let to_bo = app.last_email_to("bo@example.org").await;
    assert!(
        to_bo.subject().contains("is cancelled"),
        "{}",
        to_bo.subject()
    );
    assert!(to_bo.text().contains(&format!("/meetings/{id}")));
    assert!(
        app.emails_to("chiara@example.org").is_empty(),
        "the actor is not told"
    );

    let again = app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/meetings/{id}/cancel"),
            &[("reason", "Again")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    app.deliver_mail().await;
    assert_eq!(app.emails_to("ana@example.org").len(), 1, "told once");
    let dan = app
        .person("dan@example.org", StakeholderGroup::Other, "it")
        .await;
    assert_eq!(register(&app, &dan, id).await, StatusCode::FORBIDDEN);
}

impl<'a> Setup<'a> {
    /// An invite-only consultation `segreta` by the same coordinator.
    pub(super) async fn hidden(app: &'a TestApp) -> Setup<'a> {
        let chiara = app.client_for("chiara@example.org").await;
        let slug = "segreta";
        crate::consultations::create_consultation(app, &chiara, slug, slug, "invite_only").await;
        crate::consultations::publish(app, &chiara, slug).await;
        Setup { app, slug, chiara }
    }

    /// A second, public consultation by the same coordinator.
    async fn new_second(app: &'a TestApp) -> Setup<'a> {
        let chiara = app.client_for("chiara@example.org").await;
        crate::consultations::create_consultation(app, &chiara, "aperta", "aperta", "public").await;
        crate::consultations::publish(app, &chiara, "aperta").await;
        Setup {
            app,
            slug: "aperta",
            chiara,
        }
    }
}
