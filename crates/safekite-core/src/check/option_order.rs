//! Where the unsafe options sit. A child who meets the unsafe option in the same place choice
//! after choice learns "don't press the first picture" instead of thinking about the situation,
//! so across the lessons of a band the unsafe options must move around: the checker warns
//! ([`codes::UNSAFE_OPTION_POSITION`]) when more than half of a band's unsafe options are at one
//! position (option 1, option 2, ...) of their choice.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::ids::NodeId;
use crate::locate::SourceMap;
use crate::model::{Band, Lesson, Node, Safety};
use std::collections::BTreeMap;

/// Fewer unsafe options than this in a band are too few to judge (a lesson checked alone).
const MIN_UNSAFE_OPTIONS: usize = 4;

/// One unsafe option: its lesson file, the choice's id, its node and option index.
struct UnsafeOption<'a> {
    file: &'a str,
    map: &'a SourceMap,
    choice: &'a NodeId,
    node: usize,
    option: usize,
}

/// Checks the unsafe options' positions of each band of `lessons` (file, lesson, source map).
pub(crate) fn check(lessons: &[(String, Lesson, SourceMap)], out: &mut Vec<Diagnostic>) {
    let mut by_band: BTreeMap<Band, Vec<UnsafeOption>> = BTreeMap::new();
    for (file, lesson, map) in lessons {
        for (node, n) in lesson.nodes.iter().enumerate() {
            let Node::Choice(c) = n else { continue };
            for (option, o) in c.options.iter().enumerate() {
                if o.safety == Safety::Unsafe {
                    by_band.entry(lesson.band).or_default().push(UnsafeOption {
                        file,
                        map,
                        choice: &c.id,
                        node,
                        option,
                    });
                }
            }
        }
    }
    for (band, options) in &by_band {
        if let Some(d) = band_warning(*band, options) {
            out.push(d);
        }
    }
}

/// The warning for one band, if more than half of its unsafe options share a position.
fn band_warning(band: Band, options: &[UnsafeOption]) -> Option<Diagnostic> {
    if options.len() < MIN_UNSAFE_OPTIONS {
        return None;
    }
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for o in options {
        *counts.entry(o.option).or_default() += 1;
    }
    let (&position, &count) = counts
        .iter()
        .max_by_key(|(p, c)| (**c, std::cmp::Reverse(**p)))?;
    if count * 2 <= options.len() {
        return None;
    }
    let there: Vec<&UnsafeOption> = options.iter().filter(|o| o.option == position).collect();
    let first = there[0];
    let listed: Vec<String> = there
        .iter()
        .take(6)
        .map(|o| format!("{} `{}`", o.file, o.choice))
        .collect();
    let more = there.len().saturating_sub(listed.len());
    let span = first.map.find(&format!(
        "nodes[{}].options[{}].safety",
        first.node, first.option
    ));
    let (line, col, len) = span.map_or((1, 1, 1), |s| (s.line, s.col, s.len));
    Some(
        Diagnostic::warning(
            codes::UNSAFE_OPTION_POSITION,
            first.file,
            format!(
                "in band {band}, {count} of the {} unsafe options are option {} of their choice: \
                 a child can learn to avoid a place instead of thinking",
                options.len(),
                position + 1
            ),
        )
        .at(line, col, len)
        .hint(format!(
            "move the unsafe option elsewhere in some of these choices (the order in the file is the order shown): {}{}",
            listed.join(", "),
            if more > 0 { format!(" and {more} more") } else { String::new() }
        )),
    )
}
