//! The preview's files on disk, read again whenever one changes.

use bevy::prelude::*;
use safekite_core::words::LOCALES;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::PreviewTexts;

/// The lesson file and its word files (locale, path).
#[derive(Debug, Clone)]
pub struct PreviewFiles {
    pub lesson: PathBuf,
    pub words: Vec<(String, PathBuf)>,
}

/// The files, with what they looked like when last read.
#[derive(Resource, Debug)]
pub struct PreviewSource {
    files: PreviewFiles,
    /// The project root, which names are shown relative to (else the paths as given).
    root: Option<PathBuf>,
    seen: Option<Vec<Stamp>>,
}

/// A file's modification time and size (`None`: it cannot be read).
type Stamp = Option<(SystemTime, u64)>;

/// The word files of the lesson at `lesson`, by the project's convention: the folder at or
/// above it holding `locales/` has `locales/<locale>/<id>.ftl` for each locale, where `id` is
/// the file's name without `.lesson.ron`.
pub fn words_beside(lesson: &Path) -> Vec<(String, PathBuf)> {
    let name = lesson.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let id = name.strip_suffix(".lesson.ron").unwrap_or(name);
    let root = safekite_core::check::find_root(lesson)
        .unwrap_or_else(|| lesson.parent().unwrap_or(Path::new(".")).to_path_buf());
    LOCALES
        .iter()
        .map(|l| {
            (
                l.to_string(),
                root.join("locales").join(l).join(format!("{id}.ftl")),
            )
        })
        .collect()
}

impl PreviewSource {
    pub fn new(files: PreviewFiles) -> Self {
        let root = safekite_core::check::find_root(&files.lesson);
        PreviewSource {
            files,
            root,
            seen: None,
        }
    }

    /// The files' texts, when any changed since they were last read (the first time: always).
    pub(crate) fn changed(&mut self) -> Option<PreviewTexts> {
        let stamps: Vec<Stamp> = self.paths().map(stamp).collect();
        if self.seen.as_ref() == Some(&stamps) {
            return None;
        }
        self.seen = Some(stamps);
        Some(self.read())
    }

    fn paths(&self) -> impl Iterator<Item = &Path> {
        std::iter::once(self.files.lesson.as_path())
            .chain(self.files.words.iter().map(|(_, p)| p.as_path()))
    }

    fn read(&self) -> PreviewTexts {
        let mut texts = PreviewTexts::default();
        let lesson = self.name(&self.files.lesson);
        match std::fs::read_to_string(&self.files.lesson) {
            Ok(text) => texts.lesson = (lesson, text),
            Err(e) => texts.unreadable(&lesson, e, "check the file's name and folder"),
        }
        for (locale, path) in &self.files.words {
            let name = self.name(path);
            match std::fs::read_to_string(path) {
                Ok(text) => texts.words.push((locale.clone(), name, text)),
                Err(e) => texts.unreadable(
                    &name,
                    e,
                    "check the file's name and folder, or give it with --words-<locale> FILE",
                ),
            }
        }
        texts
    }

    /// A file's name as problems show it: from the project root (`lessons/3-6/x.lesson.ron`).
    fn name(&self, path: &Path) -> String {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let shown = self
            .root
            .as_deref()
            .and_then(|r| absolute.strip_prefix(r).ok())
            .unwrap_or(path);
        shown.to_string_lossy().replace('\\', "/")
    }
}

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}
