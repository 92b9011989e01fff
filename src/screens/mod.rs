//! The screens, as a Bevy state: loading, the title (who is playing?), a new player, the lesson
//! map, the lesson player, the end of a lesson, and the grown-ups' area. Each screen spawns
//! its entities on enter, tagged `DespawnOnExit`, and reacts to its buttons' verbs: each screen
//! owns its own verb type (a [`ButtonAction`], registered with [`button_actions`]), so no screen
//! knows another's buttons.

pub mod check_round;
#[cfg(not(target_arch = "wasm32"))]
pub mod content_missing;
pub mod end;
mod loading;
pub mod map;
pub mod new_profile;
pub mod play_clock;
pub mod title;

use bevy::prelude::*;
use safekite_core::ids::MessageId;
use safekite_core::model::Band;

use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::narration::Narrate;
use crate::progress::ProgressRes;
use crate::theme::{self, ButtonRole, Fonts, card_button};

pub use loading::StartScreen;

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>().add_plugins((
        loading::plugin,
        title::plugin,
        new_profile::plugin,
        map::plugin,
        end::plugin,
        play_clock::plugin,
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
    /// A lesson's check questions: before its story, after its ending, or a review days later.
    Check,
    /// The end of a lesson: sticker, praise, tip for the grown-up.
    End,
    /// The grown-ups' area, behind its gate (its pages are a sub-state of their own).
    GrownUps,
    /// An author's lesson that cannot play yet, with its problems (`safekite preview`, the
    /// browser's authors' mode; drawn by `preview`, which is above the screens).
    Preview,
}

/// A screen's verbs: what its buttons do. A button carries one as a component; pressing it
/// (mouse, touch, or a test) sends it as a message, which that screen's systems read.
pub(crate) trait ButtonAction: Message + Component + Clone {}

impl<A: Message + Component + Clone> ButtonAction for A {}

/// Registers a screen's verb type: its message, and the systems that send it when one of its
/// buttons is pressed (or, for a [`HoldToHear`] button, released). They run in `PreUpdate`, so
/// the screen handles an action in the frame it is sent.
pub(crate) fn button_actions<A: ButtonAction>(app: &mut App) {
    app.add_message::<A>().add_systems(
        PreUpdate,
        (press_buttons::<A>, hold_to_hear::<A>)
            .after(bevy::ui::UiSystems::Focus)
            .after(crate::focus::FocusSystems),
    );
}

/// A button that reads a message aloud (its id here) when it is held down for half a second,
/// for pre-readers who choose by picture and by ear. Such a button does what it does on
/// release, and not at all if it was held long enough to be heard.
#[derive(Component, Clone, Debug)]
pub(crate) struct HoldToHear(pub MessageId);

/// How long a [`HoldToHear`] button is held before it speaks.
pub(crate) const HOLD_TO_HEAR_SECONDS: f32 = 0.5;

/// A child is holding a [`HoldToHear`] button down.
#[derive(Component, Debug, Default)]
pub struct Held {
    pub seconds: f32,
    pub spoke: bool,
}

/// A button with a label, coloured by its role; pressing it sends `action`.
pub(crate) fn button(
    fonts: &Fonts,
    name: impl Into<String>,
    label: impl Into<String>,
    action: impl ButtonAction,
    role: ButtonRole,
    min: f32,
) -> impl Bundle {
    (
        card_button(name, role, theme::button_node(min)),
        action,
        children![(
            theme::bold(fonts, label, theme::size::BODY, role.palette().label),
            // A label over two lines stays centred in its button.
            TextLayout::justify(Justify::Center),
        )],
    )
}

/// Sends a button's action when it is pressed ([`HoldToHear`] buttons: see [`hold_to_hear`]).
fn press_buttons<A: ButtonAction>(
    buttons: Query<(&Interaction, &A), (Changed<Interaction>, With<Button>, Without<HoldToHear>)>,
    mut actions: MessageWriter<A>,
) {
    for (interaction, action) in &buttons {
        if *interaction == Interaction::Pressed {
            actions.write(action.clone());
        }
    }
}

/// [`HoldToHear`] buttons: held for half a second, the button is read aloud (and letting go
/// then does nothing); let go sooner, it does what it does.
fn hold_to_hear<A: ButtonAction>(
    time: Res<Time>,
    mut commands: Commands,
    mut buttons: Query<(Entity, &Interaction, &A, &HoldToHear, Option<&mut Held>), With<Button>>,
    mut narrate: MessageWriter<Narrate>,
    mut actions: MessageWriter<A>,
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
                    narrate.write(Narrate(hear.0.clone()));
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

/// What a laid-out button's place on screen is read from (for the test hook and the tour).
#[cfg(any(feature = "test-hook", not(target_arch = "wasm32")))]
pub(crate) type ButtonPlaces<'w, 's> = Query<
    'w,
    's,
    (
        &'static Name,
        &'static bevy::ui::ComputedNode,
        &'static bevy::ui::UiGlobalTransform,
        &'static InheritedVisibility,
        Option<&'static bevy::ui::CalculatedClip>,
    ),
    With<Button>,
>;

/// The buttons shown on screen, each with its name, its rectangle in physical pixels from the
/// window's top left (the part a scrolling list shows; a button scrolled out of sight is not
/// on screen), and the factor from physical to logical pixels. (The test hook logs them for
/// the browser test; the tour checks their layout.)
#[cfg(any(feature = "test-hook", not(target_arch = "wasm32")))]
pub(crate) fn buttons_on_screen(places: &ButtonPlaces) -> Vec<(String, Rect, f32)> {
    places
        .iter()
        .filter(|(_, node, _, shown, _)| shown.get() && node.size.x > 0.0 && node.size.y > 0.0)
        .filter_map(|(name, node, transform, _, clip)| {
            let whole = Rect::from_center_size(transform.translation, node.size);
            let seen = clip.map_or(whole, |c| whole.intersect(c.clip));
            (seen.width() > 1.0 && seen.height() > 1.0)
                .then(|| (name.as_str().to_string(), seen, node.inverse_scale_factor))
        })
        .collect()
}

/// Shortcut for a word in the current locale.
pub(crate) fn tr(words: &WordsRes, locale: &CurrentLocale, id: &str) -> String {
    words.words.text(&locale.0, id)
}

/// A full-screen root node. It has no background of its own: the sky is the camera's clear
/// colour (see `lib.rs`), since a full-screen node would be shaded pixel by pixel every frame,
/// which costs on slow GPUs.
pub(crate) fn screen_root(name: &str, screen: Screen) -> (Name, Node, DespawnOnExit<Screen>) {
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
pub(crate) fn corner_back_button(
    fonts: &Fonts,
    label: String,
    height: f32,
    back: impl ButtonAction,
) -> impl Bundle {
    corner_button(fonts, "back", label, height, back)
}

/// A quiet button named `name` in the screen's top left corner, `height` logical px tall.
pub(crate) fn corner_button(
    fonts: &Fonts,
    name: &'static str,
    label: String,
    height: f32,
    action: impl ButtonAction,
) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            top: px(24.0),
            left: px(24.0),
            ..default()
        },
        children![button(
            fonts,
            name,
            label,
            action,
            ButtonRole::Quiet,
            height
        )],
    )
}

/// Builds a screen again: despawns its `roots` and runs `spawn` (when its language, its words
/// or what it shows changed).
pub(crate) fn respawn<M: 'static>(
    commands: &mut Commands,
    roots: impl IntoIterator<Item = Entity>,
    spawn: impl IntoSystem<(), (), M> + Send + 'static,
) {
    for root in roots {
        commands.entity(root).despawn();
    }
    commands.run_system_cached(spawn);
}

/// The band of the player now playing (3-6 when nobody is).
pub(crate) fn player_band(progress: &ProgressRes) -> Band {
    band_of_player_or(progress, Band::Little)
}

/// The band of the player now playing, or `otherwise` when nobody is (a grown-up rehearsing, a
/// class on the projector: the lesson's own band).
pub(crate) fn band_of_player_or(progress: &ProgressRes, otherwise: Band) -> Band {
    progress.player().map_or(otherwise, |p| p.band)
}
