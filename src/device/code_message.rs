//! A text message with a one-time code: the sender, the text, and the code in large letters.
//! The code is shown, never spoken.

use bevy::prelude::*;

use super::{Ctx, header, rounded};
use crate::theme::palette;

pub(super) fn spawn(scr: &mut ChildSpawnerCommands, ctx: &Ctx, from: &str, text: &str, code: &str) {
    header(scr, ctx, &ctx.t(from), None);
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
                max_width: percent(88),
                padding: UiRect::axes(px(14.0), px(10.0)),
                row_gap: px(8.0),
                border_radius: rounded(18.0),
                ..default()
            },
            BackgroundColor(palette::BUBBLE_THEM),
        ))
        .with_children(|b| {
            b.spawn(ctx.text(text, 15.0, palette::NAVY));
            b.spawn((
                Name::new("device-code"),
                Node {
                    padding: UiRect::axes(px(12.0), px(6.0)),
                    border_radius: rounded(8.0),
                    align_self: AlignSelf::Center,
                    ..default()
                },
                BackgroundColor(palette::WARM_WHITE),
                children![ctx.bold(code, 26.0, palette::NAVY)],
            ));
        });
    });
}
