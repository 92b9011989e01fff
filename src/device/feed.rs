//! A social feed: posts with the author's avatar and name, the text, an optional picture, and
//! like, share and report (elements `like-N`, `share-N`, `report-N`, N from 1).

use bevy::prelude::*;
use safekite_core::model::{ArtKind, Post};
use safekite_core::ui_messages as ui;

use super::{Ctx, avatar_picture, pill};
use crate::theme::palette;

pub(super) fn spawn(scr: &mut ChildSpawnerCommands, ctx: &Ctx, posts: &[Post]) {
    scr.spawn((
        Node {
            height: px(30.0),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::DEEP_BLUE),
    ));
    scr.spawn(Node {
        flex_grow: 1.0,
        flex_basis: px(0.0),
        min_height: px(0.0),
        flex_direction: FlexDirection::Column,
        row_gap: px(6.0),
        overflow: Overflow::clip(),
        ..default()
    })
    .with_children(|list| {
        for (i, p) in posts.iter().enumerate() {
            post(list, ctx, i + 1, p);
        }
    });
}

fn post(list: &mut ChildSpawnerCommands, ctx: &Ctx, n: usize, p: &Post) {
    list.spawn((
        Name::new(format!("post-{n}")),
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(10.0), px(8.0)),
            row_gap: px(5.0),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(Color::WHITE),
    ))
    .with_children(|card| {
        card.spawn(Node {
            column_gap: px(8.0),
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|row| {
            row.spawn(avatar_picture(&p.avatar, 28.0));
            row.spawn(ctx.bold(p.author.as_str(), 15.0, palette::NAVY));
        });
        card.spawn(ctx.text(p.text.as_str(), 15.0, palette::NAVY));
        if let Some(pic) = &p.picture {
            card.spawn((
                crate::art::picture(ArtKind::Picture, pic),
                Node {
                    height: px(96.0),
                    aspect_ratio: Some(4.0 / 3.0),
                    align_self: AlignSelf::Center,
                    ..default()
                },
            ));
        }
        card.spawn(Node {
            column_gap: px(6.0),
            ..default()
        })
        .with_children(|actions| {
            for (action, label) in [
                ("like", ui::DEVICE_LIKE),
                ("share", ui::DEVICE_SHARE),
                ("report", ui::DEVICE_REPORT),
            ] {
                ctx.element(
                    actions,
                    &format!("{action}-{n}"),
                    (
                        pill(8.0, 3.0),
                        children![ctx.text(label, 13.0, palette::NAVY)],
                    ),
                    palette::BUBBLE_THEM,
                );
            }
        });
    });
}
