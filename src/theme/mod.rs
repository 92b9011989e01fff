//! The look of SafeKite in one place: colours, type scale, spacing, button sizes and the small
//! widget functions every screen builds with. Friendly, calm, high contrast.

mod button;
mod contrast;
pub use contrast::HighContrast;

use bevy::prelude::*;
use safekite_core::model::Band;

pub(crate) use button::{ButtonLook, ButtonRole, InteractionPalette, card_button};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Fonts>()
        .init_resource::<TextScale>()
        .add_plugins((button::plugin, contrast::plugin))
        .add_systems(
            PostUpdate,
            scale_new_text.before(bevy::ui::UiSystems::Prepare),
        );
}

/// Colours. Text is navy on light backgrounds (and on orange) or warm white on blue and green;
/// `contrast.rs` holds the high-contrast partners and measures every pair.
pub(crate) mod palette {
    use bevy::prelude::Color;
    pub(crate) const NAVY: Color = Color::srgb(0.008, 0.188, 0.278); // #023047
    pub(crate) const DEEP_BLUE: Color = Color::srgb(0.129, 0.620, 0.737); // #219ebc
    pub(crate) const SKY: Color = Color::srgb(0.557, 0.792, 0.902); // #8ecae6
    pub(crate) const SUN: Color = Color::srgb(1.0, 0.718, 0.012); // #ffb703
    pub(crate) const ORANGE: Color = Color::srgb(0.984, 0.522, 0.0); // #fb8500
    pub(crate) const CORAL: Color = Color::srgb(0.949, 0.518, 0.510); // #f28482
    pub(crate) const LEAF: Color = Color::srgb(0.549, 0.753, 0.502); // #8cc084
    pub(crate) const DEEP_GREEN: Color = Color::srgb(0.165, 0.616, 0.561); // #2a9d8f
    pub(crate) const CREAM: Color = Color::srgb(1.0, 0.957, 0.878); // #fff4e0
    pub(crate) const WARM_WHITE: Color = Color::srgb(1.0, 0.980, 0.949); // #fffaf2
    pub(crate) const LIGHT_GREY: Color = Color::srgb(0.898, 0.898, 0.898); // #e5e5e5
    pub(crate) const MID_GREY: Color = Color::srgb(0.55, 0.58, 0.62);
    pub(crate) const SHADE: Color = Color::srgba(0.008, 0.188, 0.278, 0.35);
    /// The pretend device's frame.
    pub(crate) const DEVICE_FRAME: Color = Color::srgb(0.13, 0.15, 0.18);
    pub(crate) const BUBBLE_THEM: Color = Color::srgb(0.93, 0.94, 0.96);
    pub(crate) const BUBBLE_ME: Color = Color::srgb(0.129, 0.620, 0.737);
}

/// Sizes in logical pixels.
pub mod size {
    pub(crate) const TITLE: f32 = 56.0;
    pub(crate) const HEADING: f32 = 36.0;
    pub(crate) const BODY: f32 = 28.0;
    pub(crate) const CAPTION: f32 = 30.0;
    pub(crate) const SMALL: f32 = 20.0;
    /// A message on the pretend phone's chat screen (read by early readers too).
    pub(crate) const CHAT_TEXT: f32 = 24.0;
    pub(crate) const GAP: f32 = 16.0;
    pub(crate) const PAD: f32 = 24.0;
    pub(crate) const RADIUS: f32 = 24.0;
    /// The bottom share of the screen that holds nothing tappable for little ones.
    pub(crate) const LITTLE_HANDS_REST: f32 = 8.0;
}

/// The smallest a tappable thing may be, by band.
pub(crate) fn min_button(band: Band) -> f32 {
    match band {
        Band::Little => 96.0,
        _ => 64.0,
    }
}

/// The picture on a choice's button, by band: little ones choose by the picture alone.
pub(crate) fn choice_picture(band: Band) -> f32 {
    match band {
        Band::Little => 136.0,
        _ => 96.0,
    }
}

/// The smallest a choice's picture may be drawn (when the options are compact beside a device):
/// pre-readers choose by the pictures, so theirs stay at least 128 logical px.
pub(crate) fn smallest_choice_picture(band: Band) -> f32 {
    match band {
        Band::Little => 128.0,
        _ => 64.0,
    }
}

/// The bundled fonts (full Vietnamese coverage).
#[derive(Resource, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
}

impl FromWorld for Fonts {
    fn from_world(world: &mut World) -> Self {
        let assets = world.resource::<AssetServer>();
        Fonts {
            regular: assets.load(FONT_REGULAR),
            bold: assets.load(FONT_BOLD),
        }
    }
}

/// Paths of the bundled fonts, shared with egui.
pub(crate) const FONT_REGULAR: &str = "fonts/NotoSans-Regular.ttf";
pub(crate) const FONT_BOLD: &str = "fonts/NotoSans-Bold.ttf";

/// Text in the bundled font.
pub(crate) fn text(fonts: &Fonts, s: impl Into<String>, px: f32, color: Color) -> impl Bundle {
    text_in(fonts.regular.clone(), s, px, color)
}

/// The grown-up's text size, as a factor (1.0, 1.25 or 1.5) on every text the children's
/// screens draw, apart from the window-fitting UI scale (the saved setting, which `progress`
/// keeps here).
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct TextScale(pub f32);

impl Default for TextScale {
    fn default() -> Self {
        TextScale(1.0)
    }
}

/// Words for the grown-up on a child's screen (the tip card at a lesson's end) keep their size:
/// the text size is the child's.
#[derive(Component, Default, Debug)]
pub(crate) struct GrownUpsWords;

/// Every text, as it appears, at the chosen size (the grown-ups' egui pages and
/// [`GrownUpsWords`] have their own).
fn scale_new_text(
    scale: Res<TextScale>,
    mut texts: Query<&mut TextFont, (Added<TextFont>, Without<GrownUpsWords>)>,
) {
    if scale.0 == 1.0 {
        return;
    }
    for mut font in &mut texts {
        if let FontSize::Px(px) = font.font_size {
            font.font_size = FontSize::Px(px * scale.0);
        }
    }
}

/// Bold text in the bundled font.
pub(crate) fn bold(fonts: &Fonts, s: impl Into<String>, px: f32, color: Color) -> impl Bundle {
    text_in(fonts.bold.clone(), s, px, color)
}

fn text_in(font: Handle<Font>, s: impl Into<String>, px: f32, color: Color) -> impl Bundle {
    (
        Text::new(s),
        TextFont {
            font: font.into(),
            font_size: FontSize::Px(px),
            ..default()
        },
        TextColor(color),
    )
}

/// A node of a fixed size in logical px (a picture, an icon): it never shrinks, so a picture
/// keeps its shape in a crowded row or column.
pub(crate) fn sized(width: f32, height: f32) -> Node {
    Node {
        width: px(width),
        height: px(height),
        flex_shrink: 0.0,
        ..default()
    }
}

/// A row `height` logical px tall that a crowded column may shrink (first, before its words),
/// for a picture drawn with [`filling_height`] in it: the picture then shrinks in its shape.
pub(crate) fn shrinking_row(height: f32) -> Node {
    Node {
        width: percent(100),
        flex_basis: px(height),
        flex_shrink: 1.0,
        min_height: px(0.0),
        justify_content: JustifyContent::Center,
        ..default()
    }
}

/// A picture of shape `aspect` (width over height) as tall as its row, keeping its shape.
pub(crate) fn filling_height(aspect: f32) -> Node {
    Node {
        height: percent(100),
        aspect_ratio: Some(aspect),
        ..default()
    }
}

/// A rounded panel.
pub(crate) fn panel(color: Color) -> impl Bundle {
    (
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(size::PAD)),
            row_gap: px(size::GAP),
            border_radius: BorderRadius::all(px(size::RADIUS)),
            ..default()
        },
        BackgroundColor(color),
    )
}

/// The node of a big rounded button at least `min` logical px tall and wide.
pub(crate) fn button_node(min: f32) -> Node {
    Node {
        min_width: px(min),
        min_height: px(min),
        padding: UiRect::axes(px(28.0), px(12.0)),
        justify_content: JustifyContent::Center,
        align_items: AlignItems::Center,
        column_gap: px(12.0),
        border: UiRect::all(px(4.0)),
        border_radius: BorderRadius::all(px(min / 2.0)),
        ..default()
    }
}
