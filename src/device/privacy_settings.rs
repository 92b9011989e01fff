//! The privacy settings as they stand: a private account switch (element `private-account`),
//! the location switch (element `location`), and who can send messages (element
//! `messages-from`).

use bevy::prelude::*;
use safekite_core::model::MessagesFrom;
use safekite_core::ui_messages as ui;

use super::composer::setting_row;
use super::{Ctx, pill, switch, title_bar};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    private_account: bool,
    location: bool,
    messages_from: MessagesFrom,
) {
    scr.spawn(title_bar(ctx, ui::DEVICE_PRIVACY));
    scr.spawn((
        Node {
            flex_grow: 1.0,
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(12.0)),
            row_gap: px(10.0),
            ..default()
        },
        BackgroundColor(palette::BUBBLE_THEM),
    ))
    .with_children(|list| {
        setting_row(
            list,
            ctx,
            "private-account",
            ui::DEVICE_PRIVATE_ACCOUNT,
            |row| switch(row, private_account),
        );
        setting_row(list, ctx, "location", ui::DEVICE_LOCATION, |row| {
            switch(row, location)
        });
        setting_row(
            list,
            ctx,
            "messages-from",
            ui::DEVICE_MESSAGES_FROM,
            |row| {
                let label = match messages_from {
                    MessagesFrom::Everyone => ui::DEVICE_FROM_EVERYONE,
                    MessagesFrom::Friends => ui::DEVICE_FROM_FRIENDS,
                    MessagesFrom::NoOne => ui::DEVICE_FROM_NO_ONE,
                };
                row.spawn((
                    pill(10.0, 3.0),
                    BackgroundColor(palette::SKY),
                    children![ctx.bold(label, 14.0, palette::NAVY)],
                ));
            },
        );
    });
}
