//! Just enough MIME to read what was sent: headers, multipart bodies, quoted-printable,
//! RFC 2047 encoded words, and the links of a message.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT as BASE64;

use super::ReceivedMail;

impl ReceivedMail {
    /// Header value (case-insensitive name), unfolded, with RFC 2047 encoded
    /// words decoded.
    pub fn header(&self, name: &str) -> Option<String> {
        let (headers, _) = split_entity(&normalize_newlines(&self.raw));
        raw_header(&headers, name).map(decode_encoded_words)
    }

    pub fn subject(&self) -> String {
        self.header("Subject")
            .unwrap_or_else(|| panic!("message has no Subject header:\n{}", self.raw))
    }

    /// The decoded body of the first part whose Content-Type starts with
    /// `content_type`, searching nested multiparts depth-first. Line endings are
    /// normalised to "\n".
    pub fn body(&self, content_type: &str) -> Option<String> {
        find_part(
            &normalize_newlines(&self.raw),
            &content_type.to_ascii_lowercase(),
        )
    }

    pub fn text(&self) -> String {
        self.body("text/plain")
            .unwrap_or_else(|| panic!("message has no text/plain part:\n{}", self.raw))
    }

    pub fn html(&self) -> String {
        self.body("text/html")
            .unwrap_or_else(|| panic!("message has no text/html part:\n{}", self.raw))
    }

    /// All http(s) links in the text part, in order.
    pub fn links(&self) -> Vec<String> {
        find_links(&self.text())
    }
}

fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// Splits an entity into its unfolded (but otherwise raw) headers and its body.
fn split_entity(entity: &str) -> (Vec<(String, String)>, &str) {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut rest = entity;
    while !rest.is_empty() {
        let (line, next) = rest.split_once('\n').unwrap_or((rest, ""));
        if line.is_empty() {
            return (headers, next);
        }
        rest = next;
        if line.starts_with([' ', '\t']) {
            // Unfolding removes only the line break; the whitespace stays.
            if let Some((_, value)) = headers.last_mut() {
                value.push_str(line);
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.to_owned()));
        }
    }
    (headers, "")
}

fn raw_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.trim())
}

fn find_part(entity: &str, wanted: &str) -> Option<String> {
    let (headers, body) = split_entity(entity);
    // RFC 2045: an entity without Content-Type is plain US-ASCII text.
    let content_type = raw_header(&headers, "Content-Type").unwrap_or("text/plain");
    let mime_type = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();

    if mime_type.starts_with("multipart/") {
        let boundary = content_type_param(content_type, "boundary")?;
        return multipart_bodies(body, &boundary)
            .into_iter()
            .find_map(|part| find_part(part, wanted));
    }
    if !mime_type.starts_with(wanted) {
        return None;
    }

    let encoding = raw_header(&headers, "Content-Transfer-Encoding")
        .unwrap_or("7bit")
        .to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "quoted-printable" => decode_quoted_printable(body),
        "base64" => {
            let compact: String = body.split_ascii_whitespace().collect();
            BASE64
                .decode(compact)
                .unwrap_or_else(|err| panic!("{mime_type} part is not valid base64: {err}"))
        }
        _ => body.as_bytes().to_vec(),
    };
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|err| panic!("{mime_type} part is not valid UTF-8: {err}"));
    Some(normalize_newlines(&text))
}

fn content_type_param(content_type: &str, name: &str) -> Option<String> {
    split_outside_quotes(content_type, ';')
        .into_iter()
        .skip(1)
        .find_map(|param| {
            let (key, value) = param.split_once('=')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| unquote(value.trim()))
        })
}

fn split_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_quotes = false;
    let mut escaped = false;
    for (index, ch) in text.char_indices() {
        match ch {
            _ if escaped => escaped = false,
            '\\' if in_quotes => escaped = true,
            '"' => in_quotes = !in_quotes,
            _ if ch == separator && !in_quotes => {
                pieces.push(&text[start..index]);
                start = index + ch.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    pieces
}

fn unquote(value: &str) -> String {
    let Some(inner) = value
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    else {
        return value.to_owned();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(ch) = chars.next() {
        out.push(if ch == '\\' {
            chars.next().unwrap_or(ch)
        } else {
            ch
        });
    }
    out
}

/// The bodies of a multipart entity's parts, without the preamble and epilogue.
fn multipart_bodies<'a>(body: &'a str, boundary: &str) -> Vec<&'a str> {
    let delimiter = format!("--{boundary}");
    let close_delimiter = format!("--{boundary}--");
    let mut parts = Vec::new();
    let mut part_start = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end();
        let is_close = content == close_delimiter;
        if !is_close && content != delimiter {
            continue;
        }
        if let Some(start) = part_start {
            // The line break before a delimiter belongs to the delimiter.
            let end = line_start.saturating_sub(1).max(start);
            parts.push(&body[start..end]);
        }
        if is_close {
            break;
        }
        part_start = Some(offset);
    }
    parts
}

fn decode_quoted_printable(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut lines = body.split('\n').peekable();
    while let Some(line) = lines.next() {
        // Trailing whitespace on an encoded line is transport padding.
        let line = line.trim_end_matches([' ', '\t', '\r']);
        let (line, soft_break) = match line.strip_suffix('=') {
            Some(line) => (line, true),
            None => (line, false),
        };
        decode_hex_escapes(line.as_bytes(), false, &mut out);
        if !soft_break && lines.peek().is_some() {
            out.push(b'\n');
        }
    }
    out
}

/// Decodes `=XX` escapes, leaving malformed ones as they are; RFC 2047's
/// Q encoding additionally uses `_` for a space.
fn decode_hex_escapes(mut input: &[u8], underscore_is_space: bool, out: &mut Vec<u8>) {
    while let Some((&byte, rest)) = input.split_first() {
        input = rest;
        match byte {
            b'=' => match rest {
                [high, low, tail @ ..] if high.is_ascii_hexdigit() && low.is_ascii_hexdigit() => {
                    out.push((hex_digit(*high) << 4) | hex_digit(*low));
                    input = tail;
                }
                _ => out.push(byte),
            },
            b'_' if underscore_is_space => out.push(b' '),
            _ => out.push(byte),
        }
    }
}

fn hex_digit(byte: u8) -> u8 {
    match byte {
        b'0'..=b'9' => byte - b'0',
        b'a'..=b'f' => byte - b'a' + 10,
        b'A'..=b'F' => byte - b'A' + 10,
        _ => unreachable!("callers check is_ascii_hexdigit first"),
    }
}

/// Decodes RFC 2047 encoded words. Adjacent words are joined before UTF-8
/// decoding because encoders may split a multi-byte character between them.
fn decode_encoded_words(value: &str) -> String {
    let mut out = String::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find("=?") {
        let (before, candidate) = rest.split_at(start);
        match parse_encoded_word(candidate) {
            Some((bytes, consumed)) => {
                // Whitespace between two encoded words is not part of the text.
                let separates_words =
                    !pending.is_empty() && before.chars().all(char::is_whitespace);
                if !separates_words {
                    flush_utf8(&mut out, &mut pending);
                    out.push_str(before);
                }
                pending.extend(bytes);
                rest = &candidate[consumed..];
            }
            None => {
                flush_utf8(&mut out, &mut pending);
                out.push_str(before);
                out.push_str("=?");
                rest = &candidate[2..];
            }
        }
    }
    flush_utf8(&mut out, &mut pending);
    out.push_str(rest);
    out
}

fn flush_utf8(out: &mut String, pending: &mut Vec<u8>) {
    out.push_str(&String::from_utf8_lossy(pending));
    pending.clear();
}

/// Parses `=?charset?encoding?text?=` at the start of `word`, returning the
/// decoded bytes and how many bytes of `word` it spans.
fn parse_encoded_word(word: &str) -> Option<(Vec<u8>, usize)> {
    let inner = word.strip_prefix("=?")?;
    let (charset, inner) = inner.split_once('?')?;
    let (encoding, inner) = inner.split_once('?')?;
    let (text, after) = inner.split_once("?=")?;
    if text.contains(char::is_whitespace) {
        return None;
    }
    // RFC 2231 allows a language suffix: "utf-8*en".
    let charset = charset.split('*').next().unwrap_or_default();
    if !["utf-8", "us-ascii"]
        .into_iter()
        .any(|known| charset.eq_ignore_ascii_case(known))
    {
        return None;
    }
    let bytes = match encoding {
        "B" | "b" => BASE64.decode(text).ok()?,
        "Q" | "q" => {
            let mut bytes = Vec::with_capacity(text.len());
            decode_hex_escapes(text.as_bytes(), true, &mut bytes);
            bytes
        }
        _ => return None,
    };
    Some((bytes, word.len() - after.len()))
}

fn find_links(text: &str) -> Vec<String> {
    const STOP: &[char] = &['<', '>', '(', ')', '[', ']', '{', '}', '"', '\'', '`'];
    let mut links = Vec::new();
    let mut searched_to = 0;
    for (start, _) in text.match_indices("http") {
        if start < searched_to {
            continue;
        }
        let candidate = &text[start..];
        let Some(scheme_len) = ["https://", "http://"]
            .into_iter()
            .find(|scheme| candidate.starts_with(scheme))
            .map(str::len)
        else {
            continue;
        };
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let end = candidate
            .find(|ch: char| ch.is_whitespace() || STOP.contains(&ch))
            .unwrap_or(candidate.len());
        // Sentence punctuation right after a link is almost never part of it.
        let link = candidate[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
        searched_to = start + end;
        if link.len() > scheme_len {
            links.push(link.to_owned());
        }
    }
    links
}
