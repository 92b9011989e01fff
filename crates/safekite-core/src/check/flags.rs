//! Lesson flags: an option `sets` a flag, a node's line variant tests it (`when`, `unless`).
//! Every flag tested is set by some option (SK0065) and can have been set on some path that
//! reaches the node testing it (SK0066); a flag set but never tested is a warning (SK0067).
//! Flag names are ids (SK0005).

use super::is_valid_id;
use super::lesson::LessonCtx;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Node;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Where a flag is set: its field path and the words that name the option.
struct Setter {
    path: String,
    what: String,
}

/// The flag checks of one lesson.
pub(crate) fn check(c: &mut LessonCtx) {
    let setters = setters(c);
    let may = c.start.map(|s| may_be_set(c, s));
    let mut tested: BTreeSet<&str> = BTreeSet::new();
    let lesson = c.lesson;
    for (i, node) in lesson.nodes.iter().enumerate() {
        for (j, v) in node.variants().iter().enumerate() {
            for (field, k, flag) in v.tested() {
                tested.insert(flag);
                let path = format!("nodes[{i}].variants[{j}].{field}[{k}]");
                // An unreachable node is SK0014's: nothing can be set there.
                let reached = c.reachable.get(i).copied().unwrap_or(false);
                let here = may.as_ref().filter(|_| reached).map(|m| &m[i]);
                if let Some(d) = tested_flag(c, node, flag, here, &setters) {
                    c.push_at(d, &path);
                }
            }
        }
    }
    for (flag, places) in &setters {
        if !tested.contains(flag) {
            let d = Diagnostic::warning(
                codes::FLAG_NEVER_TESTED,
                c.file,
                format!("{} sets flag `{flag}`, but no variant tests it", places[0].what),
            )
            .hint("test it with `variants: [Variant(when: [\"…\"], line: \"…\")]` on a node after this choice, or remove it from `sets`");
            c.push_at(d, &places[0].path);
        }
    }
}

/// The problem with a flag tested at `node`, if any: set by no option, or by none that a path
/// to this node passes (`here` is what may be set on arriving; `None` without a start node or
/// at a node that cannot be reached, which other checks report).
fn tested_flag(
    c: &LessonCtx,
    node: &Node,
    flag: &str,
    here: Option<&BTreeSet<&str>>,
    setters: &BTreeMap<&str, Vec<Setter>>,
) -> Option<Diagnostic> {
    let Some(places) = setters.get(flag) else {
        let known: Vec<&str> = setters.keys().copied().collect();
        let hint = if known.is_empty() {
            "no option of this lesson sets a flag: add `sets: [\"…\"]` to the option that should set it".to_string()
        } else {
            format!("the flags this lesson sets are: {}", known.join(", "))
        };
        let msg = format!(
            "{} `{}` tests flag `{flag}`, which no option sets",
            node.kind(),
            node.id()
        );
        return Some(c.error(codes::FLAG_NEVER_SET, msg).hint(hint));
    };
    let here = here?;
    if here.contains(flag) {
        return None;
    }
    let by: Vec<&str> = places.iter().map(|p| p.what.as_str()).collect();
    let msg = format!(
        "{} `{}` tests flag `{flag}`, but no path to it can have set it",
        node.kind(),
        node.id()
    );
    let hint = format!(
        "`{flag}` is set by {}, and no path from the start to `{}` takes it: test it after that choice, or set it earlier",
        by.join(" and "),
        node.id()
    );
    Some(c.error(codes::FLAG_NOT_SET_HERE, msg).hint(hint))
}

/// Every flag set, with where; pushes SK0005 for a flag name that is not an id.
fn setters<'a>(c: &mut LessonCtx<'a>) -> BTreeMap<&'a str, Vec<Setter>> {
    let mut out: BTreeMap<&str, Vec<Setter>> = BTreeMap::new();
    let lesson = c.lesson;
    for (i, node) in lesson.nodes.iter().enumerate() {
        let Node::Choice(choice) = node else { continue };
        for (j, o) in choice.options.iter().enumerate() {
            for (k, flag) in o.sets.iter().enumerate() {
                let path = format!("nodes[{i}].options[{j}].sets[{k}]");
                if !is_valid_id(flag) {
                    let d = c
                        .error(codes::BAD_ID, format!("flag `{flag}` is not a valid id"))
                        .hint("use lowercase letters, digits and single `-`, starting with a letter (`looked-first`)");
                    c.push_at(d, &path);
                }
                let what = format!("option {} of choice `{}`", j + 1, choice.id);
                out.entry(flag).or_default().push(Setter { path, what });
            }
        }
    }
    out
}

/// For each node, the flags that some path from `start` may have set on arriving there (the
/// `sets` of the options taken on the way). Nodes not reached have none.
fn may_be_set<'a>(c: &LessonCtx<'a>, start: usize) -> Vec<BTreeSet<&'a str>> {
    let lesson = c.lesson;
    let mut may: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); lesson.nodes.len()];
    let mut queue = VecDeque::from([start]);
    let mut seen = vec![false; lesson.nodes.len()];
    seen[start] = true;
    while let Some(i) = queue.pop_front() {
        for &(t, option) in &c.edges[i] {
            let mut flow = may[i].clone();
            if let (Node::Choice(choice), Some(j)) = (&lesson.nodes[i], option) {
                flow.extend(choice.options[j].sets.iter().map(String::as_str));
            }
            let before = may[t].len();
            may[t].extend(flow);
            if !seen[t] || may[t].len() > before {
                seen[t] = true;
                queue.push_back(t);
            }
        }
    }
    may
}
