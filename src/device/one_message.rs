//! One message that has just come in, at the bottom of a messaging screen: the sender's bubble
//! with its words and, under them, what the message carries (a link, a code). The link message
//! and the code message are drawn with it.

use bevy::prelude::*;
use safekite_core::ids::MessageId;

use super::{Ctx, rounded};
use crate::theme::palette;

/// The bubble of a message from someone else with `text` (at `size`), then `carried` (a link,
/// a code) spawned inside the bubble under the words.
pub(super) fn incoming(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    text: &MessageId,
    size: f32,
    carried: impl FnOnce(&mut ChildSpawnerCommands),
) {
    scr.spawn(Node {
        flex_grow: 1.0,
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(12.0)),
        justify_content: JustifyContent::FlexEnd,
        ..default()
    })
    .with_children(|c| {
        c.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                max_width: percent(85),
                padding: UiRect::axes(px(14.0), px(10.0)),
                row_gap: px(6.0),
                border_radius: rounded(18.0),
                ..default()
            },
            BackgroundColor(palette::BUBBLE_THEM),
        ))
        .with_children(|bubble| {
            bubble.spawn(ctx.text(text.as_str(), size, palette::NAVY));
            carried(bubble);
        });
    });
}
