//! Surveys: answering.
