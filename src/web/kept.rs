//! Values computed from the database and kept in memory per process, one per key (a voting
//! round's results ranking, see `results::cache`), so that a page can read a slice of a
//! costly computation instead of running it. Each key belongs to a group (its consultation):
//! a value is used again while it is younger than the maximum age it is asked with and
//! nothing in this process has marked its group [`Kept::changed`] since it was computed.
//!
//! One request at a time computes a key; others meanwhile are given the previous value while
//! it is within the maximum age, or wait and take the new one. At most [`CAPACITY`] keys are
//! kept, the least recently used leaving first.

use std::{
    any::Any,
    collections::HashMap,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

/// Keys kept at most.
pub const CAPACITY: usize = 64;

/// The kept values of this process, and what invalidates them. Cheap to clone.
#[derive(Clone, Default)]
pub struct Kept {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Counts every change; generations are values it has had.
    clock: AtomicU64,
    /// The generation of each group: the clock at its last change.
    changed: Mutex<HashMap<i64, u64>>,
    slots: Mutex<HashMap<i64, Slot>>,
    /// Counts uses, for eviction.
    uses: AtomicU64,
}

/// A value with the generation it reflects and when its computation began.
struct Stamped {
    value: Arc<dyn Any + Send + Sync>,
    generation: u64,
    started: Instant,
}

#[derive(Default)]
struct Slot {
    /// Held by the request computing the key.
    computing: Arc<tokio::sync::Mutex<()>>,
    stamped: Option<Arc<Stamped>>,
    used: u64,
}

type Computing = Arc<tokio::sync::Mutex<()>>;

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Kept {
    /// Marks a group as changed in this process: its keys are computed again on their next
    /// read. Call after the change is committed.
    pub fn changed(&self, group: i64) {
        let now = self.inner.clock.fetch_add(1, Ordering::SeqCst) + 1;
        lock(&self.inner.changed).insert(group, now);
    }

    fn generation(&self, group: i64) -> u64 {
        lock(&self.inner.changed).get(&group).copied().unwrap_or(0)
    }

    /// The value of `key` (of `group`): the one kept, when it is current, `fits` and is
    /// younger than `max_age`; else a new one from `compute`, which one request at a time
    /// runs per key.
    pub async fn get<T, E, Fut>(
        &self,
        (key, group): (i64, i64),
        max_age: Duration,
        fits: impl Fn(&T) -> bool,
        compute: impl FnOnce() -> Fut,
    ) -> Result<Arc<T>, E>
    where
        T: Send + Sync + 'static,
        Fut: Future<Output = Result<T, E>>,
    {
        let asked = Instant::now();
        let generation = self.generation(group);
        let typed = |s: &Stamped| s.value.clone().downcast::<T>().ok().filter(|v| fits(v));
        let (kept, computing) = self.slot(key);
        let kept = kept.and_then(|s| Some((typed(&s)?, s)));
        if let Some((value, stamped)) = &kept
            && stamped.started.elapsed() < max_age
            && stamped.generation >= generation
        {
            return Ok(value.clone());
        }
        let _computing = match computing.try_lock() {
            Ok(guard) => guard,
            Err(_) => {
                // Another request is computing it: the previous value, if young enough,
                // rather than waiting.
                if let Some((value, stamped)) = kept
                    && stamped.started.elapsed() < max_age
                {
                    return Ok(value);
                }
                let guard = computing.lock().await;
                // Computed while this request waited, with every change it knew of.
                if let (Some(new), _) = self.slot(key)
                    && new.generation >= generation
                    && (new.started.elapsed() < max_age || new.started >= asked)
                    && let Some(value) = typed(&new)
                {
                    return Ok(value);
                }
                guard
            }
        };
        let generation = self.generation(group);
        let started = Instant::now();
        let value = Arc::new(compute().await?);
        let stamped = Stamped {
            value: value.clone(),
            generation,
            started,
        };
        self.keep(key, Arc::new(stamped), computing.clone());
        Ok(value)
    }

    /// What is kept for a key and its computing lock, marking the key as used.
    fn slot(&self, key: i64) -> (Option<Arc<Stamped>>, Computing) {
        let used = self.inner.uses.fetch_add(1, Ordering::Relaxed);
        let mut slots = lock(&self.inner.slots);
        let slot = slots.entry(key).or_default();
        slot.used = used;
        let found = (slot.stamped.clone(), slot.computing.clone());
        evict(&mut slots, key);
        found
    }

    fn keep(&self, key: i64, stamped: Arc<Stamped>, computing: Computing) {
        let used = self.inner.uses.fetch_add(1, Ordering::Relaxed);
        let mut slots = lock(&self.inner.slots);
        let slot = slots.entry(key).or_insert_with(|| Slot {
            computing,
            ..Slot::default()
        });
        slot.stamped = Some(stamped);
        slot.used = used;
        evict(&mut slots, key);
    }

    /// How many keys are kept.
    pub fn len(&self) -> usize {
        lock(&self.inner.slots).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Drops the least recently used keys beyond [`CAPACITY`], never `keep`.
fn evict(slots: &mut HashMap<i64, Slot>, keep: i64) {
    while slots.len() > CAPACITY {
        let Some(oldest) = slots
            .iter()
            .filter(|(key, _)| **key != keep)
            .min_by_key(|(_, slot)| slot.used)
            .map(|(key, _)| *key)
        else {
            return;
        };
        slots.remove(&oldest);
    }
}

#[cfg(test)]
#[path = "kept_tests.rs"]
mod tests;
