//! SafeKite's engine core, free of Bevy: the lesson format, the checker, the deterministic
//! lesson runner, words through Fluent with a locale fallback chain, and progress storage.

pub mod cast;
pub mod check;
pub mod cli;
pub mod codes;
pub mod diagnostic;
pub mod gate;
pub mod graph;
pub mod html;
pub mod ids;
pub mod learning;
pub mod load;
pub mod locate;
pub mod model;
pub mod progress;
pub mod recording;
pub mod runner;
pub mod topics;
pub mod ui_messages;
pub mod voice_pack;
pub mod words;

/// The checker's rules for the pretend device, also at their first path.
pub use check::device as check_device;
