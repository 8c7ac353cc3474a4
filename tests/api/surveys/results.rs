//! Surveys: results.
