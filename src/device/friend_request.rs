//! A friend request: the requester's avatar, name and a detail line ("0 friends in common"),
//! with accept and decline (elements `accept`, `decline`).

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::ui_messages as ui;

use super::{Ctx, avatar_picture, rounded};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    name: &MessageId,
    avatar: &str,
    detail: &MessageId,
) {
    scr.spawn(Node {
        flex_grow: 1.0,
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        row_gap: px(12.0),
        padding: UiRect::all(px(12.0)),
        ..default()
    })
    .with_children(|fr| {
        fr.spawn(avatar_picture(avatar, 110.0));
        fr.spawn(ctx.bold(name.as_str(), 24.0, palette::NAVY));
        fr.spawn(ctx.text(detail.as_str(), 18.0, palette::MID_GREY));
        fr.spawn(Node {
            column_gap: px(12.0),
            ..default()
        })
        .with_children(|b| {
            for (element, label, base, color) in [
                (
                    "accept",
                    ui::DEVICE_ACCEPT,
                    palette::DEEP_BLUE,
                    palette::WARM_WHITE,
                ),
                (
                    "decline",
                    ui::DEVICE_DECLINE,
                    palette::LIGHT_GREY,
                    palette::NAVY,
                ),
            ] {
                ctx.element(
                    b,
                    element,
                    (
                        Node {
                            padding: UiRect::axes(px(18.0), px(8.0)),
                            border_radius: rounded(18.0),
                            ..default()
                        },
                        children![ctx.bold(label, 19.0, color)],
                    ),
                    base,
                );
            }
        });
    });
}
