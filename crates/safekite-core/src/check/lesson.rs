//! The check of one lesson file on its own, as a pipeline: the file is read and parsed
//! ([`parse`]), then [`STEPS`] run in order over a [`LessonCtx`], each pushing what it finds.
//! This is what the game runs when it loads a lesson, and the first step of the project check.

use super::{at, cast, checks, device, flags, graph, ids, limits, wrong_turns};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::NodeId;
use crate::load::parse_lesson;
use crate::locate::SourceMap;
use crate::model::{Lesson, Node};
use std::collections::HashMap;

/// The result of checking one lesson file on its own.
#[derive(Clone, Debug)]
pub struct LessonCheck {
    /// The lesson, if it has no errors.
    pub lesson: Option<Lesson>,
    /// Errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// The largest lesson file read, in bytes (a long shipped lesson is about 10 KiB).
pub const MAX_LESSON_BYTES: usize = 4 << 20;

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

/// What the steps of one lesson's check share.
pub(crate) struct LessonCtx<'a> {
    /// The file's name, as diagnostics show it.
    pub file: &'a str,
    pub lesson: &'a Lesson,
    pub map: &'a SourceMap,
    pub out: Vec<Diagnostic>,
    /// Each node id's first node (by index in `lesson.nodes`).
    pub index: HashMap<&'a NodeId, usize>,
    /// The start node, if it exists.
    pub start: Option<usize>,
    /// Each node's edges to the nodes that exist: (target, the option that leads there).
    pub edges: Vec<Vec<(usize, Option<usize>)>>,
    /// Each node's predecessors (the edges reversed).
    pub reverse: Vec<Vec<usize>>,
    /// Which nodes can be reached from the start (empty without a start).
    pub reachable: Vec<bool>,
}

impl LessonCtx<'_> {
    /// An error in this lesson's file.
    pub fn error(&self, code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(code, self.file, message)
    }

    /// Pushes `d`, positioned at the value with `path`.
    pub fn push_at(&mut self, d: Diagnostic, path: &str) {
        self.out.push(at(d, self.map, path));
    }
}

/// A step of the check of one lesson.
pub(crate) type LessonStep = fn(&mut LessonCtx);

/// The check of one parsed lesson, in order. The graph steps after [`graph::targets`] do nothing
/// when the start node does not exist.
pub(crate) const STEPS: &[LessonStep] = &[
    |c| checks::check(c.file, c.lesson, c.map, &mut c.out),
    ids::format_version,
    ids::names,
    ids::topic,
    cast::characters,
    each_node,
    graph::start,
    graph::targets,
    graph::reachable_and_ending,
    flags::check,
    wrong_turns::grown_up_path,
    wrong_turns::safe_endings,
    wrong_turns::come_back,
    |c| device::lesson(c.file, c.lesson, c.map, &mut c.out),
];

/// Checks one lesson file: the lesson if it has no errors, every diagnostic in the order the
/// steps found them, and the file's source map (empty when it did not parse).
pub(crate) fn check_lesson_inner(
    file: &str,
    source: &str,
) -> (Option<Lesson>, Vec<Diagnostic>, SourceMap) {
    let lesson = match parse(file, source) {
        Ok(l) => l,
        Err(d) => return (None, vec![d], SourceMap::default()),
    };
    let map = SourceMap::new(source);
    let mut ctx = LessonCtx {
        file,
        lesson: &lesson,
        map: &map,
        out: Vec::new(),
        index: HashMap::new(),
        start: None,
        edges: Vec::new(),
        reverse: Vec::new(),
        reachable: Vec::new(),
    };
    for step in STEPS {
        step(&mut ctx);
    }
    let out = ctx.out;
    let ok = !out.iter().any(Diagnostic::is_error);
    (ok.then_some(lesson), out, map)
}

/// The lesson in `source`, or the one problem that stops it being read: too large, not RON, or
/// not a lesson.
fn parse(file: &str, source: &str) -> Result<Lesson, Diagnostic> {
    if source.len() > MAX_LESSON_BYTES {
        return Err(Diagnostic::error(
            codes::FILE_TOO_LARGE,
            file,
            format!(
                "the lesson file is too large ({} KiB; the limit is {} KiB)",
                source.len() / 1024,
                MAX_LESSON_BYTES / 1024
            ),
        )
        .hint("a lesson is a short story: split it into several lessons"));
    }
    parse_lesson(source).map_err(|e| {
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
        Diagnostic::error(code, file, e.message)
            .at(e.line, e.col, len)
            .hint(hint)
    })
}

/// Each node, in order: its id is its own, and what its kind asks of it (a speaker of the
/// lesson, on a Say or a speaking Device, a grown-up of the cast, counts within the limits).
fn each_node(c: &mut LessonCtx) {
    let lesson = c.lesson;
    for (i, n) in lesson.nodes.iter().enumerate() {
        ids::unique_node(c, i, n);
        match n {
            Node::Say(s) => cast::speaker(c, i, &s.speaker),
            Node::Choice(choice) => limits::choice(c, i, choice),
            Node::TellAdult(t) => {
                cast::adult(c, &t.adult, &format!("nodes[{i}].adult"));
                limits::tell_adult(c, i, t);
            }
            Node::Device(d) => {
                if let Some(speaker) = &d.speaker {
                    cast::speaker(c, i, speaker);
                }
                limits::device(c, i, d);
            }
            Node::End(_) => {}
        }
    }
}
