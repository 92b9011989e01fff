//! The recorder in the browser, through the page's `web/recorder.js` (`safekiteRecorder`): the
//! microphone ([`BrowserMicrophone`]: getUserMedia, asked when the grown-up presses Record), the
//! OGG encoder ([`encode_ogg`]: libvorbis in WebAssembly, as natively), the recordings kept in
//! the page's IndexedDB ([`kept_bytes`], [`keep_bytes`], [`save_problem`]) and voice pack files picked with
//! the browser's file button ([`pick_pack`], [`take_picked`], [`picked`]). Every call is caught:
//! a page without the script says why instead of stopping the game.

use crate::platform::js_field;
use std::cell::RefCell;

use safekite_core::recording::TAKE_RATE;
use safekite_core::voice_pack;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::capture::{Capture, CaptureError, Captured};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = available)]
    fn js_available() -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = start)]
    fn js_start() -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = problem)]
    fn js_problem() -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = level)]
    fn js_level() -> Result<Option<f32>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = stop)]
    fn js_stop() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = prepare)]
    fn js_prepare() -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = encodeOgg)]
    fn js_encode_ogg(samples: &[f32], rate: u32, quality: f32) -> Result<Vec<u8>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = kept)]
    fn js_kept() -> Result<Option<Vec<u8>>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = save)]
    fn js_save(bytes: &[u8]) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = saveProblem)]
    fn js_save_problem() -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = pickPack)]
    fn js_pick_pack(max_bytes: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = safekiteRecorder, js_name = takePicked)]
    fn js_take_picked() -> Result<JsValue, JsValue>;
}

/// The encoder's quality on oggenc's scale (-1 to 10): 1, as the native encoder's 0.1.
const QUALITY: f32 = 1.0;

/// A JS error as words.
fn said(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The microphone the browser gives the page.
pub struct BrowserMicrophone;

impl Capture for BrowserMicrophone {
    fn available(&self) -> bool {
        js_available().unwrap_or(false)
    }

    fn why_unavailable(&self) -> CaptureError {
        match js_available() {
            Ok(_) => CaptureError::NeedsSecurePage,
            Err(e) => CaptureError::Failed(said(e)),
        }
    }

    fn start(&mut self) -> Result<(), CaptureError> {
        if !self.available() {
            return Err(self.why_unavailable());
        }
        js_start().map_err(|e| CaptureError::Failed(said(e)))
    }

    fn level(&self) -> Option<f32> {
        js_level().ok().flatten()
    }

    fn problem(&mut self) -> Option<CaptureError> {
        js_problem().ok().flatten().map(|why| capture_error(&why))
    }

    fn stop(&mut self) -> Result<Captured, CaptureError> {
        let out = js_stop().map_err(|e| CaptureError::Failed(said(e)))?;
        if let Some(why) = js_field(&out, "error").as_string() {
            return Err(capture_error(&why));
        }
        let samples = js_field(&out, "samples")
            .dyn_into::<js_sys::Float32Array>()
            .map_err(|_| CaptureError::Failed("no samples".into()))?;
        Ok(Captured {
            samples: samples.to_vec(),
            channels: 1,
            rate: js_field(&out, "rate").as_f64().unwrap_or(48_000.0) as u32,
        })
    }
}

/// The script's short words for why the microphone could not be used.
fn capture_error(why: &str) -> CaptureError {
    match why {
        "not-allowed" => CaptureError::NotAllowed,
        "no-microphone" => CaptureError::NoMicrophone,
        "still-asking" => CaptureError::StillAsking,
        other => CaptureError::Failed(other.to_string()),
    }
}

/// Starts fetching the encoder (the recorder page opened), so it is there when a take ends.
pub fn prepare() {
    if let Err(e) = js_prepare() {
        bevy::log::warn!("recorder: {}", said(e));
    }
}

/// A mono take at [`TAKE_RATE`] as OGG Vorbis (who recorded it is kept by the pack, not in the
/// file, in the browser).
pub fn encode_ogg(samples: &[f32]) -> Result<Vec<u8>, String> {
    js_encode_ogg(samples, TAKE_RATE, QUALITY).map_err(said)
}

/// The recordings' pack kept in the page's storage, if any.
pub fn kept_bytes() -> Result<Option<Vec<u8>>, String> {
    js_kept().map_err(said)
}

/// Keeps the recordings' pack in the page's storage (written in the background: a failure is
/// told by [`save_problem`] a moment later).
pub fn keep_bytes(bytes: &[u8]) -> Result<(), String> {
    js_save(bytes).map_err(said)
}

/// Why the last save failed, once, if it did.
pub fn save_problem() -> Option<String> {
    js_save_problem().ok().flatten()
}

/// A voice pack file picked: its name, and its bytes or why they cannot be read.
type Picked = (String, Result<Vec<u8>, String>);

thread_local! {
    // The browser build is single-threaded; the picked files stay for the page's visit.
    static PICKED: RefCell<Vec<Picked>> = const { RefCell::new(Vec::new()) };
}

/// Opens the browser's file button for a voice pack.
pub fn pick_pack() -> Result<(), String> {
    js_pick_pack(voice_pack::MAX_PACK_BYTES as f64).map_err(said)
}

/// Takes in the files picked since the last call (a file picked again replaces the one of the
/// same name); true when one came.
pub fn take_picked() -> bool {
    let mut came = false;
    while let Ok(next) = js_take_picked() {
        let Some(name) = js_field(&next, "name").as_string() else {
            break;
        };
        let bytes = match js_field(&next, "error").as_string() {
            Some(why) if why == "too-big" => {
                Err(format!("over {} MiB", voice_pack::MAX_PACK_BYTES >> 20))
            }
            Some(why) => Err(why),
            None => Ok(js_sys::Uint8Array::new(&js_field(&next, "bytes")).to_vec()),
        };
        PICKED.with(|p| {
            let mut p = p.borrow_mut();
            p.retain(|(n, _)| *n != name);
            p.push((name, bytes));
        });
        came = true;
    }
    came
}

/// The files picked this visit, by name, and their bytes (or why not).
pub fn picked() -> Vec<Picked> {
    PICKED.with(|p| p.borrow().clone())
}
