//! Names: the format version, the lesson's id against its file's name and folder, every message
//! id and picture name (they are file names too), the topic, and node ids used once.

use super::is_valid_id;
use super::lesson::LessonCtx;
use crate::codes;
use crate::model::{Band, FORMAT_VERSION, Node, RefKind};
use crate::topics;
use std::path::Path;

/// The lesson is in the format this SafeKite reads.
pub(crate) fn format_version(c: &mut LessonCtx) {
    if c.lesson.format != FORMAT_VERSION {
        let d = c.error(
            codes::FORMAT_VERSION,
            format!(
                "lesson format {} is not supported; this SafeKite reads format {}",
                c.lesson.format, FORMAT_VERSION
            ),
        );
        c.push_at(d, "format");
    }
}

/// The lesson's id is valid and names its file, its band names its folder, and every message id
/// and picture name is a valid id.
pub(crate) fn names(c: &mut LessonCtx) {
    let lesson = c.lesson;
    if !is_valid_id(&lesson.id) {
        let d = c
            .error(
                codes::BAD_ID,
                format!("lesson id `{}` is not a valid id", lesson.id),
            )
            .hint("use lowercase letters, digits and single `-`, starting with a letter");
        c.push_at(d, "id");
    }
    let path = Path::new(c.file);
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let expected = format!("{}.lesson.ron", lesson.id);
    if file_name != expected {
        let d = c
            .error(
                codes::FILE_NAME,
                format!(
                    "lesson id `{}` does not match the file name `{file_name}`",
                    lesson.id
                ),
            )
            .hint(format!("name the file `{expected}`, or change the id"));
        c.push_at(d, "id");
    }
    if let Some(folder) = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        && Band::parse(folder).is_some()
        && folder != lesson.band.as_str()
    {
        let d = c
            .error(
                codes::FILE_NAME,
                format!(
                    "the lesson is for band {} but its file is in the `{folder}` folder",
                    lesson.band
                ),
            )
            .hint(format!("move it to lessons/{}/", lesson.band));
        c.push_at(d, "band");
    }
    refs(c);
}

/// Every message id and picture name is a valid id: it is also a file name.
fn refs(c: &mut LessonCtx) {
    let lesson = c.lesson;
    lesson.visit_refs(&mut |r| {
        if !is_valid_id(r.value) {
            let what = match r.kind {
                RefKind::Message { .. } => "message id",
                RefKind::Picture(_) => "picture name",
            };
            let d = c
                .error(codes::BAD_ID, format!("{what} `{}` is not a valid id", r.value))
                .hint(
                    "use lowercase letters, digits and single `-`, starting with a letter: it is also a file name",
                );
            c.push_at(d, &r.path);
        }
    });
}

/// The topic is one of the curriculum's.
pub(crate) fn topic(c: &mut LessonCtx) {
    if topics::topic(&c.lesson.topic).is_none() {
        let all: Vec<&str> = topics::TOPICS.iter().map(|t| t.slug).collect();
        let d = c
            .error(
                codes::UNKNOWN_TOPIC,
                format!("unknown topic `{}`", c.lesson.topic),
            )
            .hint(format!("topics are: {}", all.join(", ")));
        c.push_at(d, "topic");
    }
}

/// Node `i`'s id is used by no node before it; the first node of each id goes into the index.
pub(crate) fn unique_node<'a>(c: &mut LessonCtx<'a>, i: usize, n: &'a Node) {
    if let Some(&first) = c.index.get(n.id()) {
        let d = c
            .error(
                codes::DUPLICATE_NODE,
                format!("node id `{}` is used twice", n.id()),
            )
            .hint(format!(
                "the first node with this id is node {} ({})",
                first + 1,
                c.lesson.nodes[first].kind()
            ));
        c.push_at(d, &format!("nodes[{i}].id"));
    } else {
        c.index.insert(n.id(), i);
    }
}
