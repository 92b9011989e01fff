//! Reading the project: its root, its lesson files (each checked on its own by
//! [`super::lesson`], then kept for the project steps), and the helpers that read files and
//! name them in diagnostics.

use super::lesson::check_lesson_inner;
use super::{CheckOptions, Project, at};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::load::parse_lesson;
use crate::words::line_col;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The context of a project check, with its root found; the problem when there is no project.
pub(crate) fn project<'a>(
    paths: &'a [PathBuf],
    opts: &'a CheckOptions,
) -> Result<Project<'a>, Diagnostic> {
    let first = paths
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("lessons"));
    let Some(root) = opts.root.clone().or_else(|| find_root(&first)) else {
        let d = Diagnostic::error(
            codes::IO,
            first.display().to_string(),
            "cannot find the project folder (one with a `locales` folder) at or above this path",
        )
        .hint("run the checker inside a SafeKite project, or pass --root DIR");
        return Err(d);
    };
    Ok(Project::new(opts, paths, root))
}

/// Every lesson file under the paths, checked on its own; the ones that parse (even with
/// errors, so their words and pictures are checked too) are kept. Two lessons with one id are
/// an error.
pub(crate) fn lessons(p: &mut Project) {
    for path in p.paths {
        lesson_files(path, &mut p.files, &mut p.diags);
    }
    p.files.sort();
    p.files.dedup();
    let mut ids: HashMap<String, String> = HashMap::new();
    for path in &p.files {
        let file = display(&p.root, path);
        let Some(source) = read_text(path, &file, &mut p.diags) else {
            continue;
        };
        p.report.lessons += 1;
        let result = std::panic::catch_unwind(|| check_lesson_inner(&file, &source));
        let Ok((lesson, lesson_diags, map)) = result else {
            p.diags.push(Diagnostic::error(
                codes::INTERNAL,
                &file,
                "the checker failed on this file",
            ));
            p.report.sources.insert(file, source);
            continue;
        };
        p.diags.extend(lesson_diags);
        if let Some(l) = lesson.or_else(|| parse_lesson(&source).ok()) {
            p.report.nodes += l.nodes.len();
            if let Some(other) = ids.get(&l.id) {
                p.diags.push(at(
                    Diagnostic::error(
                        codes::DUPLICATE_LESSON,
                        &file,
                        format!("lesson id `{}` is also used by {other}", l.id),
                    )
                    .hint("every lesson needs its own id"),
                    &map,
                    "id",
                ));
            } else {
                ids.insert(l.id.clone(), file.clone());
            }
            p.lessons.push((file.clone(), l, map));
        }
        p.report.sources.insert(file, source);
    }
}

/// Finds the project root: the closest folder at or above `start` with a `locales` folder.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let abs = if start.is_absolute() {
        start.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(start)
    };
    let mut dir = if abs.is_dir() {
        Some(abs.as_path())
    } else {
        abs.parent()
    };
    while let Some(d) = dir {
        if d.join("locales").is_dir() {
            return Some(d.to_path_buf());
        }
        dir = d.parent();
    }
    None
}

/// Every `*.lesson.ron` at or under `path`, sorted.
pub(crate) fn lesson_files(path: &Path, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) {
    if path.is_dir() {
        let entries = match fs::read_dir(path) {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::error(
                    codes::IO,
                    path.display().to_string(),
                    format!("cannot read folder: {e}"),
                ));
                return;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for c in children {
            lesson_files(&c, out, diags);
        }
    } else if path.to_string_lossy().ends_with(".lesson.ron") {
        out.push(path.to_path_buf());
    } else if !path.exists() {
        diags.push(
            Diagnostic::error(
                codes::IO,
                path.display().to_string(),
                "no such file or folder",
            )
            .hint("give lesson files or folders, e.g. `safekite check lessons`"),
        );
    }
}

/// Reads a text file; a problem becomes a diagnostic.
pub(crate) fn read_text(path: &Path, file: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::error(
                codes::IO,
                file,
                format!("cannot read the file: {e}"),
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let (line, col) = line_col(&prefix, prefix.len());
            diags.push(
                Diagnostic::error(codes::NOT_UTF8, file, "the file is not UTF-8 text")
                    .at(line, col, 1)
                    .hint("save the file as UTF-8 (every text editor can)"),
            );
            None
        }
    }
}

/// How a file is named in diagnostics: relative to the working folder when it is under it (or
/// to the root when that is `.`), with `/` separators.
pub(crate) fn display(root: &Path, path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let shown = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .or_else(|| {
            path.strip_prefix(root)
                .ok()
                .filter(|_| root == Path::new("."))
        })
        .unwrap_or(path);
    shown.to_string_lossy().replace('\\', "/")
}

/// The path with links and `..` resolved, or as it is when it cannot be.
pub(crate) fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}
