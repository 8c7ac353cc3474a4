//! What a file is, read from its first bytes and, for zip containers, from the entries it
//! holds: never from its name nor from what the browser says. Only the kinds below are
//! taken; anything else (HTML, SVG, scripts, executables, other archives) is refused.

use std::io::{Cursor, Read};

/// A kind of file Tavolo accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The `Content-Type` it is served with.
    pub content_type: &'static str,
    /// The usual extension, without the dot; also the label lists show (upper-cased).
    pub extension: &'static str,
}

const fn kind(content_type: &'static str, extension: &'static str) -> Kind {
    Kind {
        content_type,
        extension,
    }
}

pub const PDF: Kind = kind("application/pdf", "pdf");
pub const PNG: Kind = kind("image/png", "png");
pub const JPEG: Kind = kind("image/jpeg", "jpg");
pub const GIF: Kind = kind("image/gif", "gif");
pub const WEBP: Kind = kind("image/webp", "webp");
pub const DOCX: Kind = kind(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
);
pub const XLSX: Kind = kind(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsx",
);
pub const PPTX: Kind = kind(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pptx",
);

/// The OpenDocument kinds, by the `mimetype` entry that opens their zip.
const OPEN_DOCUMENT: [Kind; 4] = [
    kind("application/vnd.oasis.opendocument.text", "odt"),
    kind("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    kind("application/vnd.oasis.opendocument.presentation", "odp"),
    kind("application/vnd.oasis.opendocument.graphics", "odg"),
];

/// Every kind taken, for lists and tests.
pub fn all() -> impl Iterator<Item = Kind> {
    [PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX]
        .into_iter()
        .chain(OPEN_DOCUMENT)
}

/// The kinds taken, as forms list them: `PDF, PNG, …, ODG`.
pub fn labels() -> String {
    all()
        .map(|k| k.extension.to_uppercase())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The kind served as `content_type`, if Tavolo takes it.
pub fn by_content_type(content_type: &str) -> Option<Kind> {
    all().find(|k| k.content_type == content_type)
}

/// What `bytes` are, if they are a kind Tavolo accepts.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"%PDF-") {
        Some(PDF)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(PNG)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(JPEG)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(GIF)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(WEBP)
    } else if bytes.starts_with(b"PK\x03\x04") {
        office(bytes)
    } else {
        None
    }
}

/// An OpenDocument or Office Open XML file, told apart by the entries of its zip. Only
/// names and the small `mimetype` entry are read: nothing is unpacked.
fn office(bytes: &[u8]) -> Option<Kind> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if let Ok(mut first) = archive.by_index(0)
        && first.name().is_ok_and(|name| name == "mimetype")
    {
        let mut declared = String::new();
        first
            .by_ref()
            .take(100)
            .read_to_string(&mut declared)
            .ok()?;
        return OPEN_DOCUMENT
            .into_iter()
            .find(|k| k.content_type == declared.trim());
    }
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|name| name.ok().map(|n| n.into_owned()))
        .collect();
    if !names.iter().any(|n| n == "[Content_Types].xml") {
        return None;
    }
    let has = |folder: &str| names.iter().any(|n| n.starts_with(folder));
    if has("word/") {
        Some(DOCX)
    } else if has("xl/") {
        Some(XLSX)
    } else if has("ppt/") {
        Some(PPTX)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, content) in entries {
            out.start_file(*name, stored).unwrap();
            out.write_all(content).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn images_and_pdf_by_their_signature() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Some(PDF));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(PNG));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some(JPEG));
        assert_eq!(sniff(b"GIF89a\x01\0\x01\0"), Some(GIF));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some(WEBP));
    }

    #[test]
    fn office_documents_by_what_their_zip_holds() {
        let odt = zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<office:document-content/>"),
        ]);
        assert_eq!(sniff(&odt).map(|k| k.extension), Some("odt"));
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b""),
        ]);
        assert_eq!(sniff(&docx), Some(DOCX));
        let xlsx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("xl/workbook.xml", b""),
        ]);
        assert_eq!(sniff(&xlsx), Some(XLSX));
        let plain = zip_of(&[("notes.txt", b"hello")]);
        assert_eq!(sniff(&plain), None, "any other zip");
        let other_mimetype = zip_of(&[("mimetype", b"application/epub+zip")]);
        assert_eq!(sniff(&other_mimetype), None);
    }

    #[test]
    fn markup_scripts_and_the_rest_are_refused() {
        for refused in [
            &b"<html><script>alert(1)</script>"[..],
            b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            b"<svg onload=alert(1)>",
            b"MZ\x90\0",
            b"\x7fELF",
            b"",
            b"PK\x03\x04 not really a zip",
            b" %PDF-1.4",
        ] {
            assert_eq!(sniff(refused), None, "{refused:?}");
        }
    }
}
