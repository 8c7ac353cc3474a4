//! The transport that carries email: an SMTP server, or `.eml` files on disk when none is
//! configured (development and demos).

use std::path::PathBuf;

use anyhow::Context;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Mailbox, MultiPart, SinglePart,
        header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue},
    },
};

use super::emails::Rendered;
use crate::{config::Config, crypto::sha256_hex};

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// The domain part of every Message-ID.
    domain: String,
    /// `TAVOLO_BASE_URL`: links in emails are built from it.
    base_url: String,
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .with_context(|| format!("MAIL_FROM is not an email address: {}", config.mail_from))?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("SMTP_URL is not a valid SMTP URL")?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    .build(),
            ),
            None => Transport::Files(config.data_dir.join("mail")),
        };
        Ok(Self {
            transport,
            domain: from.email.domain().to_owned(),
            from,
            base_url: config.base_url.trim_end_matches('/').to_owned(),
        })
    }

    /// Connects to the SMTP server as sending would (greeting, EHLO, TLS and login when the
    /// URL asks for them) and says where mail goes; `Ok(None)` when mail is written as files.
    pub async fn test_connection(&self) -> anyhow::Result<Option<()>> {
        match &self.transport {
            Transport::Smtp(smtp) => {
                let answered = smtp.test_connection().await?;
                anyhow::ensure!(answered, "the SMTP server did not answer");
                Ok(Some(()))
            }
            Transport::Files(_) => Ok(None),
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// A Message-ID that depends only on the outbox row's idempotency key, so a resend after
    /// a crash carries the same id and mail clients drop the copy.
    pub fn message_id(&self, idempotency_key: &str) -> String {
        format!("<{}@{}>", &sha256_hex(idempotency_key)[..32], self.domain)
    }

    pub async fn send(
        &self,
        to: &str,
        email: &Rendered,
        idempotency_key: &str,
    ) -> anyhow::Result<()> {
        let mut builder = Message::builder();
        if let Some(url) = &email.unsubscribe {
            // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe.
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                ));
        }
        let message = builder
            .from(self.from.clone())
            .to(to
                .parse()
                .with_context(|| format!("not an email address: {to}"))?)
            .subject(&email.subject)
            .message_id(Some(self.message_id(idempotency_key)))
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .header(ContentTransferEncoding::QuotedPrintable)
                            .body(email.text.clone()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .header(ContentTransferEncoding::QuotedPrintable)
                            .body(email.html.clone()),
                    ),
            )
            .context("the email could not be built")?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message)
                    .await
                    .context("the SMTP server refused or failed")?;
            }
            Transport::Files(folder) => {
                let file = folder.join(format!("{}.eml", &sha256_hex(idempotency_key)[..32]));
                let bytes = message.formatted();
                let folder = folder.clone();
                let path = file.clone();
                tokio::task::spawn_blocking(move || {
                    std::fs::create_dir_all(&folder)?;
                    std::fs::write(&path, bytes)
                })
                .await
                .context("writing the email file was interrupted")?
                .with_context(|| format!("cannot write {}", file.display()))?;
                tracing::info!(to, file = %file.display(), "email written to a file (no SMTP_URL set)");
            }
        }
        Ok(())
    }
}
