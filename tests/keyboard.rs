//! Every child can play without touch: a 3-6 lesson played from the title to its sticker with
//! keyboard events only (Tab to move, Enter to press, R to hear again), and again with one
//! switch (the focus steps on by itself; one key presses the focused button). The test reads
//! the screen as a child would see the highlight: it never sends a screen's verbs itself.
//! A screen reader gets a name for every button on the way, pictures included.

mod utils;

use bevy::a11y::AccessibilityNode;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use safekite::narration::NarrationLog;
use safekite::progress::ProgressRes;
use safekite::screens::Screen;
use utils::*;

/// The name of the focused button ("" when none is).
fn focused(app: &mut App) -> String {
    let Some(entity) = app.world().resource::<InputFocus>().get() else {
        return String::new();
    };
    app.world()
        .get::<Name>(entity)
        .map_or(String::new(), |n| n.as_str().to_string())
}

/// Tabs until the button named `name` (or starting with it) is focused, then presses Enter.
fn tab_to_and_press(app: &mut App, name: &str) {
    for _ in 0..80 {
        if focused(app).starts_with(name) {
            let ringed = app.world().resource::<InputFocus>().get().unwrap();
            assert!(
                app.world().get::<Outline>(ringed).is_some(),
                "the focus ring shows"
            );
            tap_key(app, KeyCode::Enter);
            return;
        }
        tap_key(app, KeyCode::Tab);
    }
    panic!(
        "Tab never reached {name} on {:?}; buttons: {:?}",
        screen(app),
        buttons(app)
    );
}

/// Waits, scanning, until the highlight reaches `name`, then presses the switch (any key).
fn scan_to_and_press(app: &mut App, name: &str) {
    for _ in 0..600 {
        if focused(app).starts_with(name) {
            tap_key(app, KeyCode::KeyS);
            return;
        }
        app.update();
    }
    panic!(
        "scanning never reached {name} on {:?}; buttons: {:?}",
        screen(app),
        buttons(app)
    );
}

fn keyboard_app(tag: &str) -> (App, std::path::PathBuf) {
    let data = temp_dir(tag);
    let mut app = headless(&data);
    app.add_plugins(bevy::input::InputPlugin);
    wait_for(&mut app, Screen::Title, 2_000);
    (app, data)
}

/// A new 3-6 player, prize-popup from the map to the sticker: the question before, the story
/// (tell Mum at the choice), the two questions after. `press(app, name)` is how the child
/// presses a button.
fn play_the_sample(app: &mut App, press: fn(&mut App, &str)) {
    press(app, "new-profile");
    wait_for(app, Screen::NewProfile, 200);
    press(app, "band-3-6");
    press(app, "create-profile");
    wait_for(app, Screen::Map, 200);
    press(app, "lesson-prize-popup");
    wait_for(app, Screen::Check, 200);
    press(app, "check-option-1");
    press(app, "next");
    wait_for(app, Screen::Player, 200);
    for _ in 0..30 {
        if screen(app) != Screen::Player {
            break;
        }
        let here = buttons(app);
        if here.iter().any(|b| b.starts_with("option-")) {
            press(app, "tell-grown-up");
        } else if here.iter().any(|b| b.starts_with("say-")) {
            press(app, "say-1");
        } else {
            press(app, "next");
        }
    }
    wait_for(app, Screen::Check, 200);
    for _ in 0..2 {
        press(app, "check-option-1");
        press(app, "next");
    }
    wait_for(app, Screen::End, 200);
}

fn sticker_earned(app: &App) -> bool {
    let progress = app.world().resource::<ProgressRes>();
    progress
        .player()
        .is_some_and(|p| p.stickers.contains_key("prize-popup"))
}

#[test]
fn a_lesson_plays_to_its_sticker_with_the_keyboard_alone() {
    let (mut app, data) = keyboard_app("keyboard");
    play_the_sample(&mut app, tab_to_and_press);
    assert!(sticker_earned(&app));
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn r_hears_the_step_again() {
    let (mut app, data) = keyboard_app("keyboard-replay");
    tab_to_and_press(&mut app, "new-profile");
    wait_for(&mut app, Screen::NewProfile, 200);
    tab_to_and_press(&mut app, "create-profile");
    wait_for(&mut app, Screen::Map, 200);
    tab_to_and_press(&mut app, "lesson-prize-popup");
    wait_for(&mut app, Screen::Check, 200);
    let heard = |app: &App| app.world().resource::<NarrationLog>().0.len();
    let before = heard(&app);
    tap_key(&mut app, KeyCode::KeyR);
    assert!(heard(&app) > before, "the question is read again");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_lesson_plays_to_its_sticker_with_one_switch() {
    let (mut app, data) = keyboard_app("switch");
    app.world_mut()
        .resource_mut::<ProgressRes>()
        .progress
        .settings
        .scan_seconds = 0.5;
    play_the_sample(&mut app, scan_to_and_press);
    assert!(sticker_earned(&app));
    let _ = std::fs::remove_dir_all(data);
}

/// The name a screen reader says for the button named `name` ("" for none).
fn spoken_name(app: &mut App, name: &str) -> String {
    let mut q = app
        .world_mut()
        .query_filtered::<(&Name, Option<&AccessibilityNode>), With<Button>>();
    q.iter(app.world())
        .find(|(n, _)| n.as_str() == name)
        .and_then(|(_, node)| node.and_then(|node| node.label()).map(str::to_string))
        .unwrap_or_default()
}

/// Every button on screen is announced by a name; taps the one named `name`.
fn tap_after_hearing_every_name(app: &mut App, name: &str) {
    for button in buttons(app) {
        assert!(
            !spoken_name(app, &button).trim().is_empty(),
            "on {:?}, a screen reader finds `{button}` with no name",
            screen(app)
        );
    }
    tap(app, name);
}

#[test]
fn a_screen_reader_hears_a_name_for_every_button_pictures_included() {
    let (mut app, data) = keyboard_app("names");
    play_the_sample(&mut app, tap_after_hearing_every_name);
    assert!(sticker_earned(&app));
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    let locale = app
        .world()
        .resource::<safekite::locale::CurrentLocale>()
        .0
        .clone();
    let card = buttons(&mut app)
        .into_iter()
        .find(|b| b.starts_with("profile-"))
        .expect("the new player's card");
    let said = spoken_name(&mut app, &card);
    let animal = app.world().resource::<ProgressRes>().progress.profiles[0]
        .avatar
        .clone();
    let animal = word(&app, &locale, &format!("avatar-{animal}"));
    assert!(
        said.contains(&animal),
        "the card says {said:?}, not {animal:?}"
    );
    tap_after_hearing_every_name(&mut app, "new-profile");
    wait_for(&mut app, Screen::NewProfile, 200);
    assert_eq!(
        spoken_name(&mut app, "avatar-fox"),
        word(&app, &locale, "avatar-fox")
    );
    let _ = std::fs::remove_dir_all(data);
}
