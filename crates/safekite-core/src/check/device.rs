//! The checker's rules for acting on the pretend device and for the teen additions to the
//! format: a Choice's `on_device` and its options' `element`s, the number of items a screen
//! shows, the cast's `mood` pictures, and the Fluent variables lesson lines may use.
//! [`lesson`] runs with the checks of one lesson file; [`project`] with the project check.

use super::at;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::MessageId;
use crate::locate::SourceMap;
use crate::model::{ArtKind, Lesson, Mood, NARRATOR, Node, Screen};
use crate::words::LOCALES;
use fluent_syntax::ast;
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;

/// The Fluent variables the game passes to every lesson message.
pub const LESSON_VARIABLES: &[&str] = &["counsellor", "counsellor-room"];

/// The checks of one lesson file: device links and screen sizes.
pub fn lesson(file: &str, lesson: &Lesson, map: &SourceMap, out: &mut Vec<Diagnostic>) {
    for (i, node) in lesson.nodes.iter().enumerate() {
        match node {
            Node::Choice(c) => choice_links(file, lesson, i, c, map, out),
            Node::Device(d) => screen_items(file, &d.screen, i, map, out),
            _ => {}
        }
    }
}

/// `on_device` names a Device node; each `element` is on its screen, once.
fn choice_links(
    file: &str,
    lesson: &Lesson,
    i: usize,
    c: &crate::model::Choice,
    map: &SourceMap,
    out: &mut Vec<Diagnostic>,
) {
    let devices: Vec<&str> = lesson
        .nodes
        .iter()
        .filter(|n| matches!(n, Node::Device(_)))
        .map(|n| n.id().as_str())
        .collect();
    let screen = match &c.on_device {
        None => None,
        Some(id) => match lesson.node(id) {
            Some(Node::Device(d)) => Some(&d.screen),
            other => {
                let what = match other {
                    Some(n) => format!("`{id}` is a {} node, not a Device node", n.kind()),
                    None => format!("there is no node `{id}`"),
                };
                let hint = if devices.is_empty() {
                    "add a Device node and name it here, or remove `on_device`".to_string()
                } else {
                    format!(
                        "the Device nodes of this lesson are: {}",
                        devices.join(", ")
                    )
                };
                out.push(at(
                    Diagnostic::error(
                        codes::ON_DEVICE,
                        file,
                        format!("choice `{}` is acted out on the device, but {what}", c.id),
                    )
                    .hint(hint),
                    map,
                    &format!("nodes[{i}].on_device"),
                ));
                return;
            }
        },
    };
    let mut taken: HashMap<&str, usize> = HashMap::new();
    for (j, o) in c.options.iter().enumerate() {
        let Some(element) = o.element.as_deref() else {
            continue;
        };
        let path = format!("nodes[{i}].options[{j}].element");
        let err = |msg: String| Diagnostic::error(codes::ELEMENT, file, msg);
        let Some(screen) = screen else {
            out.push(at(
                err(format!(
                    "option {} names the element `{element}`, but choice `{}` has no `on_device`",
                    j + 1,
                    c.id
                ))
                .hint("add `on_device: \"<a Device node id>\"` to the Choice, or remove `element`"),
                map,
                &path,
            ));
            continue;
        };
        let elements = screen.elements();
        if !elements.iter().any(|e| e == element) {
            let hint = if elements.is_empty() {
                format!("a {} screen has nothing to tap", screen.kind())
            } else {
                format!(
                    "the {} screen's elements are: {}",
                    screen.kind(),
                    elements.join(", ")
                )
            };
            out.push(at(
                err(format!(
                    "`{element}` is not an element of the {} screen",
                    screen.kind()
                ))
                .hint(hint),
                map,
                &path,
            ));
        } else if let Some(first) = taken.insert(element, j) {
            out.push(at(
                err(format!(
                    "options {} and {} both name the element `{element}`",
                    first + 1,
                    j + 1
                ))
                .hint("one tap takes one option: give each option its own element"),
                map,
                &path,
            ));
        }
    }
}

/// A screen shows a sensible number of items.
fn screen_items(file: &str, screen: &Screen, i: usize, map: &SourceMap, out: &mut Vec<Diagnostic>) {
    let (field, count, range, what) = match screen {
        Screen::Feed { posts } => ("posts", posts.len(), 1..=4, "posts"),
        Screen::GroupChat { messages, .. } => ("messages", messages.len(), 1..=8, "messages"),
        Screen::Report { reasons, .. } => ("reasons", reasons.len(), 2..=5, "reasons"),
        Screen::WebPage { fields, .. } => ("fields", fields.len(), 0..=3, "form fields"),
        _ => return,
    };
    if !range.contains(&count) {
        out.push(at(
            Diagnostic::error(
                codes::SCREEN_ITEMS,
                file,
                format!(
                    "this {} screen has {count} {what}; it shows {} to {}",
                    screen.kind(),
                    range.start(),
                    range.end()
                ),
            )
            .hint("the pretend phone is small: split it over two Device nodes, or add what is missing"),
            map,
            &format!("nodes[{i}].screen.{field}"),
        ));
    }
}

/// The project checks: mood pictures exist (else a warning), and lesson messages use only
/// the variables the game passes.
pub fn project(root: &Path, lessons: &[(String, Lesson, SourceMap)], diags: &mut Vec<Diagnostic>) {
    for (file, lesson, map) in lessons {
        mood_pictures(root, file, lesson, map, diags);
    }
    lesson_variables(root, lessons, diags);
}

fn mood_pictures(
    root: &Path,
    file: &str,
    lesson: &Lesson,
    map: &SourceMap,
    diags: &mut Vec<Diagnostic>,
) {
    for (i, node) in lesson.nodes.iter().enumerate() {
        let (who, mood) = match node {
            Node::Say(s) => (&s.speaker, s.mood),
            Node::TellAdult(t) => (&t.adult, t.mood),
            _ => continue,
        };
        if mood == Mood::Calm || *who == NARRATOR {
            continue;
        }
        let rel = ArtKind::Cast.asset_path(&mood.picture(who));
        if !root.join("assets").join(&rel).is_file() {
            diags.push(at(
                Diagnostic::warning(
                    codes::MOOD_PICTURE,
                    file,
                    format!("no picture of `{who}` looking {}: assets/{rel} does not exist; the plain picture is shown", mood.as_str()),
                )
                .hint(format!("draw it as art-src/cast/{}.svg and run scripts/art", mood.picture(who))),
                map,
                &format!("nodes[{i}].mood"),
            ));
        }
    }
}

/// One message definition's variables and where it is.
struct VarsAt {
    file: String,
    line: usize,
    variables: BTreeSet<String>,
}

fn lesson_variables(
    root: &Path,
    lessons: &[(String, Lesson, SourceMap)],
    diags: &mut Vec<Diagnostic>,
) {
    for locale in LOCALES {
        let defs = locale_variables(root, locale);
        let mut reported = BTreeSet::new();
        for (_, lesson, _) in lessons {
            for m in lesson.messages() {
                let Some(def) = defs.get(&m.id) else { continue };
                let bad: Vec<String> = def
                    .variables
                    .iter()
                    .filter(|v| !LESSON_VARIABLES.contains(&v.as_str()))
                    .map(|v| format!("${v}"))
                    .collect();
                if bad.is_empty() || !reported.insert(m.id.clone()) {
                    continue;
                }
                diags.push(
                    Diagnostic::error(
                        codes::LESSON_VARIABLE,
                        &def.file,
                        format!(
                            "`{}` uses {}, which the game does not pass to lesson lines",
                            m.id,
                            bad.join(", ")
                        ),
                    )
                    .at(def.line, 1, m.id.as_str().chars().count())
                    .hint("lesson lines may use only { $counsellor } and { $counsellor-room }"),
                );
            }
        }
    }
}

/// The variables of every message in `locales/<locale>/*.ftl`, by id. Files that do not
/// parse are left to the main check, which reports their syntax.
fn locale_variables(root: &Path, locale: &str) -> HashMap<MessageId, VarsAt> {
    let mut out = HashMap::new();
    let dir = root.join("locales").join(locale);
    let Ok(entries) = fs::read_dir(&dir) else {
        return out;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        let Ok(source) = fs::read_to_string(path) else {
            continue;
        };
        // Through the same nesting and size guard as every other reader of word files: a
        // deeply nested message would overflow the parser's stack.
        let (safe, _) = crate::words::guard_fluent(&source);
        let resource = match fluent_syntax::parser::parse(safe.as_ref()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let file = super::display(root, path);
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut variables = BTreeSet::new();
            if let Some(v) = &m.value {
                super::pattern_vars(v, &mut variables, &mut String::new());
            }
            let id = MessageId::new(m.id.name);
            let line = definition_line(&source, id.as_str());
            out.entry(id).or_insert(VarsAt {
                file: file.clone(),
                line,
                variables,
            });
        }
    }
    out
}

/// The line where `id =` is defined.
fn definition_line(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |n| n + 1)
}
