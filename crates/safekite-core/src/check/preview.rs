//! The check of one lesson with its own word files, from their texts alone (no folder, no
//! project): what `safekite preview` and the browser's authors' mode run before they play a
//! lesson. It is the lesson's own check ([`check_lesson`]), each word file's limits, syntax
//! and duplicate ids, and every message the lesson uses defined in each locale given, with the
//! same codes and `file:line:col` as `safekite check`; then, when every locale's words are
//! given, the project's steps that one lesson and its words can answer ([`ONE_LESSON_STEPS`]:
//! the unsafe option's place, the sticker, made-up addresses, line lengths, the same variables
//! in each language). What only a whole project can tell (unused messages, stickers of other
//! lessons, pictures, narration, the index) is left to `safekite check`.

use super::lesson::check_lesson_inner;
use super::locales::{MessageDef, read_file};
use super::messages::missing_message;
use super::{
    CheckOptions, LessonCheck, ParsedLesson, Project, Step, at, links, locales, option_order,
    stickers, words,
};
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::words::LOCALES;
use std::collections::HashMap;
use std::path::PathBuf;

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
    let mut defs: Vec<HashMap<MessageId, MessageDef>> = Vec::new();
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
    if let (Some(lesson), Some(defs)) = (&lesson, in_locale_order(words, defs)) {
        let parsed = (file.to_string(), lesson.clone(), map);
        diagnostics.extend(one_lesson_steps(parsed, defs, words));
    }
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    LessonCheck {
        lesson: lesson.filter(|_| ok),
        diagnostics,
    }
}

/// The project steps that need only one lesson and its words, in the project check's order.
const ONE_LESSON_STEPS: &[Step] = &[
    |p| option_order::check(&p.lessons, &mut p.diags),
    |p| stickers::check(&p.lessons, &mut p.diags),
    links::made_up,
    words::spoken_lines_fit,
    locales::same_variables,
];

/// Each locale's definitions in [`LOCALES`] order, when every locale's words were given once.
fn in_locale_order(
    words: &[WordFile],
    defs: Vec<HashMap<MessageId, MessageDef>>,
) -> Option<Vec<HashMap<MessageId, MessageDef>>> {
    let mut by_locale: Vec<_> = words.iter().map(|w| w.locale).zip(defs).collect();
    let ordered: Vec<_> = LOCALES
        .iter()
        .filter_map(|l| {
            let at = by_locale.iter().position(|(locale, _)| locale == l)?;
            Some(by_locale.swap_remove(at).1)
        })
        .collect();
    (ordered.len() == LOCALES.len() && by_locale.is_empty()).then_some(ordered)
}

/// Runs [`ONE_LESSON_STEPS`] on a project of this one lesson and its words (no folder).
fn one_lesson_steps(
    lesson: ParsedLesson,
    defs: Vec<HashMap<MessageId, MessageDef>>,
    words: &[WordFile],
) -> Vec<Diagnostic> {
    let opts = CheckOptions::default();
    let mut p = Project::new(&opts, &[], PathBuf::new());
    for w in words {
        p.report
            .sources
            .insert(w.file.to_string(), w.text.to_string());
    }
    p.lessons = vec![lesson];
    p.defs = defs;
    for step in ONE_LESSON_STEPS {
        step(&mut p);
    }
    p.diags
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

    #[test]
    fn what_one_lesson_can_tell_is_checked_as_the_project_would() {
        // The starter sticker: a warning, and the lesson still plays.
        let sticker = with_sticker(LESSON, "draft-sticker");
        assert!(sticker.contains("Sticker(picture: \"draft-sticker\""));
        let checked = check_lesson_with_words(FILE, &sticker, &words(VI, EN));
        let codes: Vec<_> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [crate::codes::STARTER_STICKER],
            "{:?}",
            checked.diagnostics
        );
        assert!(checked.lesson.is_some());
        // A real address in a child's line: the project's error, at its place in the words.
        let line = EN
            .lines()
            .find(|l| l.starts_with("private-info-hello"))
            .unwrap();
        let en = EN.replacen(line, &format!("{line} See www.google.com"), 1);
        let checked = check_lesson_with_words(FILE, LESSON, &words(VI, &en));
        let real = checked
            .diagnostics
            .iter()
            .find(|d| d.code == crate::codes::REAL_ADDRESS)
            .expect("a real address is found");
        assert_eq!(real.file, "locales/en/private-info.ftl");
        let at_line = en.lines().position(|l| l.contains("google")).unwrap() + 1;
        assert_eq!(real.line, at_line);
        assert!(checked.lesson.is_none());
    }

    /// The lesson with its sticker picture changed to `picture`.
    fn with_sticker(lesson: &str, picture: &str) -> String {
        let at = lesson.find("sticker: Sticker(picture: \"").unwrap() + 27;
        let end = at + lesson[at..].find('"').unwrap();
        format!("{}{picture}{}", &lesson[..at], &lesson[end..])
    }
}
