//! The pretend device: a phone or tablet drawn with Bevy UI, on which the unsafe situation
//! happens safely. It shows a chat (bubbles, avatar, display name, typing dots), a pop-up with
//! a gently pulsing (never flashing) button, a video player, an in-app shop, a friend request,
//! and a message with a link. Real-looking, with no real brands, people or addresses.

use bevy::prelude::*;
use safekite_core::model::{ArtKind, DeviceKind, Screen, Sender};
use safekite_core::ui_messages as ui;
use safekite_core::words::Words;

use crate::theme::{self, Fonts, palette};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (pulse_buttons, blink_typing_dots));
}

/// A button that breathes slowly (scale, not colour: nothing flashes).
#[derive(Component)]
pub struct Pulse;

/// One of the typing dots, with its phase.
#[derive(Component)]
pub struct TypingDot(pub f32);

fn pulse_buttons(time: Res<Time>, mut q: Query<&mut UiTransform, With<Pulse>>) {
    let s = 1.0 + 0.05 * (time.elapsed_secs() * std::f32::consts::TAU / 1.6).sin();
    for mut t in &mut q {
        t.scale = Vec2::splat(s);
    }
}

fn blink_typing_dots(time: Res<Time>, mut q: Query<(&TypingDot, &mut BackgroundColor)>) {
    for (dot, mut bg) in &mut q {
        let a = 0.35 + 0.65 * (0.5 + 0.5 * (time.elapsed_secs() * 4.0 - dot.0).sin());
        bg.0 = palette::MID_GREY.with_alpha(a);
    }
}

fn rounded(r: f32) -> BorderRadius {
    BorderRadius::all(px(r))
}

/// Spawns the device with `screen` as a child of `parent`.
pub fn spawn_device(
    parent: &mut ChildSpawnerCommands,
    kind: DeviceKind,
    screen: &Screen,
    words: &Words,
    locale: &str,
    fonts: &Fonts,
) {
    let t = |id: &str| words.text(locale, id);
    let (w, h) = match kind {
        DeviceKind::Phone => (300.0, 540.0),
        DeviceKind::Tablet => (560.0, 400.0),
    };
    parent
        .spawn((
            Name::new(format!("device-{}", screen.kind())),
            Node {
                width: px(w),
                height: px(h),
                max_height: percent(100),
                padding: UiRect::all(px(16.0)),
                border_radius: rounded(36.0),
                align_self: AlignSelf::Center,
                ..default()
            },
            BackgroundColor(palette::DEVICE_FRAME),
        ))
        .with_children(|frame| {
            frame
                .spawn((
                    Name::new("device-screen"),
                    Node {
                        width: percent(100),
                        height: percent(100),
                        flex_direction: FlexDirection::Column,
                        overflow: Overflow::clip(),
                        border_radius: rounded(22.0),
                        ..default()
                    },
                    BackgroundColor(palette::WARM_WHITE),
                ))
                .with_children(|scr| match screen {
                    Screen::Chat {
                        contact,
                        avatar,
                        messages,
                        typing,
                        ..
                    } => {
                        header(scr, fonts, &t(contact), avatar);
                        // The newest messages at the bottom; older ones scroll off the top.
                        scr.spawn(Node {
                            flex_direction: FlexDirection::Column,
                            padding: UiRect::all(px(12.0)),
                            row_gap: px(8.0),
                            flex_grow: 1.0,
                            flex_basis: px(0.0),
                            min_height: px(0.0),
                            overflow: Overflow::clip(),
                            justify_content: JustifyContent::FlexEnd,
                            ..default()
                        })
                        .with_children(|chat| {
                            for m in messages {
                                let me = m.from == Sender::Me;
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
                                    children![theme::text(
                                        fonts,
                                        t(&m.text),
                                        19.0,
                                        if me {
                                            palette::WARM_WHITE
                                        } else {
                                            palette::NAVY
                                        }
                                    )],
                                ));
                            }
                            if *typing {
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
                        });
                    }
                    Screen::Popup {
                        title,
                        body,
                        button,
                        picture,
                    } => {
                        // A game underneath, dimmed, and the pop-up over it.
                        scr.spawn((
                            Node {
                                flex_grow: 1.0,
                                // Exactly the screen's height, so a short screen shrinks the
                                // pop-up's picture rather than cutting off its button.
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
                                    pop.spawn(theme::bold(fonts, t(title), 26.0, palette::NAVY));
                                    if let Some(p) = picture {
                                        pop.spawn((
                                            crate::art::picture(ArtKind::Picture, p),
                                            Node {
                                                height: px(66.0),
                                                aspect_ratio: Some(4.0 / 3.0),
                                                flex_shrink: 1.0,
                                                min_height: px(0.0),
                                                ..default()
                                            },
                                        ));
                                    }
                                    pop.spawn(theme::text(fonts, t(body), 17.0, palette::NAVY));
                                    pop.spawn((
                                        Name::new("device-popup-button"),
                                        Pulse,
                                        UiTransform::default(),
                                        Node {
                                            padding: UiRect::axes(px(20.0), px(8.0)),
                                            border_radius: rounded(22.0),
                                            ..default()
                                        },
                                        BackgroundColor(palette::ORANGE),
                                        children![theme::bold(
                                            fonts,
                                            t(button),
                                            21.0,
                                            palette::WARM_WHITE
                                        )],
                                    ));
                                });
                        });
                    }
                    Screen::Video {
                        title,
                        picture,
                        covered,
                    } => {
                        scr.spawn((
                            Node {
                                flex_grow: 1.0,
                                justify_content: JustifyContent::Center,
                                align_items: AlignItems::Center,
                                ..default()
                            },
                            BackgroundColor(Color::BLACK),
                        ))
                        .with_children(|player| {
                            if *covered {
                                player.spawn((
                                    Node {
                                        width: percent(100),
                                        height: percent(100),
                                        justify_content: JustifyContent::Center,
                                        align_items: AlignItems::Center,
                                        ..default()
                                    },
                                    BackgroundColor(palette::LEAF),
                                    children![theme::bold(
                                        fonts,
                                        t(ui::DEVICE_VIDEO_COVERED),
                                        22.0,
                                        palette::NAVY
                                    )],
                                ));
                            } else {
                                player.spawn((
                                    crate::art::picture(ArtKind::Picture, picture),
                                    Node {
                                        height: percent(100),
                                        aspect_ratio: Some(640.0 / 480.0),
                                        ..default()
                                    },
                                ));
                            }
                        });
                        scr.spawn((
                            Node {
                                padding: UiRect::all(px(10.0)),
                                row_gap: px(6.0),
                                flex_direction: FlexDirection::Column,
                                ..default()
                            },
                            children![
                                (
                                    Node {
                                        height: px(6.0),
                                        width: percent(100),
                                        border_radius: rounded(3.0),
                                        ..default()
                                    },
                                    BackgroundColor(palette::LIGHT_GREY),
                                    children![(
                                        Node {
                                            height: percent(100),
                                            width: percent(35),
                                            border_radius: rounded(3.0),
                                            ..default()
                                        },
                                        BackgroundColor(palette::CORAL)
                                    )]
                                ),
                                theme::bold(fonts, t(title), 19.0, palette::NAVY),
                            ],
                        ));
                    }
                    Screen::Shop {
                        item,
                        price,
                        button,
                        picture,
                    } => {
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
                            shop.spawn(theme::bold(fonts, t(item), 22.0, palette::NAVY));
                            shop.spawn(theme::text(fonts, t(price), 20.0, palette::NAVY));
                            shop.spawn((
                                Name::new("device-buy-button"),
                                Pulse,
                                UiTransform::default(),
                                Node {
                                    padding: UiRect::axes(px(26.0), px(10.0)),
                                    border_radius: rounded(22.0),
                                    ..default()
                                },
                                BackgroundColor(palette::DEEP_GREEN),
                                children![theme::bold(fonts, t(button), 21.0, palette::WARM_WHITE)],
                            ));
                        });
                    }
                    Screen::FriendRequest {
                        name,
                        avatar,
                        detail,
                    } => {
                        scr.spawn(Node {
                            flex_grow: 1.0,
                            flex_direction: FlexDirection::Column,
                            align_items: AlignItems::Center,
                            justify_content: JustifyContent::Center,
                            row_gap: px(12.0),
                            padding: UiRect::all(px(12.0)),
                            ..default()
                        })
                        .with_children(|fr| {
                            fr.spawn((
                                crate::art::picture(ArtKind::Avatar, avatar),
                                Node {
                                    width: px(110.0),
                                    height: px(110.0),
                                    ..default()
                                },
                            ));
                            fr.spawn(theme::bold(fonts, t(name), 24.0, palette::NAVY));
                            fr.spawn(theme::text(fonts, t(detail), 18.0, palette::MID_GREY));
                            fr.spawn(Node {
                                column_gap: px(12.0),
                                ..default()
                            })
                            .with_children(|b| {
                                b.spawn((
                                    Node {
                                        padding: UiRect::axes(px(18.0), px(8.0)),
                                        border_radius: rounded(18.0),
                                        ..default()
                                    },
                                    BackgroundColor(palette::DEEP_BLUE),
                                    children![theme::bold(
                                        fonts,
                                        t(ui::DEVICE_ACCEPT),
                                        19.0,
                                        palette::WARM_WHITE
                                    )],
                                ));
                                b.spawn((
                                    Node {
                                        padding: UiRect::axes(px(18.0), px(8.0)),
                                        border_radius: rounded(18.0),
                                        ..default()
                                    },
                                    BackgroundColor(palette::LIGHT_GREY),
                                    children![theme::bold(
                                        fonts,
                                        t(ui::DEVICE_DECLINE),
                                        19.0,
                                        palette::NAVY
                                    )],
                                ));
                            });
                        });
                    }
                    Screen::LinkMessage {
                        from,
                        avatar,
                        text,
                        link,
                    } => {
                        header(scr, fonts, &t(from), avatar);
                        scr.spawn(Node {
                            flex_grow: 1.0,
                            flex_direction: FlexDirection::Column,
                            padding: UiRect::all(px(12.0)),
                            justify_content: JustifyContent::FlexEnd,
                            ..default()
                        })
                        .with_children(|c| {
                            c.spawn((
                                Node {
                                    flex_direction: FlexDirection::Column,
                                    max_width: percent(85),
                                    padding: UiRect::axes(px(14.0), px(10.0)),
                                    row_gap: px(6.0),
                                    border_radius: rounded(18.0),
                                    ..default()
                                },
                                BackgroundColor(palette::BUBBLE_THEM),
                            ))
                            .with_children(|b| {
                                b.spawn(theme::text(fonts, t(text), 19.0, palette::NAVY));
                                b.spawn((
                                    Name::new("device-link"),
                                    theme::bold(fonts, t(link), 19.0, palette::DEEP_BLUE),
                                    Underline,
                                ));
                            });
                        });
                    }
                    // The teen screens get their own files; until then, their texts in order.
                    other => {
                        for id in other.texts() {
                            scr.spawn(theme::text(fonts, t(id), 17.0, palette::NAVY));
                        }
                    }
                });
        });
}

/// A chat header: avatar and display name.
fn header(parent: &mut ChildSpawnerCommands, fonts: &Fonts, name: &str, avatar: &str) {
    parent.spawn((
        Node {
            padding: UiRect::all(px(10.0)),
            column_gap: px(10.0),
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(palette::DEEP_BLUE),
        children![
            (
                crate::art::picture(ArtKind::Avatar, avatar),
                Node {
                    width: px(40.0),
                    height: px(40.0),
                    ..default()
                }
            ),
            theme::bold(fonts, name.to_string(), 20.0, palette::WARM_WHITE),
        ],
    ));
}
