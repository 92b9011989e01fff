//! The browser test's way to the recorder page, whose buttons are drawn by egui (which the
//! hook's button list cannot see): the test pushes verbs onto the page's `safekiteTestVerbs`
//! array, `open-recorder` (to the page, past the gate, as the tour goes to the grown-ups'
//! pages) or `recorder <json>` (a [`RecorderAction`], the message the page's button sends), and
//! reads the page back as `safekite:recorder <json>` whenever it changes. The microphone, the
//! encoder, the storage, the download and the file button stay the browser's own.

use bevy::prelude::*;
use wasm_bindgen::JsValue;

use safekite_core::recording::lines_to_record;

use crate::content::Library;
use crate::grown_ups::{Area, RecorderAction, RecorderPage, RecorderPhase as Phase};
use crate::recorder::RecordedVoices;
use crate::screens::Screen;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (take_verbs, log_recorder_page).chain());
}

/// The verbs pushed since the last frame.
fn pushed_verbs() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let key = JsValue::from_str("safekiteTestVerbs");
    let Ok(list) = js_sys::Reflect::get(&window, &key) else {
        return Vec::new();
    };
    let Some(list) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Array>(&list) else {
        return Vec::new();
    };
    let taken = list.slice(0, list.length());
    list.set_length(0);
    taken.iter().filter_map(|v| v.as_string()).collect()
}

fn take_verbs(
    mut to_recorder: Local<bool>,
    screen: Res<State<Screen>>,
    area: Option<Res<State<Area>>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut next_area: ResMut<NextState<Area>>,
    mut actions: MessageWriter<RecorderAction>,
) {
    for verb in pushed_verbs() {
        if verb == "open-recorder" {
            *to_recorder = true;
        } else if let Some(json) = verb.strip_prefix("recorder ") {
            match serde_json::from_str::<RecorderAction>(json) {
                Ok(action) => {
                    actions.write(action);
                }
                Err(e) => warn!("test hook: {verb}: {e}"),
            }
        }
    }
    if *to_recorder {
        let area = area.map(|a| *a.get());
        if *screen.get() != Screen::GrownUps {
            next_screen.set(Screen::GrownUps);
        } else if area.is_some_and(|a| a != Area::Recorder) {
            next_area.set(Area::Recorder);
        } else if area.is_some() {
            *to_recorder = false;
        }
    }
}

/// The page as the test reads it.
#[derive(serde::Serialize, PartialEq, Default)]
struct RecorderSeen {
    phase: &'static str,
    notice: Option<String>,
    index: usize,
    /// The message id of the line at `index`.
    line: Option<String>,
    takes: usize,
    packs: Vec<String>,
    pack_notice: Vec<String>,
    recorded_by: String,
}

fn log_recorder_page(
    page: Res<RecorderPage>,
    voices: Res<RecordedVoices>,
    library: Res<Library>,
    mut last: Local<Option<String>>,
) {
    // Only when something it logs may have changed, not every frame.
    if !(page.is_changed() || voices.is_changed()) {
        return;
    }
    let lesson = page.lesson.as_deref().and_then(|l| library.lesson(l));
    let lines = lesson.map(|l| lines_to_record(l)).unwrap_or_default();
    let seen = RecorderSeen {
        phase: match page.phase {
            Phase::Ready => "ready",
            Phase::Recording => "recording",
            Phase::Review(_) => "review",
        },
        notice: page.notice.as_ref().map(|(id, why)| format!("{id} {why}")),
        index: page.index,
        line: lines.get(page.index).map(|l| l.id.clone()),
        takes: voices.recordings.len(),
        packs: page.packs.iter().map(|p| p.name.clone()).collect(),
        pack_notice: page.pack_notice.iter().map(|n| n.id.clone()).collect(),
        recorded_by: page.recorded_by.clone(),
    };
    let json = serde_json::to_string(&seen).expect("plain data");
    if last.as_deref() != Some(json.as_str()) {
        info!("safekite:recorder {json}");
        *last = Some(json);
    }
}
