//! The story as a graph: the start node exists, every `next` leads to a node that exists, every
//! node can be reached from the start, and from every node an End can be reached. The edges
//! found here are what the later steps ([`super::wrong_turns`]) walk.

use super::lesson::LessonCtx;
use crate::codes;
use crate::model::{Lesson, Node, Outcome, TargetField};
use std::collections::VecDeque;

/// How many node ids a hint lists before it says how many more there are.
const MAX_IDS_IN_HINT: usize = 10;

/// The start node exists.
pub(crate) fn start(c: &mut LessonCtx) {
    c.start = c.index.get(&c.lesson.start).copied();
    if c.start.is_none() {
        let d = c
            .error(
                codes::MISSING_START,
                format!("the start node `{}` does not exist", c.lesson.start),
            )
            .hint(node_list(c.lesson));
        c.push_at(d, "start");
    }
}

/// Every `next` leads to a node that exists; the edges (and their reverse) are kept.
pub(crate) fn targets(c: &mut LessonCtx) {
    let lesson = c.lesson;
    let all_nodes = node_list(lesson);
    let mut edges: Vec<Vec<(usize, Option<usize>)>> = vec![Vec::new(); lesson.nodes.len()];
    for (i, n) in lesson.nodes.iter().enumerate() {
        for (target, field) in n.targets() {
            let (path, option) = match field {
                TargetField::Next => (format!("nodes[{i}].next"), None),
                TargetField::Option(j) => (format!("nodes[{i}].options[{j}].next"), Some(j)),
            };
            match c.index.get(target) {
                Some(&t) => edges[i].push((t, option)),
                None => {
                    let what = match option {
                        Some(j) => format!("option {} of choice `{}`", j + 1, n.id()),
                        None => format!("{} `{}`", n.kind(), n.id()),
                    };
                    let d = c
                        .error(
                            codes::MISSING_NODE,
                            format!("{what} leads to node `{target}`, which does not exist"),
                        )
                        .hint(all_nodes.clone());
                    c.push_at(d, &path);
                }
            }
        }
    }
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); lesson.nodes.len()];
    for (i, es) in edges.iter().enumerate() {
        for &(t, _) in es {
            reverse[t].push(i);
        }
    }
    c.edges = edges;
    c.reverse = reverse;
}

/// Every node (the first of each id) can be reached from the start, and can reach an End.
pub(crate) fn reachable_and_ending(c: &mut LessonCtx) {
    let Some(start) = c.start else {
        return;
    };
    let lesson = c.lesson;
    let n = lesson.nodes.len();
    c.reachable = bfs(n, &[start], |i| c.edges[i].iter().map(|e| e.0).collect());
    let ends: Vec<usize> = (0..n)
        .filter(|&i| matches!(lesson.nodes[i], Node::End(_)))
        .collect();
    let reaches_end = bfs(n, &ends, |i| c.reverse[i].clone());
    for (i, node) in lesson.nodes.iter().enumerate() {
        if c.index.get(node.id()) != Some(&i) {
            continue;
        }
        if !c.reachable[i] {
            let d = c
                .error(
                    codes::UNREACHABLE,
                    format!(
                        "{} `{}` cannot be reached from the start",
                        node.kind(),
                        node.id()
                    ),
                )
                .hint("point a `next` at it, or remove it");
            c.push_at(d, &format!("nodes[{i}].id"));
        } else if !reaches_end[i] {
            let d = c
                .error(
                    codes::NO_END,
                    format!(
                        "from {} `{}` no End can be reached: the story gets stuck here",
                        node.kind(),
                        node.id()
                    ),
                )
                .hint(
                    "every path must be able to reach an `End`; check for a loop that never leaves",
                );
            c.push_at(d, &format!("nodes[{i}].id"));
        }
    }
}

/// The End nodes with a Good outcome.
pub(crate) fn good_ends(lesson: &Lesson) -> Vec<usize> {
    (0..lesson.nodes.len())
        .filter(|&i| matches!(&lesson.nodes[i], Node::End(e) if e.outcome == Outcome::Good))
        .collect()
}

/// "the nodes of this lesson are: a, b, c": at most [`MAX_IDS_IN_HINT`] ids, then how many more.
fn node_list(lesson: &Lesson) -> String {
    let ids: Vec<&str> = lesson
        .nodes
        .iter()
        .take(MAX_IDS_IN_HINT)
        .map(|n| n.id().as_str())
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
pub(crate) fn bfs(
    n: usize,
    starts: &[usize],
    mut next: impl FnMut(usize) -> Vec<usize>,
) -> Vec<bool> {
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
