//! A small hook for automated tests and the tour: every screen change is logged as
//! `safekite:screen <Name>`, and whenever the named buttons on screen change, their rectangles
//! (logical pixels from the window's top left) are logged as `safekite:buttons <step> [json]`,
//! and every lesson step as `safekite:step <n> <node>`. In the
//! browser these lines reach the console, where the browser test reads them and taps the
//! rectangles like a finger would, instead of guessing pixels. Built only with the `test-hook`
//! feature (the tests, the tour and the browser test turn it on; what children get has none).
//! In the browser the test also reaches the recorder page through it (`recorder`).

use bevy::prelude::*;

use crate::screens::{ButtonPlaces, Screen, buttons_on_screen};

#[cfg(target_arch = "wasm32")]
mod recorder;

pub(super) fn plugin(app: &mut App) {
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(recorder::plugin);
    app.init_resource::<ButtonsOnScreen>()
        .init_resource::<StepCount>()
        .add_systems(
            StateTransition,
            log_screen_changes.after(bevy::state::state::StateTransitionSystems::EnterSchedules),
        )
        .add_systems(
            PostUpdate,
            (log_steps, log_buttons)
                .chain()
                .after(bevy::ui::UiSystems::Layout),
        );
}

/// The named buttons on screen and their rectangles, as last logged.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub(crate) struct ButtonsOnScreen(pub Vec<ButtonRect>);

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub(crate) struct ButtonRect {
    pub name: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

fn log_screen_changes(mut transitions: MessageReader<StateTransitionEvent<Screen>>) {
    for t in transitions.read() {
        if let Some(s) = t.entered {
            info!("safekite:screen {s:?}");
        }
    }
}

/// Logs `safekite:step <n> <node>` each time the lesson moves (or the grown-up's card opens or
/// closes), so a test knows its tap was taken even when the buttons stay the same.
fn log_steps(
    run: Option<Res<crate::lesson_player::ActiveRun>>,
    view: Res<crate::lesson_player::PlayerView>,
    mut count: ResMut<StepCount>,
) {
    let Some(run) = run else { return };
    if run.is_changed() || view.is_changed() {
        count.0 += 1;
        let card = if view.reassure.is_some() {
            " reassure"
        } else {
            ""
        };
        info!("safekite:step {} {}{card}", count.0, run.0.current().id());
    }
}

/// How many lesson steps have been logged: each buttons line says which step it belongs to.
#[derive(Resource, Default, Debug)]
pub(crate) struct StepCount(pub u32);

fn log_buttons(
    places: ButtonPlaces,
    mut last: ResMut<ButtonsOnScreen>,
    step: Res<StepCount>,
    mut last_step: Local<u32>,
) {
    let mut now: Vec<ButtonRect> = buttons_on_screen(&places)
        .into_iter()
        .map(|(name, rect, to_logical)| ButtonRect {
            name,
            x: (rect.min.x * to_logical).round(),
            y: (rect.min.y * to_logical).round(),
            w: (rect.width() * to_logical).round(),
            h: (rect.height() * to_logical).round(),
        })
        .collect();
    now.sort_by(|a, b| a.name.cmp(&b.name));
    // Logged when the buttons change, and once for every step (so a test can tell a fresh list
    // from the one before it, even when they look the same).
    if now != last.0 || step.0 != *last_step {
        *last_step = step.0;
        let json = serde_json::to_string(&now).expect("button rectangles are plain data");
        info!("safekite:buttons {} {json}", step.0);
        last.0 = now;
    }
}
