//! Dates as people enter and read them: in the platform's time zone (Europe/Rome unless
//! configured), while everything is stored in UTC.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::i18n::Locale;

/// The format of `<input type="datetime-local">` values.
const INPUT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Reads a date and time entered in the platform's time zone. In the hour skipped when
/// clocks go forward there is no such time: `None`. In the hour repeated when they go
/// back, the earlier one is taken.
pub fn parse_local(input: &str, zone: Tz) -> Option<DateTime<Utc>> {
    let input = input.trim();
    let naive = NaiveDateTime::parse_from_str(input, INPUT_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(input, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(input, "%Y-%m-%d %H:%M"))
        .ok()?;
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Some(at.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

/// The value for a `datetime-local` input.
pub fn input_value(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format(INPUT_FORMAT).to_string()
}

/// A date and time for reading, in the locale's format (its `format-datetime` message).
pub fn display(at: DateTime<Utc>, zone: Tz, locale: Locale) -> String {
    at.with_timezone(&zone)
        .format(&locale.t("format-datetime"))
        .to_string()
}

/// The machine-readable value of a `<time datetime>` attribute.
pub fn machine(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe::Rome;

    use super::*;

    #[test]
    fn rome_times_are_stored_in_utc_across_daylight_saving() {
        let winter = parse_local("2026-01-15T10:00", Rome).unwrap();
        assert_eq!(machine(winter), "2026-01-15T09:00:00Z");
        let summer = parse_local("2026-07-15T10:00", Rome).unwrap();
        assert_eq!(machine(summer), "2026-07-15T08:00:00Z");
        assert_eq!(input_value(summer, Rome), "2026-07-15T10:00");
        // 29 March 2026, 02:30 does not exist in Rome.
        assert_eq!(parse_local("2026-03-29T02:30", Rome), None);
        assert_eq!(parse_local("not a date", Rome), None);
    }
}
