//! Platform differences: in the browser, progress lives in the page's local storage (the same
//! bytes as the native file), with a backup copy, and a full storage is reported, not fatal.
//! Natively, everything saved lives in one data folder ([`DataFolder`]; next to the executable
//! in portable mode, see [`default_data_folder`]), and the content is found by
//! [`ContentSearch`]. Small text files (the class book) and the record log go through
//! [`read_text`], [`write_text`] and [`log_store`]; files a grown-up takes away (the report, an
//! export) through [`save_for_grown_up`].

use bevy::prelude::*;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::{BrowserStore, js_field};

#[cfg(not(target_arch = "wasm32"))]
mod content_dir;
#[cfg(not(target_arch = "wasm32"))]
mod motion;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use content_dir::{CONTENT_ENV, CONTENT_FOLDERS, ContentNotFound, ContentSearch, has_content};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{
    PORTABLE_FOLDER, PORTABLE_MARKERS, choose_data_folder, default_data_folder, exe_dir,
    portable_folder,
};

/// Where this device keeps what SafeKite saves (natively a folder; in the browser, unused: the
/// page's storage). Tests and the tour insert a throwaway one first.
#[derive(Resource, Clone, Debug)]
pub struct DataFolder(pub std::path::PathBuf);

/// The folder the game's content was found in (natively; see [`ContentSearch`]): the print
/// page reads the lessons, words and pictures from it.
#[derive(Resource, Clone, Debug)]
pub struct ContentRoot(pub std::path::PathBuf);

/// Where files a grown-up takes away (the report, exports) are written natively: the documents
/// folder's `SafeKite` unless a test or the tour set another.
#[derive(Resource, Clone, Debug)]
pub struct ExportFolder(pub std::path::PathBuf);

/// The record log's store on this platform.
pub type PlatformLog = Box<dyn safekite_records::log::LogStore + Send + Sync>;

/// Reads a small text file kept by SafeKite (`name` such as `classes.json`); `Ok(None)` when
/// there is none yet.
pub fn read_text(folder: &DataFolder, name: &str) -> Result<Option<String>, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = folder;
        web::read_text(name)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        native::read_text(&folder.0, name)
    }
}

/// Writes a small text file kept by SafeKite, all at once (natively: a new file renamed over
/// the old one, so a crash leaves the old or the new, never half).
pub fn write_text(folder: &DataFolder, name: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = folder;
        web::write_text(name, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        native::write_text(&folder.0, name, text)
    }
}

/// The record log's store: natively `records.jsonl` in the data folder (fsync after each
/// append), in the browser the page's storage.
pub fn log_store(folder: &DataFolder) -> PlatformLog {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = folder;
        Box::new(web::BrowserLog)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Box::new(safekite_records::log::FileStore::new(
            folder.0.join("records.jsonl"),
        ))
    }
}

/// Gives a grown-up a file to take away: natively written into `folder` (created if needed),
/// returning the path written; in the browser, downloaded, returning the file's name.
pub fn save_for_grown_up(
    folder: &std::path::Path,
    name: &str,
    bytes: &[u8],
) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = folder;
        web::download(name, bytes)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        native::save_file(folder, name, bytes)
    }
}

/// Where files for a grown-up go natively: the documents folder's `SafeKite` folder (or the
/// data folder's `exports` when there is no documents folder).
pub fn documents_folder(data: &DataFolder) -> std::path::PathBuf {
    #[cfg(target_arch = "wasm32")]
    {
        data.0.clone()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        native::documents_folder(&data.0)
    }
}

/// Whether the system asks for less movement. In the browser: the page's
/// `prefers-reduced-motion: reduce` (set by the operating system's accessibility settings);
/// natively, see [`motion`].
pub fn system_asks_for_less_movement() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web::prefers_reduced_motion()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        motion::system_asks_for_less_movement()
    }
}
