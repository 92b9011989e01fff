//! The benchmarks' baseline: a hello-world Bevy app with exactly SafeKite's Bevy and bevy_egui
//! features, built with the same profile (and, for the browser, the same size pass). A window,
//! a camera, one line of Bevy text and an egui window with a label and a button, as the
//! hello-world app of ../shared/TOOLCHAIN.md. It uses none of SafeKite's own code.
//!
//! scripts/bench-web-size compares download sizes; scripts/bench-startup compares the time to
//! the first frame: with `SAFEKITE_BENCH_STARTUP=1` it prints `safekite:first-frame <unix ns>`
//! once its first frame with the text has been drawn, and exits, as the game does for its title.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Hello".to_string(),
            resolution: bevy::window::WindowResolution::new(1280, 800),
            canvas: Some("#safekite".to_string()),
            fit_canvas_to_parent: true,
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
        commands.spawn(Text::new("Hello, world!"));
    })
    .add_systems(EguiPrimaryContextPass, hello_window);
    if std::env::var_os("SAFEKITE_BENCH_STARTUP").is_some() {
        app.add_systems(Last, report_first_frame);
    }
    app.run();
}

/// Lets the frame in which the text was spawned be drawn, then prints the time and exits (the
/// next update starts only once that frame has been presented).
fn report_first_frame(mut frames: Local<u32>, mut exit: MessageWriter<AppExit>) {
    *frames += 1;
    if *frames == 2 {
        let ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        println!("safekite:first-frame {ns}");
        exit.write(AppExit::Success);
    }
}

fn hello_window(mut contexts: EguiContexts, mut presses: Local<u32>) -> Result {
    egui::Window::new("Hello").show(contexts.ctx_mut()?, |ui| {
        ui.label(format!("Hello, world! Pressed {} times.", *presses));
        if ui.button("Press").clicked() {
            *presses += 1;
        }
    });
    Ok(())
}
