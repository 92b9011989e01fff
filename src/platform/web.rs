//! Browser storage for progress: `localStorage` keys `safekite.progress` and
//! `safekite.progress.bak`; unreadable copies are kept under `safekite.progress.corrupt`.

use safekite_core::progress::{Progress, Store, StoreError};

const MAIN: &str = "safekite.progress";
const BACKUP: &str = "safekite.progress.bak";
const CORRUPT: &str = "safekite.progress.corrupt";

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
        set(CORRUPT, bytes)
    }
}
