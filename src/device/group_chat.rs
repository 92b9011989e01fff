//! A group chat: the group's name, messages from several people (each with a name and an
//! avatar; the child's own on the right), and an optional toolbar to save evidence, block and
//! report.

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::GroupMessage;

use super::{Ctx, avatar_picture, chat, header, rounded, toolbar};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    name: &MessageId,
    messages: &[GroupMessage],
    actions: bool,
) {
    header(scr, ctx, &ctx.t(name.as_str()), None);
    scr.spawn(chat::bubble_column()).with_children(|list| {
        for m in messages {
            match &m.from {
                None => chat::bubble(list, ctx, &m.text, true, 15.0),
                Some(from) => their_message(list, ctx, from, m.avatar.as_deref(), &m.text),
            }
        }
    });
    if actions {
        toolbar::spawn(scr, ctx);
    }
}

fn their_message(
    list: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    from: &MessageId,
    avatar: Option<&str>,
    text: &MessageId,
) {
    list.spawn(Node {
        column_gap: px(6.0),
        align_items: AlignItems::FlexEnd,
        max_width: percent(88),
        flex_shrink: 0.0,
        ..default()
    })
    .with_children(|row| {
        match avatar {
            Some(a) => {
                row.spawn(avatar_picture(a, 26.0));
            }
            None => {
                row.spawn(Node {
                    width: px(26.0),
                    flex_shrink: 0.0,
                    ..default()
                });
            }
        }
        row.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::axes(px(10.0), px(6.0)),
                row_gap: px(2.0),
                border_radius: rounded(14.0),
                flex_shrink: 1.0,
                ..default()
            },
            BackgroundColor(palette::BUBBLE_THEM),
        ))
        .with_children(|b| {
            b.spawn(ctx.bold(from.as_str(), 12.0, palette::DEEP_GREEN));
            b.spawn(ctx.text(text.as_str(), 15.0, palette::NAVY));
        });
    });
}
