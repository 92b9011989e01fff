//! A web page in a browser: the address bar (element `address`; a padlock on the real page,
//! a grey warning mark on the look-alike), an optional picture, a title, a login form and its
//! button (element `log-in`). The address is shown, never spoken.

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::{ArtKind, Screen};

use super::{Ctx, pill, rounded};
use crate::theme::palette;

pub(super) fn spawn(scr: &mut ChildSpawnerCommands, ctx: &Ctx, screen: &Screen) {
    let Screen::WebPage {
        address,
        title,
        fields,
        button,
        fake,
        picture,
    } = screen
    else {
        return;
    };
    address_bar(scr, ctx, address, *fake);
    scr.spawn(Node {
        flex_grow: 1.0,
        flex_basis: px(0.0),
        min_height: px(0.0),
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Stretch,
        justify_content: JustifyContent::Center,
        padding: UiRect::axes(px(18.0), px(10.0)),
        row_gap: px(8.0),
        overflow: Overflow::clip(),
        ..default()
    })
    .with_children(|page| {
        if let Some(p) = picture {
            // The band the picture sits in gives way when the page is short (the phone beside a
            // choice); the picture inside keeps its shape, narrower as well as lower.
            page.spawn(Node {
                height: px(70.0),
                flex_shrink: 1.0,
                min_height: px(0.0),
                justify_content: JustifyContent::Center,
                ..default()
            })
            .with_children(|band| {
                band.spawn((
                    crate::art::picture(ArtKind::Picture, p),
                    Node {
                        height: percent(100),
                        aspect_ratio: Some(4.0 / 3.0),
                        ..default()
                    },
                ));
            });
        }
        page.spawn(ctx.bold(title.as_str(), 20.0, palette::NAVY))
            .insert(Node {
                align_self: AlignSelf::Center,
                ..default()
            });
        for f in fields {
            form_field(page, ctx, f);
        }
        ctx.element(
            page,
            "log-in",
            (
                pill(16.0, 8.0),
                children![ctx.bold(button.as_str(), 17.0, palette::WARM_WHITE)],
            ),
            palette::DEEP_BLUE,
        );
    });
}

fn address_bar(scr: &mut ChildSpawnerCommands, ctx: &Ctx, address: &MessageId, fake: bool) {
    scr.spawn((
        Node {
            padding: UiRect::all(px(8.0)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::LIGHT_GREY),
    ))
    .with_children(|bar| {
        ctx.element(
            bar,
            "address",
            Node {
                flex_grow: 1.0,
                padding: UiRect::axes(px(10.0), px(6.0)),
                column_gap: px(6.0),
                align_items: AlignItems::Center,
                border_radius: rounded(14.0),
                border: UiRect::all(px(2.0)),
                ..default()
            },
            palette::WARM_WHITE,
        )
        .with_children(|field| {
            if fake {
                warning_mark(field);
            } else {
                padlock(field);
            }
            field.spawn((
                Name::new("device-address"),
                ctx.text(address.as_str(), 14.0, palette::NAVY),
            ));
        });
    });
}

/// A closed padlock drawn with shapes: the real site's secure connection.
fn padlock(parent: &mut ChildSpawnerCommands) {
    parent
        .spawn((
            Name::new("padlock"),
            Node {
                width: px(14.0),
                height: px(18.0),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                ..default()
            },
        ))
        .with_children(|lock| {
            lock.spawn((
                Node {
                    width: px(10.0),
                    height: px(8.0),
                    border: UiRect {
                        left: px(2.5),
                        right: px(2.5),
                        top: px(2.5),
                        bottom: px(0.0),
                    },
                    border_radius: BorderRadius::top(px(5.0)),
                    ..default()
                },
                BorderColor::all(palette::DEEP_GREEN),
            ));
            lock.spawn((
                Node {
                    width: px(14.0),
                    height: px(10.0),
                    border_radius: rounded(2.0),
                    ..default()
                },
                BackgroundColor(palette::DEEP_GREEN),
            ));
        });
}

/// A grey circle with an exclamation mark: no padlock on the look-alike page.
fn warning_mark(parent: &mut ChildSpawnerCommands) {
    parent
        .spawn((
            Name::new("no-padlock"),
            Node {
                width: px(16.0),
                height: px(16.0),
                border_radius: rounded(8.0),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                row_gap: px(1.5),
                flex_shrink: 0.0,
                ..default()
            },
            BackgroundColor(palette::MID_GREY),
        ))
        .with_children(|m| {
            for h in [6.0, 2.0] {
                m.spawn((
                    Node {
                        width: px(2.5),
                        height: px(h),
                        ..default()
                    },
                    BackgroundColor(palette::WARM_WHITE),
                ));
            }
        });
}

/// A label and an empty input box (lower when the page is short, so the button stays in view).
fn form_field(page: &mut ChildSpawnerCommands, ctx: &Ctx, label: &MessageId) {
    page.spawn(Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(3.0),
        flex_shrink: 1.0,
        ..default()
    })
    .with_children(|f| {
        f.spawn(ctx.text(label.as_str(), 14.0, palette::MID_GREY));
        f.spawn((
            Node {
                height: px(30.0),
                min_height: px(14.0),
                flex_shrink: 1.0,
                border: UiRect::all(px(2.0)),
                border_radius: rounded(8.0),
                ..default()
            },
            BackgroundColor(palette::WARM_WHITE),
            BorderColor::all(palette::LIGHT_GREY),
        ));
    });
}
