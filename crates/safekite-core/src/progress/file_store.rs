//! Progress in one file in a folder: `progress.ron` written atomically (a temporary file,
//! fsync, rename over the main copy, fsync of the folder), `progress.ron.bak` the last good copy
//! (a hard link to the previous main copy, or a copy where links are not supported), and unreadable
//! copies kept aside as `progress.ron.corrupt-<n>` (each once, at most [`MAX_KEPT_ASIDE`]).
//! A folder found where a file should be is moved aside as `<name>.aside-<n>`, so saving works.

use super::{MAX_KEPT_ASIDE, Progress, Store, StoreError};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const CORRUPT_PREFIX: &str = "progress.ron.corrupt-";

/// Progress in one file in a directory (natively, the platform's data directory).
#[derive(Clone, Debug)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileStore { dir: dir.into() }
    }

    pub fn main_path(&self) -> PathBuf {
        self.dir.join("progress.ron")
    }

    pub fn backup_path(&self) -> PathBuf {
        self.dir.join("progress.ron.bak")
    }

    fn temp_path(&self) -> PathBuf {
        self.dir.join("progress.ron.tmp")
    }

    /// The platform's data directory for SafeKite: `$XDG_DATA_HOME/safekite` or
    /// `~/.local/share/safekite` on Linux, `%APPDATA%\SafeKite` on Windows,
    /// `~/Library/Application Support/SafeKite` on macOS.
    pub fn default_dir() -> PathBuf {
        if let Some(d) = std::env::var_os("SAFEKITE_DATA_DIR") {
            return PathBuf::from(d);
        }
        if cfg!(windows) {
            if let Some(d) = std::env::var_os("APPDATA") {
                return Path::new(&d).join("SafeKite");
            }
        } else if cfg!(target_os = "macos") {
            if let Some(h) = std::env::var_os("HOME") {
                return Path::new(&h).join("Library/Application Support/SafeKite");
            }
        } else {
            if let Some(d) = std::env::var_os("XDG_DATA_HOME") {
                return Path::new(&d).join("safekite");
            }
            if let Some(h) = std::env::var_os("HOME") {
                return Path::new(&h).join(".local/share/safekite");
            }
        }
        PathBuf::from("safekite-data")
    }

    fn read(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
        match fs::read(path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err(path, e)),
        }
    }

    /// A folder where a file should be is renamed `<name>.aside-<n>` (nothing in it is lost).
    fn move_folder_aside(&self, path: &Path) -> Result<(), StoreError> {
        if !fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
            return Ok(());
        }
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        for n in 1..=1000 {
            let aside = self.dir.join(format!("{name}.aside-{n}"));
            if fs::symlink_metadata(&aside).is_err() {
                return fs::rename(path, &aside).map_err(|e| io_err(path, e));
            }
        }
        Err(StoreError(format!(
            "{} is a folder and cannot be moved aside",
            path.display()
        )))
    }

    /// The kept-aside copies, as (number, path), oldest first.
    fn kept_aside(&self) -> Vec<(u64, PathBuf)> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut kept: Vec<(u64, PathBuf)> = entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let n = name.strip_prefix(CORRUPT_PREFIX)?.parse().ok()?;
                Some((n, e.path()))
            })
            .collect();
        kept.sort();
        kept
    }

    /// Makes the folder's entries durable (after a rename). Not available on Windows, where a
    /// rename is already durable once it returns.
    fn sync_dir(&self) -> Result<(), StoreError> {
        #[cfg(unix)]
        {
            let d = fs::File::open(&self.dir).map_err(|e| io_err(&self.dir, e))?;
            d.sync_all().map_err(|e| io_err(&self.dir, e))?;
        }
        Ok(())
    }
}

fn io_err(path: &Path, e: std::io::Error) -> StoreError {
    StoreError(format!("{}: {e}", path.display()))
}

impl Store for FileStore {
    fn read_main(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Self::read(&self.main_path())
    }

    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Self::read(&self.backup_path())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| io_err(&self.dir, e))?;
        let (main, tmp, bak) = (self.main_path(), self.temp_path(), self.backup_path());
        for path in [&main, &tmp, &bak] {
            self.move_folder_aside(path)?;
        }
        {
            let mut f = fs::File::create(&tmp).map_err(|e| io_err(&tmp, e))?;
            f.write_all(bytes).map_err(|e| io_err(&tmp, e))?;
            f.sync_all().map_err(|e| io_err(&tmp, e))?;
        }
        // The current main copy becomes the backup only if it is good: a corrupt main copy must
        // never replace the last good backup. It is linked (or copied), not moved, so that the
        // main copy exists at every moment: the rename below replaces it in one step.
        if let Ok(Some(current)) = Self::read(&main)
            && Progress::from_bytes(&current).is_ok()
        {
            match fs::remove_file(&bak) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_err(&bak, e)),
                _ => {}
            }
            if fs::hard_link(&main, &bak).is_err() {
                fs::copy(&main, &bak).map_err(|e| io_err(&bak, e))?;
            }
        }
        fs::rename(&tmp, &main).map_err(|e| io_err(&main, e))?;
        self.sync_dir()
    }

    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| io_err(&self.dir, e))?;
        let kept = self.kept_aside();
        let already = kept.iter().any(|(_, p)| {
            fs::metadata(p).is_ok_and(|m| m.len() == bytes.len() as u64)
                && fs::read(p).is_ok_and(|b| b == bytes)
        });
        if already {
            return Ok(());
        }
        let next = kept.last().map_or(1, |(n, _)| n + 1);
        let path = self.dir.join(format!("{CORRUPT_PREFIX}{next}"));
        fs::write(&path, bytes).map_err(|e| io_err(&path, e))?;
        let extra = (kept.len() + 1).saturating_sub(MAX_KEPT_ASIDE);
        for (_, old) in kept.iter().take(extra) {
            fs::remove_file(old).map_err(|e| io_err(old, e))?;
        }
        self.sync_dir()
    }
}
