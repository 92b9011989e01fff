//! Writing a post: the text, an optional picture, who will see it (element `audience`), the
//! location switch (element `location`) and the post button (element `post`).

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::{ArtKind, Audience};
use safekite_core::ui_messages as ui;

use super::{Ctx, page_body, pill, rounded, switch};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    text: &MessageId,
    picture: Option<&str>,
    audience: Audience,
    location: bool,
) {
    scr.spawn((
        Node {
            padding: UiRect::axes(px(12.0), px(8.0)),
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::DEEP_BLUE),
    ))
    .with_children(|bar| {
        bar.spawn(ctx.bold(ui::DEVICE_NEW_POST, 16.0, palette::WARM_WHITE));
        ctx.element(
            bar,
            "post",
            (
                pill(12.0, 4.0),
                children![ctx.bold(ui::DEVICE_POST, 15.0, palette::DEEP_BLUE)],
            ),
            palette::WARM_WHITE,
        );
    });
    scr.spawn(page_body(10.0)).with_children(|body| {
        body.spawn((
            Node {
                padding: UiRect::all(px(10.0)),
                border_radius: rounded(10.0),
                flex_direction: FlexDirection::Column,
                row_gap: px(8.0),
                ..default()
            },
            BackgroundColor(palette::BUBBLE_THEM),
        ))
        .with_children(|draft| {
            draft.spawn(ctx.text(text.as_str(), 15.0, palette::NAVY));
            if let Some(p) = picture {
                draft.spawn((
                    crate::art::picture(ArtKind::Picture, p),
                    Node {
                        height: px(90.0),
                        aspect_ratio: Some(4.0 / 3.0),
                        align_self: AlignSelf::Center,
                        flex_shrink: 1.0,
                        min_height: px(0.0),
                        ..default()
                    },
                ));
            }
        });
        setting_row(body, ctx, "audience", ui::DEVICE_AUDIENCE, |row| {
            let label = match audience {
                Audience::Public => ui::DEVICE_AUDIENCE_PUBLIC,
                Audience::Friends => ui::DEVICE_AUDIENCE_FRIENDS,
                Audience::OnlyMe => ui::DEVICE_AUDIENCE_ONLY_ME,
            };
            row.spawn((
                pill(10.0, 3.0),
                BackgroundColor(palette::SKY),
                children![ctx.bold(label, 14.0, palette::NAVY)],
            ));
        });
        setting_row(body, ctx, "location", ui::DEVICE_LOCATION, |row| {
            switch(row, location)
        });
    });
}

/// A tappable row: a label on the left, its value on the right.
pub(super) fn setting_row(
    parent: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    element: &str,
    label: &str,
    value: impl FnOnce(&mut ChildSpawnerCommands),
) {
    ctx.element(
        parent,
        element,
        Node {
            padding: UiRect::axes(px(10.0), px(8.0)),
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            column_gap: px(8.0),
            border_radius: rounded(10.0),
            border: UiRect::all(px(2.0)),
            flex_shrink: 0.0,
            ..default()
        },
        Color::WHITE,
    )
    .with_children(|row| {
        row.spawn(ctx.text(label, 15.0, palette::NAVY))
            .insert(Node {
                flex_shrink: 1.0,
                ..default()
            });
        value(row);
    });
}
