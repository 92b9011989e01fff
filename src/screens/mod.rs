//! The screens, as a Bevy state: loading, the title (who is playing?), a new player, the lesson
//! map, the lesson player, the end of a lesson, and the grown-ups' settings. Each screen spawns
//! its entities on enter, tagged `DespawnOnExit`, and reacts to its buttons' [`Action`]s.

mod end;
mod loading;
pub mod map;
mod new_profile;
pub mod title;

use bevy::prelude::*;
use safekite_core::model::Band;

use crate::content::WordsRes;
use crate::progress::ProgressRes;
use crate::settings::CurrentLocale;
use crate::theme::{self, Fonts, palette};

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_message::<Action>()
        // Buttons speak before the screens listen: an action is handled in the frame it is sent.
        .add_systems(
            PreUpdate,
            (press_buttons, hold_to_hear).after(bevy::ui::UiSystems::Focus),
        )
        .add_systems(Update, style_buttons)
        .add_plugins((
            loading::plugin,
            title::plugin,
            new_profile::plugin,
            map::plugin,
            end::plugin,
        ));
}

/// Where the child (or grown-up) is.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Loading,
    /// The title: who is playing?
    Title,
    /// Making a new player: avatar, band, optional nickname.
    NewProfile,
    /// The lessons of the player's band.
    Map,
    /// Playing a lesson.
    Player,
    /// The end of a lesson: sticker, praise, tip for the grown-up.
    End,
    /// The grown-ups' settings.
    Settings,
}

/// Something a button does. Buttons carry one; pressing it (mouse, touch, or a test) sends it.
#[derive(Message, Component, Clone, Debug, PartialEq)]
pub enum Action {
    Settings,
    NewProfile,
    PickProfile(u32),
    PickAvatar(String),
    PickBand(Band),
    CreateProfile,
    OpenLesson(String),
    BackToTitle,
    BackToMap,
    /// Lesson player: move on.
    Next,
    /// Lesson player: choose option i.
    Choose(usize),
    /// Lesson player: say line i to the grown-up.
    Say(usize),
    /// Lesson player: the always-visible "Tell a grown-up" button.
    TellGrownUp,
    /// Lesson player: hear the line again.
    Replay,
    /// Title: the previous (-1) or next (+1) page of players.
    ProfilePage(i32),
}

/// A button: its test-hook name is its `Name`; what it does is its [`Action`].
#[derive(Component, Clone, Copy, Debug)]
pub struct GameButton {
    pub base: Color,
    /// Selected (shown with a thick border), e.g. the chosen avatar.
    pub selected: bool,
}

/// A button that reads a message aloud (its id here) when it is held down for half a second,
/// for pre-readers who choose by picture and by ear. Such a button does what it does on
/// release, and not at all if it was held long enough to be heard.
#[derive(Component, Clone, Debug)]
pub struct HoldToHear(pub String);

/// How long a [`HoldToHear`] button is held before it speaks.
pub const HOLD_TO_HEAR_SECONDS: f32 = 0.5;

/// A child is holding a [`HoldToHear`] button down.
#[derive(Component, Debug, Default)]
pub struct Held {
    pub seconds: f32,
    pub spoke: bool,
}

/// A button with a label.
pub fn button(
    fonts: &Fonts,
    name: impl Into<String>,
    label: impl Into<String>,
    action: Action,
    base: Color,
    min: f32,
) -> impl Bundle {
    let text_color =
        if base == palette::CREAM || base == palette::WARM_WHITE || base == palette::SUN {
            palette::NAVY
        } else {
            palette::WARM_WHITE
        };
    (
        Name::new(name.into()),
        Button,
        theme::button_node(min),
        BackgroundColor(base),
        BorderColor::all(theme::resting_border(base)),
        GameButton {
            base,
            selected: false,
        },
        action,
        children![(
            theme::bold(fonts, label, theme::size::BODY, text_color),
            // A label over two lines stays centred in its button.
            TextLayout::justify(Justify::Center),
        )],
    )
}

/// Sends a button's action when it is pressed ([`HoldToHear`] buttons: see [`hold_to_hear`]).
fn press_buttons(
    buttons: Query<
        (&Interaction, &Action),
        (Changed<Interaction>, With<Button>, Without<HoldToHear>),
    >,
    mut actions: MessageWriter<Action>,
) {
    for (interaction, action) in &buttons {
        if *interaction == Interaction::Pressed {
            actions.write(action.clone());
        }
    }
}

/// [`HoldToHear`] buttons: held for half a second, the button is read aloud (and letting go
/// then does nothing); let go sooner, it does what it does.
fn hold_to_hear(
    time: Res<Time>,
    mut commands: Commands,
    mut buttons: Query<
        (
            Entity,
            &Interaction,
            &Action,
            &HoldToHear,
            Option<&mut Held>,
        ),
        With<Button>,
    >,
    mut narrate: MessageWriter<crate::narration::Narrate>,
    mut actions: MessageWriter<Action>,
) {
    for (entity, interaction, action, hear, held) in &mut buttons {
        match (interaction, held) {
            (Interaction::Pressed, None) => {
                commands.entity(entity).insert(Held::default());
            }
            (Interaction::Pressed, Some(mut h)) => {
                h.seconds += time.delta_secs();
                if h.seconds >= HOLD_TO_HEAR_SECONDS && !h.spoke {
                    h.spoke = true;
                    narrate.write(crate::narration::Narrate(hear.0.clone()));
                }
            }
            (_, Some(h)) => {
                if !h.spoke {
                    actions.write(action.clone());
                }
                commands.entity(entity).remove::<Held>();
            }
            _ => {}
        }
    }
}

/// What a laid-out button's place on screen is read from.
pub type ButtonPlaces<'w, 's> = Query<
    'w,
    's,
    (
        &'static Name,
        &'static bevy::ui::ComputedNode,
        &'static bevy::ui::UiGlobalTransform,
        &'static InheritedVisibility,
    ),
    With<Button>,
>;

/// The buttons shown on screen, each with its name, its rectangle in physical pixels from the
/// window's top left, and the factor from physical to logical pixels. (The test hook logs them
/// for the browser test; the tour checks their layout.)
pub fn buttons_on_screen(places: &ButtonPlaces) -> Vec<(String, Rect, f32)> {
    places
        .iter()
        .filter(|(_, node, _, shown)| shown.get() && node.size.x > 0.0 && node.size.y > 0.0)
        .map(|(name, node, transform, _)| {
            (
                name.as_str().to_string(),
                Rect::from_center_size(transform.translation, node.size),
                node.inverse_scale_factor,
            )
        })
        .collect()
}

/// Lightens a hovered button and darkens a pressed one; selected ones get a thick border.
fn style_buttons(
    mut buttons: Query<
        (
            &Interaction,
            &GameButton,
            &mut BackgroundColor,
            &mut BorderColor,
        ),
        Or<(Changed<Interaction>, Changed<GameButton>)>,
    >,
) {
    for (interaction, b, mut bg, mut border) in &mut buttons {
        let base = b.base;
        bg.0 = match interaction {
            Interaction::Pressed => base.darker(0.12),
            Interaction::Hovered => base.lighter(0.06),
            Interaction::None => base,
        };
        *border = BorderColor::all(if b.selected {
            palette::NAVY
        } else {
            theme::resting_border(base)
        });
    }
}

/// Shortcut for a word in the current locale.
pub fn tr(words: &WordsRes, locale: &CurrentLocale, id: &str) -> String {
    words.words.text(&locale.0, id)
}

/// A full-screen root node. It has no background of its own: the sky is the camera's clear
/// colour (see `lib.rs`), since a full-screen node would be shaded pixel by pixel every frame,
/// which costs on slow GPUs.
pub fn screen_root(name: &str, screen: Screen) -> (Name, Node, DespawnOnExit<Screen>) {
    (
        Name::new(name.to_string()),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: px(theme::size::GAP * 1.5),
            padding: UiRect::all(px(theme::size::PAD)),
            ..default()
        },
        DespawnOnExit(screen),
    )
}

/// The "Back" button, in the screen's top left corner, `height` logical px tall.
pub fn corner_back_button(fonts: &Fonts, label: String, height: f32) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            top: px(24.0),
            left: px(24.0),
            ..default()
        },
        children![button(
            fonts,
            "back",
            label,
            Action::BackToTitle,
            palette::CREAM,
            height
        )],
    )
}

/// The band of the player now playing (3-6 when nobody is).
pub fn player_band(progress: &ProgressRes) -> Band {
    progress.player().map_or(Band::Little, |p| p.band)
}
