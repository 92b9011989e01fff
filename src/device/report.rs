//! Reporting: choose a reason (elements `reason-N`, N from 1) and send (element `send`); once
//! sent (`sent: true`), a tick and the confirmation.

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::ui_messages as ui;

use super::{Ctx, page_body, pill, rounded, title_bar};
use crate::theme::palette;

pub(super) fn spawn(
    scr: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    reasons: &[MessageId],
    confirmation: &MessageId,
    sent: bool,
) {
    scr.spawn(title_bar(ctx, ui::DEVICE_REPORT));
    scr.spawn(Node {
        justify_content: if sent {
            JustifyContent::Center
        } else {
            JustifyContent::FlexStart
        },
        align_items: if sent {
            AlignItems::Center
        } else {
            AlignItems::Stretch
        },
        ..page_body(7.0)
    })
    .with_children(|body| {
        if sent {
            confirmed(body, ctx, confirmation);
            return;
        }
        body.spawn(ctx.bold(ui::DEVICE_REPORT_WHY, 15.0, palette::NAVY));
        for (i, r) in reasons.iter().enumerate() {
            ctx.element(
                body,
                &format!("reason-{}", i + 1),
                (
                    Node {
                        padding: UiRect::axes(px(10.0), px(7.0)),
                        border_radius: rounded(10.0),
                        border: UiRect::all(px(2.0)),
                        flex_shrink: 0.0,
                        ..default()
                    },
                    children![ctx.text(r.as_str(), 14.0, palette::NAVY)],
                ),
                palette::BUBBLE_THEM,
            );
        }
        ctx.element(
            body,
            "send",
            (
                pill(16.0, 6.0),
                children![ctx.bold(ui::DEVICE_SEND, 15.0, palette::WARM_WHITE)],
            ),
            palette::CORAL,
        )
        .insert(Node {
            padding: UiRect::axes(px(16.0), px(6.0)),
            border_radius: rounded(20.0),
            border: UiRect::all(px(2.0)),
            align_self: AlignSelf::Center,
            justify_content: JustifyContent::Center,
            margin: UiRect::top(px(4.0)),
            ..default()
        });
    });
}

fn confirmed(body: &mut ChildSpawnerCommands, ctx: &Ctx, confirmation: &MessageId) {
    body.spawn((
        Name::new("report-sent"),
        Node {
            width: px(64.0),
            height: px(64.0),
            border_radius: rounded(32.0),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(palette::DEEP_GREEN),
        children![(
            Node {
                width: px(16.0),
                height: px(30.0),
                border: UiRect {
                    right: px(6.0),
                    bottom: px(6.0),
                    ..default()
                },
                margin: UiRect::bottom(px(6.0)),
                ..default()
            },
            BorderColor::all(palette::WARM_WHITE),
            UiTransform::from_rotation(Rot2::degrees(40.0)),
        )],
    ));
    body.spawn(ctx.text(confirmation.as_str(), 15.0, palette::NAVY));
}
