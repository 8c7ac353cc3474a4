//! After the meeting: attendance (registered people checked in, walk-ins by group), saved
//! again and at once by two facilitators; the minutes, draft then published; who may see
//! and do what.

use chrono::TimeDelta;
use entity::StakeholderGroup;
use futures::future::join_all;
use reqwest::StatusCode;

use super::{Setup, register};
use crate::helpers::{TestApp, new_client};

/// A meeting tomorrow with two places: Ana (beneficiary) and Bo (institution) registered,
/// Cem (beneficiary) waiting. Returns its id and their registrations' ids.
async fn meeting_with_people(app: &TestApp, s: &Setup<'_>) -> (i64, [i64; 3]) {
    let id = s.meeting("Tavolo lavoro", "2", 1).await;
    let mut registrations = [0; 3];
    for (i, (email, group)) in [
        ("ana@example.org", StakeholderGroup::Beneficiary),
        ("bo@example.org", StakeholderGroup::Institution),
        ("cem@example.org", StakeholderGroup::Beneficiary),
    ]
    .into_iter()
    .enumerate()
    {
        let client = app.person(email, group, "it").await;
        assert_eq!(register(app, &client, id).await, StatusCode::SEE_OTHER);
        registrations[i] = app
            .count(&format!(
                "SELECT r.id FROM meeting_registration r JOIN \"user\" u ON u.id = r.user_id \
                 WHERE u.email = '{email}'"
            ))
            .await;
    }
    (id, registrations)
}

/// The page without its white space, so that table rows read as one string.
fn squeezed(html: &str) -> String {
    html.split_whitespace().collect()
}

/// A group's row of the attendance table: registered who came, walk-ins, total.
fn row(label: &str, figures: [i64; 3]) -> String {
    let [came, walked_in, total] = figures;
    squeezed(&format!(
        "{label}</th><td>{came}</td><td>{walked_in}</td><td>{total}</td>"
    ))
}

const BENEFICIARIES: &str = "Persona a cui i servizi sono rivolti";
const INSTITUTIONS: &str = "Ente pubblico";

#[tokio::test]
async fn attendance_is_recorded_replaced_and_shown_by_group_without_names() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "presenze", "public").await;
    let (id, [ana, bo, cem]) = meeting_with_people(&app, &s).await;
    let form = format!("/manage/meetings/{id}/attendance");
    let early = app.by(&s.chiara).get(&form).await;
    assert_eq!(
        early.status(),
        StatusCode::FORBIDDEN,
        "not before it starts"
    );
    assert!(
        early
            .text()
            .await
            .unwrap()
            .contains("si possono registrare quando l")
    );

    app.advance_clock(TimeDelta::days(2));
    let page = app.by(&s.chiara).get_html(&form).await;
    assert!(
        page.contains("cem@example.org"),
        "the waiting list is listed too"
    );
    assert!(page.contains(&format!("value=\"{ana}\"")));
    let registrations = app
        .by(&s.chiara)
        .get_html(&format!("/manage/meetings/{id}/registrations"))
        .await;
    assert!(registrations.contains(&format!("href=\"{form}\"")));

    let refused = app
        .by(&s.chiara)
        .post_form(
            &form,
            &[
                ("attended", &ana.to_string()),
                ("walk_ins_beneficiary", "3"),
                ("walk_ins_institution", "-1"),
                ("walk_ins_third_sector", "tre"),
                ("walk_ins_other", "10001"),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Inserisci un numero intero da 0 a 10000."));
    assert!(html.contains("id=\"walk_ins_institution-error\""));
    for typed in [
        "value=\"-1\"",
        "value=\"tre\"",
        "value=\"10001\"",
        "value=\"3\"",
    ] {
        assert!(html.contains(typed), "{typed} is kept");
    }
    assert!(
        html.contains(&format!("value=\"{ana}\" checked")),
        "the ticks are kept"
    );
    assert!(!html.contains(&format!("value=\"{bo}\" checked")));
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM meeting WHERE attendance_recorded_at IS NOT NULL"
        )
        .await,
        0
    );

    let saved = app
        .by(&s.chiara)
        .post_form(
            &form,
            &[
                ("attended", &ana.to_string()),
                ("attended", &cem.to_string()),
                ("walk_ins_beneficiary", "3"),
                ("walk_ins_institution", ""),
                ("walk_ins_other", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let public = app
        .by(&new_client())
        .get_html(&format!("/meetings/{id}"))
        .await;
    let flat = squeezed(&public);
    assert!(flat.contains(&row(BENEFICIARIES, [2, 3, 5])), "{public}");
    assert!(flat.contains(&row(INSTITUTIONS, [0, 0, 0])));
    assert!(flat.contains(&row("Altro", [0, 1, 1])));
    assert!(flat.contains("class=\"attendance-total\">6<"));
    for name in ["ana@example.org", "bo@example.org", "cem@example.org"] {
        assert!(!public.contains(name), "no names in public");
    }

    // Saved again: the new record replaces the old one.
    let again = app
        .by(&s.chiara)
        .post_form(
            &form,
            &[("attended", &bo.to_string()), ("walk_ins_beneficiary", "2")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let flat = squeezed(&app.get_html(&format!("/meetings/{id}")).await);
    assert!(flat.contains(&row(BENEFICIARIES, [0, 2, 2])));
    assert!(flat.contains(&row(INSTITUTIONS, [1, 0, 1])));
    assert!(flat.contains(&row("Altro", [0, 0, 0])));
    assert!(flat.contains("class=\"attendance-total\">3<"));
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_walk_in")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log \
             WHERE action = 'meeting.attendance_recorded' AND details NOT LIKE '%example.org%' \
             AND details LIKE '%\"total\":3%'"
        )
        .await,
        1,
        "audited with counts only"
    );

    let cancelled = s.meeting("Annullato", "", 1).await;
    app.by(&s.chiara)
        .post_form(
            &format!("/manage/meetings/{cancelled}/cancel"),
            &[("reason", "Sala chiusa")],
        )
        .await;
    app.advance_clock(TimeDelta::days(2));
    for path in ["attendance", "minutes"] {
        let response = app
            .by(&s.chiara)
            .get(&format!("/manage/meetings/{cancelled}/{path}"))
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let page = app.get_html(&format!("/meetings/{cancelled}")).await;
    assert!(
        !page.contains("id=\"after\""),
        "nothing to tell after a cancelled meeting"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_facilitators_saving_at_once_leave_one_whole_record() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "insieme", "public").await;
    // Nobody registered: only the walk-in rows are written, and nothing else orders the saves.
    let id = s.meeting("Assemblea aperta", "", 1).await;
    app.create_account(
        "fabio@example.org",
        "Fabio",
        StakeholderGroup::ThirdSector,
        entity::PlatformRole::Participant,
        true,
    )
    .await;
    let appointed = app
        .by(&s.chiara)
        .post_form(
            "/manage/consultations/insieme/people",
            &[("email", "fabio@example.org"), ("role", "facilitator")],
        )
        .await;
    assert_eq!(appointed.status(), StatusCode::SEE_OTHER);
    let fabio = app.client_for("fabio@example.org").await;
    app.advance_clock(TimeDelta::days(2));

    // Chiara saw two beneficiaries and two others walk in; Fabio one of each of three groups.
    let chiara_saves = [("walk_ins_beneficiary", "2"), ("walk_ins_other", "2")];
    let fabio_saves = [
        ("walk_ins_beneficiary", "1"),
        ("walk_ins_institution", "1"),
        ("walk_ins_third_sector", "1"),
    ];
    let (chiara_token, fabio_token) = (
        app.csrf_token(&s.chiara).await,
        app.csrf_token(&fabio).await,
    );
    let url = app.url(&format!("/manage/meetings/{id}/attendance"));
    let requests = (0..16).map(|i| {
        let (client, token, fields) = if i % 2 == 0 {
            (&s.chiara, &chiara_token, &chiara_saves[..])
        } else {
            (&fabio, &fabio_token, &fabio_saves[..])
        };
        let mut fields = fields.to_vec();
        fields.push(("_csrf", token.as_str()));
        client.post(&url).form(&fields).send()
    });
    for answer in join_all(requests).await {
        assert_eq!(answer.unwrap().status(), StatusCode::SEE_OTHER);
    }
    let rows = app
        .count("SELECT CAST(COUNT(*) AS BIGINT) FROM meeting_walk_in")
        .await;
    let people = app
        .count("SELECT CAST(SUM(people) AS BIGINT) FROM meeting_walk_in")
        .await;
    assert!(
        (rows, people) == (2, 4) || (rows, people) == (3, 3),
        "one save's walk-ins, whole: {rows} rows, {people} people"
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'meeting.attendance_recorded'")
            .await,
        16,
        "every save went through"
    );
}
