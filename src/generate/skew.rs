//! The shapes of real participation: a few proposals draw most supports and most comments
//! (Zipf-like), the rest a long tail.

/// Zipf-like weights for `n` ranks: rank `k` (from 0) weighs `1 / (k + 1)^exponent`.
pub fn zipf_weights(n: usize, exponent: f64) -> Vec<f64> {
    (0..n)
        .map(|rank| 1.0 / ((rank + 1) as f64).powf(exponent))
        .collect()
}

/// Splits `total` over `weights` in proportion, no share above `cap`. What rounding and the
/// cap leave over goes to the heaviest shares that still have room, so the skew stays.
/// The caller makes sure that `total <= cap * weights.len()`.
pub fn allocate(total: u64, weights: &[f64], cap: u64) -> Vec<u64> {
    let sum: f64 = weights.iter().sum();
    let mut shares: Vec<u64> = weights
        .iter()
        .map(|w| ((total as f64 * w / sum).floor() as u64).min(cap))
        .collect();
    let mut left = total.saturating_sub(shares.iter().sum());
    for share in shares.iter_mut() {
        if left == 0 {
            break;
        }
        let more = (cap - *share).min(left);
        *share += more;
        left -= more;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_is_exact_capped_and_skewed() {
        let weights = zipf_weights(100, 1.0);
        let shares = allocate(10_000, &weights, 1_000);
        assert_eq!(shares.iter().sum::<u64>(), 10_000);
        assert!(shares.iter().all(|s| *s <= 1_000));
        assert!(shares[0] >= shares[50]);
        let top_tenth: u64 = shares[..10].iter().sum();
        assert!(top_tenth > 4_000, "a few proposals get most: {top_tenth}");
        // Nothing to spare: every share is full.
        assert_eq!(allocate(30, &zipf_weights(3, 1.0), 10), vec![10, 10, 10]);
    }
}
