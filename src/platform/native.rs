//! Native files: the data folder (from the `directories` crate), small text files written
//! atomically, and files saved for a grown-up.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The platform's data folder for SafeKite (named as it always was: `safekite` in the XDG data
/// folder on Linux, `SafeKite` in `%APPDATA%` on Windows and in Application Support on macOS);
/// `SAFEKITE_DATA_DIR` overrides it.
pub fn default_data_folder() -> PathBuf {
    if let Some(dir) = std::env::var_os("SAFEKITE_DATA_DIR") {
        return dir.into();
    }
    let name = if cfg!(any(windows, target_os = "macos")) {
        "SafeKite"
    } else {
        "safekite"
    };
    directories::BaseDirs::new().map_or_else(
        || PathBuf::from("safekite-data"),
        |dirs| dirs.data_dir().join(name),
    )
}

pub(super) fn read_text(folder: &Path, name: &str) -> Result<Option<String>, String> {
    let path = folder.join(name);
    match fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

pub(super) fn write_text(folder: &Path, name: &str, text: &str) -> Result<(), String> {
    let path = folder.join(name);
    let fail = |e: std::io::Error| format!("{}: {e}", path.display());
    fs::create_dir_all(folder).map_err(fail)?;
    let tmp = folder.join(format!("{name}.new"));
    let mut f = fs::File::create(&tmp).map_err(fail)?;
    f.write_all(text.as_bytes()).map_err(fail)?;
    f.sync_all().map_err(fail)?;
    fs::rename(&tmp, &path).map_err(fail)
}

pub(super) fn save_file(folder: &Path, name: &str, bytes: &[u8]) -> Result<String, String> {
    let path = folder.join(name);
    fs::create_dir_all(folder)
        .and_then(|()| fs::write(&path, bytes))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.display().to_string())
}

pub(super) fn documents_folder(data: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.join("SafeKite")))
        .unwrap_or_else(|| data.join("exports"))
}
