//! The browser size benchmark's baseline (scripts/bench-web-size): a hello-world Bevy app with
//! exactly SafeKite's Bevy and bevy_egui features, built with the same profile and size pass.
//! A window, a camera, one line of Bevy text and an egui window with a label and a button, as
//! the hello-world app of ../shared/TOOLCHAIN.md. It uses none of SafeKite's own code.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "Hello".to_string(),
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
        .add_systems(EguiPrimaryContextPass, hello_window)
        .run();
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
