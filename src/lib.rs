//! SafeKite, the game: a thin Bevy view over `safekite-core`. This file reads like a table of
//! contents: the asset sources, the window, and one plugin per folder.

pub mod art;
pub mod bench;
pub mod checks;
pub mod content;
pub mod device;
pub mod focus;
pub mod grown_ups;
pub mod lesson_player;
pub mod locale;
pub mod narration;
pub mod platform;
pub mod preview;
pub mod progress;
pub mod recorder;
pub mod records;
pub mod screens;
pub mod sounds;
#[cfg(feature = "test-hook")]
pub(crate) mod test_hook;
pub mod theme;
#[cfg(not(target_arch = "wasm32"))]
pub mod tour;

use bevy::asset::AssetMetaCheck;
use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::window::{MonitorSelection, WindowMode, WindowResolution};
use std::path::{Path, PathBuf};

/// How the game is started (natively, from the command line; the browser uses the default).
#[derive(Debug, Default, Clone)]
pub struct Launch {
    /// The folder holding `assets/`, `lessons/` and `locales/` (found by
    /// `platform::ContentSearch`); `None`: the relative folders (the browser fetches them from
    /// its page's address).
    pub content: Option<PathBuf>,
    /// A borderless fullscreen window (`--fullscreen`: a classroom's projector).
    pub fullscreen: bool,
    /// Open straight into the grown-ups' area (`--classroom`): see [`open_in_classroom`].
    pub classroom: bool,
}

/// Registers `lessons://` and `locales://` (the content folder's, or the relative top-level
/// folders) as asset sources. Must run before the asset plugin is added. In the browser they
/// are fetched over HTTP from the same relative paths.
pub(crate) fn register_content_sources(app: &mut App, content: Option<&Path>) {
    register_content_sources_at(
        app,
        &content_folder(content, "lessons"),
        &content_folder(content, "locales"),
    );
}

/// `name` in the content folder (a path the asset plugin takes as it is), or `name` alone.
fn content_folder(content: Option<&Path>, name: &str) -> String {
    content.map_or_else(
        || name.to_string(),
        |root| root.join(name).to_string_lossy().into_owned(),
    )
}

/// Registers `lessons://` and `locales://` at other folders (tests use a broken lesson set).
pub fn register_content_sources_at(app: &mut App, lessons: &str, locales: &str) {
    app.register_asset_source(
        "lessons",
        AssetSourceBuilder::platform_default(lessons, None),
    )
    .register_asset_source(
        "locales",
        AssetSourceBuilder::platform_default(locales, None),
    );
}

/// The game's logic: everything but the window, rendering and sound. Headless tests use this
/// with `MinimalPlugins`, the asset plugin and the state plugin.
pub fn logic_plugins(app: &mut App) {
    app.add_plugins((
        theme::plugin,
        art::plugin,
        content::plugin,
        progress::plugin,
        records::plugin,
        recorder::plugin,
        locale::plugin,
        grown_ups::plugin,
        screens::plugin,
        lesson_player::plugin,
        checks::plugin,
        device::plugin,
        narration::plugin,
        focus::plugin,
        sounds::plugin,
    ));
    #[cfg(feature = "test-hook")]
    app.add_plugins(test_hook::plugin);
}

/// The whole game in a window. `progress` replaces the player's saved progress (the tour uses a
/// throwaway one); `None` loads it from the platform's store.
pub fn game_app(title: &str, progress: Option<progress::ProgressRes>, launch: &Launch) -> App {
    let mut app = App::new();
    if let Some(p) = progress {
        app.insert_resource(p);
    }
    let content = launch.content.as_deref();
    register_content_sources(&mut app, content);
    if let Some(root) = content {
        app.insert_resource(platform::ContentRoot(root.to_path_buf()));
    }
    app.add_plugins(
        DefaultPlugins
            .set(AssetPlugin {
                file_path: content_folder(content, "assets"),
                // The browser has no .meta files: asking for them costs a 404 each.
                meta_check: AssetMetaCheck::Never,
                watch_for_changes_override: cfg!(feature = "dev").then_some(true),
                ..default()
            })
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: title.to_string(),
                    resolution: WindowResolution::new(1280, 800),
                    mode: if launch.fullscreen {
                        WindowMode::BorderlessFullscreen(MonitorSelection::Primary)
                    } else {
                        WindowMode::Windowed
                    },
                    canvas: Some("#safekite".to_string()),
                    fit_canvas_to_parent: true,
                    prevent_default_event_handling: true,
                    ..default()
                }),
                ..default()
            }),
    );
    app.add_plugins(bevy_egui::EguiPlugin::default())
        // Every screen's sky: cleared, not drawn.
        .insert_resource(ClearColor(theme::palette::SKY));
    logic_plugins(&mut app);
    app.add_plugins(bench::plugin);
    if launch.classroom {
        open_in_classroom(&mut app);
    }
    // The `dev` feature's state logging: every screen change is logged.
    #[cfg(feature = "dev")]
    app.add_systems(
        Update,
        bevy::dev_tools::states::log_transitions::<screens::Screen>,
    );
    let content = launch.content.clone();
    app.add_systems(Startup, spawn_camera)
        .add_systems(
            PostStartup,
            move |data: Option<Res<platform::DataFolder>>| log_folders(content.as_deref(), data),
        )
        .add_systems(Update, fit_ui_to_window)
        .add_systems(bevy_egui::EguiPrimaryContextPass, fit_egui_to_window);
    app
}

/// Says in the log where the content was found and where what is saved goes.
fn log_folders(content: Option<&Path>, data: Option<Res<platform::DataFolder>>) {
    if let Some(content) = content {
        info!("content: {}", content.display());
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(data) = data {
        let portable = platform::exe_dir()
            .and_then(|dir| platform::portable_folder(&dir))
            .is_some_and(|folder| folder == data.0);
        let mode = if portable { " (portable mode)" } else { "" };
        info!("saved data: {}{mode}", data.0.display());
    }
    #[cfg(target_arch = "wasm32")]
    let _ = data;
}

/// `--classroom`: loading gives way to the grown-ups' area (its gate first, as always) instead
/// of the title, and the gate, once open, leads to the classroom page (once: afterwards the
/// area works as usual).
pub fn open_in_classroom(app: &mut App) {
    app.insert_resource(screens::StartScreen(screens::Screen::GrownUps))
        .insert_resource(ClassroomLaunch)
        .add_systems(OnEnter(grown_ups::Area::Home), go_to_the_classroom_once);
}

/// The classroom page is still to be opened (`--classroom`).
#[derive(Resource)]
struct ClassroomLaunch;

fn go_to_the_classroom_once(
    mut commands: Commands,
    launch: Option<Res<ClassroomLaunch>>,
    mut area: ResMut<NextState<grown_ups::Area>>,
) {
    if launch.is_some() {
        commands.remove_resource::<ClassroomLaunch>();
        area.set(grown_ups::Area::Classroom);
    }
}

/// The screen saying the content was not found, and where it was looked for (natively; the
/// game itself does not start).
#[cfg(not(target_arch = "wasm32"))]
pub fn content_missing_app(missing: &platform::ContentNotFound) -> App {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "SafeKite".to_string(),
            resolution: WindowResolution::new(1280, 800),
            ..default()
        }),
        ..default()
    }))
    .insert_resource(ClearColor(theme::palette::SKY))
    .insert_resource(screens::content_missing::LookedIn(
        missing.looked_in.clone(),
    ))
    .add_plugins(screens::content_missing::plugin)
    .add_systems(Startup, spawn_camera)
    .add_systems(Update, fit_ui_to_window);
    app
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Camera"), Camera2d));
}

/// Screens are laid out for 1280x800 logical pixels and scaled to the window, so tablets from
/// 1024x600 to 1920x1080 and phones in landscape (down to 320 px tall: 0.4, where a 96 px
/// button is still 38 px) show the same layout without overlap.
fn fit_ui_to_window(windows: Query<&Window, Changed<Window>>, mut scale: ResMut<UiScale>) {
    for w in &windows {
        let s = (w.width() / 1280.0).min(w.height() / 800.0).clamp(0.4, 1.6);
        if (scale.0 - s).abs() > 0.01 {
            scale.0 = s;
        }
    }
}

/// The egui parts (settings, the nickname field) are scaled like the rest of the screen.
fn fit_egui_to_window(mut contexts: bevy_egui::EguiContexts, scale: Res<UiScale>) -> Result {
    let ctx = contexts.ctx_mut()?;
    if (ctx.zoom_factor() - scale.0).abs() > 0.001 {
        ctx.set_zoom_factor(scale.0);
    }
    Ok(())
}
