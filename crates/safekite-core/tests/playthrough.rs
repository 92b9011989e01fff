//! Automated playthrough: every path through every shipped lesson, driven through the runner.
//! Each path must end at an End; every node and every option must be covered.

mod common;

use safekite_core::check::check_lesson;
use safekite_core::graph::distances_to;
use safekite_core::ids::NodeId;
use safekite_core::model::{Lesson, LessonIndex, Node};
use safekite_core::runner::LessonRun;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How many times one path may enter the same node (wrong turns loop back once and more).
const MAX_VISITS_PER_PATH: usize = 2;
/// A bound on the paths of one lesson, so a runaway lesson fails instead of hanging.
const MAX_PATHS: usize = 200_000;

#[derive(Default)]
struct Coverage {
    nodes: HashSet<NodeId>,
    options: HashSet<(NodeId, usize)>,
    said: HashSet<(NodeId, usize)>,
    paths: usize,
    endings: HashMap<NodeId, usize>,
}

/// Explores every continuation of `run`; `visits` counts node entries on this path.
fn explore(run: LessonRun, visits: &mut HashMap<NodeId, usize>, cov: &mut Coverage, lesson: &str) {
    let id = run.current().id().clone();
    cov.nodes.insert(id.clone());
    let count = visits.entry(id.clone()).or_insert(0);
    *count += 1;
    let entered = *count;
    if entered > MAX_VISITS_PER_PATH {
        // The loop bound: this path has gone round once already. It must still be able to end:
        // finish it along the shortest way to an End.
        finish(run, lesson);
        cov.paths += 1;
        *visits.get_mut(&id).unwrap() -= 1;
        return;
    }
    assert!(
        cov.paths < MAX_PATHS,
        "{lesson}: more than {MAX_PATHS} paths"
    );
    match run.current().clone() {
        Node::End(_) => {
            cov.paths += 1;
            *cov.endings.entry(id.clone()).or_insert(0) += 1;
            assert!(run.outcome().is_some());
        }
        Node::Choice(c) => {
            for i in 0..c.options.len() {
                cov.options.insert((id.clone(), i));
                let mut next = run.clone();
                next.choose(i)
                    .unwrap_or_else(|e| panic!("{lesson}: choose {i} at {id}: {e}"));
                explore(next, visits, cov, lesson);
            }
        }
        Node::TellAdult(t) => {
            for i in 0..t.child_can_say.len() {
                cov.said.insert((id.clone(), i));
                let mut next = run.clone();
                next.say_to_adult(i).unwrap();
                next.advance()
                    .unwrap_or_else(|e| panic!("{lesson}: after telling at {id}: {e}"));
                explore(next, visits, cov, lesson);
            }
        }
        Node::Say(_) | Node::Device(_) => {
            let mut next = run.clone();
            next.advance()
                .unwrap_or_else(|e| panic!("{lesson}: advance at {id}: {e}"));
            explore(next, visits, cov, lesson);
        }
    }
    *visits.get_mut(&id).unwrap() -= 1;
}

/// Drives `run` to an End along the shortest way, asserting it gets there.
fn finish(mut run: LessonRun, lesson: &str) {
    let lesson_now = run.lesson().clone();
    let dist = distances_to(&lesson_now, |n| matches!(n, Node::End(_)));
    for _ in 0..10_000 {
        match run.current().clone() {
            Node::End(_) => return,
            Node::Choice(c) => {
                let best = (0..c.options.len())
                    .min_by_key(|&i| dist.get(&c.options[i].next).copied().unwrap_or(usize::MAX))
                    .unwrap();
                run.choose(best).unwrap();
            }
            Node::TellAdult(_) => {
                run.say_to_adult(0).unwrap();
                run.advance().unwrap();
            }
            _ => {
                run.advance().unwrap();
            }
        }
    }
    panic!(
        "{lesson}: a path from {} never reaches an End",
        run.current().id()
    );
}

fn shipped_lessons() -> Vec<(String, Lesson)> {
    let root = common::repo().join("lessons");
    let index = LessonIndex::parse(&std::fs::read_to_string(root.join(LessonIndex::FILE)).unwrap())
        .unwrap();
    assert!(!index.lessons.is_empty());
    index
        .lessons
        .iter()
        .map(|entry| {
            let file = format!("lessons/{entry}");
            let text = std::fs::read_to_string(root.join(entry)).unwrap();
            let checked = check_lesson(&file, &text);
            let errors: Vec<String> = checked
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.to_string())
                .collect();
            assert!(
                errors.is_empty(),
                "{file} has errors:\n{}",
                errors.join("\n")
            );
            (file, checked.lesson.unwrap())
        })
        .collect()
}

#[test]
fn every_path_through_every_shipped_lesson_ends_and_covers_everything() {
    let mut report = String::new();
    let mut total_nodes = 0;
    let mut total_options = 0;
    for (file, lesson) in shipped_lessons() {
        let (run, _) = LessonRun::start(Arc::new(lesson.clone())).unwrap();
        let mut cov = Coverage::default();
        explore(run, &mut HashMap::new(), &mut cov, &file);
        let options: usize = lesson
            .nodes
            .iter()
            .map(|n| {
                if let Node::Choice(c) = n {
                    c.options.len()
                } else {
                    0
                }
            })
            .sum();
        let said: usize = lesson
            .nodes
            .iter()
            .map(|n| {
                if let Node::TellAdult(t) = n {
                    t.child_can_say.len()
                } else {
                    0
                }
            })
            .sum();
        report.push_str(&format!(
            "{file}: {} paths, nodes {}/{}, options {}/{}, things to say {}/{}\n",
            cov.paths,
            cov.nodes.len(),
            lesson.nodes.len(),
            cov.options.len(),
            options,
            cov.said.len(),
            said
        ));
        assert!(cov.paths > 0, "{file}: no path reaches an End");
        let missed: Vec<&NodeId> = lesson
            .nodes
            .iter()
            .map(Node::id)
            .filter(|id| !cov.nodes.contains(*id))
            .collect();
        assert!(missed.is_empty(), "{file}: nodes never reached: {missed:?}");
        assert_eq!(cov.options.len(), options, "{file}: options never chosen");
        assert_eq!(cov.said.len(), said, "{file}: things to say never said");
        total_nodes += lesson.nodes.len();
        total_options += options;
    }
    println!("{report}coverage: 100% of {total_nodes} nodes and {total_options} options");
}

#[test]
fn the_shipped_samples_exist() {
    let ids: Vec<String> = shipped_lessons().into_iter().map(|(_, l)| l.id).collect();
    assert!(ids.contains(&"prize-popup".to_string()), "{ids:?}");
}
