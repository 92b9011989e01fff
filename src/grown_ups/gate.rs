//! The gate in front of the grown-ups' area: the core's [`Gate`] (hold 3 s, then a number
//! written in words or the teacher's PIN) drawn with egui. The hold button, the digit keys,
//! "erase" and "OK" send [`GateAction`]s; time is fed every frame; an open gate leads home.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use safekite_core::gate::{Ask, Gate, GateStep, number_in_words};
use safekite_core::ui_messages as ui;

use super::{Area, Go, Say, big_button, page};
use crate::content::WordsRes;
use crate::locale::CurrentLocale;
use crate::progress::ProgressRes;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<GateAction>()
        .add_systems(OnEnter(Area::Gate), close_the_gate)
        .add_systems(
            Update,
            (tick_the_gate, type_at_the_gate, handle_gate_actions)
                .chain()
                .run_if(in_state(Area::Gate)),
        )
        .add_systems(EguiPrimaryContextPass, gate_ui.run_if(in_state(Area::Gate)));
}

/// The gate's state while it shows.
#[derive(Resource, Debug)]
pub struct GateRes {
    pub gate: Gate,
    /// A wrong answer was just given (says so until the next hold).
    pub was_wrong: bool,
}

/// What the gate's buttons do.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateAction {
    HoldDown,
    HoldUp,
    Digit(u8),
    Erase,
    Submit,
}

fn random() -> u64 {
    uuid::Uuid::new_v4().as_u64_pair().0
}

fn close_the_gate(mut commands: Commands, progress: Res<ProgressRes>) {
    let pin = progress.progress.settings.pin.clone();
    commands.insert_resource(GateRes {
        gate: Gate::new(random(), pin),
        was_wrong: false,
    });
}

/// The hold is counted in real time: on a slow computer (a few frames a second) the game's own
/// clock, which never steps more than a quarter second a frame, would make 3 s last far longer.
fn tick_the_gate(time: Res<Time<Real>>, gate: Option<ResMut<GateRes>>) {
    if let Some(mut gate) = gate {
        gate.gate.tick(time.delta_secs());
    }
}

/// The answer typed on the keyboard too: digits (either row), Backspace, Enter.
fn type_at_the_gate(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    gate: Option<Res<GateRes>>,
    mut actions: MessageWriter<GateAction>,
) {
    let Some(keys) = keys.filter(|_| gate.is_some_and(|g| g.gate.step() == GateStep::Answer))
    else {
        return;
    };
    for key in keys.get_just_pressed() {
        let action = match key {
            KeyCode::Backspace => Some(GateAction::Erase),
            KeyCode::Enter | KeyCode::NumpadEnter => Some(GateAction::Submit),
            other => digit_of(*other).map(GateAction::Digit),
        };
        if let Some(action) = action {
            actions.write(action);
        }
    }
}

/// The digit a key types, from the number row or the number pad.
fn digit_of(key: KeyCode) -> Option<u8> {
    use KeyCode::*;
    let rows = [
        [
            Digit0, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9,
        ],
        [
            Numpad0, Numpad1, Numpad2, Numpad3, Numpad4, Numpad5, Numpad6, Numpad7, Numpad8,
            Numpad9,
        ],
    ];
    rows.iter()
        .find_map(|row| row.iter().position(|k| *k == key))
        .map(|d| d as u8)
}

fn handle_gate_actions(
    mut actions: MessageReader<GateAction>,
    gate: Option<ResMut<GateRes>>,
    mut area: ResMut<NextState<Area>>,
) {
    let Some(mut gate) = gate else { return };
    for action in actions.read() {
        let g = &mut gate.gate;
        match action {
            GateAction::HoldDown => g.press(),
            GateAction::HoldUp => g.release(),
            GateAction::Digit(d) => g.digit(*d),
            GateAction::Erase => g.erase(),
            GateAction::Submit => {
                let opened = g.submit(random());
                gate.was_wrong = !opened;
            }
        }
        if *action == GateAction::HoldDown {
            gate.was_wrong = false;
        }
    }
    if gate.gate.step() == GateStep::Open {
        info!("the grown-ups' gate opened");
        area.set(Area::Home);
    }
}

fn gate_ui(
    mut contexts: EguiContexts,
    gate: Option<Res<GateRes>>,
    words: Res<WordsRes>,
    locale: Res<CurrentLocale>,
    mut actions: MessageWriter<GateAction>,
    mut go: MessageWriter<Go>,
    mut holding: Local<bool>,
) -> Result {
    let Some(gate) = gate else { return Ok(()) };
    let say = Say {
        words: &words,
        locale: &locale,
    };
    let ctx = contexts.ctx_mut()?;
    page(ctx, "gate", |ui| {
        ui.vertical_centered(|ui| {
            ui.heading(say.t(ui::GROWN_UPS_TITLE));
            ui.add_space(24.0);
            match gate.gate.step() {
                GateStep::Hold => hold_part(ui, &say, &gate, &mut actions, &mut holding),
                GateStep::Answer => answer_part(ui, &say, &gate, &mut actions, &locale.0),
                GateStep::Open => {}
            }
            ui.add_space(32.0);
            if big_button(ui, say.t(ui::BACK)).clicked() {
                go.write(Go(None));
            }
        });
    });
    Ok(())
}

fn hold_part(
    ui: &mut egui::Ui,
    say: &Say,
    gate: &GateRes,
    actions: &mut MessageWriter<GateAction>,
    holding: &mut bool,
) {
    // The line is kept when empty, so the hold button does not jump when it goes.
    let wrong = if gate.was_wrong {
        say.t(ui::GATE_WRONG)
    } else {
        " ".to_string()
    };
    ui.label(wrong);
    ui.label(say.t(ui::GATE_HOLD));
    ui.add_space(16.0);
    let button = ui.add(
        egui::Button::new(say.t(ui::GATE_HOLD_BUTTON))
            .min_size(egui::vec2(220.0, 96.0))
            .sense(egui::Sense::drag()),
    );
    let down = button.is_pointer_button_down_on();
    if down != *holding {
        actions.write(if down {
            GateAction::HoldDown
        } else {
            GateAction::HoldUp
        });
        *holding = down;
    }
    ui.add_space(12.0);
    ui.add(
        egui::ProgressBar::new(gate.gate.hold_progress())
            .desired_width(320.0)
            .desired_height(18.0),
    );
    if down {
        ui.ctx().request_repaint();
    }
}

fn answer_part(
    ui: &mut egui::Ui,
    say: &Say,
    gate: &GateRes,
    actions: &mut MessageWriter<GateAction>,
    locale: &str,
) {
    let question = match gate.gate.ask() {
        Ask::Number(n) => say.t_with(ui::GATE_NUMBER, &[("words", number_in_words(n, locale))]),
        Ask::Pin => say.t(ui::GATE_PIN),
    };
    ui.label(egui::RichText::new(question).size(28.0));
    ui.add_space(12.0);
    let shown = match gate.gate.ask() {
        Ask::Pin => "•".repeat(gate.gate.typed().len()),
        Ask::Number(_) => gate.gate.typed().to_string(),
    };
    ui.label(
        egui::RichText::new(format!("{shown}_"))
            .size(40.0)
            .monospace(),
    );
    ui.add_space(12.0);
    // The grid lays out from the left: centre it by hand (three keys and two gaps).
    let width = 3.0 * KEY.x + 2.0 * KEY_GAP;
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
        keypad(ui, say, actions);
    });
}

const KEY: egui::Vec2 = egui::vec2(104.0, 72.0);
const KEY_GAP: f32 = 12.0;

/// Digits 1-9, then erase, 0, OK: big enough for a grown-up's thumb on a tablet.
fn keypad(ui: &mut egui::Ui, say: &Say, actions: &mut MessageWriter<GateAction>) {
    let rows: [[GateAction; 3]; 4] = [
        [
            GateAction::Digit(1),
            GateAction::Digit(2),
            GateAction::Digit(3),
        ],
        [
            GateAction::Digit(4),
            GateAction::Digit(5),
            GateAction::Digit(6),
        ],
        [
            GateAction::Digit(7),
            GateAction::Digit(8),
            GateAction::Digit(9),
        ],
        [GateAction::Erase, GateAction::Digit(0), GateAction::Submit],
    ];
    egui::Grid::new("keypad")
        .spacing([KEY_GAP, KEY_GAP])
        .show(ui, |ui| {
            for row in rows {
                for action in row {
                    let label = match action {
                        GateAction::Digit(d) => d.to_string(),
                        GateAction::Erase => say.t(ui::GATE_ERASE),
                        _ => say.t(ui::GATE_OK),
                    };
                    let text = egui::RichText::new(label).size(28.0);
                    if ui.add(egui::Button::new(text).min_size(KEY)).clicked() {
                        actions.write(action);
                    }
                }
                ui.end_row();
            }
        });
}
