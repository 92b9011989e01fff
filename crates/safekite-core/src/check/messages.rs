//! Messages between lessons and locales: every message the interface or a lesson uses is defined
//! in every locale, every message defined in a lesson's file or `ui.ftl` is used, and every
//! locale file belongs to a lesson or a tool. Also which lines are spoken, for narration.

use super::Project;
use super::load::{canonical, lesson_files};
use super::locales::MessageDef;
use super::tool_words::TOOL_WORD_FILES;
use super::{Report, at};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::ui_messages;
use crate::words::{LOCALES, language_name};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::PathBuf;

/// Every interface message, and every language's name, is defined in every locale; they are all
/// used, and the spoken ones are the first spoken lines.
pub(crate) fn interface(p: &mut Project) {
    let mut ids: Vec<MessageId> = ui_messages::ALL
        .iter()
        .map(|m| MessageId::from(m.id))
        .collect();
    ids.extend(
        LOCALES
            .iter()
            .map(|code| MessageId::new(language_name(code))),
    );
    p.used = ids.iter().cloned().collect();
    for (li, locale) in LOCALES.iter().enumerate() {
        for id in ids.iter().filter(|id| !p.defs[li].contains_key(*id)) {
            p.diags.push(
                Diagnostic::error(
                    codes::MISSING_MESSAGE,
                    format!("locales/{locale}/ui.ftl"),
                    format!("interface message `{id}` is missing from locale `{locale}`"),
                )
                .hint(format!("add `{id} = ...` to locales/{locale}/ui.ftl")),
            );
        }
    }
    for m in ui_messages::ALL.iter().filter(|m| m.spoken) {
        p.spoken.push((MessageId::from(m.id), None));
    }
}

/// Every message a lesson uses is defined in every locale; its spoken ones are kept, with where
/// they are used.
pub(crate) fn lessons(p: &mut Project) {
    for (lesson_index, (file, lesson, map)) in p.lessons.iter().enumerate() {
        let mut seen = HashSet::new();
        for m in lesson.messages() {
            p.used.insert(m.id.clone());
            if !seen.insert(m.id.clone()) {
                continue;
            }
            for (li, locale) in LOCALES.iter().enumerate() {
                if !p.defs[li].contains_key(&m.id) {
                    let d = missing_message(file, &m.id, locale, &lesson.id);
                    p.diags.push(at(d, map, &m.path));
                }
            }
            if m.spoken {
                p.spoken
                    .push((m.id.clone(), Some((lesson_index, m.path.clone()))));
            }
        }
    }
}

/// A message the lesson in `file` uses is not defined in `locale` (its words are in
/// `locales/<locale>/<lesson_id>.ftl`).
pub(crate) fn missing_message(
    file: &str,
    id: &MessageId,
    locale: &str,
    lesson_id: &str,
) -> Diagnostic {
    Diagnostic::error(
        codes::MISSING_MESSAGE,
        file,
        format!("message `{id}` is missing from locale `{locale}`"),
    )
    .hint(format!(
        "add `{id} = ...` to locales/{locale}/{lesson_id}.ftl"
    ))
}

/// Unused messages, in `ui.ftl` and in the files of the lessons checked; and, when every lesson
/// of the project is checked, locale files that belong to no lesson and no tool.
pub(crate) fn unused(p: &mut Project) {
    let checked_ids: HashSet<&str> = p.lessons.iter().map(|(_, l, _)| l.id.as_str()).collect();
    let (all_lessons_checked, lesson_file_ids) = every_lesson_file(p);
    for (li, files_here) in p.locale_files.iter().enumerate() {
        let mut defs_by_file: HashMap<&str, Vec<(&MessageId, &MessageDef)>> = HashMap::new();
        for (id, d) in &p.defs[li] {
            defs_by_file
                .entry(d.file.as_str())
                .or_default()
                .push((id, d));
        }
        for (file, path) in files_here {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let owned = stem == "ui" || checked_ids.contains(stem);
            // The yearly report's words (read by safekite-records, not by lessons).
            if stem == "report" {
                continue;
            }
            if !owned {
                if all_lessons_checked
                    && !lesson_file_ids.contains(stem)
                    && !TOOL_WORD_FILES.contains(&stem)
                {
                    p.diags.push(
                        Diagnostic::warning(codes::ORPHAN_LOCALE_FILE, file, format!("no lesson has the id `{stem}`"))
                            .hint("a lesson's words live in locales/<lang>/<lesson-id>.ftl; rename or remove this file"),
                    );
                }
                continue;
            }
            let mut unused: Vec<(&MessageId, &MessageDef)> = defs_by_file
                .get(file.as_str())
                .map(|v| {
                    v.iter()
                        .copied()
                        .filter(|(id, _)| !p.used.contains(*id))
                        .collect()
                })
                .unwrap_or_default();
            unused.sort_by_key(|(_, d)| d.line);
            for (id, d) in unused {
                p.diags.push(
                    Diagnostic::warning(
                        codes::UNUSED_MESSAGE,
                        file,
                        format!("message `{id}` is not used by any lesson or screen"),
                    )
                    .at(d.line, d.col, id.as_str().chars().count())
                    .hint("remove it, or use it in the lesson"),
                );
            }
        }
    }
}

/// Whether every lesson file of the project is among the files checked, and the ids their
/// file names give.
fn every_lesson_file(p: &Project) -> (bool, HashSet<String>) {
    let mut all = Vec::new();
    let mut ignored = Vec::new();
    lesson_files(&p.root.join("lessons"), &mut all, &mut ignored);
    let ids: HashSet<String> = all
        .iter()
        .filter_map(|p| {
            p.file_name()?
                .to_str()?
                .strip_suffix(".lesson.ron")
                .map(str::to_string)
        })
        .collect();
    let checked: HashSet<PathBuf> = p.files.iter().map(|f| canonical(f)).collect();
    (all.iter().all(|p| checked.contains(&canonical(p))), ids)
}

/// Every line the child hears, as (locale, message id, text): what narration is made from.
pub fn spoken_lines(report: &Report) -> Vec<(String, String, String)> {
    let mut ids: Vec<MessageId> = ui_messages::ALL
        .iter()
        .filter(|m| m.spoken)
        .map(|m| MessageId::from(m.id))
        .collect();
    for lesson in report.parsed_lessons.values() {
        for m in lesson.messages() {
            if m.spoken {
                ids.push(m.id);
            }
        }
    }
    let mut seen = HashSet::new();
    ids.retain(|i| seen.insert(i.clone()));
    let mut words = crate::words::Words::new();
    for locale in LOCALES {
        let dir = report.root.join("locales").join(locale);
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            if let Ok(s) = fs::read_to_string(p) {
                words.add_file(locale, &p.to_string_lossy(), &s);
            }
        }
    }
    let mut out = Vec::new();
    for locale in LOCALES {
        for id in &ids {
            if words.has(locale, id.as_str())
                && let Some(t) = words.get(locale, id.as_str())
            {
                out.push((locale.to_string(), id.to_string(), t));
            }
        }
    }
    out
}
