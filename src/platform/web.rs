//! Browser storage for progress: `localStorage` keys `safekite.progress` and
//! `safekite.progress.bak` (the last good copy), with the same guarantees as the native file:
//! unreadable copies are kept aside under `safekite.progress.corrupt-<n>`, each once, at most
//! [`MAX_KEPT_ASIDE`] of them (the oldest goes first).

use safekite_core::progress::{MAX_KEPT_ASIDE, Progress, Store, StoreError};
use wasm_bindgen::JsCast;

const MAIN: &str = "safekite.progress";
const BACKUP: &str = "safekite.progress.bak";
const CORRUPT_PREFIX: &str = "safekite.progress.corrupt-";

/// Progress in the browser's local storage.
#[derive(Default)]
pub struct BrowserStore;

// SAFETY of Send + Sync: the browser build is single-threaded; the store holds no JS objects
// between calls (it asks for `localStorage` each time).
unsafe impl Send for BrowserStore {}
unsafe impl Sync for BrowserStore {}

fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| StoreError("this browser keeps no storage for SafeKite".to_string()))
}

fn get(key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    storage()?
        .get_item(key)
        .map(|v| v.map(String::into_bytes))
        .map_err(|_| StoreError(format!("could not read {key}")))
}

fn set(key: &str, bytes: &[u8]) -> Result<(), StoreError> {
    let text = String::from_utf8_lossy(bytes);
    storage()?.set_item(key, &text).map_err(|_| {
        StoreError("the browser's storage for SafeKite is full: progress is kept for now but may not be saved".to_string())
    })
}

impl Store for BrowserStore {
    fn read_main(&self) -> Result<Option<Vec<u8>>, StoreError> {
        get(MAIN)
    }

    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        get(BACKUP)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        if let Some(current) = get(MAIN)?
            && Progress::from_bytes(&current).is_ok()
        {
            set(BACKUP, &current)?;
        }
        set(MAIN, bytes)
    }

    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        let kept = kept_aside()?;
        let text = String::from_utf8_lossy(bytes);
        for (_, key) in &kept {
            if get(key)?.is_some_and(|b| String::from_utf8_lossy(&b) == text) {
                return Ok(());
            }
        }
        let next = kept.last().map_or(1, |(n, _)| n + 1);
        // Make room first: a full storage must still keep the newest copy if it can.
        let extra = (kept.len() + 1).saturating_sub(MAX_KEPT_ASIDE);
        let store = storage()?;
        for (_, key) in kept.iter().take(extra) {
            store
                .remove_item(key)
                .map_err(|_| StoreError(format!("could not remove {key}")))?;
        }
        set(&format!("{CORRUPT_PREFIX}{next}"), bytes)
    }
}

/// The kept-aside copies, as (number, key), oldest first.
fn kept_aside() -> Result<Vec<(u64, String)>, StoreError> {
    let store = storage()?;
    let count = store
        .length()
        .map_err(|_| StoreError("could not list the browser's storage".to_string()))?;
    let mut kept: Vec<(u64, String)> = (0..count)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|key| {
            let n = key.strip_prefix(CORRUPT_PREFIX)?.parse().ok()?;
            Some((n, key))
        })
        .collect();
    kept.sort();
    Ok(kept)
}

/// A small text file kept in the page's storage as `safekite.<name>`.
pub(super) fn read_text(name: &str) -> Result<Option<String>, String> {
    get(&format!("safekite.{name}"))
        .map(|v| v.map(|b| String::from_utf8_lossy(&b).into_owned()))
        .map_err(|e| e.0)
}

pub(super) fn write_text(name: &str, text: &str) -> Result<(), String> {
    set(&format!("safekite.{name}"), text.as_bytes()).map_err(|e| e.0)
}

/// The record log in the page's storage (`safekite.records`).
pub(super) struct BrowserLog;

const LOG: &str = "safekite.records";

fn io_error(e: StoreError) -> std::io::Error {
    std::io::Error::other(e.0)
}

impl safekite_records::log::LogStore for BrowserLog {
    fn read(&mut self) -> std::io::Result<String> {
        Ok(get(LOG)
            .map_err(io_error)?
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default())
    }
    fn append(&mut self, text: &str) -> std::io::Result<()> {
        let mut all = self.read()?;
        all.push_str(text);
        set(LOG, all.as_bytes()).map_err(io_error)
    }
    fn replace(&mut self, text: &str) -> std::io::Result<()> {
        set(LOG, text.as_bytes()).map_err(io_error)
    }
    fn truncate(&mut self, len: usize) -> std::io::Result<()> {
        let mut all = self.read()?;
        all.truncate(len);
        set(LOG, all.as_bytes()).map_err(io_error)
    }
}

/// Downloads `bytes` as a file called `name` (a link to a blob, clicked).
pub(super) fn download(name: &str, bytes: &[u8]) -> Result<String, String> {
    let fail = |what: &str| format!("the browser could not save {name}: {what}");
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into()
        .map_err(|_| fail("link"))?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(name.to_string())
}

/// The page's `prefers-reduced-motion: reduce` media query.
pub(super) fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|q| q.matches())
}

/// A property of a JS object (`undefined` when it has none, or is no object).
pub fn js_field(object: &wasm_bindgen::JsValue, name: &str) -> wasm_bindgen::JsValue {
    let key = wasm_bindgen::JsValue::from_str(name);
    js_sys::Reflect::get(object, &key).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}
