//! The `safekite check` command line, shared by the core's `safekite-check` binary and the
//! game's `safekite check` subcommand.

use crate::check::{
    CheckOptions, Report, SpokenWords, check_project, check_voice_pack, expected_index, find_root,
    is_valid_id, spoken_lines,
};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::LessonIndex;
use std::io::Write;
use std::path::{Path, PathBuf};

const USAGE: &str = "\
usage: safekite check [OPTIONS] [PATH...]

Checks lesson files (and folders of them) together with the locales, pictures and narration of
their project. PATH defaults to the project's `lessons` folder.

options:
  --require-narration  a missing narration file is an error, not a warning
  --deny-warnings      exit 1 on warnings too (what CI runs on the shipped content)
  --all                print every warning (by default, errors come first and a warning that
                       repeats more than 5 times is shown 3 times, then counted in one line)
  --root DIR           the project folder (default: found above PATH)
  --write-index        rewrite lessons/index.ron from the lesson files, then check
  --list-spoken        print every spoken line as `locale<TAB>id<TAB>text` and exit
  --list-assets        print every file each lesson needs as `lesson-id<TAB>path` and exit
  --voice-pack FILE    check a voice pack (a zip of recordings) against the lessons instead:
                       an unreadable pack and a take whose line changed since it was recorded
                       are errors, a take of a line the lessons do not have a warning
  --codes              print the table of problem codes and exit
  -h, --help           this help
";

/// Runs `check` with its arguments (without the program name); returns the exit code:
/// 0 without errors, 1 with errors, 2 for a usage mistake.
pub fn run_check(args: &[String]) -> i32 {
    let mut opts = CheckOptions::default();
    let mut paths: Vec<PathBuf> = Vec::new();
    let (mut write_index, mut list_spoken, mut list_assets) = (false, false, false);
    let (mut deny_warnings, mut all) = (false, false);
    let mut voice_pack: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--require-narration" => opts.require_narration = true,
            "--deny-warnings" => deny_warnings = true,
            "--all" => all = true,
            "--write-index" => write_index = true,
            "--list-spoken" => list_spoken = true,
            "--list-assets" => list_assets = true,
            "--codes" => {
                print!("{}", codes::markdown_table());
                return 0;
            }
            "--root" => match it.next() {
                Some(d) => opts.root = Some(PathBuf::from(d)),
                None => {
                    eprintln!("error: --root needs a folder\n\n{USAGE}");
                    return 2;
                }
            },
            "--voice-pack" => match it.next() {
                Some(f) => voice_pack = Some(PathBuf::from(f)),
                None => {
                    eprintln!("error: --voice-pack needs a file\n\n{USAGE}");
                    return 2;
                }
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            s if s.starts_with('-') => {
                eprintln!("error: unknown option `{s}`\n\n{USAGE}");
                return 2;
            }
            p => paths.push(PathBuf::from(p)),
        }
    }
    if paths.is_empty() {
        let root = opts.root.clone().or_else(|| find_root(&PathBuf::from(".")));
        paths.push(root.map_or_else(|| PathBuf::from("lessons"), |r| r.join("lessons")));
    }
    if write_index && !write_index_file(&opts, &paths[0]) {
        return 1;
    }
    let report = check_project(&paths, &opts);
    if let Some(pack) = voice_pack {
        return run_voice_pack(&pack, &report, deny_warnings, all);
    }
    if list_spoken {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        for (locale, id, text) in spoken_lines(&report) {
            let text = text.replace(['\t', '\n'], " ");
            if writeln!(out, "{locale}\t{id}\t{text}").is_err() {
                return 1;
            }
        }
        return 0;
    }
    if list_assets {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        for (id, path) in lesson_assets(&report) {
            if writeln!(out, "{id}\t{path}").is_err() {
                return 1;
            }
        }
        return 0;
    }
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let rendered = if all {
        render_report_all(&report)
    } else {
        render_report(&report)
    };
    let _ = write!(err, "{rendered}");
    let _ = writeln!(err, "{}", report.summary());
    if report.errors() > 0 || (deny_warnings && report.warnings() > 0) {
        1
    } else {
        0
    }
}

/// `--write-index`: rewrites lessons/index.ron from the lesson files; false when it cannot.
fn write_index_file(opts: &CheckOptions, first: &Path) -> bool {
    let root = opts.root.clone().or_else(|| find_root(first));
    let Some(root) = root else {
        eprintln!("error: cannot find the project folder (one with `locales/`)");
        return false;
    };
    let dir = root.join("lessons");
    let index = expected_index(&dir);
    let text = index.to_ron();
    if let Err(e) = std::fs::write(dir.join(LessonIndex::FILE), text) {
        eprintln!(
            "error: cannot write {}: {e}",
            dir.join(LessonIndex::FILE).display()
        );
        return false;
    }
    eprintln!(
        "wrote lessons/{} ({} lessons)",
        LessonIndex::FILE,
        index.lessons.len()
    );
    true
}

/// `--voice-pack FILE`: checks the pack against the spoken lines of `lessons` (a report of
/// the project, whose own problems are not repeated here); returns the exit code.
fn run_voice_pack(pack: &Path, lessons: &Report, deny_warnings: bool, all: bool) -> i32 {
    let name = pack.display().to_string();
    let bytes = match std::fs::read(pack) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read {name}: {e}");
            return 1;
        }
    };
    let words: SpokenWords = spoken_lines(lessons)
        .into_iter()
        .map(|(locale, id, text)| ((locale, id), text))
        .collect();
    let (report, read) = check_voice_pack(&name, &bytes, &words);
    let rendered = if all {
        render_report_all(&report)
    } else {
        render_report(&report)
    };
    let takes = read.as_ref().map_or(0, |p| p.takes.len());
    eprint!("{rendered}");
    eprintln!(
        "checked voice pack {name}: {takes} take(s) against {} spoken line(s): {} error(s), {} warning(s)",
        words.len(),
        report.errors(),
        report.warnings()
    );
    let failed = report.errors() > 0 || (deny_warnings && report.warnings() > 0);
    i32::from(failed)
}

/// Every file a lesson needs, relative to the project root: its lesson file, its words in each
/// locale, its pictures and its narration. What the browser build caches per lesson.
pub fn lesson_assets(report: &crate::check::Report) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // Names that are not ids are errors already, and could lead out of the project: skipped.
    for lesson in report
        .parsed_lessons
        .values()
        .filter(|l| is_valid_id(&l.id))
    {
        let id = &lesson.id;
        let mut paths = vec![format!("lessons/{}/{id}.lesson.ron", lesson.band)];
        for locale in crate::words::LOCALES {
            paths.push(format!("locales/{locale}/{id}.ftl"));
        }
        for (kind, name) in lesson
            .pictures()
            .into_iter()
            .filter(|(_, n)| is_valid_id(n))
        {
            paths.push(format!("assets/{}", kind.asset_path(name)));
        }
        for m in lesson
            .messages()
            .into_iter()
            .filter(|m| m.spoken && is_valid_id(m.id.as_str()))
        {
            for locale in crate::words::LOCALES {
                paths.push(format!(
                    "assets/{}",
                    crate::model::voice_asset_path(locale, &m.id)
                ));
            }
        }
        let mut seen = std::collections::HashSet::new();
        for p in paths {
            if seen.insert(p.clone()) && report.root.join(&p).is_file() {
                out.push((id.clone(), p));
            }
        }
    }
    out
}

/// The most problems printed for one file; the rest are counted ("and N more").
pub const MAX_SHOWN_PER_FILE: usize = 50;

/// A warning code found more than this many times is summarised by [`render_report`].
pub const SUMMARY_THRESHOLD: usize = 5;

/// How many warnings of a summarised code are still shown in full.
pub const SUMMARY_SHOWN: usize = 3;

/// The report for an author: every error first (at most [`MAX_SHOWN_PER_FILE`] per file), then
/// the warnings by code; a code found more than [`SUMMARY_THRESHOLD`] times shows its first
/// [`SUMMARY_SHOWN`] in full and counts the rest in one line, so one real error is never
/// buried under a hundred warnings of one kind. Errors are never summarised.
pub fn render_report(report: &crate::check::Report) -> String {
    let errors: Vec<&Diagnostic> = report.diagnostics.iter().filter(|d| d.is_error()).collect();
    let mut out = render_capped(report, &errors);
    let mut warnings: Vec<&Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| !d.is_error())
        .collect();
    // Stable: within a code, the report's order (by file, then position) is kept.
    warnings.sort_by_key(|d| d.code);
    for group in warnings.chunk_by(|a, b| a.code == b.code) {
        if group.len() <= SUMMARY_THRESHOLD {
            out.push_str(&render_capped(report, group));
            continue;
        }
        for d in &group[..SUMMARY_SHOWN] {
            out.push_str(&d.render(report.sources.get(&d.file).map(String::as_str)));
            out.push('\n');
        }
        let code = group[0].code;
        let what = codes::code(code).map_or("", |c| c.summary);
        out.push_str(&format!(
            "and {} more {code} warnings ({what}); `--all` shows every one\n\n",
            group.len() - SUMMARY_SHOWN
        ));
    }
    out
}

/// Every diagnostic of a report in its order (by file, then position), rendered with its
/// excerpt, at most [`MAX_SHOWN_PER_FILE`] per file (the rest are counted in one line), so the
/// output stays proportional to the input. What `--all` prints.
pub fn render_report_all(report: &crate::check::Report) -> String {
    let all: Vec<&Diagnostic> = report.diagnostics.iter().collect();
    render_capped(report, &all)
}

/// `diags` (sorted by file) rendered with their excerpts, at most [`MAX_SHOWN_PER_FILE`] per
/// file.
fn render_capped(report: &crate::check::Report, all: &[&Diagnostic]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < all.len() {
        let file = &all[i].file;
        let end = i + all[i..].iter().take_while(|d| &d.file == file).count();
        let source = report.sources.get(file).map(String::as_str);
        for d in &all[i..end.min(i + MAX_SHOWN_PER_FILE)] {
            out.push_str(&d.render(source));
            out.push('\n');
        }
        let hidden = (end - i).saturating_sub(MAX_SHOWN_PER_FILE);
        if hidden > 0 {
            out.push_str(&format!(
                "{file}: and {hidden} more problem(s) in this file, not shown (fix the ones above first)\n\n"
            ));
        }
        i = end;
    }
    out
}
