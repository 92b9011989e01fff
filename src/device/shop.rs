//! An in-app shop: the item's picture, name and price, and a pulsing buy button (element `buy`).

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::ArtKind;

use super::{Ctx, Pulse, rounded};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    item: &MessageId,
    price: &MessageId,
    button: &MessageId,
    picture: &str,
) {
    scr.spawn((
        Node {
            height: px(36.0),
            ..default()
        },
        BackgroundColor(palette::DEEP_BLUE),
    ));
    scr.spawn(Node {
        flex_grow: 1.0,
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        row_gap: px(10.0),
        ..default()
    })
    .with_children(|shop| {
        shop.spawn((
            crate::art::picture(ArtKind::Picture, picture),
            Node {
                width: px(160.0),
                height: px(120.0),
                ..default()
            },
        ));
        shop.spawn(ctx.bold(item.as_str(), 22.0, palette::NAVY));
        shop.spawn(ctx.text(price.as_str(), 20.0, palette::NAVY));
        ctx.element(
            shop,
            "buy",
            (
                Node {
                    padding: UiRect::axes(px(26.0), px(10.0)),
                    border_radius: rounded(22.0),
                    ..default()
                },
                children![ctx.bold(button.as_str(), 21.0, palette::WARM_WHITE)],
            ),
            palette::DEEP_GREEN,
        )
        .insert((
            Name::new("device-buy-button"),
            Pulse,
            UiTransform::default(),
        ));
    });
}
