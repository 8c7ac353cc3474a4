use std::sync::atomic::AtomicUsize;

use super::*;

const LONG: Duration = Duration::from_secs(3600);

/// Gets `key` of `group`, counting computations.
async fn get(kept: &Kept, key: (i64, i64), max_age: Duration, computed: &AtomicUsize) -> Arc<i64> {
    kept.get(
        key,
        max_age,
        |_: &i64| true,
        || async {
            computed.fetch_add(1, Ordering::SeqCst);
            Ok::<_, ()>(key.0)
        },
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn a_value_is_kept_until_its_group_changes_or_it_ages() {
    let kept = Kept::default();
    let computed = AtomicUsize::new(0);
    get(&kept, (1, 10), LONG, &computed).await;
    get(&kept, (1, 10), LONG, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), 1, "kept");
    kept.changed(20);
    get(&kept, (1, 10), LONG, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), 1, "another group changed");
    kept.changed(10);
    assert_eq!(*get(&kept, (1, 10), LONG, &computed).await, 1);
    assert_eq!(computed.load(Ordering::SeqCst), 2, "its group changed");
    get(&kept, (2, 20), LONG, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), 3, "another key");
    // Refused by `fits`: computed again.
    let refused = kept
        .get((2, 20), LONG, |_: &i64| false, || async { Ok::<_, ()>(7) })
        .await
        .unwrap();
    assert_eq!(*refused, 7);
    // No age allowed: computed every time.
    get(&kept, (1, 10), Duration::ZERO, &computed).await;
    get(&kept, (1, 10), Duration::ZERO, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), 5);
}

#[tokio::test]
async fn one_request_computes_a_key_while_the_others_wait_for_it() {
    let kept = Kept::default();
    let computed = AtomicUsize::new(0);
    let slow = || async {
        computed.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(50)).await;
        Ok::<_, ()>(1_i64)
    };
    let fits = |_: &i64| true;
    let (a, b, c) = tokio::join!(
        kept.get((1, 10), LONG, fits, slow),
        kept.get((1, 10), LONG, fits, slow),
        kept.get((1, 10), LONG, fits, slow),
    );
    assert_eq!(computed.load(Ordering::SeqCst), 1);
    let (a, b, c) = (a.unwrap(), b.unwrap(), c.unwrap());
    assert!(Arc::ptr_eq(&a, &b) && Arc::ptr_eq(&b, &c));
}

#[tokio::test]
async fn at_most_capacity_keys_are_kept_the_least_recently_used_leaving() {
    let kept = Kept::default();
    let computed = AtomicUsize::new(0);
    let capacity = CAPACITY as i64;
    for key in 0..capacity {
        get(&kept, (key, 1), LONG, &computed).await;
    }
    // Key 0 used again: key 1 is now the least recently used.
    get(&kept, (0, 1), LONG, &computed).await;
    get(&kept, (capacity, 1), LONG, &computed).await;
    assert_eq!(kept.len(), CAPACITY);
    assert_eq!(computed.load(Ordering::SeqCst), CAPACITY + 1);
    get(&kept, (0, 1), LONG, &computed).await;
    assert_eq!(computed.load(Ordering::SeqCst), CAPACITY + 1, "key 0 kept");
    get(&kept, (1, 1), LONG, &computed).await;
    assert_eq!(
        computed.load(Ordering::SeqCst),
        CAPACITY + 2,
        "key 1 evicted"
    );
}
