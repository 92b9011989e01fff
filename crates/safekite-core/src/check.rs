//! The checker: everything that can be wrong in a lesson or locale file, found before a child
//! ever sees it. [`check_lesson`] checks one lesson file on its own (what the game runs when it
//! loads a lesson); [`check_project`] checks lessons together with the locales, pictures and
//! narration of the project they belong to (what `safekite check` runs).

use crate::cast;
use crate::codes;
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::parse_lesson;
use crate::locate::SourceMap;
use crate::model::{
    ArtKind, Band, Lesson, LessonIndex, NARRATOR, Node, Outcome, RefKind, Safety, Screen,
    voice_asset_path,
};
use crate::topics;
use crate::ui_messages;
use crate::words::{LOCALES, line_col};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};

/// The result of checking one lesson file on its own.
#[derive(Clone, Debug)]
pub struct LessonCheck {
    /// The lesson, if it has no errors.
    pub lesson: Option<Lesson>,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one lesson file's text on its own: syntax, schema, ids, cast, topic, and the shape of
/// the story (nodes, targets, reachability, the grown-up path, wrong turns). `file` names it in
/// diagnostics; its name and folder are checked against the lesson's id and band.
pub fn check_lesson(file: &str, source: &str) -> LessonCheck {
    let (lesson, diagnostics, _) = check_lesson_inner(file, source);
    LessonCheck {
        lesson,
        diagnostics,
    }
}

/// Positions a diagnostic at the value with `path` in the file's source map.
fn at(d: Diagnostic, map: &SourceMap, path: &str) -> Diagnostic {
    match map.find(path) {
        Some(s) => d.at(s.line, s.col, s.len),
        None => d.at(1, 1, 1),
    }
}

/// The largest lesson file read, in bytes (a long shipped lesson is about 10 KiB).
pub const MAX_LESSON_BYTES: usize = 4 << 20;

/// How many node ids a hint lists before it says how many more there are.
const MAX_IDS_IN_HINT: usize = 10;

fn check_lesson_inner(file: &str, source: &str) -> (Option<Lesson>, Vec<Diagnostic>, SourceMap) {
    if source.len() > MAX_LESSON_BYTES {
        let d = Diagnostic::error(
            codes::FILE_TOO_LARGE,
            file,
            format!(
                "the lesson file is too large ({} KiB; the limit is {} KiB)",
                source.len() / 1024,
                MAX_LESSON_BYTES / 1024
            ),
        )
        .hint("a lesson is a short story: split it into several lessons");
        return (None, vec![d], SourceMap::default());
    }
    let lesson = match parse_lesson(source) {
        Ok(l) => l,
        Err(e) => {
            let (code, hint) = if e.syntax {
                (
                    codes::RON_SYNTAX,
                    "look for a missing comma, quote, or bracket at or just before this point",
                )
            } else {
                (
                    codes::SCHEMA,
                    "compare with the annotated example in docs/lesson-format.md; field and node names are case-sensitive",
                )
            };
            let len = match e.end {
                Some((l, c)) if l == e.line && c > e.col => c - e.col,
                _ => 1,
            };
            let d = Diagnostic::error(code, file, e.message)
                .at(e.line, e.col, len)
                .hint(hint);
            return (None, vec![d], SourceMap::default());
        }
    };
    let map = SourceMap::new(source);
    let mut out = Vec::new();
    crate::check_checks::check(file, &lesson, &map, &mut out);
    structure(file, &lesson, &map, &mut out);
    crate::check_device::lesson(file, &lesson, &map, &mut out);
    let ok = !out.iter().any(Diagnostic::is_error);
    (ok.then_some(lesson), out, map)
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

fn structure(file: &str, lesson: &Lesson, map: &SourceMap, out: &mut Vec<Diagnostic>) {
    let err = |code, msg: String| Diagnostic::error(code, file, msg);
    if lesson.format != crate::model::FORMAT_VERSION {
        out.push(at(
            err(
                codes::FORMAT_VERSION,
                format!(
                    "lesson format {} is not supported; this SafeKite reads format {}",
                    lesson.format,
                    crate::model::FORMAT_VERSION
                ),
            ),
            map,
            "format",
        ));
    }
    // Ids and names.
    if !is_valid_id(&lesson.id) {
        out.push(at(
            err(
                codes::BAD_ID,
                format!("lesson id `{}` is not a valid id", lesson.id),
            )
            .hint("use lowercase letters, digits and single `-`, starting with a letter"),
            map,
            "id",
        ));
    }
    let path = Path::new(file);
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let expected = format!("{}.lesson.ron", lesson.id);
    if file_name != expected {
        out.push(at(
            err(
                codes::FILE_NAME,
                format!(
                    "lesson id `{}` does not match the file name `{file_name}`",
                    lesson.id
                ),
            )
            .hint(format!("name the file `{expected}`, or change the id")),
            map,
            "id",
        ));
    }
    if let Some(folder) = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        && Band::parse(folder).is_some()
        && folder != lesson.band.as_str()
    {
        out.push(at(
            err(
                codes::FILE_NAME,
                format!(
                    "the lesson is for band {} but its file is in the `{folder}` folder",
                    lesson.band
                ),
            )
            .hint(format!("move it to lessons/{}/", lesson.band)),
            map,
            "band",
        ));
    }
    lesson.visit_refs(&mut |r| {
        if !is_valid_id(r.value) {
            let what = match r.kind {
                RefKind::Message { .. } => "message id",
                RefKind::Picture(_) => "picture name",
            };
            out.push(at(
                err(codes::BAD_ID, format!("{what} `{}` is not a valid id", r.value)).hint(
                    "use lowercase letters, digits and single `-`, starting with a letter: it is also a file name",
                ),
                map,
                &r.path,
            ));
        }
    });
    if topics::topic(&lesson.topic).is_none() {
        let all: Vec<&str> = topics::TOPICS.iter().map(|t| t.slug).collect();
        out.push(at(
            err(
                codes::UNKNOWN_TOPIC,
                format!("unknown topic `{}`", lesson.topic),
            )
            .hint(format!("topics are: {}", all.join(", "))),
            map,
            "topic",
        ));
    }
    // Cast.
    for (i, c) in lesson.characters.iter().enumerate() {
        if c != NARRATOR && cast::cast_member(c).is_none() {
            let all: Vec<&str> = cast::CAST.iter().map(|c| c.id).collect();
            out.push(at(
                err(codes::CAST, format!("unknown character `{c}`"))
                    .hint(format!("the cast is: {}", all.join(", "))),
                map,
                &format!("characters[{i}]"),
            ));
        }
    }
    let in_lesson = |id: &str| id == NARRATOR || lesson.characters.iter().any(|c| c == id);
    let check_adult = |id: &str, path: &str, out: &mut Vec<Diagnostic>| {
        if !cast::cast_member(id).is_some_and(|c| c.grown_up) {
            out.push(at(
                err(codes::CAST, format!("`{id}` is not a grown-up of the cast"))
                    .hint(format!("the grown-ups are {}", cast::grown_ups())),
                map,
                path,
            ));
        } else if !in_lesson(id) {
            out.push(at(
                err(
                    codes::CAST,
                    format!("`{id}` is not listed in the lesson's `characters`"),
                )
                .hint(format!("add \"{id}\" to `characters`")),
                map,
                path,
            ));
        }
    };
    check_adult(&lesson.adult, "adult", out);

    // Nodes.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, n) in lesson.nodes.iter().enumerate() {
        if let Some(first) = index.get(n.id()) {
            out.push(at(
                err(
                    codes::DUPLICATE_NODE,
                    format!("node id `{}` is used twice", n.id()),
                )
                .hint(format!(
                    "the first node with this id is node {} ({})",
                    first + 1,
                    lesson.nodes[*first].kind()
                )),
                map,
                &format!("nodes[{i}].id"),
            ));
        } else {
            index.insert(n.id(), i);
        }
        let p = |f: &str| format!("nodes[{i}].{f}");
        match n {
            Node::Say(s) => {
                if !in_lesson(&s.speaker) {
                    out.push(at(
                        err(
                            codes::CAST,
                            format!(
                                "speaker `{}` is not in the lesson's `characters`",
                                s.speaker
                            ),
                        )
                        .hint("add them to `characters`, or use \"narrator\""),
                        map,
                        &p("speaker"),
                    ));
                }
            }
            Node::Choice(c) => {
                if !(2..=4).contains(&c.options.len()) {
                    out.push(at(
                        err(
                            codes::OPTION_COUNT,
                            format!(
                                "choice `{}` has {} option(s); a choice has 2 to 4",
                                c.id,
                                c.options.len()
                            ),
                        )
                        .hint("children choose between 2, 3 or 4 big picture buttons"),
                        map,
                        &p("options"),
                    ));
                }
                if c.discuss.len() > 2 {
                    out.push(at(
                        err(
                            codes::DISCUSS_COUNT,
                            format!(
                                "choice `{}` has {} discussion prompts; a choice has at most 2",
                                c.id,
                                c.discuss.len()
                            ),
                        )
                        .hint(
                            "keep the one or two questions that fit this moment best; the class votes after a short talk",
                        ),
                        map,
                        &p("discuss"),
                    ));
                }
            }
            Node::TellAdult(t) => {
                check_adult(&t.adult, &p("adult"), out);
                if !(1..=3).contains(&t.child_can_say.len()) {
                    out.push(at(
                        err(
                            codes::CHILD_CAN_SAY_COUNT,
                            format!(
                                "TellAdult `{}` offers {} thing(s) to say; offer 1 to 3",
                                t.id,
                                t.child_can_say.len()
                            ),
                        ),
                        map,
                        &p("child_can_say"),
                    ));
                }
            }
            Node::Device(d) => {
                if let Screen::Chat { messages, .. } = &d.screen
                    && messages.len() > 8
                {
                    out.push(at(
                        err(
                            codes::CHAT_TOO_LONG,
                            format!(
                                "this chat has {} messages; the device shows at most 8",
                                messages.len()
                            ),
                        )
                        .hint("split the chat over two Device nodes"),
                        map,
                        &p("screen.messages"),
                    ));
                }
            }
            Node::End(_) => {}
        }
    }
    let node_list_text = node_list(lesson);
    let node_list = || node_list_text.clone();
    let start = index.get(lesson.start.as_str()).copied();
    if start.is_none() {
        out.push(at(
            err(
                codes::MISSING_START,
                format!("the start node `{}` does not exist", lesson.start),
            )
            .hint(node_list()),
            map,
            "start",
        ));
    }
    // Edges, by node index.
    let mut edges: Vec<Vec<(usize, Option<usize>)>> = vec![Vec::new(); lesson.nodes.len()];
    for (i, n) in lesson.nodes.iter().enumerate() {
        for (target, field) in n.targets() {
            let path = match field {
                crate::model::TargetField::Next => format!("nodes[{i}].next"),
                crate::model::TargetField::Option(j) => format!("nodes[{i}].options[{j}].next"),
            };
            let option = match field {
                crate::model::TargetField::Option(j) => Some(j),
                _ => None,
            };
            match index.get(target) {
                Some(&t) => edges[i].push((t, option)),
                None => {
                    let what = match option {
                        Some(j) => format!("option {} of choice `{}`", j + 1, n.id()),
                        None => format!("{} `{}`", n.kind(), n.id()),
                    };
                    out.push(at(
                        err(
                            codes::MISSING_NODE,
                            format!("{what} leads to node `{target}`, which does not exist"),
                        )
                        .hint(node_list()),
                        map,
                        &path,
                    ));
                }
            }
        }
    }
    let Some(start) = start else {
        return;
    };
    let reachable = bfs(lesson.nodes.len(), &[start], |i| {
        edges[i].iter().map(|e| e.0).collect()
    });
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); lesson.nodes.len()];
    for (i, es) in edges.iter().enumerate() {
        for &(t, _) in es {
            reverse[t].push(i);
        }
    }
    let ends: Vec<usize> = (0..lesson.nodes.len())
        .filter(|&i| matches!(lesson.nodes[i], Node::End(_)))
        .collect();
    let good_ends: Vec<usize> = ends
        .iter()
        .copied()
        .filter(|&i| matches!(&lesson.nodes[i], Node::End(e) if e.outcome == Outcome::Good))
        .collect();
    let reaches_end = bfs(lesson.nodes.len(), &ends, |i| reverse[i].clone());
    for (i, n) in lesson.nodes.iter().enumerate() {
        if index.get(n.id()) != Some(&i) {
            continue;
        }
        if !reachable[i] {
            out.push(at(
                err(
                    codes::UNREACHABLE,
                    format!("{} `{}` cannot be reached from the start", n.kind(), n.id()),
                )
                .hint("point a `next` at it, or remove it"),
                map,
                &format!("nodes[{i}].id"),
            ));
        } else if !reaches_end[i] {
            out.push(at(
                err(
                    codes::NO_END,
                    format!(
                        "from {} `{}` no End can be reached: the story gets stuck here",
                        n.kind(),
                        n.id()
                    ),
                )
                .hint(
                    "every path must be able to reach an `End`; check for a loop that never leaves",
                ),
                map,
                &format!("nodes[{i}].id"),
            ));
        }
    }
    // A path start → TellAdult → Good End.
    let reaches_good = bfs(lesson.nodes.len(), &good_ends, |i| reverse[i].clone());
    let tell_path = (0..lesson.nodes.len())
        .any(|i| matches!(lesson.nodes[i], Node::TellAdult(_)) && reachable[i] && reaches_good[i]);
    if !tell_path {
        out.push(at(
            err(
                codes::NO_TELL_ADULT_PATH,
                format!("lesson `{}` has no path through a TellAdult node to a Good End", lesson.id),
            )
            .hint("every lesson rehearses telling a grown-up: add a TellAdult node on the way to a Good End"),
            map,
            "id",
        ));
    }
    // A Good End only after a safe action: walk from the start without taking a safe action.
    let without_safe = bfs(lesson.nodes.len(), &[start], |i| {
        if matches!(lesson.nodes[i], Node::TellAdult(_)) {
            return Vec::new();
        }
        let choice = match &lesson.nodes[i] {
            Node::Choice(c) => Some(c),
            _ => None,
        };
        edges[i]
            .iter()
            .filter(|(_, opt)| match (choice, opt) {
                (Some(c), Some(j)) => c.options[*j].safety == Safety::Unsafe,
                _ => true,
            })
            .map(|e| e.0)
            .collect()
    });
    for &g in &good_ends {
        if without_safe[g] && !matches!(lesson.nodes[g], Node::TellAdult(_)) {
            out.push(at(
                err(
                    codes::UNSAFE_ENDING,
                    format!(
                        "the Good End `{}` can be reached without any safe action",
                        lesson.nodes[g].id()
                    ),
                )
                .hint("a Good End must come after a Safe or TellAdult option, or a TellAdult node"),
                map,
                &format!("nodes[{g}].id"),
            ));
        }
    }
    // Wrong turns: each Unsafe option leads back to a choice; at least one exists. Which nodes
    // lead back to a choice (through nodes that are neither a choice nor an end) is found once,
    // backwards from every choice, so the check stays linear however many wrong turns there are.
    let choices: Vec<usize> = (0..lesson.nodes.len())
        .filter(|&i| matches!(lesson.nodes[i], Node::Choice(_)))
        .collect();
    let leads_to_choice = bfs(lesson.nodes.len(), &choices, |k| {
        reverse[k]
            .iter()
            .copied()
            .filter(|&p| !matches!(lesson.nodes[p], Node::End(_) | Node::Choice(_)))
            .collect()
    });
    let mut wrong_turns = 0;
    for (i, n) in lesson.nodes.iter().enumerate() {
        let Node::Choice(c) = n else { continue };
        for (j, o) in c.options.iter().enumerate() {
            if o.safety != Safety::Unsafe {
                continue;
            }
            wrong_turns += 1;
            let Some(&t) = index.get(o.next.as_str()) else {
                continue;
            };
            if !leads_to_choice[t] {
                out.push(at(
                    err(
                        codes::WRONG_TURN_NO_WAY_BACK,
                        format!("the wrong turn (option {} of choice `{}`) never leads back to a choice", j + 1, c.id),
                    )
                    .hint("show the gentle consequence, then lead back to the choice so the child can choose again"),
                    map,
                    &format!("nodes[{i}].options[{j}].next"),
                ));
            }
        }
    }
    if wrong_turns == 0 {
        out.push(at(
            Diagnostic::warning(codes::NO_WRONG_TURN, file, format!("lesson `{}` has no gentle wrong turn", lesson.id))
                .hint("add an Unsafe option that shows kindly what could happen and comes back to the choice"),
            map,
            "id",
        ));
    }
}

/// "the nodes of this lesson are: a, b, c": at most [`MAX_IDS_IN_HINT`] ids, then how many more.
fn node_list(lesson: &Lesson) -> String {
    let ids: Vec<&str> = lesson
        .nodes
        .iter()
        .take(MAX_IDS_IN_HINT)
        .map(Node::id)
        .collect();
    let more = lesson.nodes.len().saturating_sub(MAX_IDS_IN_HINT);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!("the nodes of this lesson are: {}{more}", ids.join(", "))
}

/// Breadth-first search over `n` nodes from `starts`; `next(i)` gives the neighbours of `i`.
fn bfs(n: usize, starts: &[usize], mut next: impl FnMut(usize) -> Vec<usize>) -> Vec<bool> {
    let mut seen = vec![false; n];
    let mut queue: VecDeque<usize> = VecDeque::new();
    for &s in starts {
        if !seen[s] {
            seen[s] = true;
            queue.push_back(s);
        }
    }
    while let Some(i) = queue.pop_front() {
        for j in next(i) {
            if !seen[j] {
                seen[j] = true;
                queue.push_back(j);
            }
        }
    }
    seen
}

// ---------------------------------------------------------------------------------------------
// The project check.

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

/// One message definition in a Fluent file.
#[derive(Clone, Debug)]
struct MessageDef {
    file: String,
    line: usize,
    col: usize,
    text: String,
    variables: BTreeSet<String>,
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
fn lesson_files(path: &Path, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) {
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
fn read_text(path: &Path, file: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
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

/// Collects the variables a Fluent pattern references, and its plain text (default variants).
pub(crate) fn pattern_vars<S: AsRef<str>>(
    p: &ast::Pattern<S>,
    out: &mut BTreeSet<String>,
    text: &mut String,
) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => text.push_str(value.as_ref()),
            ast::PatternElement::Placeable { expression } => expr_vars(expression, out, text),
        }
    }
}

fn expr_vars<S: AsRef<str>>(e: &ast::Expression<S>, out: &mut BTreeSet<String>, text: &mut String) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                let mut ignored = String::new();
                pattern_vars(
                    &v.value,
                    out,
                    if v.default { &mut *text } else { &mut ignored },
                );
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars<S: AsRef<str>>(i: &ast::InlineExpression<S>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.as_ref().to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            let mut ignored = String::new();
            expr_vars(expression, out, &mut ignored);
        }
        _ => {}
    }
}

/// A tool's word file (`TOOL_WORD_FILES`) defines the same ids in every locale: no lesson uses
/// them, so nothing else notices when a locale lacks one. Reported in the file that lacks it.
fn tool_words_in_every_locale(
    root: &Path,
    defs: &[HashMap<String, MessageDef>],
    locale_files: &[Vec<(String, PathBuf)>],
    diags: &mut Vec<Diagnostic>,
) {
    if defs.len() != LOCALES.len() || locale_files.len() != LOCALES.len() {
        return;
    }
    let file_of = |li: usize, stem: &str| {
        locale_files[li]
            .iter()
            .find(|(_, p)| p.file_stem().and_then(|s| s.to_str()) == Some(stem))
            .map(|(f, _)| f.clone())
    };
    for stem in TOOL_WORD_FILES {
        for (li, locale) in LOCALES.iter().enumerate() {
            let Some(here) = file_of(li, stem) else {
                continue;
            };
            let mut ids: Vec<(&String, &MessageDef)> =
                defs[li].iter().filter(|(_, d)| d.file == here).collect();
            ids.sort_by_key(|(_, d)| d.line);
            for (other, other_locale) in LOCALES.iter().enumerate() {
                if other == li {
                    continue;
                }
                let there = file_of(other, stem).unwrap_or_else(|| {
                    display(
                        root,
                        &root
                            .join("locales")
                            .join(other_locale)
                            .join(format!("{stem}.ftl")),
                    )
                });
                for (id, d) in &ids {
                    if defs[other].get(*id).is_some_and(|o| o.file == there) {
                        continue;
                    }
                    diags.push(
                        Diagnostic::error(
                            codes::MISSING_MESSAGE,
                            &there,
                            format!(
                                "message `{id}` is in {}:{} but missing from locale `{other_locale}`",
                                d.file, d.line
                            ),
                        )
                        .hint(format!(
                            "add `{id} = ...` to locales/{other_locale}/{stem}.ftl, or remove it from `{locale}`: every locale needs the same ids in this file"
                        )),
                    );
                }
            }
        }
    }
}

/// Where each `id =` at the start of a line is (the first one of each id), in one pass.
fn definition_positions(source: &str) -> HashMap<&str, (usize, usize)> {
    let mut out = HashMap::new();
    for (n, line) in source.lines().enumerate() {
        let id_end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        let (id, rest) = line.split_at(id_end);
        if !id.is_empty() && rest.trim_start().starts_with('=') {
            out.entry(id).or_insert((n + 1, 1));
        }
    }
    out
}

/// Counts words the way the line-length rule does: English by words, Vietnamese by syllables.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The longest a spoken line of `band` may be in `locale`, in counted words.
pub fn max_words(band: Band, locale: &str) -> Option<usize> {
    band.max_words()
        .map(|w| if locale == "vi" { w * 3 / 2 } else { w })
}

/// Fluent files that belong to a tool or a screen outside the lessons (the printed pages' own
/// words, `print`; the grown-ups' parents' corner, `parents`): they are no lesson's and are not
/// checked for unused messages, but their syntax is, and every locale must define the same ids
/// in them (the tool asks for them by name).
pub const TOOL_WORD_FILES: &[&str] = &["print", "parents"];

/// Words a child-facing line may not contain: they frighten or blame.
pub const UNKIND_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "scary",
            "terrifying",
            "horror",
            "danger",
            "dangerous",
            "kidnap",
            "kill",
            "killed",
            "die",
            "dead",
            "death",
            "blood",
            "monster",
            "evil",
            "bad person",
            "bad people",
            "stupid",
            "idiot",
            "naughty",
            "your fault",
            "punish",
            "punished",
            "punishment",
        ],
    ),
    (
        "vi",
        &[
            "đáng sợ",
            "kinh khủng",
            "kinh dị",
            "nguy hiểm",
            "bắt cóc",
            "giết",
            "chết",
            "máu",
            "quái vật",
            "kẻ xấu",
            "người xấu",
            "ngu ngốc",
            "đồ ngốc",
            "lỗi của con",
            "lỗi của em",
            "lỗi của cháu",
            "bị phạt",
            "trừng phạt",
        ],
    ),
];

/// The first unkind word or phrase in `text`, matched on whole words, ignoring case.
pub fn find_unkind_word(locale: &str, text: &str) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let list = UNKIND_WORDS.iter().find(|(l, _)| *l == locale)?.1;
    // "It's not your fault" / "không phải lỗi của con" is what a child should hear: a phrase
    // right after a negation does not count.
    const NEGATIONS: &[&str] = &[
        "not", "never", "isn't", "wasn't", "no", "không", "chẳng", "chả",
    ];
    list.iter().copied().find(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        words.windows(parts.len()).enumerate().any(|(i, w)| {
            let negated = words[i.saturating_sub(2)..i]
                .iter()
                .any(|x| NEGATIONS.contains(&x.as_str()));
            !negated && w.iter().zip(&parts).all(|(a, b)| a == b)
        })
    })
}

/// Checks lessons and the locales, pictures and narration of their project.
pub fn check_project(paths: &[PathBuf], opts: &CheckOptions) -> Report {
    let mut report = Report::default();
    let mut diags = Vec::new();
    let first = paths
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("lessons"));
    let root = match opts.root.clone().or_else(|| find_root(&first)) {
        Some(r) => r,
        None => {
            diags.push(
                Diagnostic::error(codes::IO, first.display().to_string(), "cannot find the project folder (one with a `locales` folder) at or above this path")
                    .hint("run the checker inside a SafeKite project, or pass --root DIR"),
            );
            report.diagnostics = diags;
            return report;
        }
    };
    report.root = root.clone();

    // Lesson files.
    let mut files = Vec::new();
    for p in paths {
        lesson_files(p, &mut files, &mut diags);
    }
    files.sort();
    files.dedup();
    let mut lessons: Vec<(String, Lesson, SourceMap)> = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for path in &files {
        let file = display(&root, path);
        let Some(source) = read_text(path, &file, &mut diags) else {
            continue;
        };
        report.lessons += 1;
        let result = std::panic::catch_unwind(|| check_lesson_inner(&file, &source));
        let (lesson, lesson_diags, map) = match result {
            Ok(r) => r,
            Err(_) => {
                diags.push(Diagnostic::error(
                    codes::INTERNAL,
                    &file,
                    "the checker failed on this file",
                ));
                report.sources.insert(file, source);
                continue;
            }
        };
        diags.extend(lesson_diags);
        // Even a lesson with structural errors is parsed: check its words and pictures too.
        let parsed = lesson.or_else(|| parse_lesson(&source).ok());
        if let Some(l) = parsed {
            report.nodes += l.nodes.len();
            if let Some(other) = ids.get(&l.id) {
                diags.push(at(
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
            lessons.push((file.clone(), l, map));
        }
        report.sources.insert(file, source);
    }
    crate::check_option_order::check(&lessons, &mut diags);
    crate::check_lexicon::check(&root, &lessons, &mut diags);

    // Locales.
    let mut defs: Vec<HashMap<String, MessageDef>> = Vec::new();
    let mut locale_files: Vec<Vec<(String, PathBuf)>> = Vec::new();
    for locale in LOCALES {
        let dir = root.join("locales").join(locale);
        let mut map: HashMap<String, MessageDef> = HashMap::new();
        let mut files_here = Vec::new();
        let mut entries: Vec<PathBuf> = match fs::read_dir(&dir) {
            Ok(e) => e.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                diags.push(Diagnostic::error(
                    codes::IO,
                    display(&root, &dir),
                    format!("cannot read the locale folder: {e}"),
                ));
                Vec::new()
            }
        };
        entries.sort();
        for path in entries
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let file = display(&root, &path);
            let Some(source) = read_text(&path, &file, &mut diags) else {
                continue;
            };
            let (safe, limits) = crate::words::guard_fluent(&source);
            for l in limits {
                diags.push(
                    Diagnostic::error(l.code, &file, l.message)
                        .at(l.line, l.col, 1)
                        .hint(if l.code == codes::FILE_TOO_LARGE {
                            "a word file holds one lesson's words: split it, or remove what is not used"
                        } else {
                            "a message needs a placeable or two, not a tower of them: write it more simply"
                        }),
                );
            }
            let resource = match fluent_syntax::parser::parse(safe.as_ref()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let mut positions = crate::words::Positions::new(&source);
                    for e in errors {
                        let offset = crate::words::fluent_error_offset(&source, &e);
                        let (line, col) = positions.line_col(offset);
                        let len = e.slice.as_ref().map_or(1, |s| {
                            source
                                .get(e.pos.start..s.end.min(source.len()))
                                .map_or(1, |t| t.lines().next().map_or(1, |l| l.chars().count()))
                        });
                        diags.push(
                            Diagnostic::error(codes::FLUENT_SYNTAX, &file, format!("Fluent syntax error: {}", e.kind))
                                .at(line, col, len.clamp(1, 80))
                                .hint("a message is `id = text` at the start of a line; continued lines are indented"),
                        );
                    }
                    r
                }
            };
            let positions = definition_positions(&source);
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let id = m.id.name.to_string();
                let (line, col) = positions.get(id.as_str()).copied().unwrap_or((1, 1));
                let mut variables = BTreeSet::new();
                let mut text = String::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut variables, &mut text);
                }
                if let Some(first) = map.get(&id) {
                    diags.push(
                        Diagnostic::error(
                            codes::DUPLICATE_MESSAGE,
                            &file,
                            format!(
                                "message `{id}` is already defined at {}:{}",
                                first.file, first.line
                            ),
                        )
                        .at(line, col, id.chars().count())
                        .hint("message ids are shared by all files of a locale: rename one"),
                    );
                    continue;
                }
                map.insert(
                    id,
                    MessageDef {
                        file: file.clone(),
                        line,
                        col,
                        text,
                        variables,
                    },
                );
            }
            report.sources.insert(file.clone(), source);
            files_here.push((file, path));
        }
        defs.push(map);
        locale_files.push(files_here);
    }
    let all_ids: HashSet<&String> = defs.iter().flat_map(|m| m.keys()).collect();
    report.messages = all_ids.len();

    // Messages used: by lessons and by the interface.
    let mut used: HashSet<String> = ui_messages::ALL.iter().map(|m| m.id.to_string()).collect();
    for (li, locale) in LOCALES.iter().enumerate() {
        for m in ui_messages::ALL {
            if !defs[li].contains_key(m.id) {
                diags.push(
                    Diagnostic::error(
                        codes::MISSING_MESSAGE,
                        format!("locales/{locale}/ui.ftl"),
                        format!(
                            "interface message `{}` is missing from locale `{locale}`",
                            m.id
                        ),
                    )
                    .hint(format!("add `{} = ...` to locales/{locale}/ui.ftl", m.id)),
                );
            }
        }
    }
    // (id, where it is used: the lesson's index in `lessons` and the field path)
    let mut spoken: Vec<(String, Option<(usize, String)>)> = Vec::new();
    for m in ui_messages::ALL.iter().filter(|m| m.spoken) {
        spoken.push((m.id.to_string(), None));
    }
    for (lesson_index, (file, lesson, map)) in lessons.iter().enumerate() {
        let mut seen = HashSet::new();
        for m in lesson.messages() {
            used.insert(m.id.clone());
            if !seen.insert(m.id.clone()) {
                continue;
            }
            for (li, locale) in LOCALES.iter().enumerate() {
                if !defs[li].contains_key(&m.id) {
                    diags.push(at(
                        Diagnostic::error(
                            codes::MISSING_MESSAGE,
                            file,
                            format!("message `{}` is missing from locale `{locale}`", m.id),
                        )
                        .hint(format!(
                            "add `{} = ...` to locales/{locale}/{}.ftl",
                            m.id, lesson.id
                        )),
                        map,
                        &m.path,
                    ));
                }
            }
            if m.spoken {
                spoken.push((m.id.clone(), Some((lesson_index, m.path.clone()))));
                // Line length and kind words, in each locale, at the definition.
                for (li, locale) in LOCALES.iter().enumerate() {
                    let Some(def) = defs[li].get(&m.id) else {
                        continue;
                    };
                    if let Some(max) = max_words(lesson.band, locale) {
                        let n = count_words(&def.text);
                        if n > max {
                            let unit = if *locale == "vi" {
                                "syllables"
                            } else {
                                "words"
                            };
                            diags.push(
                                Diagnostic::warning(
                                    codes::LINE_TOO_LONG,
                                    &def.file,
                                    format!(
                                        "`{}` has {n} {unit}; lines for ages {} have at most {max}",
                                        m.id, lesson.band
                                    ),
                                )
                                .at(def.line, def.col, m.id.chars().count())
                                .hint("split it into two lines, or say it more simply"),
                            );
                        }
                    }
                    if let Some(w) = find_unkind_word(locale, &def.text) {
                        diags.push(
                            Diagnostic::error(codes::UNKIND_WORD, &def.file, format!("`{}` uses \"{w}\", which can frighten or blame a child", m.id))
                                .at(def.line, def.col, m.id.chars().count())
                                .hint("talk about feelings and tricks, never villains or fault (see CONTENT.md)"),
                        );
                    }
                }
            }
        }
    }

    // Variables must agree between locales.
    if defs.len() == 2 {
        for (id, vi) in &defs[0] {
            if let Some(en) = defs[1].get(id)
                && vi.variables != en.variables
            {
                let list = |s: &BTreeSet<String>| {
                    if s.is_empty() {
                        "none".to_string()
                    } else {
                        s.iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                };
                diags.push(
                    Diagnostic::error(
                        codes::FLUENT_VARIABLES,
                        &vi.file,
                        format!(
                            "`{id}` uses variables {} here but {} in {}:{}",
                            list(&vi.variables),
                            list(&en.variables),
                            en.file,
                            en.line
                        ),
                    )
                    .at(vi.line, vi.col, id.chars().count())
                    .hint(
                        "every locale must use the same variables: the game passes the same ones",
                    ),
                );
            }
        }
    }

    tool_words_in_every_locale(&root, &defs, &locale_files, &mut diags);

    // Unused messages, in ui.ftl and in the files of the lessons checked.
    let checked_ids: HashSet<&str> = lessons.iter().map(|(_, l, _)| l.id.as_str()).collect();
    let (all_lessons_checked, lesson_file_ids) = {
        let mut all = Vec::new();
        let mut ignored = Vec::new();
        lesson_files(&root.join("lessons"), &mut all, &mut ignored);
        let ids: HashSet<String> = all
            .iter()
            .filter_map(|p| {
                p.file_name()?
                    .to_str()?
                    .strip_suffix(".lesson.ron")
                    .map(str::to_string)
            })
            .collect();
        let checked: HashSet<PathBuf> = files.iter().map(|f| canonical(f)).collect();
        (all.iter().all(|p| checked.contains(&canonical(p))), ids)
    };
    for (li, files_here) in locale_files.iter().enumerate() {
        let mut defs_by_file: HashMap<&str, Vec<(&String, &MessageDef)>> = HashMap::new();
        for (id, d) in &defs[li] {
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
                    diags.push(
                        Diagnostic::warning(codes::ORPHAN_LOCALE_FILE, file, format!("no lesson has the id `{stem}`"))
                            .hint("a lesson's words live in locales/<lang>/<lesson-id>.ftl; rename or remove this file"),
                    );
                }
                continue;
            }
            let mut unused: Vec<(&String, &MessageDef)> = defs_by_file
                .get(file.as_str())
                .map(|v| {
                    v.iter()
                        .copied()
                        .filter(|(id, _)| !used.contains(*id))
                        .collect()
                })
                .unwrap_or_default();
            unused.sort_by_key(|(_, d)| d.line);
            for (id, d) in unused {
                diags.push(
                    Diagnostic::warning(
                        codes::UNUSED_MESSAGE,
                        file,
                        format!("message `{id}` is not used by any lesson or screen"),
                    )
                    .at(d.line, d.col, id.chars().count())
                    .hint("remove it, or use it in the lesson"),
                );
            }
        }
    }

    // Pictures.
    for (file, lesson, map) in &lessons {
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

    crate::check_device::project(&root, &lessons, &mut diags);

    // Narration.
    let mut spoken_seen = HashSet::new();
    for (id, site) in &spoken {
        // An invalid id is already an error (SK0005) and could name a file outside the project.
        if !is_valid_id(id) || !spoken_seen.insert(id.clone()) {
            continue;
        }
        for locale in LOCALES {
            let rel = voice_asset_path(locale, id);
            if root.join("assets").join(&rel).is_file() {
                continue;
            }
            let msg = format!("no narration for `{id}` in `{locale}`: assets/{rel} does not exist");
            let mut d = if opts.require_narration {
                Diagnostic::error(codes::MISSING_NARRATION, "", msg)
            } else {
                Diagnostic::warning(codes::MISSING_NARRATION, "", msg)
            }
            .hint(
                "run scripts/narrate to generate missing narration, or record it under that name",
            );
            match site {
                Some((lesson_index, path)) => {
                    let (file, _, map) = &lessons[*lesson_index];
                    d.file = file.clone();
                    d = at(d, map, path);
                }
                None => d.file = format!("locales/{locale}/ui.ftl"),
            }
            diags.push(d);
        }
    }

    // File names.
    for dir in ["lessons", "locales", "assets/art", "assets/voice"] {
        check_file_names(&root, &root.join(dir), &mut diags);
    }

    // The lesson index.
    let lessons_dir = root.join("lessons");
    if lessons_dir.is_dir() {
        check_index(&root, &lessons_dir, &mut diags, &mut report.sources);
    }

    // Good lessons: parsed with no errors in their own file.
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
    // Stable order: by file, then position; errors before warnings on the same spot.
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.col, a.severity).cmp(&(&b.file, b.line, b.col, b.severity))
    });
    report.diagnostics = diags;
    report
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn picture_hint(kind: ArtKind) -> String {
    format!(
        "draw it as art-src/{0}/<name>.svg and run scripts/art, or use a picture that exists in assets/{0}/",
        kind.folder().trim_start_matches("art/")
    )
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

/// Every line the child hears, as (locale, message id, text): what narration is made from.
pub fn spoken_lines(report: &Report) -> Vec<(String, String, String)> {
    let mut ids: Vec<String> = ui_messages::ALL
        .iter()
        .filter(|m| m.spoken)
        .map(|m| m.id.to_string())
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
            if words.has(locale, id)
                && let Some(t) = words.get(locale, id)
            {
                out.push((locale.to_string(), id.clone(), t));
            }
        }
    }
    out
}

/// Severity counts, for callers that only need the totals.
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let e = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (e, diags.len() - e)
}
