//! Who is asking: the client's IP address, as every limit keyed by address sees it.
//!
//! The accept loop puts the socket's peer in each request's extensions
//! (`ConnectInfo<SocketAddr>`). Behind a reverse proxy the peer is the proxy: then, and only
//! when the peer is one of `TAVOLO_TRUSTED_PROXIES`, the client is the right-most address of
//! `X-Forwarded-For` that is not itself a trusted proxy. Anyone can send that header, so
//! believing it from other peers would let one client pose as many.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, request::Parts},
};
use ipnet::IpNet;

use super::AppState;

/// The client's address. Extracting it never fails: a request that came through no socket
/// (none does in Tavolo) counts as `0.0.0.0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientAddr(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip());
        Ok(ClientAddr(client_address(
            peer,
            &parts.headers,
            &state.config.limits.trusted_proxies,
        )))
    }
}

impl std::fmt::Display for ClientAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The client behind `peer`: `peer` itself unless it is a trusted proxy; then the right-most
/// address of `X-Forwarded-For` (all its headers, in order) that is not a trusted proxy, or
/// the left-most when all are. An entry that is not an address ends the walk: what lies to
/// its left was written by someone untrusted.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&canonical(*ip)));
    if !is_trusted(&peer) {
        return canonical(peer);
    }
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    let mut client = peer;
    for entry in forwarded.iter().rev() {
        let Some(ip) = parse_entry(entry) else {
            break;
        };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    canonical(client)
}

/// One `X-Forwarded-For` entry: an address, possibly with a port (`192.0.2.7:5000`,
/// `[2001:db8::1]:443`).
fn parse_entry(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// IPv4 clients of a dual-stack socket show as `::ffff:a.b.c.d`: one client, one address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", value.parse().expect("a header value"));
        }
        headers
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("an address")
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap(), "::1/128".parse().unwrap()];
        let forged = headers(&["1.1.1.1"]);
        assert_eq!(
            client_address(ip("192.0.2.9"), &forged, &trusted),
            ip("192.0.2.9")
        );
        assert_eq!(
            client_address(ip("10.1.2.3"), &forged, &trusted),
            ip("1.1.1.1")
        );
        // The client may write anything to the left; the proxies append to the right.
        let chain = headers(&["6.6.6.6, 203.0.113.5", "10.0.0.2"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &chain, &trusted),
            ip("203.0.113.5")
        );
        let garbage = headers(&["6.6.6.6, nonsense, 10.0.0.2"]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &garbage, &trusted),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_address(ip("::1"), &headers(&["[2001:db8::1]:443"]), &trusted),
            ip("2001:db8::1")
        );
        assert_eq!(
            client_address(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_address(ip("::ffff:192.0.2.9"), &forged, &[]),
            ip("192.0.2.9")
        );
    }
}
