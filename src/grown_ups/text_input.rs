//! In the browser, typing into the grown-ups' text fields with a composing keyboard (Vietnamese
//! Telex outside Unikey, and every input method that composes): egui draws its fields on the
//! canvas, where nothing can compose, so the page's `web/text-input.js` puts a hidden input
//! under the field's cursor while one is edited. Each frame this module tells it whether a field
//! is edited (egui asks for an input method then) and hands egui what was typed there, in order:
//! text, and the keys that type nothing (Backspace, arrows, Enter, shortcuts).

use crate::platform::js_field;
use bevy::prelude::*;
use bevy_egui::input::EguiInputEvent;
use bevy_egui::{EguiOutput, PrimaryEguiContext, egui};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = safekiteTextInput, js_name = editing)]
    fn js_editing(now: bool, x: f32, y: f32) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteTextInput, js_name = take)]
    fn js_take() -> Result<js_sys::Array, JsValue>;
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Last, follow_the_text_fields);
}

/// Where the hidden input was last put (`None`: no field edited).
#[derive(Default)]
struct Told(Option<(i32, i32)>);

fn follow_the_text_fields(
    contexts: Query<(Entity, &EguiOutput), With<PrimaryEguiContext>>,
    mut told: Local<Told>,
    mut input: MessageWriter<EguiInputEvent>,
) {
    let Ok((context, output)) = contexts.single() else {
        return;
    };
    let at = output.platform_output.ime.map(|ime| {
        let cursor = ime.cursor_rect.left_bottom();
        (cursor.x.round() as i32, cursor.y.round() as i32)
    });
    if at != told.0 {
        let (x, y) = at.unwrap_or_default();
        if js_editing(at.is_some(), x as f32, y as f32).is_err() {
            return;
        }
        told.0 = at;
    }
    let Ok(typed) = js_take() else {
        return;
    };
    for event in typed.iter().filter_map(|t| egui_event(&t)) {
        input.write(EguiInputEvent { context, event });
    }
}

/// One thing typed (`{ text }` or `{ key, pressed, ctrl, shift, alt, meta }`) as egui's event.
fn egui_event(typed: &JsValue) -> Option<egui::Event> {
    if let Some(text) = js_field(typed, "text").as_string() {
        return Some(egui::Event::Text(text));
    }
    let name = js_field(typed, "key").as_string()?;
    let key = egui::Key::from_name(&name).or_else(|| egui::Key::from_name(&name.to_uppercase()))?;
    let on = |m: &str| js_field(typed, m).is_truthy();
    let modifiers = egui::Modifiers {
        alt: on("alt"),
        ctrl: on("ctrl"),
        shift: on("shift"),
        mac_cmd: on("meta"),
        command: on("ctrl") || on("meta"),
    };
    Some(egui::Event::Key {
        key,
        physical_key: None,
        pressed: on("pressed"),
        repeat: false,
        modifiers,
    })
}
