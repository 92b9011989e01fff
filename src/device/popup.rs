//! A pop-up over a game: a title, an optional picture, a body and a gently pulsing button
//! (element `button`).

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::ArtKind;

use super::{Ctx, Pulse, rounded};
use crate::theme::{self, palette};

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    title: &MessageId,
    body: &MessageId,
    button: &MessageId,
    picture: Option<&str>,
) {
    // A game underneath, dimmed, and the pop-up over it.
    scr.spawn((
        Node {
            flex_grow: 1.0,
            // Exactly the screen's height, so a short screen shrinks the pop-up's picture
            // rather than cutting off its button.
            flex_basis: px(0.0),
            min_height: px(0.0),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            padding: UiRect::all(px(8.0)),
            ..default()
        },
        BackgroundColor(palette::SKY.with_alpha(0.6)),
    ))
    .with_children(|under| {
        under
            .spawn((
                Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    row_gap: px(4.0),
                    padding: UiRect::all(px(10.0)),
                    border: UiRect::all(px(4.0)),
                    border_radius: rounded(20.0),
                    width: percent(88),
                    max_height: percent(100),
                    min_height: px(0.0),
                    ..default()
                },
                BackgroundColor(palette::SUN),
                BorderColor::all(palette::ORANGE),
            ))
            .with_children(|pop| {
                pop.spawn(ctx.bold(title.as_str(), 26.0, palette::NAVY));
                if let Some(p) = picture {
                    // A short screen shrinks the picture, in its shape.
                    pop.spawn(theme::shrinking_row(66.0)).with_child((
                        crate::art::picture(ArtKind::Picture, p),
                        theme::filling_height(4.0 / 3.0),
                    ));
                }
                pop.spawn(ctx.text(body.as_str(), 17.0, palette::NAVY));
                ctx.element(
                    pop,
                    "button",
                    (
                        Node {
                            padding: UiRect::axes(px(20.0), px(8.0)),
                            border_radius: rounded(22.0),
                            ..default()
                        },
                        children![ctx.bold(button.as_str(), 21.0, palette::WARM_WHITE)],
                    ),
                    palette::ORANGE,
                )
                .insert((
                    Name::new("device-popup-button"),
                    Pulse,
                    UiTransform::default(),
                ));
            });
    });
}
