//! Runtime configuration: one typed struct, read from flags and environment variables.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use clap::{Args, ValueEnum};

/// Settings shared by every command that touches the database or sends mail.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database URL: `sqlite://PATH?mode=rwc` (embedded, the default) or `postgres://…`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/tavolo.db?mode=rwc"
    )]
    pub database_url: String,

    /// Public address of this Tavolo, used in links inside emails. `https://` turns on
    /// secure cookies.
    #[arg(long, env = "TAVOLO_BASE_URL", default_value = "http://127.0.0.1:3000")]
    pub base_url: String,

    /// SMTP server as a lettre URL, e.g. `smtp://127.0.0.1:2525` or
    /// `smtps://user:pass@mail.example.org`. Unset: emails are written as `.eml` files
    /// under `<data dir>/mail/`.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of every email.
    #[arg(long, env = "MAIL_FROM", default_value = "Tavolo <tavolo@localhost>")]
    pub mail_from: String,

    /// Language used when neither the account, the language switch nor the browser says.
    #[arg(long, env = "TAVOLO_DEFAULT_LOCALE", default_value = "it")]
    pub default_locale: String,

    /// Time zone in which dates are entered and shown (an IANA name).
    #[arg(long, env = "TAVOLO_TIMEZONE", default_value = "Europe/Rome")]
    pub timezone: chrono_tz::Tz,

    /// Folder for local files: mail written to disk when no SMTP server is set, and the
    /// attached documents (under `files/`).
    #[arg(long, env = "TAVOLO_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// The largest document that can be attached, in megabytes (MiB).
    #[arg(long, env = "TAVOLO_MAX_UPLOAD_MB", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub max_upload_mb: u32,

    /// The organisation that runs this Tavolo, named in the accessibility statement.
    #[arg(long, env = "TAVOLO_OPERATOR")]
    pub operator: Option<String>,

    /// Where security problems are reported, as `/.well-known/security.txt` says: an email
    /// address or an `https://` page. Unset: the address of `MAIL_FROM`.
    #[arg(long, env = "TAVOLO_SECURITY_CONTACT")]
    pub security_contact: Option<String>,

    /// Where people exercise their data rights and ask about their personal data, as the
    /// privacy notice says: an email address or an `https://` page. Unset: the address of
    /// `MAIL_FROM`.
    #[arg(long, env = "TAVOLO_PRIVACY_CONTACT")]
    pub privacy_contact: Option<String>,

    /// Where people report accessibility problems (the statement's feedback address).
    /// Unset: the address of `MAIL_FROM`.
    #[arg(long, env = "TAVOLO_ACCESSIBILITY_EMAIL")]
    pub accessibility_email: Option<String>,

    /// The date the accessibility statement was last prepared or reviewed (YYYY-MM-DD).
    /// Unset: the date of this version's own assessment.
    #[arg(long, env = "TAVOLO_ACCESSIBILITY_REVIEWED")]
    pub accessibility_reviewed: Option<chrono::NaiveDate>,

    /// Seconds a round's results ranking, kept in memory, may be reused while this instance
    /// has not changed them: live results may be this far behind votes taken by other
    /// instances, or during heavy voting. 0: always computed afresh.
    #[arg(long, env = "TAVOLO_RESULTS_MAX_AGE", default_value_t = 2)]
    pub results_max_age: u64,

    /// Seconds a page as anonymous visitors see it may be answered from memory while this
    /// instance has changed nothing: pages may be this far behind changes made through other
    /// instances. 0: every page is built for every request.
    #[arg(long, env = "TAVOLO_PAGE_CACHE_MAX_AGE", default_value_t = 2)]
    pub page_cache_max_age: u64,

    /// For testing how Tavolo behaves on a full disk: an SQLite database may not grow beyond
    /// this many pages (4 KiB each); writes that would need more fail as on a full disk, and
    /// work again once rows are deleted. Unset: no limit.
    #[arg(long, env = "TAVOLO_SQLITE_MAX_PAGES", hide = true)]
    pub sqlite_max_pages: Option<u32>,

    /// Address and port where `tavolo serve` answers `GET /metrics` in the Prometheus text
    /// format, apart from the public address (e.g. `127.0.0.1:9090`). Unset: no metrics.
    #[arg(long, env = "TAVOLO_METRICS_ADDR")]
    pub metrics_addr: Option<SocketAddr>,

    /// How log lines on standard error are written: `text`, or `json` (one object a line,
    /// for log collectors).
    #[arg(long, env = "TAVOLO_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub limits: Limits,
}

/// How log lines are written (`TAVOLO_LOG_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum LogFormat {
    /// Lines for people reading a terminal or a journal.
    #[default]
    Text,
    /// One JSON object a line, for log collectors.
    Json,
}

/// What one person or address may do, so that nobody can guess passwords, flood inboxes or
/// bury a consultation (see "Limits" in the README). Counts over "an hour" are sliding.
#[derive(Debug, Clone, PartialEq, Args)]
pub struct Limits {
    /// Proxies whose `X-Forwarded-For` is believed, comma-separated addresses or CIDR
    /// ranges (`10.0.0.0/8,::1`). Empty: the client is the socket's peer.
    #[arg(long, env = "TAVOLO_TRUSTED_PROXIES", value_delimiter = ',', value_parser = network)]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// Seconds over which failed log-ins are counted, per account and per client address.
    #[arg(long, env = "TAVOLO_LOGIN_WINDOW", default_value = "3600", value_parser = seconds)]
    pub login_window: Duration,

    /// Failed log-ins on one account after which each attempt must wait after the previous
    /// failure, twice as long each time (from 2 seconds up to a minute).
    #[arg(long, env = "TAVOLO_LOGIN_DELAY_AFTER", default_value_t = 5)]
    pub login_delay_after: u32,

    /// The same for failed log-ins from one client address, whatever the accounts.
    #[arg(long, env = "TAVOLO_LOGIN_ADDRESS_DELAY_AFTER", default_value_t = 20)]
    pub login_address_delay_after: u32,

    /// Failed log-ins on one account after which it is locked for `TAVOLO_LOGIN_LOCK` and
    /// its owner is told by email.
    #[arg(long, env = "TAVOLO_LOGIN_LOCK_AFTER", default_value_t = 20)]
    pub login_lock_after: u32,

    /// Seconds an account stays locked after its last failure.
    #[arg(long, env = "TAVOLO_LOGIN_LOCK", default_value = "900", value_parser = seconds)]
    pub login_lock: Duration,

    /// Accounts registered per client address per hour.
    #[arg(long, env = "TAVOLO_REGISTRATIONS_PER_HOUR", default_value_t = 10)]
    pub registrations_per_hour: u32,

    /// Password-reset requests and verification resends per client address per hour.
    #[arg(long, env = "TAVOLO_ACCOUNT_MAILS_PER_HOUR", default_value_t = 10)]
    pub account_mails_per_hour: u32,

    /// Emails of one kind (password reset, verification, co-author or member invitation)
    /// queued for one address per day; further requests answer the same and send nothing.
    #[arg(long, env = "TAVOLO_MAILS_PER_ADDRESS_PER_DAY", default_value_t = 1)]
    pub mails_per_address_per_day: u32,

    /// Proposals per account per hour.
    #[arg(long, env = "TAVOLO_PROPOSALS_PER_HOUR", default_value_t = 10)]
    pub proposals_per_hour: u32,

    /// Comments per account per hour.
    #[arg(long, env = "TAVOLO_COMMENTS_PER_HOUR", default_value_t = 30)]
    pub comments_per_hour: u32,

    /// Reports (flags) per account per hour.
    #[arg(long, env = "TAVOLO_FLAGS_PER_HOUR", default_value_t = 20)]
    pub flags_per_hour: u32,

    /// Co-author and member invitations per account per hour.
    #[arg(long, env = "TAVOLO_INVITATIONS_PER_HOUR", default_value_t = 20)]
    pub invitations_per_hour: u32,

    /// How many times the per-account limits coordinators and a consultation's facilitators
    /// get there: they record what groups said in person and invite whole groups.
    #[arg(long, env = "TAVOLO_STAFF_LIMIT_FACTOR", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub staff_limit_factor: u32,
}

impl Default for Limits {
    /// The defaults of `tavolo serve`.
    fn default() -> Self {
        Self {
            trusted_proxies: Vec::new(),
            login_window: Duration::from_secs(3600),
            login_delay_after: 5,
            login_address_delay_after: 20,
            login_lock_after: 20,
            login_lock: Duration::from_secs(900),
            registrations_per_hour: 10,
            account_mails_per_hour: 10,
            mails_per_address_per_day: 1,
            proposals_per_hour: 10,
            comments_per_hour: 30,
            flags_per_hour: 20,
            invitations_per_hour: 20,
            staff_limit_factor: 10,
        }
    }
}

/// An address (`192.0.2.7`, one host) or a CIDR range (`10.0.0.0/8`).
fn network(value: &str) -> Result<ipnet::IpNet, String> {
    let value = value.trim();
    value
        .parse::<ipnet::IpNet>()
        .or_else(|_| value.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("`{value}` is neither an IP address nor a CIDR range"))
}

impl Config {
    /// Cookies get the `Secure` flag when the platform is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    pub fn is_postgres(&self) -> bool {
        self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://")
    }

    /// The largest document that can be attached, in bytes.
    pub fn max_upload_bytes(&self) -> usize {
        usize::try_from(self.max_upload_mb).unwrap_or(usize::MAX) * 1024 * 1024
    }

    /// The base URL without a trailing slash, ready to have a path appended.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base_url.trim_end_matches('/'), path)
    }

    /// The database URL with any password masked, for logs.
    pub fn database_for_logs(&self) -> String {
        mask_password(&self.database_url)
    }

    /// Which mail transport is in use, for logs, without credentials.
    pub fn mail_transport_for_logs(&self) -> String {
        match &self.smtp_url {
            Some(url) => format!("SMTP {}", mask_password(url)),
            None => format!("files under {}", self.data_dir.join("mail").display()),
        }
    }
}

/// Settings of `tavolo serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address and port to listen on.
    #[arg(long, env = "TAVOLO_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Create the demo accounts and content (never in production).
    #[arg(long, env = "TAVOLO_DEMO")]
    pub demo: bool,

    /// Demo only: run as if this many days had passed since the demo was created, to
    /// rehearse what comes after a deadline (a procedure's admission, a meeting's minutes).
    /// The demo content keeps the dates it was created with.
    #[arg(long, env = "TAVOLO_DEMO_DAYS_AHEAD", requires = "demo", default_value = "0",
          value_parser = clap::value_parser!(u16).range(0..=3650))]
    pub demo_days_ahead: u16,

    /// Seconds between the stop signal (SIGTERM, Ctrl-C) and closing the listener, during
    /// which requests are still served but `/healthz` answers 503 `stopping`, so that a
    /// load balancer sends no more; a second signal ends the wait. 0: stop at once (one
    /// server, no balancer). Set it above the balancer's time to take an instance out.
    #[arg(long, env = "TAVOLO_DRAIN", default_value = "0", value_parser = seconds_or_zero)]
    pub drain: Duration,

    #[command(flatten)]
    pub connections: ConnectionLimits,
}

/// How long a client may take and how many may be served at once, so that slow or idle
/// clients cannot hold the server (see "Deployment: timeouts and open files" in the README).
#[derive(Debug, Clone, PartialEq, Args)]
pub struct ConnectionLimits {
    /// Seconds a client has to send a request's line and headers, counted from when the
    /// connection opens or its previous response was sent: an idle kept-alive connection
    /// is closed after this long too.
    #[arg(long, env = "TAVOLO_HEADER_TIMEOUT", default_value = "10", value_parser = seconds)]
    pub header_timeout: Duration,

    /// Seconds a client has to send a request's whole body; later, it is answered 408.
    #[arg(long, env = "TAVOLO_BODY_TIMEOUT", default_value = "30", value_parser = seconds)]
    pub body_timeout: Duration,

    /// Seconds a connection may move no data, while no request on it is being handled,
    /// before it is closed (e.g. a client that stops reading its response).
    #[arg(long, env = "TAVOLO_IDLE_TIMEOUT", default_value = "60", value_parser = seconds)]
    pub idle_timeout: Duration,

    /// Connections served at once; further clients wait to be accepted. Kept below the
    /// open-file limit (lowered at start if it does not fit).
    #[arg(long, env = "TAVOLO_MAX_CONNECTIONS", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,

    /// Requests handled at once (from their headers to their response); beyond that, 503
    /// with `Retry-After` straight away.
    #[arg(long, env = "TAVOLO_MAX_IN_FLIGHT", default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_in_flight: u32,
}

impl Default for ConnectionLimits {
    /// The defaults of `tavolo serve`.
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 1024,
            max_in_flight: 512,
        }
    }
}

/// A number of seconds, zero or more, fractions allowed.
fn seconds_or_zero(value: &str) -> Result<Duration, String> {
    match value.parse::<f64>() {
        Ok(0.0) => Ok(Duration::ZERO),
        _ => seconds(value),
    }
}

/// A positive number of seconds, fractions allowed (`0.5`).
fn seconds(value: &str) -> Result<Duration, String> {
    value
        .parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| format!("`{value}` is not a positive number of seconds"))
}

fn mask_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{Config, ConnectionLimits, Limits, LogFormat, ServeConfig, mask_password};

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        config: Config,
    }

    #[derive(Parser)]
    struct Serve {
        #[command(flatten)]
        serve: ServeConfig,
    }

    #[test]
    fn connection_limits_default_as_documented_and_take_fractions() {
        let defaults = Serve::parse_from(["tavolo"]).serve.connections;
        assert_eq!(defaults, ConnectionLimits::default());
        let short = Serve::parse_from(["tavolo", "--header-timeout", "0.5"]).serve;
        assert_eq!(short.connections.header_timeout.as_millis(), 500);
        for wrong in ["0", "-1", "soon", "NaN"] {
            assert!(Serve::try_parse_from(["tavolo", "--body-timeout", wrong]).is_err());
        }
        assert!(Serve::try_parse_from(["tavolo", "--max-connections", "0"]).is_err());
    }

    #[test]
    fn limits_default_as_documented_and_proxies_take_hosts_and_ranges() {
        let defaults = Cli::parse_from(["tavolo"]).config.limits;
        assert_eq!(defaults, Limits::default());
        let proxies = Cli::parse_from(["tavolo", "--trusted-proxies", "10.0.0.0/8, 192.0.2.7,::1"])
            .config
            .limits
            .trusted_proxies;
        let shown: Vec<String> = proxies.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["10.0.0.0/8", "192.0.2.7/32", "::1/128"]);
        assert!(Cli::try_parse_from(["tavolo", "--trusted-proxies", "proxy.local"]).is_err());
    }

    #[test]
    fn metrics_are_off_unless_an_address_is_given_and_logs_are_text_by_default() {
        let defaults = Cli::parse_from(["tavolo"]).config;
        assert_eq!(defaults.metrics_addr, None);
        assert_eq!(defaults.log_format, LogFormat::Text);
        let set = Cli::parse_from([
            "tavolo",
            "--metrics-addr",
            "127.0.0.1:9464",
            "--log-format",
            "json",
        ])
        .config;
        assert_eq!(set.metrics_addr, Some("127.0.0.1:9464".parse().unwrap()));
        assert_eq!(set.log_format, LogFormat::Json);
        for wrong in ["9464", "localhost:9464", "127.0.0.1"] {
            assert!(Cli::try_parse_from(["tavolo", "--metrics-addr", wrong]).is_err());
        }
        assert!(Cli::try_parse_from(["tavolo", "--log-format", "xml"]).is_err());
    }

    #[test]
    fn cookies_are_secure_exactly_when_served_over_https() {
        let https = Cli::parse_from(["tavolo", "--base-url", "https://tavolo.example.org"]).config;
        assert!(https.secure_cookies());
        let http = Cli::parse_from(["tavolo", "--base-url", "http://127.0.0.1:3000"]).config;
        assert!(!http.secure_cookies());
        assert_eq!(
            https.link("/verify-email/x"),
            "https://tavolo.example.org/verify-email/x"
        );
    }

    #[test]
    fn passwords_never_reach_the_logs() {
        assert_eq!(
            mask_password("postgres://tavolo:s3cret@db:5432/tavolo"),
            "postgres://tavolo:***@db:5432/tavolo"
        );
        assert_eq!(
            mask_password("sqlite://data/tavolo.db?mode=rwc"),
            "sqlite://data/tavolo.db?mode=rwc"
        );
    }
}
