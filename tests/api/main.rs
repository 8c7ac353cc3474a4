//! Tavolo's integration tests: one binary, every capability exercised through HTTP as a
//! person would, against a real database and a real SMTP server.

mod accounts;
mod backups;
mod check;
mod commitments;
mod connections;
mod consultations;
mod discussion;
mod exports;
mod faults;
mod generate;
mod helpers;
mod hygiene;
mod kept_pages;
mod languages;
mod layout;
mod limits;
mod mail;
mod manage;
mod meetings;
mod metrics;
mod notifications;
mod openapi;
mod organisations;
mod people;
mod policy;
mod proposals;
mod rendering;
mod rights;
mod rounds;
mod security;
mod server;
mod sessions;
mod site;
mod smtp;
mod voting;
