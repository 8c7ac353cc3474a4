//! Registration, verification, login, logout, password reset and change, profile, language.
//!
//! - `registration.rs`: registering, verifying, refusals, simultaneous sign-ups, the command line;
//! - `passwords.rs`: logging in and out, wrong passwords, resets and changes that end other sessions;
//! - `profile.rs`: the profile and the language followed.

mod passwords;
mod profile;
mod registration;
