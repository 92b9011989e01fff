//! Progress and settings: the players on a device, what each has done, and where each stopped.
//!
//! Saved as RON with a format version through a [`Store`]. Natively that is [`FileStore`]: one
//! file, written atomically (temporary file, fsync, rename) with a backup of the last good copy;
//! a corrupt file is recovered from the backup and reported, never silently reset. The browser
//! build implements [`Store`] over its own storage with the same bytes.

use crate::model::Band;
use crate::runner::RunState;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The version of the saved progress format.
pub const PROGRESS_FORMAT: u32 = 1;

/// The most players one device holds (a shared classroom tablet).
pub const MAX_PROFILES: usize = 40;

/// Everything saved on a device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// [`PROGRESS_FORMAT`].
    pub format: u32,
    pub settings: Settings,
    pub profiles: Vec<Profile>,
    /// The id the next new profile gets.
    #[serde(default)]
    pub next_profile_id: u32,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            format: PROGRESS_FORMAT,
            settings: Settings::default(),
            profiles: Vec::new(),
            next_profile_id: 1,
        }
    }
}

/// Device settings, chosen by a grown-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// `vi` or `en`.
    pub locale: String,
    /// 0.0 to 1.0.
    pub voice_volume: f32,
    pub music_volume: f32,
    pub effects_volume: f32,
    pub captions: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: "vi".to_string(),
            voice_volume: 1.0,
            music_volume: 0.5,
            effects_volume: 0.8,
            captions: true,
        }
    }
}

/// One player: an avatar and an optional nickname, never a real name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: u32,
    /// An avatar name (a picture in `assets/art/avatars/`).
    pub avatar: String,
    /// Optional nickname chosen by the child.
    #[serde(default)]
    pub nickname: String,
    pub band: Band,
    /// Lessons finished with a good ending.
    #[serde(default)]
    pub lessons_done: BTreeSet<String>,
    /// Sticker pictures earned, by lesson id.
    #[serde(default)]
    pub stickers: BTreeMap<String, String>,
    /// Where the player stopped in unfinished lessons, by lesson id.
    #[serde(default)]
    pub resume: BTreeMap<String, RunState>,
}

/// Why a profile could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// The device already holds [`MAX_PROFILES`].
    Full,
}

impl Progress {
    /// Adds a profile and returns its id.
    pub fn add_profile(
        &mut self,
        avatar: &str,
        nickname: &str,
        band: Band,
    ) -> Result<u32, ProfileError> {
        if self.profiles.len() >= MAX_PROFILES {
            return Err(ProfileError::Full);
        }
        let id = self.next_profile_id.max(1);
        self.next_profile_id = id + 1;
        self.profiles.push(Profile {
            id,
            avatar: avatar.to_string(),
            nickname: nickname.trim().chars().take(24).collect(),
            band,
            lessons_done: BTreeSet::new(),
            stickers: BTreeMap::new(),
            resume: BTreeMap::new(),
        });
        Ok(id)
    }

    /// Removes a profile and everything it did.
    pub fn remove_profile(&mut self, id: u32) -> bool {
        let before = self.profiles.len();
        self.profiles.retain(|p| p.id != id);
        self.profiles.len() != before
    }

    pub fn profile(&self, id: u32) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn profile_mut(&mut self, id: u32) -> Option<&mut Profile> {
        self.profiles.iter_mut().find(|p| p.id == id)
    }

    /// Serialises to the saved format.
    pub fn to_bytes(&self) -> Vec<u8> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .expect("progress always serialises")
            .into_bytes()
    }

    /// Parses the saved format.
    pub fn from_bytes(bytes: &[u8]) -> Result<Progress, String> {
        let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))?;
        let progress: Progress = ron::from_str(text).map_err(|e| e.to_string())?;
        if progress.format != PROGRESS_FORMAT {
            return Err(format!(
                "progress format {} is not supported (this build reads {PROGRESS_FORMAT})",
                progress.format
            ));
        }
        Ok(progress)
    }
}

impl Profile {
    /// Records a finished lesson: done, sticker earned, resume point cleared.
    pub fn finish_lesson(&mut self, lesson_id: &str, sticker: Option<&str>) {
        self.resume.remove(lesson_id);
        if let Some(s) = sticker {
            self.lessons_done.insert(lesson_id.to_string());
            self.stickers.insert(lesson_id.to_string(), s.to_string());
        }
    }
}

/// Where progress bytes live. Implemented natively by [`FileStore`] and on the web by the game.
pub trait Store {
    /// Reads the main copy (`Ok(None)` if there is none yet).
    fn read_main(&self) -> Result<Option<Vec<u8>>, StoreError>;
    /// Reads the backup copy (`Ok(None)` if there is none).
    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError>;
    /// Writes the main copy atomically, keeping the previous good copy as the backup.
    fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError>;
    /// Keeps a copy of unreadable bytes for a grown-up or developer to look at.
    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError>;
}

/// A storage failure, said in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet: a fresh start.
    Fresh(Progress),
    /// The main copy was good.
    Main(Progress),
    /// The main copy was unreadable (why); the backup was good and is used.
    RecoveredFromBackup { progress: Progress, problem: String },
    /// Neither copy was readable: the bytes are kept aside and a fresh start is made. Only this
    /// case loses progress, and it says so.
    Unrecoverable { problem: String },
}

impl Loaded {
    /// The progress to play with.
    pub fn progress(&self) -> Progress {
        match self {
            Loaded::Fresh(p) | Loaded::Main(p) => p.clone(),
            Loaded::RecoveredFromBackup { progress, .. } => progress.clone(),
            Loaded::Unrecoverable { .. } => Progress::default(),
        }
    }

    /// A sentence for the log when something went wrong.
    pub fn problem(&self) -> Option<&str> {
        match self {
            Loaded::RecoveredFromBackup { problem, .. } | Loaded::Unrecoverable { problem } => {
                Some(problem)
            }
            _ => None,
        }
    }
}

/// Loads progress from a store, recovering from the backup when the main copy is corrupt.
pub fn load(store: &mut dyn Store) -> Loaded {
    let main = store.read_main();
    let main_problem = match &main {
        Ok(None) => {
            // No main copy: a backup alone means a write was interrupted after the backup step.
            return match store.read_backup() {
                Ok(Some(b)) => match Progress::from_bytes(&b) {
                    Ok(progress) => Loaded::RecoveredFromBackup {
                        progress,
                        problem: "the progress file was missing; its backup was used".to_string(),
                    },
                    Err(_) => Loaded::Fresh(Progress::default()),
                },
                _ => Loaded::Fresh(Progress::default()),
            };
        }
        Ok(Some(bytes)) => match Progress::from_bytes(bytes) {
            Ok(p) => return Loaded::Main(p),
            Err(e) => format!("the progress file is unreadable ({e})"),
        },
        Err(e) => format!("the progress file could not be read ({e})"),
    };
    if let Ok(Some(bytes)) = &main {
        // Keep the unreadable bytes: recovery must never destroy evidence.
        let _ = store.quarantine(bytes);
    }
    match store.read_backup() {
        Ok(Some(b)) => match Progress::from_bytes(&b) {
            Ok(progress) => Loaded::RecoveredFromBackup {
                progress,
                problem: format!("{main_problem}; recovered from the backup"),
            },
            Err(e) => Loaded::Unrecoverable {
                problem: format!("{main_problem}, and the backup is unreadable too ({e})"),
            },
        },
        Ok(None) => Loaded::Unrecoverable {
            problem: format!("{main_problem}, and there is no backup"),
        },
        Err(e) => Loaded::Unrecoverable {
            problem: format!("{main_problem}, and the backup could not be read ({e})"),
        },
    }
}

/// Saves progress to a store.
pub fn save(store: &mut dyn Store, progress: &Progress) -> Result<(), StoreError> {
    store.write(&progress.to_bytes())
}

/// Progress in one file in a directory (natively, the platform's data directory), with
/// `progress.ron`, `progress.ron.bak` and, after a recovery, `progress.ron.corrupt-<n>`.
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
            Err(e) => Err(StoreError(format!("{}: {e}", path.display()))),
        }
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
        let main = self.main_path();
        let tmp = self.dir.join("progress.ron.tmp");
        {
            let mut f = fs::File::create(&tmp).map_err(|e| io_err(&tmp, e))?;
            f.write_all(bytes).map_err(|e| io_err(&tmp, e))?;
            f.sync_all().map_err(|e| io_err(&tmp, e))?;
        }
        // The current main copy becomes the backup only if it is good: a corrupt main copy must
        // never replace the last good backup.
        if let Ok(Some(current)) = Self::read(&main)
            && Progress::from_bytes(&current).is_ok()
        {
            let bak = self.backup_path();
            fs::rename(&main, &bak).map_err(|e| io_err(&bak, e))?;
        }
        fs::rename(&tmp, &main).map_err(|e| io_err(&main, e))?;
        if let Ok(d) = fs::File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }

    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| io_err(&self.dir, e))?;
        for n in 1..1000 {
            let p = self.dir.join(format!("progress.ron.corrupt-{n}"));
            if !p.exists() {
                return fs::write(&p, bytes).map_err(|e| io_err(&p, e));
            }
        }
        Err(StoreError("too many corrupt copies kept".to_string()))
    }
}

/// A store in memory, for tests and tools.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub main: Option<Vec<u8>>,
    pub backup: Option<Vec<u8>>,
    pub quarantined: Vec<Vec<u8>>,
}

impl Store for MemoryStore {
    fn read_main(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.main.clone())
    }

    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.backup.clone())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        if let Some(current) = self.main.take()
            && Progress::from_bytes(&current).is_ok()
        {
            self.backup = Some(current);
        }
        self.main = Some(bytes.to_vec());
        Ok(())
    }

    fn quarantine(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        self.quarantined.push(bytes.to_vec());
        Ok(())
    }
}
