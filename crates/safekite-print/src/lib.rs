//! SafeKite on paper, free of Bevy: any lesson as a storybook laid out for A4 (or an A5 booklet),
//! a sheet of choice cards to cut out, the one-page letter home with a QR code of the school's
//! web build, and the family agreement. Everything is HTML that a browser prints; the words come
//! from the Fluent files through the core, the pictures from `assets/art`, the font from
//! `assets/fonts`, so every lesson, present and future, prints.

pub mod agreement;
pub mod cards;
pub mod cli;
pub mod html;
pub mod letter;
pub mod source;
pub mod storybook;

use std::fmt;
use std::path::{Path, PathBuf};

/// Why something could not be printed, said so a person can fix it.
#[derive(Debug)]
pub enum PrintError {
    /// No lesson has this id.
    UnknownLesson { id: String, known: Vec<String> },
    /// A language SafeKite does not ship.
    UnknownLanguage(String),
    /// A lesson file that does not parse.
    BadLesson {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    /// A Fluent file that does not parse.
    BadWords {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    /// The lesson's safe path could not be walked (the lesson was not checked).
    Walk { lesson: String, message: String },
    /// The folder is not a SafeKite project.
    NotAProject(PathBuf),
    /// Wrong command-line arguments.
    Usage(String),
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl PrintError {
    pub(crate) fn io(path: &Path, error: std::io::Error) -> Self {
        PrintError::Io {
            path: path.to_path_buf(),
            error,
        }
    }
}

impl fmt::Display for PrintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrintError::UnknownLesson { id, known } => write!(
                f,
                "no lesson has the id `{id}` (looked in lessons/*/{id}.lesson.ron); the lessons are: {}",
                known.join(", ")
            ),
            PrintError::UnknownLanguage(l) => write!(
                f,
                "unknown language `{l}`: choose one of {}",
                safekite_core::words::LOCALES.join(", ")
            ),
            PrintError::BadLesson {
                path,
                line,
                col,
                message,
            }
            | PrintError::BadWords {
                path,
                line,
                col,
                message,
            } => write!(f, "{}:{line}:{col}: {message}", path.display()),
            PrintError::Walk { lesson, message } => write!(
                f,
                "lesson `{lesson}` cannot be walked along its safe path: {message} (run scripts/check lessons)"
            ),
            PrintError::NotAProject(root) => write!(
                f,
                "{} has no lessons/ and locales/ folders: run from the SafeKite folder or pass --root",
                root.display()
            ),
            PrintError::Usage(why) => f.write_str(why),
            PrintError::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for PrintError {}
