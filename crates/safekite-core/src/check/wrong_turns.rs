//! What every lesson teaches, walked on the graph of [`super::graph`]: a path through telling a
//! grown-up to a Good End, no Good End without a safe action, and gentle wrong turns that lead
//! back to a choice. Each step does nothing when the start node does not exist.

use super::graph::{bfs, good_ends};
use super::lesson::LessonCtx;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::{Node, Safety};

/// A path start → TellAdult → Good End.
pub(crate) fn grown_up_path(c: &mut LessonCtx) {
    if c.start.is_none() {
        return;
    }
    let lesson = c.lesson;
    let n = lesson.nodes.len();
    let reaches_good = bfs(n, &good_ends(lesson), |i| c.reverse[i].clone());
    let tell_path = (0..n).any(|i| {
        matches!(lesson.nodes[i], Node::TellAdult(_)) && c.reachable[i] && reaches_good[i]
    });
    if !tell_path {
        let d = c
            .error(
                codes::NO_TELL_ADULT_PATH,
                format!("lesson `{}` has no path through a TellAdult node to a Good End", lesson.id),
            )
            .hint("every lesson rehearses telling a grown-up: add a TellAdult node on the way to a Good End");
        c.push_at(d, "id");
    }
}

/// A Good End only after a safe action: walk from the start without taking a safe action.
pub(crate) fn safe_endings(c: &mut LessonCtx) {
    let Some(start) = c.start else {
        return;
    };
    let lesson = c.lesson;
    let without_safe = bfs(lesson.nodes.len(), &[start], |i| {
        if matches!(lesson.nodes[i], Node::TellAdult(_)) {
            return Vec::new();
        }
        let choice = match &lesson.nodes[i] {
            Node::Choice(c) => Some(c),
            _ => None,
        };
        c.edges[i]
            .iter()
            .filter(|(_, opt)| match (choice, opt) {
                (Some(c), Some(j)) => c.options[*j].safety == Safety::Unsafe,
                _ => true,
            })
            .map(|e| e.0)
            .collect()
    });
    for g in good_ends(lesson) {
        if without_safe[g] && !matches!(lesson.nodes[g], Node::TellAdult(_)) {
            let d = c
                .error(
                    codes::UNSAFE_ENDING,
                    format!(
                        "the Good End `{}` can be reached without any safe action",
                        lesson.nodes[g].id()
                    ),
                )
                .hint("a Good End must come after a Safe or TellAdult option, or a TellAdult node");
            c.push_at(d, &format!("nodes[{g}].id"));
        }
    }
}

/// Wrong turns: each Unsafe option leads back to a choice; at least one exists. Which nodes
/// lead back to a choice (through nodes that are neither a choice nor an end) is found once,
/// backwards from every choice, so the check stays linear however many wrong turns there are.
pub(crate) fn come_back(c: &mut LessonCtx) {
    if c.start.is_none() {
        return;
    }
    let lesson = c.lesson;
    let choices: Vec<usize> = (0..lesson.nodes.len())
        .filter(|&i| matches!(lesson.nodes[i], Node::Choice(_)))
        .collect();
    let leads_to_choice = bfs(lesson.nodes.len(), &choices, |k| {
        c.reverse[k]
            .iter()
            .copied()
            .filter(|&p| !matches!(lesson.nodes[p], Node::End(_) | Node::Choice(_)))
            .collect()
    });
    let mut wrong_turns = 0;
    for (i, n) in lesson.nodes.iter().enumerate() {
        let Node::Choice(choice) = n else { continue };
        for (j, o) in choice.options.iter().enumerate() {
            if o.safety != Safety::Unsafe {
                continue;
            }
            wrong_turns += 1;
            let Some(&t) = c.index.get(&o.next) else {
                continue;
            };
            if !leads_to_choice[t] {
                let d = c
                    .error(
                        codes::WRONG_TURN_NO_WAY_BACK,
                        format!("the wrong turn (option {} of choice `{}`) never leads back to a choice", j + 1, choice.id),
                    )
                    .hint("show the gentle consequence, then lead back to the choice so the child can choose again");
                c.push_at(d, &format!("nodes[{i}].options[{j}].next"));
            }
        }
    }
    if wrong_turns == 0 {
        let d = Diagnostic::warning(
            codes::NO_WRONG_TURN,
            c.file,
            format!("lesson `{}` has no gentle wrong turn", lesson.id),
        )
        .hint(
            "add an Unsafe option that shows kindly what could happen and comes back to the choice",
        );
        c.push_at(d, "id");
    }
}
