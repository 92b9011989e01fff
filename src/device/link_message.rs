//! A message with a link (element `link`). The link is shown, never spoken.

use bevy::prelude::*;

use super::{Ctx, header, rounded};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    from: &str,
    avatar: &str,
    text: &str,
    link: &str,
) {
    header(scr, ctx, &ctx.t(from), Some(avatar));
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
        .with_children(|b| {
            b.spawn(ctx.text(text, 19.0, palette::NAVY));
            ctx.element(b, "link", Node::default(), palette::BUBBLE_THEM)
                .with_children(|l| {
                    l.spawn((
                        Name::new("device-link"),
                        ctx.bold(link, 19.0, palette::DEEP_BLUE),
                        Underline,
                    ));
                });
        });
    });
}
