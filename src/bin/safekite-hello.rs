//! The benchmarks' baseline: a hello-world Bevy app with exactly SafeKite's Bevy and bevy_egui
//! features, built with the same profile (and, for the browser, the same size pass). A window,
//! a camera, one line of Bevy text and an egui window with a label and a button, as the
//! hello-world app measured in docs/toolchain.md. It uses none of SafeKite's own code.
//!
//! scripts/bench-web-size compares download sizes; scripts/bench-startup compares the time to
//! the first frame: with `SAFEKITE_BENCH_STARTUP=1` it prints `safekite:first-frame <unix ns>`
//! once its first full frame (the text and the egui window, every render pipeline ready) has
//! been rendered and presented, and exits, as the game does for its title (see src/bench).

use bevy::prelude::*;
use bevy::render::extract_resource::{ExtractResource, ExtractResourcePlugin};
use bevy::render::render_resource::PipelineCache;
use bevy::render::{Render, RenderApp, RenderSystems};
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use std::sync::atomic::{AtomicBool, Ordering};

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
        app.add_plugins(ExtractResourcePlugin::<ScreenUp>::default())
            .add_systems(Startup, |mut commands: Commands| {
                commands.insert_resource(ScreenUp)
            })
            .add_systems(First, exit_once_reported);
        app.sub_app_mut(RenderApp).add_systems(
            Render,
            report_first_full_frame.in_set(RenderSystems::Cleanup),
        );
    }
    app.run();
}

/// In the main world: the text and the window are up. Extracted to the render world.
#[derive(Resource, Clone, ExtractResource)]
struct ScreenUp;

/// Set by the render world once the first full frame has been presented.
static REPORTED: AtomicBool = AtomicBool::new(false);

/// In the render world, after the frame has been rendered and handed to the window: the first
/// frame that holds the text and had every pipeline it asked for ready prints the time.
fn report_first_full_frame(screen: Option<Res<ScreenUp>>, pipelines: Res<PipelineCache>) {
    if screen.is_none() || REPORTED.load(Ordering::Relaxed) {
        return;
    }
    if pipelines.waiting_pipelines().next().is_some() {
        return;
    }
    let ns = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    println!("safekite:first-frame {ns}");
    REPORTED.store(true, Ordering::Relaxed);
}

fn exit_once_reported(mut exit: MessageWriter<AppExit>) {
    if REPORTED.load(Ordering::Relaxed) {
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
