//! A survey's text in the reader's language, with the original available.
