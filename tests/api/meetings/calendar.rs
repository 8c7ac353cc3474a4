//! The `.ics` file: RFC 5545 lines, and the instant a facilitator entered in the site's
//! time zone on both sides of a daylight-saving change.

use chrono::{DateTime, NaiveDateTime, Utc};
use reqwest::{StatusCode, header};

use super::Setup;
use crate::helpers::TestApp;

/// Unfolds the calendar's content lines, checking CRLF endings and the 75-octet limit.
fn content_lines(body: &str) -> Vec<String> {
    assert!(body.ends_with("\r\n"));
    let mut lines: Vec<String> = Vec::new();
    for raw in body.trim_end_matches("\r\n").split("\r\n") {
        assert!(raw.len() <= 75, "a line longer than 75 octets: {raw}");
        assert!(!raw.contains('\n'), "a bare line feed");
        match raw.strip_prefix(' ') {
            Some(continued) => lines
                .last_mut()
                .expect("a line to continue")
                .push_str(continued),
            None => lines.push(raw.to_owned()),
        }
    }
    lines
}

pub(super) fn property<'a>(lines: &'a [String], name: &str) -> &'a str {
    lines
        .iter()
        .find_map(|l| l.strip_prefix(name).and_then(|rest| rest.strip_prefix(':')))
        .unwrap_or_else(|| panic!("no {name} in {lines:?}"))
}

/// The calendar at `path` as `client` gets it, checked as a calendar, as content lines.
pub(super) async fn calendar_at(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
) -> Vec<String> {
    let response = app.by(client).get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let lines = content_lines(&response.text().await.unwrap());
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(property(&lines, "VERSION"), "2.0");
    lines
}

fn instant(value: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ")
        .expect("a UTC date-time")
        .and_utc()
}

async fn plan(s: &Setup<'_>, title: &str, starts: &str, ends: &str) -> i64 {
    let mut fields = s.fields(title, "", 1);
    for (k, v) in fields.iter_mut() {
        if k == "starts_at" {
            *v = starts.to_owned();
        }
        if k == "ends_at" {
            *v = ends.to_owned();
        }
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let response = s
        .app
        .by(&s.chiara)
        .post_form(
            &format!("/manage/consultations/{}/meetings/new", s.slug),
            &fields,
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    crate::helpers::location(&response)
        .trim_start_matches("/meetings/")
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_calendar_file_holds_the_right_instant_across_a_daylight_saving_change() {
    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "calendario", "public").await;
    // Clocks in Rome go forward on 31 March 2030 at 02:00: 10:00 is 09:00 UTC the day
    // before and 08:00 UTC on the day.
    let before = plan(
        &s,
        "Prima; del cambio, ora",
        "2030-03-30T10:00",
        "2030-03-30T12:00",
    )
    .await;
    let after = plan(
        &s,
        &"Dopo il cambio dell'ora legale ".repeat(4),
        "2030-03-31T10:00",
        "2030-03-31T12:00",
    )
    .await;

    let visitor = crate::helpers::new_client();
    let lines = calendar_at(&app, &visitor, &format!("/meetings/{before}.ics")).await;
    assert!(lines.contains(&"BEGIN:VEVENT".to_owned()) && lines.contains(&"END:VEVENT".to_owned()));
    assert_eq!(
        instant(property(&lines, "DTSTART")).to_rfc3339(),
        "2030-03-30T09:00:00+00:00"
    );
    assert_eq!(
        instant(property(&lines, "DTEND")).to_rfc3339(),
        "2030-03-30T11:00:00+00:00"
    );
    assert_eq!(property(&lines, "SUMMARY"), "Prima\\; del cambio\\, ora");
    assert!(property(&lines, "UID").starts_with(&format!("meeting-{before}@")));
    assert_eq!(property(&lines, "STATUS"), "CONFIRMED");

    let body = app
        .by(&visitor)
        .get_html(&format!("/meetings/{after}.ics"))
        .await;
    let lines = content_lines(&body);
    assert_eq!(
        instant(property(&lines, "DTSTART")).to_rfc3339(),
        "2030-03-31T08:00:00+00:00"
    );
    assert_eq!(
        property(&lines, "SUMMARY"),
        "Dopo il cambio dell'ora legale ".repeat(4).trim_end()
    );
    assert_eq!(
        app.by(&visitor).get("/meetings/999.ics").await.status(),
        StatusCode::NOT_FOUND
    );
}

/// The same files read by an independent parser (the `icalendar` crate): the consultation's
/// feed holds both meetings with their text unescaped and each instant right on both sides
/// of the change of time.
#[tokio::test]
async fn an_independent_parser_reads_the_feed_and_the_instants() {
    use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};

    let app = TestApp::spawn().await;
    let s = Setup::new(&app, "calendario", "public").await;
    plan(
        &s,
        "Prima; del cambio, ora",
        "2030-03-30T10:00",
        "2030-03-30T12:00",
    )
    .await;
    plan(&s, "Dopo il cambio", "2030-03-31T10:00", "2030-03-31T12:00").await;

    let body = app
        .by(&crate::helpers::new_client())
        .get_html("/consultations/calendario/meetings.ics")
        .await;
    let calendar: Calendar = body.parse().expect("the feed parses as iCalendar");
    let utc = |at: Option<DatePerhapsTime>| match at {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(at))) => at.to_rfc3339(),
        other => panic!("a UTC date-time, not {other:?}"),
    };
    let mut events: Vec<(String, String, String)> = calendar
        .components
        .iter()
        .filter_map(|component| match component {
            CalendarComponent::Event(event) => Some((
                event.get_summary().expect("a summary").to_owned(),
                utc(event.get_start()),
                utc(event.get_end()),
            )),
            _ => None,
        })
        .collect();
    events.sort_by(|a, b| a.1.cmp(&b.1));
    assert_eq!(
        events,
        [
            (
                "Prima; del cambio, ora".to_owned(),
                "2030-03-30T09:00:00+00:00".to_owned(),
                "2030-03-30T11:00:00+00:00".to_owned()
            ),
            (
                "Dopo il cambio".to_owned(),
                "2030-03-31T08:00:00+00:00".to_owned(),
                "2030-03-31T10:00:00+00:00".to_owned()
            ),
        ]
    );
}
