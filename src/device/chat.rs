//! A chat: the contact's name and avatar, message bubbles (newest at the bottom), optional
//! typing dots, and an optional toolbar to save evidence, block and report.

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::{ChatMessage, Sender};

use super::{Ctx, TypingDot, header, rounded, toolbar};
use crate::theme::{self, palette};

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    contact: &MessageId,
    avatar: &str,
    messages: &[ChatMessage],
    typing: bool,
    actions: bool,
) {
    header(scr, ctx, &ctx.t(contact.as_str()), Some(avatar));
    // The newest messages at the bottom; older ones scroll off the top.
    scr.spawn(bubble_column()).with_children(|chat| {
        for m in messages {
            let me = m.from == Sender::Me;
            bubble(chat, ctx, &m.text, me, theme::size::CHAT_TEXT);
        }
        if typing {
            typing_dots(chat);
        }
    });
    if actions {
        toolbar::spawn(scr, ctx);
    }
}

/// The column of bubbles, filling the screen, bottom-aligned, clipped at the top.
pub(super) fn bubble_column() -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(12.0)),
        row_gap: px(8.0),
        flex_grow: 1.0,
        flex_basis: px(0.0),
        min_height: px(0.0),
        overflow: Overflow::clip(),
        justify_content: JustifyContent::FlexEnd,
        ..default()
    }
}

/// One bubble: the child's on the right in blue, the other person's on the left in grey.
pub(super) fn bubble(
    chat: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    text: &MessageId,
    me: bool,
    size: f32,
) {
    chat.spawn((
        Node {
            flex_shrink: 0.0,
            max_width: percent(80),
            padding: UiRect::axes(px(14.0), px(8.0)),
            align_self: if me {
                AlignSelf::FlexEnd
            } else {
                AlignSelf::FlexStart
            },
            border_radius: rounded(18.0),
            ..default()
        },
        BackgroundColor(if me {
            palette::BUBBLE_ME
        } else {
            palette::BUBBLE_THEM
        }),
        children![ctx.text(
            text.as_str(),
            size,
            if me {
                palette::WARM_WHITE
            } else {
                palette::NAVY
            }
        )],
    ));
}

fn typing_dots(chat: &mut ChildSpawnerCommands) {
    chat.spawn((
        Name::new("typing"),
        Node {
            padding: UiRect::axes(px(14.0), px(10.0)),
            column_gap: px(6.0),
            align_self: AlignSelf::FlexStart,
            border_radius: rounded(18.0),
            ..default()
        },
        BackgroundColor(palette::BUBBLE_THEM),
    ))
    .with_children(|dots| {
        for i in 0..3 {
            dots.spawn((
                TypingDot(i as f32 * 0.9),
                Node {
                    width: px(10.0),
                    height: px(10.0),
                    border_radius: rounded(5.0),
                    ..default()
                },
                BackgroundColor(palette::MID_GREY),
            ));
        }
    });
}
