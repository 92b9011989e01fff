//! The preview's files in the browser: the author picks the lesson file and each locale's word
//! file with its own button (a word file has the same name in every locale, so one picker for
//! all three cannot tell them apart). Each button opens an `<input type=file>`; what is picked
//! is read with `Blob.text()` into [`PICKED`], and every pick is checked again (a file not
//! picked yet is a problem that says so).

use bevy::prelude::*;
use safekite_core::words::LOCALES;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

use super::PreviewTexts;
use crate::screens::button;
use crate::theme::{ButtonRole, Fonts};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, open_pickers);
}

/// The authors' mode is asked for (`?author` in the page's address): its language (`lang=en`,
/// or another shipped locale; else the first, Vietnamese).
pub fn authors_mode() -> Option<String> {
    let window: JsValue = web_sys::window()?.into();
    let location = get(&window, "location").ok()?;
    let search = get(&location, "search").ok()?.as_string()?;
    let asks = |word: &str| search.trim_start_matches('?').split('&').any(|p| p == word);
    let locales = safekite_core::words::LOCALES;
    let lang = locales.iter().find(|l| asks(&format!("lang={l}")));
    asks("author").then(|| lang.unwrap_or(&locales[0]).to_string())
}

/// A property of a JS object (without the web-sys features each type would need, so the
/// build's web-sys, which Bevy shares, stays as it is).
fn get(object: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
}

/// A pick button's verb: choose the file of slot 0 (the lesson) or 1.. (each locale's words,
/// in `LOCALES` order).
#[derive(Message, Component, Clone, Debug)]
pub struct PickFiles(pub usize);

/// What has been picked: each slot's file name and text, and how many picks so far.
#[derive(Default)]
struct Picked {
    picks: u32,
    slots: Vec<Option<(String, String)>>,
}

thread_local! {
    // The browser build is single-threaded; the pickers' callbacks fill this in.
    static PICKED: RefCell<Picked> = RefCell::new(Picked::default());
}

/// The files picked, with the number of picks last read.
#[derive(Resource, Debug, Default)]
pub struct PreviewSource {
    seen: u32,
}

impl PreviewSource {
    /// The files' texts, when something was picked since they were last read.
    pub(crate) fn changed(&mut self) -> Option<PreviewTexts> {
        PICKED.with(|p| {
            let p = p.borrow();
            if p.picks == self.seen {
                return None;
            }
            self.seen = p.picks;
            Some(texts(&p.slots))
        })
    }
}

/// The lesson and its words from the slots; a slot not picked yet is a problem.
fn texts(slots: &[Option<(String, String)>]) -> PreviewTexts {
    let mut t = PreviewTexts::default();
    let slot = |i: usize| slots.get(i).cloned().flatten();
    match slot(0) {
        Some(lesson) => t.lesson = lesson,
        None => t.unreadable(
            "LESSON.lesson.ron",
            "not chosen yet",
            "pick it with its button above",
        ),
    }
    let id = t.lesson.0.trim_end_matches(".lesson.ron").to_string();
    for (i, locale) in LOCALES.iter().enumerate() {
        match slot(i + 1) {
            Some((name, text)) => {
                t.words
                    .push((locale.to_string(), format!("{locale}/{name}"), text))
            }
            None => t.unreadable(
                &format!("{locale}/{id}.ftl"),
                "not chosen yet",
                "pick it with its button above",
            ),
        }
    }
    t
}

/// The names of the files picked so far, in the buttons' order (a word file with its locale).
pub(crate) fn picked_names() -> Vec<String> {
    PICKED.with(|p| {
        let p = p.borrow();
        let mut names = Vec::new();
        for (slot, picked) in p.slots.iter().enumerate() {
            let Some((name, _)) = picked else { continue };
            match slot.checked_sub(1).and_then(|i| LOCALES.get(i)) {
                Some(locale) => names.push(format!("{name} ({locale})")),
                None => names.push(name.clone()),
            }
        }
        names
    })
}

/// The pick buttons, in a row: the lesson file, then each locale's word file.
pub(crate) fn spawn_pick_buttons(
    parent: &mut ChildSpawnerCommands,
    fonts: &Fonts,
    lesson: String,
    words: impl Fn(&str) -> String,
) {
    let mut labels = vec![lesson];
    labels.extend(LOCALES.iter().map(|l| words(l)));
    let row = Node {
        column_gap: px(16.0),
        ..default()
    };
    parent.spawn(row).with_children(|row| {
        for (i, label) in labels.into_iter().enumerate() {
            let name = format!("pick-{i}");
            row.spawn(button(
                fonts,
                name,
                label,
                PickFiles(i),
                ButtonRole::Main,
                64.0,
            ));
        }
    });
}

/// A pick button pressed: the browser's file picker for its slot.
fn open_pickers(mut picks: MessageReader<PickFiles>) {
    for pick in picks.read() {
        if let Err(e) = open_picker(pick.0) {
            warn!("preview: the file picker did not open: {e:?}");
        }
    }
}

fn open_picker(slot: usize) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let input = document.create_element("input")?;
    input.set_attribute("type", "file")?;
    input.set_attribute("accept", if slot == 0 { ".ron" } else { ".ftl" })?;
    let picker: JsValue = input.clone().into();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        let file = get(&picker, "files").and_then(|files| get(&files, "0"));
        if let Ok(file) = file
            && file.is_object()
        {
            read_into_slot(slot, file);
        }
    });
    js_sys::Reflect::set(&input, &JsValue::from_str("onchange"), on_change.as_ref())?;
    // Once per pick; the input lives as long as its page.
    on_change.forget();
    let click: js_sys::Function = get(&input, "click")?.dyn_into()?;
    click.call0(&input)?;
    Ok(())
}

/// Reads a picked file's text into its slot, then counts the pick.
fn read_into_slot(slot: usize, file: JsValue) {
    let name = get(&file, "name")
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let on_text = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
        let text = text.as_string().unwrap_or_default();
        PICKED.with(|p| {
            let mut p = p.borrow_mut();
            if p.slots.len() <= slot {
                p.slots.resize(slot + 1, None);
            }
            p.slots[slot] = Some((name.clone(), text));
            p.picks += 1;
        });
    });
    let _ = file.unchecked_into::<web_sys::Blob>().text().then(&on_text);
    on_text.forget();
}
