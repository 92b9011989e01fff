//! The `report` command: reads the lessons' titles and words from a SafeKite folder, computes
//! the figures, and writes the HTML (with its fonts next to it) and the CSV.

use crate::{Failure, Options, read_files, write};
use safekite_core::ids::MessageId;
use safekite_core::load::parse_lesson;
use safekite_core::words::Words;
use safekite_records::render::{Writer, add_report_words, csv, html};
use safekite_records::report::{ReportOptions, figures, parse_school_year};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use time::Date;

fn date(o: &Options, name: &str) -> Result<Option<Date>, Failure> {
    let Some(s) = o.one(name) else {
        return Ok(None);
    };
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &format).map(Some).map_err(|_| {
        Failure(format!(
            "error: --{name} {s:?} is not a date such as 2025-09-01"
        ))
    })
}

fn options(o: &Options) -> Result<ReportOptions, Failure> {
    let year = o
        .one("year")
        .ok_or_else(|| Failure("error: --year is required (such as --year 2025-2026)".into()))?;
    let first = parse_school_year(year).map_err(|e| Failure(format!("error: --year {e}")))?;
    let today = time::OffsetDateTime::now_utc().date();
    let made_on = date(o, "made-on")?.unwrap_or(today);
    let mut r = ReportOptions::school_year(o.one("school").unwrap_or("SafeKite"), first, made_on);
    r.office = o.one("office").unwrap_or("").to_string();
    if let Some(d) = date(o, "start")? {
        r.start = d;
    }
    if let Some(d) = date(o, "end")? {
        r.end = d;
    }
    if let Some(d) = date(o, "term2")? {
        r.term_starts = vec![d];
    }
    if r.term_starts.iter().any(|d| *d <= r.start || *d > r.end) || r.start > r.end {
        return Err(Failure(
            "error: the dates must run start < term2 <= end".into(),
        ));
    }
    if let Some(ids) = o.named.get("class") {
        r.classes = Some(ids.iter().cloned().collect::<BTreeSet<String>>());
    }
    Ok(r)
}

/// The SafeKite folder with `lessons/`, `locales/` and `assets/fonts/`.
fn content_root(o: &Options) -> Option<PathBuf> {
    match o.one("content") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => safekite_core::check::find_root(Path::new(".")),
    }
}

/// Lesson titles (message ids) and every Fluent file of `lang`.
fn load_words(
    root: Option<&Path>,
    lang: &str,
) -> Result<(Words, BTreeMap<String, MessageId>), Failure> {
    let mut words = Words::new();
    let mut titles = BTreeMap::new();
    if let Some(root) = root {
        for band in fs::read_dir(root.join("lessons"))
            .into_iter()
            .flatten()
            .flatten()
        {
            for file in fs::read_dir(band.path()).into_iter().flatten().flatten() {
                let path = file.path();
                if !path.to_string_lossy().ends_with(".lesson.ron") {
                    continue;
                }
                let source = fs::read_to_string(&path)?;
                let lesson = parse_lesson(&source).map_err(|e| {
                    Failure(format!(
                        "error: {}:{}:{}: {}",
                        path.display(),
                        e.line,
                        e.col,
                        e.message
                    ))
                })?;
                titles.insert(lesson.id, lesson.title);
            }
        }
        for locale in [lang, "en"] {
            for file in fs::read_dir(root.join("locales").join(locale))
                .into_iter()
                .flatten()
                .flatten()
            {
                let path = file.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    let source = fs::read_to_string(&path)?;
                    words.add_file(locale, &path.display().to_string(), &source);
                }
            }
        }
    }
    add_report_words(&mut words);
    Ok((words, titles))
}

fn copy_fonts(root: Option<&Path>, out: &Path) -> Result<(), Failure> {
    let Some(root) = root else {
        eprintln!("warning: no SafeKite folder found: the report uses the system's fonts");
        return Ok(());
    };
    let dir = out.join("fonts");
    fs::create_dir_all(&dir)?;
    for name in ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt"] {
        let from = root.join("assets/fonts").join(name);
        fs::copy(&from, dir.join(name))
            .map_err(|e| Failure(format!("error: {}: {e}", from.display())))?;
    }
    Ok(())
}

/// `report FILES... --year Y --lang L --out DIR`.
pub(crate) fn report(o: &Options) -> Result<(), Failure> {
    let out = o
        .out
        .as_deref()
        .ok_or_else(|| Failure("error: --out DIR is required".into()))?;
    let lang = o.one("lang").unwrap_or("vi");
    let languages: Vec<&str> = safekite_records::render::REPORT_FTL
        .iter()
        .map(|(code, _)| *code)
        .collect();
    if !languages.contains(&lang) {
        return Err(Failure(format!(
            "error: --lang {lang:?}: the report is written in {}",
            languages.join(", ")
        )));
    }
    let options = options(o)?;
    let statements = read_files(&o.files)?;
    let root = content_root(o);
    let (words, titles) = load_words(root.as_deref(), lang)?;
    let f = figures(&statements, &options);
    let w = Writer {
        words: &words,
        lesson_titles: &titles,
        lang,
    };
    fs::create_dir_all(out)?;
    copy_fonts(root.as_deref(), out)?;
    let html_path = out.join(format!("report-{lang}.html"));
    let csv_path = out.join(format!("report-{lang}.csv"));
    write(&html_path, &html(&f, &w))?;
    write(&csv_path, &csv(&f, &w))?;
    println!(
        "{} and {}: {} statements, {} sessions, {} children reached",
        html_path.display(),
        csv_path.display(),
        statements.len(),
        f.sessions(),
        f.children_total()
    );
    // The process ends here: freeing a year's statements one by one would only cost time.
    std::mem::forget(statements);
    Ok(())
}
