//! The pretend device: a phone or tablet drawn with Bevy UI, on which the unsafe situation
//! happens safely. Each screen is drawn by its own file: a chat (with an optional toolbar to
//! save evidence, block and report), a pop-up with a gently pulsing (never flashing) button, a
//! video player, an in-app shop, a friend request, a message with a link, a web page with an
//! address bar and a login form, a social feed, a post composer, a group chat, the privacy
//! settings, a text message with a one-time code, and a report flow. Real-looking, with no real
//! brands, people or addresses.
//!
//! When the story asks the child to act on the phone (a Choice with `on_device`), the elements
//! its options name are buttons that take those options; the option buttons stay too.

use bevy::ecs::system::EntityCommands;
use bevy::prelude::*;
use safekite_core::model::{ChoiceOption, DeviceKind, Screen};
use safekite_core::words::Words;

use crate::theme::{self, ButtonLook, Fonts, InteractionPalette, palette};

mod chat;
mod code_message;
mod composer;
mod feed;
mod friend_request;
mod group_chat;
mod link_message;
mod one_message;
mod popup;
mod privacy_settings;
mod report;
mod shop;
mod toolbar;
mod video;
mod web_page;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (pulse_buttons, blink_typing_dots))
        // Before the UI's layout, in the frame the device appears or the window changes size.
        .add_systems(
            PostUpdate,
            fit_device_to_window.before(bevy::ui::UiSystems::Prepare),
        );
}

/// The smallest a text on the pretend device may be on screen, in the window's logical pixels.
/// Screens are scaled to the window (a phone in landscape, 844x390, shows them at about half
/// size), so a device text drawn at 12 px would be 6 px there: too small to read.
pub const MIN_TEXT_ON_SCREEN: f32 = 11.0;

/// A text on the device, with the size it is drawn at in the 1280x800 layout. When the window
/// is small, it is drawn larger, so that it is never below [`MIN_TEXT_ON_SCREEN`] on screen.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct DeviceText(pub f32);

/// The size (in layout pixels) a device text of `size` is drawn at when the screens are scaled
/// by `ui_scale`: its own size, or more when that would be under [`MIN_TEXT_ON_SCREEN`] on
/// screen. Larger texts keep their size.
pub fn readable_size(size: f32, ui_scale: f32) -> f32 {
    size.max(MIN_TEXT_ON_SCREEN / ui_scale.max(0.1))
}

/// The device's frame, with its width in the 1280x800 layout.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct DeviceFrame(pub f32);

/// How much wider the device is drawn when the screens are scaled by `ui_scale`: in a small
/// window (a phone in landscape has room to the sides) it widens, up to 45%, so that its larger
/// text still fits on as many lines (a web address on one). Not at all from about 1024x600 up.
pub fn frame_widening(ui_scale: f32) -> f32 {
    (0.7 / ui_scale.max(0.1)).clamp(1.0, 1.45)
}

fn fit_device_to_window(
    scale: Option<Res<UiScale>>,
    mut texts: Query<(Ref<DeviceText>, &mut TextFont)>,
    mut frames: Query<(Ref<DeviceFrame>, &mut Node)>,
) {
    let (scale, changed) = scale.map_or((1.0, false), |s| (s.0, s.is_changed()));
    for (text, mut font) in &mut texts {
        if changed || text.is_added() {
            let size = FontSize::Px(readable_size(text.0, scale));
            if font.font_size != size {
                font.font_size = size;
            }
        }
    }
    for (frame, mut node) in &mut frames {
        if changed || frame.is_added() {
            let width = px(frame.0 * frame_widening(scale));
            if node.width != width {
                node.width = width;
            }
        }
    }
}

/// A button that breathes slowly (scale, not colour: nothing flashes).
#[derive(Component)]
pub struct Pulse;

/// One of the typing dots, with its phase.
#[derive(Component)]
pub struct TypingDot(pub f32);

/// Something on a screen that a Choice option can name (`log-in`, `like-2`, `block`...).
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct DeviceElement(pub String);

/// An element that takes option `0` of the choice on offer when tapped. The lesson player (a
/// layer above) gives it the player's verb; the device knows nothing of the player.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct TakesOption(pub usize);

fn pulse_buttons(
    time: Res<Time>,
    progress: Option<Res<crate::progress::ProgressRes>>,
    mut q: Query<&mut UiTransform, With<Pulse>>,
) {
    // Less movement: still buttons.
    let still = progress.is_some_and(|p| p.progress.settings.reduced_motion);
    let s = if still {
        1.0
    } else {
        1.0 + 0.05 * (time.elapsed_secs() * std::f32::consts::TAU / 1.6).sin()
    };
    for mut t in &mut q {
        t.scale = Vec2::splat(s);
    }
}

fn blink_typing_dots(
    time: Res<Time>,
    progress: Option<Res<crate::progress::ProgressRes>>,
    mut q: Query<(&TypingDot, &mut BackgroundColor)>,
) {
    // Less movement: three still dots, still saying "typing".
    let still = progress.is_some_and(|p| p.progress.settings.reduced_motion);
    for (dot, mut bg) in &mut q {
        let a = if still {
            0.8
        } else {
            0.35 + 0.65 * (0.5 + 0.5 * (time.elapsed_secs() * 4.0 - dot.0).sin())
        };
        bg.0 = palette::MID_GREY.with_alpha(a);
    }
}

fn rounded(r: f32) -> BorderRadius {
    BorderRadius::all(px(r))
}

/// What every screen needs to draw itself: the words, the fonts, and which elements the
/// options on offer name.
pub(crate) struct Ctx<'a> {
    words: &'a Words,
    locale: &'a str,
    pub(crate) fonts: &'a Fonts,
    options: &'a [ChoiceOption],
}

impl Ctx<'_> {
    /// The text of a message.
    fn t(&self, id: &str) -> String {
        self.words.text(self.locale, id)
    }

    /// Spawns a tappable element: named `device-element-<element>`, and, when an option on
    /// offer names it, a button that takes that option (it breathes to show it can be tapped).
    fn element<'c>(
        &self,
        parent: &'c mut ChildSpawnerCommands,
        element: &str,
        bundle: impl Bundle,
        base: Color,
    ) -> EntityCommands<'c> {
        let mut e = parent.spawn((
            Name::new(format!("device-element-{element}")),
            DeviceElement(element.to_string()),
            bundle,
            BackgroundColor(base),
        ));
        if let Some(i) = self
            .options
            .iter()
            .position(|o| o.element.as_deref() == Some(element))
        {
            let look = ButtonLook {
                palette: InteractionPalette::around(base),
                selected: false,
            };
            e.insert((
                Button,
                BorderColor::all(look.palette.border),
                look,
                TakesOption(i),
                Pulse,
                UiTransform::default(),
            ));
        }
        e
    }

    fn text(&self, id: &str, size: f32, color: Color) -> impl Bundle {
        (
            theme::text(self.fonts, self.t(id), size, color),
            DeviceText(size),
        )
    }

    fn bold(&self, id: &str, size: f32, color: Color) -> impl Bundle {
        (
            theme::bold(self.fonts, self.t(id), size, color),
            DeviceText(size),
        )
    }
}

/// Spawns the device with `screen` as a child of `parent`. `options` are the options on offer
/// (empty when there is no choice): the elements they name can be tapped.
pub fn spawn_device(
    parent: &mut ChildSpawnerCommands,
    kind: DeviceKind,
    screen: &Screen,
    words: &Words,
    locale: &str,
    fonts: &Fonts,
    options: &[ChoiceOption],
) {
    let ctx = Ctx {
        words,
        locale,
        fonts,
        options,
    };
    let (w, h) = match kind {
        DeviceKind::Phone => (300.0, 540.0),
        DeviceKind::Tablet => (560.0, 400.0),
    };
    parent
        .spawn((
            Name::new(format!("device-{}", screen.kind())),
            DeviceFrame(w),
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
                .with_children(|scr| screen_contents(scr, &ctx, screen));
        });
}

/// Draws the screen inside the device's glass: each kind of screen is its own file.
fn screen_contents(scr: &mut ChildSpawnerCommands, ctx: &Ctx, screen: &Screen) {
    match screen {
        Screen::Chat {
            contact,
            avatar,
            messages,
            typing,
            actions,
        } => chat::spawn(scr, ctx, contact, avatar, messages, *typing, *actions),
        Screen::Popup {
            title,
            body,
            button,
            picture,
        } => popup::spawn(scr, ctx, title, body, button, picture.as_deref()),
        Screen::Video {
            title,
            picture,
            covered,
        } => video::spawn(scr, ctx, title, picture, *covered),
        Screen::Shop {
            item,
            price,
            button,
            picture,
        } => shop::spawn(scr, ctx, item, price, button, picture),
        Screen::FriendRequest {
            name,
            avatar,
            detail,
        } => friend_request::spawn(scr, ctx, name, avatar, detail),
        Screen::LinkMessage {
            from,
            avatar,
            text,
            link,
        } => link_message::spawn(scr, ctx, from, avatar, text, link),
        Screen::WebPage { .. } => web_page::spawn(scr, ctx, screen),
        Screen::Feed { posts } => feed::spawn(scr, ctx, posts),
        Screen::Composer {
            text,
            picture,
            audience,
            location,
        } => composer::spawn(scr, ctx, text, picture.as_deref(), *audience, *location),
        Screen::GroupChat {
            name,
            messages,
            actions,
        } => group_chat::spawn(scr, ctx, name, messages, *actions),
        Screen::PrivacySettings {
            private_account,
            location,
            messages_from,
        } => privacy_settings::spawn(scr, ctx, *private_account, *location, *messages_from),
        Screen::CodeMessage { from, text, code } => code_message::spawn(scr, ctx, from, text, code),
        Screen::Report {
            reasons,
            confirmation,
            sent,
        } => report::spawn(scr, ctx, reasons, confirmation, *sent),
    }
}

/// A header bar: avatar and name, on the app's colour.
fn header(parent: &mut ChildSpawnerCommands, ctx: &Ctx, name: &str, avatar: Option<&str>) {
    parent
        .spawn((
            Node {
                padding: UiRect::all(px(10.0)),
                column_gap: px(10.0),
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                ..default()
            },
            BackgroundColor(palette::DEEP_BLUE),
        ))
        .with_children(|bar| {
            if let Some(avatar) = avatar {
                bar.spawn(avatar_picture(avatar, 40.0));
            }
            bar.spawn((
                theme::bold(ctx.fonts, name.to_string(), 20.0, palette::WARM_WHITE),
                DeviceText(20.0),
            ));
        });
}

/// The bar on top of an app's own page (privacy settings, the report form): the page's title
/// (the interface message `title`) in white on blue.
fn title_bar(ctx: &Ctx, title: &str) -> impl Bundle {
    (
        Node {
            padding: UiRect::axes(px(12.0), px(10.0)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(palette::DEEP_BLUE),
        children![ctx.bold(title, 17.0, palette::WARM_WHITE)],
    )
}

/// The body of a page under its bar: it takes the room left and clips what does not fit.
fn page_body(row_gap: f32) -> Node {
    Node {
        flex_grow: 1.0,
        flex_basis: px(0.0),
        min_height: px(0.0),
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(12.0)),
        row_gap: px(row_gap),
        overflow: Overflow::clip(),
        ..default()
    }
}

/// An avatar picture of `size` pixels.
fn avatar_picture(avatar: &str, size: f32) -> impl Bundle {
    (
        crate::art::picture(safekite_core::model::ArtKind::Avatar, avatar),
        Node {
            width: px(size),
            height: px(size),
            flex_shrink: 0.0,
            ..default()
        },
    )
}

/// A pill-shaped button's node.
fn pill(h_pad: f32, v_pad: f32) -> Node {
    Node {
        padding: UiRect::axes(px(h_pad), px(v_pad)),
        border_radius: rounded(h_pad.max(v_pad) + 4.0),
        border: UiRect::all(px(2.0)),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        flex_shrink: 0.0,
        ..default()
    }
}

/// A switch drawn on or off.
fn switch(parent: &mut ChildSpawnerCommands, on: bool) {
    parent
        .spawn((
            Node {
                width: px(44.0),
                height: px(26.0),
                padding: UiRect::all(px(3.0)),
                border_radius: rounded(13.0),
                justify_content: if on {
                    JustifyContent::FlexEnd
                } else {
                    JustifyContent::FlexStart
                },
                flex_shrink: 0.0,
                ..default()
            },
            BackgroundColor(if on {
                palette::DEEP_GREEN
            } else {
                palette::MID_GREY
            }),
        ))
        .with_children(|s| {
            s.spawn((
                Node {
                    width: px(20.0),
                    height: px(20.0),
                    border_radius: rounded(10.0),
                    ..default()
                },
                BackgroundColor(palette::WARM_WHITE),
            ));
        });
}
