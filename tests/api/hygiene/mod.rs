//! Input hygiene: what a client sends that no form would, refused or made harmless at one
//! place, never a 500.
//!
//! - `redirects.rs`: `next` and `back` stay on this site, whatever they hold;
//! - `paging.rs`: page numbers out of range are a 400 (JSON under `/api/`), never a panic;
//! - `text.rs`: control characters refused at the field, `%` and `_` searched as typed;
//! - `requests.rs`: 405 with `Allow` for a wrong method, request ids from clients checked.

mod paging;
mod redirects;
mod requests;
mod text;
