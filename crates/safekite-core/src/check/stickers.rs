//! Whose sticker is it? A sticker is what a child keeps from a lesson, so among the children's
//! lessons (3-6, 6-10, 11-15) each sticker picture belongs to one lesson: two lessons with the
//! same sticker would look like one lesson twice in the child's collection. A grown-ups'
//! rehearsal (not on the children's map) may borrow the sticker of the children's lesson it
//! echoes, but two rehearsals may not share one either. The second lesson in file order is
//! reported ([`codes::STICKER_REUSED`]), with where the first has it. The starter sticker that
//! `scripts/new-lesson` gives ([`STARTER`]) belongs to no lesson: each lesson that still has it
//! gets a warning ([`codes::STARTER_STICKER`]) instead, so a new lesson checks and plays before
//! its own sticker is drawn.

use super::at;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::locate::SourceMap;
use crate::model::{Band, Lesson};
use std::collections::HashMap;

/// The sticker picture `scripts/new-lesson` writes into a new lesson, to be replaced.
pub(crate) const STARTER: &str = "draft-sticker";

/// Checks that no two lessons of the same audience (children, grown-ups) share a sticker.
pub(crate) fn check(lessons: &[(String, Lesson, SourceMap)], out: &mut Vec<Diagnostic>) {
    let mut owners: HashMap<(&str, bool), (&str, String)> = HashMap::new();
    for (file, lesson, map) in lessons {
        if lesson.sticker.picture == STARTER {
            out.push(starter_warning(file, map));
            continue;
        }
        let grown_ups = lesson.band == Band::GrownUps;
        let key = (lesson.sticker.picture.as_str(), grown_ups);
        let place = match map.find("sticker.picture") {
            Some(s) => format!("{file}:{}:{}", s.line, s.col),
            None => file.clone(),
        };
        if let Some((first_id, first_place)) = owners.get(&key) {
            let whose = if grown_ups {
                "rehearsal"
            } else {
                "children's lesson"
            };
            let d = Diagnostic::error(
                codes::STICKER_REUSED,
                file,
                format!(
                    "sticker `{}` is already the sticker of {whose} `{first_id}` ({first_place})",
                    key.0
                ),
            )
            .hint("each sticker belongs to one children's lesson (a grown-ups' rehearsal may borrow one): draw a new sticker for this lesson, or pick one no other lesson has");
            out.push(at(d, map, "sticker.picture"));
        } else {
            owners.insert(key, (&lesson.id, place));
        }
    }
}

/// A lesson that still has the starter sticker.
fn starter_warning(file: &str, map: &SourceMap) -> Diagnostic {
    let d = Diagnostic::warning(
        codes::STARTER_STICKER,
        file,
        format!("the sticker is still `{STARTER}`, the starter sticker every new lesson gets"),
    )
    .hint("before the lesson goes to children, give it a sticker of its own: draw art-src/stickers/<name>.svg (scripts/art --generate writes one to start from) and name it in `sticker`, or describe it in an `// art:` comment above `sticker` for whoever draws the project's pictures");
    at(d, map, "sticker.picture")
}
