//! The checker: everything that can be wrong in a lesson or locale file, found before a child
//! ever sees it. (Being written: see `check_lesson` and `check_project`.)

use crate::diagnostic::Diagnostic;
use crate::load::parse_lesson;
use crate::model::Lesson;

/// The result of checking one lesson file on its own.
#[derive(Clone, Debug)]
pub struct LessonCheck {
    /// The lesson, if it has no errors.
    pub lesson: Option<Lesson>,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one lesson file's text on its own (syntax, schema, structure; no other files).
/// `file` names it in diagnostics and is used to check the id against the file name.
pub fn check_lesson(file: &str, source: &str) -> LessonCheck {
    match parse_lesson(source) {
        Ok(lesson) => LessonCheck { lesson: Some(lesson), diagnostics: Vec::new() },
        Err(e) => LessonCheck {
            lesson: None,
            diagnostics: vec![Diagnostic::error("SK0001", file, e.message).at(e.line, e.col, 1)],
        },
    }
}
