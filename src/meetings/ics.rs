//! A meeting as an iCalendar file (RFC 5545) that calendar applications import. Times are
//! written in UTC (`…Z`), the one form every reader takes without a time zone definition,
//! so the instant is exact on both sides of a daylight-saving change.

use chrono::{DateTime, Utc};
use entity::meeting;

/// The longest line, in octets, before it is folded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value with its special characters escaped (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded into lines of at most 75 octets without splitting a character,
/// each ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The site's host name, for UIDs.
fn host(base: &str) -> &str {
    base.split("://")
        .nth(1)
        .unwrap_or(base)
        .split('/')
        .next()
        .unwrap_or("tavolo")
}

fn begin(out: &mut String, name: Option<&str>) {
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Tavolo//Meetings//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    if let Some(name) = name {
        // Read by common calendar applications as the subscribed calendar's name.
        line(out, &format!("X-WR-CALNAME:{}", text(name)));
    }
}

/// One VEVENT. A cancelled meeting keeps its event, marked `STATUS:CANCELLED`, so that
/// calendars that imported it show it cancelled rather than keep it as it was.
fn event(
    out: &mut String,
    meeting: &meeting::Model,
    consultation: &str,
    base: &str,
    now: DateTime<Utc>,
) {
    let url = format!("{base}/meetings/{}", meeting.id);
    let location = [meeting.address.as_str(), meeting.online_url.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:meeting-{}@{}", meeting.id, host(base)));
    line(out, &format!("DTSTAMP:{}", utc(now)));
    line(out, &format!("LAST-MODIFIED:{}", utc(meeting.updated_at)));
    line(out, &format!("DTSTART:{}", utc(meeting.starts_at)));
    line(out, &format!("DTEND:{}", utc(meeting.ends_at)));
    line(out, &format!("SUMMARY:{}", text(&meeting.title)));
    let description = format!("{consultation}\n\n{}", meeting.description);
    line(out, &format!("DESCRIPTION:{}", text(description.trim())));
    if !location.is_empty() {
        line(out, &format!("LOCATION:{}", text(&location)));
    }
    line(out, &format!("URL:{url}"));
    if meeting.cancelled_at.is_some() {
        line(out, "STATUS:CANCELLED");
    } else {
        line(out, "STATUS:CONFIRMED");
    }
    line(out, "END:VEVENT");
}

/// The calendar of one meeting. `base` is the site's address, for the link and the UID.
pub fn calendar(
    meeting: &meeting::Model,
    consultation: &str,
    base: &str,
    now: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    begin(&mut out, None);
    event(&mut out, meeting, consultation, base, now);
    line(&mut out, "END:VCALENDAR");
    out
}

/// The feed of a consultation: every meeting, cancelled ones included (marked so). Each
/// event has the same UID as the meeting's own file, so importing both makes one event.
pub fn feed(
    meetings: &[meeting::Model],
    consultation: &str,
    base: &str,
    now: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    begin(&mut out, Some(consultation));
    for meeting in meetings {
        event(&mut out, meeting, consultation, base, now);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "è".repeat(60)));
        for folded in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(folded.len() <= LINE_OCTETS, "{folded}");
        }
        let unfolded = out.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}", "è".repeat(60)));
    }
}
