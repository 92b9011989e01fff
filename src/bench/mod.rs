//! The startup benchmark's two sides (scripts/bench-startup). With `SAFEKITE_BENCH_STARTUP=1`
//! in the environment, the game prints `safekite:first-frame <unix time in ns>` on the first
//! frame drawn after the title screen (interactive: its buttons exist) and exits. The baseline
//! is `src/bin/safekite-hello.rs`, a hello-world app with the same features, reporting the
//! same way.

use bevy::prelude::*;

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
