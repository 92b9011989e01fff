//! The check of one lesson with its own word files, from their texts alone (no folder, no
//! project): what `safekite preview` and the browser's authors' mode run before they play a
//! lesson. It is the lesson's own check ([`check_lesson`]), each word file's limits, syntax
//! and duplicate ids, and every message the lesson uses defined in each locale given, with the
//! same codes and `file:line:col` as `safekite check`. What only a whole project can tell
//! (unused messages, pictures, narration, the index) is left to `safekite check`.

use super::lesson::check_lesson_inner;
use super::locales::{MessageDef, read_file};
use super::messages::missing_message;
use super::{LessonCheck, at};
use crate::diagnostic::Diagnostic;
use std::collections::HashMap;

/// One word file given with a lesson: its locale, its name as problems show it, its text.
#[derive(Clone, Copy, Debug)]
pub struct WordFile<'a> {
    pub locale: &'a str,
    pub file: &'a str,
    pub text: &'a str,
}

/// Checks a lesson file's text with its word files. The lesson comes back only when none of
/// the files has an error; the diagnostics are the lesson's first, then each word file's.
pub fn check_lesson_with_words(file: &str, source: &str, words: &[WordFile]) -> LessonCheck {
    let (lesson, mut diagnostics, map) = check_lesson_inner(file, source);
    let mut defs: Vec<HashMap<String, MessageDef>> = Vec::new();
    let mut word_diags = Vec::new();
    for w in words {
        let mut locale_defs = HashMap::new();
        read_file(w.file, w.text, &mut locale_defs, &mut word_diags);
        defs.push(locale_defs);
    }
    if let Some(lesson) = &lesson {
        let mut seen = std::collections::HashSet::new();
        for m in lesson
            .messages()
            .into_iter()
            .filter(|m| seen.insert(m.id.clone()))
        {
            for (w, locale_defs) in words.iter().zip(&defs) {
                if !locale_defs.contains_key(&m.id) {
                    let d = missing_message(file, &m.id, w.locale, &lesson.id);
                    diagnostics.push(at(d, &map, &m.path));
                }
            }
        }
    }
    diagnostics.extend(word_diags);
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    LessonCheck {
        lesson: lesson.filter(|_| ok),
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = include_str!("../../../../lessons/3-6/private-info.lesson.ron");
    const VI: &str = include_str!("../../../../locales/vi/private-info.ftl");
    const EN: &str = include_str!("../../../../locales/en/private-info.ftl");
    const FILE: &str = "lessons/3-6/private-info.lesson.ron";

    fn words<'a>(vi: &'a str, en: &'a str) -> [WordFile<'a>; 2] {
        [
            WordFile {
                locale: "vi",
                file: "locales/vi/private-info.ftl",
                text: vi,
            },
            WordFile {
                locale: "en",
                file: "locales/en/private-info.ftl",
                text: en,
            },
        ]
    }

    #[test]
    fn a_shipped_lesson_with_its_words_plays() {
        let checked = check_lesson_with_words(FILE, LESSON, &words(VI, EN));
        let errors: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(checked.lesson.is_some());
    }

    #[test]
    fn a_missing_message_and_a_syntax_error_are_found_where_they_are() {
        let first_id = VI.lines().find(|l| l.contains(" = ")).unwrap();
        let vi = VI.replacen(first_id, "", 1);
        let en = format!("{EN}\nbroken line without equals\n");
        let checked = check_lesson_with_words(FILE, LESSON, &words(&vi, &en));
        assert!(checked.lesson.is_none());
        let codes: Vec<_> = checked
            .diagnostics
            .iter()
            .map(|d| (d.code, d.file.as_str()))
            .collect();
        assert!(
            codes.contains(&(crate::codes::MISSING_MESSAGE, FILE)),
            "{codes:?}"
        );
        assert!(
            codes.contains(&(crate::codes::FLUENT_SYNTAX, "locales/en/private-info.ftl")),
            "{codes:?}"
        );
        let missing = checked
            .diagnostics
            .iter()
            .find(|d| d.code == crate::codes::MISSING_MESSAGE)
            .unwrap();
        assert!(
            missing.line > 0 && missing.message.contains("`vi`"),
            "{missing:?}"
        );
    }
}
