//! The accept loop and each connection, so that slow or idle clients cannot hold the server
//! (the limits are [`ConnectionLimits`]):
//!
//! - at most `max_connections` connections are open at once; at the cap the server stops
//!   accepting until one ends (clients wait in the listen queue rather than being refused),
//!   so sockets never exhaust the open-file limit;
//! - a failed accept (e.g. "Too many open files") is logged and retried after a short
//!   back-off, never the end of the server;
//! - a client has `header_timeout` to send a request's head, counted from when the
//!   connection opens or its previous response was sent (hyper's header read timeout);
//! - a connection that moves no data for `idle_timeout` while none of its requests is being
//!   handled is closed (a client that stops reading its response).
//!
//! Request bodies and the number of requests in flight are bounded by layers
//! (`web::overload`). On shutdown, no connection is accepted any more; each open one finishes
//! the request it is serving and closes; the loop returns once all have ended.

use std::{
    future::Future,
    io,
    net::SocketAddr,
    pin::{Pin, pin},
    sync::{
        Arc,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};

use axum::{Router, body::Body, extract::ConnectInfo};
use hyper::{body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::{Semaphore, watch},
    time::Instant,
};
use tower::ServiceExt;

use crate::config::ConnectionLimits;

/// The first and the longest pause after a failed accept.
const ACCEPT_BACKOFF: (Duration, Duration) = (Duration::from_millis(10), Duration::from_secs(1));

/// Serves `router` on `listener` until `stop` completes, then lets open connections finish.
pub(super) async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    stop: impl Future<Output = ()>,
) -> io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections as usize));
    let (stopping, stop_requested) = watch::channel(false);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let http = Arc::new(http);
    let mut stop = pin!(stop);
    let mut backoff = ACCEPT_BACKOFF.0;
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut stop => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) if is_one_clients_fault(&error) => continue,
                Err(error) => {
                    tracing::warn!("cannot accept connections ({error}); retrying in {backoff:?}");
                    tokio::select! {
                        () = tokio::time::sleep(backoff) => {}
                        () = &mut stop => break,
                    }
                    backoff = (backoff * 2).min(ACCEPT_BACKOFF.1);
                    continue;
                }
            },
            () = &mut stop => break,
        };
        backoff = ACCEPT_BACKOFF.0;
        let connection = serve_connection(
            (stream, peer),
            router.clone(),
            http.clone(),
            limits.idle_timeout,
            stop_requested.clone(),
        );
        tokio::spawn(async move {
            connection.await;
            drop(slot);
        });
    }
    drop(listener);
    stopping.send_replace(true);
    // Each open connection holds a slot: all of them back means all have ended.
    let _all = slots
        .acquire_many(limits.max_connections)
        .await
        .expect("the semaphore is never closed");
    Ok(())
}

/// Errors of one connection that was already gone when accepted: take the next at once.
fn is_one_clients_fault(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

/// Serves one connection; each of its requests carries the peer's address
/// (`ConnectInfo<SocketAddr>`, read by `web::client::ClientAddr`).
async fn serve_connection(
    (stream, peer): (TcpStream, SocketAddr),
    router: Router,
    http: Arc<http1::Builder>,
    idle_timeout: Duration,
    mut stop_requested: watch::Receiver<bool>,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        stream,
        activity: activity.clone(),
    });
    let handled = activity.clone();
    let service = service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        let handling = Handling::start(handled.clone());
        let response = router.clone().oneshot(request.map(Body::new));
        async move {
            let response = response.await;
            drop(handling);
            response
        }
    });
    let mut connection = pin!(http.serve_connection(io, service));
    let mut stopping = false;
    loop {
        tokio::select! {
            ended = connection.as_mut() => {
                if let Err(error) = ended {
                    tracing::debug!("connection closed: {error}");
                }
                return;
            }
            _ = stop_requested.wait_for(|stop| *stop), if !stopping => {
                stopping = true;
                connection.as_mut().graceful_shutdown();
            }
            () = activity.idle_for(idle_timeout) => {
                tracing::debug!("closing a connection idle for {idle_timeout:?}");
                return;
            }
        }
    }
}

/// When a connection last moved data, and how many of its requests are being handled.
struct Activity {
    opened: Instant,
    /// Milliseconds after `opened`.
    last_moved: AtomicU64,
    handling: AtomicUsize,
}

impl Activity {
    fn new() -> Self {
        Self {
            opened: Instant::now(),
            last_moved: AtomicU64::new(0),
            handling: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        let now = u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_moved.store(now, Ordering::Relaxed);
    }

    fn last_moved(&self) -> Instant {
        self.opened + Duration::from_millis(self.last_moved.load(Ordering::Relaxed))
    }

    /// Completes once no data has moved for `limit` while no request was being handled.
    async fn idle_for(&self, limit: Duration) {
        loop {
            let deadline = self.last_moved() + limit;
            if Instant::now() < deadline {
                tokio::time::sleep_until(deadline).await;
            } else if self.handling.load(Ordering::Relaxed) == 0 {
                return;
            } else {
                // The application is working on a request: its time is not idle time.
                tokio::time::sleep(limit).await;
            }
        }
    }
}

/// One request being handled by the application; when it ends the idle time starts anew.
struct Handling(Arc<Activity>);

impl Handling {
    fn start(activity: Arc<Activity>) -> Self {
        activity.handling.fetch_add(1, Ordering::Relaxed);
        Self(activity)
    }
}

impl Drop for Handling {
    fn drop(&mut self) {
        self.0.touch();
        self.0.handling.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A socket that notes in its [`Activity`] each time data moves.
struct Watched {
    stream: TcpStream,
    activity: Arc<Activity>,
}

impl Watched {
    fn moved<T>(
        &self,
        poll: Poll<io::Result<T>>,
        any: impl FnOnce(&T) -> bool,
    ) -> Poll<io::Result<T>> {
        if let Poll::Ready(Ok(value)) = &poll
            && any(value)
        {
            self.activity.touch();
        }
        poll
    }
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let poll = Pin::new(&mut self.stream).poll_read(cx, buf);
        let read = buf.filled().len() > before;
        self.moved(poll, |_| read)
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.stream).poll_write(cx, buf);
        self.moved(poll, |written| *written > 0)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        self.moved(poll, |written| *written > 0)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// Raises the soft open-file limit to the hard one and keeps `max_connections` below it,
/// with room for the database pool, log and mail files: no accepted connection then makes
/// the process run out of file descriptors.
#[cfg(unix)]
pub(super) fn fit_open_file_limit(limits: &mut ConnectionLimits) {
    /// Descriptors kept for everything but client connections.
    const RESERVED: u64 = 128;
    let mut rlimit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read or write the struct passed.
    let open_files = unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut rlimit) != 0 {
            return;
        }
        if rlimit.rlim_cur < rlimit.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: rlimit.rlim_max,
                rlim_max: rlimit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                rlimit.rlim_cur = rlimit.rlim_max;
            }
        }
        rlimit.rlim_cur
    };
    let fits = u32::try_from(open_files.saturating_sub(RESERVED).max(1)).unwrap_or(u32::MAX);
    if limits.max_connections > fits {
        tracing::warn!(
            open_files,
            "TAVOLO_MAX_CONNECTIONS lowered from {} to {fits} to stay below the open-file limit \
             (raise it, e.g. LimitNOFILE= or ulimit -n)",
            limits.max_connections
        );
        limits.max_connections = fits;
    }
}

#[cfg(not(unix))]
pub(super) fn fit_open_file_limit(_limits: &mut ConnectionLimits) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_connection_is_idle_only_while_none_of_its_requests_is_handled() {
        let activity = Arc::new(Activity::new());
        let limit = Duration::from_millis(50);
        let handling = Handling::start(activity.clone());
        let while_handled = tokio::time::timeout(limit * 4, activity.idle_for(limit)).await;
        assert!(while_handled.is_err(), "idle while a request was handled");

        drop(handling);
        let ended = Instant::now();
        tokio::time::timeout(Duration::from_secs(5), activity.idle_for(limit))
            .await
            .expect("idle once the request has ended");
        assert!(ended.elapsed() >= limit, "idle time counts from the end");
    }
}
