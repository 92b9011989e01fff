//! The files a lesson needs besides its words: every picture it names exists, every spoken
//! line has its narration in every locale (a warning, or an error with `--require-narration`),
//! and every file name in the project is lowercase ASCII.

use super::load::display;
use super::{Project, at, is_valid_id};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::{ArtKind, RefKind, voice_asset_path};
use crate::words::LOCALES;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

/// Every picture a lesson names is in `assets/` (each one once per lesson).
pub(crate) fn pictures(p: &mut Project) {
    let root = &p.root;
    let diags = &mut p.diags;
    for (file, lesson, map) in &p.lessons {
        let mut seen = HashSet::new();
        lesson.visit_refs(&mut |r| {
            let RefKind::Picture(kind) = r.kind else {
                return;
            };
            if !is_valid_id(r.value) || !seen.insert((kind.folder(), r.value.to_string())) {
                return;
            }
            let rel = kind.asset_path(r.value);
            if !root.join("assets").join(&rel).is_file() {
                diags.push(at(
                    Diagnostic::error(
                        codes::MISSING_PICTURE,
                        file,
                        format!(
                            "picture `{}` not found: assets/{rel} does not exist",
                            r.value
                        ),
                    )
                    .hint(picture_hint(kind)),
                    map,
                    &r.path,
                ));
            }
        });
    }
}

fn picture_hint(kind: ArtKind) -> String {
    format!(
        "draw it as art-src/{0}/<name>.svg and run scripts/art, or use a picture that exists in assets/{0}/",
        kind.folder().trim_start_matches("art/")
    )
}

/// Every spoken line (each id once) has a narration file in every locale; reported where the
/// line is used (an interface line in the locale's `ui.ftl`).
pub(crate) fn narration(p: &mut Project) {
    let mut spoken_seen = HashSet::new();
    for (id, site) in &p.spoken {
        // An invalid id is already an error (SK0005) and could name a file outside the project.
        if !is_valid_id(id.as_str()) || !spoken_seen.insert(id.clone()) {
            continue;
        }
        for locale in LOCALES {
            let rel = voice_asset_path(locale, id);
            if p.root.join("assets").join(&rel).is_file() {
                continue;
            }
            let msg = format!("no narration for `{id}` in `{locale}`: assets/{rel} does not exist");
            let mut d = if p.opts.require_narration {
                Diagnostic::error(codes::MISSING_NARRATION, "", msg)
            } else {
                Diagnostic::warning(codes::MISSING_NARRATION, "", msg)
            }
            .hint(
                "run scripts/narrate to generate missing narration, or record it under that name",
            );
            match site {
                Some((lesson_index, path)) => {
                    let (file, _, map) = &p.lessons[*lesson_index];
                    d.file = file.clone();
                    d = at(d, map, path);
                }
                None => d.file = format!("locales/{locale}/ui.ftl"),
            }
            p.diags.push(d);
        }
    }
}

/// Every file and folder name under the content folders is lowercase ASCII.
pub(crate) fn file_names(p: &mut Project) {
    for dir in ["lessons", "locales", "assets/art", "assets/voice"] {
        check_file_names(&p.root, &p.root.join(dir), &mut p.diags);
    }
}

fn check_file_names(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        let ok = name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '_'));
        if !ok {
            diags.push(
                Diagnostic::error(codes::FILE_NAME_CASE, display(root, &path), format!("`{name}` is not a lowercase ASCII file name"))
                    .hint("use lowercase letters, digits, `-` and `.` only: names must work on every device and web server"),
            );
        }
        if path.is_dir() {
            check_file_names(root, &path, diags);
        }
    }
}
