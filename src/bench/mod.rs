//! The startup benchmark's two sides (scripts/bench-startup). With `SAFEKITE_BENCH_STARTUP=1`
//! in the environment, the game prints `safekite:first-frame <unix time in ns>` on the first
//! frame drawn after the title screen (interactive: its buttons exist) and exits. The baseline,
//! `safekite bench-hello`, is a hello-world Bevy app (a window, a camera, one line of text) with
//! the same Bevy features, profile and window, in the same binary, reporting the same way.

use bevy::prelude::*;
use bevy::window::WindowResolution;

use crate::screens::Screen;

/// True when the startup benchmark is measuring this run.
pub fn measuring() -> bool {
    std::env::var_os("SAFEKITE_BENCH_STARTUP").is_some()
}

pub(super) fn plugin(app: &mut App) {
    if measuring() {
        app.add_systems(Last, report_title_frame);
    }
}

fn report_title_frame(
    screen: Option<Res<State<Screen>>>,
    mut frames_since: Local<u32>,
    mut exit: MessageWriter<AppExit>,
) {
    let ready = screen.is_some_and(|s| *s.get() == Screen::Title);
    report_first_frame(ready, &mut frames_since, &mut exit);
}

fn report_hello_frame(mut frames_since: Local<u32>, mut exit: MessageWriter<AppExit>) {
    report_first_frame(true, &mut frames_since, &mut exit);
}

/// Once `ready` holds, lets one more frame be drawn, prints the time and exits.
fn report_first_frame(ready: bool, frames_since: &mut u32, exit: &mut MessageWriter<AppExit>) {
    if *frames_since == 0 && !ready {
        return;
    }
    *frames_since += 1;
    // The frame in which the screen was built is extracted and drawn after this update; the
    // next update starts only once it has been presented.
    if *frames_since == 2 {
        let ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        println!("safekite:first-frame {ns}");
        exit.write(AppExit::Success);
    }
}

/// The baseline: a hello-world Bevy app with the game's Bevy features and window.
pub fn hello_app() -> App {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Hello".to_string(),
            resolution: WindowResolution::new(1280, 800),
            ..default()
        }),
        ..default()
    }))
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        commands.spawn(Text::new("Hello, world!"));
    });
    if measuring() {
        app.add_systems(Last, report_hello_frame);
    }
    app
}
