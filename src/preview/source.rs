//! Where a preview's three files come from. Natively: the lesson file given on the command
//! line and its word files, found by the project's convention (`lessons/<band>/<id>.lesson.ron`
//! has its words in `locales/<locale>/<id>.ftl`) or given as flags; they are read again when
//! one's modification time or size changes. In the browser: the files the author picked (see
//! `web`), read again when they pick files again.

use bevy::prelude::*;
use safekite_core::codes;
use safekite_core::diagnostic::Diagnostic;

/// The three files' names (as problems show them) and texts.
#[derive(Debug, Clone, Default)]
pub struct PreviewTexts {
    /// The lesson file's name and text.
    pub lesson: (String, String),
    /// Each word file: its locale, name and text.
    pub words: Vec<(String, String, String)>,
    /// Files that could not be read, each as the problem it is.
    pub unread: Vec<Diagnostic>,
}

impl PreviewTexts {
    /// A file that could not be read, with what the author can do about it.
    pub(crate) fn unreadable(&mut self, name: &str, why: impl std::fmt::Display, hint: &str) {
        self.unread.push(
            Diagnostic::error(codes::IO, name, format!("cannot read the file: {why}")).hint(hint),
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::{PreviewFiles, PreviewSource, words_beside};

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::{PickFiles, PreviewSource, authors_mode};
#[cfg(target_arch = "wasm32")]
pub(crate) use web::{picked_names, spawn_pick_buttons};

/// The source's own systems (the browser's file picker).
pub(super) fn plugin(app: &mut App) {
    #[cfg(target_arch = "wasm32")]
    web::plugin(app);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = app;
}
