//! The server checked with a bare SMTP client: a full exchange, then stop and restart.

use std::time::Duration;

use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

use super::SmtpServer;

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
