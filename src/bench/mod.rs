//! The startup benchmark's two sides (scripts/bench-startup). With `SAFEKITE_BENCH_STARTUP=1`
//! in the environment, the game prints `safekite:first-frame <unix time in ns>` once the first
//! full frame of the title screen has been rendered and handed to the window, and exits. "Full":
//! the title is built (its buttons exist), its pictures are loaded, and no render pipeline was
//! still compiling (Bevy skips what a compiling pipeline would draw, so an earlier frame would
//! not show everything). The time is taken in the render world after the frame is presented:
//! with pipelined rendering the main world runs a frame ahead, so a main-world timestamp would
//! come before the frame is drawn. The baseline, `src/bin/safekite-hello.rs`, reports the same
//! way for its own screen.

use bevy::asset::LoadState;
use bevy::prelude::*;
use bevy::render::extract_resource::{ExtractResource, ExtractResourcePlugin};
use bevy::render::render_resource::PipelineCache;
use bevy::render::{Render, RenderApp, RenderSystems};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::screens::Screen;

/// True when the startup benchmark is measuring this run.
pub(crate) fn measuring() -> bool {
    std::env::var_os("SAFEKITE_BENCH_STARTUP").is_some()
}

pub(super) fn plugin(app: &mut App) {
    if !measuring() {
        return;
    }
    app.add_plugins(ExtractResourcePlugin::<ScreenUp>::default())
        .add_systems(
            Update,
            mark_title_up
                .run_if(in_state(Screen::Title))
                .run_if(not(resource_exists::<ScreenUp>)),
        )
        .add_systems(First, exit_once_reported);
    if let Some(render_app) = app.get_sub_app_mut(RenderApp) {
        render_app.add_systems(
            Render,
            report_first_full_frame.in_set(RenderSystems::Cleanup),
        );
    }
}

/// In the main world: the screen being measured is up (the game: its title; its buttons exist).
/// Extracted to the render world with the frame in which it appeared.
#[derive(Resource, Clone, ExtractResource)]
struct ScreenUp;

/// The title is up once it is built and its pictures are in (or have failed, and show their
/// placeholder).
fn mark_title_up(mut commands: Commands, images: Query<&ImageNode>, assets: Res<AssetServer>) {
    let still_loading = images.iter().any(|image| {
        matches!(
            assets.get_load_state(&image.image),
            Some(LoadState::Loading | LoadState::NotLoaded)
        )
    });
    if !still_loading {
        commands.insert_resource(ScreenUp);
    }
}

/// Set by the render world once the first full frame of the screen has been presented.
static REPORTED: AtomicBool = AtomicBool::new(false);

/// In the render world, after the frame has been rendered and handed to the window: the first
/// frame that holds the screen and that had every pipeline it asked for ready (a pipeline still
/// compiling is skipped by the renderer, so such a frame would not show everything) prints the
/// time.
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
