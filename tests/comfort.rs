//! Settings for comfort: with "less movement" on, the pretend phone's buttons stay still (they
//! breathe otherwise); a narration speed out of range in a saved file is repaired, not trusted;
//! high contrast redraws every screen with its partner colours.

mod utils;

use bevy::prelude::*;
use safekite::device::{Pulse, TypingDot};
use safekite::progress::ProgressRes;
use safekite::screens::Screen;
use utils::*;

fn scales_over_frames(app: &mut App, frames: usize) -> Vec<f32> {
    let button = app
        .world_mut()
        .spawn((Node::default(), UiTransform::default(), Pulse))
        .id();
    (0..frames)
        .map(|_| {
            app.update();
            app.world().get::<UiTransform>(button).unwrap().scale.x
        })
        .collect()
}

/// A typing dot's brightness over frames.
fn dot_over_frames(app: &mut App, frames: usize) -> Vec<f32> {
    let dot = app
        .world_mut()
        .spawn((Node::default(), BackgroundColor::default(), TypingDot(0.0)))
        .id();
    (0..frames)
        .map(|_| {
            app.update();
            app.world().get::<BackgroundColor>(dot).unwrap().0.alpha()
        })
        .collect()
}

#[test]
fn less_movement_stops_every_animation() {
    let data = temp_dir("comfort-all");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    let blinking = dot_over_frames(&mut app, 20);
    assert!(blinking.windows(2).any(|w| w[0] != w[1]), "{blinking:?}");
    app.world_mut()
        .resource_mut::<ProgressRes>()
        .progress
        .settings
        .reduced_motion = true;
    let scales = scales_over_frames(&mut app, 10);
    let dots = dot_over_frames(&mut app, 10);
    assert!(scales.iter().all(|s| *s == 1.0), "{scales:?}");
    assert!(
        dots.iter().all(|a| *a == dots[0]),
        "the typing dots stay still: {dots:?}"
    );
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn less_movement_keeps_the_breathing_buttons_still() {
    let data = temp_dir("comfort");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    let moving = scales_over_frames(&mut app, 20);
    assert!(moving.iter().any(|s| (s - 1.0).abs() > 0.005), "{moving:?}");
    app.world_mut()
        .resource_mut::<ProgressRes>()
        .progress
        .settings
        .reduced_motion = true;
    let still = scales_over_frames(&mut app, 20);
    assert!(still.iter().all(|s| *s == 1.0), "{still:?}");
    let _ = std::fs::remove_dir_all(data);
}

/// Every text colour and every button background on screen, as sRGB hex.
fn colours_on_screen(app: &mut App) -> (Vec<String>, Vec<String>) {
    let hex = |c: Color| c.to_srgba().to_hex();
    let mut texts = app.world_mut().query::<&TextColor>();
    let texts = texts.iter(app.world()).map(|t| hex(t.0)).collect();
    let mut fills = app
        .world_mut()
        .query_filtered::<&BackgroundColor, With<Button>>();
    let fills = fills.iter(app.world()).map(|b| hex(b.0)).collect();
    (texts, fills)
}

#[test]
fn high_contrast_draws_black_words_and_light_buttons() {
    let data = temp_dir("contrast");
    let mut app = headless(&data);
    wait_for(&mut app, Screen::Title, 2_000);
    let (texts, _) = colours_on_screen(&mut app);
    assert!(
        texts.contains(&"#023047".to_string()),
        "navy words before: {texts:?}"
    );
    app.world_mut()
        .resource_mut::<ProgressRes>()
        .progress
        .settings
        .high_contrast = true;
    // Any screen drawn from now on: the new player's.
    tap(&mut app, "new-profile");
    wait_for(&mut app, Screen::NewProfile, 200);
    // Words spawned late in a frame take their partner colour in the next one.
    for _ in 0..3 {
        app.update();
    }
    let (texts, fills) = colours_on_screen(&mut app);
    assert!(
        !texts.is_empty() && texts.iter().all(|t| t == "#000000" || t == "#FFFFFF"),
        "{texts:?}"
    );
    assert!(
        !fills.contains(&"#FFF4E0".to_string()),
        "no cream buttons left: {fills:?}"
    );
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_narration_speed_out_of_range_is_repaired() {
    let mut p = safekite_core::progress::Progress::default();
    p.settings.narration_speed = 9.0;
    let repairs = p.validate();
    assert_eq!(p.settings.narration_speed, 1.0);
    assert!(
        repairs.iter().any(|r| r.contains("narration speed")),
        "{repairs:?}"
    );
}
