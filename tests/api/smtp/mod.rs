//! A minimal in-process SMTP server that the app's mailer can talk to in tests,
//! plus just enough MIME decoding to assert on what it sent.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT as BASE64;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::task::{JoinHandle, JoinSet};

const SERVER_NAME: &str = "tavolo-test-smtp";
const WAIT_TIMEOUT: Duration = Duration::from_secs(10);

pub struct SmtpServer {
    port: u16,
    mailbox: Arc<Mailbox>,
    shutdown: watch::Sender<bool>,
    accept_task: Mutex<Option<JoinHandle<()>>>,
}

#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub from: String,
    pub to: Vec<String>,
    pub raw: String,
}

#[derive(Default)]
struct Mailbox {
    messages: Mutex<Vec<ReceivedMail>>,
    arrived: Notify,
}

impl Mailbox {
    fn deliver(&self, mail: ReceivedMail) {
        self.messages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(mail);
        self.arrived.notify_waiters();
    }

    fn snapshot(&self) -> Vec<ReceivedMail> {
        self.messages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl SmtpServer {
    /// Binds 127.0.0.1:0 and starts accepting in a tokio task.
    pub async fn start() -> SmtpServer {
        Self::start_on(0).await
    }

    /// Binds a specific port (used to bring the server back after `stop`).
    pub async fn start_on(port: u16) -> SmtpServer {
        let listener = bind(port).unwrap_or_else(|err| {
            panic!("test SMTP server could not bind 127.0.0.1:{port}: {err}")
        });
        let port = listener
            .local_addr()
            .expect("bound listener has a local address")
            .port();
        let mailbox = Arc::new(Mailbox::default());
        let (shutdown, shutdown_rx) = watch::channel(false);
        let accept_task = tokio::spawn(accept_loop(listener, Arc::clone(&mailbox), shutdown_rx));
        SmtpServer {
            port,
            mailbox,
            shutdown,
            accept_task: Mutex::new(Some(accept_task)),
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops accepting and closes every open connection, so that pooled client
    /// connections fail, and releases the port. Messages received so far stay
    /// readable.
    pub async fn stop(&self) {
        self.shutdown.send_replace(true);
        let accept_task = self
            .accept_task
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(task) = accept_task {
            task.await.expect("test SMTP accept loop panicked");
        }
    }

    /// All messages received so far, in arrival order.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.mailbox.snapshot()
    }

    /// Waits until at least `n` messages have arrived, panicking after 10 s.
    pub async fn wait_for(&self, n: usize) -> Vec<ReceivedMail> {
        let deadline = tokio::time::Instant::now() + WAIT_TIMEOUT;
        loop {
            // Registering before reading the count means a delivery that lands
            // in between still wakes us.
            let arrived = self.mailbox.arrived.notified();
            let mut arrived = std::pin::pin!(arrived);
            arrived.as_mut().enable();
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                panic!(
                    "timed out after {WAIT_TIMEOUT:?} waiting for {n} message(s) on the test SMTP \
                     server at {}; {} received: {:#?}",
                    self.url(),
                    messages.len(),
                    messages,
                );
            }
        }
    }
}

fn bind(port: u16) -> io::Result<TcpListener> {
    let socket = TcpSocket::new_v4()?;
    // Connections closed by `stop` linger in TIME_WAIT on this port; without
    // SO_REUSEADDR `start_on(same_port)` would fail with EADDRINUSE.
    socket.set_reuseaddr(true)?;
    socket.bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))?;
    socket.listen(128)
}

async fn accept_loop(
    listener: TcpListener,
    mailbox: Arc<Mailbox>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            biased;
            // An error means the SmtpServer was dropped, which ends it just the same.
            _ = shutdown.changed() => break,
            accepted = listener.accept() => {
                // Accept errors (e.g. the peer resetting before we got to it)
                // concern one connection only, so keep serving the others.
                if let Ok((stream, _)) = accepted {
                    let mailbox = Arc::clone(&mailbox);
                    connections.spawn(async move {
                        // A client hanging up mid-session is the client's business.
                        let _ = serve_connection(stream, &mailbox).await;
                    });
                }
            }
        }
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    // Waiting here, rather than only aborting, guarantees every socket is closed
    // by the time `stop` returns.
    connections.shutdown().await;
}

async fn serve_connection(stream: TcpStream, mailbox: &Mailbox) -> io::Result<()> {
    let (reader, mut writer) = stream.into_split();
    let mut reader = BufReader::new(reader);
    let mut session = Session::default();
    reply(&mut writer, &format!("220 {SERVER_NAME} ESMTP ready")).await?;

    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let command = String::from_utf8_lossy(&line);
        match session.handle(command.trim_end_matches(['\r', '\n'])) {
            Action::Reply(text) => reply(&mut writer, &text).await?,
            Action::ReadData => {
                reply(&mut writer, "354 End data with <CR><LF>.<CR><LF>").await?;
                let Some(raw) = read_data(&mut reader).await? else {
                    return Ok(());
                };
                mailbox.deliver(session.take_mail(raw));
                reply(&mut writer, "250 2.0.0 OK: queued").await?;
            }
            Action::Quit => {
                reply(&mut writer, "221 2.0.0 Bye").await?;
                return Ok(());
            }
        }
    }
}

async fn reply(writer: &mut (impl AsyncWrite + Unpin), text: &str) -> io::Result<()> {
    writer.write_all(format!("{text}\r\n").as_bytes()).await
}

/// Reads a DATA payload up to the lone "." line, undoing dot-stuffing.
/// Returns `None` if the client disconnects first.
async fn read_data(reader: &mut (impl AsyncBufRead + Unpin)) -> io::Result<Option<String>> {
    let mut data = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Ok(None);
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(Some(String::from_utf8_lossy(&data).into_owned()));
        }
        data.extend_from_slice(line.strip_prefix(b".").unwrap_or(&line));
    }
}

enum Action {
    Reply(String),
    ReadData,
    Quit,
}

#[derive(Default)]
struct Session {
    from: Option<String>,
    to: Vec<String>,
}

impl Session {
    fn handle(&mut self, command: &str) -> Action {
        let (verb, arg) = command.split_once(' ').unwrap_or((command, ""));
        let arg = arg.trim();
        let reply = match verb.to_ascii_uppercase().as_str() {
            "EHLO" | "HELO" if arg.is_empty() => "501 5.5.4 Domain name required".to_owned(),
            "EHLO" => {
                self.reset();
                format!("250-{SERVER_NAME} greets {arg}\r\n250-8BITMIME\r\n250 SMTPUTF8")
            }
            "HELO" => {
                self.reset();
                format!("250 {SERVER_NAME} greets {arg}")
            }
            "MAIL" => match path_argument(arg, "FROM:") {
                Some(from) => {
                    self.reset();
                    self.from = Some(from);
                    "250 2.1.0 OK".to_owned()
                }
                None => "501 5.5.4 Syntax: MAIL FROM:<address>".to_owned(),
            },
            "RCPT" if self.from.is_none() => "503 5.5.1 Need MAIL before RCPT".to_owned(),
            "RCPT" => match path_argument(arg, "TO:") {
                Some(to) if !to.is_empty() => {
                    self.to.push(to);
                    "250 2.1.5 OK".to_owned()
                }
                _ => "501 5.5.4 Syntax: RCPT TO:<address>".to_owned(),
            },
            "DATA" if self.to.is_empty() => "503 5.5.1 Need RCPT before DATA".to_owned(),
            "DATA" => return Action::ReadData,
            "RSET" => {
                self.reset();
                "250 2.0.0 OK".to_owned()
            }
            "NOOP" => "250 2.0.0 OK".to_owned(),
            "QUIT" => return Action::Quit,
            _ => "502 5.5.2 Command not recognized".to_owned(),
        };
        Action::Reply(reply)
    }

    fn take_mail(&mut self, raw: String) -> ReceivedMail {
        ReceivedMail {
            from: self.from.take().unwrap_or_default(),
            to: std::mem::take(&mut self.to),
            raw,
        }
    }

    fn reset(&mut self) {
        self.from = None;
        self.to.clear();
    }
}

/// Extracts the address from `FROM:<a@b> PARAMS...`; parameters such as
/// BODY=8BITMIME or SMTPUTF8 are accepted and ignored.
fn path_argument(arg: &str, keyword: &str) -> Option<String> {
    let head = arg.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let path = arg[keyword.len()..].trim_start().strip_prefix('<')?;
    let (address, _params) = path.split_once('>')?;
    Some(address.to_owned())
}

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

struct Client {
    reader: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
}

impl Client {
    async fn connect(server: &SmtpServer) -> Client {
        let stream = TcpStream::connect(("127.0.0.1", server.port()))
            .await
            .expect("connect to test SMTP server");
        let (reader, writer) = stream.into_split();
        let mut client = Client {
            reader: BufReader::new(reader),
            writer,
        };
        client.expect("220").await;
        client
    }

    /// Reads one (possibly multi-line) reply and checks its code.
    async fn expect(&mut self, code: &str) -> Vec<String> {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            self.reader
                .read_line(&mut line)
                .await
                .expect("read SMTP reply");
            assert!(!line.is_empty(), "connection closed while awaiting {code}");
            let line = line.trim_end().to_owned();
            assert!(line.starts_with(code), "expected {code}, got {line:?}");
            let last = line.as_bytes().get(3) != Some(&b'-');
            lines.push(line);
            if last {
                return lines;
            }
        }
    }

    async fn command(&mut self, line: &str, code: &str) -> Vec<String> {
        self.writer
            .write_all(format!("{line}\r\n").as_bytes())
            .await
            .expect("send SMTP command");
        self.expect(code).await
    }
}

fn wrapped_base64(bytes: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    encoded
        .as_bytes()
        .chunks(76)
        .map(|chunk| std::str::from_utf8(chunk).expect("base64 is ASCII"))
        .collect::<Vec<_>>()
        .join("\r\n")
}

#[tokio::test]
async fn smtp_server_roundtrip() {
    let server = SmtpServer::start().await;
    assert_eq!(server.url(), format!("smtp://127.0.0.1:{}", server.port()));
    let mut client = Client::connect(&server).await;

    let ehlo = client.command("EHLO client.test", "250").await;
    assert!(ehlo.iter().any(|line| line.ends_with("8BITMIME")));
    assert!(ehlo.iter().any(|line| line.ends_with("SMTPUTF8")));
    assert!(!ehlo.iter().any(|line| line.contains("PIPELINING")));
    client.command("VRFY someone", "502").await;
    client.command("DATA", "503").await;
    client.command("NOOP", "250").await;

    client
        .command("MAIL FROM:<noreply@tavolo.test> BODY=8BITMIME", "250")
        .await;
    client.command("RCPT TO:<guest@example.com>", "250").await;
    client.command("RCPT TO:<host@example.com>", "250").await;
    client.command("DATA", "354").await;

    let subject_word =
        base64::engine::general_purpose::STANDARD.encode("Prenotazione confermata ✓".as_bytes());
    let html = "<p>Ciao José, <a href=\"https://tavolo.test/b/42\">apri</a></p>";
    let message = format!(
        "From: Tavolo <noreply@tavolo.test>\r\n\
         To: guest@example.com, host@example.com\r\n\
         Subject: =?utf-8?b?{subject_word}?=\r\n \
         =?utf-8?q?_per_stasera_=E2=9C=94?= !\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed;\r\n boundary=\"outer\"\r\n\
         \r\n\
         This preamble is ignored.\r\n\
         --outer\r\n\
         Content-Type: multipart/alternative; boundary=\"inner=_;x\"\r\n\
         \r\n\
         --inner=_;x\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: quoted-printable\r\n\
         \r\n\
         Ciao Jos=C3=A9,\r\n\
         ..a line that starts with a dot\r\n\
         Confirm: https://tavolo.test/bookings/42/confirm?token=3Dabc, or see\r\n\
         <http://tavolo.test/a-long-path-that-is-=\r\n\
         soft-broken>.\r\n\
         --inner=_;x\r\n\
         Content-Type: text/html; charset=\"utf-8\"\r\n\
         Content-Transfer-Encoding: base64\r\n\
         \r\n\
         {html_b64}\r\n\
         --inner=_;x--\r\n\
         --outer\r\n\
         Content-Type: text/csv\r\n\
         \r\n\
         a,b\r\n\
         --outer--\r\n\
         .\r\n",
        html_b64 = wrapped_base64(html.as_bytes()),
    );
    client
        .writer
        .write_all(message.as_bytes())
        .await
        .expect("send message");
    client.expect("250").await;

    client.command("RSET", "250").await;
    client.command("HELO client.test", "250").await;
    client
        .command("mail from:<>  SMTPUTF8 BODY=8BITMIME", "250")
        .await;
    client.command("rcpt to:<josé@example.com>", "250").await;
    client.command("DATA", "354").await;
    client
        .writer
        .write_all(
            "Subject: plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\nàccentato\r\n.\r\n"
                .as_bytes(),
        )
        .await
        .expect("send message");
    client.expect("250").await;
    client.command("QUIT", "221").await;

    let messages = server.wait_for(2).await;
    assert_eq!(messages.len(), 2);
    let mail = &messages[0];
    assert_eq!(mail.from, "noreply@tavolo.test");
    assert_eq!(mail.to, ["guest@example.com", "host@example.com"]);
    assert!(mail.raw.contains("\r\n.a line that starts with a dot\r\n"));
    assert!(mail.raw.ends_with("--outer--\r\n"));
    assert_eq!(mail.subject(), "Prenotazione confermata ✓ per stasera ✔ !");
    assert_eq!(
        mail.header("to").as_deref(),
        Some("guest@example.com, host@example.com")
    );
    assert_eq!(mail.header("X-Missing"), None);
    assert_eq!(
        mail.text(),
        "Ciao José,\n\
         .a line that starts with a dot\n\
         Confirm: https://tavolo.test/bookings/42/confirm?token=abc, or see\n\
         <http://tavolo.test/a-long-path-that-is-soft-broken>."
    );
    assert_eq!(mail.html(), html);
    assert_eq!(mail.body("text/csv").as_deref(), Some("a,b"));
    assert_eq!(mail.body("image/png"), None);
    assert_eq!(
        mail.links(),
        [
            "https://tavolo.test/bookings/42/confirm?token=abc",
            "http://tavolo.test/a-long-path-that-is-soft-broken",
        ]
    );

    let plain = &messages[1];
    assert_eq!(plain.from, "");
    assert_eq!(plain.to, ["josé@example.com"]);
    assert_eq!(plain.subject(), "plain");
    assert_eq!(plain.text(), "àccentato\n");
    assert!(plain.links().is_empty());
    assert_eq!(server.messages().len(), 2);
}

#[tokio::test]
async fn smtp_server_stop_closes_connections_and_restarts() {
    let server = SmtpServer::start().await;
    let port = server.port();

    let mut delivered = Client::connect(&server).await;
    delivered.command("EHLO client.test", "250").await;
    delivered.command("MAIL FROM:<a@tavolo.test>", "250").await;
    delivered.command("RCPT TO:<b@example.com>", "250").await;
    delivered.command("DATA", "354").await;
    delivered
        .writer
        .write_all(b"Subject: before stop\r\n\r\nhi\r\n.\r\n")
        .await
        .expect("send message");
    delivered.expect("250").await;

    let mut idle = Client::connect(&server).await;
    server.stop().await;
    // Stopping twice must be harmless.
    server.stop().await;

    let mut rest = Vec::new();
    let read = tokio::time::timeout(
        Duration::from_secs(5),
        tokio::io::AsyncReadExt::read_to_end(&mut idle.reader, &mut rest),
    )
    .await
    .expect("connection opened before stop() was not closed");
    // A reset is as good as an orderly close; only leftover data would be wrong.
    if read.is_ok() {
        assert!(rest.is_empty(), "unexpected data after stop(): {rest:?}");
    }
    assert!(
        TcpStream::connect(("127.0.0.1", port)).await.is_err(),
        "port still accepting after stop()"
    );
    assert_eq!(server.messages()[0].subject(), "before stop");

    let restarted = SmtpServer::start_on(port).await;
    assert_eq!(restarted.port(), port);
    let mut client = Client::connect(&restarted).await;
    client.command("EHLO client.test", "250").await;
    client.command("QUIT", "221").await;
    assert!(restarted.messages().is_empty());
    assert_eq!(server.messages().len(), 1);
}
