//! High contrast, the second palette: when a grown-up turns it on, every colour of the theme
//! that the screens draw with is swapped for its high-contrast partner as it is set (black words
//! on white or light colours, the blue and green buttons dark with white words, every outline
//! solid black). Pictures keep their colours. The tests list the pairs the screens draw, text
//! on background (`TEXT_PAIRS`, and every button's label on its colour), and measure each in
//! both palettes (WCAG contrast): at least 3:1 in the normal palette (every label is large,
//! bold text), at least 7:1 in high contrast; and every control's outline at least 3:1
//! against the screen.

use bevy::prelude::*;

use super::palette::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HighContrast>()
        .add_systems(PostUpdate, apply_high_contrast);
}

/// Whether the high-contrast palette is on (the saved setting, which `progress` keeps here).
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct HighContrast(pub bool);

/// Each theme colour and its high-contrast partner.
const PARTNERS: [(Color, Color); 15] = [
    (NAVY, Color::BLACK),
    (WARM_WHITE, Color::WHITE),
    (CREAM, Color::WHITE),
    (SKY, Color::WHITE),
    (LIGHT_GREY, Color::srgb(0.941, 0.941, 0.941)), // #f0f0f0
    (BUBBLE_THEM, Color::srgb(0.941, 0.941, 0.941)),
    (MID_GREY, Color::srgb(0.302, 0.302, 0.302)), // #4d4d4d
    (ORANGE, Color::srgb(1.0, 0.851, 0.702)),     // #ffd9b3
    (DEEP_BLUE, Color::srgb(0.0, 0.227, 0.420)),  // #003a6b
    (BUBBLE_ME, Color::srgb(0.0, 0.227, 0.420)),
    (DEEP_GREEN, Color::srgb(0.0, 0.278, 0.243)), // #00473e
    (LEAF, Color::srgb(0.843, 0.941, 0.824)),     // #d7f0d2
    (SUN, Color::BLACK),
    (CORAL, Color::srgb(0.545, 0.0, 0.0)), // #8b0000
    (DEVICE_FRAME, Color::BLACK),
];

fn same_rgb(a: Color, b: Color) -> bool {
    let (a, b) = (a.to_srgba(), b.to_srgba());
    [a.red - b.red, a.green - b.green, a.blue - b.blue]
        .iter()
        .all(|d| d.abs() < 0.002)
}

/// A colour of words or lines (text, borders, outlines) in the high-contrast palette: navy,
/// see-through or not, becomes solid black, so every control has a black outline; colours
/// outside the theme stay.
pub(crate) fn high_contrast(color: Color) -> Color {
    if same_rgb(color, NAVY) {
        return Color::BLACK;
    }
    partner(color)
}

/// A colour that fills an area in the high-contrast palette: a see-through navy shade becomes
/// a darker see-through shade; the rest as [`high_contrast`] (keeping its transparency).
pub(crate) fn high_contrast_fill(color: Color) -> Color {
    if same_rgb(color, NAVY) && color.alpha() < 1.0 {
        return Color::BLACK.with_alpha(if color.alpha() > 0.0 { 0.6 } else { 0.0 });
    }
    partner(color)
}

fn partner(color: Color) -> Color {
    PARTNERS
        .iter()
        .find(|(token, _)| same_rgb(*token, color))
        .map_or(color, |(_, p)| p.with_alpha(color.alpha()))
}

fn swap<T: Component<Mutability = bevy::ecs::component::Mutable>>(
    mut items: Query<&mut T, Changed<T>>,
    map: fn(Color) -> Color,
    get: impl Fn(&T) -> Color,
    set: impl Fn(&mut T, Color),
) {
    for mut item in &mut items {
        let now = get(&item);
        let partner = map(now);
        if partner != now {
            set(&mut item, partner);
        }
    }
}

/// Swaps the theme's colours for their partners as they are set, while high contrast is on.
fn apply_high_contrast(
    on: Res<HighContrast>,
    texts: Query<&mut TextColor, Changed<TextColor>>,
    backgrounds: Query<&mut BackgroundColor, Changed<BackgroundColor>>,
    borders: Query<&mut BorderColor, Changed<BorderColor>>,
    outlines: Query<&mut Outline, Changed<Outline>>,
    clear: Option<ResMut<ClearColor>>,
    mut normal_clear: Local<Option<Color>>,
) {
    if let Some(clear) = clear {
        swap_clear_colour(on.0, clear, &mut normal_clear);
    }
    if !on.0 {
        return;
    }
    swap(texts, high_contrast, |t| t.0, |t, c| t.0 = c);
    swap(backgrounds, high_contrast_fill, |b| b.0, |b, c| b.0 = c);
    swap(
        borders,
        high_contrast,
        |b| b.top,
        |b, c| *b = BorderColor::all(c),
    );
    swap(outlines, high_contrast, |o| o.color, |o, c| o.color = c);
}

/// The window's own colour behind the screens: its partner while high contrast is on, and the
/// colour it had once it is turned off again (the screens are drawn anew, the window is not).
fn swap_clear_colour(on: bool, mut clear: ResMut<ClearColor>, normal: &mut Option<Color>) {
    if on {
        let partner = high_contrast_fill(clear.0);
        if partner != clear.0 {
            *normal = Some(clear.0);
            clear.0 = partner;
        }
    } else if let Some(colour) = normal.take() {
        clear.0 = colour;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::ButtonRole;

    const ALL_ROLES: [ButtonRole; 6] = [
        ButtonRole::Main,
        ButtonRole::Quiet,
        ButtonRole::Option,
        ButtonRole::Say,
        ButtonRole::Tell,
        ButtonRole::Done,
    ];

    /// The text/background pairs the screens draw (beyond each button's label on its own colour).
    const TEXT_PAIRS: [(Color, Color); 8] = [
        (NAVY, SKY),
        (NAVY, CREAM),
        (NAVY, WARM_WHITE),
        (NAVY, LIGHT_GREY),
        (NAVY, BUBBLE_THEM),
        (NAVY, LEAF),
        (WARM_WHITE, BUBBLE_ME),
        (WARM_WHITE, DEVICE_FRAME),
    ];

    /// WCAG contrast ratio of two opaque colours (1 to 21).
    fn contrast(a: Color, b: Color) -> f32 {
        let luminance = |c: Color| {
            let c = c.to_linear();
            0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
        };
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// Every role's label on its own colour, and the text pairs, in one list.
    fn all_text_pairs() -> Vec<(Color, Color)> {
        ALL_ROLES
            .iter()
            .map(|r| (r.palette().label, r.palette().none))
            .chain(TEXT_PAIRS)
            .collect()
    }

    #[test]
    fn every_text_is_readable_in_both_palettes() {
        for (text, background) in all_text_pairs() {
            let normal = contrast(text, background);
            assert!(normal >= 3.0, "{text:?} on {background:?}: {normal:.2}");
            let high = contrast(high_contrast(text), high_contrast_fill(background));
            assert!(
                high >= 7.0,
                "high contrast {text:?} on {background:?}: {high:.2}"
            );
        }
    }

    #[test]
    fn every_control_outline_stands_out_in_high_contrast() {
        let screen = high_contrast_fill(SKY);
        for role in ALL_ROLES {
            let p = role.palette();
            for outline in [p.border, p.selected_border] {
                let outline = high_contrast(outline);
                assert_eq!(outline.alpha(), 1.0, "{role:?}: a solid outline");
                assert!(contrast(outline, screen) >= 3.0, "{role:?}");
            }
        }
        assert!(
            contrast(high_contrast(NAVY), screen) >= 3.0,
            "the focus ring"
        );
    }

    #[test]
    fn the_window_colour_comes_back_when_high_contrast_is_turned_off() {
        let mut app = App::new();
        app.add_plugins(plugin)
            .insert_resource(ClearColor(SKY))
            .insert_resource(HighContrast(true));
        app.update();
        assert_eq!(app.world().resource::<ClearColor>().0, Color::WHITE);
        app.insert_resource(HighContrast(false));
        app.update();
        assert_eq!(app.world().resource::<ClearColor>().0, SKY);
    }

    #[test]
    fn shades_stay_see_through_and_pictures_keep_their_colours() {
        assert_eq!(high_contrast_fill(SHADE).alpha(), 0.6);
        assert_eq!(high_contrast(NAVY.with_alpha(0.35)), Color::BLACK);
        let outside = Color::srgb(0.3, 0.6, 0.1);
        assert_eq!(high_contrast(outside), outside);
    }
}
