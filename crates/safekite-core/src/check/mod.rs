//! The checker: everything that can be wrong in a lesson or locale file, found before a child
//! ever sees it. [`check_lesson`] checks one lesson file on its own (what the game runs when it
//! loads a lesson); [`check_project`] checks lessons together with the locales, pictures and
//! narration of the project they belong to (what `safekite check` runs).
//!
//! Both are pipelines of small steps, one file each, that read a shared context and push
//! diagnostics: `lesson::STEPS` over a `LessonCtx` for one lesson file, and `PROJECT_STEPS`
//! below over a `Project` for the project. A step adds its problems and never removes any; the
//! project's diagnostics are sorted once, at the end, so the order of the steps only decides
//! the order of problems found at the very same spot (and of a lone lesson's, which stay in
//! the order found).

mod assets;
mod cast;
mod checks;
pub mod device;
mod flags;
mod graph;
mod ids;
mod index;
mod lesson;
mod lexicon;
mod limits;
mod links;
mod load;
mod locales;
mod messages;
mod option_order;
mod preview;
mod stickers;
mod tool_words;
mod voice_pack;
mod words;
mod wrong_turns;

pub use index::expected_index;
pub use lesson::{LessonCheck, MAX_LESSON_BYTES, check_lesson};
pub(crate) use load::display;
pub use load::find_root;
pub(crate) use locales::pattern_vars;
pub use messages::spoken_lines;
pub use preview::{WordFile, check_lesson_with_words};
pub use tool_words::TOOL_WORD_FILES;
pub use voice_pack::{SpokenWords, check_voice_pack};
pub use words::{UNKIND_WORDS, count_words, find_unkind_word, max_words};

use crate::diagnostic::{Diagnostic, Severity};
use crate::ids::MessageId;
use crate::locate::SourceMap;
use crate::model::Lesson;
use locales::MessageDef;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

/// How `check_project` runs.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Treat a missing narration file as an error (once the content ships its voices).
    pub require_narration: bool,
    /// The project root (the folder with `lessons/`, `locales/`, `assets/`); found from the
    /// paths when `None`.
    pub root: Option<PathBuf>,
}

/// Everything the checker found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// The text of every file read, for excerpts.
    pub sources: HashMap<String, String>,
    pub lessons: usize,
    pub nodes: usize,
    /// Distinct message ids defined in the locales.
    pub messages: usize,
    /// The lessons that have no errors, by id.
    pub good_lessons: BTreeMap<String, Lesson>,
    /// Every lesson that parsed, errors or not, by id.
    pub parsed_lessons: BTreeMap<String, Lesson>,
    /// The project root used.
    pub root: PathBuf,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// The summary line.
    pub fn summary(&self) -> String {
        format!(
            "checked {} lesson(s), {} node(s), {} message(s): {} error(s), {} warning(s)",
            self.lessons,
            self.nodes,
            self.messages,
            self.errors(),
            self.warnings()
        )
    }
}

/// A lesson file that parsed: its name as shown, the lesson, and where its values are.
pub(crate) type ParsedLesson = (String, Lesson, SourceMap);

/// Where a spoken line is used: the lesson's index in [`Project::lessons`] and the field path;
/// `None` for an interface line.
pub(crate) type SpokenSite = Option<(usize, String)>;

/// What the project steps share: the inputs, what earlier steps found, and the diagnostics.
pub(crate) struct Project<'a> {
    pub opts: &'a CheckOptions,
    pub paths: &'a [PathBuf],
    /// The project root.
    pub root: PathBuf,
    pub report: Report,
    pub diags: Vec<Diagnostic>,
    /// The lesson files checked, sorted, without duplicates.
    pub files: Vec<PathBuf>,
    /// The lessons that parsed, in file order.
    pub lessons: Vec<ParsedLesson>,
    /// Per locale (in [`crate::words::LOCALES`] order): every message defined, by id.
    pub defs: Vec<HashMap<MessageId, MessageDef>>,
    /// Per locale: its Fluent files read, as (name shown, path).
    pub locale_files: Vec<Vec<(String, PathBuf)>>,
    /// Every message id a lesson or the interface uses.
    pub used: HashSet<MessageId>,
    /// Every spoken line, in order, with where it is used (ids may repeat).
    pub spoken: Vec<(MessageId, SpokenSite)>,
}

impl<'a> Project<'a> {
    /// A project with nothing read yet, rooted at `root`.
    pub(crate) fn new(opts: &'a CheckOptions, paths: &'a [PathBuf], root: PathBuf) -> Self {
        Project {
            opts,
            paths,
            report: Report {
                root: root.clone(),
                ..Report::default()
            },
            root,
            diags: Vec::new(),
            files: Vec::new(),
            lessons: Vec::new(),
            defs: Vec::new(),
            locale_files: Vec::new(),
            used: HashSet::new(),
            spoken: Vec::new(),
        }
    }
}

/// A step of the project check.
type Step = fn(&mut Project);

/// The project check, in order: each step reads what the ones before it found.
const PROJECT_STEPS: &[Step] = &[
    load::lessons,
    |p| option_order::check(&p.lessons, &mut p.diags),
    |p| stickers::check(&p.lessons, &mut p.diags),
    |p| lexicon::check(&p.root, &p.lessons, &mut p.diags),
    locales::read,
    messages::interface,
    messages::lessons,
    links::made_up,
    words::spoken_lines_fit,
    locales::same_variables,
    tool_words::in_every_locale,
    messages::unused,
    assets::pictures,
    |p| device::project(&p.root, &p.lessons, &mut p.diags),
    assets::narration,
    assets::file_names,
    index::check,
];

/// Checks lessons and the locales, pictures and narration of their project.
pub fn check_project(paths: &[PathBuf], opts: &CheckOptions) -> Report {
    let mut project = match load::project(paths, opts) {
        Ok(p) => p,
        Err(no_root) => {
            return Report {
                diagnostics: vec![no_root],
                ..Report::default()
            };
        }
    };
    for step in PROJECT_STEPS {
        step(&mut project);
    }
    finish(project)
}

/// The report: good lessons (parsed with no errors in their own file) and every diagnostic in
/// a stable order (by file, then position; errors before warnings on the same spot).
fn finish(p: Project) -> Report {
    let Project {
        mut report,
        mut diags,
        lessons,
        ..
    } = p;
    let bad_files: HashSet<&str> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.file.as_str())
        .collect();
    for (file, lesson, _) in &lessons {
        report
            .parsed_lessons
            .insert(lesson.id.clone(), lesson.clone());
        if !bad_files.contains(file.as_str()) {
            report
                .good_lessons
                .insert(lesson.id.clone(), lesson.clone());
        }
    }
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.col, a.severity).cmp(&(&b.file, b.line, b.col, b.severity))
    });
    report.diagnostics = diags;
    report
}

/// Positions a diagnostic at the value with `path` in the file's source map, or at the start of
/// the file.
pub(crate) fn at(d: Diagnostic, map: &SourceMap, path: &str) -> Diagnostic {
    match map.find(path) {
        Some(s) => d.at(s.line, s.col, s.len),
        None => d.at(1, 1, 1),
    }
}

/// True for lowercase ASCII letters and digits in `-`-separated words, starting with a letter.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Severity counts, for callers that only need the totals.
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let e = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (e, diags.len() - e)
}
