//! A video player: the still (or a soft cover over it), a progress bar and the title.

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::ArtKind;
use safekite_core::ui_messages as ui;

use super::{Ctx, rounded};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    title: &MessageId,
    picture: &str,
    covered: bool,
) {
    scr.spawn((
        Node {
            flex_grow: 1.0,
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(Color::BLACK),
    ))
    .with_children(|player| {
        if covered {
            player.spawn((
                Node {
                    width: percent(100),
                    height: percent(100),
                    justify_content: JustifyContent::Center,
                    align_items: AlignItems::Center,
                    ..default()
                },
                BackgroundColor(palette::LEAF),
                children![ctx.bold(ui::DEVICE_VIDEO_COVERED, 22.0, palette::NAVY)],
            ));
        } else {
            player.spawn((
                crate::art::picture(ArtKind::Picture, picture),
                Node {
                    height: percent(100),
                    aspect_ratio: Some(640.0 / 480.0),
                    ..default()
                },
            ));
        }
    });
    scr.spawn(Node {
        padding: UiRect::all(px(10.0)),
        row_gap: px(6.0),
        flex_direction: FlexDirection::Column,
        ..default()
    })
    .with_children(|below| {
        below.spawn((
            Node {
                height: px(6.0),
                width: percent(100),
                border_radius: rounded(3.0),
                ..default()
            },
            BackgroundColor(palette::LIGHT_GREY),
            children![(
                Node {
                    height: percent(100),
                    width: percent(35),
                    border_radius: rounded(3.0),
                    ..default()
                },
                BackgroundColor(palette::CORAL)
            )],
        ));
        below.spawn(ctx.bold(title.as_str(), 19.0, palette::NAVY));
    });
}
