//! Where the printed pages come from: a lesson found by its id under `lessons/`, and the words of
//! the chosen language (with English as the fallback) from `locales/`, through the core.

use crate::PrintError;
use safekite_core::load::parse_lesson;
use safekite_core::model::Lesson;
use safekite_core::words::{LOCALES, Words};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The project's files: lessons, words, pictures and fonts, under one root folder.
#[derive(Clone, Debug)]
pub struct Project {
    root: PathBuf,
}

impl Project {
    /// The project at `root` (the folder holding `lessons/`, `locales/` and `assets/`).
    pub fn at(root: impl Into<PathBuf>) -> Result<Self, PrintError> {
        let root = root.into();
        if !root.join("lessons").is_dir() || !root.join("locales").is_dir() {
            return Err(PrintError::NotAProject(root));
        }
        Ok(Project { root })
    }

    /// The root folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The lesson with id `id`, read from `lessons/<band>/<id>.lesson.ron`.
    pub fn lesson(&self, id: &str) -> Result<Arc<Lesson>, PrintError> {
        let files = self.lesson_files()?;
        let Some(path) = files.iter().find(|p| lesson_id_of(p) == Some(id)) else {
            let known = files
                .iter()
                .filter_map(|p| lesson_id_of(p).map(str::to_string))
                .collect();
            return Err(PrintError::UnknownLesson {
                id: id.to_string(),
                known,
            });
        };
        let text = read(path)?;
        let lesson = parse_lesson(&text).map_err(|e| PrintError::BadLesson {
            path: path.clone(),
            line: e.line,
            col: e.col,
            message: e.message,
        })?;
        Ok(Arc::new(lesson))
    }

    /// Every lesson file, sorted by path.
    fn lesson_files(&self) -> Result<Vec<PathBuf>, PrintError> {
        let lessons = self.root.join("lessons");
        let mut files = Vec::new();
        for band in read_dir(&lessons)? {
            if band.is_dir() {
                files.extend(
                    read_dir(&band)?
                        .into_iter()
                        .filter(|p| lesson_id_of(p).is_some()),
                );
            }
        }
        files.sort();
        Ok(files)
    }

    /// The words of `lang` (falling back to English): the game's `ui.ftl`, the printed pages'
    /// `print.ftl` and the Fluent files of `lessons`.
    pub fn words(&self, lang: &str, lessons: &[&str]) -> Result<Words, PrintError> {
        if !LOCALES.contains(&lang) {
            return Err(PrintError::UnknownLanguage(lang.to_string()));
        }
        let mut words = Words::new();
        let mut names = vec!["ui", "print"];
        names.extend_from_slice(lessons);
        for locale in LOCALES {
            for name in &names {
                let rel = format!("locales/{locale}/{name}.ftl");
                let path = self.root.join(&rel);
                if !path.is_file() {
                    continue;
                }
                let errors = words.add_file(locale, &rel, &read(&path)?);
                if let Some(e) = errors.into_iter().next() {
                    return Err(PrintError::BadWords {
                        path,
                        line: e.line,
                        col: e.col,
                        message: e.message,
                    });
                }
            }
        }
        Ok(words)
    }
}

/// `id` for a path ending in `<id>.lesson.ron`.
fn lesson_id_of(path: &Path) -> Option<&str> {
    path.file_name()?.to_str()?.strip_suffix(".lesson.ron")
}

fn read(path: &Path) -> Result<String, PrintError> {
    std::fs::read_to_string(path).map_err(|e| PrintError::io(path, e))
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, PrintError> {
    let entries = std::fs::read_dir(dir).map_err(|e| PrintError::io(dir, e))?;
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry.map_err(|e| PrintError::io(dir, e))?.path());
    }
    Ok(paths)
}
