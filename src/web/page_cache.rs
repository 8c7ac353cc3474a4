//! Pages as anonymous visitors see them, kept in memory for a moment: when a consultation is
//! shared widely, the crowd that follows the link asks for the same few pages (home, the
//! proposal list, a popular proposal, the results), all identical for everyone who is not
//! logged in. Each is built once and answered from memory until it is older than
//! `TAVOLO_PAGE_CACHE_MAX_AGE` or until anything changes through this process.
//!
//! What is kept: answers 200 to a `GET` that carried no cookie and no `Authorization`
//! (nobody logged in, no form token, no language or order chosen by cookie), that set no
//! cookie themselves, HTML or JSON of a known size up to [`MAX_PAGE_BYTES`], unless the
//! handler marked them [`NeverKept`] (the health check). The key is the host, the path with
//! its query and the `Accept-Language` header, the only inputs such a page depends on.
//!
//! When it is forgotten: every request that may change something (any method but `GET`,
//! `HEAD` and `OPTIONS`) and every scheduled change (a round opening or closing) moves the
//! generation on after it is done, and a page kept under an older generation is built again.
//! A page is stamped with the generation read *before* it was built, so a change committed
//! while it was being built cannot leave it looking current. Changes made by another
//! instance are seen within the maximum age.
//!
//! One request at a time builds a given page; the others wait for it and take its result,
//! or, when the page only aged (nothing changed) and is younger than twice the maximum age,
//! are given the previous one meanwhile. An
//! address whose answer cannot be kept (a form that sets a cookie, a 404) is remembered as
//! such for the maximum age, so requests for it are not made to wait for one another.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    body::{Body, Bytes, HttpBody, to_bytes},
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Addresses remembered at most.
pub const CAPACITY: usize = 256;
/// Larger answers are not kept.
pub const MAX_PAGE_BYTES: usize = 512 * 1024;
/// The bodies kept weigh at most this much together.
pub const MAX_TOTAL_BYTES: usize = 16 * 1024 * 1024;

/// A response extension: this answer must be built for every request (it reports on the
/// moment, like the health check), never answered from memory.
#[derive(Clone, Copy)]
pub struct NeverKept;

/// The pages kept by this process. Cheap to clone.
#[derive(Clone, Default)]
pub struct PageCache {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    generation: AtomicU64,
    uses: AtomicU64,
    entries: Mutex<HashMap<Key, Entry>>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    host: String,
    uri: String,
    languages: String,
}

#[derive(Default)]
struct Entry {
    /// Held by the request building the page.
    building: Arc<tokio::sync::Mutex<()>>,
    kept: Option<Kept>,
    used: u64,
}

#[derive(Clone)]
struct Kept {
    /// `None`: the answer at this address is not one to keep.
    page: Option<(HeaderMap, Bytes)>,
    generation: u64,
    built: Instant,
}

impl Kept {
    fn bytes(&self) -> usize {
        self.page.as_ref().map_or(0, |(_, body)| body.len())
    }
}

/// What the cache knows of an address when a request arrives.
struct Lookup {
    /// Kept, current and young enough.
    fresh: Option<Kept>,
    /// Kept and current, aged but less than twice the maximum age: good enough while
    /// someone builds it again.
    aged: Option<Kept>,
    building: Arc<tokio::sync::Mutex<()>>,
}

impl PageCache {
    /// Forgets every page: call after a change is committed.
    pub fn changed(&self) {
        self.inner.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// How many pages are kept (addresses remembered as not to keep aside).
    pub fn len(&self) -> usize {
        lock(&self.inner.entries)
            .values()
            .filter(|entry| entry.kept.as_ref().is_some_and(|kept| kept.page.is_some()))
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn generation(&self) -> u64 {
        self.inner.generation.load(Ordering::SeqCst)
    }

    fn look_up(&self, key: &Key, max_age: Duration) -> Lookup {
        let generation = self.generation();
        let used = self.inner.uses.fetch_add(1, Ordering::Relaxed);
        let mut entries = lock(&self.inner.entries);
        // Only a new address can take the cache past its bounds (a page kept grows it in
        // `keep`): a request for a known one does no more than find it.
        if !entries.contains_key(key) {
            entries.insert(key.clone(), Entry::default());
            evict(&mut entries, key);
        }
        let Some(entry) = entries.get_mut(key) else {
            unreachable!("an address just added is never evicted");
        };
        entry.used = used;
        let current = entry
            .kept
            .as_ref()
            .filter(|kept| kept.generation == generation);
        let young = |kept: &&Kept| kept.built.elapsed() < max_age;
        Lookup {
            fresh: current.filter(young).cloned(),
            aged: current
                .filter(|kept| kept.page.is_some() && kept.built.elapsed() < 2 * max_age)
                .cloned(),
            building: entry.building.clone(),
        }
    }

    fn keep(&self, key: &Key, kept: Kept) {
        let mut entries = lock(&self.inner.entries);
        if kept.generation != self.generation() {
            return;
        }
        let Some(entry) = entries.get_mut(key) else {
            return;
        };
        entry.kept = Some(kept);
        evict(&mut entries, key);
    }
}

/// Forgets the least recently used addresses beyond [`CAPACITY`] or [`MAX_TOTAL_BYTES`],
/// never `keep`.
fn evict(entries: &mut HashMap<Key, Entry>, keep: &Key) {
    let mut bytes: usize = entries
        .values()
        .filter_map(|entry| entry.kept.as_ref())
        .map(Kept::bytes)
        .sum();
    while entries.len() > CAPACITY || bytes > MAX_TOTAL_BYTES {
        let Some(oldest) = entries
            .iter()
            .filter(|(key, _)| *key != keep)
            .min_by_key(|(_, entry)| entry.used)
            .map(|(key, _)| key.clone())
        else {
            return;
        };
        if let Some(gone) = entries.remove(&oldest).and_then(|entry| entry.kept) {
            bytes -= gone.bytes();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The key of a request whose answer may be kept, if it is one.
fn key_of(request: &Request) -> Option<Key> {
    if request.method() != Method::GET {
        return None;
    }
    let headers = request.headers();
    if headers.contains_key(header::COOKIE) || headers.contains_key(header::AUTHORIZATION) {
        return None;
    }
    let text = |name| {
        headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    Some(Key {
        host: text(header::HOST),
        uri: request.uri().to_string(),
        languages: text(header::ACCEPT_LANGUAGE),
    })
}

/// Whether an answer is one every anonymous visitor would get, whole and small enough.
fn keepable(response: &Response) -> bool {
    let headers = response.headers();
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let size = response.body().size_hint().upper();
    response.status() == StatusCode::OK
        && response.extensions().get::<NeverKept>().is_none()
        && !headers.contains_key(header::SET_COOKIE)
        && (kind.starts_with("text/html") || kind.starts_with("application/json"))
        && size.is_some_and(|bytes| bytes <= MAX_PAGE_BYTES as u64)
}

fn answer((headers, body): (HeaderMap, Bytes)) -> Response {
    let mut response = Body::from(body).into_response();
    *response.headers_mut() = headers;
    response
}

/// The work of the `layers::kept_pages` middleware: answers anonymous page views from
/// memory when it can, keeps what it may, and forgets everything after a request that may
/// have changed something.
pub async fn serve(cache: &PageCache, max_age: Duration, request: Request, next: Next) -> Response {
    let Some(key) = key_of(&request).filter(|_| !max_age.is_zero()) else {
        let changes = !matches!(
            *request.method(),
            Method::GET | Method::HEAD | Method::OPTIONS
        );
        let response = next.run(request).await;
        if changes {
            cache.changed();
        }
        return response;
    };
    let lookup = cache.look_up(&key, max_age);
    if let Some(kept) = lookup.fresh {
        return match kept.page {
            Some(page) => answer(page),
            None => next.run(request).await,
        };
    }
    let _building = match lookup.building.try_lock() {
        Ok(guard) => guard,
        Err(_) => {
            if let Some(page) = lookup.aged.and_then(|kept| kept.page) {
                return answer(page);
            }
            let guard = lookup.building.lock().await;
            // Built while this request waited?
            if let Some(kept) = cache.look_up(&key, max_age).fresh {
                drop(guard);
                return match kept.page {
                    Some(page) => answer(page),
                    None => next.run(request).await,
                };
            }
            guard
        }
    };
    let generation = cache.generation();
    let built = Instant::now();
    let response = next.run(request).await;
    let (page, response) = if keepable(&response) {
        let (parts, body) = response.into_parts();
        // Its size is known and within the limit (`keepable`), so this only collects it.
        let body = match to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(body) => body,
            Err(error) => {
                tracing::warn!("could not read a page to keep it: {error}");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let page = (parts.headers.clone(), body.clone());
        (Some(page), Response::from_parts(parts, Body::from(body)))
    } else {
        (None, response)
    };
    let kept = Kept {
        page,
        generation,
        built,
    };
    cache.keep(&key, kept);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(bytes: usize, used: u64) -> Entry {
        Entry {
            kept: Some(Kept {
                page: Some((HeaderMap::new(), Bytes::from(vec![b'x'; bytes]))),
                generation: 0,
                built: Instant::now(),
            }),
            used,
            ..Entry::default()
        }
    }

    fn key(n: usize) -> Key {
        Key {
            host: "tavolo.test".to_owned(),
            uri: format!("/proposals/{n}"),
            languages: String::new(),
        }
    }

    #[test]
    fn the_least_recently_used_addresses_leave_beyond_the_capacity() {
        let mut entries: HashMap<Key, Entry> = (0..=CAPACITY)
            .map(|n| (key(n), page(10, n as u64)))
            .collect();
        evict(&mut entries, &key(0));
        assert_eq!(entries.len(), CAPACITY);
        assert!(entries.contains_key(&key(0)), "the one just used stays");
        assert!(!entries.contains_key(&key(1)), "the oldest other leaves");
    }

    #[test]
    fn the_pages_kept_never_weigh_more_than_the_limit() {
        let big = MAX_PAGE_BYTES;
        let count = MAX_TOTAL_BYTES / big + 3;
        let mut entries: HashMap<Key, Entry> =
            (0..count).map(|n| (key(n), page(big, n as u64))).collect();
        evict(&mut entries, &key(count - 1));
        let bytes: usize = entries
            .values()
            .filter_map(|e| e.kept.as_ref())
            .map(Kept::bytes)
            .sum();
        assert!(bytes <= MAX_TOTAL_BYTES);
        assert_eq!(entries.len(), MAX_TOTAL_BYTES / big);
        assert!(entries.contains_key(&key(count - 1)));
        assert!(!entries.contains_key(&key(0)));
    }
}
