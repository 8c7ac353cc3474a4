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

/// The calendar of one meeting. `base` is the site's address, for the link and the UID.
pub fn calendar(
    meeting: &meeting::Model,
    consultation: &str,
    base: &str,
    now: DateTime<Utc>,
) -> String {
    let host = base
        .split("://")
        .nth(1)
        .unwrap_or(base)
        .split('/')
        .next()
        .unwrap_or("tavolo");
    let url = format!("{base}/meetings/{}", meeting.id);
    let location = [meeting.address.as_str(), meeting.online_url.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Tavolo//Meetings//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:meeting-{}@{host}", meeting.id));
    line(&mut out, &format!("DTSTAMP:{}", utc(now)));
    line(
        &mut out,
        &format!("LAST-MODIFIED:{}", utc(meeting.updated_at)),
    );
    line(&mut out, &format!("DTSTART:{}", utc(meeting.starts_at)));
    line(&mut out, &format!("DTEND:{}", utc(meeting.ends_at)));
    line(&mut out, &format!("SUMMARY:{}", text(&meeting.title)));
    let description = format!("{consultation}\n\n{}", meeting.description);
    line(
        &mut out,
        &format!("DESCRIPTION:{}", text(description.trim())),
    );
    if !location.is_empty() {
        line(&mut out, &format!("LOCATION:{}", text(&location)));
    }
    line(&mut out, &format!("URL:{url}"));
    if meeting.cancelled_at.is_some() {
        line(&mut out, "STATUS:CANCELLED");
    } else {
        line(&mut out, "STATUS:CONFIRMED");
    }
    line(&mut out, "END:VEVENT");
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
