//! How often one client address may do what costs others something (registering an account,
//! having an account email sent), counted in this instance's memory with `governor`: with
//! several instances each counts its own share, which is enough to stop a flood. The
//! counters are bounded: once more than [`MAX_ADDRESSES`] addresses are tracked, those back
//! to a full allowance are dropped, and if that is not enough the counts start afresh.

use std::{
    net::IpAddr,
    num::NonZeroU32,
    sync::{Arc, RwLock},
};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};

use super::AppError;
use crate::config::Limits;

/// Addresses tracked per action before the counters are pruned.
const MAX_ADDRESSES: usize = 100_000;

/// What is counted per client address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PerAddress {
    /// `POST /register` with a valid form (`TAVOLO_REGISTRATIONS_PER_HOUR`).
    Registration,
    /// A password-reset request or a verification resend (`TAVOLO_ACCOUNT_MAILS_PER_HOUR`).
    AccountMail,
}

/// The per-address counters of this instance.
#[derive(Clone)]
pub struct AddressRates {
    registrations: Option<Counter>,
    account_mails: Option<Counter>,
}

impl AddressRates {
    pub fn new(limits: &Limits) -> Self {
        Self {
            registrations: Counter::per_hour(limits.registrations_per_hour),
            account_mails: Counter::per_hour(limits.account_mails_per_hour),
        }
    }

    /// Counts one `what` by the client at `client` (`web::client::ClientAddr`); refused with
    /// how long to wait when over the rate.
    pub fn check(&self, what: PerAddress, client: IpAddr) -> Result<(), AppError> {
        let counter = match what {
            PerAddress::Registration => &self.registrations,
            PerAddress::AccountMail => &self.account_mails,
        };
        match counter {
            Some(counter) => counter.check(counted_as(client)),
            None => Ok(()),
        }
    }
}

/// What a client address is counted as: IPv6 clients per /64, the block one subscriber
/// usually holds (else one person would have billions of addresses to rotate through).
pub fn counted_as(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(prefix.into())
        }
    }
}

#[derive(Clone)]
struct Counter {
    quota: Quota,
    limiter: Arc<RwLock<Arc<DefaultKeyedRateLimiter<IpAddr>>>>,
}

impl Counter {
    /// `None` when `per_hour` is 0: no limit.
    fn per_hour(per_hour: u32) -> Option<Self> {
        let quota = Quota::per_hour(NonZeroU32::new(per_hour)?);
        Some(Self {
            quota,
            limiter: Arc::new(RwLock::new(Arc::new(RateLimiter::keyed(quota)))),
        })
    }

    fn check(&self, key: IpAddr) -> Result<(), AppError> {
        let limiter = self.current();
        if let Err(not_until) = limiter.check_key(&key) {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            return Err(AppError::TooManyRequests(wait.as_secs() + 1));
        }
        Ok(())
    }

    /// The limiter, pruned first when it tracks too many addresses.
    fn current(&self) -> Arc<DefaultKeyedRateLimiter<IpAddr>> {
        let limiter = self
            .limiter
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        if limiter.len() <= MAX_ADDRESSES {
            return limiter;
        }
        limiter.retain_recent();
        limiter.shrink_to_fit();
        if limiter.len() <= MAX_ADDRESSES {
            return limiter;
        }
        tracing::warn!(
            "more than {MAX_ADDRESSES} client addresses at their limit: counting afresh"
        );
        let fresh = Arc::new(RateLimiter::keyed(self.quota));
        *self
            .limiter
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = fresh.clone();
        fresh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_has_its_allowance_and_ipv6_counts_per_block() {
        let limits = Limits {
            registrations_per_hour: 2,
            account_mails_per_hour: 0,
            ..Limits::default()
        };
        let rates = AddressRates::new(&limits);
        let client = |s: &str| -> IpAddr { s.parse().unwrap() };
        for _ in 0..2 {
            assert!(
                rates
                    .check(PerAddress::Registration, client("192.0.2.1"))
                    .is_ok()
            );
        }
        let refused = rates.check(PerAddress::Registration, client("192.0.2.1"));
        assert!(matches!(refused, Err(AppError::TooManyRequests(s)) if s > 1_000));
        assert!(
            rates
                .check(PerAddress::Registration, client("192.0.2.2"))
                .is_ok()
        );
        for _ in 0..100 {
            assert!(
                rates
                    .check(PerAddress::AccountMail, client("192.0.2.1"))
                    .is_ok()
            );
        }
        for host in ["2001:db8::1", "2001:db8::2"] {
            assert!(rates.check(PerAddress::Registration, client(host)).is_ok());
        }
        assert!(
            rates
                .check(PerAddress::Registration, client("2001:db8::3"))
                .is_err()
        );
    }
}
