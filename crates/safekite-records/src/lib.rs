//! SafeKite's records, free of Bevy and of network code (it builds for wasm32 too): xAPI 1.0.3
//! statements and their validation, classes and sessions, the append-only record log with its
//! stores, the privacy operations, and the yearly report (figures, A4 HTML, CSV).
//!
//! No clock and no random source is read here: ids and timestamps come from the caller.

pub mod classes;
pub mod files;
pub mod generate;
pub mod log;
pub mod render;
pub mod report;
pub mod validate;
pub mod xapi;
