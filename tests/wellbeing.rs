//! Nothing pulls a child back: at a lesson's end, "Stop here" is the big, easy choice and "One
//! more lesson" the quiet one; once the grown-up's break time has passed (time in lessons only),
//! the end offers only a calm "time for a break"; stopping starts the clock again; a reminder
//! set to off never shows.

mod utils;

use bevy::prelude::*;
use safekite::checks::CheckAction;
use safekite::narration::NarrationLog;
use safekite::progress::ProgressRes;
use safekite::screens::Screen;
use safekite::screens::play_clock::PlayClock;
use utils::*;

/// A new 3-6 player plays prize-popup to its end screen (the questions before and after too).
fn play_to_the_end(app: &mut App) {
    little_player_on_the_map(app);
    open_lesson_first_time(app, "prize-popup");
    play_the_sample_to_its_good_ending(app);
    wait_for_screen(app, Screen::Check);
    for _ in 0..2 {
        press(app, CheckAction::Pick(1));
        press(app, CheckAction::Next);
    }
    wait_for_screen(app, Screen::End);
}

fn with_break_minutes(data: &std::path::Path, minutes: u32) -> App {
    let mut app = app(None, data);
    wait_for_screen(&mut app, Screen::Title);
    app.world_mut()
        .resource_mut::<ProgressRes>()
        .progress
        .settings
        .break_minutes = minutes;
    app
}

#[test]
fn stopping_is_the_easy_choice_at_the_end() {
    let data = temp_dir("wellbeing-stop");
    let mut app = with_break_minutes(&data, 20);
    play_to_the_end(&mut app);
    let here = buttons(&mut app);
    assert!(
        here.contains(&"stop-here".into()) && here.contains(&"back-to-map".into()),
        "{here:?}"
    );
    assert!(
        !here.contains(&"break-ok".into()),
        "no break after one short lesson"
    );
    assert!(
        app.world().resource::<PlayClock>().seconds > 0.0,
        "time in the lesson counted"
    );
    tap(&mut app, "stop-here");
    wait_for_screen(&mut app, Screen::Title);
    assert_eq!(
        app.world().resource::<PlayClock>().seconds,
        0.0,
        "stopping starts it again"
    );
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn after_the_time_set_the_end_suggests_a_break_and_nothing_else() {
    let data = temp_dir("wellbeing-break");
    let mut app = with_break_minutes(&data, 10);
    // Ten minutes of lessons already played today.
    app.world_mut().resource_mut::<PlayClock>().seconds = 600.0;
    play_to_the_end(&mut app);
    let here = buttons(&mut app);
    assert!(here.contains(&"break-ok".into()), "{here:?}");
    assert!(
        !here.contains(&"back-to-map".into()),
        "no \"one more\" then: {here:?}"
    );
    let shown = texts(&mut app);
    assert!(shown.contains("Đến giờ nghỉ rồi!"), "{shown}");
    let heard = app.world().resource::<NarrationLog>().0.clone();
    assert!(
        heard.contains(&"break-text".into()),
        "read aloud: {heard:?}"
    );
    tap(&mut app, "break-ok");
    wait_for_screen(&mut app, Screen::Title);
    assert_eq!(app.world().resource::<PlayClock>().seconds, 0.0);
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_reminder_set_to_off_never_shows() {
    let data = temp_dir("wellbeing-off");
    let mut app = with_break_minutes(&data, 0);
    app.world_mut().resource_mut::<PlayClock>().seconds = 10_000.0;
    play_to_the_end(&mut app);
    assert!(!buttons(&mut app).contains(&"break-ok".into()));
    let _ = std::fs::remove_dir_all(data);
}
