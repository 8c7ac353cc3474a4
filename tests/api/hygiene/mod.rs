//! Input hygiene: what a client sends that no form would, refused or made harmless at one
//! place, never a 500.
//!
//! - `redirects.rs`: `next` and `back` stay on this site, whatever they hold;
//! - `requests.rs`: 405 with `Allow` for a wrong method, request ids from clients checked.

mod redirects;
mod requests;
