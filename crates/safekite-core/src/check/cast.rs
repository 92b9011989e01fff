//! The cast: every character of a lesson is of the recurring cast, every speaker is one of the
//! lesson's characters, and every grown-up told is a grown-up of the cast listed in the lesson.

use super::lesson::LessonCtx;
use crate::cast;
use crate::codes;
use crate::ids::CastId;
use crate::model::NARRATOR;

/// The lesson's `characters` are of the cast, and its `adult` is a grown-up among them.
pub(crate) fn characters(c: &mut LessonCtx) {
    let lesson = c.lesson;
    for (i, ch) in lesson.characters.iter().enumerate() {
        if *ch != NARRATOR && cast::cast_member(ch).is_none() {
            let all: Vec<&str> = cast::CAST.iter().map(|c| c.id).collect();
            let d = c
                .error(codes::CAST, format!("unknown character `{ch}`"))
                .hint(format!("the cast is: {}", all.join(", ")));
            c.push_at(d, &format!("characters[{i}]"));
        }
    }
    adult(c, &lesson.adult, "adult");
}

/// `id` is the narrator or one of the lesson's characters.
fn in_lesson(c: &LessonCtx, id: &CastId) -> bool {
    *id == NARRATOR || c.lesson.characters.contains(id)
}

/// `id`, at `path`, is a grown-up of the cast listed in the lesson's `characters`.
pub(crate) fn adult(c: &mut LessonCtx, id: &CastId, path: &str) {
    if !cast::cast_member(id).is_some_and(|c| c.is_grown_up()) {
        let d = c
            .error(codes::CAST, format!("`{id}` is not a grown-up of the cast"))
            .hint(format!("the grown-ups are {}", cast::grown_ups()));
        c.push_at(d, path);
    } else if !in_lesson(c, id) {
        let d = c
            .error(
                codes::CAST,
                format!("`{id}` is not listed in the lesson's `characters`"),
            )
            .hint(format!("add \"{id}\" to `characters`"));
        c.push_at(d, path);
    }
}

/// The speaker of the Say or Device node `i` is in the lesson.
pub(crate) fn speaker(c: &mut LessonCtx, i: usize, speaker: &CastId) {
    if !in_lesson(c, speaker) {
        let d = c
            .error(
                codes::CAST,
                format!("speaker `{speaker}` is not in the lesson's `characters`"),
            )
            .hint("add them to `characters`, or use \"narrator\"");
        c.push_at(d, &format!("nodes[{i}].speaker"));
    }
}
