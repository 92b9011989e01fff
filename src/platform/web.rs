//! Browser storage for progress: `localStorage` keys `safekite.progress` and
//! `safekite.progress.bak` (the last good copy), with the same guarantees as the native file:
//! unreadable copies are kept aside under `safekite.progress.corrupt-<n>`, each once, at most
//! [`MAX_KEPT_ASIDE`] of them (the oldest goes first).

use safekite_core::progress::{MAX_KEPT_ASIDE, Progress, Store, StoreError};

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
