//! A coarse name for the browser behind a session ("Firefox, Linux"), so that a person can
//! tell their sessions apart. Only the family of browser and system is kept, never the
//! whole `User-Agent`.

use axum::http::{HeaderMap, header};

/// Browser families, most specific first: Edge and Opera also say "Chrome", and Chrome
/// also says "Safari".
const BROWSERS: [(&str, &str); 6] = [
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("Chrome/", "Chrome"),
    ("Chromium/", "Chromium"),
    ("Safari/", "Safari"),
];

const SYSTEMS: [(&str, &str); 7] = [
    ("Android", "Android"),
    ("iPhone", "iOS"),
    ("iPad", "iPadOS"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
];

/// "Browser, system" from the request's `User-Agent`; an empty string when neither is known.
pub fn describe(headers: &HeaderMap) -> String {
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let find = |table: &[(&str, &'static str)]| {
        table
            .iter()
            .find(|(marker, _)| agent.contains(marker))
            .map(|(_, name)| *name)
    };
    [find(&BROWSERS), find(&SYSTEMS)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agent(value: &str) -> String {
        let mut headers = HeaderMap::new();
        headers.insert(header::USER_AGENT, value.parse().unwrap());
        describe(&headers)
    }

    #[test]
    fn names_family_and_system_only() {
        assert_eq!(
            agent("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
            "Firefox, Linux"
        );
        assert_eq!(
            agent(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 \
                 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"
            ),
            "Edge, Windows"
        );
        assert_eq!(
            agent(
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36"
            ),
            "Chrome, Android"
        );
        assert_eq!(agent("curl/8.0"), "");
        assert_eq!(describe(&HeaderMap::new()), "");
    }
}
