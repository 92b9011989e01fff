//! A headless SafeKite app for tests: no window, no GPU, no sound. `MinimalPlugins` with the
//! asset and state plugins and the game's logic plugins; input is simulated by sending the same
//! `Action` messages the buttons send.
#![allow(dead_code)]

use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use safekite::progress::ProgressRes;
use safekite::screens::{Action, Screen};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

/// A fresh temporary folder.
pub fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "safekite-{tag}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The app, reading lessons from `lessons` (default: the repository's) and saving progress in
/// `data` (a folder).
pub fn app(lessons: Option<&Path>, data: &Path) -> App {
    let mut app = App::new();
    let lessons = lessons.map_or_else(|| repo().join("lessons"), Path::to_path_buf);
    app.register_asset_source(
        "lessons",
        AssetSourceBuilder::platform_default(lessons.to_str().unwrap(), None),
    );
    app.register_asset_source(
        "locales",
        AssetSourceBuilder::platform_default(repo().join("locales").to_str().unwrap(), None),
    );
    app.add_plugins((
        MinimalPlugins,
        AssetPlugin {
            file_path: repo().join("assets").to_string_lossy().into_owned(),
            ..default()
        },
        StatesPlugin,
        bevy::image::ImagePlugin::default(),
    ));
    app.init_asset::<Font>().init_asset::<AudioSource>();
    app.insert_resource(ProgressRes::with_store(Box::new(
        safekite_core::progress::FileStore::new(data),
    )));
    safekite::logic_plugins(&mut app);
    app
}

/// Runs frames until `done` or a bound (so a broken test fails instead of hanging).
pub fn update_until(app: &mut App, what: &str, mut done: impl FnMut(&mut App) -> bool) {
    for _ in 0..2_000 {
        app.update();
        if done(app) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    panic!("never happened: {what}");
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub fn wait_for_screen(app: &mut App, s: Screen) {
    update_until(app, &format!("screen {s:?}"), |app| screen(app) == s);
}

/// Presses a button: sends its action and lets two frames pass.
pub fn press(app: &mut App, action: Action) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

/// Every text on screen, joined.
pub fn texts(app: &mut App) -> String {
    let mut q = app.world_mut().query::<&Text>();
    q.iter(app.world())
        .map(|t| t.0.clone())
        .collect::<Vec<_>>()
        .join(" | ")
}
