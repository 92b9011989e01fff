//! Settings for comfort: with "less movement" on, the pretend phone's buttons stay still (they
//! breathe otherwise); a narration speed out of range in a saved file is repaired, not trusted.

mod utils;

use bevy::prelude::*;
use safekite::device::Pulse;
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
