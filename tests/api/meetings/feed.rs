//! A consultation's meetings seen from outside: the calendar feed, the next meetings on the
//! consultation's page and on the home page, and the facilitators' printable sign-in sheet.

use entity::StakeholderGroup;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use super::{
    Setup,
    calendar::{calendar_at, property},
    one_in_one_waiting,
};
use crate::helpers::{TestApp, location, new_client};

/// The calendar's events, each as its unfolded lines.
fn events(lines: &[String]) -> Vec<Vec<String>> {
    let mut events = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.extend(current.take()),
            _ => {
                if let Some(event) = current.as_mut() {
                    event.push(line.clone());
                }
            }
        }
    }
    events
}

async fn give_role(app: &TestApp, slug: &str, email: &str, role: &str) {
    app.db()
        .execute_unprepared(&format!(
            "INSERT INTO consultation_role (consultation_id, user_id, role, created_at) \
             SELECT c.id, u.id, '{role}', c.created_at FROM consultation c, \"user\" u \
             WHERE c.slug = '{slug}' AND u.email = '{email}'"
        ))
        .await
        .expect("the role is given");
}

async fn cancel(s: &Setup<'_>, id: i64) {
    let response = s
        .app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/meetings/{id}/cancel"),
            &[("reason", "Sala chiusa")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_feed_holds_every_meeting_and_marks_the_cancelled_ones() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "agenda", "public").await;
    let first = s.meeting("Primo; tavolo, casa", "", 3).await;
    let second = s.meeting("Secondo tavolo", "", 10).await;
    let off = s.meeting("Tavolo annullato", "", 5).await;
    cancel(&s, off).await;

    let visitor = new_client();
    let list = app
        .by(&visitor)
        .get_html("/consultations/agenda/meetings")
        .await;
    assert!(
        list.contains("href=\"/consultations/agenda/meetings.ics\""),
        "{list}"
    );
    let lines = calendar_at(&app, &visitor, "/consultations/agenda/meetings.ics").await;
    assert_eq!(property(&lines, "X-WR-CALNAME"), "agenda");
    let events = events(&lines);
    assert_eq!(events.len(), 3, "{lines:?}");
    for (id, summary, status) in [
        (first, "Primo\\; tavolo\\, casa", "CONFIRMED"),
        (second, "Secondo tavolo", "CONFIRMED"),
        (off, "Tavolo annullato", "CANCELLED"),
    ] {
        let event = events
            .iter()
            .find(|e| property(e, "UID").starts_with(&format!("meeting-{id}@")))
            .unwrap_or_else(|| panic!("meeting {id} in {events:?}"));
        assert_eq!(property(event, "SUMMARY"), summary);
        assert_eq!(property(event, "STATUS"), status);
        assert!(property(event, "URL").ends_with(&format!("/meetings/{id}")));
        assert!(property(event, "DTSTART").ends_with('Z'));
        assert_eq!(
            property(event, "LOCATION"),
            "Via dei Pilastri 12\\, Firenze"
        );
    }
    assert_eq!(
        app.by(&visitor)
            .get("/consultations/nessuna/meetings.ics")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_invite_only_feed_is_hidden_from_outsiders() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "riservata", "invite_only").await;
    s.meeting("Tavolo riservato", "", 3).await;
    let ana = app
        .person("ana@example.org", StakeholderGroup::Beneficiary, "it")
        .await;
    for client in [&new_client(), &ana] {
        assert_eq!(
            app.by(client)
                .get("/consultations/riservata/meetings.ics")
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        let home = app.by(client).get_html("/").await;
        assert!(!home.contains("Tavolo riservato"), "not on the home page");
    }
    let feed = app
        .by(&s.chiara)
        .get_html("/consultations/riservata/meetings.ics")
        .await;
    assert!(feed.contains("SUMMARY:Tavolo riservato"));
}

#[tokio::test]
async fn the_next_meetings_are_on_the_consultation_page_and_the_home_page() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "vicini", "public").await;
    let mut ids = Vec::new();
    for (title, days) in [
        ("Tavolo A", 2),
        ("Tavolo B", 4),
        ("Tavolo C", 6),
        ("Tavolo D", 8),
    ] {
        ids.push(s.meeting(title, "", days).await);
    }
    let off = s.meeting("Tavolo annullato", "", 1).await;
    cancel(&s, off).await;
    let mut online = s.fields("Tavolo online", "", 3);
    for (key, value) in online.iter_mut() {
        if key == "address" {
            value.clear();
        }
        if key == "online_url" {
            *value = "https://meet.example.org/vicini".to_owned();
        }
    }
    if !online.iter().any(|(k, _)| k == "online_url") {
        online.push((
            "online_url".to_owned(),
            "https://meet.example.org/vicini".to_owned(),
        ));
    }
    let online: Vec<(&str, &str)> = online
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let created = app
        .by(&s.chiara)
        .post_form("/manage/consultations/vicini/meetings/new", &online)
        .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let online_id = location(&created)
        .trim_start_matches("/meetings/")
        .to_owned();
    let hidden = Setup::hidden(&app).await;
    hidden.meeting("Tavolo segreto", "", 2).await;

    let visitor = new_client();
    let page = app.by(&visitor).get_html("/consultations/vicini").await;
    assert!(page.contains("Prossimi incontri"), "{page}");
    for shown in ["Tavolo A", "Tavolo online", "Tavolo B"] {
        assert!(page.contains(shown), "{shown}");
    }
    assert!(!page.contains("Tavolo C"), "three at most");
    assert!(!page.contains("Tavolo annullato"));
    assert!(page.contains(&format!("href=\"/meetings/{online_id}\"")));
    assert!(page.contains("Solo online"), "a meeting without an address");
    assert!(page.contains("Via dei Pilastri 12, Firenze"));
    assert!(page.contains("Tutti gli incontri"));

    let home = app.by(&visitor).get_html("/").await;
    for shown in [
        "Tavolo A",
        "Tavolo online",
        "Tavolo B",
        "Tavolo C",
        "Tavolo D",
    ] {
        assert!(home.contains(shown), "{shown} on the home page");
    }
    assert!(!home.contains("Tavolo annullato"));
    assert!(
        !home.contains("Tavolo segreto"),
        "never an invite-only meeting"
    );
    assert!(home.contains(&format!("href=\"/meetings/{}\"", ids[0])));

    // A new meeting shows at once: planning it is a change the kept home page forgets.
    s.meeting("Tavolo presto", "", 1).await;
    let home = app.by(&visitor).get_html("/").await;
    assert!(home.contains("Tavolo presto"));
    assert!(!home.contains("Tavolo D"), "five at most");
    let eva = app
        .person("eva@example.org", StakeholderGroup::Other, "it")
        .await;
    give_role(&app, "segreta", "eva@example.org", "member").await;
    let home = app.by(&eva).get_html("/").await;
    assert!(home.contains("Tavolo segreto"), "members see theirs");
}

#[tokio::test]
async fn the_sign_in_sheet_lists_those_holding_a_place_for_facilitators_only() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "firme", "public").await;
    let id = s.meeting("Tavolo firme", "1", 3).await;
    let (ana, _bo) = one_in_one_waiting(&app, id, "it").await;
    let fede = app
        .person("fede@example.org", StakeholderGroup::Institution, "it")
        .await;
    give_role(&app, "firme", "fede@example.org", "facilitator").await;

    let path = format!("/manage/meetings/{id}/sign-in");
    let registrations = app
        .by(&s.chiara)
        .get_html(&format!("/manage/meetings/{id}/registrations"))
        .await;
    assert!(registrations.contains(&format!("href=\"{path}\"")));
    for facilitator in [&s.chiara, &fede] {
        let sheet = app.by(facilitator).get_html(&path).await;
        assert!(sheet.contains("Foglio firme"));
        assert!(sheet.contains("Tavolo firme"));
        assert!(sheet.contains("Via dei Pilastri 12, Firenze"));
        assert!(sheet.contains("ana@example.org"));
        assert!(
            sheet.contains("Persona a cui i servizi sono rivolti"),
            "{sheet}"
        );
        assert!(!sheet.contains("bo@example.org"), "not those waiting");
        assert!(sheet.contains("Firma"));
        assert_eq!(
            sheet
                .matches("<tr><td></td><td></td><td></td></tr>")
                .count(),
            15
        );
    }
    assert_eq!(
        app.by(&ana).get(&path).await.status(),
        StatusCode::FORBIDDEN
    );
    let anonymous = app.by(&new_client()).get(&path).await;
    assert_eq!(
        anonymous.status(),
        StatusCode::FORBIDDEN,
        "as the registrations page"
    );
    assert_eq!(
        app.by(&s.chiara)
            .get("/manage/meetings/999/sign-in")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}
