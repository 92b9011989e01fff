//! The chat toolbar: save evidence (a screenshot), block, report (elements `save-evidence`,
//! `block`, `report`).

use bevy::prelude::*;
use safekite_core::ui_messages as ui;

use super::{Ctx, pill};
use crate::theme::palette;

pub(super) fn spawn(scr: &mut ChildSpawnerCommands, ctx: &Ctx) {
    scr.spawn((
        Name::new("device-toolbar"),
        Node {
            padding: UiRect::axes(px(8.0), px(8.0)),
            column_gap: px(6.0),
            justify_content: JustifyContent::SpaceEvenly,
            flex_shrink: 0.0,
            flex_wrap: FlexWrap::Wrap,
            row_gap: px(6.0),
            ..default()
        },
        BackgroundColor(palette::LIGHT_GREY),
    ))
    .with_children(|bar| {
        for (element, label, base, color) in [
            (
                "save-evidence",
                ui::DEVICE_SAVE_EVIDENCE,
                palette::DEEP_BLUE,
                palette::WARM_WHITE,
            ),
            (
                "block",
                ui::DEVICE_BLOCK,
                palette::WARM_WHITE,
                palette::NAVY,
            ),
            (
                "report",
                ui::DEVICE_REPORT,
                palette::WARM_WHITE,
                palette::NAVY,
            ),
        ] {
            ctx.element(
                bar,
                element,
                (pill(10.0, 6.0), children![ctx.bold(label, 14.0, color)]),
                base,
            );
        }
    });
}
