//! A message with a link (element `link`). The link is shown, never spoken.

use bevy::prelude::*;
use safekite_core::ids::MessageId;

use super::{Ctx, header, one_message};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    from: &MessageId,
    avatar: &str,
    text: &MessageId,
    link: &MessageId,
) {
    header(scr, ctx, &ctx.t(from.as_str()), Some(avatar));
    one_message::incoming(scr, ctx, text, 19.0, |bubble| {
        ctx.element(bubble, "link", Node::default(), palette::BUBBLE_THEM)
            .with_children(|l| {
                l.spawn((
                    Name::new("device-link"),
                    ctx.bold(link.as_str(), 19.0, palette::DEEP_BLUE),
                    Underline,
                ));
            });
    });
}
