//! A text message with a one-time code: the sender, the text, and the code in large letters.
//! The code is shown, never spoken.

use bevy::prelude::*;
use safekite_core::ids::MessageId;

use super::{Ctx, header, one_message, rounded};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    from: &MessageId,
    text: &MessageId,
    code: &MessageId,
) {
    header(scr, ctx, &ctx.t(from.as_str()), None);
    one_message::incoming(scr, ctx, text, 15.0, |bubble| {
        bubble.spawn((
            Name::new("device-code"),
            Node {
                padding: UiRect::axes(px(12.0), px(6.0)),
                border_radius: rounded(8.0),
                align_self: AlignSelf::Center,
                ..default()
            },
            BackgroundColor(palette::WARM_WHITE),
            children![ctx.bold(code.as_str(), 26.0, palette::NAVY)],
        ));
    });
}
