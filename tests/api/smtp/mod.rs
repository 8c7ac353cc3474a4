//! A minimal in-process SMTP server that the app's mailer can talk to in tests,
//! plus just enough MIME decoding to assert on what it sent.
//!
//! - `mod.rs`: the server, its sessions and its mailbox;
//! - `mime.rs`: reading what was sent: headers, parts, transfer and header encodings, links;
//! - `roundtrip.rs`: the server driven by a bare SMTP client, stopped and restarted.

mod mime;
mod roundtrip;

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt, BufReader};
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
