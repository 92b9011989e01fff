//! The lesson index (`lessons/index.ron`), which the game reads to find the lessons (a browser
//! cannot list a folder): it lists exactly the lesson files there are.

use super::Project;
use super::load::{display, lesson_files, read_text};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::LessonIndex;
use crate::words::line_col;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The index of the project's `lessons` folder, if there is one, matches its lesson files.
pub(crate) fn check(p: &mut Project) {
    let lessons_dir = p.root.join("lessons");
    if lessons_dir.is_dir() {
        check_index(&p.root, &lessons_dir, &mut p.diags, &mut p.report.sources);
    }
}

/// The index entries that the lesson files under `lessons_dir` call for.
pub fn expected_index(lessons_dir: &Path) -> LessonIndex {
    let mut files = Vec::new();
    let mut ignored = Vec::new();
    lesson_files(lessons_dir, &mut files, &mut ignored);
    let mut lessons: Vec<String> = files
        .iter()
        .filter_map(|f| f.strip_prefix(lessons_dir).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    lessons.sort();
    LessonIndex { lessons }
}

fn check_index(
    root: &Path,
    lessons_dir: &Path,
    diags: &mut Vec<Diagnostic>,
    sources: &mut HashMap<String, String>,
) {
    let path = lessons_dir.join(LessonIndex::FILE);
    let file = display(root, &path);
    let expected = expected_index(lessons_dir);
    let hint =
        "run `safekite-check --write-index` (or `safekite check --write-index`) to rewrite it";
    if !path.is_file() {
        diags
            .push(Diagnostic::error(codes::INDEX, &file, "the lesson index is missing").hint(hint));
        return;
    }
    let Some(source) = read_text(&path, &file, diags) else {
        return;
    };
    match LessonIndex::parse(&source) {
        Err(e) => diags.push(
            Diagnostic::error(
                codes::INDEX,
                &file,
                format!("the lesson index is unreadable: {e}"),
            )
            .hint(hint),
        ),
        Ok(index) => {
            let listed: HashSet<&String> = index.lessons.iter().collect();
            let wanted: HashSet<&String> = expected.lessons.iter().collect();
            for missing in expected.lessons.iter().filter(|l| !listed.contains(l)) {
                diags.push(
                    Diagnostic::error(
                        codes::INDEX,
                        &file,
                        format!(
                            "`{missing}` is not in the lesson index, so the game cannot find it"
                        ),
                    )
                    .hint(hint),
                );
            }
            for extra in index.lessons.iter().filter(|l| !wanted.contains(l)) {
                let (line, col) = source
                    .find(extra.as_str())
                    .map_or((1, 1), |p| line_col(&source, p));
                diags.push(
                    Diagnostic::error(
                        codes::INDEX,
                        &file,
                        format!("the lesson index lists `{extra}`, which does not exist"),
                    )
                    .at(line, col, extra.chars().count())
                    .hint(hint),
                );
            }
        }
    }
    sources.insert(file, source);
}
