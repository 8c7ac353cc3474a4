//! Surveys: builder.
