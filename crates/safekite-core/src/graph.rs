//! Distances in a lesson's graph: how many steps each node is from the nearest node of some
//! kind (an ending, a good ending, a step not yet seen). The tour and the playthrough tests walk
//! lessons with it; there is one copy.

use std::collections::{HashMap, VecDeque};

use crate::ids::NodeId;
use crate::model::{Lesson, Node};

/// Steps from each node to the nearest node for which `goal` holds (0 for those nodes), along
/// the lesson's `next` links. Nodes from which no such node can be reached are absent; links to
/// nodes that do not exist are ignored.
pub fn distances_to(lesson: &Lesson, goal: impl Fn(&Node) -> bool) -> HashMap<&NodeId, usize> {
    // Who leads to each node: a search backwards from the goals.
    let mut leads_here: HashMap<&NodeId, Vec<&NodeId>> = HashMap::new();
    for n in &lesson.nodes {
        for (target, _) in n.targets() {
            leads_here.entry(target).or_default().push(n.id());
        }
    }
    let mut dist: HashMap<&NodeId, usize> = HashMap::new();
    let mut queue = VecDeque::new();
    for n in lesson.nodes.iter().filter(|n| goal(n)) {
        if dist.insert(n.id(), 0).is_none() {
            queue.push_back(n.id());
        }
    }
    while let Some(id) = queue.pop_front() {
        let d = dist[id] + 1;
        for &from in leads_here.get(id).map(Vec::as_slice).unwrap_or_default() {
            if !dist.contains_key(from) {
                dist.insert(from, d);
                queue.push_back(from);
            }
        }
    }
    dist
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson(nodes: &str) -> Lesson {
        let text = format!(
            "Lesson(format: 1, id: \"g\", band: \"3-6\", topic: \"prize-popup\", title: \"t\", \
             objective: \"o\", behaviour: \"b\", adult: \"mum\", characters: [\"mai\"], \
             place: \"home\", start: \"a\", nodes: [{nodes}], sticker: Sticker(picture: \"p\", name: \"s\"), \
             parent_tip: \"tip\", conversation_starter: \"c\")"
        );
        crate::load::parse_lesson(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"))
    }

    #[test]
    fn each_node_is_as_far_as_its_shortest_way_to_a_goal() {
        let l = lesson(
            "Say(id: \"a\", speaker: \"mai\", line: \"l\", next: \"b\"), \
             Choice(id: \"b\", prompt: \"p\", options: [\
               Option(line: \"x\", icon: \"i\", safety: Unsafe, next: \"c\"), \
               Option(line: \"y\", icon: \"i\", safety: TellAdult, next: \"end\")]), \
             Say(id: \"c\", speaker: \"mai\", line: \"l\", next: \"b\"), \
             Say(id: \"lost\", speaker: \"mai\", line: \"l\", next: \"lost\"), \
             End(id: \"end\", outcome: Good, line: \"w\")",
        );
        let dist = distances_to(&l, |n| matches!(n, Node::End(_)));
        assert_eq!(dist.get(&NodeId::from("end")), Some(&0));
        assert_eq!(dist.get(&NodeId::from("b")), Some(&1));
        assert_eq!(dist.get(&NodeId::from("a")), Some(&2));
        assert_eq!(dist.get(&NodeId::from("c")), Some(&2));
        assert_eq!(
            dist.get(&NodeId::from("lost")),
            None,
            "a loop with no way out never arrives"
        );
        assert_eq!(dist.len(), 4);
    }
}
