//! The shape of a lesson's check questions (`checks`): ids, answer counts, the one right answer,
//! icons where the child cannot read, and where the right answers sit. Their words, narration,
//! pictures and line lengths are checked with the rest of the lesson's (they are spoken refs of
//! [`Lesson::visit_refs`]).

use super::{at as locate, is_valid_id};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::locate::SourceMap;
use crate::model::{Band, Check, Lesson};
use std::collections::HashMap;

/// Checks every check question of `lesson` (in `file`, positioned through `map`).
pub(crate) fn check(file: &str, lesson: &Lesson, map: &SourceMap, out: &mut Vec<Diagnostic>) {
    let mut first_at: HashMap<&str, usize> = HashMap::new();
    for (i, c) in lesson.checks.iter().enumerate() {
        let at = |d: Diagnostic, field: &str| locate(d, map, &format!("checks[{i}].{field}"));
        check_id(file, lesson, c, &mut first_at, i, out, &at);
        check_options(file, lesson.band, c, out, &at);
    }
    if let Some(d) = same_position(file, lesson, map) {
        out.push(d);
    }
}

/// The check's id: a valid id, starting with the lesson's id, used once.
fn check_id<'a>(
    file: &str,
    lesson: &Lesson,
    c: &'a Check,
    first_at: &mut HashMap<&'a str, usize>,
    i: usize,
    out: &mut Vec<Diagnostic>,
    at: &dyn Fn(Diagnostic, &str) -> Diagnostic,
) {
    let err = |code, msg: String| Diagnostic::error(code, file, msg);
    if !is_valid_id(&c.id) {
        out.push(at(
            err(
                codes::BAD_ID,
                format!("check id `{}` is not a valid id", c.id),
            )
            .hint("use lowercase letters, digits and single `-`, starting with a letter"),
            "id",
        ));
    } else if !c.id.starts_with(&format!("{}-", lesson.id)) {
        out.push(at(
            err(
                codes::DUPLICATE_CHECK,
                format!(
                    "check id `{}` does not start with the lesson's id `{}-`",
                    c.id, lesson.id
                ),
            )
            .hint(format!(
                "answers are recorded by check id: name it `{}-check-{}-<word>` so no other lesson can use it",
                lesson.id,
                i + 1
            )),
            "id",
        ));
    }
    if let Some(first) = first_at.get(c.id.as_str()) {
        out.push(at(
            err(
                codes::DUPLICATE_CHECK,
                format!("check id `{}` is used twice", c.id),
            )
            .hint(format!(
                "the first check with this id is check {}",
                first + 1
            )),
            "id",
        ));
    } else {
        first_at.insert(&c.id, i);
    }
}

/// The check's answers: 2 to 4, exactly one right, each with an icon in the 3-6 band.
fn check_options(
    file: &str,
    band: Band,
    c: &Check,
    out: &mut Vec<Diagnostic>,
    at: &dyn Fn(Diagnostic, &str) -> Diagnostic,
) {
    let err = |code, msg: String| Diagnostic::error(code, file, msg);
    let n = c.options.len();
    if !(2..=4).contains(&n) {
        out.push(at(
            err(
                codes::CHECK_OPTION_COUNT,
                format!("check `{}` has {n} answer(s); a check has 2 to 4", c.id),
            )
            .hint("children choose between 2, 3 or 4 answers"),
            "options",
        ));
    }
    let right: Vec<usize> = (0..n).filter(|&j| c.options[j].right).collect();
    if right.len() != 1 {
        let (msg, field) = match right.as_slice() {
            [] => (
                format!("check `{}` has no right answer", c.id),
                "options".to_string(),
            ),
            [_, second, ..] => (
                format!(
                    "check `{}` has {} right answers; it must have exactly one",
                    c.id,
                    right.len()
                ),
                format!("options[{second}].right"),
            ),
            [_] => unreachable!("one right answer is fine"),
        };
        out.push(at(
            err(codes::CHECK_RIGHT_ANSWER, msg)
                .hint("mark exactly one answer `right: true`; a child must be able to be right"),
            &field,
        ));
    }
    if band == Band::Little {
        for (j, o) in c.options.iter().enumerate() {
            if o.icon.is_none() {
                out.push(at(
                    err(
                        codes::CHECK_ICON,
                        format!(
                            "answer {} of check `{}` has no icon; children of 3-6 cannot read it",
                            j + 1,
                            c.id
                        ),
                    )
                    .hint("add `icon: \"<name>\"`, a picture in assets/art/icons/"),
                    &format!("options[{j}].line"),
                ));
            }
        }
    }
}

/// A warning when the lesson has two or more checks and every right answer is at one position.
fn same_position(file: &str, lesson: &Lesson, map: &SourceMap) -> Option<Diagnostic> {
    let positions: Vec<usize> = lesson
        .checks
        .iter()
        .map(|c| {
            let right: Vec<usize> = (0..c.options.len())
                .filter(|&j| c.options[j].right)
                .collect();
            match right.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        })
        .collect::<Option<Vec<usize>>>()?;
    let first = *positions.first()?;
    if positions.len() < 2 || positions.iter().any(|&p| p != first) {
        return None;
    }
    let d = Diagnostic::warning(
        codes::RIGHT_ANSWER_POSITION,
        file,
        format!(
            "the right answer of all {} checks of lesson `{}` is answer {}: a child can learn the place instead of the lesson",
            positions.len(),
            lesson.id,
            first + 1
        ),
    )
    .hint("put the right answer in another place in some of the checks (the order in the file is the order shown)");
    Some(locate(d, map, &format!("checks[0].options[{first}].right")))
}
