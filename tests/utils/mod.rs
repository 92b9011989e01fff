//! A headless SafeKite app for tests: no window, no GPU, no sound. `MinimalPlugins` with the
//! asset and state plugins and the game's logic plugins; input is simulated by sending the same
//! verbs (`TitleAction`, `MapAction`, `PlayerAction`, ...) the buttons send.
#![allow(dead_code)]

use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use safekite::progress::ProgressRes;
use safekite::screens::Screen;
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
    // Records and the class book go to the same throwaway folder.
    app.insert_resource(safekite::platform::DataFolder(data.to_path_buf()));
    app.insert_resource(safekite::platform::ExportFolder(data.join("exports")));
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

/// Runs frames until screen `s` shows. For the title, also until every lesson has loaded: the
/// title comes up while lessons still load behind it, and the tests then go on to open them.
pub fn wait_for_screen(app: &mut App, s: Screen) {
    update_until(app, &format!("screen {s:?}"), |app| {
        screen(app) == s && (s != Screen::Title || lessons_in(app))
    });
}

/// True once every lesson of the index has loaded (ready or broken).
pub fn lessons_in(app: &App) -> bool {
    app.world()
        .resource::<safekite::content::Library>()
        .all_lessons_in()
}

/// Presses a button: sends its action (any screen's verb) and lets two frames pass.
pub fn press<A: Message>(app: &mut App, action: A) {
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

// Simulated taps: a button's `Interaction` goes to `Pressed`, then back to `None`, as a finger
// (or the mouse) makes it; the game's own button systems turn that into actions.

/// The game without a window over the repository's content, time moving 50 ms per update.
pub fn headless(data: &Path) -> App {
    headless_with(data, &repo().join("lessons"), &repo().join("locales"))
}

/// The game without a window over other lesson and locale folders.
pub fn headless_with(data: &Path, lessons: &Path, locales: &Path) -> App {
    let mut app = App::new();
    app.insert_resource(ProgressRes::with_store(Box::new(
        safekite_core::progress::FileStore::new(data),
    )));
    safekite::register_content_sources_at(
        &mut app,
        lessons.to_str().unwrap(),
        locales.to_str().unwrap(),
    );
    app.add_plugins((
        MinimalPlugins,
        AssetPlugin {
            file_path: repo().join("assets").to_string_lossy().into_owned(),
            ..default()
        },
        StatesPlugin,
    ));
    // Without their loaders (no GPU, fonts or sound here) every picture shows its placeholder,
    // as when an artist has not drawn it yet.
    app.init_asset::<Image>().init_asset::<Font>();
    app.insert_resource(safekite::platform::DataFolder(data.to_path_buf()));
    app.insert_resource(safekite::platform::ExportFolder(data.join("exports")));
    safekite::logic_plugins(&mut app);
    app.insert_resource(bevy::time::TimeUpdateStrategy::ManualDuration(
        std::time::Duration::from_millis(50),
    ));
    app
}

/// Updates until `screen` shows (at most `frames` updates); for the title, also until every
/// lesson has loaded behind it.
pub fn wait_for(app: &mut App, screen_wanted: Screen, frames: usize) {
    for _ in 0..frames {
        if screen(app) == screen_wanted && (screen_wanted != Screen::Title || lessons_in(app)) {
            // One more update so the screen's entities exist.
            app.update();
            return;
        }
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    panic!(
        "screen {screen_wanted:?} did not show; still on {:?}",
        screen(app)
    );
}

/// The names of the buttons on screen, sorted.
pub fn buttons(app: &mut App) -> Vec<String> {
    let mut q = app.world_mut().query_filtered::<&Name, With<Button>>();
    let mut v: Vec<String> = q
        .iter(app.world())
        .map(|n| n.as_str().to_string())
        .collect();
    v.sort();
    v
}

/// Presses and releases the button named `name` (or whose name starts with it), like a tap.
pub fn tap(app: &mut App, name: &str) {
    let entity = {
        let mut q = app
            .world_mut()
            .query_filtered::<(Entity, &Name), With<Button>>();
        let all: Vec<(Entity, String)> = q
            .iter(app.world())
            .map(|(e, n)| (e, n.as_str().to_string()))
            .collect();
        all.iter()
            .find(|(_, n)| n == name)
            .or_else(|| all.iter().find(|(_, n)| n.starts_with(name)))
            .map(|(e, _)| *e)
            .unwrap_or_else(|| {
                panic!(
                    "no button {name} on {:?}; buttons: {:?}",
                    screen(app),
                    all.iter().map(|(_, n)| n).collect::<Vec<_>>()
                )
            })
    };
    app.world_mut()
        .entity_mut(entity)
        .insert(Interaction::Pressed);
    app.update();
    if let Ok(mut e) = app.world_mut().get_entity_mut(entity) {
        e.insert(Interaction::None);
    }
    app.update();
    app.update();
}

/// Presses the button named `name` and holds it for `seconds`, then lets go.
pub fn press_and_hold(app: &mut App, name: &str, seconds: f32) {
    let mut q = app
        .world_mut()
        .query_filtered::<(Entity, &Name), With<Button>>();
    let entity = q
        .iter(app.world())
        .find(|(_, n)| n.as_str() == name)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no button {name}"));
    app.world_mut()
        .entity_mut(entity)
        .insert(Interaction::Pressed);
    let frames = (seconds / 0.05).ceil() as usize + 1;
    for _ in 0..frames {
        app.update();
    }
    app.world_mut().entity_mut(entity).insert(Interaction::None);
    app.update();
    app.update();
}

/// True when an entity named `name` exists (for example the "Reassurance" card).
pub fn has_node(app: &mut App, name: &str) -> bool {
    let mut q = app.world_mut().query::<&Name>();
    q.iter(app.world()).any(|n| n.as_str() == name)
}

/// The texts under the one entity named `name` (for example "Caption"), in the order they are
/// laid out (depth first, children in order), one per line, leaving out the placeholders of
/// pictures. Panics when no entity, or more than
/// one, has that name: a renamed node fails the test instead of reading as "no text".
pub fn text_under(app: &mut App, name: &str) -> String {
    let mut q = app.world_mut().query::<(Entity, &Name)>();
    let roots: Vec<Entity> = q
        .iter(app.world())
        .filter(|(_, n)| n.as_str() == name)
        .map(|(e, _)| e)
        .collect();
    let [root] = roots.as_slice() else {
        panic!(
            "{} entities named {name:?} on {:?}",
            roots.len(),
            screen(app)
        );
    };
    let mut out = Vec::new();
    let mut stack = vec![*root];
    while let Some(e) = stack.pop() {
        // A missing picture's stand-in (every picture, headless) is not words on screen.
        if app.world().get::<safekite::art::Placeholder>(e).is_some() {
            continue;
        }
        if let Some(t) = app.world().get::<Text>(e) {
            out.push(t.0.clone());
        }
        if let Some(children) = app.world().get::<Children>(e) {
            stack.extend(children.iter().rev());
        }
    }
    out.join("\n")
}

/// A word of the shipped content or interface in `locale`.
pub fn word(app: &App, locale: &str, id: &str) -> String {
    app.world()
        .resource::<safekite::content::WordsRes>()
        .words
        .text(locale, id)
}

/// Opens a lesson from the map for the first time: answers the question asked before its story
/// (any answer: none is marked there) and waits for the story.
pub fn open_lesson_first_time(app: &mut App, lesson: &str) {
    press(
        app,
        safekite::screens::map::MapAction::OpenLesson(lesson.into()),
    );
    wait_for_screen(app, Screen::Check);
    press(app, safekite::checks::CheckAction::Pick(0));
    press(app, safekite::checks::CheckAction::Next);
    wait_for_screen(app, Screen::Player);
}

/// Answers the check questions on screen by tapping, as a child would (the second answer, then
/// "next"), until the screen changes.
pub fn tap_through_the_questions(app: &mut App) {
    for _ in 0..6 {
        if screen(app) != Screen::Check {
            return;
        }
        tap(app, "check-option-1");
        tap(app, "next");
    }
}

/// A new 3-6 player, picked on the title: their lesson map. Returns their id.
pub fn little_player_on_the_map(app: &mut App) -> u32 {
    let id = app
        .world_mut()
        .resource_mut::<safekite::progress::ProgressRes>()
        .progress
        .add_profile("owl", "", safekite_core::model::Band::Little)
        .unwrap();
    press(app, safekite::screens::title::TitleAction::PickProfile(id));
    wait_for_screen(app, Screen::Map);
    id
}

/// Plays prize-popup from its first step to its good ending (telling Mum), until the story
/// leaves the player.
pub fn play_the_sample_to_its_good_ending(app: &mut App) {
    use safekite::lesson_player::PlayerAction;
    for _ in 0..4 {
        press(app, PlayerAction::Next);
    }
    press(app, PlayerAction::TellGrownUp);
    press(app, PlayerAction::Say(1));
    for _ in 0..10 {
        if screen(app) != Screen::Player {
            break;
        }
        press(app, PlayerAction::Next);
    }
}

/// A key sent as the keyboard would (the app needs bevy's `InputPlugin` for the game to see it).
pub fn key(app: &mut App, code: KeyCode, state: bevy::input::ButtonState) {
    use bevy::input::keyboard::{Key, KeyboardInput, NativeKey};
    app.world_mut().write_message(KeyboardInput {
        key_code: code,
        logical_key: Key::Unidentified(NativeKey::Unidentified),
        state,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
}

/// A key pressed and let go, as a finger on a keyboard does.
pub fn tap_key(app: &mut App, code: KeyCode) {
    key(app, code, bevy::input::ButtonState::Pressed);
    app.update();
    key(app, code, bevy::input::ButtonState::Released);
    app.update();
    app.update();
}
