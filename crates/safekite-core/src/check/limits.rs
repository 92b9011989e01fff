//! The limits of what a node may hold, each defined once here: options of a choice, discussion
//! prompts, things a child can say to a grown-up, and messages on a chat screen.

use super::lesson::LessonCtx;
use crate::codes;
use crate::model::{Choice, Device, Screen, TellAdult};
use std::ops::RangeInclusive;

/// How many options a choice offers (big picture buttons).
pub const OPTIONS: RangeInclusive<usize> = 2..=4;
/// The most discussion prompts a choice has.
pub const MAX_DISCUSS: usize = 2;
/// How many things a TellAdult node offers the child to say.
pub const CHILD_CAN_SAY: RangeInclusive<usize> = 1..=3;
/// The most messages a chat screen shows.
pub const MAX_CHAT_MESSAGES: usize = 8;

/// The choice at node `i` has 2 to 4 options and at most 2 discussion prompts.
pub(crate) fn choice(c: &mut LessonCtx, i: usize, choice: &Choice) {
    if !OPTIONS.contains(&choice.options.len()) {
        let d = c
            .error(
                codes::OPTION_COUNT,
                format!(
                    "choice `{}` has {} option(s); a choice has {} to {}",
                    choice.id,
                    choice.options.len(),
                    OPTIONS.start(),
                    OPTIONS.end()
                ),
            )
            .hint("children choose between 2, 3 or 4 big picture buttons");
        c.push_at(d, &format!("nodes[{i}].options"));
    }
    if choice.discuss.len() > MAX_DISCUSS {
        let d = c
            .error(
                codes::DISCUSS_COUNT,
                format!(
                    "choice `{}` has {} discussion prompts; a choice has at most {MAX_DISCUSS}",
                    choice.id,
                    choice.discuss.len()
                ),
            )
            .hint(
                "keep the one or two questions that fit this moment best; the class votes after a short talk",
            );
        c.push_at(d, &format!("nodes[{i}].discuss"));
    }
}

/// The TellAdult node `i` offers 1 to 3 things to say.
pub(crate) fn tell_adult(c: &mut LessonCtx, i: usize, t: &TellAdult) {
    if !CHILD_CAN_SAY.contains(&t.child_can_say.len()) {
        let d = c.error(
            codes::CHILD_CAN_SAY_COUNT,
            format!(
                "TellAdult `{}` offers {} thing(s) to say; offer {} to {}",
                t.id,
                t.child_can_say.len(),
                CHILD_CAN_SAY.start(),
                CHILD_CAN_SAY.end()
            ),
        );
        c.push_at(d, &format!("nodes[{i}].child_can_say"));
    }
}

/// A chat on the Device node `i` has at most 8 messages.
pub(crate) fn device(c: &mut LessonCtx, i: usize, d: &Device) {
    if let Screen::Chat { messages, .. } = &d.screen
        && messages.len() > MAX_CHAT_MESSAGES
    {
        let d = c
            .error(
                codes::CHAT_TOO_LONG,
                format!(
                    "this chat has {} messages; the device shows at most {MAX_CHAT_MESSAGES}",
                    messages.len()
                ),
            )
            .hint("split the chat over two Device nodes");
        c.push_at(d, &format!("nodes[{i}].screen.messages"));
    }
}
