//! Native files: the data folder (from the `directories` crate, or next to the executable in
//! portable mode), small text files written atomically, and files saved for a grown-up.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file with one of these names next to the executable turns on portable mode (`portable.txt`
/// too: Windows hides the extension of a file made as a text document).
pub const PORTABLE_MARKERS: [&str; 2] = ["portable", "portable.txt"];

/// The data folder in portable mode, next to the executable.
pub const PORTABLE_FOLDER: &str = "safekite-data";

/// The data folder for SafeKite: `SAFEKITE_DATA_DIR` when set; else, in portable mode (a
/// `portable` file next to the executable, say on a USB stick carried between classroom PCs),
/// `safekite-data` next to the executable; else the platform's data folder (named as it always
/// was: `safekite` in the XDG data folder on Linux, `SafeKite` in `%APPDATA%` on Windows and in
/// Application Support on macOS). Progress, the record log and the class book all live there.
pub fn default_data_folder() -> PathBuf {
    choose_data_folder(
        std::env::var_os("SAFEKITE_DATA_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from),
        exe_dir().as_deref(),
        platform_data_folder,
    )
}

/// The choice [`default_data_folder`] makes, over what it is given (tests give temp folders).
pub fn choose_data_folder(
    env: Option<PathBuf>,
    exe_dir: Option<&Path>,
    platform: impl FnOnce() -> PathBuf,
) -> PathBuf {
    env.or_else(|| exe_dir.and_then(portable_folder))
        .unwrap_or_else(platform)
}

/// The portable data folder when the executable's folder `exe_dir` asks for portable mode.
pub fn portable_folder(exe_dir: &Path) -> Option<PathBuf> {
    PORTABLE_MARKERS
        .iter()
        .any(|name| exe_dir.join(name).is_file())
        .then(|| exe_dir.join(PORTABLE_FOLDER))
}

/// The folder of the running executable.
pub fn exe_dir() -> Option<PathBuf> {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
}

fn platform_data_folder() -> PathBuf {
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

/// Where files for a grown-up go: in portable mode (`data` is the portable folder), its
/// `exports` folder, so the report travels on the stick; else the documents folder's `SafeKite`.
pub(super) fn documents_folder(data: &Path) -> PathBuf {
    if exe_dir()
        .and_then(|dir| portable_folder(&dir))
        .is_some_and(|portable| portable == data)
    {
        return data.join("exports");
    }
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.join("SafeKite")))
        .unwrap_or_else(|| data.join("exports"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("safekite-data-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn a_portable_file_next_to_the_program_keeps_the_data_next_to_it() {
        let stick = temp("stick");
        let platform = || PathBuf::from("/platform/safekite");
        // No marker: the platform's folder.
        assert_eq!(choose_data_folder(None, Some(&stick), platform), platform());
        // `portable` (or `portable.txt`): `safekite-data` next to the program.
        fs::write(stick.join("portable"), "").unwrap();
        assert_eq!(
            choose_data_folder(None, Some(&stick), platform),
            stick.join("safekite-data")
        );
        fs::remove_file(stick.join("portable")).unwrap();
        fs::write(stick.join("portable.txt"), "").unwrap();
        assert_eq!(portable_folder(&stick), Some(stick.join("safekite-data")));
        // SAFEKITE_DATA_DIR still wins.
        assert_eq!(
            choose_data_folder(Some(stick.join("other")), Some(&stick), platform),
            stick.join("other")
        );
        // A folder named `portable` is not the marker.
        fs::remove_file(stick.join("portable.txt")).unwrap();
        fs::create_dir(stick.join("portable")).unwrap();
        assert_eq!(portable_folder(&stick), None);
        fs::remove_dir_all(&stick).unwrap();
    }

    #[test]
    fn progress_and_the_class_book_are_saved_atomically_in_the_portable_folder() {
        let stick = temp("saves");
        fs::write(stick.join("portable"), "").unwrap();
        let data = choose_data_folder(None, Some(&stick), || unreachable!());
        // Progress: the core's atomic file store (temporary file, fsync, rename, backup).
        let mut store = safekite_core::progress::FileStore::new(&data);
        let mut progress = safekite_core::progress::Progress::default();
        progress.settings.locale = "en".into();
        safekite_core::progress::save(&mut store, &progress).unwrap();
        safekite_core::progress::save(&mut store, &progress).unwrap();
        assert!(stick.join("safekite-data/progress.ron").is_file());
        assert!(stick.join("safekite-data/progress.ron.bak").is_file());
        assert!(!stick.join("safekite-data/progress.ron.tmp").exists());
        // The class book: written whole, renamed over the old one.
        write_text(&data, "classes.json", "{}").unwrap();
        assert_eq!(
            read_text(&data, "classes.json").unwrap().as_deref(),
            Some("{}")
        );
        assert!(!stick.join("safekite-data/classes.json.new").exists());
        fs::remove_dir_all(&stick).unwrap();
    }
}
