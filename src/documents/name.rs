//! The name a document is shown and downloaded under: what the uploader's file was called,
//! cleaned. It is never used as a path (files are stored by their hash), but it reaches
//! pages, the `Content-Disposition` header and people's download folders, so it loses any
//! folder part, control and direction-changing characters, and gets the extension of what
//! the file really is.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::sniff::Kind;

/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// The uploader's file name, cleaned, ending with `kind`'s extension.
pub fn clean(uploaded: &str, kind: Kind) -> String {
    // Browsers send the base name, but a client may send `C:\Users\…` or `../../etc/x`.
    let base = uploaded.rsplit(['/', '\\']).next().unwrap_or_default();
    let shown: String = base.chars().filter(|c| !hidden(*c)).collect();
    // No name made only of dots and spaces, nor one starting with a dot (a hidden file).
    let shown = shown.trim().trim_start_matches(['.', ' ']).to_owned();
    let (stem, extension) = match shown.rsplit_once('.') {
        Some((stem, extension)) => (stem.trim_end().to_owned(), extension.to_lowercase()),
        None => (shown.clone(), String::new()),
    };
    let fits = extension == kind.extension || (kind.extension == "jpg" && extension == "jpeg");
    let (stem, extension) = if fits {
        (stem, extension)
    } else {
        (shown, kind.extension.to_owned())
    };
    let stem = if stem.trim().is_empty() {
        "documento".to_owned()
    } else {
        stem
    };
    let room = MAX_NAME_CHARS - extension.chars().count() - 1;
    let stem: String = stem.chars().take(room).collect();
    format!("{}.{extension}", stem.trim_end())
}

/// Characters never kept in a name: control characters (NUL, line breaks) and the invisible
/// ones that change how text around them reads (`invoice\u{202E}fdp.exe`).
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}' | '\u{061C}' | '\u{FFF9}'..='\u{FFFB}')
}

/// What RFC 5987 leaves unescaped in `filename*`: letters, digits and `!#$&+-.^_`|~`.
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

/// `attachment; filename="…"; filename*=UTF-8''…`: the name for every browser, in ASCII for
/// the old ones (other characters as `_`) and exactly for the others (RFC 6266).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let exact = utf8_percent_encode(name, ATTR_CHAR);
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{exact}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::sniff::{JPEG, PDF, PNG};

    #[test]
    fn folders_and_hidden_characters_are_dropped() {
        assert_eq!(clean("../../etc/passwd.pdf", PDF), "passwd.pdf");
        assert_eq!(clean("..\\x.pdf", PDF), "x.pdf");
        assert_eq!(clean("C:\\Users\\ana\\Verbale.PDF", PDF), "Verbale.pdf");
        assert_eq!(clean("bi\0lancio\n\r.pdf", PDF), "bilancio.pdf");
        assert_eq!(clean("fattura\u{202E}fdp.pdf", PDF), "fatturafdp.pdf");
        assert_eq!(clean("..", PDF), "documento.pdf");
        assert_eq!(clean("", PDF), "documento.pdf");
        assert_eq!(clean(".bashrc", PDF), "bashrc.pdf");
        assert_eq!(clean("../", PDF), "documento.pdf");
    }

    #[test]
    fn the_extension_is_what_the_file_is() {
        assert_eq!(clean("evil.html", PNG), "evil.html.png");
        assert_eq!(clean("foto.JPEG", JPEG), "foto.jpeg");
        assert_eq!(clean("foto", JPEG), "foto.jpg");
        assert_eq!(clean("piano.2027.pdf", PDF), "piano.2027.pdf");
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.pdf", "è".repeat(300));
        let cleaned = clean(&long, PDF);
        assert_eq!(cleaned.chars().count(), MAX_NAME_CHARS);
        assert!(cleaned.ends_with("è.pdf"));
    }

    #[test]
    fn the_header_names_the_file_in_ascii_and_exactly() {
        assert_eq!(
            content_disposition("Verbale 3 \"marzo\";ü.pdf"),
            "attachment; filename=\"Verbale 3 _marzo_;_.pdf\"; \
             filename*=UTF-8''Verbale%203%20%22marzo%22%3B%C3%BC.pdf"
        );
    }
}
