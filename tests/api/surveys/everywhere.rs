//! Surveys: everywhere.
