//! Registration, verification, login, logout, password reset and change, profile, language.
//!
//! - `registration.rs`: registering, verifying, refusals, simultaneous sign-ups, the command line;
//! - `passwords.rs`: logging in and out, wrong passwords, resets and changes that end other sessions;
//! - `profile.rs`: the profile and the language followed;
//! - `two_factor.rs`: two-factor login and recovery codes;
//! - `two_factor_required.rs`: the requirement for coordinators and facilitators;
//! - `sessions_list.rs`: one's sessions and logging out everywhere else;
//! - `strength.rs`: passwords easy to guess refused with a hint.

mod passwords;
mod profile;
mod registration;
mod sessions_list;
mod strength;
mod two_factor;
mod two_factor_required;
