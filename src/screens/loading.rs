//! The loading screen: a real progress bar over the lesson index, the lessons and the words.
//! It shows only when loading takes a while (in a browser over a slow link, say), and gives way
//! to the title as soon as the fonts, the index and the interface words are in; the lessons
//! finish loading behind the title (the map shows one still loading as not ready), or behind
//! the screen a launch option asked for ([`StartScreen`]: `--classroom` opens the grown-ups'
//! area).

use bevy::prelude::*;
use safekite_core::model::ArtKind;

use super::{Screen, screen_root};
use crate::content::{Library, WordsRes};
use crate::theme::{self, Fonts, palette};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            spawn_loading_screen_when_slow,
            update_loading_bar,
            leave_when_loaded,
        )
            .chain()
            .run_if(in_state(Screen::Loading)),
    );
}

#[derive(Component)]
struct LoadingBarFill;

/// The screen loading gives way to: the title unless a launch option chose another.
#[derive(Resource, Clone, Copy, Debug)]
pub struct StartScreen(pub Screen);

impl Default for StartScreen {
    fn default() -> Self {
        StartScreen(Screen::Title)
    }
}

/// How long loading may take before the loading screen shows. A launch that loads faster goes
/// straight to the title, without a flash of a loading bar (and without drawing a screen
/// nobody has time to see).
const SHOW_LOADING_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

fn spawn_loading_screen_when_slow(
    mut commands: Commands,
    time: Res<Time<Real>>,
    mut shown: Local<bool>,
) {
    if *shown || time.elapsed() < SHOW_LOADING_AFTER {
        return;
    }
    *shown = true;
    commands.spawn((
        screen_root("Loading screen", Screen::Loading),
        children![
            // The kite, not words: the words are what is still loading.
            (
                crate::art::picture(ArtKind::Picture, "kite-logo"),
                theme::sized(160.0, 120.0),
            ),
            (
                Name::new("Loading bar"),
                Node {
                    width: px(520.0),
                    height: px(32.0),
                    border: UiRect::all(px(4.0)),
                    border_radius: BorderRadius::all(px(16.0)),
                    ..default()
                },
                BackgroundColor(palette::CREAM),
                BorderColor::all(palette::NAVY),
                children![(
                    LoadingBarFill,
                    Node {
                        width: percent(5),
                        height: percent(100),
                        border_radius: BorderRadius::all(px(12.0)),
                        ..default()
                    },
                    BackgroundColor(palette::SUN),
                )],
            ),
        ],
    ));
}

fn update_loading_bar(
    library: Res<Library>,
    words: Res<WordsRes>,
    assets: Res<AssetServer>,
    fonts: Res<Fonts>,
    mut fill: Query<&mut Node, With<LoadingBarFill>>,
) {
    // What the title waits for: the two fonts, the index and the interface words.
    let steps = [
        assets.is_loaded_with_dependencies(&fonts.regular),
        assets.is_loaded_with_dependencies(&fonts.bold),
        library.requested,
        library.interface_ready(&words, &assets),
    ];
    let fraction = 0.05 + 0.95 * steps.iter().filter(|s| **s).count() as f32 / steps.len() as f32;
    for mut node in &mut fill {
        node.width = percent(fraction * 100.0);
    }
}

fn leave_when_loaded(
    library: Res<Library>,
    words: Res<WordsRes>,
    assets: Res<AssetServer>,
    fonts: Res<Fonts>,
    start: Option<Res<StartScreen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let fonts_ready = assets.is_loaded_with_dependencies(&fonts.regular)
        && assets.is_loaded_with_dependencies(&fonts.bold);
    let fonts_failed = matches!(
        assets.get_load_state(&fonts.regular),
        Some(bevy::asset::LoadState::Failed(_))
    );
    if library.interface_ready(&words, &assets) && (fonts_ready || fonts_failed) {
        next.set(start.map_or(Screen::Title, |s| s.0));
    }
}
